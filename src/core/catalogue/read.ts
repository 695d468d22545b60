/**
 * Reading a task catalogue ("Danh mục nhiệm vụ") out of a sheet grid, and the
 * context a check needs out of the workbook (units, plan year, issue date).
 *
 * Decisions:
 * - The header is searched in the first {@link HEADER_SEARCH_ROWS} rows; the
 *   row with the most recognised columns (at least 2) wins, the first on a tie.
 *   Header texts are compared with `foldKey` (case, diacritics, spacing, line
 *   breaks, Unicode form ignored), also without a trailing ":"/"*" and without
 *   a parenthesised part ("Thời gian hoàn thành (dự kiến)"); a header typed in
 *   TCVN3/VNI is converted first. When a column is recognised twice, the
 *   leftmost cell wins.
 * - Every row after the header is data. A row whose catalogue cells are all
 *   blank is skipped (text only in other columns, e.g. "Ghi chú", does not make
 *   a task). A row of column numbers right below the header ("1 2 3 4 5" or
 *   "(1) (2) …", at least 3, increasing) is skipped.
 * - A section row: TT is a Roman numeral (I … XXXIX, any case, optional
 *   trailing "."), or TT is empty and the task cell starts with an upper-case
 *   Roman numeral + ". " ("II. Phòng Kế hoạch Tài chính"), or the TT cell itself
 *   holds "II. Phòng …" (a title merged from column A) and the task cell is empty.
 *   The title is the task cell's text (the rest after "II. "), else the first
 *   other non-empty catalogue cell.
 * - Values become text as a user sees them: numbers without float noise,
 *   booleans as TRUE/FALSE, error values as their text ("#N/A"). In the deadline
 *   column a date (an Excel serial number, or an ISO date string from an
 *   adapter) becomes "d/m/yyyy" so the deadline parser reads it; whole numbers
 *   1900–2100 there are years, not serials.
 */

import type { DefinedName, GridCell, SheetGrid, WorkbookGrid } from '../sheet';
import { cellAddress, cellAt, cellText, namesForSheet, parseCellAddress, parseRangeAddress } from '../sheet';
import type { Unit } from '../templates/types';
import { fixLegacyText } from '../text/legacy';
import { foldKey, normalizeText } from '../text/normalize';
import type { CatalogueColumn } from './findings';

export type { CatalogueColumn } from './findings';

export const CATALOGUE_COLUMNS: readonly CatalogueColumn[] = ['tt', 'task', 'unit', 'deadline', 'product'];

/** How many rows from the top are searched for the header. */
export const HEADER_SEARCH_ROWS = 30;

/**
 * Header texts recognised for each column. The first ones are the forms the
 * brief lists; the rest are close variants seen in plans.
 */
export const HEADER_SYNONYMS: Readonly<Record<CatalogueColumn, readonly string[]>> = {
  tt: ['TT', 'STT', 'Số TT', 'Số thứ tự'],
  task: ['Tên nhiệm vụ', 'Nội dung', 'Nội dung thực hiện', 'Nhiệm vụ', 'Nội dung nhiệm vụ'],
  unit: ['Đơn vị chủ trì', 'Đơn vị chủ trì tham mưu', 'Cơ quan chủ trì', 'Đơn vị chủ trì thực hiện'],
  deadline: ['Thời gian hoàn thành', 'Thời gian thực hiện', 'Thời hạn', 'Thời gian ban hành', 'Thời hạn hoàn thành'],
  product: ['Sản phẩm', 'Sản phẩm đầu ra', 'Kết quả', 'Sản phẩm dự kiến'],
};

const SYNONYM_KEYS: ReadonlyMap<string, CatalogueColumn> = new Map(
  CATALOGUE_COLUMNS.flatMap((column) => HEADER_SYNONYMS[column].map((text) => [foldKey(text), column] as const)),
);

/** The column a header text names, or null. */
export function headerColumn(text: string): CatalogueColumn | null {
  const direct = columnOfKey(foldKey(text));
  if (direct !== null) return direct;
  if (!/[\u0080-\u00ff]/.test(text)) return null;
  const legacy = fixLegacyText(text);
  return legacy === null ? null : columnOfKey(foldKey(legacy.text));
}

function columnOfKey(key: string): CatalogueColumn | null {
  if (key === '') return null;
  const bare = key.replace(/[\s:*.]+$/, '');
  const found = SYNONYM_KEYS.get(key) ?? SYNONYM_KEYS.get(bare);
  if (found !== undefined) return found;
  const unbracketed = normalizeText(bare.replace(/\([^)]*\)/g, ' ')).replace(/[\s:*.]+$/, '');
  return SYNONYM_KEYS.get(unbracketed) ?? null;
}

/** A cell of the catalogue with its text as the user sees it (not normalised). */
export interface CatalogueCell {
  /** 1-based. */
  readonly row: number;
  /** 1-based. */
  readonly column: number;
  /** "B12". */
  readonly address: string;
  readonly text: string;
}

export interface CatalogueSectionRow {
  readonly kind: 'section';
  readonly row: number;
  /** Upper case, without a trailing dot: "VII". */
  readonly numeral: string;
  /** Title text (whitespace-normalised), "" when the row has none. */
  readonly title: string;
  /** The cell holding the title (for findings about it), null when there is none. */
  readonly titleCell: CatalogueCell | null;
}

export interface CatalogueTaskRow {
  readonly kind: 'task';
  readonly row: number;
  /** The section the row is in, null before the first section row. */
  readonly section: CatalogueSectionRow | null;
  /** Cells of the recognised columns (absent when the column is missing). */
  readonly cells: Readonly<Partial<Record<CatalogueColumn, CatalogueCell>>>;
}

export type CatalogueRowEntry = CatalogueSectionRow | CatalogueTaskRow;

export interface CatalogueHeader {
  /** 1-based row of the header. */
  readonly row: number;
  /** 1-based column of each recognised column. */
  readonly columns: Readonly<Partial<Record<CatalogueColumn, number>>>;
  /** 1-based column of the leftmost non-empty header cell. */
  readonly firstColumn: number;
}

export interface CatalogueLayout {
  readonly sheet: string;
  /** Null when no header row was found (then `rows` is empty). */
  readonly header: CatalogueHeader | null;
  /** Columns without a header, in {@link CATALOGUE_COLUMNS} order (all five when there is no header). */
  readonly missing: readonly CatalogueColumn[];
  readonly rows: readonly CatalogueRowEntry[];
}

/** Finds the header, the sections and the task rows of a catalogue sheet. */
export function findCatalogue(grid: SheetGrid): CatalogueLayout {
  const header = findHeader(grid);
  if (header === null) return { sheet: grid.name, header: null, missing: CATALOGUE_COLUMNS, rows: [] };
  const present = CATALOGUE_COLUMNS.filter((c) => header.columns[c] !== undefined);
  const missing = CATALOGUE_COLUMNS.filter((c) => header.columns[c] === undefined);
  const rows: CatalogueRowEntry[] = [];
  let section: CatalogueSectionRow | null = null;
  let firstDataRow = true;
  for (let r = header.row + 1; r <= grid.cells.length; r++) {
    const cells: Partial<Record<CatalogueColumn, CatalogueCell>> = {};
    let blank = true;
    for (const column of present) {
      const c = header.columns[column] as number;
      const text = valueText(cellAt(grid, r, c), column);
      cells[column] = { row: r, column: c, address: cellAddress(r, c), text };
      if (!isBlank(text)) blank = false;
    }
    if (blank) continue;
    if (firstDataRow) {
      firstDataRow = false;
      if (isColumnNumberRow(present.map((c) => cells[c] as CatalogueCell))) continue;
    }
    const found = sectionRow(r, cells, present);
    if (found !== null) {
      section = found;
      rows.push(found);
    } else {
      rows.push({ kind: 'task', row: r, section, cells });
    }
  }
  return { sheet: grid.name, header, missing, rows: withoutFooter(grid, rows) };
}

/**
 * A cell that opens the signature block under a document's table: "Nơi nhận:",
 * "GIÁM ĐỐC", "KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "TM. UBND …", "Người lập biểu".
 */
const FOOTER_MARKER = /^(?:noi nhan\b.*|(?:kt\.?\s*)?(?:pho )?giam doc|(?:kt|tm|tl|tuq)\.\s*\S.*|nguoi lap(?: bieu)?:?)$/;

/** True when a row has a cell (anywhere on it) that opens a signature block. */
function isFooterRow(grid: SheetGrid, row: number): boolean {
  return (grid.cells[row - 1] ?? []).some((cell) => FOOTER_MARKER.test(foldKey(cellText(cell))));
}

/**
 * Drops the signature block under the table ("Nơi nhận: …", "GIÁM ĐỐC", the
 * signer's name): from the first row after the last numbered task (or
 * section) that opens one. Only the tail is scanned.
 */
function withoutFooter(grid: SheetGrid, rows: CatalogueRowEntry[]): CatalogueRowEntry[] {
  let lastNumbered = -1;
  rows.forEach((r, i) => {
    if (r.kind === 'section' || /\d/.test(r.cells.tt?.text ?? '')) lastNumbered = i;
  });
  for (let i = lastNumbered + 1; i < rows.length; i++) {
    const r = rows[i] as CatalogueRowEntry;
    if (r.kind === 'task' && isFooterRow(grid, r.row)) return rows.slice(0, i);
  }
  return rows;
}

function findHeader(grid: SheetGrid): CatalogueHeader | null {
  let best: CatalogueHeader | null = null;
  let bestCount = 1;
  const last = Math.min(HEADER_SEARCH_ROWS, grid.cells.length);
  for (let r = 1; r <= last; r++) {
    const row = grid.cells[r - 1] ?? [];
    const columns: Partial<Record<CatalogueColumn, number>> = {};
    let count = 0;
    let firstColumn = 0;
    row.forEach((cell, i) => {
      const text = cellText(cell);
      if (isBlank(text)) return;
      if (firstColumn === 0) firstColumn = i + 1;
      const column = headerColumn(text);
      if (column !== null && columns[column] === undefined) {
        columns[column] = i + 1;
        count++;
      }
    });
    if (count > bestCount) {
      best = { row: r, columns, firstColumn };
      bestCount = count;
    }
  }
  return best;
}

const VISIBLE = /[^\s\u00a0\u2000-\u200b\u202f\u205f\u3000\ufeff]/;

/** True when the text is empty or only whitespace (the whitespace normalizeText removes). */
export function isBlank(text: string): boolean {
  return !VISIBLE.test(text);
}

const ROMAN = /^(?=[ivx])x{0,3}(?:ix|iv|v?i{0,3})$/i;

/** "VII", "vii", "VII." → "VII"; null when not a Roman numeral (1–39). */
export function romanNumeral(text: string): string | null {
  const t = normalizeText(text).replace(/\.$/, '');
  return ROMAN.test(t) ? t.toUpperCase() : null;
}

/** "II. Phòng Kế hoạch" → { numeral: "II", rest: "Phòng Kế hoạch" } (upper-case numerals only). */
function romanPrefix(text: string): { numeral: string; rest: string } | null {
  const m = /^([IVX]+)\.\s+(.*)$/.exec(normalizeText(text));
  if (m === null || romanNumeral(m[1] as string) === null) return null;
  return { numeral: m[1] as string, rest: m[2] as string };
}

function sectionRow(
  row: number,
  cells: Partial<Record<CatalogueColumn, CatalogueCell>>,
  present: readonly CatalogueColumn[],
): CatalogueSectionRow | null {
  const tt = cells.tt;
  const task = cells.task;
  const ttText = tt === undefined ? '' : normalizeText(tt.text);
  const others = present.filter((c) => c !== 'tt').map((c) => cells[c] as CatalogueCell);
  const firstOther = others.find((c) => !isBlank(c.text)) ?? null;
  const make = (numeral: string, title: string, titleCell: CatalogueCell | null): CatalogueSectionRow => ({
    kind: 'section',
    row,
    numeral,
    title: normalizeText(title),
    titleCell,
  });

  const numeral = romanNumeral(ttText);
  if (numeral !== null) return make(numeral, firstOther?.text ?? '', firstOther);
  if (ttText === '') {
    const head = task !== undefined && !isBlank(task.text) ? task : tt === undefined ? firstOther : null;
    const prefix = head === null ? null : romanPrefix(head.text);
    if (prefix !== null) return make(prefix.numeral, prefix.rest, head);
    return null;
  }
  if (tt !== undefined && (task === undefined || isBlank(task.text))) {
    const prefix = romanPrefix(tt.text);
    if (prefix !== null) return make(prefix.numeral, prefix.rest, tt);
  }
  return null;
}

function isColumnNumberRow(cells: readonly CatalogueCell[]): boolean {
  const numbers: number[] = [];
  for (const cell of cells) {
    const t = normalizeText(cell.text);
    if (t === '') continue;
    const m = /^\(?(\d{1,2})\)?$/.exec(t);
    if (m === null) return false;
    numbers.push(Number(m[1]));
  }
  return numbers.length >= 3 && numbers.every((n, i) => i === 0 || n > (numbers[i - 1] as number));
}

// ---------------------------------------------------------------------------
// Values as text
// ---------------------------------------------------------------------------

/** The text of a cell value for a catalogue column (see the module comment). */
export function valueText(cell: GridCell, column: CatalogueColumn | null = null): string {
  const v = cell.value;
  if (v === null) return cell.error ?? '';
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (typeof v === 'number') {
    if (column === 'deadline' && !(Number.isInteger(v) && v >= 1900 && v <= 2100)) {
      const iso = excelSerialToIso(v);
      if (iso !== null) return isoToVietnamese(iso);
    }
    return numberText(v);
  }
  if (column === 'deadline') {
    const m = /^\s*(\d{4}-\d{2}-\d{2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?\s*$/.exec(v);
    if (m !== null && isValidIso(m[1] as string)) return isoToVietnamese(m[1] as string);
  }
  return v;
}

function numberText(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  return Number.isInteger(n) ? String(n) : String(Number(n.toPrecision(15)));
}

const MS_PER_DAY = 86_400_000;
/** Largest serial Excel accepts (31/12/9999). */
const MAX_SERIAL = 2_958_465;

/**
 * Excel (1900 date system) serial → ISO date; the time of day is dropped.
 * Null for serials Excel has no date for (< 1, 60 = the fictitious 29/2/1900, > 9999).
 */
export function excelSerialToIso(serial: number): string | null {
  if (!Number.isFinite(serial)) return null;
  const days = Math.floor(serial);
  if (days < 1 || days > MAX_SERIAL || days === 60) return null;
  const base = Date.UTC(1899, 11, days < 60 ? 31 : 30);
  return new Date(base + days * MS_PER_DAY).toISOString().slice(0, 10);
}

function isValidIso(iso: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (m === null) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

function isoToVietnamese(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${d}/${m}/${y}`;
}

function isoOf(y: number, m: number, d: number): string | null {
  const iso = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  return isValidIso(iso) ? iso : null;
}

/**
 * A date cell as ISO: an Excel serial, an ISO string (time dropped),
 * "dd/mm/yyyy" (also with "-" or "."), or "ngày 15 tháng 02 năm 2020". Null otherwise.
 */
export function dateCellToIso(cell: GridCell): string | null {
  const v = cell.value;
  if (typeof v === 'number') return excelSerialToIso(v);
  if (typeof v !== 'string') return null;
  const text = normalizeText(v);
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ].*)?$/.exec(text);
  if (m !== null) return isoOf(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})$/.exec(text);
  if (m !== null) return isoOf(Number(m[3]), Number(m[2]), Number(m[1]));
  m = /^(?:ngay )?(\d{1,2}) thang (\d{1,2}) nam (\d{4})$/.exec(foldKey(text));
  if (m !== null) return isoOf(Number(m[3]), Number(m[2]), Number(m[1]));
  return null;
}

// ---------------------------------------------------------------------------
// Workbook context
// ---------------------------------------------------------------------------

/** What the check knows besides the sheet. */
export interface CatalogueContext {
  /** The workbook's unit list (defined name DanhMucDonVi), or null. */
  readonly units: readonly Unit[] | null;
  /** The plan year (defined name NamKeHoach), or null. */
  readonly planYear: number | null;
  /** The plan's issue date, ISO yyyy-mm-dd (defined name NgayBanHanh), or null. */
  readonly issueDate: string | null;
}

export const UNITS_NAME = 'DanhMucDonVi';
export const PLAN_YEAR_NAME = 'NamKeHoach';
export const ISSUE_DATE_NAME = 'NgayBanHanh';

/** Header texts of the units sheet, skipped if the named range includes them. */
const UNIT_HEADER_KEYS = new Set(['don vi', 'ten don vi', 'don vi chu tri']);

/**
 * The check's context from the workbook's defined names:
 * - units from `DanhMucDonVi`: the first column of the range holds the names,
 *   the column right of it (if any) aliases separated by ";" or line breaks;
 *   header cells ("Đơn vị") and blank cells are skipped; an empty list is null.
 * - planYear from `NamKeHoach` (a cell with a year, or a constant); without
 *   the name, from a title above the catalogue header of `sheetName` that says
 *   "năm 2020" ("DANH MỤC NHIỆM VỤ … NĂM 2020").
 * - issueDate from `NgayBanHanh` (see {@link dateCellToIso}).
 * Names scoped to `sheetName` are preferred over workbook-scoped ones.
 * Missing names, sheets or unreadable values give null, never an exception.
 */
export function catalogueContextFromWorkbook(workbook: WorkbookGrid, sheetName: string): CatalogueContext {
  // A name local to the catalogue's sheet (a second copy of the template) wins over the workbook's.
  const wb: WorkbookGrid = { ...workbook, names: namesForSheet(workbook, sheetName) };
  return {
    units: unitsFromWorkbook(wb),
    planYear: planYearFromWorkbook(wb) ?? planYearFromTitle(sheetOf(wb, sheetName)),
    issueDate: firstCellOf(wb, ISSUE_DATE_NAME, dateCellToIso),
  };
}

function findName(wb: WorkbookGrid, name: string): DefinedName | null {
  const lower = name.toLowerCase();
  return (
    wb.names.find((n) => n.name.toLowerCase() === lower) ??
    wb.names.find((n) => n.name.toLowerCase().endsWith(`!${lower}`)) ??
    null
  );
}

function sheetOf(wb: WorkbookGrid, name: string | null): SheetGrid | null {
  if (name === null) return null;
  return wb.sheets.find((s) => s.name === name) ?? wb.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase()) ?? null;
}

/** "='Đơn vị'!$A$2:$A$12" → "A2:A12". */
function bareRef(ref: string): string {
  const noEq = ref.trim().replace(/^=/, '');
  const bang = noEq.lastIndexOf('!');
  return (bang >= 0 ? noEq.slice(bang + 1) : noEq).replace(/\$/g, '');
}

interface Area {
  readonly sheet: SheetGrid;
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

function areaOf(wb: WorkbookGrid, name: string): Area | null {
  const n = findName(wb, name);
  if (n === null) return null;
  const sheet = sheetOf(wb, n.sheet);
  if (sheet === null) return null;
  const ref = bareRef(n.ref);
  const whole = /^([A-Za-z]{1,3}):([A-Za-z]{1,3})$/.exec(ref);
  if (whole !== null) {
    const a = parseCellAddress(`${whole[1]}1`);
    const b = parseCellAddress(`${whole[2]}1`);
    if (a === null || b === null) return null;
    return { sheet, top: 1, bottom: sheet.cells.length, left: Math.min(a.column, b.column), right: Math.max(a.column, b.column) };
  }
  const range = parseRangeAddress(ref);
  return range === null ? null : { sheet, ...range };
}

function firstCellOf<T>(wb: WorkbookGrid, name: string, read: (cell: GridCell) => T | null): T | null {
  const area = areaOf(wb, name);
  if (area !== null) return read(cellAt(area.sheet, area.top, area.left));
  const n = findName(wb, name);
  if (n === null || n.sheet !== null) return null;
  // A constant name: "=2020", "2020", "=\"15/02/2020\"".
  const constant = n.ref.trim().replace(/^=/, '').replace(/^"(.*)"$/, '$1');
  const asNumber = Number(constant);
  return read({ value: constant !== '' && Number.isFinite(asNumber) ? asNumber : constant });
}

function unitsFromWorkbook(wb: WorkbookGrid): readonly Unit[] | null {
  const area = areaOf(wb, UNITS_NAME);
  if (area === null) return null;
  const units: Unit[] = [];
  const seen = new Set<string>();
  const bottom = Math.min(area.bottom, area.sheet.cells.length);
  for (let r = area.top; r <= bottom; r++) {
    const name = normalizeText(cellText(cellAt(area.sheet, r, area.left)));
    const key = foldKey(name);
    if (name === '' || UNIT_HEADER_KEYS.has(key) || seen.has(key)) continue;
    seen.add(key);
    const aliases = cellText(cellAt(area.sheet, r, area.left + 1))
      .split(/[;\n\r]/)
      .map((a) => normalizeText(a))
      .filter((a) => a !== '');
    units.push({ name, aliases });
  }
  return units.length === 0 ? null : units;
}

function yearOf(cell: GridCell): number | null {
  const v = cell.value;
  const n = typeof v === 'number' ? v : typeof v === 'string' && /^\s*\d{4}\s*$/.test(v) ? Number(v) : NaN;
  return Number.isInteger(n) && n >= 1900 && n <= 2100 ? n : null;
}

function planYearFromWorkbook(wb: WorkbookGrid): number | null {
  return firstCellOf(wb, PLAN_YEAR_NAME, yearOf);
}

function planYearFromTitle(sheet: SheetGrid | null): number | null {
  if (sheet === null) return null;
  const header = findHeader(sheet);
  if (header === null) return null;
  for (let r = 1; r < header.row; r++) {
    for (const cell of sheet.cells[r - 1] ?? []) {
      const m = /\bnam (\d{4})\b/.exec(foldKey(cellText(cell)));
      if (m !== null) {
        const y = Number(m[1]);
        if (y >= 1900 && y <= 2100) return y;
      }
    }
  }
  return null;
}
