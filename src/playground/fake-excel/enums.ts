/**
 * Excel enums used by the implemented members, with the string values of
 * Office.js (copied from @types/office-js).
 */

export const ConditionalFormatType = Object.freeze({
  custom: 'Custom',
  dataBar: 'DataBar',
  colorScale: 'ColorScale',
  iconSet: 'IconSet',
  topBottom: 'TopBottom',
  presetCriteria: 'PresetCriteria',
  containsText: 'ContainsText',
  cellValue: 'CellValue',
} as const);

export const GroupOption = Object.freeze({
  byRows: 'ByRows',
  byColumns: 'ByColumns',
} as const);

export const DataValidationAlertStyle = Object.freeze({
  stop: 'Stop',
  warning: 'Warning',
  information: 'Information',
} as const);

export const DataValidationOperator = Object.freeze({
  between: 'Between',
  notBetween: 'NotBetween',
  equalTo: 'EqualTo',
  notEqualTo: 'NotEqualTo',
  greaterThan: 'GreaterThan',
  lessThan: 'LessThan',
  greaterThanOrEqualTo: 'GreaterThanOrEqualTo',
  lessThanOrEqualTo: 'LessThanOrEqualTo',
} as const);

export const DataValidationType = Object.freeze({
  none: 'None',
  wholeNumber: 'WholeNumber',
  decimal: 'Decimal',
  list: 'List',
  date: 'Date',
  time: 'Time',
  textLength: 'TextLength',
  custom: 'Custom',
  inconsistent: 'Inconsistent',
  mixedCriteria: 'MixedCriteria',
} as const);

export const PageOrientation = Object.freeze({
  portrait: 'Portrait',
  landscape: 'Landscape',
} as const);

export const PaperType = Object.freeze({
  letter: 'Letter',
  letterSmall: 'LetterSmall',
  tabloid: 'Tabloid',
  ledger: 'Ledger',
  legal: 'Legal',
  statement: 'Statement',
  executive: 'Executive',
  a3: 'A3',
  a4: 'A4',
  a4Small: 'A4Small',
  a5: 'A5',
  b4: 'B4',
  b5: 'B5',
  folio: 'Folio',
  quatro: 'Quatro',
  paper10x14: 'Paper10x14',
  paper11x17: 'Paper11x17',
  note: 'Note',
  envelope9: 'Envelope9',
  envelope10: 'Envelope10',
  envelope11: 'Envelope11',
  envelope12: 'Envelope12',
  envelope14: 'Envelope14',
  csheet: 'Csheet',
  dsheet: 'Dsheet',
  esheet: 'Esheet',
  envelopeDL: 'EnvelopeDL',
  envelopeC5: 'EnvelopeC5',
  envelopeC3: 'EnvelopeC3',
  envelopeC4: 'EnvelopeC4',
  envelopeC6: 'EnvelopeC6',
  envelopeC65: 'EnvelopeC65',
  envelopeB4: 'EnvelopeB4',
  envelopeB5: 'EnvelopeB5',
  envelopeB6: 'EnvelopeB6',
  envelopeItaly: 'EnvelopeItaly',
  envelopeMonarch: 'EnvelopeMonarch',
  envelopePersonal: 'EnvelopePersonal',
  fanfoldUS: 'FanfoldUS',
  fanfoldStdGerman: 'FanfoldStdGerman',
  fanfoldLegalGerman: 'FanfoldLegalGerman',
} as const);

export const SheetVisibility = Object.freeze({
  visible: 'Visible',
  hidden: 'Hidden',
  veryHidden: 'VeryHidden',
} as const);

export const HorizontalAlignment = Object.freeze({
  general: 'General',
  left: 'Left',
  center: 'Center',
  right: 'Right',
  fill: 'Fill',
  justify: 'Justify',
  centerAcrossSelection: 'CenterAcrossSelection',
  distributed: 'Distributed',
} as const);

export const VerticalAlignment = Object.freeze({
  top: 'Top',
  center: 'Center',
  bottom: 'Bottom',
  justify: 'Justify',
  distributed: 'Distributed',
} as const);

export const BorderIndex = Object.freeze({
  edgeTop: 'EdgeTop',
  edgeBottom: 'EdgeBottom',
  edgeLeft: 'EdgeLeft',
  edgeRight: 'EdgeRight',
  insideVertical: 'InsideVertical',
  insideHorizontal: 'InsideHorizontal',
  diagonalDown: 'DiagonalDown',
  diagonalUp: 'DiagonalUp',
} as const);

export const BorderLineStyle = Object.freeze({
  none: 'None',
  continuous: 'Continuous',
  dash: 'Dash',
  dashDot: 'DashDot',
  dashDotDot: 'DashDotDot',
  dot: 'Dot',
  double: 'Double',
  slantDashDot: 'SlantDashDot',
} as const);

export const BorderWeight = Object.freeze({
  hairline: 'Hairline',
  thin: 'Thin',
  medium: 'Medium',
  thick: 'Thick',
} as const);

export const ClearApplyTo = Object.freeze({
  all: 'All',
  formats: 'Formats',
  contents: 'Contents',
  hyperlinks: 'Hyperlinks',
  removeHyperlinks: 'RemoveHyperlinks',
  resetContents: 'ResetContents',
} as const);

export const RangeValueType = Object.freeze({
  unknown: 'Unknown',
  empty: 'Empty',
  string: 'String',
  integer: 'Integer',
  double: 'Double',
  boolean: 'Boolean',
  error: 'Error',
  richValue: 'RichValue',
} as const);

export const RangeUnderlineStyle = Object.freeze({
  none: 'None',
  single: 'Single',
  double: 'Double',
  singleAccountant: 'SingleAccountant',
  doubleAccountant: 'DoubleAccountant',
} as const);

export const NamedItemType = Object.freeze({
  string: 'String',
  integer: 'Integer',
  double: 'Double',
  boolean: 'Boolean',
  range: 'Range',
  error: 'Error',
  array: 'Array',
} as const);

export const NamedItemScope = Object.freeze({
  worksheet: 'Worksheet',
  workbook: 'Workbook',
} as const);

export const ProtectionSelectionMode = Object.freeze({
  normal: 'Normal',
  unlocked: 'Unlocked',
  none: 'None',
} as const);

export const CalculationType = Object.freeze({
  recalculate: 'Recalculate',
  full: 'Full',
  fullRebuild: 'FullRebuild',
} as const);

export const CalculationMode = Object.freeze({
  automatic: 'Automatic',
  automaticExceptTables: 'AutomaticExceptTables',
  manual: 'Manual',
} as const);

export const ErrorCodes = Object.freeze({
  accessDenied: 'AccessDenied',
  apiNotFound: 'ApiNotFound',
  conflict: 'Conflict',
  dirtySupportingFormula: 'DirtySupportingFormula',
  emptyChartSeries: 'EmptyChartSeries',
  filteredRangeConflict: 'FilteredRangeConflict',
  formulaLengthExceedsLimit: 'FormulaLengthExceedsLimit',
  generalException: 'GeneralException',
  inactiveWorkbook: 'InactiveWorkbook',
  insertDeleteConflict: 'InsertDeleteConflict',
  invalidArgument: 'InvalidArgument',
  invalidBinding: 'InvalidBinding',
  invalidOperation: 'InvalidOperation',
  invalidReference: 'InvalidReference',
  invalidSelection: 'InvalidSelection',
  itemAlreadyExists: 'ItemAlreadyExists',
  itemNotFound: 'ItemNotFound',
  mergedRangeConflict: 'MergedRangeConflict',
  nonBlankCellOffSheet: 'NonBlankCellOffSheet',
  notImplemented: 'NotImplemented',
  openWorkbookLinksBlocked: 'OpenWorkbookLinksBlocked',
  operationCellsExceedLimit: 'OperationCellsExceedLimit',
  pivotTableRangeConflict: 'PivotTableRangeConflict',
  powerQueryRefreshResourceChallenge: 'PowerQueryRefreshResourceChallenge',
  rangeExceedsLimit: 'RangeExceedsLimit',
  rangeImageExceedsLimit: 'RangeImageExceedsLimit',
  refreshWorkbookLinksBlocked: 'RefreshWorkbookLinksBlocked',
  requestAborted: 'RequestAborted',
  responsePayloadSizeLimitExceeded: 'ResponsePayloadSizeLimitExceeded',
  unsupportedFeature: 'UnsupportedFeature',
  unsupportedFillType: 'UnsupportedFillType',
  unsupportedOperation: 'UnsupportedOperation',
  unsupportedSheet: 'UnsupportedSheet',
  invalidOperationInCellEditMode: 'InvalidOperationInCellEditMode',
} as const);

export const EventType = Object.freeze({
  worksheetChanged: 'WorksheetChanged',
  worksheetSelectionChanged: 'WorksheetSelectionChanged',
  worksheetActivated: 'WorksheetActivated',
  worksheetDeactivated: 'WorksheetDeactivated',
} as const);

export const DataChangeType = Object.freeze({
  unknown: 'Unknown',
  rangeEdited: 'RangeEdited',
  rowInserted: 'RowInserted',
  rowDeleted: 'RowDeleted',
  columnInserted: 'ColumnInserted',
  columnDeleted: 'ColumnDeleted',
  cellInserted: 'CellInserted',
  cellDeleted: 'CellDeleted',
} as const);

export const EventSource = Object.freeze({
  local: 'Local',
  remote: 'Remote',
} as const);

export const EventTriggerSource = Object.freeze({
  unknown: 'Unknown',
  thisLocalAddin: 'ThisLocalAddin',
} as const);

/** Everything above, for installing as properties of the fake Excel namespace. */
export const EXCEL_ENUMS = {
  ConditionalFormatType,
  GroupOption,
  DataValidationAlertStyle,
  DataValidationOperator,
  DataValidationType,
  PageOrientation,
  PaperType,
  SheetVisibility,
  HorizontalAlignment,
  VerticalAlignment,
  BorderIndex,
  BorderLineStyle,
  BorderWeight,
  ClearApplyTo,
  RangeValueType,
  RangeUnderlineStyle,
  NamedItemType,
  NamedItemScope,
  ProtectionSelectionMode,
  CalculationType,
  CalculationMode,
  ErrorCodes,
  EventType,
  DataChangeType,
  EventSource,
  EventTriggerSource,
} as const;
