import { safeText, uniqueSheetName, isoToSerial } from '../../src/office/render';

describe('writing text through Office.js', () => {
  it.each([
    ['1.1', "'1.1"],
    ['3.10', "'3.10"],
    ['10', "'10"],
    ['8/2020', "'8/2020"],
    ['20/11/2020', "'20/11/2020"],
    ['75%', "'75%"],
    ['TRUE', "'TRUE"],
    ['=HYPERLINK("http://x","y")', `'=HYPERLINK("http://x","y")`],
    ['- Kế hoạch', "'- Kế hoạch"],
    ['Tháng 8/2020', 'Tháng 8/2020'],
    ['10.2.4.a', '10.2.4.a'],
    ['Văn phòng', 'Văn phòng'],
  ])('keeps %j as text', (input, written) => {
    expect(safeText(input)).toBe(written);
  });

  it('makes sheet names unique, case-insensitively, within 31 characters', () => {
    expect(uniqueSheetName('Chấm điểm', new Set(['chấm điểm']))).toBe('Chấm điểm (2)');
    expect(uniqueSheetName('A'.repeat(40), new Set(['A'.repeat(31)]))).toBe(`${'A'.repeat(27)} (2)`);
    expect(uniqueSheetName('a/b:c', new Set())).toBe('a b c');
  });

  it('converts ISO dates to Excel serials', () => {
    expect(isoToSerial('2020-02-01')).toBe(43862);
  });
});
