/**
 * A1 addresses as plain numbers (1-based rows and columns), for the file adapter.
 * Sheet-plan addresses have no sheet name; "$" marks are accepted and ignored.
 */

export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;

export interface CellAddress {
  readonly row: number;
  readonly col: number;
}

export interface RangeBox {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/** 1 → "A", 28 → "AB", 16384 → "XFD". */
export function columnLetters(col: number): string {
  if (!Number.isInteger(col) || col < 1 || col > MAX_COLUMNS) {
    throw new RangeError(`Cột ngoài giới hạn / column out of range: ${col}`);
  }
  let n = col;
  let s = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    s = String.fromCharCode(65 + rem) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** "A" → 1, "xfd" → 16384; 0 when the letters are not a column within Excel's limits. */
export function columnNumber(letters: string): number {
  if (!/^[A-Za-z]{1,3}$/.test(letters)) return 0;
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n <= MAX_COLUMNS ? n : 0;
}

const CELL_RE = /^\$?([A-Za-z]{1,3})\$?([0-9]{1,7})$/;

/** "$B$2" → { row: 2, col: 2 }; undefined when not a cell address within Excel's grid. */
export function tryParseCell(address: string): CellAddress | undefined {
  const m = CELL_RE.exec(address.trim());
  if (!m) return undefined;
  const col = columnNumber(m[1] ?? '');
  const row = Number(m[2]);
  if (col === 0 || row < 1 || row > MAX_ROWS) return undefined;
  return { row, col };
}

/** "A3:E80", "$A$2:$A$12" or a single cell "B2" → its box (corners in any order). */
export function tryParseRange(range: string): RangeBox | undefined {
  const parts = range.trim().split(':');
  if (parts.length === 1) {
    const c = tryParseCell(parts[0] ?? '');
    return c ? { top: c.row, left: c.col, bottom: c.row, right: c.col } : undefined;
  }
  if (parts.length !== 2) return undefined;
  const a = tryParseCell(parts[0] ?? '');
  const b = tryParseCell(parts[1] ?? '');
  if (!a || !b) return undefined;
  return {
    top: Math.min(a.row, b.row),
    left: Math.min(a.col, b.col),
    bottom: Math.max(a.row, b.row),
    right: Math.max(a.col, b.col),
  };
}

export function cellRef(row: number, col: number, absolute = false): string {
  const d = absolute ? '$' : '';
  return `${d}${columnLetters(col)}${d}${row}`;
}

/** "A3:E80" (or "B2" for one cell), without "$". */
export function rangeRef(box: RangeBox, absolute = false): string {
  const tl = cellRef(box.top, box.left, absolute);
  if (box.top === box.bottom && box.left === box.right) return tl;
  return `${tl}:${cellRef(box.bottom, box.right, absolute)}`;
}

export function rangeArea(box: RangeBox): number {
  return (box.bottom - box.top + 1) * (box.right - box.left + 1);
}

/**
 * Area of an A1 reference as it may appear in a file: a cell, a range, whole
 * columns ("$A:$C") or whole rows ("$3:$5"); 0 when it is none of these.
 */
export function referenceArea(ref: string): number {
  const box = tryParseRange(ref);
  if (box) return rangeArea(box);
  const cols = /^\$?([A-Za-z]{1,3}):\$?([A-Za-z]{1,3})$/.exec(ref.trim());
  if (cols) {
    const a = columnNumber(cols[1] ?? '');
    const b = columnNumber(cols[2] ?? '');
    return a && b ? (Math.abs(a - b) + 1) * MAX_ROWS : 0;
  }
  const rows = /^\$?([0-9]{1,7}):\$?([0-9]{1,7})$/.exec(ref.trim());
  if (rows) {
    const a = Number(rows[1]);
    const b = Number(rows[2]);
    return a >= 1 && b >= 1 && a <= MAX_ROWS && b <= MAX_ROWS ? (Math.abs(a - b) + 1) * MAX_COLUMNS : 0;
  }
  return 0;
}
