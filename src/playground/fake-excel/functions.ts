/**
 * Worksheet functions and operators that fast-formula-parser lacks or computes
 * differently from Excel, written to Excel's rules:
 * - MIN, MAX, COUNTA, COUNTBLANK, COUNTIFS, SUMIFS, MATCH, VALUE: missing there;
 * - SUM (errors inside ranges propagate), COUNTIF/SUMIF (criteria never match text
 *   against numbers; "" and "<>" test blanks), TRIM (collapses inner spaces),
 *   INDEX (keeps the sheet of a cross-sheet reference): different there;
 * - comparison (blank = "" = 0 = FALSE, text compares case-insensitively) and
 *   "&" (numbers to 15 significant digits).
 */
import FormulaParser from 'fast-formula-parser';
import { numberToText } from './values';

const { FormulaError } = FormulaParser;
type FormulaErrorT = InstanceType<typeof FormulaError>;

type Arg = FormulaParser.Arg;
type Scalar = number | string | boolean | null | FormulaErrorT;

function isError(v: unknown): v is FormulaErrorT {
  return v instanceof FormulaError;
}

function flatten(value: unknown): Scalar[] {
  if (!Array.isArray(value)) return [value as Scalar];
  const out: Scalar[] = [];
  for (const row of value as unknown[]) {
    if (Array.isArray(row)) for (const v of row) out.push(v as Scalar);
    else out.push(row as Scalar);
  }
  return out;
}

function isReferenceOrArray(arg: Arg): boolean {
  return Boolean(arg.isRangeRef || arg.isArray || Array.isArray(arg.value));
}

const NUMERIC = /^\s*[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?\s*$/;

/** A literal argument as a number (TRUE = 1, "12" = 12), or #VALUE!. */
function literalNumber(v: Scalar): number {
  if (isError(v)) throw v;
  if (v === null) return 0;
  if (typeof v === 'number') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (NUMERIC.test(v)) return Number(v);
  throw FormulaError.VALUE;
}

/**
 * The numbers of an aggregate's arguments, Excel style: inside references only numbers
 * count (text, booleans and blanks are skipped) and errors propagate; literals are converted.
 */
function numbersOf(args: readonly Arg[]): number[] {
  const out: number[] = [];
  for (const arg of args) {
    if (arg.omitted) {
      out.push(0);
      continue;
    }
    if (isReferenceOrArray(arg) || arg.isCellRef) {
      for (const v of flatten(arg.value)) {
        if (isError(v)) throw v;
        if (typeof v === 'number') out.push(v);
      }
    } else {
      out.push(literalNumber(arg.value as Scalar));
    }
  }
  return out;
}

// ---------- comparison ----------

function typeRank(v: number | string | boolean): number {
  return typeof v === 'number' ? 1 : typeof v === 'string' ? 2 : 3;
}

function blankLike(other: unknown): number | string | boolean {
  return typeof other === 'string' ? '' : typeof other === 'boolean' ? false : 0;
}

function compareText(a: string, b: string): number {
  const x = a.toLocaleUpperCase();
  const y = b.toLocaleUpperCase();
  return x < y ? -1 : x > y ? 1 : 0;
}

/** Excel's ordering: numbers < text < booleans; a blank takes the other side's type. */
export function compareValues(a: unknown, b: unknown): number {
  const x = (a === null || a === undefined ? blankLike(b) : a) as number | string | boolean;
  const y = (b === null || b === undefined ? blankLike(x) : b) as number | string | boolean;
  const rx = typeRank(x);
  const ry = typeRank(y);
  if (rx !== ry) return rx - ry;
  if (typeof x === 'string') return compareText(x, y as string);
  if (x === y) return 0;
  return (x as number) < (y as number) ? -1 : 1;
}

function applyComparison(op: string, c: number): boolean {
  switch (op) {
    case '=':
      return c === 0;
    case '<>':
      return c !== 0;
    case '<':
      return c < 0;
    case '>':
      return c > 0;
    case '<=':
      return c <= 0;
    default:
      return c >= 0;
  }
}

function first(v: unknown, isArray: boolean): unknown {
  if (isArray && Array.isArray(v)) {
    const row = v[0] as unknown;
    return Array.isArray(row) ? row[0] : row;
  }
  return v;
}

function concatText(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (typeof v === 'number') return numberToText(v);
  return String(v);
}

/** Replaces the parser's comparison and "&" with Excel's (see the file comment). */
export function installOperators(parser: FormulaParser): void {
  const utils = parser.utils;
  const original = utils._applyInfix.bind(utils);
  utils._applyInfix = (r1, infix, r2) => {
    const isCompare = infix === '=' || infix === '<>' || infix === '<' || infix === '>' || infix === '<=' || infix === '>=';
    if (!isCompare && infix !== '&') return original(r1, infix, r2);
    const a = first(r1.val, r1.isArray);
    const b = first(r2.val, r2.isArray);
    if (isError(a)) return a;
    if (isError(b)) return b;
    if (infix === '&') return concatText(a) + concatText(b);
    return applyComparison(infix, compareValues(a, b));
  };
}

// ---------- criteria (COUNTIF, SUMIF, COUNTIFS, SUMIFS) ----------

const ERROR_LITERALS = ['#NULL!', '#DIV/0!', '#VALUE!', '#REF!', '#NAME?', '#NUM!', '#N/A'];

function wildcardRegex(pattern: string): RegExp {
  let re = '';
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i];
    if (ch === '~' && i + 1 < pattern.length) {
      re += pattern[++i].replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    } else if (ch === '*') re += '.*';
    else if (ch === '?') re += '.';
    else re += ch.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${re}$`, 'isu');
}

function isBlank(v: unknown): boolean {
  return v === null || v === undefined;
}

/** Builds the test a COUNTIF-style criterion applies to each cell. */
export function criterion(crit: unknown): (v: unknown) => boolean {
  if (isError(crit)) return (v) => isError(v) && v.error === crit.error;
  if (typeof crit === 'number') {
    return (v) => (typeof v === 'number' && v === crit) || (typeof v === 'string' && NUMERIC.test(v) && Number(v) === crit);
  }
  if (typeof crit === 'boolean') return (v) => v === crit;
  const text = isBlank(crit) ? '' : String(crit);
  const m = /^(<=|>=|<>|<|>|=)?([\s\S]*)$/.exec(text) as RegExpExecArray;
  const op = m[1] ?? '=';
  const rest = m[2];
  if (NUMERIC.test(rest)) {
    const n = Number(rest);
    if (op === '=') return (v) => (typeof v === 'number' && v === n) || (typeof v === 'string' && NUMERIC.test(v) && Number(v) === n);
    if (op === '<>') return (v) => !(typeof v === 'number' && v === n);
    return (v) => typeof v === 'number' && applyComparison(op, v === n ? 0 : v < n ? -1 : 1);
  }
  const upper = rest.toUpperCase();
  if (upper === 'TRUE' || upper === 'FALSE') {
    const b = upper === 'TRUE';
    if (op === '=') return (v) => v === b;
    if (op === '<>') return (v) => v !== b;
    return (v) => typeof v === 'boolean' && applyComparison(op, compareValues(v, b));
  }
  if (ERROR_LITERALS.includes(upper)) {
    if (op === '=') return (v) => isError(v) && v.error === upper;
    if (op === '<>') return (v) => !(isError(v) && v.error === upper);
    return () => false;
  }
  if (rest === '') {
    if (op === '=') return (v) => isBlank(v) || v === '';
    if (op === '<>') return (v) => !isBlank(v) && v !== '';
    return (v) => typeof v === 'string' && applyComparison(op, compareText(v, ''));
  }
  if (op === '=' || op === '<>') {
    const re = wildcardRegex(rest);
    const matches = (v: unknown): boolean => typeof v === 'string' && re.test(v);
    return op === '=' ? matches : (v) => !matches(v);
  }
  return (v) => typeof v === 'string' && applyComparison(op, compareText(v, rest));
}

function grid(value: unknown): unknown[][] {
  if (Array.isArray(value)) return (value as unknown[]).map((row) => (Array.isArray(row) ? row : [row]));
  return [[value]];
}

function sameShape(a: unknown[][], b: unknown[][]): boolean {
  return a.length === b.length && (a[0]?.length ?? 0) === (b[0]?.length ?? 0);
}

/** Indices (row-major) of cells meeting every (range, criterion) pair of a *IFS function. */
function matchingCells(pairs: readonly Arg[]): { rows: number; cols: number; hit: (r: number, c: number) => boolean } {
  if (pairs.length === 0 || pairs.length % 2 !== 0) throw FormulaError.VALUE;
  const ranges: unknown[][][] = [];
  const tests: ((v: unknown) => boolean)[] = [];
  for (let i = 0; i < pairs.length; i += 2) {
    ranges.push(grid(pairs[i].value));
    const c = pairs[i + 1].value;
    tests.push(criterion(Array.isArray(c) ? grid(c)[0][0] : c));
  }
  const shape = ranges[0];
  for (const r of ranges) if (!sameShape(r, shape)) throw FormulaError.VALUE;
  return {
    rows: shape.length,
    cols: shape[0]?.length ?? 0,
    hit: (r, c) => ranges.every((range, k) => tests[k](range[r][c])),
  };
}

// ---------- lookup ----------

function matchIndex(lookup: unknown, values: unknown[], type: number): number {
  if (isError(lookup)) throw lookup;
  if (type === 0) {
    const wild = typeof lookup === 'string' && /[*?~]/.test(lookup) ? wildcardRegex(lookup) : null;
    for (let i = 0; i < values.length; i++) {
      const v = values[i];
      if (wild !== null ? typeof v === 'string' && wild.test(v) : !isBlank(v) && typeRank(v as never) === typeRank((lookup ?? 0) as never) && compareValues(v, lookup) === 0) {
        return i + 1;
      }
    }
    throw FormulaError.NA;
  }
  let found = -1;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (isBlank(v) || isError(v) || typeRank(v as never) !== typeRank((lookup ?? 0) as never)) continue;
    const c = compareValues(v, lookup);
    if (type > 0 ? c <= 0 : c >= 0) found = i + 1;
    else break;
  }
  if (found < 0) throw FormulaError.NA;
  return found;
}

interface RawRef {
  ref?: { sheet?: string; row?: number; col?: number; from?: { row: number; col: number }; to?: { row: number; col: number } };
}

function rawValue(context: FormulaParser, arg: unknown): unknown {
  if (arg === null || arg === undefined) return null;
  return context.utils.extractRefValue(arg).val;
}

function rawNumber(context: FormulaParser, arg: unknown, fallback: number): number {
  if (arg === null || arg === undefined) return fallback;
  const raw = rawValue(context, arg);
  const v = first(raw, Array.isArray(raw));
  return Math.trunc(literalNumber(v as Scalar));
}

/** The top-left corner and size of a raw reference argument. */
function refBox(arg: unknown): { sheet?: string; row: number; col: number; rows: number; cols: number } | null {
  const ref = (arg as RawRef | null)?.ref;
  if (ref === undefined) return null;
  if (ref.from !== undefined && ref.to !== undefined) {
    return { sheet: ref.sheet, row: ref.from.row, col: ref.from.col, rows: ref.to.row - ref.from.row + 1, cols: ref.to.col - ref.from.col + 1 };
  }
  if (ref.row !== undefined && ref.col !== undefined) return { sheet: ref.sheet, row: ref.row, col: ref.col, rows: 1, cols: 1 };
  return null;
}

function boxRef(box: { sheet?: string; row: number; col: number; rows: number; cols: number }): RawRef {
  if (box.rows === 1 && box.cols === 1) return { ref: { sheet: box.sheet, row: box.row, col: box.col } };
  return { ref: { sheet: box.sheet, from: { row: box.row, col: box.col }, to: { row: box.row + box.rows - 1, col: box.col + box.cols - 1 } } };
}

// ---------- the function tables ----------

/** Functions that receive their arguments as values. */
export const VALUE_FUNCTIONS: Record<string, (...args: Arg[]) => unknown> = {
  SUM: (...args) => numbersOf(args).reduce((s, n) => s + n, 0),
  MIN: (...args) => {
    const ns = numbersOf(args);
    return ns.length === 0 ? 0 : Math.min(...ns);
  },
  MAX: (...args) => {
    const ns = numbersOf(args);
    return ns.length === 0 ? 0 : Math.max(...ns);
  },
  AVERAGE: (...args) => {
    const ns = numbersOf(args);
    if (ns.length === 0) throw FormulaError.DIV0;
    return ns.reduce((s, n) => s + n, 0) / ns.length;
  },
  COUNTA: (...args) => {
    let n = 0;
    for (const arg of args) {
      if (arg.omitted) continue;
      if (isReferenceOrArray(arg) || arg.isCellRef) n += flatten(arg.value).filter((v) => !isBlank(v)).length;
      else n++;
    }
    return n;
  },
  COUNTBLANK: (range) => flatten(range.value).filter((v) => isBlank(v) || v === '').length,
  COUNTIF: (range, crit) => {
    const test = criterion(first(crit.value, Boolean(crit.isArray)));
    return flatten(range.value).filter((v) => test(v)).length;
  },
  COUNTIFS: (...pairs) => {
    const m = matchingCells(pairs);
    let n = 0;
    for (let r = 0; r < m.rows; r++) for (let c = 0; c < m.cols; c++) if (m.hit(r, c)) n++;
    return n;
  },
  SUMIFS: (sumRange, ...pairs) => {
    const sums = grid(sumRange.value);
    const m = matchingCells(pairs);
    if (sums.length !== m.rows || (sums[0]?.length ?? 0) !== m.cols) throw FormulaError.VALUE;
    let total = 0;
    for (let r = 0; r < m.rows; r++) {
      for (let c = 0; c < m.cols; c++) {
        const v = sums[r][c];
        if (!m.hit(r, c)) continue;
        if (isError(v)) throw v;
        if (typeof v === 'number') total += v;
      }
    }
    return total;
  },
  MATCH: (lookup, array, type) => {
    const g = grid(array.value);
    if (g.length > 1 && (g[0]?.length ?? 0) > 1) throw FormulaError.NA;
    const values = g.length === 1 ? g[0] : g.map((row) => row[0]);
    const t = type === undefined || type.omitted ? 1 : literalNumber(first(type.value, Boolean(type.isArray)) as Scalar);
    return matchIndex(first(lookup.value, Boolean(lookup.isArray)), values, Math.sign(t));
  },
  VALUE: (text) => {
    const v = first(text.value, Boolean(text.isArray));
    if (isError(v)) throw v;
    if (v === null || v === undefined) return 0;
    if (typeof v === 'number') return v;
    if (typeof v === 'boolean') throw FormulaError.VALUE;
    const s = String(v).trim();
    if (NUMERIC.test(s)) return Number(s);
    if (/^[+-]?(\d+(\.\d*)?|\.\d+)%$/.test(s)) return Number(s.slice(0, -1)) / 100;
    throw FormulaError.VALUE;
  },
  TRIM: (text) => {
    const v = first(text.value, Boolean(text.isArray));
    if (isError(v)) throw v;
    return concatText(v).replace(/ {2,}/g, ' ').replace(/^ +| +$/g, '');
  },
};

/** Functions that receive the parser and raw (unretrieved) arguments: references stay references. */
export const REFERENCE_FUNCTIONS: Record<string, (context: FormulaParser, ...args: unknown[]) => unknown> = {
  SUMIF: (context, range, crit, sumRange) => {
    const box = refBox(range);
    const values = grid(rawValue(context, range));
    const critValue = rawValue(context, crit);
    const test = criterion(first(critValue, Array.isArray(critValue)));
    let sums = values;
    if (sumRange !== undefined && sumRange !== null) {
      const sbox = refBox(sumRange);
      // Excel sizes sum_range like range, from sum_range's top-left cell.
      sums = sbox !== null && box !== null ? grid(rawValue(context, boxRef({ ...sbox, rows: box.rows, cols: box.cols }))) : grid(rawValue(context, sumRange));
    }
    let total = 0;
    for (let r = 0; r < values.length; r++) {
      for (let c = 0; c < values[r].length; c++) {
        if (!test(values[r][c])) continue;
        const v = sums[r]?.[c];
        if (isError(v)) throw v;
        if (typeof v === 'number') total += v;
      }
    }
    return total;
  },
  INDEX: (context, array, rowArg, colArg) => {
    const box = refBox(array);
    let row = rawNumber(context, rowArg, 0);
    let col = rawNumber(context, colArg, 0);
    if (box === null) {
      const g = grid(rawValue(context, array));
      if (g.length === 1 && (colArg === undefined || colArg === null)) [row, col] = [1, row];
      if (row < 1 || col < 1 || row > g.length || col > (g[0]?.length ?? 0)) {
        if (g.length === 1 && g[0].length === 1 && row <= 1 && col <= 1) return g[0][0];
        throw FormulaError.REF;
      }
      return g[row - 1][col - 1];
    }
    if (box.rows === 1 && (colArg === undefined || colArg === null)) [row, col] = [1, row];
    else if (box.cols === 1 && (colArg === undefined || colArg === null)) col = 1;
    if (row < 0 || col < 0 || row > box.rows || col > box.cols) throw FormulaError.REF;
    if (row === 0 && col === 0) return boxRef(box);
    if (row === 0) return boxRef({ ...box, col: box.col + col - 1, cols: 1 });
    if (col === 0) return boxRef({ ...box, row: box.row + row - 1, rows: 1 });
    return boxRef({ sheet: box.sheet, row: box.row + row - 1, col: box.col + col - 1, rows: 1, cols: 1 });
  },
};
