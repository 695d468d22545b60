/**
 * Vietnamese text as data: canonical form for storage and display, and
 * comparison keys that ignore case, diacritics and spacing.
 */

/** Every kind of whitespace, including no-break and zero-width-adjacent spaces. */
const WHITESPACE = /[\s\u00a0\u2000-\u200b\u202f\u205f\u3000\ufeff]+/g;

/** NFC, trimmed, runs of whitespace (including line breaks) collapsed to one space. */
export function normalizeText(input: string): string {
  return input.normalize('NFC').replace(WHITESPACE, ' ').trim();
}

/** Like {@link normalizeText} but keeps line breaks (one per break, trimmed lines). */
export function normalizeMultiline(input: string): string {
  return input
    .normalize('NFC')
    .split(/\r\n|\r|\n/)
    .map((line) => normalizeText(line))
    .filter((line) => line !== '')
    .join('\n');
}

/** Removes diacritics: "Đơn vị chủ trì" → "Don vi chu tri". đ/Đ become d/D. */
export function stripDiacritics(input: string): string {
  return input
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .normalize('NFC');
}

/**
 * A tone mark (in NFD: grave, acute, tilde, hook above, dot below) on the first
 * vowel of a word-final "oa", "oe" or "uy" (old style: hòa, khỏe, thủy).
 */
const OLD_STYLE_TONE = /(o|u)([\u0300\u0301\u0303\u0309\u0323])(a|e|y)(?![\p{L}\p{M}])/gu;

/**
 * Puts the tone of a word-final "oa", "oe", "uy" on the second vowel, so the
 * old and new placements ("Hòa"/"Hoà", "thủy"/"thuỷ", "khỏe"/"khoẻ") — both
 * correct Vietnamese — compare equal. Expects lower case; returns NFC.
 */
export function normalizeTonePlacement(lower: string): string {
  // Fast path: only a toned o/u right before a/e/y can be old style (most texts have none).
  if (!/[òóỏõọùúủũụ][aey]/.test(lower.normalize('NFC'))) return lower;
  return lower.normalize('NFD').replace(OLD_STYLE_TONE, '$1$3$2').normalize('NFC');
}

/** NFC, trimmed, collapsed, lower case (Vietnamese rules). */
function lowerKey(input: string): string {
  return normalizeText(input).toLocaleLowerCase('vi');
}

/**
 * Case-insensitive, diacritic-aware key: same text up to case, spacing,
 * Unicode form and old/new tone placement; a missing or different diacritic
 * makes another key.
 */
export function caseKey(input: string): string {
  return normalizeTonePlacement(lowerKey(input));
}

/** Case- and diacritic-insensitive key: "Phòng  KẾ hoạch" and "phong ke hoach" share it. */
export function foldKey(input: string): string {
  // Tone placement does not matter once the diacritics are gone.
  return stripDiacritics(lowerKey(input));
}

/** True when two texts are equal up to case, spacing and Unicode form (diacritics count). */
export function sameText(a: string, b: string): boolean {
  return caseKey(a) === caseKey(b);
}

/** True when two texts are equal ignoring case, spacing and diacritics. */
export function sameFolded(a: string, b: string): boolean {
  return foldKey(a) === foldKey(b);
}
