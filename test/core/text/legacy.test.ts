import {
  convertLegacy,
  detectLegacyEncoding,
  encodeLegacy,
  fixLegacyText,
  isVietnameseSyllable,
  type LegacyEncoding,
} from '../../../src/core/text/legacy';

/** The 67 lower-case precomposed Vietnamese letters (plain a e i o u y excluded). */
const LOWER = 'áàảãạăắằẳẵặâấầẩẫậéèẻẽẹêếềểễệíìỉĩịóòỏõọôốồổỗộơớờởỡợúùủũụưứừửữựýỳỷỹỵđ';
const UPPER = 'ÁÀẢÃẠĂẮẰẲẴẶÂẤẦẨẪẬÉÈẺẼẸÊẾỀỂỄỆÍÌỈĨỊÓÒỎÕỌÔỐỒỔỖỘƠỚỜỞỠỢÚÙỦŨỤƯỨỪỬỮỰÝỲỶỸỴĐ';

/**
 * Real phrases with their legacy forms derived by hand from the tables
 * (TCVN3: ở=0xEB "ë", á=0xB8 "¸", ụ=0xF4 "ô", à=0xB5 "µ", Đ=0xA7 "§", ạ=0xB9 "¹", ư=0xAD soft hyphen …;
 * VNI: ơ="ô", hỏi="û", sắc="ù", nặng="ï", huyền="ø", đ/Đ="ñ"/"Ñ", ư="ö", â/ê/ô="aâ"/"eâ"/"oâ" …).
 */
const PHRASES: readonly { unicode: string; tcvn3: string; vni: string }[] = [
  { unicode: 'Sở Giáo dục và Đào tạo', tcvn3: 'Së Gi¸o dôc vµ §µo t¹o', vni: 'Sôû Giaùo duïc vaø Ñaøo taïo' },
  {
    unicode: 'Phòng Khảo thí và Quản lý chất lượng giáo dục',
    tcvn3: 'Phßng Kh¶o thÝ vµ Qu¶n lý chÊt l\u00ADîng gi¸o dôc',
    vni: 'Phoøng Khaûo thí vaø Quaûn lyù chaát löôïng giaùo duïc',
  },
  { unicode: 'Tháng 8/2020', tcvn3: 'Th¸ng 8/2020', vni: 'Thaùng 8/2020' },
  { unicode: 'Kế hoạch thực hiện', tcvn3: 'KÕ ho¹ch thùc hiÖn', vni: 'Keá hoaïch thöïc hieän' },
  { unicode: 'Hội nghị tổng kết năm học', tcvn3: 'Héi nghÞ tæng kÕt n¨m häc', vni: 'Hoäi nghò toång keát naêm hoïc' },
  { unicode: 'Trường Trung học phổ thông', tcvn3: 'Tr\u00ADêng Trung häc phæ th«ng', vni: 'Tröôøng Trung hoïc phoå thoâng' },
  { unicode: 'Thường xuyên', tcvn3: 'Th\u00ADêng xuyªn', vni: 'Thöôøng xuyeân' },
  { unicode: 'Quý IV năm 2020', tcvn3: 'Quý IV n¨m 2020', vni: 'Quyù IV naêm 2020' },
];

describe('letter lists used below', () => {
  it('hold the 134 distinct precomposed Vietnamese letters', () => {
    const all = [...LOWER, ...UPPER];
    expect([...LOWER]).toHaveLength(67);
    expect([...UPPER]).toHaveLength(67);
    expect(new Set(all).size).toBe(134);
    expect(LOWER.toUpperCase()).toBe(UPPER);
    expect(all.every((ch) => ch.normalize('NFC') === ch)).toBe(true);
  });
});

describe('convertLegacy / encodeLegacy on real phrases', () => {
  describe.each(PHRASES)('$unicode', ({ unicode, tcvn3, vni }) => {
    it.each([
      ['tcvn3', tcvn3],
      ['vni', vni],
    ] as const)('%s: converts "%s" back to Unicode', (encoding, legacy) => {
      expect(convertLegacy(legacy, encoding)).toBe(unicode);
    });

    it.each([
      ['tcvn3', tcvn3],
      ['vni', vni],
    ] as const)('%s: the encoder yields the hand-derived form "%s"', (encoding, legacy) => {
      expect(encodeLegacy(unicode, encoding)).toBe(legacy);
    });

    it.each([
      ['tcvn3', tcvn3],
      ['vni', vni],
    ] as const)('%s: fixLegacyText detects and converts', (encoding, legacy) => {
      expect(fixLegacyText(legacy)).toEqual({ text: unicode, encoding });
    });

    it('is not flagged as legacy in its Unicode form', () => {
      expect(detectLegacyEncoding(unicode)).toBeNull();
      expect(fixLegacyText(unicode)).toBeNull();
    });
  });
});

describe('every Vietnamese letter round-trips through the tables', () => {
  it.each([...LOWER])('TCVN3 %s (one byte 0xA1–0xFE, and back)', (letter) => {
    const legacy = encodeLegacy(letter, 'tcvn3');
    expect(legacy).toMatch(/^[\u00A1-\u00FE]$/);
    expect(convertLegacy(legacy, 'tcvn3')).toBe(letter);
  });

  it('TCVN3 gives the 67 lower-case letters 67 different bytes', () => {
    expect(new Set([...LOWER].map((letter) => encodeLegacy(letter, 'tcvn3'))).size).toBe(67);
  });

  it.each([...LOWER, ...UPPER])('VNI %s', (letter) => {
    expect(convertLegacy(encodeLegacy(letter, 'vni'), 'vni')).toBe(letter);
    expect(convertLegacy(`x${encodeLegacy(letter, 'vni')}n`, 'vni')).toBe(`x${letter}n`);
  });

  it('TCVN3 has bytes for the capitals Ă Â Ê Ô Ơ Ư Đ only', () => {
    expect(encodeLegacy('ĂÂÊÔƠƯĐ', 'tcvn3')).toBe('\u00A1\u00A2\u00A3\u00A4\u00A5\u00A6\u00A7');
    expect(convertLegacy('\u00A1\u00A2\u00A3\u00A4\u00A5\u00A6\u00A7', 'tcvn3')).toBe('ĂÂÊÔƠƯĐ');
  });

  it('TCVN3 toned capitals come back lower case (.VnTimeH reuses the lower-case bytes)', () => {
    const expected = [...UPPER].map((ch) => ('ĂÂÊÔƠƯĐ'.includes(ch) ? ch : ch.toLowerCase())).join('');
    expect(convertLegacy(encodeLegacy(UPPER, 'tcvn3'), 'tcvn3')).toBe(expected);
    expect(convertLegacy('GI¸O DôC', 'tcvn3')).toBe('GIáO DụC');
    expect(convertLegacy('TR¦êNG', 'tcvn3')).toBe('TRƯờNG');
  });
});

describe('published table positions', () => {
  it.each([
    ['\u00B5', 'à'], ['\u00B8', 'á'], ['\u00B9', 'ạ'], ['\u00A8', 'ă'], ['\u00A9', 'â'], ['\u00AA', 'ê'],
    ['\u00AB', 'ô'], ['\u00AC', 'ơ'], ['\u00AD', 'ư'], ['\u00AE', 'đ'], ['\u00A7', 'Đ'], ['\u00C6', 'ặ'],
    ['\u00CA', 'ấ'], ['\u00D5', 'ế'], ['\u00D6', 'ệ'], ['\u00DC', 'ĩ'], ['\u00DF', 'ò'], ['\u00E8', 'ố'],
    ['\u00EB', 'ở'], ['\u00EE', 'ợ'], ['\u00F4', 'ụ'], ['\u00F9', 'ự'], ['\u00FD', 'ý'], ['\u00FE', 'ỵ'],
  ])('TCVN3 byte %s → %s', (byte, letter) => {
    expect(convertLegacy(byte, 'tcvn3')).toBe(letter);
  });

  it.each([
    ['a\u00F9', 'á'], ['a\u00F8', 'à'], ['a\u00FB', 'ả'], ['a\u00F5', 'ã'], ['a\u00EF', 'ạ'],
    ['a\u00E2', 'â'], ['a\u00E1', 'ấ'], ['a\u00E0', 'ầ'], ['a\u00E5', 'ẩ'], ['a\u00E3', 'ẫ'], ['a\u00E4', 'ậ'],
    ['a\u00EA', 'ă'], ['a\u00E9', 'ắ'], ['a\u00E8', 'ằ'], ['a\u00FA', 'ẳ'], ['a\u00FC', 'ẵ'], ['a\u00EB', 'ặ'],
    ['\u00F4', 'ơ'], ['\u00F6', 'ư'], ['\u00F1', 'đ'], ['\u00E6', 'ỉ'], ['\u00F3', 'ĩ'], ['\u00F2', 'ị'],
    ['\u00EE', 'ỵ'], ['\u00CE', 'Ỵ'], ['\u00D1', 'Đ'], ['\u00D6', 'Ư'], ['\u00D4', 'Ơ'], ['A\u00D9', 'Á'],
  ])('VNI bytes %s → %s', (bytes, letter) => {
    expect(convertLegacy(bytes, 'vni')).toBe(letter);
  });
});

describe('convertLegacy details', () => {
  it.each([
    ['tcvn3', '\u201CSë\u201D \u2013 \u2026', '\u201CSở\u201D \u2013 \u2026'],
    ['tcvn3', '\u0093Së\u0094 \u0096 \u0085', '\u201CSở\u201D \u2013 \u2026'],
    ['vni', '\u0093Sôû\u0094 \u0080 \u0099', '\u201CSở\u201D \u20AC \u2122'],
  ] as const)('%s: accepts 1252 and raw C1 forms of bytes 0x80–0x9F (%j)', (encoding, input, expected) => {
    expect(convertLegacy(input, encoding)).toBe(expected);
  });

  it('keeps undefined 1252 bytes (0x81, 0x8D, 0x8F, 0x90, 0x9D) as they are', () => {
    expect(convertLegacy('a\u0081\u008D\u008F\u0090\u009Db', 'tcvn3')).toBe('a\u0081\u008D\u008F\u0090\u009Db');
  });

  it('outputs NFC even from decomposed input', () => {
    const nfd = 'Sôû Giaùo duïc'.normalize('NFD');
    expect(convertLegacy(nfd, 'vni')).toBe('Sở Giáo dục');
    expect(convertLegacy('Gi¸o'.normalize('NFD'), 'tcvn3')).toBe('Giáo');
  });

  it('VNI accepts a mark byte of the other case; the base letter sets the case', () => {
    expect(convertLegacy('Aùnh', 'vni')).toBe('Ánh');
    expect(convertLegacy('aÙnh', 'vni')).toBe('ánh');
    expect(convertLegacy('TRÖÔØNG THPT', 'vni')).toBe('TRƯỜNG THPT');
  });

  it('leaves ASCII, digits and punctuation untouched', () => {
    const ascii = 'KT&QLCLGD 6-7/2020 (THPT); 53,8% - e-learning';
    expect(convertLegacy(ascii, 'tcvn3')).toBe(ascii);
    expect(convertLegacy(ascii, 'vni')).toBe(ascii);
  });

  it('converts a multi-line TCVN3 block', () => {
    expect(convertLegacy('Së GD&§T Hßa B×nh\nPhßng GD&§T thµnh phè', 'tcvn3')).toBe(
      'Sở GD&ĐT Hòa Bình\nPhòng GD&ĐT thành phố',
    );
  });
});

describe('detectLegacyEncoding', () => {
  it.each([
    ['Së', 'tcvn3', 0.6],
    ['Phßng', 'tcvn3', 0.6],
    ['Th¸ng 8/2020', 'tcvn3', 0.6],
    ['n¨m 2020', 'tcvn3', 0.6],
    ['Së Gi¸o dôc vµ §µo t¹o', 'tcvn3', 1],
    ['\u0093Së Gi¸o dôc\u0094', 'tcvn3', 0.8],
    ['Së GD&§T Hßa B×nh', 'tcvn3', 0.8],
    ['Sôû', 'vni', 0.6],
    ['Giaùo', 'vni', 0.6],
    ['Sôû Giaùo duïc vaø Ñaøo taïo', 'vni', 1],
  ] as const)('%j → %s (confidence %d)', (text, encoding, confidence) => {
    expect(detectLegacyEncoding(text)).toEqual({ encoding, confidence });
  });

  it.each([
    [''],
    ['Hello world'],
    ['THPT 2020-2021'],
    ['12/5/2016'],
    ['53,8%'],
    ['Copyright © 2020'],
    ['©'],
    ['®'],
    ['½'],
    ['½ cup of sugar'],
    ['Microsoft® Excel®'],
    ['10µm, 5µm'],
    ['3 × 4 × 5'],
    ['café'],
    ['Müller'],
    ['Straße über die Brücke'],
    ['Je ne sais pas où il est'],
    ['élève, été, thé'],
    ['naïve Thaï'],
    ['Zoë, Noël, Raphaël'],
    ['«Bonjour»'],
    ['Sở Giáo dục và Đào tạo Hòa Bình'],
    ['Tháng 8/2020'],
    ['Hoà Bình, ngày 08 tháng 10 năm 2020'],
    ['Phòng Khảo thí và Quản lý chất lượng giáo dục'],
    ['Cụm thi đua\tCụm trưởng (Sở GD&ĐT)\tCụm phó (Sở GD&ĐT)'],
  ])('%j is not legacy', (text) => {
    expect(detectLegacyEncoding(text)).toBeNull();
    expect(fixLegacyText(text)).toBeNull();
  });

  it('does not flag Unicode Vietnamese that contains a stray legacy-looking sign', () => {
    expect(detectLegacyEncoding('Sở Giáo dục và Đào tạo © 2020 ½')).toBeNull();
  });

  it.each(['tcvn3', 'vni'] as const)('%s: detects a whole paragraph and fixes it', (encoding: LegacyEncoding) => {
    const unicode =
      'Tiếp tục thực hiện có hiệu quả Chỉ thị số 1737/CT-BGDĐT ngày 07/5/2018 của Bộ GDĐT về việc ' +
      'tăng cường công tác quản lý và nâng cao đạo đức nhà giáo.';
    const legacy = encodeLegacy(unicode, encoding);
    expect(detectLegacyEncoding(legacy)).toEqual({ encoding, confidence: 1 });
    expect(fixLegacyText(legacy)).toEqual({ text: unicode, encoding });
  });
});

describe('isVietnameseSyllable', () => {
  it.each([
    'a', 'ạnh', 'nghiêng', 'quyết', 'quý', 'giữa', 'gì', 'khuya', 'thuở', 'xoong', 'Trường', 'TRƯỜNG',
    'oai', 'hoạch', 'khuếch', 'huynh', 'người', 'yêu', 'ươu', 'đ\u1ea1o', 'Hoà', 'Hòa', 'học'.normalize('NFD'),
  ])('%s is well-formed', (word) => {
    expect(isVietnameseSyllable(word)).toBe(true);
  });

  it.each([
    ['ch', 'no vowel'],
    ['n', 'no vowel'],
    ['nhiệ', 'iê needs a final consonant'],
    ['tă', 'ă needs a final consonant'],
    ['ầ', 'â needs a final consonant'],
    ['dôc', 'c needs sắc or nặng'],
    ['họcc', 'no such final'],
    ['ghá', 'gh only before e ê i'],
    ['learning', 'not a Vietnamese rime'],
    ['fan', 'f is not a Vietnamese letter'],
    ['Müller', 'ü is not a Vietnamese letter'],
    ['giaùo', 'no such vowel group'],
    ['hóà', 'two tone marks'],
    ['ḿ', 'tone on a consonant'],
    ['Së', 'ë is not Vietnamese'],
  ])('%s is not (%s)', (word) => {
    expect(isVietnameseSyllable(word)).toBe(false);
  });
});
