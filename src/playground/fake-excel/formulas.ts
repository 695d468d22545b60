/**
 * Formula evaluation with fast-formula-parser (MIT).
 *
 * A full recalculation computes every formula cell on demand in sheet order,
 * row by row: a reference to a cell not yet computed computes it first (so the
 * order is always right), deep chains are unwound with an explicit stack, and
 * circular references evaluate to 0 as in Excel. Each evaluation records what
 * it read; after plain cell writes only the written cells' dependents are
 * recomputed (incremental). Anything structural (names, tables, sheets, many
 * cells at once) recalculates everything.
 *
 * Before evaluation, table structured references (Table1[Col], Table1[@Col],
 * Table1[[#Headers],[Col]], Table1[#All], ...) are rewritten to A1 ranges and
 * defined names are resolved to their ranges (names holding constants are not
 * supported and give #NAME?).
 */
import FormulaParser from 'fast-formula-parser';
import { MAX_COLUMNS, MAX_ROWS, cellAddress, parseAddress, qualifiedAddress, quoteSheetName, type Rect } from './address';
import { REFERENCE_FUNCTIONS, VALUE_FUNCTIONS, installOperators } from './functions';
import { type Cell, type SheetState, type TableState, type WorkbookState, findSheet, keyCol, keyRow, resolveName, sameName, valueExtent } from './state';
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
  /** "incremental": only the written cells' dependents; "full": every formula. */
  readonly mode: 'full' | 'incremental';
  /** Formula cells computed. */
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
  const details = e.details;
  if (details instanceof FormulaError) return false;
  // Parser errors are chevrotain "...Exception"s, lexer errors plain objects; other Errors are bugs in a function.
  return !(details instanceof Error) || details.name.endsWith('Exception');
}

// ---------- the engine ----------

/** The parser checks function names against long arrays on every call; sets make that cheap. */
function fastLookups(parser: FormulaParser): void {
  const p = parser as unknown as Record<string, unknown>;
  for (const field of ['funsNullAs0', 'funsNeedContextAndNoDataRetrieve', 'funsNeedContext', 'funsPreserveRef']) {
    const list = p[field];
    if (Array.isArray(list)) {
      const set = new Set<unknown>(list);
      p[field] = { includes: (name: unknown) => set.has(name) };
    }
  }
}

/** A formula cell as the dependency index knows it. */
interface FormulaNode {
  readonly sheet: SheetState;
  readonly key: number;
  /** The full recalculation whose index it belongs to. */
  readonly pass: number;
  /** What its last evaluation read (removed from the index before it is evaluated again). */
  cells: { readonly sheet: SheetState; readonly key: number }[];
  ranges: RangeDependency[];
}

interface RangeDependency {
  readonly sheet: SheetState;
  readonly row: number;
  readonly col: number;
  readonly lastRow: number;
  readonly lastCol: number;
  readonly node: FormulaNode;
}

const VOLATILE = /\b(NOW|TODAY|RAND|RANDBETWEEN|OFFSET|INDIRECT)\s*\(/i;

/** Above this many written cells a full recalculation is cheaper than following dependents. */
const INCREMENTAL_LIMIT = 500;
/** Above this many dependents a full recalculation is cheaper too. */
const AFFECTED_LIMIT = 2000;

export class FormulaEngine {
  private readonly parsers: FormulaParser[] = [];
  private readonly checker: FormulaParser;
  private depth = 0;
  private pass = 0;
  private extents = new Map<SheetState, { rows: number; cols: number }>();
  private sheetsByName = new Map<string, SheetState | undefined>();
  private circular = new Set<string>();
  private stats: RecalcStats = { mode: 'full', formulas: 0, milliseconds: 0, circular: [] };
  // Dependency index, rebuilt by every full recalculation.
  private cellDependents = new Map<SheetState, Map<number, FormulaNode[]>>();
  private rangeDependents = new Map<SheetState, Set<RangeDependency>>();
  private volatile = new Set<FormulaNode>();
  private indexed = false;
  /** Which full recalculation built the index (older nodes on cells are discarded). */
  private indexPass = 0;
  /** The formula being evaluated (reads are recorded as its precedents), and whether a range is being read. */
  private current: FormulaNode | null = null;
  private readingRange = false;
  private computed = 0;

  constructor(private readonly wb: () => WorkbookState) {
    this.checker = new FormulaParser({
      functions: VALUE_FUNCTIONS as never,
      functionsNeedContext: REFERENCE_FUNCTIONS as never,
      onCell: () => null,
      onRange: () => [[null]],
      onVariable: () => ({ row: 1, col: 1 }),
    });
    installOperators(this.checker);
    fastLookups(this.checker);
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

  /**
   * Brings every formula up to date: after cell writes only, the written cells' dependents
   * (found through what each formula read last time) are recomputed; otherwise everything is.
   */
  recalculate(): RecalcStats {
    const started = Date.now();
    const wb = this.wb();
    this.extents = new Map();
    this.sheetsByName = new Map();
    this.circular = new Set();
    this.computed = 0;
    let incremental = !wb.dirty && this.indexed && wb.changed.length <= INCREMENTAL_LIMIT;
    if (incremental) incremental = this.recalculateChanged(wb.changed);
    else this.recalculateAll(wb);
    wb.dirty = false;
    wb.changed = [];
    this.stats = { mode: incremental ? 'incremental' : 'full', formulas: this.computed, milliseconds: Date.now() - started, circular: [...this.circular] };
    return this.stats;
  }

  private recalculateAll(wb: WorkbookState): void {
    this.pass++;
    this.indexPass = this.pass;
    this.cellDependents = new Map();
    this.rangeDependents = new Map();
    this.volatile = new Set();
    for (const sheet of wb.sheets) {
      const keys: number[] = [];
      for (const [key, cell] of sheet.cells) if (cell.formula !== undefined) keys.push(key);
      keys.sort((a, b) => a - b);
      for (const key of keys) this.drive(sheet, key);
    }
    this.indexed = true;
  }

  /** Returns false when it fell back to a full recalculation. */
  private recalculateChanged(changed: readonly { readonly sheet: SheetState; readonly key: number }[]): boolean {
    const affected = new Set<FormulaNode>(this.volatile);
    const queue = [...changed];
    const seen = new Set<string>();
    while (queue.length > 0) {
      const at = queue.pop() as { sheet: SheetState; key: number };
      const id = `${at.sheet.id}:${at.key}`;
      if (seen.has(id)) continue;
      seen.add(id);
      const cell = at.sheet.cells.get(at.key);
      if (cell?.formula !== undefined) affected.add(this.node(at.sheet, at.key, cell));
      for (const dependent of this.dependentsOf(at.sheet, at.key)) {
        if (!affected.has(dependent)) {
          affected.add(dependent);
          queue.push(dependent);
        }
      }
    }
    if (affected.size > AFFECTED_LIMIT) {
      // Most of the workbook depends on what changed: start over.
      this.recalculateAll(this.wb());
      return false;
    }
    const order = new Map(this.wb().sheets.map((s, i) => [s, i]));
    const list = [...affected].filter((n) => order.has(n.sheet)).sort((a, b) => (order.get(a.sheet) as number) - (order.get(b.sheet) as number) || a.key - b.key);
    for (const n of list) {
      const cell = n.sheet.cells.get(n.key);
      if (cell !== undefined) delete cell.calcPass;
    }
    for (const n of list) this.drive(n.sheet, n.key);
    return true;
  }

  /** Formulas that read the cell (directly or through a range) when they were last evaluated. */
  private dependentsOf(sheet: SheetState, key: number): FormulaNode[] {
    const out: FormulaNode[] = [];
    const live = (n: FormulaNode): boolean => {
      const cell = n.sheet.cells.get(n.key);
      return cell !== undefined && cell.formula !== undefined && cell.node === n;
    };
    for (const n of this.cellDependents.get(sheet)?.get(key) ?? []) if (live(n)) out.push(n);
    const row = keyRow(key);
    const col = keyCol(key);
    for (const d of this.rangeDependents.get(sheet) ?? []) {
      if (row >= d.row && row <= d.lastRow && col >= d.col && col <= d.lastCol && live(d.node)) out.push(d.node);
    }
    return out;
  }

  private node(sheet: SheetState, key: number, cell: Cell): FormulaNode {
    let n = cell.node as FormulaNode | undefined;
    if (n === undefined || n.sheet !== sheet || n.key !== key || n.pass < this.indexPass) {
      n = { sheet, key, pass: this.indexPass, cells: [], ranges: [] };
      cell.node = n;
    }
    return n;
  }

  /** Forgets what a formula read, before it is evaluated again. */
  private unlink(n: FormulaNode): void {
    for (const c of n.cells) {
      const list = this.cellDependents.get(c.sheet)?.get(c.key);
      const at = list === undefined ? -1 : list.indexOf(n);
      if (at >= 0) (list as FormulaNode[]).splice(at, 1);
    }
    for (const r of n.ranges) this.rangeDependents.get(r.sheet)?.delete(r);
    n.cells = [];
    n.ranges = [];
    this.volatile.delete(n);
  }

  private recordCell(sheet: SheetState, key: number): void {
    const n = this.current;
    if (n === null || this.readingRange) return;
    let bySheet = this.cellDependents.get(sheet);
    if (bySheet === undefined) {
      bySheet = new Map();
      this.cellDependents.set(sheet, bySheet);
    }
    const list = bySheet.get(key);
    if (list === undefined) bySheet.set(key, [n]);
    else if (list[list.length - 1] === n) return;
    else list.push(n);
    n.cells.push({ sheet, key });
  }

  private recordRange(sheet: SheetState, row: number, col: number, lastRow: number, lastCol: number): void {
    const n = this.current;
    if (n === null || this.readingRange) return;
    const d: RangeDependency = { sheet, row, col, lastRow, lastCol, node: n };
    let set = this.rangeDependents.get(sheet);
    if (set === undefined) {
      set = new Set();
      this.rangeDependents.set(sheet, set);
    }
    set.add(d);
    n.ranges.push(d);
  }

  /** Evaluates one formula at a cell position without storing it (conditional formats, tests). */
  evaluate(sheet: SheetState, row: number, col: number, formula: string): CellValue {
    if (this.depth !== 0) throw new Error('FormulaEngine.evaluate is not re-entrant');
    this.sheetsByName = new Map();
    try {
      return fromParserValue(this.parser(1).parse(resolveStructuredRefs(this.wb(), formula.replace(/^=/, ''), row), { sheet: sheet.name, row: row + 1, col: col + 1 }));
    } catch (e) {
      if (findDefer(e) !== null) throw new Error('evaluate() needs a recalculated workbook');
      return cellError(isSyntaxError(e) ? '#NAME?' : '#VALUE!');
    }
  }

  /** Computes a cell and, first, whatever it needs that is too deep to reach recursively. */
  private drive(sheet: SheetState, key: number): void {
    const cell = sheet.cells.get(key);
    if (cell === undefined || cell.formula === undefined || cell.calcPass === this.pass) return;
    try {
      this.compute(sheet, key, cell);
      return;
    } catch (e) {
      if (findDefer(e) === null) throw e;
    }
    const stack: Defer[] = [new Defer(sheet, key)];
    const onStack = new Set<Cell>();
    while (stack.length > 0) {
      const top = stack[stack.length - 1];
      const c = top.sheet.cells.get(top.key);
      if (c === undefined || c.formula === undefined || c.calcPass === this.pass) {
        stack.pop();
        continue;
      }
      onStack.add(c);
      try {
        this.compute(top.sheet, top.key, c);
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
    const formula = cell.formula as string;
    const n = this.node(sheet, key, cell);
    this.unlink(n);
    if (VOLATILE.test(formula)) this.volatile.add(n);
    const saved = { current: this.current, readingRange: this.readingRange };
    this.current = n;
    this.readingRange = false;
    cell.busy = true;
    this.depth++;
    let result: unknown;
    try {
      const text = resolveStructuredRefs(this.wb(), formula.slice(1), row);
      result = this.parser(this.depth).parse(text, { sheet: sheet.name, row: row + 1, col: col + 1 });
    } catch (e) {
      const defer = findDefer(e);
      if (defer !== null) {
        cell.busy = false;
        this.depth--;
        this.current = saved.current;
        this.readingRange = saved.readingRange;
        throw defer;
      }
      result = isSyntaxError(e) ? FormulaError.NAME : e instanceof FormulaError && e.details instanceof FormulaError ? e.details : FormulaError.VALUE;
    }
    this.depth--;
    this.current = saved.current;
    this.readingRange = saved.readingRange;
    cell.busy = false;
    cell.value = fromParserValue(result);
    cell.calcPass = this.pass;
    this.computed++;
  }

  private parser(depth: number): FormulaParser {
    while (this.parsers.length <= depth) {
      const p = new FormulaParser({
        functions: VALUE_FUNCTIONS as never,
        functionsNeedContext: REFERENCE_FUNCTIONS as never,
        onCell: (ref) => this.cellValue(ref.sheet, ref.row - 1, ref.col - 1),
        onRange: (ref) => this.rangeValues(ref),
        onVariable: (name, sheetName) => this.nameRef(name, sheetName),
      });
      installOperators(p);
      fastLookups(p);
      this.parsers.push(p);
    }
    return this.parsers[depth];
  }

  private sheetNamed(name: string | undefined): SheetState | undefined {
    if (name === undefined) return undefined;
    if (!this.sheetsByName.has(name)) this.sheetsByName.set(name, findSheet(this.wb(), name));
    return this.sheetsByName.get(name);
  }

  private valueOf(sheet: SheetState, row: number, col: number): unknown {
    const key = row * MAX_COLUMNS + col;
    this.recordCell(sheet, key);
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
    this.recordRange(sheet, ref.from.row - 1, ref.from.col - 1, ref.to.row - 1, ref.to.col - 1);
    let lastRow = ref.to.row - 1;
    let lastCol = ref.to.col - 1;
    // Whole rows/columns: only the part that holds values matters.
    if (ref.to.row >= MAX_ROWS || ref.to.col >= MAX_COLUMNS) {
      const e = this.extent(sheet);
      if (ref.to.row >= MAX_ROWS) lastRow = Math.max(ref.from.row - 1, e.rows - 1);
      if (ref.to.col >= MAX_COLUMNS) lastCol = Math.max(ref.from.col - 1, e.cols - 1);
    }
    const outer = this.readingRange;
    this.readingRange = true;
    try {
      const out: unknown[][] = [];
      for (let r = ref.from.row - 1; r <= lastRow; r++) {
        const line: unknown[] = [];
        for (let c = ref.from.col - 1; c <= lastCol; c++) line.push(this.valueOf(sheet, r, c));
        out.push(line);
      }
      return out;
    } finally {
      this.readingRange = outer;
    }
  }

  /** A name in a formula on `sheetName`: that sheet's own name first, else the workbook's. */
  private nameRef(name: string, sheetName?: string): FormulaParser.CellRef | FormulaParser.RangeRef | null {
    const item = resolveName(this.wb(), name, this.sheetNamed(sheetName === '' ? undefined : sheetName));
    if (item === undefined) return null;
    const parsed = parseAddress(item.formula.replace(/^=/, ''));
    if (parsed === null || parsed.sheet === undefined) return null;
    const { rect } = parsed;
    if (rect.rows === 1 && rect.cols === 1) return { sheet: parsed.sheet, row: rect.row + 1, col: rect.col + 1 };
    return { sheet: parsed.sheet, from: { row: rect.row + 1, col: rect.col + 1 }, to: { row: rect.row + rect.rows, col: rect.col + rect.cols } };
  }
}
