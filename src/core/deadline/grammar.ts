/**
 * The deadline grammar: a table of forms, each a regular expression over the
 * match key plus a short builder. To support a new form, add one entry to
 * {@link RULES} (and a test row).
 *
 * The match key is the text folded to lower case without diacritics, with
 * dashes unified, no spaces around "/", ".", "-" and ", " after commas:
 * "Tháng 5 - 8/2020" → "thang 5-8/2020", "Quí II/2021" → "qui ii/2021",
 * "Hằng năm" and "Hàng năm" → "hang nam". Patterns are anchored: the whole
 * text must be one form, nothing is guessed from a part of it.
 */

import type { DeadlineKind, Recurrence } from './types';
import {
  ROMAN,
  ascending,
  day,
  invalid,
  isoDate,
  month,
  monthWindow,
  quarter,
  semester,
  year,
  yearWindow,
} from './calendar';

/** What a builder sees besides its groups. */
export interface Context {
  /** The deadline text (remark removed), whitespace-normalised, as written. */
  readonly text: string;
  /** The match key of `text` (see the module comment). */
  readonly key: string;
  /** The plan year, for texts that give no year. */
  readonly planYear: number | null;
}

/** A builder's result; `normalized` is the canonical spelling without remark. */
export interface Built {
  readonly kind: DeadlineKind;
  readonly from: string | null;
  readonly to: string | null;
  readonly recurrence?: Recurrence;
  readonly condition?: string;
  readonly normalized: string;
}

export type Groups = Readonly<Record<string, string | undefined>>;

export interface Rule {
  /** A short example of the form, for readers and error reports. */
  readonly form: string;
  readonly pattern: RegExp;
  /** Builds the deadline; throws `InvalidDeadline` for impossible dates. */
  readonly build: (g: Groups, ctx: Context) => Built;
}

// ---- Pattern fragments (over the match key) --------------------------------

const TH = '(?:thang ?|t ?)'; // "Tháng", "T"
const MY = '(?:[/.-]| nam )'; // month–year separator: 8/2020, 8-2020, 8.2020, 8 năm 2020
const TO = '(?:-| den )'; // range: 5-8, 5 đến 8
const AND = '(?:, | va )'; // list: 6, 7 · 8 và 12
const Q = '(?:qu[yi] ?|q ?)'; // "Quý", "Quí", "Q"
const QN = '(?:[ivx]+|\\d{1,2})'; // quarter number, validated by the builder
const BY = '(?:(?<by>truoc|cham nhat)(?: ngay)? |ngay )'; // "trước (ngày)", "chậm nhất (ngày)", "ngày"
const YEARLY = 'hang nam'; // "hằng năm", "hàng năm"
const n = (name: string): string => `(?<${name}>\\d{1,2})`;
const y4 = (name: string): string => `(?<${name}>\\d{4})`;
const rx = (...parts: string[]): RegExp => new RegExp(`^${parts.join('')}$`);

// ---- Rendering helpers -----------------------------------------------------

const BY_LABEL: Readonly<Record<string, string>> = { truoc: 'Trước ngày ', 'cham nhat': 'Chậm nhất ngày ' };
const SEP_LABEL: Readonly<Record<string, string>> = { ', ': ', ', ' va ': ' và ', '-': '-', ' den ': '-' };
const YEAR_LEAD: Readonly<Record<string, string>> = {
  nam: 'Năm',
  'trong nam': 'Trong năm',
  'ca nam': 'Cả năm',
  'quanh nam': 'Quanh năm',
  'cuoi nam': 'Cuối năm',
};
const UNITS: Readonly<Record<string, readonly [Recurrence, string]>> = {
  nam: ['yearly', 'năm'],
  quy: ['quarterly', 'quý'],
  qui: ['quarterly', 'quý'],
  thang: ['monthly', 'tháng'],
};

/** "/2020", or "" when the year is unknown. */
const slashYear = (y: number | null): string => (y === null ? '' : `/${y}`);
const capitalize = (s: string): string => s.charAt(0).toLocaleUpperCase('vi') + s.slice(1);

/** The given year, else the plan year, else null (window left open). */
function yearOr(text: string | undefined, ctx: Context): number | null {
  return text === undefined ? ctx.planYear : year(text);
}

/** Separators of a list key ("6, 7 va 8" → [", ", " va "]). */
function separators(list: string): string[] {
  return list.match(/, | va |-| den /g) ?? [];
}

/** "6, 7 và 8": items joined by their own separators, rendered. */
function joinList(items: readonly string[], seps: readonly string[]): string {
  return items.map((item, i) => (i === 0 ? item : `${SEP_LABEL[seps[i - 1]]}${item}`)).join('');
}

// ---- Builders --------------------------------------------------------------

function conditional(_g: Groups, ctx: Context): Built {
  return { kind: 'conditional', from: null, to: null, condition: ctx.text, normalized: capitalize(ctx.text) };
}

function ongoing(g: Groups, ctx: Context): Built {
  const label = g.more ? 'Thường xuyên, liên tục' : 'Thường xuyên';
  return { kind: 'ongoing', ...yearWindow(ctx.planYear), normalized: label };
}

function recurring(g: Groups, ctx: Context): Built {
  const [recurrence, word] = UNITS[g.unit ?? ''];
  const label = `${g.periodic ? 'Định kỳ hằng' : 'Hằng'} ${word}`;
  return { kind: 'recurring', recurrence, ...yearWindow(ctx.planYear), normalized: label };
}

/** "Trước ngày 30/5 hằng năm": due on that day of the plan year, window from 1 January. */
function yearlyDay(g: Groups, ctx: Context): Built {
  const m = month(g.m ?? '');
  const d = day(g.d ?? '', m, ctx.planYear);
  const label = `${BY_LABEL[g.by ?? ''] ?? 'Ngày '}${d}/${m} hằng năm`;
  const y = ctx.planYear;
  return {
    kind: 'recurring',
    recurrence: 'yearly',
    from: y === null ? null : isoDate(y, 1, 1),
    to: y === null ? null : isoDate(y, m, d),
    normalized: label,
  };
}

/** "Tháng 5 hằng năm": that month of the plan year. */
function yearlyMonth(g: Groups, ctx: Context): Built {
  const m = month(g.m ?? '');
  return { kind: 'recurring', recurrence: 'yearly', ...monthWindow(ctx.planYear, m), normalized: `Tháng ${m} hằng năm` };
}

/** A single day; "trước ngày X" also yields from = to = X (the due date). */
function oneDay(g: Groups, ctx: Context): Built {
  const y = yearOr(g.y, ctx);
  const m = month(g.m ?? '');
  const d = day(g.d ?? '', m, y);
  const iso = y === null ? null : isoDate(y, m, d);
  return { kind: 'date', from: iso, to: iso, normalized: `${BY_LABEL[g.by ?? ''] ?? ''}${d}/${m}${slashYear(y)}` };
}

function shortYear(): Built {
  return invalid('Năm phải ghi đủ 4 chữ số (ví dụ 20/11/2020, Tháng 8/2020)');
}

function oneMonth(g: Groups, ctx: Context): Built {
  const y = yearOr(g.y, ctx);
  const m = month(g.m ?? '');
  return { kind: 'month', ...monthWindow(y, m), normalized: `Tháng ${m}${slashYear(y)}` };
}

/** "Tháng 5-8/2020", "Từ tháng 5 đến tháng 8/2020". */
function monthRange(g: Groups, ctx: Context): Built {
  const y = yearOr(g.y, ctx);
  const [a, b] = [month(g.a ?? ''), month(g.b ?? '')];
  ascending([a, b], `Tháng kết thúc (${b}) phải sau tháng bắt đầu (${a})`);
  return { kind: 'month-range', ...monthWindow(y, a, b), normalized: `Tháng ${a}-${b}${slashYear(y)}` };
}

/** "Tháng 6, 7/2020", "Tháng 8 và 12/2020": the window from the first to the last. */
function monthList(g: Groups, ctx: Context): Built {
  const y = yearOr(g.y, ctx);
  const list = g.list ?? '';
  const ms = (list.match(/\d+/g) ?? []).map(month);
  ascending(ms, 'Các tháng phải ghi theo thứ tự tăng dần');
  const label = `Tháng ${joinList(ms.map(String), separators(list))}${slashYear(y)}`;
  return { kind: 'month-range', ...monthWindow(y, ms[0], ms[ms.length - 1]), normalized: label };
}

/** "Tháng 12/2020 - tháng 1/2021" (also within one year). */
function monthSpan(g: Groups): Built {
  const [a, ya, b, yb] = [month(g.a ?? ''), year(g.ya ?? ''), month(g.b ?? ''), year(g.yb ?? '')];
  ascending([ya * 12 + a, yb * 12 + b], `Tháng ${b}/${yb} phải sau tháng ${a}/${ya}`);
  const label = ya === yb ? `Tháng ${a}-${b}/${ya}` : `Tháng ${a}/${ya} - tháng ${b}/${yb}`;
  return { kind: 'month-range', ...monthWindow(ya, a, b, yb), normalized: label };
}

/** "Tháng 8/2020 và tháng 12/2020": the window from the first to the last month. */
function datedMonthList(_g: Groups, ctx: Context): Built {
  const items = [...ctx.key.matchAll(/(\d{1,2})(?:[/.-]| nam )(\d{4})/g)].map(([, m, y]) => ({
    m: month(m),
    y: year(y),
  }));
  ascending(items.map((i) => i.y * 12 + i.m), 'Các tháng phải ghi theo thứ tự thời gian');
  const labels = items.map((i, k) => `${k === 0 ? 'Tháng' : 'tháng'} ${i.m}/${i.y}`);
  const [first, last] = [items[0], items[items.length - 1]];
  return {
    kind: 'month-range',
    ...monthWindow(first.y, first.m, last.m, last.y),
    normalized: joinList(labels, ctx.key.match(/, | va /g) ?? []),
  };
}

function oneQuarter(g: Groups, ctx: Context): Built {
  const y = yearOr(g.y, ctx);
  const q = quarter(g.q ?? '');
  return { kind: 'quarter', ...monthWindow(y, 3 * q - 2, 3 * q), normalized: `Quý ${ROMAN[q]}${slashYear(y)}` };
}

/** "Quý I, II/2021", "Quý I-II/2021": one window spanning the quarters. */
function quarterList(g: Groups, ctx: Context): Built {
  const y = yearOr(g.y, ctx);
  const list = g.list ?? '';
  const seps = separators(list);
  const qs = list.split(/, | va |-| den /).map((s) => quarter(s.replace(/^(?:qu[yi] ?|q ?)/, '')));
  if (seps.some((s) => s === '-' || s === ' den ') && qs.length > 2) invalid('Khoảng quý chỉ gồm quý đầu và quý cuối');
  ascending(qs, 'Các quý phải ghi theo thứ tự tăng dần');
  const label = `Quý ${joinList(qs.map((q) => ROMAN[q]), seps)}${slashYear(y)}`;
  return { kind: 'quarter', ...monthWindow(y, 3 * qs[0] - 2, 3 * qs[qs.length - 1]), normalized: label };
}

/** "Quý IV/2020 - Quý I/2021". */
function quarterSpan(g: Groups): Built {
  const [a, ya, b, yb] = [quarter(g.a ?? ''), year(g.ya ?? ''), quarter(g.b ?? ''), year(g.yb ?? '')];
  ascending([ya * 4 + a, yb * 4 + b], `Quý ${ROMAN[b]}/${yb} phải sau quý ${ROMAN[a]}/${ya}`);
  const label = ya === yb ? `Quý ${ROMAN[a]}-${ROMAN[b]}/${ya}` : `Quý ${ROMAN[a]}/${ya} - quý ${ROMAN[b]}/${yb}`;
  return { kind: 'quarter', ...monthWindow(ya, 3 * a - 2, 3 * b, yb), normalized: label };
}

/** "6 tháng đầu năm 2021" (January–June), "6 tháng cuối năm 2021" (July–December). */
function halfYear(g: Groups, ctx: Context): Built {
  const y = yearOr(g.y, ctx);
  const first = g.part === 'dau';
  const label = `6 tháng ${first ? 'đầu' : 'cuối'} năm${y === null ? '' : ` ${y}`}`;
  return { kind: 'half-year', ...monthWindow(y, first ? 1 : 7, first ? 6 : 12), normalized: label };
}

/** The second year of a school year must follow the first. */
function schoolYearStart(a: string, b: string): number {
  const [ya, yb] = [year(a), year(b)];
  if (yb !== ya + 1) invalid(`Năm học ${ya}-${yb} không hợp lệ: hai năm phải liên tiếp (${ya}-${ya + 1})`);
  return ya;
}

/**
 * "Học kỳ I năm học 2020-2021": semester I = 1 Sep – 31 Jan, semester II =
 * 1 Feb – 31 May. Without the school year the window stays open (a plan year
 * does not say which school year is meant).
 */
function semesterOf(g: Groups): Built {
  const h = semester(g.h ?? '');
  if (g.a === undefined) return { kind: 'half-year', from: null, to: null, normalized: `Học kỳ ${ROMAN[h]}` };
  const y = schoolYearStart(g.a, g.b ?? '');
  const window = h === 1 ? monthWindow(y, 9, 1, y + 1) : monthWindow(y + 1, 2, 5);
  return { kind: 'half-year', ...window, normalized: `Học kỳ ${ROMAN[h]} năm học ${y}-${y + 1}` };
}

/** "Năm 2021", "Trong năm 2020", "2020", "Cả năm", "Cuối năm 2020" (whole year, due 31 Dec). */
function wholeYear(g: Groups, ctx: Context): Built {
  const y = yearOr(g.y, ctx);
  const lead = YEAR_LEAD[g.lead ?? 'nam'];
  return { kind: 'year', ...yearWindow(y), normalized: y === null ? lead : `${lead} ${y}` };
}

function period(g: Groups): Built {
  const [a, b] = [year(g.a ?? ''), year(g.b ?? '')];
  ascending([a, b], `Giai đoạn ${a}-${b} không hợp lệ: năm kết thúc phải sau năm bắt đầu`);
  return { kind: 'period', ...yearWindow(a, b), normalized: `Giai đoạn ${a}-${b}` };
}

/** "Năm học 2020-2021": 1 September 2020 – 31 August 2021. */
function schoolYear(g: Groups): Built {
  const y = schoolYearStart(g.a ?? '', g.b ?? '');
  return { kind: 'school-year', ...monthWindow(y, 9, 8, y + 1), normalized: `Năm học ${y}-${y + 1}` };
}

// ---- The table -------------------------------------------------------------

export const RULES: readonly Rule[] = [
  // Conditional: the condition is kept as written.
  { form: 'Sau khi có Kế hoạch của Bộ', pattern: /^(?:ngay )?(?:sau khi|truoc khi|khi) .+$/, build: conditional },
  {
    form: 'Theo kế hoạch của Bộ',
    pattern: /^theo (?:ke hoach|lich|huong dan|yeu cau|chi dao|tien do|quy dinh|thong bao)(?: .*)?$/,
    build: conditional,
  },
  // Ongoing and recurring.
  { form: 'Thường xuyên, liên tục', pattern: /^thuong xuyen(?<more>, lien tuc| lien tuc)?$/, build: ongoing },
  { form: 'Định kỳ hằng quý', pattern: /^(?<periodic>dinh k[yi] )?hang (?<unit>nam|qu[yi]|thang)$/, build: recurring },
  { form: 'Trước ngày 30/5 hằng năm', pattern: rx(BY, '?', n('d'), '[/.-]', n('m'), ',? ', YEARLY), build: yearlyDay },
  { form: 'Hằng năm, trước ngày 30/5', pattern: rx(YEARLY, ',? ', BY, '?', n('d'), '[/.-]', n('m')), build: yearlyDay },
  { form: 'Tháng 5 hằng năm', pattern: rx(TH, n('m'), ',? ', YEARLY), build: yearlyMonth },
  // Days.
  { form: '20/11/2020', pattern: rx(BY, '?', n('d'), '(?<s>[/.-])', n('m'), '\\k<s>', y4('y')), build: oneDay },
  { form: 'ngày 20 tháng 11 năm 2020', pattern: rx(BY, '?', n('d'), ' thang ', n('m'), `(?: nam ${y4('y')})?`), build: oneDay },
  { form: 'trước ngày 30/5', pattern: rx(BY, n('d'), '[/.-]', n('m')), build: oneDay },
  { form: '30/5', pattern: rx(n('d'), '/', n('m')), build: oneDay },
  { form: '20/11/20', pattern: rx(BY, '?\\d{1,2}(?<s>[/.-])\\d{1,2}\\k<s>\\d{2,3}'), build: shortYear },
  // Months.
  { form: 'Tháng 8/2020', pattern: rx(TH, n('m'), `(?:${MY}${y4('y')})?`), build: oneMonth },
  { form: '08/2020', pattern: rx(n('m'), '/', y4('y')), build: oneMonth },
  { form: 'Tháng 8/20', pattern: rx(TH, '\\d{1,2}', MY, '\\d{2,3}'), build: shortYear },
  {
    form: 'Tháng 5-8/2020',
    pattern: rx(`(?:tu )?${TH}`, n('a'), TO, `(?:${TH})?`, n('b'), `(?:${MY}${y4('y')})?`),
    build: monthRange,
  },
  {
    form: 'Tháng 6, 7/2020',
    pattern: rx(TH, `(?<list>\\d{1,2}(?:${AND}(?:${TH})?\\d{1,2})+)`, `(?:${MY}${y4('y')})?`),
    build: monthList,
  },
  {
    form: 'Tháng 12/2020 - tháng 1/2021',
    pattern: rx(`(?:tu )?${TH}`, n('a'), MY, y4('ya'), TO, `(?:${TH})?`, n('b'), MY, y4('yb')),
    build: monthSpan,
  },
  {
    form: 'Tháng 8/2020 và tháng 12/2020',
    pattern: rx(TH, `\\d{1,2}${MY}\\d{4}(?:${AND}(?:${TH})?\\d{1,2}${MY}\\d{4})+`),
    build: datedMonthList,
  },
  // Quarters.
  { form: 'Quý II/2021', pattern: rx(Q, `(?<q>${QN})`, `(?:${MY}${y4('y')})?`), build: oneQuarter },
  {
    form: 'Quý I, II/2021',
    pattern: rx(Q, `(?<list>${QN}(?:(?:${AND}|${TO})(?:${Q})?${QN})+)`, `(?:${MY}${y4('y')})?`),
    build: quarterList,
  },
  {
    form: 'Quý IV/2020 - Quý I/2021',
    pattern: rx(Q, `(?<a>${QN})`, MY, y4('ya'), TO, `(?:${Q})?`, `(?<b>${QN})`, MY, y4('yb')),
    build: quarterSpan,
  },
  // Half years and semesters.
  { form: '6 tháng đầu năm 2021', pattern: rx('(?:6|sau) thang (?<part>dau|cuoi) nam', `(?: ${y4('y')})?`), build: halfYear },
  {
    form: 'Học kỳ I năm học 2020-2021',
    pattern: rx('hoc k[yi] (?<h>[ivx]+|\\d)', `(?:,? (?:nam hoc )?${y4('a')}-${y4('b')})?`),
    build: semesterOf,
  },
  // Years, periods, school years.
  { form: 'Năm 2021', pattern: rx('(?:(?<lead>nam|trong nam|ca nam|quanh nam|cuoi nam) )?', y4('y')), build: wholeYear },
  { form: 'Trong năm', pattern: /^(?<lead>trong nam|ca nam|quanh nam|cuoi nam)$/, build: wholeYear },
  { form: 'Giai đoạn 2021-2025', pattern: rx('(?:giai doan|gd) (?:tu )?', y4('a'), TO, y4('b')), build: period },
  { form: 'Năm học 2020-2021', pattern: rx('nam hoc ', y4('a'), '-', y4('b')), build: schoolYear },
];
