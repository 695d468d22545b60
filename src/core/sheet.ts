/**
 * A worksheet as the core reads it: plain values and formulas from A1, whatever
 * adapter produced it (Office.js range values/formulas, or an .xlsx file).
 */

export interface GridCell {
  /** The value (for formula cells: the cached/computed result). Dates arrive as numbers (serials) or ISO strings. */
  readonly value: string | number | boolean | null;
  /** Formula text without the leading "=" (en-US), when the cell has one. */
  readonly formula?: string;
  /** Error text such as "#DIV/0!" when the value is an error. */
  readonly error?: string;
}

export interface SheetGrid {
  readonly name: string;
  /** Row-major, 0-based from A1 (cells[0][0] is A1); rows may be ragged. */
  readonly cells: readonly (readonly GridCell[])[];
  /** Merged areas, A1-style ("A1:E1"). */
  readonly merges?: readonly string[];
}

export interface DefinedName {
  readonly name: string;
  /** Sheet the name points into, or null for constants/unknown. */
  readonly sheet: string | null;
  /** Absolute reference inside that sheet ("$B$2", "$A$2:$A$12"), or a constant formula. */
  readonly ref: string;
  /**
   * The sheet a worksheet-scoped name is local to; null or absent for a
   * workbook-scoped name. In Excel a sheet's own name wins over the
   * workbook's for formulas on that sheet (see {@link namesForSheet}).
   */
  readonly scope?: string | null;
}

export interface WorkbookGrid {
  readonly sheets: readonly SheetGrid[];
  readonly names: readonly DefinedName[];
}

/**
 * `wb.names` ordered as a formula on `sheetName` sees them, for lookups that
 * take the first match: names scoped to that sheet first, then workbook-scoped
 * names, then names scoped to other sheets (kept last, for files whose only
 * copy of a name is local to another sheet). Stable within each group.
 */
export function namesForSheet(wb: WorkbookGrid, sheetName: string): readonly DefinedName[] {
  const key = sheetName.toLowerCase();
  const rank = (n: DefinedName): number => (n.scope === undefined || n.scope === null ? 1 : n.scope.toLowerCase() === key ? 0 : 2);
  return wb.names
    .map((n, i) => ({ n, i, r: rank(n) }))
    .sort((a, b) => a.r - b.r || a.i - b.i)
    .map((x) => x.n);
}

/** Column letters for a 1-based column number: 1 → "A", 27 → "AA". */
export function columnLetter(column: number): string {
  let n = column;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** "B3" for 1-based (row 3, column 2). */
export function cellAddress(row: number, column: number): string {
  return `${columnLetter(column)}${row}`;
}

/** Parses "B3" / "$B$3" to 1-based { row, column }; null if not a single-cell address. */
export function parseCellAddress(address: string): { row: number; column: number } | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(address.trim());
  if (m === null) return null;
  const letters = (m[1] as string).toUpperCase();
  let column = 0;
  for (const ch of letters) column = column * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]), column };
}

/** Parses "A2:A12" (or a single cell) to 1-based corners. */
export function parseRangeAddress(address: string): { top: number; left: number; bottom: number; right: number } | null {
  const [a, b] = address.split(':');
  const p = parseCellAddress(a ?? '');
  const q = b === undefined ? p : parseCellAddress(b);
  if (p === null || q === null) return null;
  return { top: Math.min(p.row, q.row), left: Math.min(p.column, q.column), bottom: Math.max(p.row, q.row), right: Math.max(p.column, q.column) };
}

/** The cell at 1-based (row, column), or an empty cell. */
export function cellAt(grid: SheetGrid, row: number, column: number): GridCell {
  return grid.cells[row - 1]?.[column - 1] ?? EMPTY_CELL;
}

export const EMPTY_CELL: GridCell = { value: null };

/** The text of a cell as a user sees it (numbers as plain strings), "" when empty. */
export function cellText(cell: GridCell): string {
  if (cell.value === null) return '';
  return typeof cell.value === 'string' ? cell.value : String(cell.value);
}
