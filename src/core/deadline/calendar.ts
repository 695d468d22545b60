/**
 * Calendar helpers for the deadline grammar: validated numbers, ISO dates and
 * windows. Validation failures throw {@link InvalidDeadline} with a Vietnamese
 * message; the parser turns it into `errorCode: 'invalid-date'`.
 */

/** Thrown by the helpers below when a text names a date that does not exist. */
export class InvalidDeadline extends Error {}

export function invalid(message: string): never {
  throw new InvalidDeadline(message);
}

/** Years outside this range are refused rather than guessed at. */
export const MIN_YEAR = 1900;
export const MAX_YEAR = 2100;

/** A window of ISO dates; both null when the year is unknown. */
export interface Window {
  readonly from: string | null;
  readonly to: string | null;
}

export const ROMAN: readonly string[] = ['', 'I', 'II', 'III', 'IV'];
const ROMAN_VALUE: Readonly<Record<string, number>> = { i: 1, ii: 2, iii: 3, iv: 4 };

export function year(text: string): number {
  const y = Number(text);
  if (!Number.isInteger(y) || y < MIN_YEAR || y > MAX_YEAR) {
    invalid(`Năm ${text} nằm ngoài khoảng hợp lệ (${MIN_YEAR}–${MAX_YEAR})`);
  }
  return y;
}

export function month(text: string): number {
  const m = Number(text);
  if (!Number.isInteger(m) || m < 1 || m > 12) invalid(`Tháng ${m} không tồn tại`);
  return m;
}

export function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

/** Days in a month; with an unknown year February has 29 (the day may exist). */
export function daysInMonth(y: number | null, m: number): number {
  if (m === 2) return y === null || isLeapYear(y) ? 29 : 28;
  return [4, 6, 9, 11].includes(m) ? 30 : 31;
}

/** A day of a (validated) month; the year may be unknown. */
export function day(text: string, m: number, y: number | null): number {
  const d = Number(text);
  const max = daysInMonth(y, m);
  if (!Number.isInteger(d) || d < 1 || d > max) {
    const where = y === null ? `${d}/${m}` : `${d}/${m}/${y}`;
    const why = d >= 1 && y !== null ? `: tháng ${m}/${y} chỉ có ${max} ngày` : '';
    invalid(`Ngày ${where} không tồn tại${why}`);
  }
  return d;
}

/** Quarter number from "II", "ii", "2". */
export function quarter(token: string): number {
  const q = ROMAN_VALUE[token.toLowerCase()] ?? Number(token);
  if (!Number.isInteger(q) || q < 1 || q > 4) invalid(`Quý ${token.toUpperCase()} không tồn tại`);
  return q;
}

/** Semester (học kỳ) number from "I", "ii", "1". */
export function semester(token: string): number {
  const h = ROMAN_VALUE[token.toLowerCase()] ?? Number(token);
  if (h !== 1 && h !== 2) invalid(`Học kỳ ${token.toUpperCase()} không tồn tại`);
  return h;
}

/** Throws `message` unless the values strictly increase. */
export function ascending(values: readonly number[], message: string): void {
  for (let i = 1; i < values.length; i++) {
    if (values[i] <= values[i - 1]) invalid(message);
  }
}

export function isoDate(y: number, m: number, d: number): string {
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** From the first day of month `m1` of `y1` to the last day of `m2` of `y2`. */
export function monthWindow(y1: number | null, m1: number, m2 = m1, y2 = y1): Window {
  if (y1 === null || y2 === null) return { from: null, to: null };
  return { from: isoDate(y1, m1, 1), to: isoDate(y2, m2, daysInMonth(y2, m2)) };
}

/** From 1 January of `y1` to 31 December of `y2`. */
export function yearWindow(y1: number | null, y2 = y1): Window {
  return monthWindow(y1, 1, 12, y2);
}
