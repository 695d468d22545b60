import { catalogueContextFromWorkbook, dateCellToIso, validateCatalogue } from '../../../src/core/catalogue';
import type { DefinedName, GridCell, SheetGrid } from '../../../src/core/sheet';
import { HOA_BINH_2020 } from '../../../src/core/templates';
import { HEADER, findingPairs, gridFromRows, workbook, type CellInput } from '../../helpers/grid';

/** The units sheet the add-in writes: header "Đơn vị" | "Tên gọi khác (viết tắt)", then one unit a row. */
const UNITS_SHEET = gridFromRows(
  [
    ['Đơn vị', 'Tên gọi khác (viết tắt)'],
    ['Văn phòng', 'Văn phòng Sở; VP'],
    ['Phòng Kế hoạch Tài chính', 'Phòng KHTC;Phòng KH-TC\nKHTC'],
    [],
    ['  Thanh tra ', ''],
    ['Tổ Công nghệ thông tin'],
    ['văn phòng', 'trùng tên: bỏ qua'],
  ],
  { name: 'Đơn vị' },
);

const SETTINGS = gridFromRows(
  [
    ['Năm kế hoạch', 2020],
    ['Ngày ban hành', 43862],
  ],
  { name: 'Cài đặt' },
);

const CATALOGUE = gridFromRows([['DANH MỤC NHIỆM VỤ GIÁO DỤC VÀ ĐÀO TẠO NĂM 2021'], [...HEADER], [1, 'Nhiệm vụ', 'VP', 'Tháng 8/2020', 'Báo cáo']], {
  name: 'Danh mục',
});

const NAMES: readonly DefinedName[] = [
  { name: 'DanhMucDonVi', sheet: 'Đơn vị', ref: '$A$2:$A$7' },
  { name: 'NamKeHoach', sheet: 'Cài đặt', ref: '$B$1' },
  { name: 'NgayBanHanh', sheet: 'Cài đặt', ref: '$B$2' },
];

const EXPECTED_UNITS = [
  { name: 'Văn phòng', aliases: ['Văn phòng Sở', 'VP'] },
  { name: 'Phòng Kế hoạch Tài chính', aliases: ['Phòng KHTC', 'Phòng KH-TC', 'KHTC'] },
  { name: 'Thanh tra', aliases: [] },
  { name: 'Tổ Công nghệ thông tin', aliases: [] },
];

describe('the check context from the workbook', () => {
  it('reads units with aliases, the plan year and the issue date from the defined names', () => {
    const wb = workbook([CATALOGUE, UNITS_SHEET, SETTINGS], NAMES);
    expect(catalogueContextFromWorkbook(wb, 'Danh mục')).toEqual({ units: EXPECTED_UNITS, planYear: 2020, issueDate: '2020-02-01' });
  });

  const unitRefs: readonly [string, DefinedName][] = [
    ['a range that includes the header row', { name: 'DanhMucDonVi', sheet: 'Đơn vị', ref: '$A$1:$A$7' }],
    ['a two-column range', { name: 'DanhMucDonVi', sheet: 'Đơn vị', ref: '$A$2:$B$7' }],
    ['a whole column', { name: 'DanhMucDonVi', sheet: 'Đơn vị', ref: '$A:$A' }],
    ['a reference with the sheet name', { name: 'DanhMucDonVi', sheet: 'Đơn vị', ref: "='Đơn vị'!$A$2:$A$7" }],
    ['a range past the last row', { name: 'DanhMucDonVi', sheet: 'Đơn vị', ref: '$A$2:$A$500' }],
    ['a name in another case', { name: 'DANHMUCDONVI', sheet: 'Đơn vị', ref: '$A$2:$A$7' }],
  ];
  it.each(unitRefs)('reads the units from %s', (_name, name) => {
    const wb = workbook([UNITS_SHEET], [name]);
    expect(catalogueContextFromWorkbook(wb, 'Danh mục').units).toEqual(EXPECTED_UNITS);
  });

  const noUnits: readonly [string, readonly DefinedName[]][] = [
    ['no name', []],
    ['a name into a missing sheet', [{ name: 'DanhMucDonVi', sheet: 'Không có', ref: '$A$2:$A$7' }]],
    ['a name with a broken reference', [{ name: 'DanhMucDonVi', sheet: 'Đơn vị', ref: '#REF!' }]],
    ['a name over blank cells', [{ name: 'DanhMucDonVi', sheet: 'Đơn vị', ref: '$D$1:$D$9' }]],
  ];
  it.each(noUnits)('has no units with %s', (_name, names) => {
    expect(catalogueContextFromWorkbook(workbook([UNITS_SHEET], names), 'Danh mục').units).toBeNull();
  });

  const years: readonly [string, CellInput, number | null][] = [
    ['a number', 2021, 2021],
    ['a text', ' 2021 ', 2021],
    ['a fraction', 2020.5, null],
    ['an out-of-range number', 43862, null],
    ['a word', 'năm nay', null],
    ['an empty cell', null, null],
  ];
  it.each(years)('reads the plan year from %s', (_name, value, year) => {
    const settings = gridFromRows([[null, value]], { name: 'Cài đặt' });
    const wb = workbook([settings], [{ name: 'NamKeHoach', sheet: 'Cài đặt', ref: '$B$1' }]);
    expect(catalogueContextFromWorkbook(wb, 'Danh mục').planYear).toBe(year);
  });

  it('reads a plan year given as a constant name', () => {
    const wb = workbook([], [{ name: 'NamKeHoach', sheet: null, ref: '=2022' }]);
    expect(catalogueContextFromWorkbook(wb, 'Danh mục').planYear).toBe(2022);
  });

  it('falls back to the year in the catalogue title when NamKeHoach is missing', () => {
    expect(catalogueContextFromWorkbook(workbook([CATALOGUE], []), 'Danh mục')).toEqual({ units: null, planYear: 2021, issueDate: null });
  });

  it('does not take a school year or a missing sheet for the plan year', () => {
    const schoolYear = gridFromRows([['KẾ HOẠCH NĂM HỌC 2020-2021'], [...HEADER]], { name: 'Danh mục' });
    expect(catalogueContextFromWorkbook(workbook([schoolYear], []), 'Danh mục').planYear).toBeNull();
    expect(catalogueContextFromWorkbook(workbook([CATALOGUE], []), 'Khác').planYear).toBeNull();
  });

  it('feeds the check: units from DanhMucDonVi make unknown units errors', () => {
    const wb = workbook([CATALOGUE, UNITS_SHEET, SETTINGS], NAMES);
    const catalogue = gridFromRows([[...HEADER], [1, 'Một', 'VP', 'Tháng 8/2020', 'Báo cáo'], [2, 'Hai', 'Phòng GDTH', 'Tháng 1/2020', 'Báo cáo']], {
      name: 'Danh mục',
    });
    const report = validateCatalogue(catalogue, catalogueContextFromWorkbook(wb, 'Danh mục'));
    expect(report.findings.map((f) => [f.cell, f.code, f.severity])).toEqual([
      ['C3', 'UNIT_UNKNOWN', 'error'],
      ['D3', 'DEADLINE_BEFORE_ISSUE', 'warning'],
    ]);
  });

  it('gives the whole Hòa Bình unit list back when written as the add-in does', () => {
    const rows = [['Đơn vị', 'Tên gọi khác (viết tắt)'], ...HOA_BINH_2020.units.map((u) => [u.name, u.aliases.join('; ')])];
    const sheet = gridFromRows(rows, { name: 'DanhMucDonVi' });
    const wb = workbook([sheet], [{ name: 'DanhMucDonVi', sheet: 'DanhMucDonVi', ref: `$A$2:$A$${rows.length}` }]);
    expect(catalogueContextFromWorkbook(wb, 'Danh mục').units).toEqual(HOA_BINH_2020.units);
    const grid = gridFromRows([[...HEADER], [1, 'Nhiệm vụ', 'Phòng KT-QLCLGD', 'Tháng 5/2020', 'Báo cáo']]);
    expect(findingPairs(validateCatalogue(grid, catalogueContextFromWorkbook(wb, 'Danh mục')))).toEqual([]);
  });
});

describe('issue dates in a cell', () => {
  const cases: readonly [string, GridCell, string | null][] = [
    ['an Excel serial', { value: 43862 }, '2020-02-01'],
    ['a serial with a time', { value: 43862.5 }, '2020-02-01'],
    ['an ISO date', { value: '2020-02-01' }, '2020-02-01'],
    ['an ISO date-time', { value: '2020-02-01T00:00:00.000Z' }, '2020-02-01'],
    ['dd/mm/yyyy', { value: '01/02/2020' }, '2020-02-01'],
    ['d/m/yyyy', { value: '1/2/2020' }, '2020-02-01'],
    ['dd-mm-yyyy', { value: '15-02-2020' }, '2020-02-15'],
    ['dd.mm.yyyy', { value: '15.02.2020' }, '2020-02-15'],
    ['a Vietnamese date', { value: 'ngày 15 tháng 02 năm 2020' }, '2020-02-15'],
    ['an impossible date', { value: '31/02/2020' }, null],
    ['an impossible ISO date', { value: '2020-13-01' }, null],
    ['a word', { value: 'tháng trước' }, null],
    ['a boolean', { value: true }, null],
    ['an empty cell', { value: null }, null],
    ['the fictitious 29/2/1900', { value: 60 }, null],
  ];
  it.each(cases)('%s', (_name, cell, iso) => {
    expect(dateCellToIso(cell)).toBe(iso);
  });

  it('reads NgayBanHanh written as text', () => {
    const sheet: SheetGrid = gridFromRows([['15/02/2020']], { name: 'Cài đặt' });
    const wb = workbook([sheet], [{ name: 'NgayBanHanh', sheet: 'Cài đặt', ref: '$A$1' }]);
    expect(catalogueContextFromWorkbook(wb, 'Danh mục').issueDate).toBe('2020-02-15');
  });
});
