/**
 * Formula text as stored in a file: the `_xlfn.` prefixes Excel requires for
 * functions newer than Excel 2007, and relative-reference translation for
 * shared formulas. A small tokenizer keeps string literals, quoted sheet
 * names and structured references untouched.
 */
import { MAX_COLUMNS, MAX_ROWS, columnLetters, columnNumber } from './address';

/**
 * Functions a file must store with a prefix (Excel 2010 and later); anything
 * not listed is written as is. LET/LAMBDA are deliberately absent: their
 * parameters need `_xlpm.` prefixes too, which plans never need.
 */
export const FUTURE_FUNCTIONS: Readonly<Record<string, string>> = buildFutureTable();

function buildFutureTable(): Record<string, string> {
  const xlfn = [
    // Excel 2010
    'AGGREGATE', 'BETA.DIST', 'BETA.INV', 'BINOM.DIST', 'BINOM.INV', 'CEILING.PRECISE', 'CHISQ.DIST',
    'CHISQ.DIST.RT', 'CHISQ.INV', 'CHISQ.INV.RT', 'CHISQ.TEST', 'CONFIDENCE.NORM', 'CONFIDENCE.T',
    'COVARIANCE.P', 'COVARIANCE.S', 'ERF.PRECISE', 'ERFC.PRECISE', 'EXPON.DIST', 'F.DIST', 'F.DIST.RT',
    'F.INV', 'F.INV.RT', 'F.TEST', 'FLOOR.PRECISE', 'GAMMA.DIST', 'GAMMA.INV', 'GAMMALN.PRECISE',
    'HYPGEOM.DIST', 'LOGNORM.DIST', 'LOGNORM.INV', 'MODE.MULT', 'MODE.SNGL', 'NEGBINOM.DIST',
    'NETWORKDAYS.INTL', 'NORM.DIST', 'NORM.INV', 'NORM.S.DIST', 'NORM.S.INV', 'PERCENTILE.EXC',
    'PERCENTILE.INC', 'PERCENTRANK.EXC', 'PERCENTRANK.INC', 'POISSON.DIST', 'QUARTILE.EXC',
    'QUARTILE.INC', 'RANK.AVG', 'RANK.EQ', 'STDEV.P', 'STDEV.S', 'T.DIST', 'T.DIST.2T', 'T.DIST.RT',
    'T.INV', 'T.INV.2T', 'T.TEST', 'VAR.P', 'VAR.S', 'WEIBULL.DIST', 'WORKDAY.INTL', 'Z.TEST',
    // Excel 2013
    'ACOT', 'ACOTH', 'ARABIC', 'BASE', 'BINOM.DIST.RANGE', 'BITAND', 'BITLSHIFT', 'BITOR', 'BITRSHIFT',
    'BITXOR', 'CEILING.MATH', 'COMBINA', 'COT', 'COTH', 'CSC', 'CSCH', 'DAYS', 'DECIMAL', 'ENCODEURL',
    'FILTERXML', 'FLOOR.MATH', 'FORMULATEXT', 'GAMMA', 'GAUSS', 'IFNA', 'IMCOSH', 'IMCOT', 'IMCSC',
    'IMCSCH', 'IMSEC', 'IMSECH', 'IMSINH', 'IMTAN', 'ISFORMULA', 'ISOWEEKNUM', 'MUNIT', 'NUMBERVALUE',
    'PDURATION', 'PERMUTATIONA', 'PHI', 'RRI', 'SEC', 'SECH', 'SHEET', 'SHEETS', 'SKEW.P', 'UNICHAR',
    'UNICODE', 'WEBSERVICE', 'XOR',
    // Excel 2016 / 2019
    'CONCAT', 'FORECAST.ETS', 'FORECAST.ETS.CONFINT', 'FORECAST.ETS.SEASONALITY', 'FORECAST.ETS.STAT',
    'FORECAST.LINEAR', 'IFS', 'MAXIFS', 'MINIFS', 'SWITCH', 'TEXTJOIN',
    // Microsoft 365
    'ANCHORARRAY', 'ARRAYTOTEXT', 'CHOOSECOLS', 'CHOOSEROWS', 'DROP', 'EXPAND', 'HSTACK', 'RANDARRAY',
    'SEQUENCE', 'SINGLE', 'SORTBY', 'TAKE', 'TEXTAFTER', 'TEXTBEFORE', 'TEXTSPLIT', 'TOCOL', 'TOROW',
    'UNIQUE', 'VALUETOTEXT', 'VSTACK', 'WRAPCOLS', 'WRAPROWS', 'XLOOKUP', 'XMATCH',
  ];
  const table: Record<string, string> = {};
  for (const f of xlfn) table[f] = `_xlfn.${f}`;
  table['FILTER'] = '_xlfn._xlws.FILTER';
  table['SORT'] = '_xlfn._xlws.SORT';
  return table;
}

type TokenKind = 'string' | 'quoted' | 'bracket' | 'error' | 'cell' | 'columns' | 'rows' | 'name' | 'number' | 'other';

interface Token {
  readonly kind: TokenKind;
  readonly text: string;
}

// After a reference, none of these may follow (else it is part of a longer name, a call or a sheet name).
const NOT_AFTER_REF = '(?![A-Za-z0-9_.(!\\[\\\\\\u0080-\\uffff])';
const ROWS_RE = new RegExp(`\\$?[0-9]+:\\$?[0-9]+${NOT_AFTER_REF}`, 'y');
const CELL_RE = new RegExp(`\\$?[A-Za-z]{1,3}\\$?[0-9]+${NOT_AFTER_REF}`, 'y');
const COLUMNS_RE = new RegExp(`\\$?[A-Za-z]{1,3}:\\$?[A-Za-z]{1,3}${NOT_AFTER_REF}`, 'y');
const NUMBER_RE = /(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][+-]?[0-9]+)?/y;
const NAME_RE = /[A-Za-z_\\\u0080-\uffff][A-Za-z0-9_.\\\u0080-\uffff]*/y;
const ERROR_RE = /#(?:NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A|GETTING_DATA|SPILL!|CALC!|FIELD!|BLOCKED!|CONNECT!|BUSY!|UNKNOWN!)/iy;

function sticky(re: RegExp, s: string, at: number): string | undefined {
  re.lastIndex = at;
  const m = re.exec(s);
  return m ? m[0] : undefined;
}

function delimited(s: string, at: number, quote: string): number {
  let i = at + 1;
  while (i < s.length) {
    if (s[i] === quote) {
      if (s[i + 1] === quote) i += 2;
      else return i + 1;
    } else i++;
  }
  return s.length;
}

function bracketEnd(s: string, at: number): number {
  let depth = 0;
  let i = at;
  while (i < s.length) {
    const ch = s[i];
    if (ch === "'") i += 2; // structured-reference escape
    else {
      if (ch === '[') depth++;
      else if (ch === ']') {
        depth--;
        if (depth === 0) return i + 1;
      }
      i++;
    }
  }
  return s.length;
}

function tokenize(formula: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  const push = (kind: TokenKind, end: number): void => {
    out.push({ kind, text: formula.slice(i, end) });
    i = end;
  };
  while (i < formula.length) {
    const ch = formula[i] ?? '';
    if (ch === '"') push('string', delimited(formula, i, '"'));
    else if (ch === "'") push('quoted', delimited(formula, i, "'"));
    else if (ch === '[') push('bracket', bracketEnd(formula, i));
    else if (ch === '#') {
      const e = sticky(ERROR_RE, formula, i);
      push(e ? 'error' : 'other', i + (e ? e.length : 1));
    } else if (/[A-Za-z0-9_.\\$\u0080-\uffff]/.test(ch)) {
      let t: string | undefined;
      if ((t = sticky(ROWS_RE, formula, i))) push('rows', i + t.length);
      else if ((t = sticky(CELL_RE, formula, i))) push('cell', i + t.length);
      else if ((t = sticky(COLUMNS_RE, formula, i))) push('columns', i + t.length);
      else if ((t = sticky(NUMBER_RE, formula, i))) push('number', i + t.length);
      else if ((t = sticky(NAME_RE, formula, i))) push('name', i + t.length);
      else push('other', i + 1);
    } else push('other', i + 1);
  }
  return out;
}

function mapTokens(formula: string, fn: (t: Token, next: Token | undefined) => string): string {
  const tokens = tokenize(formula);
  let s = '';
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k] as Token;
    s += fn(t, tokens[k + 1]);
  }
  return s;
}

/** "IFS(A1>0,1)" → "_xlfn.IFS(A1>0,1)"; names, strings and already-prefixed calls are left alone. */
export function addFuturePrefixes(formula: string): string {
  return mapTokens(formula, (t, next) => {
    if (t.kind !== 'name' || next?.text !== '(') return t.text;
    const prefixed = FUTURE_FUNCTIONS[t.text.toUpperCase()];
    return prefixed ?? t.text;
  });
}

const PREFIX_RE = /^(?:_xlfn\.|_xlws\.|_xlpm\.)+/i;

/** Removes `_xlfn.`, `_xlws.` and `_xlpm.` prefixes and a leading "=". */
export function stripFuturePrefixes(formula: string): string {
  const body = formula.startsWith('=') ? formula.slice(1) : formula;
  if (!/_xl(?:fn|ws|pm)\./i.test(body)) return body;
  return mapTokens(body, (t) => (t.kind === 'name' ? t.text.replace(PREFIX_RE, '') : t.text));
}

function shiftCell(text: string, dRow: number, dCol: number): string {
  const m = /^(\$?)([A-Za-z]{1,3})(\$?)([0-9]+)$/.exec(text);
  if (!m) return text;
  const [, colAbs = '', letters = '', rowAbs = '', digits = ''] = m;
  const col0 = columnNumber(letters);
  const row0 = Number(digits);
  if (col0 === 0 || row0 < 1 || row0 > MAX_ROWS) return text; // not a reference after all
  const col = colAbs ? col0 : col0 + dCol;
  const row = rowAbs ? row0 : row0 + dRow;
  if (col < 1 || col > MAX_COLUMNS || row < 1 || row > MAX_ROWS) return '#REF!';
  return `${colAbs}${columnLetters(col)}${rowAbs}${row}`;
}

function shiftColumns(text: string, dCol: number): string {
  const parts = text.split(':').map((p) => {
    const abs = p.startsWith('$');
    const n = columnNumber(abs ? p.slice(1) : p);
    if (n === 0) return undefined;
    const col = abs ? n : n + dCol;
    return col < 1 || col > MAX_COLUMNS ? undefined : `${abs ? '$' : ''}${columnLetters(col)}`;
  });
  return parts.some((p) => p === undefined) ? '#REF!' : parts.join(':');
}

function shiftRows(text: string, dRow: number): string {
  const parts = text.split(':').map((p) => {
    const abs = p.startsWith('$');
    const n = Number(abs ? p.slice(1) : p);
    const row = abs ? n : n + dRow;
    return row < 1 || row > MAX_ROWS ? undefined : `${abs ? '$' : ''}${row}`;
  });
  return parts.some((p) => p === undefined) ? '#REF!' : parts.join(':');
}

/**
 * The formula of a shared-formula cell: the master's formula with its relative
 * references moved by the distance between the cells (absolute parts stay).
 */
export function translateFormula(formula: string, dRows: number, dCols: number): string {
  if (dRows === 0 && dCols === 0) return formula;
  return mapTokens(formula, (t) => {
    switch (t.kind) {
      case 'cell':
        return shiftCell(t.text, dRows, dCols);
      case 'columns':
        return shiftColumns(t.text, dCols);
      case 'rows':
        return shiftRows(t.text, dRows);
      default:
        return t.text;
    }
  });
}
