/**
 * Neutral, plain data read from a workbook file: what the core may use. No
 * ExcelJS types leak past this module.
 */

export type ReadValue = string | number | boolean | null;

export interface ReadCell {
  /**
   * The cell's value; for a formula cell, its cached result as stored in the
   * file (null when the file has none). Dates are ISO text (see `date`).
   */
  readonly value: ReadValue;
  /** Formula text without "=" and without `_xlfn.`-style prefixes; never evaluated. */
  readonly formula?: string;
  /** An error value ("#DIV/0!", "#N/A"…), for the cell or its cached formula result; value is then null. */
  readonly error?: string;
  /** The cell's note (comment) as plain text. */
  readonly note?: string;
  /** True when value is a date: "yyyy-mm-dd", or "yyyy-mm-ddThh:mm:ss" when it has a time of day. */
  readonly date?: true;
  /** A hyperlink's target; value holds its display text. */
  readonly hyperlink?: string;
}

export interface TableData {
  readonly name: string;
  /** "A3:E80", header row included. */
  readonly ref: string;
}

export interface SheetData {
  readonly name: string;
  readonly state: 'visible' | 'hidden' | 'veryHidden';
  /**
   * 0-based grid from A1 to the last row and column holding a value, formula,
   * error or note: cells[r][c] is the cell at row r+1, column c+1. Every row has
   * `columnCount` cells; empty cells are `{ value: null }`.
   */
  readonly cells: readonly (readonly ReadCell[])[];
  readonly rowCount: number;
  readonly columnCount: number;
  /** Merged ranges, e.g. "A1:E1". The value sits in the top-left cell; the others read as empty. */
  readonly merges: readonly string[];
  readonly tables: readonly TableData[];
}

export interface NameData {
  readonly name: string;
  /** The sheet the name points into, when it is one plain range there; else null. */
  readonly sheet: string | null;
  /** "$B$2" or "$A$2:$A$12" when `sheet` is set; otherwise the name's whole formula text (no "="). */
  readonly ref: string;
  /** The sheet a sheet-scoped name belongs to; null for workbook-scope names. */
  readonly scope: string | null;
}

export interface WorkbookData {
  readonly sheets: readonly SheetData[];
  /** Defined names, except Excel's built-in `_xlnm.*` ones (print titles, print area, filters). */
  readonly names: readonly NameData[];
}

/** Limits applied to an input file before anything parses it. */
export interface ReadLimits {
  /** Size of the file itself. */
  readonly maxFileBytes: number;
  /** Sum of the entries' uncompressed sizes. */
  readonly maxUncompressedBytes: number;
  readonly maxEntries: number;
  /** Highest uncompressed:compressed ratio for an entry larger than `ratioMinBytes`. */
  readonly maxRatio: number;
  readonly ratioMinBytes: number;
  /**
   * Cells the parser would create: cell and row elements plus the areas of
   * merged ranges, data validations and absolute defined-name ranges (which
   * ExcelJS expands cell by cell); also bounds each sheet's read grid.
   */
  readonly maxCells: number;
}
