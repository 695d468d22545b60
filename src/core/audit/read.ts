/**
 * Reading a scoring sheet ("Chấm điểm") back from a workbook: found by its
 * header texts, not by fixed addresses, so a sheet whose rows were shifted or
 * whose columns were moved is still read. Pure: works on a WorkbookGrid from
 * any adapter (Office.js, an .xlsx file).
 */
import { buildCriteriaTree, type CriteriaTree } from '../scoring/criteria';
import { computeScores, type ScoreInput, type ScoreResult, type ScoringInputs } from '../scoring/engine';
import {
  OTHER_LANGUAGE_LABEL,
  SCORING_COLUMNS,
  SCORING_HEADERS,
  SCORING_NAMES,
  UNIT_LABEL,
  type ScoringColumn,
} from '../scoring/layout';
import { cellAddress, cellAt, cellText, namesForSheet, parseCellAddress, type GridCell, type SheetGrid, type WorkbookGrid } from '../sheet';
import { CRITERIA_2020_2021 } from '../templates/data/criteria-2020-2021';
import { caseKey, foldKey, normalizeText } from '../text/normalize';

/** How many rows from the top are searched for the header row. */
export const SCORING_HEADER_SEARCH_ROWS = 60;

/** The column roles in header order (A–J on the standard sheet). */
export const SCORING_ROLES = Object.keys(SCORING_COLUMNS) as readonly ScoringColumn[];

type Cells = Readonly<Record<ScoringColumn, GridCell>>;
type Addresses = Readonly<Record<ScoringColumn, string>>;

export interface ScoringRowRead {
  /** The code as written (normalised text: "1.2", "DT"). */
  readonly code: string;
  /** 1-based row on the sheet. */
  readonly row: number;
  /** Each column's cell address on this row ("F12"). */
  readonly address: Addresses;
  /** Each column's cell as read (value, formula, error). */
  readonly cells: Cells;
  /** Raw inputs (columns "Điểm tự chấm" and "Điểm đánh giá"); errors read as null. */
  readonly self: ScoreInput;
  readonly assessed: ScoreInput;
  /** The "Ghi chú" text, normalised; "" when empty. */
  readonly note: string;
}

export interface TotalRowRead {
  readonly row: number;
  readonly address: Addresses;
  readonly cells: Cells;
}

export interface ScoringSheetRead {
  readonly sheet: string;
  readonly headerRow: number;
  /** 1-based column of each role, found by its header text. */
  readonly columns: Readonly<Record<ScoringColumn, number>>;
  /** Every row below the header with a code (up to the grand total row), in sheet order; repeated codes included. */
  readonly rows: readonly ScoringRowRead[];
  /** Each code's first row. */
  readonly byCode: ReadonlyMap<string, ScoringRowRead>;
  readonly totals: { readonly items: TotalRowRead | null; readonly grand: TotalRowRead | null };
  /** The unit (name DonVi, else the cell right of "Đơn vị:"); cell null when neither exists. */
  readonly unit: { readonly value: string; readonly cell: string | null };
  /** The NgoaiNguKhac flag's raw content (name, else the cell right of its label). */
  readonly otherLanguage: { readonly value: ScoreInput; readonly cell: string | null };
  /** What the reference engine needs: every code row's raw inputs. */
  readonly inputs: ScoringInputs;
}

const HEADER_KEYS = SCORING_HEADERS.map((h) => caseKey(h));

/** Column (1-based) of each role in `row` when the row holds all ten header texts, else null. */
function headerColumns(grid: SheetGrid, row: number): Record<ScoringColumn, number> | null {
  const cells = grid.cells[row - 1] ?? [];
  const found = new Map<string, number>();
  cells.forEach((cell, i) => {
    if (typeof cell.value !== 'string') return;
    const key = caseKey(cell.value);
    if (!found.has(key)) found.set(key, i + 1);
  });
  const out: Partial<Record<ScoringColumn, number>> = {};
  for (const [i, role] of SCORING_ROLES.entries()) {
    const column = found.get(HEADER_KEYS[i] as string);
    if (column === undefined) return null;
    out[role] = column;
  }
  return out as Record<ScoringColumn, number>;
}

/** The scoring header of a sheet: its row and columns, or null. */
export function findScoringHeader(grid: SheetGrid): { row: number; columns: Record<ScoringColumn, number> } | null {
  const last = Math.min(grid.cells.length, SCORING_HEADER_SEARCH_ROWS);
  for (let row = 1; row <= last; row++) {
    const columns = headerColumns(grid, row);
    if (columns !== null) return { row, columns };
  }
  return null;
}

/** A cell's content as an engine input; error values read as null. */
export function toScoreInput(cell: GridCell): ScoreInput {
  return cell.error !== undefined ? null : cell.value;
}

/** The code written in a row's "Mã" cell, normalised; "" when empty. */
function codeText(cell: GridCell): string {
  return normalizeText(cellText(cell));
}

function rowCells(grid: SheetGrid, row: number, columns: Record<ScoringColumn, number>): { cells: Cells; address: Addresses } {
  const cells: Partial<Record<ScoringColumn, GridCell>> = {};
  const address: Partial<Record<ScoringColumn, string>> = {};
  for (const role of SCORING_ROLES) {
    cells[role] = cellAt(grid, row, columns[role]);
    address[role] = cellAddress(row, columns[role]);
  }
  return { cells: cells as Cells, address: address as Addresses };
}

/** A total row: no code, and its "Tiêu chí" text starts with "Tổng điểm"; the grand total mentions the bonus (thưởng). */
function totalKind(text: string): 'items' | 'grand' | null {
  const key = foldKey(text);
  if (!key.startsWith('tong diem')) return null;
  return key.includes('thuong') ? 'grand' : 'items';
}

/** The cell a workbook-scope name points to on `sheet`, when it is a single cell there. */
function namedCell(wb: WorkbookGrid, sheet: string, name: string): { row: number; column: number } | null {
  // The sheet's own (worksheet-scoped) name first, as Excel resolves it on that sheet.
  const n = namesForSheet(wb, sheet).find((d) => d.name.toLowerCase() === name.toLowerCase() && d.sheet === sheet);
  return n === undefined ? null : parseCellAddress(n.ref);
}

/** The cell right of a label above the header ("Đơn vị:" → B2). */
function cellRightOf(grid: SheetGrid, label: string, beforeRow: number): { row: number; column: number } | null {
  const key = caseKey(label).replace(/:$/, '').trim();
  for (let row = 1; row < beforeRow; row++) {
    const cells = grid.cells[row - 1] ?? [];
    for (let i = 0; i < cells.length; i++) {
      const text = cells[i]?.value;
      if (typeof text === 'string' && caseKey(text).replace(/:$/, '').trim() === key) return { row, column: i + 2 };
    }
  }
  return null;
}

/** The scoring sheet of a workbook read back: `sheetName`'s, or the first sheet with the header. Null when none. */
export function readScoringSheet(wb: WorkbookGrid, sheetName?: string): ScoringSheetRead | null {
  const candidates = sheetName === undefined ? wb.sheets : wb.sheets.filter((s) => s.name === sheetName);
  for (const grid of candidates) {
    const header = findScoringHeader(grid);
    if (header !== null) return readFrom(wb, grid, header.row, header.columns);
  }
  return null;
}

function readFrom(wb: WorkbookGrid, grid: SheetGrid, headerRow: number, columns: Record<ScoringColumn, number>): ScoringSheetRead {
  const rows: ScoringRowRead[] = [];
  const byCode = new Map<string, ScoringRowRead>();
  let items: TotalRowRead | null = null;
  let grand: TotalRowRead | null = null;
  for (let row = headerRow + 1; row <= grid.cells.length && grand === null; row++) {
    const { cells, address } = rowCells(grid, row, columns);
    const code = codeText(cells.code);
    if (code === '') {
      const kind = totalKind(cellText(cells.text));
      if (kind === 'items' && items === null) items = { row, cells, address };
      else if (kind === 'grand') grand = { row, cells, address };
      continue;
    }
    const entry: ScoringRowRead = {
      code,
      row,
      address,
      cells,
      self: toScoreInput(cells.self),
      assessed: toScoreInput(cells.assessed),
      note: normalizeText(cellText(cells.note)),
    };
    rows.push(entry);
    if (!byCode.has(code)) byCode.set(code, entry);
  }

  const unitAt = namedCell(wb, grid.name, SCORING_NAMES.unit) ?? cellRightOf(grid, UNIT_LABEL, headerRow);
  const flagAt = namedCell(wb, grid.name, SCORING_NAMES.otherLanguage) ?? cellRightOf(grid, OTHER_LANGUAGE_LABEL, headerRow);
  const unit = unitAt === null ? '' : normalizeText(cellText(cellAt(grid, unitAt.row, unitAt.column)));
  const flag = flagAt === null ? null : toScoreInput(cellAt(grid, flagAt.row, flagAt.column));

  const self: Record<string, ScoreInput> = {};
  const assessed: Record<string, ScoreInput> = {};
  for (const [code, r] of byCode) {
    self[code] = r.self;
    assessed[code] = r.assessed;
  }
  return {
    sheet: grid.name,
    headerRow,
    columns,
    rows,
    byCode,
    totals: { items, grand },
    unit: { value: unit, cell: unitAt === null ? null : cellAddress(unitAt.row, unitAt.column) },
    otherLanguage: { value: flag, cell: flagAt === null ? null : cellAddress(flagAt.row, flagAt.column) },
    inputs: { unit, otherLanguage: flag, self, assessed },
  };
}

let standard: CriteriaTree | null = null;

/** The criteria tree of the standard template (2020–2021), built once. */
export function standardCriteriaTree(): CriteriaTree {
  standard ??= buildCriteriaTree(CRITERIA_2020_2021);
  return standard;
}

/** What the tally takes from one unit's scoring sheet. */
export interface ScoringTotals {
  readonly unit: string;
  /** Saved (cached) grand totals in the file; null when the file has none (never recalculated). */
  readonly selfTotal: number | null;
  readonly assessedTotal: number | null;
  /** Per top-level item code, its saved counted scores (null when absent or not a number). */
  readonly items: Readonly<Record<string, { readonly self: number | null; readonly assessed: number | null }>>;
  /** The reference engine over the sheet's inputs. */
  readonly reference: ScoreResult;
}

function cachedNumber(cell: GridCell | undefined): number | null {
  return cell !== undefined && cell.error === undefined && typeof cell.value === 'number' ? cell.value : null;
}

export function scoringTotalsFromSheet(read: ScoringSheetRead, tree: CriteriaTree = standardCriteriaTree()): ScoringTotals {
  const items: Record<string, { self: number | null; assessed: number | null }> = {};
  for (const c of tree.topLevel) {
    const r = read.byCode.get(c.code);
    items[c.code] = { self: cachedNumber(r?.cells.selfCounted), assessed: cachedNumber(r?.cells.assessedCounted) };
  }
  return {
    unit: read.unit.value,
    selfTotal: cachedNumber(read.totals.grand?.cells.selfCounted),
    assessedTotal: cachedNumber(read.totals.grand?.cells.assessedCounted),
    items,
    reference: computeScores(tree, read.inputs),
  };
}
