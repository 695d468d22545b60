/**
 * The playground's view of the fake workbook: a snapshot of the active sheet
 * for the grid (from the fake's inspector, as a screen would show it) and the
 * grid's actions: selecting and switching sheets go through the same
 * Office.js-shaped API the add-in uses (`Excel.run`), typing goes through the
 * fake's "type like a person" edit (refused on locked cells of a protected
 * sheet); both recalculate formulas as Excel would.
 */
import { isOurMarkFormula } from '../office/marks';
import { cellAddress, columnName, parseAddress, type Rect } from './fake-excel/address';
import type { FakeWorkbookInspector, SheetSnapshot } from './fake-excel';
import type { CellFormat } from './fake-excel/state';

export interface GridCellView {
  readonly address: string;
  readonly text: string;
  /** What the formula bar shows: the formula ("=SUM(…)") or the constant. */
  readonly input: string;
  readonly fill: string | null;
  readonly bold: boolean;
  readonly italic: boolean;
  readonly color: string | null;
  readonly align: 'left' | 'center' | 'right';
  readonly wrap: boolean;
  readonly locked: boolean;
  readonly note: string | null;
  /** Left-aligned text with an empty cell to its right spills over it, as in Excel. */
  readonly spill: boolean;
}

export interface GridSnapshot {
  readonly sheets: readonly string[];
  readonly active: string;
  /** Top-left cell of the selection, e.g. "C5". */
  readonly selection: string;
  readonly protected: boolean;
  readonly columns: readonly { readonly name: string; readonly index: number; readonly widthPx: number }[];
  readonly rows: readonly { readonly number: number; readonly cells: readonly GridCellView[] }[];
}

/** The Office.js calls the grid makes (a structural subset of Excel's API). */
interface RangeLike {
  select(): void;
}
interface SheetLike {
  activate(): void;
  getRange(address: string): RangeLike;
}
interface ContextLike {
  readonly workbook: { readonly worksheets: { getItem(name: string): SheetLike } };
  sync(): Promise<void>;
}
export interface ExcelLike {
  run<T>(batch: (context: ContextLike) => Promise<T>): Promise<T>;
}

const MIN_ROWS = 40;
const MIN_COLS = 10;
const MAX_WIDTH_PX = 420;
const POINTS_TO_PX = 96 / 72;

const DEFAULT_WIDTH_POINTS = 48;

function rectOf(address: string): Rect | null {
  return parseAddress(address)?.rect ?? null;
}

function contains(r: Rect, row: number, col: number): boolean {
  return row >= r.row && row < r.row + r.rows && col >= r.col && col < r.col + r.cols;
}

/** Cells marked by the catalogue check: its conditional formats are always true, so their fill shows. */
function markFills(sheet: SheetSnapshot): Map<string, string> {
  const fills = new Map<string, string>();
  for (const cf of sheet.conditionalFormats) {
    if (!isOurMarkFormula(cf.formula) || cf.format.fill === null) continue;
    for (const address of cf.addresses) {
      const r = rectOf(address);
      if (r === null) continue;
      for (let row = r.row; row < r.row + Math.min(r.rows, 5000); row++) {
        for (let col = r.col; col < r.col + Math.min(r.cols, 200); col++) fills.set(cellAddress(row, col), cf.format.fill);
      }
    }
  }
  return fills;
}

function cellView(sheet: SheetSnapshot, wide: readonly { rect: Rect; format: Partial<CellFormat> }[], marks: ReadonlyMap<string, string>, row: number, col: number): GridCellView {
  const address = cellAddress(row, col);
  const cell = sheet.cells[address];
  const f: Partial<CellFormat> = {};
  for (const w of wide) if (contains(w.rect, row, col)) Object.assign(f, w.format);
  Object.assign(f, sheet.formats[address] ?? {});
  const value = cell?.value ?? '';
  const h = f.horizontalAlignment ?? 'General';
  const align = h === 'Center' || h === 'CenterAcrossSelection' ? 'center' : h === 'Right' || (h === 'General' && typeof value === 'number') ? 'right' : 'left';
  return {
    address,
    text: cell?.text ?? '',
    input: cell === undefined ? '' : (cell.formula ?? String(cell.value)),
    fill: marks.get(address) ?? f.fill ?? null,
    bold: f.bold ?? false,
    italic: f.italic ?? false,
    color: f.fontColor !== undefined && f.fontColor !== '#000000' ? f.fontColor : null,
    align,
    wrap: f.wrapText ?? false,
    locked: f.locked ?? true,
    note: sheet.notes.find((n) => n.address === address)?.content ?? null,
    spill: align === 'left' && !(f.wrapText ?? false) && (cell?.text ?? '') !== '' && (sheet.cells[cellAddress(row, col + 1)]?.text ?? '') === '',
  };
}

export function snapshot(workbook: FakeWorkbookInspector): GridSnapshot {
  const active = workbook.activeSheet();
  const sheet = workbook.getSheetState(active);
  const used = sheet.usedRange === null ? null : rectOf(sheet.usedRange);
  let lastRow = used === null ? 0 : used.row + used.rows;
  let lastCol = used === null ? 0 : used.col + used.cols;
  for (const address of Object.keys(sheet.formats)) {
    const r = rectOf(address);
    if (r !== null) {
      lastRow = Math.max(lastRow, r.row + 1);
      lastCol = Math.max(lastCol, r.col + 1);
    }
  }
  const rowCount = Math.max(MIN_ROWS, lastRow + 5);
  const colCount = Math.max(MIN_COLS, lastCol + 2);
  const wide = sheet.wideFormats.flatMap((w) => {
    const rect = rectOf(w.address);
    return rect === null ? [] : [{ rect, format: w.format }];
  });
  const marks = markFills(sheet);
  const hiddenCols = new Set(sheet.hiddenColumns);
  const hiddenRows = new Set(sheet.hiddenRows);
  const columns = [];
  for (let c = 0; c < colCount; c++) {
    const name = columnName(c);
    if (hiddenCols.has(name)) continue;
    const points = sheet.columnWidths[name] ?? DEFAULT_WIDTH_POINTS;
    columns.push({ name, index: c, widthPx: Math.min(MAX_WIDTH_PX, Math.max(24, Math.round(points * POINTS_TO_PX))) });
  }
  const rows = [];
  for (let r = 0; r < rowCount; r++) {
    if (hiddenRows.has(r + 1)) continue;
    rows.push({ number: r + 1, cells: columns.map((c) => cellView(sheet, wide, marks, r, c.index)) });
  }
  const selection = rectOf(sheet.selection);
  return {
    sheets: workbook.sheetNames(),
    active,
    selection: selection === null ? 'A1' : cellAddress(selection.row, selection.col),
    protected: sheet.protection.protected,
    columns,
    rows,
  };
}

/** What typing `input` writes: a formula, a number (1.5 or 1,5), blank, or text. */
export function parseInput(input: string): { kind: 'formula'; formula: string } | { kind: 'value'; value: string | number } {
  if (input.startsWith('=') && input.length > 1) return { kind: 'formula', formula: input };
  const trimmed = input.trim();
  if (/^[-+]?\d+([.,]\d+)?$/.test(trimmed)) return { kind: 'value', value: Number(trimmed.replace(',', '.')) };
  if (/^[-+]?\d+([.,]\d+)?%$/.test(trimmed)) return { kind: 'value', value: Number(trimmed.slice(0, -1).replace(',', '.')) / 100 };
  return { kind: 'value', value: input };
}

export interface GridActions {
  select(sheet: string, address: string): Promise<void>;
  activate(sheet: string): Promise<void>;
  write(sheet: string, address: string, input: string): Promise<void>;
}

/** The grid's actions: selection through `Excel.run`, typing through the fake's person-like edit. */
export function gridActions(excel: ExcelLike, workbook: FakeWorkbookInspector): GridActions {
  return {
    select: (sheet, address) =>
      excel.run(async (context) => {
        const ws = context.workbook.worksheets.getItem(sheet);
        ws.activate();
        ws.getRange(address).select();
        await context.sync();
      }),
    activate: (sheet) =>
      excel.run(async (context) => {
        context.workbook.worksheets.getItem(sheet).activate();
        await context.sync();
      }),
    write: async (sheet, address, input) => {
      const parsed = parseInput(input);
      workbook.edit(sheet, address, [[parsed.kind === 'formula' ? parsed.formula : parsed.value]]);
    },
  };
}

/** The cell `rowDelta`/`colDelta` away from `address`, kept on the sheet. */
export function moveAddress(address: string, rowDelta: number, colDelta: number): string {
  const parsed = parseAddress(address);
  if (parsed === null) return address;
  const { row, col } = parsed.rect;
  return cellAddress(Math.max(0, row + rowDelta), Math.max(0, col + colDelta));
}
