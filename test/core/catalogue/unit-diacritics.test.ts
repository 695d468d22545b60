import { validateCatalogue, type CatalogueContext } from '../../../src/core/catalogue';
import { HOA_BINH_2020 } from '../../../src/core/templates';
import { catalogueGrid, expectFinding, expectNoFinding, findingPairs, type CellInput } from '../../helpers/grid';

const CONTEXT: CatalogueContext = { units: HOA_BINH_2020.units, planYear: 2020, issueDate: '2020-02-01' };

/** Section I "Văn phòng" (row 3), then one task row (row 4) with the given unit. */
function checkUnit(unit: CellInput, context: CatalogueContext = CONTEXT) {
  return validateCatalogue(catalogueGrid([['I', 'Văn phòng'], [1, 'Xây dựng kế hoạch', unit, 'Tháng 8/2020', 'Kế hoạch']]), context);
}

describe('a unit written with missing or wrong diacritics', () => {
  it.each([
    ['Van phong', 'Văn phòng'],
    ['Văn phong', 'Văn phòng'],
    ['Văn phọng', 'Văn phòng'],
    ['Phong KT&QLCLGD', 'Phòng Khảo thí và Quản lý chất lượng giáo dục'],
  ])('%j is the real unit misspelled: a warning with the correct name as fix', (written, correct) => {
    const report = checkUnit(written);
    expectFinding(report, { cell: 'C4', code: 'UNIT_UNKNOWN', severity: 'warning', fix: expect.objectContaining({ value: correct }) });
    expect(report.findings.find((f) => f.cell === 'C4')?.message).toContain('dấu');
  });

  it.each([['VĂN PHÒNG'], ['văn  phòng'], ['Văn phòng Sở'], ['Phòng KT&QLCLGD'], ['Phòng KT & QLCLGD']])('%j is spelled right (case and spacing do not count)', (written) => {
    expectNoFinding(checkUnit(written), 'UNIT_UNKNOWN');
  });

  it('accepts the old and the new tone placement alike (Hòa / Hoà)', () => {
    const units = [{ name: 'Phòng Giáo dục và Đào tạo Hòa Bình', aliases: ['Phòng GD&ĐT Hòa Bình'] }];
    const context: CatalogueContext = { units, planYear: 2020, issueDate: null };
    const report = validateCatalogue(
      catalogueGrid([
        ['I', 'Phòng Giáo dục và Đào tạo Hòa Bình'],
        [1, 'Xây dựng kế hoạch', 'Phòng GD&ĐT Hoà Bình', 'Tháng 8/2020', 'Kế hoạch'],
        [2, 'Tổng kết năm học', 'Phòng GD&ĐT Hòa Bình', 'Tháng 9/2020', 'Báo cáo'],
      ]),
      context,
    );
    expect(findingPairs(report)).toEqual([]);
  });

  it('respells each misspelled unit of a cell naming several', () => {
    const report = checkUnit('Van phong; Thanh tra');
    expectFinding(report, { cell: 'C4', code: 'UNIT_UNKNOWN', severity: 'warning', fix: expect.objectContaining({ value: 'Văn phòng; Thanh tra' }) });
  });
});
