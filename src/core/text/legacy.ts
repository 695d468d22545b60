/**
 * Legacy Vietnamese 8-bit encodings: TCVN3 (ABC) and VNI.
 *
 * Offices still keep documents typed in 8-bit fonts (".VnTime", ".VnTimeH" for
 * TCVN3; "VNI-Times" for VNI). Copied or imported into Excel, their bytes arrive
 * as the Windows-1252 characters those bytes stand for, so "Sở Giáo dục" shows
 * as "Së Gi¸o dôc" (TCVN3) or "Sôû Giaùo duïc" (VNI). Two different problems
 * look alike in a sheet and are handled separately:
 *
 *  1. Convertible legacy encoding (this file). Every letter is still there, only
 *     spelled in the old code page: {@link detectLegacyEncoding} recognises it,
 *     {@link convertLegacy} maps it back exactly with the published tables, and
 *     {@link fixLegacyText} does both.
 *  2. Irrecoverable loss (damage.ts). Text extracted from a PDF or printout made
 *     with a legacy font often comes out with letters already gone (replaced by
 *     spaces, U+FFFD or private-use characters): "c ng tác d n v n" for "công tác
 *     dân vận". No table brings those back; `detectDamagedText` only flags them so
 *     a person retypes the text.
 *
 * Conversion notes:
 *  - Input may hold either reading of bytes 0x80–0x9F: the Windows-1252 one
 *    ("“", "…", "–") or the raw Latin-1 one (C1 controls U+0080–U+009F). Neither
 *    table puts a letter there; C1 controls are turned into their 1252 characters.
 *  - TCVN3 (table VN3) has no upper-case letters with tone marks: they were typed
 *    with the lower-case byte in the companion upper-case font (.VnTimeH). The
 *    font is not part of the pasted text, so "GI¸O DôC" converts to "GIáO DụC":
 *    toned capitals come out lower case. Only Ă Â Ê Ô Ơ Ư Đ have their own bytes.
 *  - VNI writes most vowels as two bytes, base letter + a mark byte ("aù" = á,
 *    "oâ" = ô, "ôø" = ờ); ơ ư đ and the i-letters are single bytes.
 */

import { normalizeText } from './normalize';

export type LegacyEncoding = 'tcvn3' | 'vni';

/**
 * TCVN 5712:1993, table VN3 (ABC fonts .VnTime/.VnTimeH), as [byte, letter];
 * each byte is written as the Windows-1252 character it shows as.
 * Byte order per vowel row: huyền, hỏi, ngã, sắc, nặng.
 */
const TCVN3_TABLE: readonly (readonly [string, string])[] = [
  // 0xA1–0xA7: the only capitals VN3 has
  ['\u00A1', 'Ă'], ['\u00A2', 'Â'], ['\u00A3', 'Ê'], ['\u00A4', 'Ô'], ['\u00A5', 'Ơ'], ['\u00A6', 'Ư'], ['\u00A7', 'Đ'],
  // 0xA8–0xAE (0xAD is the soft hyphen)
  ['\u00A8', 'ă'], ['\u00A9', 'â'], ['\u00AA', 'ê'], ['\u00AB', 'ô'], ['\u00AC', 'ơ'], ['\u00AD', 'ư'], ['\u00AE', 'đ'],
  // a 0xB5–0xB9, ă 0xBB–0xBE + 0xC6, â 0xC7–0xCB
  ['\u00B5', 'à'], ['\u00B6', 'ả'], ['\u00B7', 'ã'], ['\u00B8', 'á'], ['\u00B9', 'ạ'],
  ['\u00BB', 'ằ'], ['\u00BC', 'ẳ'], ['\u00BD', 'ẵ'], ['\u00BE', 'ắ'], ['\u00C6', 'ặ'],
  ['\u00C7', 'ầ'], ['\u00C8', 'ẩ'], ['\u00C9', 'ẫ'], ['\u00CA', 'ấ'], ['\u00CB', 'ậ'],
  // e 0xCC, 0xCE–0xD1; ê 0xD2–0xD6
  ['\u00CC', 'è'], ['\u00CE', 'ẻ'], ['\u00CF', 'ẽ'], ['\u00D0', 'é'], ['\u00D1', 'ẹ'],
  ['\u00D2', 'ề'], ['\u00D3', 'ể'], ['\u00D4', 'ễ'], ['\u00D5', 'ế'], ['\u00D6', 'ệ'],
  // i 0xD7, 0xD8, 0xDC–0xDE
  ['\u00D7', 'ì'], ['\u00D8', 'ỉ'], ['\u00DC', 'ĩ'], ['\u00DD', 'í'], ['\u00DE', 'ị'],
  // o 0xDF, 0xE1–0xE4; ô 0xE5–0xE9; ơ 0xEA–0xEE
  ['\u00DF', 'ò'], ['\u00E1', 'ỏ'], ['\u00E2', 'õ'], ['\u00E3', 'ó'], ['\u00E4', 'ọ'],
  ['\u00E5', 'ồ'], ['\u00E6', 'ổ'], ['\u00E7', 'ỗ'], ['\u00E8', 'ố'], ['\u00E9', 'ộ'],
  ['\u00EA', 'ờ'], ['\u00EB', 'ở'], ['\u00EC', 'ỡ'], ['\u00ED', 'ớ'], ['\u00EE', 'ợ'],
  // u 0xEF, 0xF1–0xF4; ư 0xF5–0xF9
  ['\u00EF', 'ù'], ['\u00F1', 'ủ'], ['\u00F2', 'ũ'], ['\u00F3', 'ú'], ['\u00F4', 'ụ'],
  ['\u00F5', 'ừ'], ['\u00F6', 'ử'], ['\u00F7', 'ữ'], ['\u00F8', 'ứ'], ['\u00F9', 'ự'],
  // y 0xFA–0xFE
  ['\u00FA', 'ỳ'], ['\u00FB', 'ỷ'], ['\u00FC', 'ỹ'], ['\u00FD', 'ý'], ['\u00FE', 'ỵ'],
];

/**
 * VNI Windows (VNI-Times …) lower-case letters as [letter, bytes], bytes written
 * as their Windows-1252 characters. Tone bytes after a vowel: ù sắc, ø huyền,
 * û hỏi, õ ngã, ï nặng. After a/e/o, â (0xE2) adds the circumflex and á à å ã ä
 * are circumflex + tone; after a, ê (0xEA) adds the breve and é è ú ü ë are
 * breve + tone. Single bytes: ô ơ, ö ư, ñ đ, í ì æ ó ò for í ì ỉ ĩ ị, î for ỵ.
 * Capitals are the same bytes upper-cased ("AÙ" = Á, "Ö" = Ư), see VNI_UPPER.
 */
const VNI_LOWER: readonly (readonly [string, string])[] = [
  ['á', 'aù'], ['à', 'aø'], ['ả', 'aû'], ['ã', 'aõ'], ['ạ', 'aï'],
  ['â', 'aâ'], ['ấ', 'aá'], ['ầ', 'aà'], ['ẩ', 'aå'], ['ẫ', 'aã'], ['ậ', 'aä'],
  ['ă', 'aê'], ['ắ', 'aé'], ['ằ', 'aè'], ['ẳ', 'aú'], ['ẵ', 'aü'], ['ặ', 'aë'],
  ['é', 'eù'], ['è', 'eø'], ['ẻ', 'eû'], ['ẽ', 'eõ'], ['ẹ', 'eï'],
  ['ê', 'eâ'], ['ế', 'eá'], ['ề', 'eà'], ['ể', 'eå'], ['ễ', 'eã'], ['ệ', 'eä'],
  ['í', 'í'], ['ì', 'ì'], ['ỉ', 'æ'], ['ĩ', 'ó'], ['ị', 'ò'],
  ['ó', 'où'], ['ò', 'oø'], ['ỏ', 'oû'], ['õ', 'oõ'], ['ọ', 'oï'],
  ['ô', 'oâ'], ['ố', 'oá'], ['ồ', 'oà'], ['ổ', 'oå'], ['ỗ', 'oã'], ['ộ', 'oä'],
  ['ơ', 'ô'], ['ớ', 'ôù'], ['ờ', 'ôø'], ['ở', 'ôû'], ['ỡ', 'ôõ'], ['ợ', 'ôï'],
  ['ú', 'uù'], ['ù', 'uø'], ['ủ', 'uû'], ['ũ', 'uõ'], ['ụ', 'uï'],
  ['ư', 'ö'], ['ứ', 'öù'], ['ừ', 'öø'], ['ử', 'öû'], ['ữ', 'öõ'], ['ự', 'öï'],
  ['ý', 'yù'], ['ỳ', 'yø'], ['ỷ', 'yû'], ['ỹ', 'yõ'], ['ỵ', 'î'],
  ['đ', 'ñ'],
];

/** VNI capitals: both the letter and its bytes upper-cased (all of them exist in 1252). */
const VNI_UPPER: readonly (readonly [string, string])[] = VNI_LOWER.map(
  ([letter, bytes]) => [letter.toUpperCase(), bytes.toUpperCase()] as const,
);

/** Windows-1252 characters of bytes 0x80–0x9F (undefined bytes left as they are). */
const CP1252_C1: Readonly<Record<number, string>> = {
  0x80: '€', 0x82: '‚', 0x83: 'ƒ', 0x84: '„', 0x85: '…', 0x86: '†', 0x87: '‡', 0x88: 'ˆ',
  0x89: '‰', 0x8a: 'Š', 0x8b: '‹', 0x8c: 'Œ', 0x8e: 'Ž', 0x91: '‘', 0x92: '’', 0x93: '“',
  0x94: '”', 0x95: '•', 0x96: '–', 0x97: '—', 0x98: '˜', 0x99: '™', 0x9a: 'š', 0x9b: '›',
  0x9c: 'œ', 0x9e: 'ž', 0x9f: 'Ÿ',
};

interface Codec {
  /** Legacy sequence (1 or 2 chars) → letter. */
  readonly decode: ReadonlyMap<string, string>;
  /** Letter → legacy sequence. */
  readonly encode: ReadonlyMap<string, string>;
  /** Every non-ASCII character the legacy side uses. */
  readonly chars: ReadonlySet<string>;
  /** Those of {@link chars} that almost never occur in ordinary text. */
  readonly distinctive: ReadonlySet<string>;
}

/** Latin-1 letters that are also Vietnamese letters: their presence proves nothing. */
const LATIN1_VIETNAMESE = new Set('àáâãèéêìíòóôõùúýÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝ');
/** Latin-1 signs common in ordinary text ("©", "½", "µm", "3 × 4", «quotes»). */
const COMMON_SIGNS = new Set('\u00A0¡¢£¤¥¦§©ª«®¯°±²³´µ¶·¹º»¼½¾¿×÷');

function makeCodec(pairs: readonly (readonly [string, string])[], lenientCase: boolean): Codec {
  const decode = new Map<string, string>();
  const encode = new Map<string, string>();
  for (const [letter, bytes] of pairs) {
    decode.set(bytes, letter);
    encode.set(letter, bytes);
  }
  if (lenientCase) {
    // Accept a mark byte of the other case ("Aù", "aÙ"); the base letter decides the case.
    for (const [letter, bytes] of pairs) {
      if (bytes.length !== 2) continue;
      const [base, mark] = [bytes[0], bytes[1]];
      const otherMark = mark === mark.toLowerCase() ? mark.toUpperCase() : mark.toLowerCase();
      if (!decode.has(base + otherMark)) decode.set(base + otherMark, letter);
    }
  }
  const chars = new Set<string>();
  for (const bytes of decode.keys()) for (const ch of bytes) if (ch > '\u007f') chars.add(ch);
  const distinctive = new Set([...chars].filter((ch) => !LATIN1_VIETNAMESE.has(ch) && !COMMON_SIGNS.has(ch)));
  return { decode, encode, chars, distinctive };
}

const CODECS: Readonly<Record<LegacyEncoding, Codec>> = {
  tcvn3: makeCodec(
    TCVN3_TABLE.map(([bytes, letter]) => [letter, bytes] as const),
    false,
  ),
  vni: makeCodec([...VNI_LOWER, ...VNI_UPPER], true),
};

/** Upper-case toned letters TCVN3 can only write with the lower-case byte (.VnTimeH). */
function tcvn3Fallback(letter: string): string | undefined {
  const lower = letter.toLowerCase();
  return lower !== letter ? CODECS.tcvn3.encode.get(lower) : undefined;
}

/** Replaces C1 controls U+0080–U+009F by the Windows-1252 characters of those bytes. */
function c1ToCp1252(text: string): string {
  return text.replace(/[\u0080-\u009f]/g, (ch) => CP1252_C1[ch.charCodeAt(0)] ?? ch);
}

function decodeWith(codec: Codec, text: string): string {
  let out = '';
  for (let i = 0; i < text.length; ) {
    const two = text.slice(i, i + 2);
    const pair = two.length === 2 ? codec.decode.get(two) : undefined;
    if (pair !== undefined) {
      out += pair;
      i += 2;
      continue;
    }
    out += codec.decode.get(text[i]) ?? text[i];
    i += 1;
  }
  return out;
}

/**
 * Converts legacy-as-1252 text to Unicode (NFC) with the encoding's published table.
 * Characters outside the table (ASCII, digits, punctuation) are kept as they are.
 */
export function convertLegacy(text: string, encoding: LegacyEncoding): string {
  return decodeWith(CODECS[encoding], c1ToCp1252(text.normalize('NFC'))).normalize('NFC');
}

/**
 * The inverse of {@link convertLegacy}, for building fixtures: Unicode → legacy
 * bytes shown as Windows-1252 characters. For TCVN3, upper-case toned letters
 * get the lower-case byte (what typing them in .VnTimeH produces).
 */
export function encodeLegacy(text: string, encoding: LegacyEncoding): string {
  const codec = CODECS[encoding];
  let out = '';
  for (const ch of text.normalize('NFC')) {
    out += codec.encode.get(ch) ?? (encoding === 'tcvn3' ? tcvn3Fallback(ch) : undefined) ?? ch;
  }
  return out;
}

// ---------------------------------------------------------------------------
// Vietnamese syllable structure
// ---------------------------------------------------------------------------

const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/g;
const INITIALS = ['ngh', 'ng', 'nh', 'ch', 'gh', 'gi', 'kh', 'ph', 'qu', 'th', 'tr', 'b', 'c', 'd', 'đ', 'g', 'h', 'k', 'l', 'm', 'n', 'p', 'r', 's', 't', 'v', 'x', ''];
const FINALS = /^(ch|nh|ng|c|m|n|p|t)?$/;
const STOP_FINALS = new Set(['c', 'ch', 'p', 't']);
/** Vowel groups that never take a final consonant (they end in a semivowel or are open). */
const OPEN_ONLY = new Set(['y', 'ai', 'ao', 'au', 'ay', 'âu', 'ây', 'eo', 'êu', 'ia', 'iu', 'oi', 'ôi', 'ơi', 'ui', 'ưi', 'ưu', 'ua', 'ưa', 'uơ', 'iêu', 'oai', 'oao', 'oay', 'oeo', 'uây', 'uôi', 'uya', 'uyu', 'ươi', 'ươu', 'yêu']);
/** Vowel groups that need a final consonant. */
const NEED_FINAL = new Set(['ă', 'â', 'oă', 'uâ', 'iê', 'yê', 'uô', 'ươ', 'uyê', 'oo']);
/** Vowel groups that may or may not have one. */
const ANY_FINAL = new Set(['a', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'oa', 'oe', 'uê', 'uy']);
/** Finals ch/nh only follow these. */
const PALATAL_OK = new Set(['a', 'ê', 'i', 'oa', 'uê', 'uy']);

/**
 * True when `word` is a well-formed Vietnamese syllable (any case, NFC or NFD):
 * optional initial consonant, a permitted vowel group, an optional final from
 * c ch m n ng nh p t, at most one tone mark, and sắc/nặng before c ch p t.
 * Checks structure only, not the dictionary: "ạnh" passes, "nhiệ", "ch" fail.
 */
export function isVietnameseSyllable(word: string): boolean {
  const nfd = word.normalize('NFD').toLowerCase();
  const tones = nfd.match(TONE_MARKS) ?? [];
  if (tones.length > 1) return false;
  if (tones.length === 1) {
    const at = nfd.search(TONE_MARKS);
    let j = at - 1;
    while (j >= 0 && /[\u0302\u0306\u031b]/.test(nfd[j])) j -= 1;
    if (j < 0 || !'aeiouy'.includes(nfd[j])) return false;
  }
  const bare = nfd.replace(TONE_MARKS, '').normalize('NFC');
  if (!/^[a-zăâđêôơư]+$/.test(bare) || /[fjwz]/.test(bare)) return false;
  const tone = tones[0] ?? '';
  return INITIALS.some((initial) => {
    if (!bare.startsWith(initial)) return false;
    const rest = bare.slice(initial.length);
    const vowels = /^[aăâeêioôơuưy]+/.exec(rest)?.[0] ?? '';
    if (vowels === '') return false;
    const final = rest.slice(vowels.length);
    if (!FINALS.test(final)) return false;
    if ((initial === 'gh' || initial === 'ngh') && !/^[eêi]/.test(vowels)) return false;
    if (final === '') {
      if (NEED_FINAL.has(vowels)) return false;
      if (!OPEN_ONLY.has(vowels) && !ANY_FINAL.has(vowels)) return false;
    } else {
      if (!NEED_FINAL.has(vowels) && !ANY_FINAL.has(vowels)) return false;
      if ((final === 'ch' || final === 'nh') && !PALATAL_OK.has(vowels)) return false;
      if (STOP_FINALS.has(final) && tone !== '\u0301' && tone !== '\u0323') return false;
    }
    return true;
  });
}

// ---------------------------------------------------------------------------
// Detection
// ---------------------------------------------------------------------------

/** Letters only Unicode Vietnamese has (never in legacy text read as 1252). */
const VIETNAMESE_ONLY = /[\u0300-\u036f]|[ăđĩũơưĂĐĨŨƠƯ\u1ea0-\u1ef9]/;
const LETTER = /[\p{L}\p{M}]/u;

function hasNonAscii(text: string): boolean {
  for (let i = 0; i < text.length; i += 1) if (text.charCodeAt(i) > 0x7f) return true;
  return false;
}

interface Tally {
  /** Tokens that are not Vietnamese as they stand but are once converted. */
  evidence: number;
  /** Tokens that speak against the encoding (Unicode Vietnamese, garbage after converting). */
  counter: number;
  /** Distinct evidence tokens. */
  distinct: Set<string>;
  /** Some evidence token holds a character that ordinary text hardly ever has. */
  distinctive: boolean;
}

function tokens(text: string, codec: Codec): string[] {
  const out: string[] = [];
  let current = '';
  for (const ch of text) {
    if (LETTER.test(ch) || codec.chars.has(ch)) {
      current += ch;
    } else if (current !== '') {
      out.push(current);
      current = '';
    }
  }
  if (current !== '') out.push(current);
  return out;
}

function tally(text: string, encoding: LegacyEncoding): Tally {
  const codec = CODECS[encoding];
  const result: Tally = { evidence: 0, counter: 0, distinct: new Set(), distinctive: false };
  for (const token of tokens(text, codec)) {
    if (!hasNonAscii(token)) continue;
    if (VIETNAMESE_ONLY.test(token)) {
      result.counter += 1;
      continue;
    }
    const converted = decodeWith(codec, token);
    if (converted === token || [...token].length < 2) continue;
    const asIs = isVietnameseSyllable(token);
    const after = isVietnameseSyllable(converted);
    if (after && !asIs) {
      result.evidence += 1;
      result.distinct.add(token.toLowerCase());
      // A char ordinary text hardly has, or (VNI) a base+mark pair inside a longer word:
      // "Thaùng" is telling, the French "où" and Spanish "aún" are not.
      const length = [...token].length;
      if ([...token].some((ch) => codec.distinctive.has(ch)) || (length >= 4 && [...converted].length < length)) {
        result.distinctive = true;
      }
    } else if (asIs && !after) {
      result.counter += 1;
    } else if (!asIs && !after && converted !== converted.toUpperCase()) {
      // Garbage either way (a foreign word, a name) speaks mildly against; an all-caps
      // abbreviation ("GD§T" → "GDĐT") says nothing.
      result.counter += 0.5;
    }
  }
  return result;
}

/** Below this, a verdict would rest on one ambiguous word ("naïve Thaï"). */
const MIN_CONFIDENCE = 0.5;

/**
 * ratio = evidence / (evidence + counter) must reach 0.6; confidence is that ratio
 * scaled by how much evidence there is (one word 0.6, five or more 1).
 */
function confidenceOf(t: Tally): number {
  if (t.evidence === 0) return 0;
  if (!t.distinctive && t.distinct.size < 2) return 0;
  const ratio = t.evidence / (t.evidence + t.counter);
  if (ratio < 0.6) return 0;
  const confidence = Math.round(ratio * Math.min(1, 0.5 + 0.1 * t.evidence) * 100) / 100;
  return confidence >= MIN_CONFIDENCE ? confidence : 0;
}

/**
 * Recognises Vietnamese typed in a legacy font and read as Windows-1252/Latin-1.
 * Scores each encoding by the words that are not Vietnamese as they stand but
 * become well-formed Vietnamese syllables once converted, against the words
 * that are already Unicode Vietnamese or turn into garbage. Returns null for
 * Unicode Vietnamese, ASCII, numbers, dates and ordinary Latin text ("café",
 * "Müller", a lone "©"). `confidence` is in (0, 1].
 */
export function detectLegacyEncoding(text: string): { encoding: LegacyEncoding; confidence: number } | null {
  const prepared = c1ToCp1252(normalizeText(text));
  if (!hasNonAscii(prepared)) return null;
  let best: { encoding: LegacyEncoding; confidence: number } | null = null;
  for (const encoding of ['tcvn3', 'vni'] as const) {
    const confidence = confidenceOf(tally(prepared, encoding));
    if (confidence > 0 && (best === null || confidence > best.confidence)) best = { encoding, confidence };
  }
  return best;
}

/** Detects a legacy encoding and converts; null when the text is not legacy-encoded. */
export function fixLegacyText(text: string): { text: string; encoding: LegacyEncoding } | null {
  const detected = detectLegacyEncoding(text);
  return detected === null ? null : { text: convertLegacy(text, detected.encoding), encoding: detected.encoding };
}
