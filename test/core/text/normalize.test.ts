import {
  caseKey,
  foldKey,
  normalizeMultiline,
  normalizeText,
  sameFolded,
  sameText,
  stripDiacritics,
} from '../../../src/core/text/normalize';

const NFC = 'Sở Giáo dục và Đào tạo Hòa Bình: Trường Trung học phổ thông, Quý IV năm 2020';
const NFD = NFC.normalize('NFD');

describe('normalizeText', () => {
  it('fixtures really differ in form', () => {
    expect(NFD).not.toBe(NFC);
    expect(NFD.length).toBeGreaterThan(NFC.length);
  });

  it.each([
    ['NFD input', NFD, NFC],
    ['NFC input', NFC, NFC],
    ['tone written as a combining mark after a precomposed vowel', 'Kê\u0301 hoa\u0323ch', 'Kế hoạch'],
    ['leading/trailing spaces', '  Kế hoạch  ', 'Kế hoạch'],
    ['tabs and runs of spaces', 'Cụm thi đua\tCụm   trưởng', 'Cụm thi đua Cụm trưởng'],
    ['line breaks (LF, CRLF, CR)', 'Phòng Giáo dục\nvà Đào tạo\r\nthành phố\rHòa Bình', 'Phòng Giáo dục và Đào tạo thành phố Hòa Bình'],
    ['no-break space U+00A0', 'Sở\u00a0GD&ĐT', 'Sở GD&ĐT'],
    ['narrow no-break space U+202F', '53,8\u202f%', '53,8 %'],
    ['figure space U+2007 and thin space U+2009', 'Tháng\u20078/2020\u2009nhé', 'Tháng 8/2020 nhé'],
    ['zero-width space U+200B and BOM U+FEFF', '\ufeffKế\u200bhoạch', 'Kế hoạch'],
    ['ideographic space U+3000, line/paragraph separators', 'a\u3000b\u2028c\u2029d', 'a b c d'],
    ['only whitespace', ' \u00a0\t\r\n ', ''],
    ['empty', '', ''],
  ])('%s', (_name, input, expected) => {
    expect(normalizeText(input)).toBe(expected);
  });
});

describe('normalizeMultiline', () => {
  it.each([
    ['keeps one break per line break', 'KẾ HOẠCH\nTháng 8/2020', 'KẾ HOẠCH\nTháng 8/2020'],
    ['CRLF and CR', 'a\r\nb\rc', 'a\nb\nc'],
    ['drops blank lines and trims each line', '  Kế  hoạch \n\n \u00a0\n\tthực hiện  ', 'Kế hoạch\nthực hiện'],
    ['NFD to NFC per line', `${NFD}\n${NFD}`, `${NFC}\n${NFC}`],
    ['all blank', '\n \n\t\n', ''],
  ])('%s', (_name, input, expected) => {
    expect(normalizeMultiline(input)).toBe(expected);
  });
});

describe('stripDiacritics', () => {
  it.each([
    ['Đơn vị chủ trì', 'Don vi chu tri'],
    ['đường ĐƯỜNG', 'duong DUONG'],
    ['Ăn Ân Ên Ôn Ơn Ưn', 'An An En On On Un'],
    ['ắằẳẵặ ấầẩẫậ ếềểễệ íìỉĩị ốồổỗộ ớờởỡợ ứừửữự ýỳỷỹỵ', 'aaaaa aaaaa eeeee iiiii ooooo ooooo uuuuu yyyyy'],
    [NFD, 'So Giao duc va Dao tao Hoa Binh: Truong Trung hoc pho thong, Quy IV nam 2020'],
    ['GD&ĐT 2020-2021', 'GD&DT 2020-2021'],
  ])('%s → %s', (input, expected) => {
    expect(stripDiacritics(input)).toBe(expected);
  });

  it('returns NFC', () => {
    const out = stripDiacritics('Sở GD&ĐT');
    expect(out).toBe(out.normalize('NFC'));
  });
});

describe('caseKey', () => {
  it.each([
    ['  KẾ   HOẠCH ', 'kế hoạch'],
    ['ĐỖ THỊ HÀ', 'đỗ thị hà'],
    // NFD in, NFC out; the key puts the tone of "Hòa" on the second vowel (new style)
    [NFD, 'sở giáo dục và đào tạo hoà bình: trường trung học phổ thông, quý iv năm 2020'],
    ['TRƯỜNG THPT', 'trường thpt'],
    ['Thủy', 'thuỷ'],
  ])('%j → %j', (input, expected) => {
    expect(caseKey(input)).toBe(expected);
  });
});

describe('foldKey', () => {
  it.each([
    ['Phòng  KẾ hoạch', 'phong ke hoach'],
    ['ĐÀO TẠO', 'dao tao'],
    ['đào tạo', 'dao tao'],
    ['Sở GD&ĐT Hòa\u00a0Bình', 'so gd&dt hoa binh'],
    [NFD, 'so giao duc va dao tao hoa binh: truong trung hoc pho thong, quy iv nam 2020'],
    ['Quý IV\nnăm 2020', 'quy iv nam 2020'],
  ])('%j → %j', (input, expected) => {
    expect(foldKey(input)).toBe(expected);
  });
});

describe('sameText / sameFolded', () => {
  it.each([
    // a, b, sameText, sameFolded
    ['Sở Giáo dục và Đào tạo', 'SỞ GIÁO DỤC VÀ ĐÀO TẠO', true, true],
    [NFC, NFD, true, true],
    ['Kế  hoạch\n thực hiện', 'kế hoạch thực hiện', true, true],
    ['Sở\u00a0GD&ĐT', 'sở gd&đt', true, true],
    ['Phòng Khảo thí', 'Phong Khao thi', false, true],
    ['Đào tạo', 'Dao tao', false, true],
    ['Thường xuyên', 'Thương xuyên', false, true],
    ['Đào tạo', 'Đạo tạo', false, true],
    // old vs new tone placement: the same word, both correct — equal keys
    ['Hoà Bình', 'Hòa Bình', true, true],
    ['thủy lợi', 'thuỷ lợi', true, true],
    ['Sức khỏe', 'SỨC KHOẺ', true, true],
    ['Hóa học', 'Hoá học', true, true],
    // …but another tone is another word
    ['Hòa Bình', 'Hóa Bình', false, true],
    ['Hoàng', 'Hoáng', false, true],
    ['Quý IV', 'Quý III', false, false],
    ['Tháng 8/2020', 'Tháng 9/2020', false, false],
    ['Trường THPT', 'Trường THCS', false, false],
  ])('%j vs %j: sameText %s, sameFolded %s', (a, b, text, folded) => {
    expect(sameText(a, b)).toBe(text);
    expect(sameText(b, a)).toBe(text);
    expect(sameFolded(a, b)).toBe(folded);
    expect(sameFolded(b, a)).toBe(folded);
  });
});
