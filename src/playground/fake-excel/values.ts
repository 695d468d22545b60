/**
 * Cell values as Excel keeps them, how typed input becomes a value (the rules
 * Excel applies to `range.values` / `range.formulas`), and how a value renders
 * as `range.text` through its number format.
 */
import FormulaParser from 'fast-formula-parser';
import { officeError } from './errors';

/** An error value in a cell ("#DIV/0!", "#N/A", ...). One frozen instance per code. */
export interface CellError {
  readonly error: string;
}

export type CellValue = number | string | boolean | CellError;

export const ERROR_CODES = ['#NULL!', '#DIV/0!', '#VALUE!', '#REF!', '#NAME?', '#NUM!', '#N/A'] as const;

const ERRORS = new Map<string, CellError>(ERROR_CODES.map((code) => [code, Object.freeze({ error: code })]));

export function cellError(code: string): CellError {
  const known = ERRORS.get(code.toUpperCase());
  if (known !== undefined) return known;
  const made = Object.freeze({ error: code });
  ERRORS.set(code, made);
  return made;
}

export function isCellError(v: unknown): v is CellError {
  return typeof v === 'object' && v !== null && typeof (v as { error?: unknown }).error === 'string';
}

/** What a cell becomes when the user (or the API) enters something. */
export type CellInput =
  | { readonly kind: 'skip' }
  | { readonly kind: 'clear' }
  | { readonly kind: 'value'; readonly value: CellValue; readonly numberFormat?: string }
  | { readonly kind: 'formula'; readonly formula: string };

const NUMBER_RE = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;
const PERCENT_RE = /^[+-]?(\d+(\.\d*)?|\.\d+)%$/;
const ISO_DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Excel serial date for a calendar date (1900 system, with Excel's phantom 29 Feb 1900). */
export function dateSerial(year: number, month: number, day: number): number {
  const utc = Date.UTC(year, month - 1, day);
  const epoch = Date.UTC(1899, 11, 30);
  return Math.round((utc - epoch) / 86400000);
}

/**
 * Interprets one entry of a `values` / `formulas` array the way Excel does for typed input:
 * null leaves the cell unchanged; "" clears it; "=..." is a formula; "+x"/"-x" that is not a number
 * is read as a formula too (Office.js: values starting with +, - or = are formulas); "'x" is the text x;
 * numeric, percent, TRUE/FALSE, error-literal and ISO date (yyyy-mm-dd) strings become numbers,
 * booleans, errors and dates — unless the cell is formatted as text ("@").
 */
export function parseInput(raw: unknown, textFormat: boolean): CellInput {
  if (raw === null || raw === undefined) return { kind: 'skip' };
  if (typeof raw === 'number') {
    if (!Number.isFinite(raw)) throw officeError('InvalidArgument', `the number ${raw} cannot be stored in a cell`);
    return { kind: 'value', value: raw };
  }
  if (typeof raw === 'boolean') return { kind: 'value', value: raw };
  if (typeof raw !== 'string') {
    throw officeError('InvalidArgument', `a cell value must be a string, number or boolean, got ${Array.isArray(raw) ? 'an array' : typeof raw}`);
  }
  if (raw === '') return { kind: 'clear' };
  if (raw.startsWith("'")) return { kind: 'value', value: raw.slice(1) };
  if (textFormat) return { kind: 'value', value: raw };
  if (raw.startsWith('=') && raw.length > 1) return { kind: 'formula', formula: raw };
  const t = raw.trim();
  if (NUMBER_RE.test(t)) return { kind: 'value', value: Number(t) };
  if (PERCENT_RE.test(t)) return { kind: 'value', value: Number(t.slice(0, -1)) / 100, numberFormat: '0%' };
  if ((raw.startsWith('+') || raw.startsWith('-')) && raw.length > 1) return { kind: 'formula', formula: `=${raw}` };
  const upper = t.toUpperCase();
  if (upper === 'TRUE' || upper === 'FALSE') return { kind: 'value', value: upper === 'TRUE' };
  if ((ERROR_CODES as readonly string[]).includes(upper)) return { kind: 'value', value: cellError(upper) };
  const iso = ISO_DATE_RE.exec(t);
  if (iso !== null) {
    const [y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
    const date = new Date(Date.UTC(y, m - 1, d));
    if (date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d && y >= 1900) {
      return { kind: 'value', value: dateSerial(y, m, d), numberFormat: 'm/d/yyyy' };
    }
  }
  return { kind: 'value', value: raw };
}

/** The value as Office.js returns it in `values`: errors as their code, blanks as "". */
export function apiValue(v: CellValue | null): string | number | boolean {
  if (v === null) return '';
  if (isCellError(v)) return v.error;
  return v;
}

export type ValueType = 'Empty' | 'String' | 'Double' | 'Boolean' | 'Error';

export function valueType(v: CellValue | null): ValueType {
  if (v === null || v === '') return v === null ? 'Empty' : 'String';
  if (isCellError(v)) return 'Error';
  if (typeof v === 'number') return 'Double';
  if (typeof v === 'boolean') return 'Boolean';
  return 'String';
}

/** Excel shows numbers to 15 significant digits ("0.1+0.2" is 0.3). */
export function numberToText(n: number): string {
  if (Number.isInteger(n) && Math.abs(n) < 1e15) return String(n);
  const p = Number(n.toPrecision(15));
  return String(p);
}

/** `range.text` of one cell: the value rendered through its number format. */
export function renderText(v: CellValue | null, numberFormat: string): string {
  if (v === null) return '';
  if (isCellError(v)) return v.error;
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (typeof v === 'string') {
    if (numberFormat === 'General' || numberFormat === '@') return v;
    try {
      return FormulaParser.SSF.format(numberFormat, v);
    } catch {
      return v;
    }
  }
  try {
    // Round to 15 significant digits first, as Excel does before formatting.
    return FormulaParser.SSF.format(numberFormat === '@' ? 'General' : numberFormat, Number(v.toPrecision(15)));
  } catch {
    return numberToText(v);
  }
}
