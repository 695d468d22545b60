/**
 * Irrecoverable letter loss in text extracted through a legacy font.
 *
 * A PDF or printout made with an old 8-bit font often extracts with some letters
 * simply gone: in a real plan (seeds/001) "Tăng cường công tác dân vận chính quyền
 * năm 2021" came out as "T ng cường c ng tác d n v n ch nh quyền n   2021". Other
 * extractions leave U+FFFD, private-use or control characters. Unlike a legacy
 * encoding (legacy.ts), nothing maps these back; the text can only be flagged
 * for a person to retype it.
 *
 * Signals, strongest first:
 *  - U+FFFD replacement characters;
 *  - private-use characters inside text (a lone one at the head of a line, as a
 *    Symbol-font bullet, is ignored) and control characters;
 *  - words that cannot be Vietnamese: lower-case words without a vowel ("c",
 *    "ch", "ng") and words with Vietnamese marks that are not well-formed syllables
 *    ("nhiệ"). Abbreviations (two capitals or more: THPT, GD&ĐT, TTg), single
 *    capitals (roman numerals), units after a number, list markers ("b)"),
 *    abbreviations with a dot ("v.v."), URLs and HTML tags are not counted.
 *    Words without marks that are not Vietnamese ("website", "learning") are
 *    neutral: they read as English, not as damage.
 */

import { detectLegacyEncoding, isVietnameseSyllable } from './legacy';

/** Verdict on a text; `reason` is for the user (Vietnamese). */
export interface DamageReport {
  /** True when letters are lost; false when the text is only in a convertible legacy encoding. */
  readonly damaged: boolean;
  readonly reason: string;
}

/** Lower-case abbreviations without vowels that office texts use on their own. */
const CONSONANT_ABBREVIATIONS = new Set([
  'đ', 'hs', 'gv', 'sgk', 'vd', 'nxb', 'sđt', 'đvt', 'tp', 'x',
  'mr', 'mrs', 'ms', 'dr', 'pdf', 'xls', 'xlsx', 'docx', 'pptx', 'jpg', 'png', 'html', 'css', 'http', 'https', 'www', 'sms', 'tv',
]);

const VOWEL = /[aăâeêioôơuưy]/i;
const DIGIT = /\p{Nd}/u;
const REPLACEMENT = /\ufffd/g;
const PRIVATE_USE = /[\ue000-\uf8ff]|[\udb80-\udbff][\udc00-\udfff]/;

/** Share of counted words that must look damaged, and the least number of them. */
const MIN_SHARE = 0.2;
const MIN_WORDS = 2;

/** Control characters other than tab, line feed, vertical tab, form feed, carriage return; C1 included. */
function controlCount(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code <= 0x08 || (code >= 0x0e && code <= 0x1f) || (code >= 0x7f && code <= 0x9f)) count += 1;
  }
  return count;
}

function withoutTones(word: string): string {
  return word.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
}

function quoteList(words: readonly string[]): string {
  return [...new Set(words)].slice(0, 3).map((w) => `“${w}”`).join(', ');
}

/** Private-use characters, ignoring a bullet glyph at the head of a line. */
function privateUseCount(text: string): number {
  let count = 0;
  for (const line of text.split(/\r\n|\r|\n/)) {
    const chars = [...line];
    const head = chars.findIndex((ch) => !/\s/.test(ch));
    chars.forEach((ch, i) => {
      if (!PRIVATE_USE.test(ch)) return;
      const isBullet = i === head && (i + 1 === chars.length || /\s/.test(chars[i + 1]));
      if (!isBullet) count += 1;
    });
  }
  return count;
}

interface WordScan {
  readonly counted: number;
  readonly suspicious: readonly string[];
}

/** Classifies the words of a text as Vietnamese, neutral or damaged. */
function scanWords(text: string): WordScan {
  const cleaned = text
    .replace(/<[^<>]*>/g, ' ')
    .replace(/\b(?:https?:\/\/|www\.)\S+/gi, ' ')
    .replace(/\S+@\S+\.\S+/g, ' ')
    .replace(/\b[\w-]+(?:\.[\w-]+){2,}\b/g, ' ');
  let counted = 0;
  const suspicious: string[] = [];
  const re = /[\p{L}\p{M}]+/gu;
  for (const match of cleaned.matchAll(re)) {
    const word = match[0];
    const start = match.index ?? 0;
    let back = start - 1;
    while (back >= 0 && (cleaned[back] === ' ' || cleaned[back] === '\t')) back -= 1;
    const before = back >= 0 ? cleaned[back] : '';
    const prev = cleaned[start - 1] ?? '';
    const next = cleaned[start + word.length] ?? '';
    const capitals = [...word].filter((ch) => ch !== ch.toLowerCase()).length;
    const length = [...word].length;
    if (capitals >= 2 || (capitals === 1 && length === 1)) continue; // THPT, GD&ĐT, TTg; roman numerals
    if (DIGIT.test(prev) || DIGIT.test(next)) continue; // K1, 4G, 10km
    if (prev !== '' && '/&\'’.'.includes(prev)) continue; // km/h, đ/c, don't, baocao.xlsx
    if (next !== '' && '/&\'’.)'.includes(next)) continue; // v.v., Tp., b), đ/c
    const bare = withoutTones(word);
    if (!VOWEL.test(bare)) {
      if (DIGIT.test(before) || CONSONANT_ABBREVIATIONS.has(word.toLowerCase())) continue; // 5 km, 100 đ
      counted += 1;
      suspicious.push(word);
      continue;
    }
    const marked = [...word].some((ch) => ch > '\u007f');
    if (isVietnameseSyllable(word)) {
      counted += 1;
    } else if (marked) {
      counted += 1;
      suspicious.push(word);
    }
    // Unmarked non-Vietnamese words (English, names) are neutral.
  }
  return { counted, suspicious };
}

/**
 * Flags text whose letters were lost on the way out of a legacy font (the loss
 * cannot be undone). Returns null when the text looks fine; `damaged: false`
 * when the text is intact but in a legacy encoding (use `fixLegacyText`).
 */
export function detectDamagedText(text: string): DamageReport | null {
  const nfc = text.normalize('NFC');
  if (nfc.trim() === '') return null;

  const replacements = (nfc.match(REPLACEMENT) ?? []).length;
  if (replacements > 0) {
    return {
      damaged: true,
      reason: `Văn bản có ${replacements} ký tự thay thế “\ufffd”: chữ đã bị mất khi chuyển phông/bảng mã, cần nhập lại.`,
    };
  }
  const privateUse = privateUseCount(nfc);
  if (privateUse > 0) {
    return {
      damaged: true,
      reason: `Văn bản có ${privateUse} ký tự vùng dùng riêng (PUA) của phông chữ cũ: không khôi phục được, cần nhập lại.`,
    };
  }

  const legacy = detectLegacyEncoding(nfc);
  if (legacy !== null) {
    const name = legacy.encoding === 'tcvn3' ? 'TCVN3 (ABC)' : 'VNI';
    return {
      damaged: false,
      reason: `Văn bản đang ở bảng mã cũ ${name}, chưa mất chữ: chuyển sang Unicode là đọc được.`,
    };
  }

  const controls = controlCount(nfc);
  if (controls > 0) {
    return {
      damaged: true,
      reason: `Văn bản có ${controls} ký tự điều khiển lạ: dấu hiệu lỗi khi trích xuất chữ, cần kiểm tra lại.`,
    };
  }

  const { counted, suspicious } = scanWords(nfc);
  if (suspicious.length >= MIN_WORDS && suspicious.length / counted >= MIN_SHARE) {
    return {
      damaged: true,
      reason:
        `Văn bản có dấu hiệu mất chữ do phông chữ cũ (${suspicious.length}/${counted} từ không phải âm tiết ` +
        `tiếng Việt, ví dụ ${quoteList(suspicious)}): không khôi phục được, cần nhập lại từ bản gốc.`,
    };
  }
  return null;
}

/** Exposed for tests of the word classifier: the suspicious words of a text, in order. */
export function suspiciousWords(text: string): readonly string[] {
  return scanWords(text.normalize('NFC')).suspicious;
}
