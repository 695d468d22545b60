/**
 * Parser for the deadlines of government plans ("Thời gian hoàn thành").
 * The forms themselves are the table in `grammar.ts`; this module prepares
 * the text (normalise, split off a remark, build the match key), runs the
 * table and shapes the result.
 *
 * Decisions (see also the builders in `grammar.ts`):
 * - Matching ignores case, diacritics and spacing, so unaccented and variant
 *   spellings ("Hàng năm"/"Hằng năm", "Quí"/"Quý", "Học kì") parse too;
 *   `normalized` gives the standard spelling.
 * - `normalized` fixes the form (case, spelling, spacing, abbreviation, zero
 *   padding, separators) but keeps the wording: "Trong năm 2020" stays
 *   "Trong năm 2020", "Tháng 8/2020 và tháng 12/2020" keeps its "và".
 *   Texts without a year are completed with the plan year when one is given
 *   ("ngày 30/5" → "30/5/2021").
 * - "Trước (ngày) X" and "Chậm nhất (ngày) X" give from = to = X (the due date).
 * - A text without a year ("ngày 30/5", "Tháng 8", "Quý II", "Hằng quý",
 *   "Thường xuyên") is resolved in `planYear`; without one it is still
 *   `ok` but `from`/`to` are null, so callers can ask for the year.
 * - Combined forms ("Tháng 8/2020 và tháng 12/2020", "Quý I, II/2021") give
 *   one window from the first to the last period named.
 * - A remark is the text after the first ";" or a trailing "( … )".
 * - Years must have 4 digits and lie in 1900–2100; nothing is guessed.
 */

import { foldKey, normalizeText } from '../text/normalize';
import { InvalidDeadline, MAX_YEAR, MIN_YEAR } from './calendar';
import { RULES, type Built, type Context } from './grammar';
import type { Deadline, DeadlineErrorCode, ParseOptions } from './types';

const EXAMPLES = 'Tháng 8/2020, Quý II/2021, 20/11/2020, Năm học 2020-2021, Hằng quý';

export function parseDeadline(text: string, options: ParseOptions = {}): Deadline {
  const all = normalizeText(typeof text === 'string' ? text : '');
  if (all === '') return failure('empty', 'Chưa ghi thời gian hoàn thành');
  const { core, remark } = splitRemark(all);
  const body = core.replace(/[\s.,;:]+$/, '');
  if (body === '') return failure('unrecognized', `Không có thời hạn, chỉ có ghi chú “${all}”`);
  const ctx: Context = { text: body, key: matchKey(body), planYear: planYearOf(options) };
  for (const rule of RULES) {
    const match = rule.pattern.exec(ctx.key);
    if (match === null) continue;
    try {
      return success(rule.build(match.groups ?? {}, ctx), remark);
    } catch (e) {
      if (e instanceof InvalidDeadline) return failure('invalid-date', e.message);
      throw e;
    }
  }
  return failure('unrecognized', `Không nhận dạng được thời hạn “${all}”. Ví dụ cách ghi: ${EXAMPLES}`);
}

/**
 * The key the grammar matches: lower case, no diacritics, unified dashes,
 * no spaces around "/", ".", "-", and ", " after every comma.
 */
export function matchKey(text: string): string {
  return foldKey(text)
    .replace(/ð/g, 'd') // "Ð" (U+00D0) typed for "Đ" in legacy fonts
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\s*([/.-])\s*/g, '$1')
    .replace(/\s*,\s*/g, ', ');
}

/** Splits "X; remark" or "X (remark)" (balanced, at the end) into core and remark. */
export function splitRemark(text: string): { core: string; remark: string | null } {
  const semicolon = text.indexOf(';');
  if (semicolon > 0) {
    return { core: text.slice(0, semicolon).trim(), remark: text.slice(semicolon + 1).trim() || null };
  }
  if (!text.endsWith(')')) return { core: text, remark: null };
  let depth = 0;
  for (let i = text.length - 1; i >= 0; i--) {
    if (text[i] === ')') depth++;
    else if (text[i] === '(' && --depth === 0) {
      return { core: text.slice(0, i).trim(), remark: text.slice(i + 1, -1).trim() || null };
    }
  }
  return { core: text, remark: null };
}

function planYearOf(options: ParseOptions): number | null {
  const y = options.planYear;
  return y !== undefined && Number.isInteger(y) && y >= MIN_YEAR && y <= MAX_YEAR ? y : null;
}

function success(b: Built, remark: string | null): Deadline {
  return {
    ok: true,
    kind: b.kind,
    from: b.from,
    to: b.to,
    recurrence: b.recurrence ?? null,
    condition: b.condition ?? null,
    remark,
    normalized: remark === null ? b.normalized : `${b.normalized} (${remark})`,
  };
}

function failure(errorCode: DeadlineErrorCode, error: string): Deadline {
  return { ok: false, kind: null, from: null, to: null, recurrence: null, condition: null, remark: null, error, errorCode };
}
