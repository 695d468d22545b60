/**
 * The workbook the fake runtime keeps: plain mutable data that batches are
 * applied to at `context.sync()`. Proxies never touch it outside a batch.
 */
import { MAX_COLUMNS, MAX_ROWS, type Rect, intersect } from './address';
import { officeError } from './errors';
import type { CellValue } from './values';

// ---------- cells and formats ----------

export type HorizontalAlignment = 'General' | 'Left' | 'Center' | 'Right' | 'Fill' | 'Justify' | 'CenterAcrossSelection' | 'Distributed';
export type VerticalAlignment = 'Top' | 'Center' | 'Bottom' | 'Justify' | 'Distributed';
export type BorderSide = 'EdgeTop' | 'EdgeBottom' | 'EdgeLeft' | 'EdgeRight';

export interface BorderState {
  readonly style: string;
  readonly color: string;
  readonly weight: string;
}

/** Everything formattable on one cell. Colors are "#RRGGBB"; fill null = no fill. */
export interface CellFormat {
  readonly fill: string | null;
  readonly bold: boolean;
  readonly italic: boolean;
  readonly underline: string;
  readonly fontColor: string;
  readonly fontSize: number;
  readonly fontName: string;
  readonly wrapText: boolean;
  readonly horizontalAlignment: HorizontalAlignment;
  readonly verticalAlignment: VerticalAlignment;
  readonly numberFormat: string;
  readonly locked: boolean;
  readonly EdgeTop: BorderState | null;
  readonly EdgeBottom: BorderState | null;
  readonly EdgeLeft: BorderState | null;
  readonly EdgeRight: BorderState | null;
}

export type FormatPatch = { -readonly [K in keyof CellFormat]?: CellFormat[K] };

export const DEFAULT_FORMAT: CellFormat = Object.freeze({
  fill: null,
  bold: false,
  italic: false,
  underline: 'None',
  fontColor: '#000000',
  fontSize: 11,
  fontName: 'Calibri',
  wrapText: false,
  horizontalAlignment: 'General',
  verticalAlignment: 'Bottom',
  numberFormat: 'General',
  locked: true,
  EdgeTop: null,
  EdgeBottom: null,
  EdgeLeft: null,
  EdgeRight: null,
});

export interface Hyperlink {
  readonly address?: string;
  readonly documentReference?: string;
  readonly screenTip?: string;
  readonly textToDisplay?: string;
}

export interface Cell {
  /** The constant, or the last computed value of the formula; null = blank. */
  value: CellValue | null;
  /** With the leading "=". */
  formula?: string;
  /** Cell-level formats (override whole-row/column formats field by field). */
  format?: FormatPatch;
  hyperlink?: Hyperlink;
  /** Recalculation pass that computed `value` (formula cells). */
  calcPass?: number;
  /** Being computed (circular reference detection). */
  busy?: boolean;
  /** The formula engine's dependency record for this cell. */
  node?: unknown;
}

/** What a Range proxy names: a rectangle on a sheet (by id, so renaming keeps it). */
export interface RangeRef {
  readonly sheetId: string;
  readonly rect: Rect;
}

// ---------- sheet-level features ----------

export type ValidationRuleState =
  | { readonly type: 'List'; readonly inCellDropDown: boolean; readonly source: string }
  | { readonly type: 'WholeNumber' | 'Decimal' | 'TextLength' | 'Date' | 'Time'; readonly operator: string; readonly formula1: string; readonly formula2?: string }
  | { readonly type: 'Custom'; readonly formula: string };

export interface ValidationErrorAlert {
  readonly style: 'Stop' | 'Warning' | 'Information';
  readonly title: string;
  readonly message: string;
  readonly showAlert: boolean;
}
export interface ValidationPrompt {
  readonly title: string;
  readonly message: string;
  readonly showPrompt: boolean;
}

/** One data validation on one rectangle (setting a rule on part of it splits it). */
export interface ValidationState {
  rect: Rect;
  rule: ValidationRuleState | null;
  errorAlert: ValidationErrorAlert;
  prompt: ValidationPrompt;
  ignoreBlanks: boolean;
}

export interface ConditionalFormatState {
  readonly id: string;
  readonly type: string;
  rects: Rect[];
  stopIfTrue: boolean;
  /** Custom rule formula (with "="), for type Custom. */
  formula: string;
  format: { fill: string | null; fontColor: string | null; bold: boolean | null; italic: boolean | null };
}

export interface NoteState {
  readonly id: string;
  row: number;
  col: number;
  content: string;
  authorName: string;
  visible: boolean;
  width: number;
  height: number;
}

export interface ProtectionState {
  protected: boolean;
  password: string | null;
  options: Readonly<Record<string, boolean | string>>;
}

export interface PageLayoutState {
  orientation: 'Portrait' | 'Landscape';
  paperSize: string;
  zoom: { scale?: number; horizontalFitToPages?: number; verticalFitToPages?: number };
  printGridlines: boolean;
  centerHorizontally: boolean;
  margins: { left: number; right: number; top: number; bottom: number; header: number; footer: number };
  /** Absolute rows, e.g. "$3:$3". */
  printTitleRows: string | null;
  printArea: string | null;
}

export interface SheetState {
  readonly id: string;
  name: string;
  visibility: 'Visible' | 'Hidden' | 'VeryHidden';
  showGridlines: boolean;
  tabColor: string;
  /** Key: row * MAX_COLUMNS + col. */
  readonly cells: Map<number, Cell>;
  /** Formats applied to whole rows/columns (applied in order, under cell-level formats). */
  wideFormats: { readonly rect: Rect; readonly patch: FormatPatch }[];
  readonly columnWidths: Map<number, number>;
  readonly rowHeights: Map<number, number>;
  readonly hiddenColumns: Set<number>;
  readonly hiddenRows: Set<number>;
  merges: Rect[];
  validations: ValidationState[];
  conditionalFormats: ConditionalFormatState[];
  notes: NoteState[];
  freeze: { rows: number; cols: number };
  protection: ProtectionState;
  readonly rowOutline: Map<number, number>;
  readonly columnOutline: Map<number, number>;
  pageLayout: PageLayoutState;
  selection: Rect;
}

// ---------- workbook-level features ----------

export interface NameState {
  readonly id: number;
  readonly name: string;
  /** With the leading "=". */
  formula: string;
  comment: string;
  visible: boolean;
  /** Set for a worksheet-scoped name (worksheet.names): the id of the sheet it is local to. */
  readonly sheetId?: string;
}

export interface TableColumnState {
  readonly id: number;
  name: string;
}

export interface TableState {
  readonly id: string;
  name: string;
  sheetId: string;
  /** Including the header row. */
  rect: Rect;
  showHeaders: boolean;
  showTotals: boolean;
  style: string;
  showBandedRows: boolean;
  showBandedColumns: boolean;
  showFilterButton: boolean;
  highlightFirstColumn: boolean;
  highlightLastColumn: boolean;
  columns: TableColumnState[];
}

export interface WorkbookState {
  sheets: SheetState[];
  names: NameState[];
  tables: TableState[];
  activeSheetId: string;
  /** Something changed that needs a full recalculation (names, tables, sheets, bulk writes). */
  dirty: boolean;
  /** Cells written since the last recalculation (recalculated incrementally with their dependents). */
  changed: { readonly sheet: SheetState; readonly key: number }[];
  nextId: number;
}

// ---------- constructors ----------

export const DEFAULT_COLUMN_WIDTH = 48;
export const DEFAULT_ROW_HEIGHT = 15;

export function newSheet(wb: WorkbookState, name: string): SheetState {
  const n = wb.nextId++;
  return {
    id: `{00000000-${n.toString(16).padStart(4, '0').toUpperCase()}-0000-C000-000000000046}`,
    name,
    visibility: 'Visible',
    showGridlines: true,
    tabColor: '',
    cells: new Map(),
    wideFormats: [],
    columnWidths: new Map(),
    rowHeights: new Map(),
    hiddenColumns: new Set(),
    hiddenRows: new Set(),
    merges: [],
    validations: [],
    conditionalFormats: [],
    notes: [],
    freeze: { rows: 0, cols: 0 },
    protection: { protected: false, password: null, options: defaultProtectionOptions() },
    rowOutline: new Map(),
    columnOutline: new Map(),
    pageLayout: {
      orientation: 'Portrait',
      paperSize: 'Letter',
      zoom: { scale: 100 },
      printGridlines: false,
      centerHorizontally: false,
      margins: { left: 50.4, right: 50.4, top: 54, bottom: 54, header: 21.6, footer: 21.6 },
      printTitleRows: null,
      printArea: null,
    },
    selection: { row: 0, col: 0, rows: 1, cols: 1 },
  };
}

export function defaultProtectionOptions(): Record<string, boolean | string> {
  return {
    allowAutoFilter: false,
    allowDeleteColumns: false,
    allowDeleteRows: false,
    allowEditObjects: false,
    allowEditScenarios: false,
    allowFormatCells: false,
    allowFormatColumns: false,
    allowFormatRows: false,
    allowInsertColumns: false,
    allowInsertHyperlinks: false,
    allowInsertRows: false,
    allowPivotTables: false,
    allowSort: false,
    selectionMode: 'Normal',
  };
}

export function newWorkbook(sheetNames: readonly string[] = ['Sheet1']): WorkbookState {
  const wb: WorkbookState = { sheets: [], names: [], tables: [], activeSheetId: '', dirty: false, changed: [], nextId: 1 };
  for (const name of sheetNames) wb.sheets.push(newSheet(wb, name));
  wb.activeSheetId = wb.sheets[0]?.id ?? '';
  return wb;
}

/** Whether formulas need recomputing before values are read. */
export function needsRecalc(wb: WorkbookState): boolean {
  return wb.dirty || wb.changed.length > 0;
}

/** Records a written cell for the next (incremental) recalculation; many writes fall back to a full one. */
export function cellChanged(wb: WorkbookState, sheet: SheetState, row: number, col: number): void {
  if (wb.dirty) return;
  if (wb.changed.length >= 2000) {
    wb.dirty = true;
    wb.changed = [];
    return;
  }
  wb.changed.push({ sheet, key: row * MAX_COLUMNS + col });
}

// ---------- lookups ----------

export function sameName(a: string, b: string): boolean {
  return a.toLocaleUpperCase() === b.toLocaleUpperCase();
}

export function findSheet(wb: WorkbookState, nameOrId: string): SheetState | undefined {
  return wb.sheets.find((s) => s.id === nameOrId) ?? wb.sheets.find((s) => sameName(s.name, nameOrId));
}

export function sheetById(wb: WorkbookState, id: string): SheetState {
  const s = wb.sheets.find((x) => x.id === id);
  if (s === undefined) throw officeError('ItemNotFound', 'the worksheet was deleted');
  return s;
}

export function activeSheet(wb: WorkbookState): SheetState {
  return sheetById(wb, wb.activeSheetId);
}

/** Excel's sheet-name rules: 1–31 characters, none of : \ / ? * [ ], no leading/trailing apostrophe, not "History". */
export function checkSheetName(name: unknown): string {
  if (typeof name !== 'string') throw officeError('InvalidArgument', 'a worksheet name must be a string');
  if (name.length === 0 || name.length > 31) throw officeError('InvalidArgument', `worksheet name '${name}' must have 1 to 31 characters`);
  if (/[:\\/?*[\]]/.test(name)) throw officeError('InvalidArgument', `worksheet name '${name}' contains one of : \\ / ? * [ ]`);
  if (name.startsWith("'") || name.endsWith("'")) throw officeError('InvalidArgument', `worksheet name '${name}' starts or ends with an apostrophe`);
  if (sameName(name, 'History')) throw officeError('InvalidArgument', "'History' is reserved");
  return name;
}

/**
 * Excel's rules for defined names and table names: start with a letter, "_" or "\",
 * then letters, digits, "_" or "."; no spaces; not a cell reference; at most 255 characters.
 */
export function checkDefinedName(name: unknown, what: string): string {
  if (typeof name !== 'string' || name.length === 0 || name.length > 255) throw officeError('InvalidArgument', `${what} name must have 1 to 255 characters`);
  if (!/^[\p{L}_\\][\p{L}\p{N}_.]*$/u.test(name)) throw officeError('InvalidArgument', `${what} name '${name}' has a character Excel does not allow (spaces, punctuation) or does not start with a letter or "_"`);
  if (/^[A-Za-z]{1,3}[0-9]+$/.test(name) || /^[RrCc]$/.test(name) || /^[Rr][0-9]*[Cc][0-9]*$/.test(name)) {
    throw officeError('InvalidArgument', `${what} name '${name}' reads as a cell reference`);
  }
  return name;
}

/**
 * Defined names and table names share one namespace. A worksheet-scoped name
 * (sheetId set) only clashes with names of the same scope and with tables.
 */
export function nameInUse(wb: WorkbookState, name: string, exceptTableId?: string, sheetId?: string): boolean {
  return wb.names.some((n) => n.sheetId === sheetId && sameName(n.name, name)) || wb.tables.some((t) => t.id !== exceptTableId && sameName(t.name, name));
}

/**
 * The name a formula on `sheet` means by `name`: the one scoped to that sheet
 * first (Excel's precedence), else the workbook-scoped one.
 */
export function resolveName(wb: WorkbookState, name: string, sheet?: SheetState): NameState | undefined {
  const key = name.trim();
  return (
    (sheet === undefined ? undefined : wb.names.find((n) => n.sheetId === sheet.id && sameName(n.name, key))) ??
    wb.names.find((n) => n.sheetId === undefined && sameName(n.name, key))
  );
}

// ---------- cells ----------

export function cellKey(row: number, col: number): number {
  return row * MAX_COLUMNS + col;
}

export function keyRow(key: number): number {
  return Math.floor(key / MAX_COLUMNS);
}

export function keyCol(key: number): number {
  return key % MAX_COLUMNS;
}

export function getCell(sheet: SheetState, row: number, col: number): Cell | undefined {
  return sheet.cells.get(cellKey(row, col));
}

export function ensureCell(sheet: SheetState, row: number, col: number): Cell {
  const key = cellKey(row, col);
  let cell = sheet.cells.get(key);
  if (cell === undefined) {
    cell = { value: null };
    sheet.cells.set(key, cell);
  }
  return cell;
}

/** Drops a cell that holds nothing any more. */
export function pruneCell(sheet: SheetState, row: number, col: number): void {
  const key = cellKey(row, col);
  const cell = sheet.cells.get(key);
  if (cell !== undefined && cell.value === null && cell.formula === undefined && cell.format === undefined && cell.hyperlink === undefined) {
    sheet.cells.delete(key);
  }
}

/** Calls fn for every stored cell inside rect (in no particular order). */
export function forEachStoredCell(sheet: SheetState, rect: Rect, fn: (cell: Cell, row: number, col: number) => void): void {
  const area = rect.rows * rect.cols;
  if (area <= sheet.cells.size) {
    for (let r = rect.row; r < rect.row + rect.rows; r++) {
      for (let c = rect.col; c < rect.col + rect.cols; c++) {
        const cell = sheet.cells.get(r * MAX_COLUMNS + c);
        if (cell !== undefined) fn(cell, r, c);
      }
    }
    return;
  }
  for (const [key, cell] of sheet.cells) {
    const r = keyRow(key);
    const c = keyCol(key);
    if (r >= rect.row && r < rect.row + rect.rows && c >= rect.col && c < rect.col + rect.cols) fn(cell, r, c);
  }
}

/**
 * The used range: the smallest rectangle holding every cell with a value or formula
 * (and, unless valuesOnly, every cell-level format). Null on an empty sheet.
 */
export function usedRect(sheet: SheetState, valuesOnly: boolean): Rect | null {
  let minR = MAX_ROWS;
  let minC = MAX_COLUMNS;
  let maxR = -1;
  let maxC = -1;
  for (const [key, cell] of sheet.cells) {
    const hasContent = cell.value !== null || cell.formula !== undefined;
    if (!hasContent && (valuesOnly || cell.format === undefined)) continue;
    const r = keyRow(key);
    const c = keyCol(key);
    if (r < minR) minR = r;
    if (r > maxR) maxR = r;
    if (c < minC) minC = c;
    if (c > maxC) maxC = c;
  }
  if (maxR < 0) return null;
  return { row: minR, col: minC, rows: maxR - minR + 1, cols: maxC - minC + 1 };
}

/** Rows and columns from A1 that hold anything with a value (for clipping whole-column references). */
export function valueExtent(sheet: SheetState): { rows: number; cols: number } {
  let rows = 0;
  let cols = 0;
  for (const [key, cell] of sheet.cells) {
    if (cell.value === null && cell.formula === undefined) continue;
    const r = keyRow(key) + 1;
    const c = keyCol(key) + 1;
    if (r > rows) rows = r;
    if (c > cols) cols = c;
  }
  return { rows, cols };
}

export function tablesOnSheet(wb: WorkbookState, sheetId: string): TableState[] {
  return wb.tables.filter((t) => t.sheetId === sheetId);
}

export function tableAt(wb: WorkbookState, sheetId: string, rect: Rect): TableState | undefined {
  return wb.tables.find((t) => t.sheetId === sheetId && intersect(t.rect, rect) !== null);
}
