import { HOA_BINH_2020, SKELETON_2020_2021 } from '../../src/core/templates';
import { buildCataloguePlan, CATALOGUE_HEADERS, CATALOGUE_LAYOUT, CATALOGUE_NAMES, UNITS_SHEET_NAME } from '../../src/plan/catalogue-sheet';
import { isDateCell } from '../../src/plan/types';

describe('catalogue sheet plan', () => {
  const plan = buildCataloguePlan(HOA_BINH_2020);
  const [catalogue, units] = plan.sheets;

  it('puts the catalogue in a table with the five standard headers', () => {
    expect(catalogue?.cells[CATALOGUE_LAYOUT.headerRow - 1]).toEqual([...CATALOGUE_HEADERS]);
    // 11 section rows + 74 task rows after the header.
    expect(catalogue?.table).toEqual({ name: 'tblDanhMucNhiemVuHoaBinh2020', range: 'A3:E88', style: 'TableStyleLight9' });
    expect(catalogue?.name).toBe('Danh mục nhiệm vụ 2020');
  });

  it('writes section rows with the unit as title, then their tasks, in source order', () => {
    expect(catalogue?.cells[3]).toEqual(['I', 'Văn phòng', null, null, null]);
    expect(catalogue?.cells[4]?.slice(0, 4)).toEqual(['1', HOA_BINH_2020.rows[0]?.task, 'Văn phòng', 'Tháng 8/2020']);
    const sectionFormats = catalogue?.formats.filter((f) => f.format.fill === '#E2EFDA').map((f) => f.range);
    expect(sectionFormats).toHaveLength(11);
    expect(sectionFormats?.[0]).toBe('A4:E4');
  });

  it('stores plan year and issue date in cells exposed as defined names', () => {
    expect(catalogue?.cells[1]?.[1]).toBe(2020);
    const issue = catalogue?.cells[1]?.[3];
    expect(issue !== undefined && issue !== null && isDateCell(issue) && issue.date).toBe('2020-02-01');
    expect(catalogue?.names.map((n) => [n.name, n.ref])).toEqual([
      [CATALOGUE_NAMES.planYear, '$B$2'],
      [CATALOGUE_NAMES.issueDate, '$D$2'],
    ]);
  });

  it('gives the unit column a warning-style dropdown from DanhMucDonVi, held on a units sheet', () => {
    expect(catalogue?.validations).toEqual([
      expect.objectContaining({ range: 'C4:C88', rule: { kind: 'list', source: { name: 'DanhMucDonVi' } }, style: 'warning' }),
    ]);
    expect(units?.name).toBe(UNITS_SHEET_NAME);
    expect(units?.names).toEqual([expect.objectContaining({ name: 'DanhMucDonVi', ref: '$A$2:$A$12' })]);
    expect(units?.cells[1]).toEqual(['Văn phòng', expect.stringContaining('Văn phòng Sở')]);
    expect(units?.skipIfNameExists).toBe('DanhMucDonVi');
  });

  it('freezes the header, wraps long columns and prints A4 landscape repeating the header', () => {
    expect(catalogue?.freeze).toEqual({ rows: 3, columns: 0 });
    expect(catalogue?.columns.map((c) => Boolean(c.wrap))).toEqual([false, true, true, true, true]);
    expect(catalogue?.print).toEqual({ orientation: 'landscape', paperSize: 'A4', printTitleRows: '$3:$3', fitToWidth: true });
  });

  it('lets the office override the plan year', () => {
    const p = buildCataloguePlan(HOA_BINH_2020, { planYear: 2021, issueDate: null });
    expect(p.sheets[0]?.cells[1]).toEqual(['Năm kế hoạch:', 2021, 'Ngày ban hành:', null]);
    expect(p.sheets[0]?.name).toBe('Danh mục nhiệm vụ 2021');
  });

  it('renders the 9 + 5 skeleton as section rows of an empty catalogue, without a units sheet', () => {
    const p = buildCataloguePlan(SKELETON_2020_2021);
    expect(p.sheets).toHaveLength(1);
    expect(p.sheets[0]?.cells.slice(3).map((r) => r[0])).toEqual(['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII', 'XIII', 'XIV']);
    expect(p.sheets[0]?.validations).toEqual([]);
  });
});
