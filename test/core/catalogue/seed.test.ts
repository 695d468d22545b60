import { validateCatalogue } from '../../../src/core/catalogue';
import { HOA_BINH_2020 } from '../../../src/core/templates';
import { findingPairs, templateGrid } from '../../helpers/grid';

describe('the Hòa Bình 2020 catalogue, inserted as the add-in does', () => {
  const grid = templateGrid(HOA_BINH_2020);
  const context = { units: HOA_BINH_2020.units, planYear: 2020, issueDate: '2020-02-01' };

  it('lays the template out as title, header, 11 section rows and 74 task rows', () => {
    expect(grid.cells).toHaveLength(2 + 11 + 74);
    expect(grid.cells[61]?.map((c) => c.value)).toEqual([
      '10',
      'Rà soát hoạt động của các Trung tâm tư vấn du học',
      'Phòng GDTX&GDCN',
      'Tháng 5/2020',
      'Báo cáo kết quả rà soát',
    ]);
  });

  it('reports exactly the issues of the source document, with its units, plan year and issue date', () => {
    const report = validateCatalogue(grid, context);
    expect(report.rows).toBe(74);
    expect(findingPairs(report)).toEqual([
      ['D6', 'DEADLINE_CONDITIONAL'], // I.3 "Sau khi có Kế hoạch của Bộ GD&ĐT"
      ['D8', 'DEADLINE_BEFORE_ISSUE'], // I.5 "Tháng 1/2020"
      ['D10', 'DEADLINE_BEFORE_ISSUE'], // I.7 "Tháng 1/2020"
      ['D47', 'DEADLINE_CONDITIONAL'], // VI.3 "Sau khi có Đề án của Thủ tướng Chính phủ"
      ['D50', 'DEADLINE_BEFORE_ISSUE'], // VI.6 "Tháng 1/2020"
      ['A62', 'TT_GAP'], // VII: 7 → 10
    ]);
    expect(report.findings.map((f) => f.severity)).toEqual(['info', 'warning', 'warning', 'info', 'warning', 'warning']);
    expect(report.findings[5]?.message).toBe('Số thứ tự nhảy từ 7 lên 10: thiếu 8, 9 / Numbering jumps from 7 to 10: 8, 9 missing');
  });

  it('without the unit list, takes the section titles as units and questions only the abbreviations', () => {
    const report = validateCatalogue(grid, { ...context, units: null });
    const units = report.findings.filter((f) => f.field === 'unit');
    expect(units.map((f) => [f.cell, f.code, f.severity, f.fix?.value])).toEqual([
      ...[55, 56, 57, 58, 59, 60, 61, 62].map((row) => [
        `C${row}`,
        'UNIT_UNKNOWN',
        'warning',
        'Phòng Giáo dục Thường xuyên và Giáo dục chuyên nghiệp',
      ]),
      ...[81, 82, 83, 84].map((row) => [`C${row}`, 'UNIT_UNKNOWN', 'warning', 'Phòng Khảo thí và Quản lý chất lượng giáo dục']),
    ]);
    expect(report.findings.filter((f) => f.field !== 'unit')).toEqual(validateCatalogue(grid, context).findings);
  });

  it('without plan year and issue date, reports only the numbering and the conditional deadlines', () => {
    const report = validateCatalogue(grid, { units: HOA_BINH_2020.units, planYear: null, issueDate: null });
    expect(findingPairs(report)).toEqual([
      ['D6', 'DEADLINE_CONDITIONAL'],
      ['D47', 'DEADLINE_CONDITIONAL'],
      ['A62', 'TT_GAP'],
    ]);
  });
});
