import { LOCALES, formatNumber, pickLanguage, stringIds, translate } from '../../src/taskpane/i18n';

describe('pane strings', () => {
  it('has a non-empty text in every language for every id', () => {
    const missing = stringIds().flatMap((id) => LOCALES.filter((l) => translate(l, id).trim() === '').map((l) => `${id}.${l}`));
    expect(missing).toEqual([]);
    expect(stringIds().length).toBeGreaterThan(100);
  });

  it('uses the same placeholders in both languages', () => {
    const names = (s: string): string[] => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1] as string).sort();
    const differ = stringIds().filter((id) => names(translate('vi', id)).join() !== names(translate('en', id)).join());
    expect(differ).toEqual([]);
  });

  it.each([
    ['vi', 'tabTemplates', {}, 'Mẫu'],
    ['en', 'tabTemplates', {}, 'Templates'],
    ['vi', 'tabValidate', {}, 'Kiểm tra'],
    ['vi', 'tabScoring', {}, 'Chấm điểm'],
    ['vi', 'tabTally', {}, 'Tổng hợp cụm'],
    ['vi', 'tabAudit', {}, 'Kiểm định'],
    ['vi', 'applyFix', {}, 'Áp dụng'],
    ['vi', 'clearMarks', {}, 'Xoá đánh dấu'],
    ['vi', 'marksCleared', { count: 3 }, 'Đã xoá 3 đánh dấu.'],
    ['en', 'scoringFilled', { filled: 2, total: 90 }, '2 of 90 criteria scored'],
    ['vi', 'scoringFilled', { filled: 2, total: 90 }, 'Đã chấm 2/90 tiêu chí'],
    ['en', 'marksCleared', {}, 'Removed {count} marks.'],
  ] as const)('translate(%s, %s, %j) = %s', (locale, id, params, expected) => {
    expect(translate(locale, id, params)).toBe(expected);
  });
});

describe('pickLanguage', () => {
  it.each([
    ['Chưa ghi sản phẩm / The product is missing', 'vi', 'Chưa ghi sản phẩm'],
    ['Chưa ghi sản phẩm / The product is missing', 'en', 'The product is missing'],
    ['Hạn 31/01/2020 đã qua / Due 2020-01-31 passed', 'vi', 'Hạn 31/01/2020 đã qua'],
    ['Ô C5 đã thay đổi; hãy kiểm tra lại. / Cell C5 changed; validate again.', 'en', 'Cell C5 changed; validate again.'],
    ['Sản phẩm “Báo cáo / Kế hoạch” chưa rõ / Product “Báo cáo / Kế hoạch” unclear', 'vi', 'Sản phẩm “Báo cáo / Kế hoạch” chưa rõ'],
    ['Sản phẩm “Báo cáo / Kế hoạch” chưa rõ / Product “Báo cáo / Kế hoạch” unclear', 'en', 'Product “Báo cáo / Kế hoạch” unclear'],
    ['Chưa hỗ trợ ExcelApi 1.8 (bảng / tables). Hãy dùng Excel 2019. / This Excel does not support ExcelApi 1.8.', 'vi', 'Chưa hỗ trợ ExcelApi 1.8 (bảng / tables). Hãy dùng Excel 2019.'],
    ['Chưa hỗ trợ ExcelApi 1.8 (bảng / tables). Hãy dùng Excel 2019. / This Excel does not support ExcelApi 1.8.', 'en', 'This Excel does not support ExcelApi 1.8.'],
    ['Network error', 'vi', 'Network error'],
    ['Network error', 'en', 'Network error'],
  ] as const)('%s (%s) → %s', (message, locale, expected) => {
    expect(pickLanguage(message, locale)).toBe(expected);
  });
});

describe('formatNumber', () => {
  it.each([
    [2250, 'vi', '2.250'],
    [2250, 'en', '2,250'],
    [12.5, 'vi', '12,5'],
    [12.5, 'en', '12.5'],
    [0, 'vi', '0'],
  ] as const)('%d in %s → %s', (n, locale, expected) => {
    expect(formatNumber(n, locale)).toBe(expected);
  });
});
