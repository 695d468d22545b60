/**
 * Formula evaluation with fast-formula-parser (MIT): a full recalculation of
 * every formula cell after each batch that changed cells. Cells are computed
 * on demand in sheet order, row by row; a reference to a cell not yet computed
 * computes it first (so order is always right), deep chains are unwound with
 * an explicit stack, and circular references evaluate to 0 as in Excel.
 *
 * Before evaluation, table structured references (Table1[Col], Table1[@Col],
 * Table1[[#Headers],[Col]], Table1[#All], ...) are rewritten to A1 ranges and
 * defined names are resolved to their ranges (names holding constants are not
 * supported and give #NAME?).
 */
import FormulaParser from 'fast-formula-parser';
import { MAX_COLUMNS, MAX_ROWS, cellAddress, parseAddress, qualifiedAddress, quoteSheetName, type Rect } from './address';
import { REFERENCE_FUNCTIONS, VALUE_FUNCTIONS, installOperators } from './functions';
import { type Cell, type SheetState, type TableState, type WorkbookState, findSheet, keyCol, keyRow, sameName, valueExtent } from './state';
import { type CellValue, cellError, isCellError } from './values';

const { FormulaError } = FormulaParser;

/** Recursion depth after which a dependency is computed from a fresh stack instead. */
const MAX_DEPTH = 60;

class Defer {
  constructor(
    readonly sheet: SheetState,
    readonly key: number,
  ) {}
}

export interface RecalcStats {
  readonly formulas: number;
  readonly milliseconds: number;
  /** "Sheet!A1" of cells found on a circular reference in the last pass. */
  readonly circular: readonly string[];
}

function findDefer(e: unknown): Defer | null {
  let cur: unknown = e;
  for (let i = 0; i < 8 && cur !== null && cur !== undefined; i++) {
    if (cur instanceof Defer) return cur;
    cur = (cur as { details?: unknown }).details;
  }
  return null;
}

function toParserValue(v: CellValue | null): unknown {
  if (v === null) return null;
  if (isCellError(v)) return new FormulaError(v.error);
  return v;
}

function fromParserValue(v: unknown): CellValue {
  if (v instanceof FormulaError) return cellError(v.error === '#ERROR!' ? '#VALUE!' : v.error);
  if (v === null || v === undefined) return 0;
  if (typeof v === 'number') return Number.isFinite(v) ? v + 0 : cellError(Number.isNaN(v) ? '#VALUE!' : '#NUM!');
  if (typeof v === 'string' || typeof v === 'boolean') return v;
  if (Array.isArray(v)) return fromParserValue(Array.isArray(v[0]) ? (v[0] as unknown[])[0] : v[0]);
  return cellError('#VALUE!');
}

/** Formula text outside string literals, for rewriting; strings are left as they are. */
function mapOutsideStrings(formula: string, fn: (code: string) => string): string {
  let out = '';
  let i = 0;
  while (i < formula.length) {
    const q = formula.indexOf('"', i);
    if (q < 0) {
      out += fn(formula.slice(i));
      break;
    }
    out += fn(formula.slice(i, q));
    let end = q + 1;
    while (end < formula.length) {
      if (formula[end] === '"') {
        if (formula[end + 1] === '"') {
          end += 2;
          continue;
        }
        break;
      }
      end++;
    }
    out += formula.slice(q, end + 1);
    i = end + 1;
  }
  return out;
}

const SHEET_QUALIFIER = /('(?:[^']|'')+'|[\p{L}\p{N}_.]+)!/gu;

function unquote(q: string): string {
  return q.startsWith("'") ? q.slice(1, -1).replace(/''/g, "'") : q;
}

/** Rewrites references to a renamed sheet, as Excel does. */
export function renameSheetInFormula(formula: string, oldName: string, newName: string): string {
  return mapOutsideStrings(formula, (code) =>
    code.replace(SHEET_QUALIFIER, (all: string, q: string) => (sameName(unquote(q), oldName) ? `${quoteSheetName(newName)}!` : all)),
  );
}

const QUALIFIED_REF = /('(?:[^']|'')+'|[\p{L}\p{N}_.]+)!(\$?[A-Za-z]{1,3}\$?\d+(?::\$?[A-Za-z]{1,3}\$?\d+)?|\$?[A-Za-z]{1,3}:\$?[A-Za-z]{1,3}|\$?\d+:\$?\d+)/gu;

/** Turns references to a deleted sheet into #REF!, as Excel does. */
export function deleteSheetInFormula(formula: string, name: string): string {
  return mapOutsideStrings(formula, (code) => code.replace(QUALIFIED_REF, (all: string, q: string) => (sameName(unquote(q), name) ? '#REF!' : all)));
}

// ---------- structured references ----------

const STRUCTURED = /([\p{L}_\\][\p{L}\p{N}_.]*)\[((?:[^[\]]|\[[^\]]*\])*)\]/gu;

function tableRange(wb: WorkbookState, table: TableState, part: 'all' | 'data' | 'headers', colFrom: number, colTo: number, thisRow?: number): string | null {
  const sheet = wb.sheets.find((s) => s.id === table.sheetId);
  if (sheet === undefined) return null;
  const header = table.showHeaders ? 1 : 0;
  let row = table.rect.row;
  let rows = table.rect.rows;
  if (part === 'headers') {
    if (!table.showHeaders) return null;
    rows = 1;
  } else if (part === 'data') {
    row += header;
    rows -= header + (table.showTotals ? 1 : 0);
  }
  if (thisRow !== undefined) {
    if (thisRow < row || thisRow >= row + rows) return null;
    row = thisRow;
    rows = 1;
  }
  const rect: Rect = { row, col: table.rect.col + colFrom, rows, cols: colTo - colFrom + 1 };
  return qualifiedAddress(sheet.name, rect, true);
}

function columnIndexIn(table: TableState, name: string): number {
  return table.columns.findIndex((c) => sameName(c.name, name.trim()));
}

/** Rewrites one structured reference body ("@Col", "[#Headers],[Col]", "[A]:[B]", "#All", ""). */
function structuredToA1(wb: WorkbookState, table: TableState, body: string, formulaRow: number): string | null {
  const items = body.trim() === '' ? [] : body.split(/,(?![^[]*\])/).map((s) => s.trim());
  let part: 'all' | 'data' | 'headers' = 'data';
  let thisRow: number | undefined;
  let colFrom = 0;
  let colTo = table.columns.length - 1;
  const columnSpecs: string[] = [];
  for (const raw of items) {
    let item = raw;
    if (item.startsWith('@')) {
      thisRow = formulaRow;
      item = item.slice(1).trim();
      if (item === '') continue;
    }
    const inner = item.startsWith('[') && item.endsWith(']') && !item.includes('],[') && !/\]\s*:\s*\[/.test(item) ? item.slice(1, -1) : item;
    const special = inner.toLowerCase();
    if (special === '#all') part = 'all';
    else if (special === '#data') part = 'data';
    else if (special === '#headers') part = 'headers';
    else if (special === '#this row') thisRow = formulaRow;
    else if (special === '#totals') return null;
    else columnSpecs.push(item);
  }
  if (columnSpecs.length > 1) return null;
  if (columnSpecs.length === 1) {
    const spec = columnSpecs[0];
    const span = /^\[([^\]]*)\]\s*:\s*\[([^\]]*)\]$/.exec(spec);
    const names = span === null ? [spec.replace(/^\[|\]$/g, '')] : [span[1], span[2]];
    const idx = names.map((n) => columnIndexIn(table, n));
    if (idx.some((i) => i < 0)) return null;
    colFrom = Math.min(...idx);
    colTo = Math.max(...idx);
  }
  return tableRange(wb, table, part, colFrom, colTo, thisRow);
}

/** Rewrites table structured references to absolute A1 ranges (unknown tables are left alone). */
export function resolveStructuredRefs(wb: WorkbookState, formula: string, formulaRow: number): string {
  if (!formula.includes('[')) return formula;
  return mapOutsideStrings(formula, (code) =>
    code.replace(STRUCTURED, (all: string, name: string, body: string) => {
      const table = wb.tables.find((t) => sameName(t.name, name));
      if (table === undefined) return all;
      return structuredToA1(wb, table, body, formulaRow) ?? '#REF!';
    }),
  );
}

// ---------- syntax check ----------

function isSyntaxError(e: unknown): boolean {
  if (!(e instanceof FormulaError) || e.error !== '#ERROR!') return false;
  const details = e.details as { name?: unknown } | undefined;
  if (details === undefined || details === null) return true;
  if (details instanceof FormulaError) return false;
  return typeof details.name === 'string' && details.name.endsWith('Exception');
}

// ---------- the engine ----------

export class FormulaEngine {
  private readonly parsers: FormulaParser[] = [];
  private readonly checker: FormulaParser;
  private depth = 0;
  private pass = 0;
  private extents = new Map<SheetState, { rows: number; cols: number }>();
  private circular = new Set<string>();
  private stats: RecalcStats = { formulas: 0, milliseconds: 0, circular: [] };

  constructor(private readonly wb: () => WorkbookState) {
    this.checker = new FormulaParser({
      functions: VALUE_FUNCTIONS as never,
      functionsNeedContext: REFERENCE_FUNCTIONS as never,
      onCell: () => null,
      onRange: () => [[null]],
      onVariable: () => ({ row: 1, col: 1 }),
    });
    installOperators(this.checker);
  }

  get lastRecalc(): RecalcStats {
    return this.stats;
  }

  /** Null when the formula (with "=") parses; otherwise why not. */
  syntaxError(formula: string, row = 0): string | null {
    const text = resolveStructuredRefs(this.wb(), formula.replace(/^=/, ''), row);
    if (text.trim() === '') return 'the formula is empty';
    try {
      this.checker.parse(text, { sheet: '', row: row + 1, col: 1 });
      return null;
    } catch (e) {
      return isSyntaxError(e) ? `'${formula}' is not a valid formula` : null;
    }
  }

  /** Recomputes every formula cell of the workbook. */
  recalculate(): RecalcStats {
    const started = Date.now();
    const wb = this.wb();
    this.pass++;
    this.extents = new Map();
    this.circular = new Set();
    let formulas = 0;
    for (const sheet of wb.sheets) {
      const keys: number[] = [];
      for (const [key, cell] of sheet.cells) if (cell.formula !== undefined) keys.push(key);
      keys.sort((a, b) => a - b);
      formulas += keys.length;
      for (const key of keys) this.drive(sheet, key);
    }
    wb.dirty = false;
    this.stats = { formulas, milliseconds: Date.now() - started, circular: [...this.circular] };
    return this.stats;
  }

  /** Evaluates one formula at a cell position without storing it (conditional formats, tests). */
  evaluate(sheet: SheetState, row: number, col: number, formula: string): CellValue {
    if (this.depth !== 0) throw new Error('FormulaEngine.evaluate is not re-entrant');
    try {
      return fromParserValue(this.parser(1).parse(resolveStructuredRefs(this.wb(), formula.replace(/^=/, ''), row), { sheet: sheet.name, row: row + 1, col: col + 1 }));
    } catch (e) {
      if (findDefer(e) !== null) throw new Error('evaluate() needs a recalculated workbook');
      return cellError(isSyntaxError(e) ? '#NAME?' : '#VALUE!');
    }
  }

  /** Computes a cell and, first, whatever it needs that is too deep to reach recursively. */
  private drive(sheet: SheetState, key: number): void {
    const stack: Defer[] = [new Defer(sheet, key)];
    const onStack = new Set<Cell>();
    while (stack.length > 0) {
      const top = stack[stack.length - 1];
      const cell = top.sheet.cells.get(top.key);
      if (cell === undefined || cell.formula === undefined || cell.calcPass === this.pass) {
        stack.pop();
        continue;
      }
      onStack.add(cell);
      try {
        this.compute(top.sheet, top.key, cell);
        stack.pop();
      } catch (e) {
        const d = findDefer(e);
        if (d === null) throw e;
        const dep = d.sheet.cells.get(d.key);
        if (dep !== undefined && onStack.has(dep)) {
          // A cycle longer than the recursion limit: Excel shows 0.
          dep.value = 0;
          dep.calcPass = this.pass;
          this.circular.add(`${d.sheet.name}!${cellAddress(keyRow(d.key), keyCol(d.key))}`);
        } else {
          stack.push(d);
        }
      }
    }
  }

  private compute(sheet: SheetState, key: number, cell: Cell): void {
    const row = keyRow(key);
    const col = keyCol(key);
    cell.busy = true;
    this.depth++;
    let result: unknown;
    try {
      const text = resolveStructuredRefs(this.wb(), (cell.formula as string).slice(1), row);
      result = this.parser(this.depth).parse(text, { sheet: sheet.name, row: row + 1, col: col + 1 });
    } catch (e) {
      if (findDefer(e) !== null) {
        cell.busy = false;
        this.depth--;
        throw findDefer(e);
      }
      result = isSyntaxError(e) ? FormulaError.NAME : e instanceof FormulaError && e.details instanceof FormulaError ? e.details : FormulaError.VALUE;
    }
    this.depth--;
    cell.busy = false;
    cell.value = fromParserValue(result);
    cell.calcPass = this.pass;
  }

  private parser(depth: number): FormulaParser {
    while (this.parsers.length <= depth) {
      const p = new FormulaParser({
        functions: VALUE_FUNCTIONS as never,
        functionsNeedContext: REFERENCE_FUNCTIONS as never,
        onCell: (ref) => this.cellValue(ref.sheet, ref.row - 1, ref.col - 1),
        onRange: (ref) => this.rangeValues(ref),
        onVariable: (name) => this.nameRef(name),
      });
      installOperators(p);
      this.parsers.push(p);
    }
    return this.parsers[depth];
  }

  private sheetNamed(name: string | undefined): SheetState | undefined {
    return name === undefined ? undefined : findSheet(this.wb(), name);
  }

  private valueOf(sheet: SheetState, row: number, col: number): unknown {
    const key = row * MAX_COLUMNS + col;
    const cell = sheet.cells.get(key);
    if (cell === undefined) return null;
    if (cell.formula !== undefined && cell.calcPass !== this.pass) {
      if (cell.busy) {
        this.circular.add(`${sheet.name}!${cellAddress(row, col)}`);
        return 0;
      }
      if (this.depth >= MAX_DEPTH) throw new Defer(sheet, key);
      this.compute(sheet, key, cell);
    }
    return toParserValue(cell.value);
  }

  private cellValue(sheetName: string | undefined, row: number, col: number): unknown {
    const sheet = this.sheetNamed(sheetName);
    if (sheet === undefined) return FormulaError.REF;
    return this.valueOf(sheet, row, col);
  }

  private extent(sheet: SheetState): { rows: number; cols: number } {
    let e = this.extents.get(sheet);
    if (e === undefined) {
      e = valueExtent(sheet);
      this.extents.set(sheet, e);
    }
    return e;
  }

  private rangeValues(ref: FormulaParser.RangeRef): unknown[][] {
    const sheet = this.sheetNamed(ref.sheet);
    if (sheet === undefined) return [[FormulaError.REF]];
    let lastRow = ref.to.row - 1;
    let lastCol = ref.to.col - 1;
    // Whole rows/columns: only the part that holds values matters.
    if (ref.to.row >= MAX_ROWS || ref.to.col >= MAX_COLUMNS) {
      const e = this.extent(sheet);
      if (ref.to.row >= MAX_ROWS) lastRow = Math.max(ref.from.row - 1, e.rows - 1);
      if (ref.to.col >= MAX_COLUMNS) lastCol = Math.max(ref.from.col - 1, e.cols - 1);
    }
    const out: unknown[][] = [];
    for (let r = ref.from.row - 1; r <= lastRow; r++) {
      const line: unknown[] = [];
      for (let c = ref.from.col - 1; c <= lastCol; c++) line.push(this.valueOf(sheet, r, c));
      out.push(line);
    }
    return out;
  }

  private nameRef(name: string): FormulaParser.CellRef | FormulaParser.RangeRef | null {
    const item = this.wb().names.find((n) => sameName(n.name, name));
    if (item === undefined) return null;
    const parsed = parseAddress(item.formula.replace(/^=/, ''));
    if (parsed === null || parsed.sheet === undefined) return null;
    const { rect } = parsed;
    if (rect.rows === 1 && rect.cols === 1) return { sheet: parsed.sheet, row: rect.row + 1, col: rect.col + 1 };
    return { sheet: parsed.sheet, from: { row: rect.row + 1, col: rect.col + 1 }, to: { row: rect.row + rect.rows, col: rect.col + rect.cols } };
  }
}
