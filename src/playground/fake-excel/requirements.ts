/**
 * Requirement sets. Every member the fake implements is listed here with the
 * ExcelApi version that introduced it (from @types/office-js `[Api set: ...]`).
 * Calling a method, setting a property, loading a property or reaching a
 * navigation property from a newer set than the host was created with throws
 * ApiNotFound synchronously, so adapter tests catch a missing `isSetSupported`.
 * Keys: "Class.member" for reading/calling, "Class.member=" for setting when
 * the set differs.
 */
import { officeError } from './errors';

export const API_SETS = {
  // The application (Excel.run and context.sync exist in every set)
  'Application.calculate': '1.1',
  'Application.calculationMode': '1.1',
  'Application.suspendApiCalculationUntilNextSync': '1.6',
  'Application.suspendScreenUpdatingUntilNextSync': '1.9',
  // Workbook
  'Workbook.application': '1.1',
  'Workbook.worksheets': '1.1',
  'Workbook.names': '1.1',
  'Workbook.tables': '1.1',
  'Workbook.notes': '1.18',
  'Workbook.getSelectedRange': '1.1',
  'Workbook.getActiveCell': '1.7',
  // Worksheets
  'WorksheetCollection.add': '1.1',
  'WorksheetCollection.getItem': '1.1',
  'WorksheetCollection.getItemOrNullObject': '1.4',
  'WorksheetCollection.getActiveWorksheet': '1.1',
  'WorksheetCollection.getCount': '1.4',
  'Worksheet.id': '1.1',
  'Worksheet.name': '1.1',
  'Worksheet.position': '1.1',
  'Worksheet.visibility': '1.1',
  'Worksheet.visibility=': '1.2',
  'Worksheet.showGridlines': '1.8',
  'Worksheet.tabColor': '1.7',
  'Worksheet.activate': '1.1',
  'Worksheet.delete': '1.1',
  'Worksheet.getRange': '1.1',
  'Worksheet.getCell': '1.1',
  'Worksheet.getRangeByIndexes': '1.7',
  'Worksheet.getUsedRange': '1.1',
  'Worksheet.getUsedRange(valuesOnly)': '1.2',
  'Worksheet.getUsedRangeOrNullObject': '1.4',
  'Worksheet.tables': '1.1',
  'Worksheet.names': '1.4',
  'Worksheet.freezePanes': '1.7',
  'Worksheet.pageLayout': '1.9',
  'Worksheet.protection': '1.2',
  'Worksheet.notes': '1.18',
  'Worksheet.onChanged': '1.7',
  'Worksheet.onActivated': '1.7',
  'Worksheet.onDeactivated': '1.7',
  'Worksheet.onSelectionChanged': '1.7',
  'WorksheetCollection.onChanged': '1.9',
  'WorksheetCollection.onActivated': '1.7',
  'WorksheetCollection.onDeactivated': '1.7',
  'WorksheetCollection.onSelectionChanged': '1.9',
  'WorksheetChangedEventArgs.getRange': '1.8',
  'WorksheetChangedEventArgs.triggerSource': '1.14',
  'WorksheetFreezePanes.freezeRows': '1.7',
  'WorksheetFreezePanes.freezeColumns': '1.7',
  'WorksheetFreezePanes.freezeAt': '1.7',
  'WorksheetFreezePanes.unfreeze': '1.7',
  'WorksheetFreezePanes.getLocationOrNullObject': '1.7',
  'PageLayout.orientation': '1.9',
  'PageLayout.paperSize': '1.9',
  'PageLayout.zoom': '1.9',
  'PageLayout.printGridlines': '1.9',
  'PageLayout.centerHorizontally': '1.9',
  'PageLayout.leftMargin': '1.9',
  'PageLayout.rightMargin': '1.9',
  'PageLayout.topMargin': '1.9',
  'PageLayout.bottomMargin': '1.9',
  'PageLayout.headerMargin': '1.9',
  'PageLayout.footerMargin': '1.9',
  'PageLayout.setPrintTitleRows': '1.9',
  'PageLayout.getPrintTitleRowsOrNullObject': '1.9',
  'PageLayout.setPrintArea': '1.9',
  'WorksheetProtection.protected': '1.2',
  'WorksheetProtection.options': '1.2',
  'WorksheetProtection.protect': '1.2',
  'WorksheetProtection.protect(password)': '1.7',
  'WorksheetProtection.unprotect': '1.2',
  'WorksheetProtection.unprotect(password)': '1.7',
  // Ranges
  'Range.address': '1.1',
  'Range.addressLocal': '1.1',
  'Range.cellCount': '1.1',
  'Range.rowIndex': '1.1',
  'Range.columnIndex': '1.1',
  'Range.rowCount': '1.1',
  'Range.columnCount': '1.1',
  'Range.values': '1.1',
  'Range.formulas': '1.1',
  'Range.formulasLocal': '1.1',
  'Range.text': '1.1',
  'Range.valueTypes': '1.1',
  'Range.numberFormat': '1.1',
  'Range.isEntireColumn': '1.7',
  'Range.isEntireRow': '1.7',
  'Range.columnHidden': '1.2',
  'Range.rowHidden': '1.2',
  'Range.hyperlink': '1.7',
  'Range.format': '1.1',
  'Range.worksheet': '1.1',
  'Range.dataValidation': '1.8',
  'Range.conditionalFormats': '1.6',
  'Range.getCell': '1.1',
  'Range.getOffsetRange': '1.1',
  'Range.getResizedRange': '1.2',
  'Range.getRow': '1.1',
  'Range.getColumn': '1.1',
  'Range.getEntireRow': '1.1',
  'Range.getEntireColumn': '1.1',
  'Range.getIntersectionOrNullObject': '1.4',
  'Range.getUsedRange': '1.1',
  'Range.getUsedRangeOrNullObject': '1.4',
  'Range.getMergedAreasOrNullObject': '1.13',
  'Range.merge': '1.2',
  'Range.unmerge': '1.2',
  'Range.select': '1.1',
  'Range.clear': '1.1',
  'Range.group': '1.10',
  'Range.ungroup': '1.10',
  'RangeAreas.address': '1.9',
  'RangeAreas.areaCount': '1.9',
  'RangeAreas.cellCount': '1.9',
  'RangeAreas.areas': '1.9',
  // Range formats
  'RangeFormat.wrapText': '1.1',
  'RangeFormat.horizontalAlignment': '1.1',
  'RangeFormat.verticalAlignment': '1.1',
  'RangeFormat.columnWidth': '1.2',
  'RangeFormat.rowHeight': '1.2',
  'RangeFormat.autofitColumns': '1.2',
  'RangeFormat.autofitRows': '1.2',
  'RangeFormat.fill': '1.1',
  'RangeFormat.font': '1.1',
  'RangeFormat.borders': '1.1',
  'RangeFormat.protection': '1.2',
  'RangeFill.color': '1.1',
  'RangeFill.clear': '1.1',
  'RangeFont.bold': '1.1',
  'RangeFont.italic': '1.1',
  'RangeFont.color': '1.1',
  'RangeFont.size': '1.1',
  'RangeFont.name': '1.1',
  'RangeFont.underline': '1.1',
  'RangeBorderCollection.getItem': '1.1',
  'RangeBorder.sideIndex': '1.1',
  'RangeBorder.style': '1.1',
  'RangeBorder.color': '1.1',
  'RangeBorder.weight': '1.1',
  'FormatProtection.locked': '1.2',
  // Names
  'NamedItemCollection.add': '1.4',
  'NamedItemCollection.getItem': '1.1',
  'NamedItemCollection.getItemOrNullObject': '1.4',
  'NamedItemCollection.getCount': '1.4',
  'NamedItem.name': '1.1',
  'NamedItem.type': '1.1',
  'NamedItem.value': '1.1',
  'NamedItem.visible': '1.1',
  'NamedItem.comment': '1.4',
  'NamedItem.formula': '1.7',
  'NamedItem.scope': '1.4',
  'NamedItem.worksheet': '1.4',
  'NamedItem.worksheetOrNullObject': '1.4',
  'NamedItem.getRange': '1.1',
  'NamedItem.getRangeOrNullObject': '1.4',
  'NamedItem.delete': '1.4',
  // Tables
  'TableCollection.count': '1.1',
  'TableCollection.add': '1.1',
  'TableCollection.getItem': '1.1',
  'TableCollection.getItemOrNullObject': '1.4',
  'TableCollection.getCount': '1.4',
  'Table.id': '1.1',
  'Table.name': '1.1',
  'Table.style': '1.1',
  'Table.showHeaders': '1.1',
  'Table.showTotals': '1.1',
  'Table.showBandedRows': '1.3',
  'Table.showBandedColumns': '1.3',
  'Table.showFilterButton': '1.3',
  'Table.highlightFirstColumn': '1.3',
  'Table.highlightLastColumn': '1.3',
  'Table.columns': '1.1',
  'Table.worksheet': '1.2',
  'Table.getRange': '1.1',
  'Table.getHeaderRowRange': '1.1',
  'Table.getDataBodyRange': '1.1',
  'Table.delete': '1.1',
  'TableColumnCollection.count': '1.1',
  'TableColumnCollection.getItem': '1.1',
  'TableColumnCollection.getItemAt': '1.1',
  'TableColumnCollection.getItemOrNullObject': '1.4',
  'TableColumn.id': '1.1',
  'TableColumn.index': '1.1',
  'TableColumn.name': '1.1',
  'TableColumn.name=': '1.4',
  'TableColumn.values': '1.1',
  'TableColumn.getRange': '1.1',
  'TableColumn.getDataBodyRange': '1.1',
  'TableColumn.getHeaderRowRange': '1.1',
  // Data validation
  'DataValidation.rule': '1.8',
  'DataValidation.errorAlert': '1.8',
  'DataValidation.prompt': '1.8',
  'DataValidation.ignoreBlanks': '1.8',
  'DataValidation.type': '1.8',
  'DataValidation.clear': '1.8',
  // Conditional formats
  'ConditionalFormatCollection.add': '1.6',
  'ConditionalFormatCollection.clearAll': '1.6',
  'ConditionalFormatCollection.getCount': '1.6',
  'ConditionalFormatCollection.getItem': '1.6',
  'ConditionalFormat.id': '1.6',
  'ConditionalFormat.type': '1.6',
  'ConditionalFormat.priority': '1.6',
  'ConditionalFormat.stopIfTrue': '1.6',
  'ConditionalFormat.custom': '1.6',
  'ConditionalFormat.customOrNullObject': '1.6',
  'ConditionalFormat.getRange': '1.6',
  'ConditionalFormat.delete': '1.6',
  'CustomConditionalFormat.rule': '1.6',
  'CustomConditionalFormat.format': '1.6',
  'ConditionalFormatRule.formula': '1.6',
  'ConditionalRangeFormat.fill': '1.6',
  'ConditionalRangeFormat.font': '1.6',
  'ConditionalRangeFill.color': '1.6',
  'ConditionalRangeFill.clear': '1.6',
  'ConditionalRangeFont.color': '1.6',
  'ConditionalRangeFont.bold': '1.6',
  'ConditionalRangeFont.italic': '1.6',
  // Notes
  'NoteCollection.add': '1.18',
  'NoteCollection.getItem': '1.18',
  'NoteCollection.getItemOrNullObject': '1.18',
  'NoteCollection.getCount': '1.18',
  'Note.content': '1.18',
  'Note.authorName': '1.18',
  'Note.visible': '1.18',
  'Note.height': '1.18',
  'Note.width': '1.18',
  'Note.getLocation': '1.18',
  'Note.delete': '1.18',
} as const satisfies Readonly<Record<string, string>>;

export type ApiKey = keyof typeof API_SETS;

/** Compares dotted versions numerically ("1.10" > "1.9"). */
export function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map((p) => Number.parseInt(p, 10) || 0);
  const pb = b.split('.').map((p) => Number.parseInt(p, 10) || 0);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

/** What the fake host supports: ExcelApi up to a version, plus any other sets named at creation. */
export class RequirementSets {
  constructor(
    readonly excelApi: string,
    private readonly others: Readonly<Record<string, string>> = {},
  ) {}

  isSetSupported(name: string, version?: string): boolean {
    const want = version ?? '1.1';
    const have = name.toLowerCase() === 'excelapi' ? this.excelApi : this.findOther(name);
    return have !== undefined && compareVersions(have, want) >= 0;
  }

  /** Whether the API set of a member is supported. */
  supports(key: ApiKey): boolean {
    return compareVersions(this.excelApi, API_SETS[key]) >= 0;
  }

  /** Throws ApiNotFound (synchronously, at the call) when the member's set is newer than the host. */
  require(key: ApiKey): void {
    if (!this.supports(key)) {
      throw officeError('ApiNotFound', `${key} needs ExcelApi ${API_SETS[key]}; this host has ExcelApi ${this.excelApi}`).at(key);
    }
  }

  private findOther(name: string): string | undefined {
    const key = Object.keys(this.others).find((k) => k.toLowerCase() === name.toLowerCase());
    return key === undefined ? undefined : this.others[key];
  }
}
