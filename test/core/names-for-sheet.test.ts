import { namesForSheet, type DefinedName } from '../../src/core/sheet';

const NAMES: readonly DefinedName[] = [
  { name: 'NamKeHoach', sheet: 'DM', ref: '$B$2' },
  { name: 'NamKeHoach', sheet: 'DM (2)', ref: '$B$2', scope: 'DM (2)' },
  { name: 'NgayBanHanh', sheet: 'DM', ref: '$B$3', scope: null },
  { name: 'NgayBanHanh', sheet: 'Khác', ref: '$B$3', scope: 'Khác' },
];

describe('namesForSheet', () => {
  test.each([
    ['DM (2)', ['DM (2)', 'DM', 'DM', 'Khác']],
    ['dm (2)', ['DM (2)', 'DM', 'DM', 'Khác']],
    ['DM', ['DM', 'DM', 'DM (2)', 'Khác']],
    ['Khác', ['Khác', 'DM', 'DM', 'DM (2)']],
  ])('on "%s": its own names first, then the workbook’s, then other sheets’', (sheet, order) => {
    expect(namesForSheet({ sheets: [], names: NAMES }, sheet).map((n) => n.scope ?? n.sheet)).toEqual(order);
  });
});
