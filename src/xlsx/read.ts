/**
 * Reads a workbook file into neutral plain data (./types). The file is checked
 * by the guard first; formulas come back as text only and are never evaluated;
 * text that looks like a formula ("=HYPERLINK(…)") stays text.
 */
import ExcelJS from 'exceljs';
import { tryParseCell } from './address';
import { stripFuturePrefixes, translateFormula } from './formula';
import { DEFAULT_READ_LIMITS, XlsxInputError, corruptError, guardXlsx, tooManyCellsError } from './guard';
import type { NameData, ReadCell, ReadLimits, SheetData, TableData, WorkbookData } from './types';
import { parseWorkbookXml, splitSheetRef } from './workbook-xml';

const EMPTY: ReadCell = Object.freeze({ value: null });

/** ExcelJS wants a Buffer in Node and accepts any Uint8Array/ArrayBuffer in browsers. */
type ExcelJsInput = Parameters<ExcelJS.Xlsx['load']>[0];

export function toExcelJsInput(bytes: Uint8Array): ExcelJsInput {
  const B = (globalThis as { Buffer?: { from(a: ArrayBuffer, o: number, l: number): Uint8Array } }).Buffer;
  const view = B ? B.from(bytes.buffer as ArrayBuffer, bytes.byteOffset, bytes.byteLength) : bytes;
  return view as unknown as ExcelJsInput;
}

/** Loads bytes that passed the guard; ExcelJS failures become XlsxInputError('corrupt'). */
export async function loadWorkbook(bytes: Uint8Array, ignoreNodes: readonly string[]): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(toExcelJsInput(bytes), { ignoreNodes: [...ignoreNodes] });
  } catch (err) {
    if (err instanceof XlsxInputError) throw err;
    throw corruptError(`không phân tích được nội dung: ${err instanceof Error ? err.message : String(err)}`, err);
  }
  return wb;
}

function isoDate(d: Date): string {
  if (Number.isNaN(d.getTime())) return '';
  const iso = d.toISOString();
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso.slice(0, 19);
}

function plainText(v: unknown): string {
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (v && typeof v === 'object' && 'richText' in v && Array.isArray((v as { richText: unknown }).richText)) {
    return (v as { richText: { text?: unknown }[] }).richText.map((r) => (typeof r.text === 'string' ? r.text : '')).join('');
  }
  return '';
}

function noteText(note: unknown): string | undefined {
  if (note === undefined || note === null) return undefined;
  if (typeof note === 'string') return note;
  if (typeof note === 'object' && 'texts' in note && Array.isArray((note as { texts: unknown }).texts)) {
    return (note as { texts: { text?: unknown }[] }).texts.map((t) => (typeof t.text === 'string' ? t.text : '')).join('');
  }
  return undefined;
}

interface Scalar {
  readonly value: ReadCell['value'];
  readonly error?: string;
  readonly date?: true;
}

/** A stored value or a cached formula result as plain data. */
function scalar(v: unknown): Scalar {
  if (v === null || v === undefined) return { value: null };
  if (typeof v === 'string' || typeof v === 'boolean') return { value: v };
  if (typeof v === 'number') return Number.isFinite(v) ? { value: v } : { value: null, error: '#NUM!' };
  if (v instanceof Date) return { value: isoDate(v), date: true };
  if (typeof v === 'object') {
    if ('error' in v) return { value: null, error: String((v as { error: unknown }).error) };
    if ('richText' in v) return { value: plainText(v) };
  }
  return { value: null };
}

function readCell(cell: ExcelJS.Cell, ws: ExcelJS.Worksheet): ReadCell {
  if (cell.type === ExcelJS.ValueType.Merge) return EMPTY;
  const raw: unknown = cell.value;
  const note = noteText(cell.note);
  let out: { -readonly [K in keyof ReadCell]: ReadCell[K] } = { value: null };
  if (raw && typeof raw === 'object' && ('formula' in raw || 'sharedFormula' in raw)) {
    const fv = raw as { formula?: string; sharedFormula?: string };
    let formula = fv.formula;
    if (!formula && fv.sharedFormula) {
      const at = tryParseCell(fv.sharedFormula);
      const masterValue = at ? (ws.findCell(at.row, at.col)?.value as { formula?: string } | null | undefined) : undefined;
      if (masterValue?.formula && at) formula = translateFormula(masterValue.formula, Number(cell.row) - at.row, Number(cell.col) - at.col);
    }
    // cell.result, not cell.value.result: the latter drops cached 0, FALSE and "".
    out = { ...scalar(cell.result as unknown) };
    if (formula) out.formula = stripFuturePrefixes(formula);
  } else if (raw && typeof raw === 'object' && 'hyperlink' in raw) {
    const hv = raw as { text?: unknown; hyperlink?: unknown };
    out = { value: plainText(hv.text) };
    if (typeof hv.hyperlink === 'string') out.hyperlink = hv.hyperlink;
  } else {
    out = { ...scalar(raw) };
  }
  if (note !== undefined) out.note = note;
  return out;
}

function isEmpty(c: ReadCell): boolean {
  return c.value === null && c.formula === undefined && c.error === undefined && c.note === undefined;
}

function tableData(ws: ExcelJS.Worksheet): TableData[] {
  const out: TableData[] = [];
  for (const t of ws.getTables() as unknown[]) {
    const model = (t as { table?: { name?: unknown; tableRef?: unknown; ref?: unknown } }).table;
    if (!model || typeof model.name !== 'string') continue;
    const ref = typeof model.tableRef === 'string' ? model.tableRef : typeof model.ref === 'string' ? model.ref : '';
    out.push({ name: model.name, ref });
  }
  return out;
}

function mergeRanges(ws: ExcelJS.Worksheet): string[] {
  // ExcelJS 4.4 keeps merges in a private map of Range objects (no public list without copying every row).
  const merges = (ws as unknown as { _merges?: Record<string, { range?: unknown } | undefined> })._merges ?? {};
  return Object.values(merges)
    .map((m) => (m && typeof m.range === 'string' ? m.range : ''))
    .filter((r) => r !== '');
}

function readSheet(ws: ExcelJS.Worksheet, maxCells: number): SheetData {
  const found: { row: number; col: number; cell: ReadCell }[] = [];
  let rowCount = 0;
  let columnCount = 0;
  ws.eachRow({ includeEmpty: false }, (row, r) => {
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      const rc = readCell(cell, ws);
      if (isEmpty(rc)) return;
      found.push({ row: r, col: c, cell: rc });
      rowCount = Math.max(rowCount, r);
      columnCount = Math.max(columnCount, c);
    });
  });
  if (rowCount * columnCount > maxCells) throw tooManyCellsError(rowCount * columnCount, maxCells);
  const cells: ReadCell[][] = [];
  for (let r = 0; r < rowCount; r++) cells.push(new Array<ReadCell>(columnCount).fill(EMPTY));
  for (const f of found) (cells[f.row - 1] as ReadCell[])[f.col - 1] = f.cell;
  return {
    name: ws.name,
    state: ws.state === 'hidden' || ws.state === 'veryHidden' ? ws.state : 'visible',
    cells,
    rowCount,
    columnCount,
    merges: mergeRanges(ws),
    tables: tableData(ws),
  };
}

function nameData(sheetNames: readonly string[], raw: { name: string; text: string; localSheetId?: number }): NameData {
  const scope = raw.localSheetId !== undefined ? (sheetNames[raw.localSheetId] ?? null) : null;
  const split = splitSheetRef(raw.text);
  return split ? { name: raw.name, sheet: split.sheet, ref: split.ref, scope } : { name: raw.name, sheet: null, ref: raw.text, scope };
}

/**
 * Reads an .xlsx file. Throws XlsxInputError for anything that is not a sound
 * .xlsx within `limits` (defaults: DEFAULT_READ_LIMITS).
 */
export async function readXlsx(bytes: Uint8Array, limits: Partial<ReadLimits> = {}): Promise<WorkbookData> {
  const lim: ReadLimits = { ...DEFAULT_READ_LIMITS, ...limits };
  // Validations are not read, so ExcelJS is told to skip them (it would expand them cell by cell).
  const report = await guardXlsx(bytes, lim, { countValidations: false });
  const wb = await loadWorkbook(bytes, ['dataValidations']);
  const sheets = wb.worksheets.map((ws) => readSheet(ws, lim.maxCells));
  const parsed = parseWorkbookXml(report.workbookXml);
  const sheetNames = parsed.sheets.map((s) => s.name);
  const names = parsed.names.filter((n) => !n.name.startsWith('_xlnm.')).map((n) => nameData(sheetNames, n));
  return { sheets, names };
}

