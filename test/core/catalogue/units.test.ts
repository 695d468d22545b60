import {
  UnitMatcher,
  editDistance,
  findSpellingVariants,
  nearSameUnit,
  spellingTolerance,
  unitKey,
} from '../../../src/core/catalogue';
import { HOA_BINH_2020 } from '../../../src/core/templates';

describe('unit keys', () => {
  const cases: readonly [string, string][] = [
    ['Phòng Kế hoạch Tài chính', 'phong ke hoach tai chinh'],
    ['  PHÒNG  KẾ HOẠCH   TÀI CHÍNH ', 'phong ke hoach tai chinh'],
    ['Phòng Kế hoạch - Tài chính', 'phong ke hoach-tai chinh'],
    ['Phòng KH – TC', 'phong kh-tc'],
    ['Phòng GDTX & GDCN', 'phong gdtx&gdcn'],
    ['Văn phòng.', 'van phong'],
  ];
  it.each(cases)('%j → %j', (text, key) => {
    expect(unitKey(text)).toBe(key);
  });
});

describe('edit distance', () => {
  const cases: readonly [string, string, number, number][] = [
    ['', '', Infinity, 0],
    ['abc', '', Infinity, 3],
    ['kitten', 'sitting', Infinity, 3],
    ['phong ke hoach', 'phong ke hoac', Infinity, 1],
    ['kitten', 'sitting', 2, 3], // stops early: max + 1
    ['a', 'abcdef', 2, 3], // length difference alone exceeds max
  ];
  it.each(cases)('%j ↔ %j (max %d) = %d', (a, b, max, d) => {
    expect(editDistance(a, b, max)).toBe(d);
  });

  const tolerances: readonly [number, number][] = [
    [3, 0],
    [4, 0],
    [5, 1],
    [7, 1],
    [8, 2],
    [19, 2],
    [20, 3],
    [40, 6],
  ];
  it.each(tolerances)('a core of %d letters tolerates %d edits', (length, tolerance) => {
    expect(spellingTolerance(length)).toBe(tolerance);
  });
});

describe('matching a unit text against the known units', () => {
  const matcher = new UnitMatcher(HOA_BINH_2020.units);
  const cases: readonly [string, string, 'known' | 'near' | 'unknown', string | null][] = [
    ['the name', 'Phòng Tổ chức Cán bộ', 'known', 'Phòng Tổ chức Cán bộ'],
    ['an alias', 'Phòng TCCB', 'known', 'Phòng Tổ chức Cán bộ'],
    ['case and diacritics', 'phong ke hoach tai chinh', 'known', 'Phòng Kế hoạch Tài chính'],
    ['NFD and spacing', ' Phòng  Giáo dục Mầm non '.normalize('NFD'), 'known', 'Phòng Giáo dục Mầm non'],
    ['spacing around a dash', 'Phòng KH - TC', 'known', 'Phòng Kế hoạch Tài chính'],
    ['a letter missing', 'Phòng Kế hoạch Tài chín', 'near', 'Phòng Kế hoạch Tài chính'],
    ['two letters swapped', 'Phòng Giáo dục Tiểu hcọ', 'near', 'Phòng Giáo dục Tiểu học'],
    ['a typo in an alias', 'Thanh tra Sỏ', 'known', 'Thanh tra'],
    ['a typo in a long alias', 'Phòng Khảo thí và QLCLG', 'near', 'Phòng Khảo thí và Quản lý chất lượng giáo dục'],
    ['without the prefix', 'Kế hoạch Tài chính', 'near', 'Phòng Kế hoạch Tài chính'],
    ['another prefix', 'Ban Công nghệ thông tin', 'near', 'Tổ Công nghệ thông tin'],
    ['an abbreviation of the name', 'KHTC', 'near', 'Phòng Kế hoạch Tài chính'],
    ['an abbreviation with the prefix', 'Phòng CNTT', 'near', 'Tổ Công nghệ thông tin'],
    ['an abbreviation with "&"', 'Phòng KT & QLCLGD', 'known', 'Phòng Khảo thí và Quản lý chất lượng giáo dục'],
    ['an abbreviation without "và"', 'Ban GDTX-GDCN', 'near', 'Phòng Giáo dục Thường xuyên và Giáo dục chuyên nghiệp'],
    ['a short abbreviation is not guessed', 'Phòng GDTX', 'unknown', null],
    ['a two-letter abbreviation is not guessed', 'TT', 'unknown', null],
    ['another unit altogether', 'Công đoàn ngành', 'unknown', null],
    ['empty', '', 'unknown', null],
  ];
  it.each(cases)('%s: %j', (_name, text, kind, unit) => {
    const m = matcher.match(text);
    expect(m.kind).toBe(kind);
    expect(m.kind === 'unknown' ? null : m.unit.name).toBe(unit);
    if (m.kind === 'near') expect(m.suggestion).toBe(unit);
  });

  it('suggests nothing when the closest spellings belong to two units', () => {
    const m = new UnitMatcher([
      { name: 'Phòng Giáo dục Mầm non', aliases: [] },
      { name: 'Phòng Giáo dục Mầm non A', aliases: [] },
      { name: 'Phòng Giáo dục Mầm non B', aliases: [] },
    ]).match('Phòng Giáo dục Mầm non C');
    expect(m).toEqual({ kind: 'unknown' });
  });

  it('returns the same answer from its cache', () => {
    const m = new UnitMatcher(HOA_BINH_2020.units);
    expect(m.match('KHTC')).toBe(m.match('KHTC'));
  });
});

describe('near-same unit spellings without a unit list', () => {
  const cases: readonly [string, string, boolean][] = [
    ['Văn phòng', 'văn phong', true],
    ['Văn phòng', 'Văn phòg', true],
    ['Phòng KHTC', 'Phòng Kế hoạch Tài chính', true],
    ['Phòng Kế hoạch Tài chính', 'KHTC', true],
    ['Phòng GDTH', 'Phòng GDMN', false],
    ['Văn phòng', 'Thanh tra', false],
  ];
  it.each(cases)('%j ~ %j: %s', (a, b, same) => {
    expect(nearSameUnit(a, b)).toBe(same);
    expect(nearSameUnit(b, a)).toBe(same);
  });

  it('maps each minority spelling to the majority spelling of its unit', () => {
    const texts = ['Văn phòng', 'Văn phòg', 'Văn phòng', 'văn phòng', 'Thanh tra', 'Phòng KHTC', 'Phòng Kế hoạch Tài chính', 'Phòng KHTC'];
    const variants = findSpellingVariants(texts.map((text) => ({ text })));
    expect([...variants.values()]).toEqual([
      { text: 'Văn phòg', majority: 'Văn phòng', majorityCount: 3 },
      { text: 'Phòng Kế hoạch Tài chính', majority: 'Phòng KHTC', majorityCount: 2 },
    ]);
  });

  it('gives a tie to the spelling seen first', () => {
    const variants = findSpellingVariants([{ text: 'Phòng Tổ chức Cán bộ' }, { text: 'Phòng Tổ chức Cán bội' }]);
    expect([...variants.values()]).toEqual([{ text: 'Phòng Tổ chức Cán bội', majority: 'Phòng Tổ chức Cán bộ', majorityCount: 1 }]);
  });

  it('reports nothing when every unit is spelled one way', () => {
    expect(findSpellingVariants(['Văn phòng', 'Thanh tra', 'Văn phòng'].map((text) => ({ text }))).size).toBe(0);
  });
});
