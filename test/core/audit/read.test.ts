import { findScoringHeader, readScoringSheet, scoringTotalsFromSheet, type ScoringSheetRead } from '../../../src/core/audit';
import { buildCriteriaTree } from '../../../src/core/scoring/criteria';
import { computeScores } from '../../../src/core/scoring/engine';
import { SCORING_HEADERS, scoringLayout } from '../../../src/core/scoring/layout';
import type { GridCell, SheetGrid, WorkbookGrid } from '../../../src/core/sheet';
import { CRITERIA_2020_2021 } from '../../../src/core/templates/data/criteria-2020-2021';
import { buildScoringSheetPlan } from '../../../src/plan/scoring-sheet';
import { readXlsx, renderPlanToXlsx } from '../../../src/xlsx';
import { withCells } from '../../helpers/plan-cells';

const tree = buildCriteriaTree(CRITERIA_2020_2021);
const layout = scoringLayout(tree);

const cells = (values: readonly (string | number | boolean | null)[]): GridCell[] => values.map((value) => ({ value }));

/** A small scoring-like sheet: `above` rows, then the header (in `header` order), then rows. */
function smallSheet(name: string, above: readonly (readonly (string | number | null)[])[], header: readonly string[], rows: readonly (readonly (string | number | null)[])[]): SheetGrid {
  return { name, cells: [...above.map(cells), cells(header), ...rows.map(cells)] };
}

let file: WorkbookGrid;
beforeAll(async () => {
  const plan = withCells(buildScoringSheetPlan(tree), [
    ['B2', 'Phòng GD&ĐT Lạc Sơn'],
    ['E2', 'Có'],
    [layout.cell('1.1', 'self'), 18],
    [layout.cell('1.1', 'assessed'), 15.5],
    [layout.cell('1.1', 'note'), 'QĐ số 12'],
    [layout.cell('4.2.2', 'self'), 10],
    [layout.cell('7.4', 'self'), 'Chưa có'],
    [layout.cell('10.2.4.a', 'assessed'), 80],
    [layout.cell('DT', 'self'), 300],
  ]);
  const { bytes } = await renderPlanToXlsx(plan);
  file = await readXlsx(bytes);
});

describe('readScoringSheet on a generated file', () => {
  let read: ScoringSheetRead;
  beforeAll(() => {
    read = readScoringSheet(file) as ScoringSheetRead;
  });

  it('finds the sheet, its header row and columns', () => {
    expect(read.sheet).toBe('Chấm điểm');
    expect(read.headerRow).toBe(4);
    expect(read.columns).toEqual({
      code: 1, text: 2, evidence: 3, max: 4, self: 5, selfCounted: 6, assessed: 7, assessedCounted: 8, evaluator: 9, note: 10,
    });
  });

  it('reads one row per criterion, keyed by code, with addresses, and the two total rows', () => {
    expect(read.rows.map((r) => r.code)).toEqual(tree.items.map((c) => c.code));
    const r = read.byCode.get('1.1')!;
    expect(r.row).toBe(6);
    expect(r.address).toMatchObject({ code: 'A6', max: 'D6', self: 'E6', selfCounted: 'F6', assessed: 'G6', assessedCounted: 'H6', note: 'J6' });
    expect([r.self, r.assessed, r.note]).toEqual([18, 15.5, 'QĐ số 12']);
    expect(r.cells.max).toEqual({ value: 20 });
    expect(r.cells.selfCounted.formula).toBe('IF(AND(ISNUMBER(E6),NOT(ISLOGICAL(E6))),MIN(MAX(E6,0),D6),0)');
    expect(read.byCode.get('4.2.1')!.cells.max.formula).toBe('IF(TRIM(NgoaiNguKhac)="Có",40,50)');
    expect([read.totals.items?.row, read.totals.grand?.row]).toEqual([199, 200]);
    expect(read.totals.grand?.cells.selfCounted.formula).toBe('F199+F198');
  });

  it('reads the unit and the flag through their names, and the inputs for the engine', () => {
    expect(read.unit).toEqual({ value: 'Phòng GD&ĐT Lạc Sơn', cell: 'B2' });
    expect(read.otherLanguage).toEqual({ value: 'Có', cell: 'E2' });
    expect(read.inputs.unit).toBe('Phòng GD&ĐT Lạc Sơn');
    expect(read.inputs.otherLanguage).toBe('Có');
    expect(read.inputs.self['7.4']).toBe('Chưa có');
    expect(read.inputs.assessed['10.2.4.a']).toBe(80);
    expect(read.inputs.self['1.2']).toBeNull();
  });

  it('without the names, reads the cells right of the labels', () => {
    const read2 = readScoringSheet({ ...file, names: [] })!;
    expect(read2.unit).toEqual({ value: 'Phòng GD&ĐT Lạc Sơn', cell: 'B2' });
    expect(read2.otherLanguage).toEqual({ value: 'Có', cell: 'E2' });
  });

  it('a name pointing into another sheet is not this sheet’s', () => {
    const names = file.names.map((n) => (n.name === 'DonVi' ? { ...n, sheet: 'Khác' } : n));
    expect(readScoringSheet({ ...file, names })!.unit.cell).toBe('B2');
    const moved = file.names.map((n) => (n.name === 'DonVi' ? { ...n, ref: '$I$1' } : n));
    expect(readScoringSheet({ ...file, names: moved })!.unit).toEqual({ value: '', cell: 'I1' });
  });
});

describe('finding the header', () => {
  const SHUFFLED = ['Ghi chú', 'Mã', 'Điểm tự chấm', 'Điểm tự chấm được tính', 'Tiêu chí', 'Minh chứng', 'Điểm tối đa', 'Điểm đánh giá', 'Điểm đánh giá được tính', 'Đơn vị đánh giá'];

  it('matches header texts in any order, case, Unicode form and spacing, on any row', () => {
    const header = SHUFFLED.map((h, i) => (i % 2 === 0 ? ` ${h.toUpperCase().normalize('NFD')} ` : h.replace(' ', '\n')));
    const grid = smallSheet('Bảng điểm', [['Đơn vị :', 'Trường A'], [], ['Có dạy ngoại ngữ khác ngoài tiếng Anh?', 'có']], header, [
      ['Ghi 1', '1.1', 5, null, 'Nội dung', null, 20, 4],
    ]);
    expect(findScoringHeader(grid)).toEqual({
      row: 4,
      columns: { note: 1, code: 2, self: 3, selfCounted: 4, text: 5, evidence: 6, max: 7, assessed: 8, assessedCounted: 9, evaluator: 10 },
    });
    const read = readScoringSheet({ sheets: [grid], names: [] })!;
    expect(read.byCode.get('1.1')).toMatchObject({ row: 5, self: 5, assessed: 4, note: 'Ghi 1', address: { self: 'C5', assessed: 'H5', note: 'A5' } });
    expect(read.unit).toEqual({ value: 'Trường A', cell: 'B1' });
    expect(read.otherLanguage).toEqual({ value: 'có', cell: 'B3' });
    expect(read.totals).toEqual({ items: null, grand: null });
  });

  it('is not fooled by a row with only some of the header texts', () => {
    const partial = smallSheet('Tóm tắt', [], SCORING_HEADERS.slice(0, 9), [['1', 'x']]);
    expect(findScoringHeader(partial)).toBeNull();
    expect(readScoringSheet({ sheets: [partial], names: [] })).toBeNull();
  });

  it('takes the first sheet with the header, or the named one', () => {
    const other = smallSheet('Ghi chú', [], ['Mã', 'Tiêu chí'], [['1', 'x']]);
    const a = smallSheet('Đơn vị A', [], [...SCORING_HEADERS], [['1.1', 'x', null, 20, 7]]);
    const b = smallSheet('Đơn vị B', [], [...SCORING_HEADERS], [['1.1', 'x', null, 20, 9]]);
    const wb: WorkbookGrid = { sheets: [other, a, b], names: [] };
    expect(readScoringSheet(wb)?.sheet).toBe('Đơn vị A');
    expect(readScoringSheet(wb, 'Đơn vị B')?.byCode.get('1.1')?.self).toBe(9);
    expect(readScoringSheet(wb, 'Ghi chú')).toBeNull();
    expect(readScoringSheet(wb, 'Không có')).toBeNull();
  });

  it('stops at the grand total row: text below it is not a criterion', () => {
    const grid = smallSheet('S', [], [...SCORING_HEADERS], [
      ['1.1', 'x', null, 20, 7],
      [null, 'Tổng điểm 14 nhiệm vụ, giải pháp (tối đa 2250)'],
      [null, 'TỔNG ĐIỂM (kể cả điểm thưởng)'],
      ['Người lập biểu'],
    ]);
    const read = readScoringSheet({ sheets: [grid], names: [] })!;
    expect(read.rows.map((r) => r.code)).toEqual(['1.1']);
    expect([read.totals.items?.row, read.totals.grand?.row]).toEqual([3, 4]);
  });

  it('reads codes typed as numbers as text, and error inputs as blank', () => {
    const grid: SheetGrid = {
      name: 'S',
      cells: [cells([...SCORING_HEADERS]), [{ value: 1 }, { value: 'x' }, { value: null }, { value: 100 }, { value: null, error: '#N/A' }]],
    };
    const read = readScoringSheet({ sheets: [grid], names: [] })!;
    expect(read.byCode.get('1')?.self).toBeNull();
    expect(read.byCode.get('1')?.cells.self.error).toBe('#N/A');
  });
});

describe('scoringTotalsFromSheet', () => {
  it('on a file never recalculated: no saved values, the reference engine over its inputs', () => {
    const read = readScoringSheet(file)!;
    const totals = scoringTotalsFromSheet(read);
    expect(totals.unit).toBe('Phòng GD&ĐT Lạc Sơn');
    expect([totals.selfTotal, totals.assessedTotal]).toEqual([null, null]);
    expect(Object.keys(totals.items)).toEqual(tree.topLevel.map((c) => c.code).sort((a, b) => Number(a) - Number(b)));
    expect(totals.items['1']).toEqual({ self: null, assessed: null });
    expect(totals.reference).toEqual(computeScores(tree, read.inputs));
    // 1.1: 18 / 15.5; 4.2.2: 10 (flag "Có"); 7.4 "Chưa có": 10; 10.2.4.a 80 %: 5; bonus 300 → 250.
    expect([totals.reference.selfTotal14, totals.reference.assessedTotal14]).toEqual([38, 20.5]);
    expect([totals.reference.selfTotal, totals.reference.assessedTotal]).toEqual([288, 20.5]);
  });

  it('takes the saved values of the top-level rows and the grand total', () => {
    const read = readScoringSheet(file)!;
    const withValue = (cell: GridCell, value: number | null, error?: string): GridCell => ({ ...cell, value, ...(error ? { error } : {}) });
    const r1 = read.byCode.get('1')!;
    const r2 = read.byCode.get('2')!;
    const grand = read.totals.grand!;
    const patched: ScoringSheetRead = {
      ...read,
      byCode: new Map([
        ...read.byCode,
        ['1', { ...r1, cells: { ...r1.cells, selfCounted: withValue(r1.cells.selfCounted, 18), assessedCounted: withValue(r1.cells.assessedCounted, 15.5) } }],
        ['2', { ...r2, cells: { ...r2.cells, selfCounted: withValue(r2.cells.selfCounted, null, '#REF!') } }],
      ]),
      totals: { ...read.totals, grand: { ...grand, cells: { ...grand.cells, selfCounted: withValue(grand.cells.selfCounted, 288), assessedCounted: withValue(grand.cells.assessedCounted, 20.5) } } },
    };
    const totals = scoringTotalsFromSheet(patched, tree);
    expect([totals.selfTotal, totals.assessedTotal]).toEqual([288, 20.5]);
    expect(totals.items['1']).toEqual({ self: 18, assessed: 15.5 });
    expect(totals.items['2']).toEqual({ self: null, assessed: null });
  });
});
