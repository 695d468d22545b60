/**
 * A1 addresses: parsing ("B2", "$A$1:E10", "A:C", "3:5", "'Chấm điểm'!A1"),
 * formatting (Range.address style "Sheet1!A1:B2"), and rectangle arithmetic.
 * Rows and columns are 0-based inside the fake.
 */

export const MAX_ROWS = 1048576;
export const MAX_COLUMNS = 16384;

/** A rectangle of cells, 0-based. */
export interface Rect {
  readonly row: number;
  readonly col: number;
  readonly rows: number;
  readonly cols: number;
}

export interface ParsedAddress {
  /** The sheet qualifier, unquoted, when the address had one. */
  readonly sheet?: string;
  readonly rect: Rect;
}

export function columnName(col: number): string {
  let n = col + 1;
  let name = '';
  while (n > 0) {
    const m = (n - 1) % 26;
    name = String.fromCharCode(65 + m) + name;
    n = Math.floor((n - m) / 26);
  }
  return name;
}

export function columnIndex(name: string): number {
  let n = 0;
  for (const ch of name.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** Whether a sheet name must be quoted in an address (spaces, punctuation, non-ASCII, or looks like a reference). */
export function needsQuotes(sheetName: string): boolean {
  if (!/^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheetName)) return true;
  // Names that read as a cell (A1, XFD100) or R1C1 reference must be quoted.
  return /^[A-Za-z]{1,3}[0-9]+$/.test(sheetName) || /^[Rr]([0-9]*)?([Cc][0-9]*)?$/.test(sheetName);
}

export function quoteSheetName(sheetName: string): string {
  return needsQuotes(sheetName) ? `'${sheetName.replace(/'/g, "''")}'` : sheetName;
}

export function isEntireColumn(rect: Rect): boolean {
  return rect.row === 0 && rect.rows === MAX_ROWS;
}

export function isEntireRow(rect: Rect): boolean {
  return rect.col === 0 && rect.cols === MAX_COLUMNS;
}

export function cellAddress(row: number, col: number, absolute = false): string {
  return absolute ? `$${columnName(col)}$${row + 1}` : `${columnName(col)}${row + 1}`;
}

/** "A1:B2", "A1", "A:C", "3:5" (absolute with "$" when asked). */
export function rectAddress(rect: Rect, absolute = false): string {
  const d = absolute ? '$' : '';
  if (isEntireRow(rect)) return `${d}${rect.row + 1}:${d}${rect.row + rect.rows}`;
  if (isEntireColumn(rect)) return `${d}${columnName(rect.col)}:${d}${columnName(rect.col + rect.cols - 1)}`;
  const first = cellAddress(rect.row, rect.col, absolute);
  if (rect.rows === 1 && rect.cols === 1) return first;
  return `${first}:${cellAddress(rect.row + rect.rows - 1, rect.col + rect.cols - 1, absolute)}`;
}

/** Range.address style: "Sheet1!A1:B2", "'Chấm điểm'!A1". */
export function qualifiedAddress(sheetName: string, rect: Rect, absolute = false): string {
  return `${quoteSheetName(sheetName)}!${rectAddress(rect, absolute)}`;
}

interface Corner {
  readonly row?: number;
  readonly col?: number;
}

function parseCorner(text: string): Corner | null {
  const m = /^\$?([A-Za-z]{1,3})?\$?([0-9]{1,7})?$/.exec(text);
  if (m === null || (m[1] === undefined && m[2] === undefined)) return null;
  const col = m[1] === undefined ? undefined : columnIndex(m[1]);
  const row = m[2] === undefined ? undefined : Number(m[2]) - 1;
  if (col !== undefined && (col < 0 || col >= MAX_COLUMNS)) return null;
  if (row !== undefined && (row < 0 || row >= MAX_ROWS)) return null;
  return { row, col };
}

/** Splits "Sheet!A1" / "'My sheet'!A1" into the sheet (unquoted) and the rest. */
export function splitSheet(address: string): { sheet?: string; local: string } | null {
  const text = address.trim();
  if (text.startsWith("'")) {
    let i = 1;
    let name = '';
    while (i < text.length) {
      if (text[i] === "'") {
        if (text[i + 1] === "'") {
          name += "'";
          i += 2;
          continue;
        }
        break;
      }
      name += text[i];
      i++;
    }
    if (text[i] !== "'" || text[i + 1] !== '!') return null;
    return { sheet: name, local: text.slice(i + 2) };
  }
  const bang = text.lastIndexOf('!');
  if (bang < 0) return { local: text };
  return { sheet: text.slice(0, bang), local: text.slice(bang + 1) };
}

/** Parses an A1 address; null when it is not one (e.g. a defined name or garbage). */
export function parseAddress(address: string): ParsedAddress | null {
  const split = splitSheet(address);
  if (split === null) return null;
  const parts = split.local.split(':');
  if (parts.length < 1 || parts.length > 2) return null;
  const a = parseCorner(parts[0]);
  const b = parts.length === 2 ? parseCorner(parts[1]) : a;
  if (a === null || b === null) return null;
  let rect: Rect;
  if (a.row !== undefined && a.col !== undefined && b.row !== undefined && b.col !== undefined) {
    const row = Math.min(a.row, b.row);
    const col = Math.min(a.col, b.col);
    rect = { row, col, rows: Math.abs(a.row - b.row) + 1, cols: Math.abs(a.col - b.col) + 1 };
  } else if (parts.length === 2 && a.row === undefined && b.row === undefined && a.col !== undefined && b.col !== undefined) {
    const col = Math.min(a.col, b.col);
    rect = { row: 0, col, rows: MAX_ROWS, cols: Math.abs(a.col - b.col) + 1 };
  } else if (parts.length === 2 && a.col === undefined && b.col === undefined && a.row !== undefined && b.row !== undefined) {
    const row = Math.min(a.row, b.row);
    rect = { row, col: 0, rows: Math.abs(a.row - b.row) + 1, cols: MAX_COLUMNS };
  } else {
    return null;
  }
  return split.sheet === undefined ? { rect } : { sheet: split.sheet, rect };
}

export function rectContains(outer: Rect, row: number, col: number): boolean {
  return row >= outer.row && row < outer.row + outer.rows && col >= outer.col && col < outer.col + outer.cols;
}

export function rectContainsRect(outer: Rect, inner: Rect): boolean {
  return (
    inner.row >= outer.row &&
    inner.col >= outer.col &&
    inner.row + inner.rows <= outer.row + outer.rows &&
    inner.col + inner.cols <= outer.col + outer.cols
  );
}

export function intersect(a: Rect, b: Rect): Rect | null {
  const row = Math.max(a.row, b.row);
  const col = Math.max(a.col, b.col);
  const rowEnd = Math.min(a.row + a.rows, b.row + b.rows);
  const colEnd = Math.min(a.col + a.cols, b.col + b.cols);
  if (rowEnd <= row || colEnd <= col) return null;
  return { row, col, rows: rowEnd - row, cols: colEnd - col };
}

/** a minus b, as up to four rectangles. */
export function subtract(a: Rect, b: Rect): Rect[] {
  const i = intersect(a, b);
  if (i === null) return [a];
  const out: Rect[] = [];
  if (i.row > a.row) out.push({ row: a.row, col: a.col, rows: i.row - a.row, cols: a.cols });
  const aEnd = a.row + a.rows;
  const iEnd = i.row + i.rows;
  if (iEnd < aEnd) out.push({ row: iEnd, col: a.col, rows: aEnd - iEnd, cols: a.cols });
  if (i.col > a.col) out.push({ row: i.row, col: a.col, rows: i.rows, cols: i.col - a.col });
  const aColEnd = a.col + a.cols;
  const iColEnd = i.col + i.cols;
  if (iColEnd < aColEnd) out.push({ row: i.row, col: iColEnd, rows: i.rows, cols: aColEnd - iColEnd });
  return out;
}

export function cellCount(rect: Rect): number {
  return rect.rows * rect.cols;
}

/** Whether a rect is within the sheet's bounds. */
export function inBounds(rect: Rect): boolean {
  return rect.row >= 0 && rect.col >= 0 && rect.rows >= 1 && rect.cols >= 1 && rect.row + rect.rows <= MAX_ROWS && rect.col + rect.cols <= MAX_COLUMNS;
}
