import { tallyMembers, type TallyResult } from '../../../src/core/tally';
import { CLUSTERS_2020_2021 } from '../../../src/core/templates';
import { AWARDS, TALLY_SHEET_NAMES, buildTallyPlan, chosenTotalFormula, rankFormula, suggestionFormula, summaryColumns } from '../../../src/plan/tally-sheet';
import { isFormulaCell, type PlanCell, type SheetPlan } from '../../../src/plan/types';
import { a1ToIndex } from '../../helpers/hyperformula';
import { MEMBERS, memberWorkbook, tree } from './tally-fixtures';

jest.setTimeout(60_000);

let result: TallyResult;
const cluster2 = CLUSTERS_2020_2021.find((c) => c.name === 'Cụm 2')!;

beforeAll(async () => {
  const files = await Promise.all(
    (['ninhBinh', 'thaiBinh', 'namDinh', 'haNam'] as const).map(async (k) => ({ file: `${k}.xlsx`, workbook: await memberWorkbook(MEMBERS[k]) })),
  );
  result = tallyMembers(files, tree, { by: 'assessed' });
});

function at(sheet: SheetPlan, address: string): PlanCell | undefined {
  const { row, col } = a1ToIndex(address);
  return sheet.cells[row]?.[col];
}

/** Every function name used in the plan's formulas. */
function functionsOf(sheets: readonly SheetPlan[]): string[] {
  const formulas: string[] = [];
  for (const s of sheets) {
    for (const row of s.cells) for (const c of row ?? []) if (c !== undefined && isFormulaCell(c)) formulas.push(c.formula);
    for (const cf of s.conditionalFormats) formulas.push(cf.formula);
  }
  const names = new Set<string>();
  for (const f of formulas) for (const m of f.replace(/"[^"]*"/g, '').matchAll(/([A-Z][A-Z0-9.]*)\(/g)) names.add(m[1]!);
  return [...names].sort();
}

describe('buildTallyPlan', () => {
  test('three sheets, in order', () => {
    const plan = buildTallyPlan(result, cluster2);
    expect(plan.sheets.map((s) => s.name)).toEqual([TALLY_SHEET_NAMES.cluster, TALLY_SHEET_NAMES.summary, TALLY_SHEET_NAMES.matrix]);
    expect(plan.sheets.map((s) => s.name)).toEqual(['Cụm thi đua', 'Tổng hợp cụm', 'Ma trận tiêu chí']);
  });

  test('the cluster sheet: name, leader, deputy, member list', () => {
    const s = buildTallyPlan(result, cluster2).sheets[0]!;
    expect(s.cells.slice(0, 4)).toEqual([['Cụm thi đua'], ['Tên cụm:', 'Cụm 2'], ['Cụm trưởng:', 'Ninh Bình'], ['Cụm phó:', 'Thái Bình']]);
    expect(s.cells.slice(6)).toEqual([
      [1, 'Ninh Bình', 'ninhBinh.xlsx'],
      [2, 'Thái Bình', 'thaiBinh.xlsx'],
      [3, 'Nam Định', 'namDinh.xlsx'],
      [4, 'Hà Nam', 'haNam.xlsx'],
    ]);
    expect(s.names.map((n) => [n.name, n.ref])).toEqual([
      ['TenCum', '$B$2'],
      ['CumTruong', '$B$3'],
      ['CumPho', '$B$4'],
      ['ThanhVienCum', '$B$7:$B$10'],
    ]);
    const noCluster = buildTallyPlan(result).sheets[0]!;
    expect(noCluster.cells.slice(1, 4)).toEqual([['Tên cụm:', null], ['Cụm trưởng:', null], ['Cụm phó:', null]]);
  });

  test('summary columns for 14 items', () => {
    expect(summaryColumns(14, 'assessed')).toEqual({
      index: 'A',
      unit: 'B',
      file: 'C',
      selfTotal: 'D',
      assessedTotal: 'E',
      items: ['F', 'G', 'H', 'I', 'J', 'K', 'L', 'M', 'N', 'O', 'P', 'Q', 'R', 'S'],
      bonus: 'T',
      rank: 'U',
      suggestion: 'V',
      decision: 'W',
      chosen: 'E',
    });
    expect(summaryColumns(14, 'self').chosen).toBe('D');
  });

  test.each<[string, string]>([
    [rankFormula('E', 5, 8), 'COUNTIF($E$5:$E$8,">"&E5)+1'],
    [rankFormula('D', 7, 12), 'COUNTIF($D$5:$D$12,">"&D7)+1'],
    [suggestionFormula('T5'), 'IF(T5=1,"Cờ thi đua",IF(T5<=3,"Bằng khen",""))'],
  ])('%s', (actual, expected) => {
    expect(actual).toBe(expected);
  });

  test('the chosen total is a formula over the items and the bonus, capped like the sheet', () => {
    expect(chosenTotalFormula(summaryColumns(14, 'assessed'), 5, 2250)).toBe('MIN(SUM(F5:S5),2250)+T5');
  });

  test('summary rows: imported items and bonus, total, rank and suggestion formulas, empty decision', () => {
    const s = buildTallyPlan(result, cluster2).sheets[1]!;
    expect(s.cells[0]).toEqual(['Tổng hợp kết quả chấm điểm thi đua — Cụm 2']);
    expect(s.cells[1]).toEqual(['Xếp hạng theo:', 'Điểm đánh giá']);
    expect(s.cells[3]).toEqual([
      'STT', 'Đơn vị', 'Tệp', 'Tổng điểm tự chấm', 'Tổng điểm đánh giá',
      ...['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12', '13', '14'].map((c) => `Nhiệm vụ ${c}`),
      'Điểm thưởng', 'Xếp hạng', 'Gợi ý khen thưởng', 'Đề nghị khen thưởng',
    ]);
    const zeros13 = new Array(13).fill(0);
    expect(s.cells.slice(4)).toEqual([
      [1, 'Ninh Bình', 'ninhBinh.xlsx', 20, { formula: 'MIN(SUM(F5:S5),2250)+T5' }, 100, ...zeros13, 0, { formula: 'COUNTIF($E$5:$E$8,">"&E5)+1' }, { formula: 'IF(U5=1,"Cờ thi đua",IF(U5<=3,"Bằng khen",""))' }, null],
      [2, 'Thái Bình', 'thaiBinh.xlsx', 50, { formula: 'MIN(SUM(F6:S6),2250)+T6' }, 90, ...zeros13, 0, { formula: 'COUNTIF($E$5:$E$8,">"&E6)+1' }, { formula: 'IF(U6=1,"Cờ thi đua",IF(U6<=3,"Bằng khen",""))' }, null],
      [3, 'Nam Định', 'namDinh.xlsx', 0, { formula: 'MIN(SUM(F7:S7),2250)+T7' }, 90, ...zeros13, 0, { formula: 'COUNTIF($E$5:$E$8,">"&E7)+1' }, { formula: 'IF(U7=1,"Cờ thi đua",IF(U7<=3,"Bằng khen",""))' }, null],
      [4, 'Hà Nam', 'haNam.xlsx', 100, { formula: 'MIN(SUM(F8:S8),2250)+T8' }, 25, ...zeros13, 0, { formula: 'COUNTIF($E$5:$E$8,">"&E8)+1' }, { formula: 'IF(U8=1,"Cờ thi đua",IF(U8<=3,"Bằng khen",""))' }, null],
    ]);
    expect(s.validations).toEqual([
      expect.objectContaining({ range: 'W5:W8', rule: { kind: 'list', source: { items: [AWARDS.flag, AWARDS.certificate, AWARDS.none] } }, style: 'stop' }),
    ]);
    expect([AWARDS.flag, AWARDS.certificate, AWARDS.none]).toEqual(['Cờ thi đua', 'Bằng khen', 'Không']);
    expect(s.names.map((n) => [n.name, n.ref])).toEqual([
      ['TongHop_DonVi', '$B$5:$B$8'],
      ['TongHop_TuCham', '$D$5:$D$8'],
      ['TongHop_DanhGia', '$E$5:$E$8'],
      ['TongHop_XepHang', '$U$5:$U$8'],
      ['TongHop_DeNghi', '$W$5:$W$8'],
    ]);
    expect(s.conditionalFormats.map((c) => [c.range, c.formula])).toEqual([['A5:W8', '$U5=1']]);
  });

  test('by self, the rank reads column D', () => {
    const bySelf: TallyResult = { ...result, by: 'self' };
    const s = buildTallyPlan(bySelf).sheets[1]!;
    expect(at(s, 'U5')).toEqual({ formula: 'COUNTIF($D$5:$D$8,">"&D5)+1' });
    expect(at(s, 'D5')).toEqual({ formula: 'MIN(SUM(F5:S5),2250)+T5' });
    expect(at(s, 'E5')).toBe(100);
    expect(at(s, 'B2')).toBe('Điểm tự chấm');
  });

  test('criteria matrix: codes × members, highest/lowest highlighted per row', () => {
    const s = buildTallyPlan(result).sheets[2]!;
    expect(s.cells[3]).toEqual(['Mã', 'Tiêu chí', 'Ninh Bình', 'Thái Bình', 'Nam Định', 'Hà Nam']);
    expect(s.cells[4]).toEqual(['1', 'Nhiệm vụ 1: Rà soát, sắp xếp mạng lưới cơ sở giáo dục mầm non - phổ thông', 100, 90, 90, 25]);
    expect(s.cells[5]).toEqual(['1.1', 'Chủ trương của địa phương.', 20, 20, 10, 20]);
    expect(s.cells.length - 4).toBe(result.criteria.length);
    const last = 4 + result.criteria.length;
    expect(s.conditionalFormats.map((c) => [c.range, c.formula])).toEqual([
      [`C5:F${last}`, 'AND(C5=MAX($C5:$F5),MAX($C5:$F5)>MIN($C5:$F5))'],
      [`C5:F${last}`, 'AND(C5=MIN($C5:$F5),MAX($C5:$F5)>MIN($C5:$F5))'],
    ]);
  });

  test('only functions of the common subset', () => {
    expect(functionsOf(buildTallyPlan(result, cluster2).sheets)).toEqual(['AND', 'COUNTIF', 'IF', 'MAX', 'MIN', 'SUM']);
  });

  test('an empty tally still builds (no names, no formulas)', () => {
    const empty: TallyResult = { ...result, members: [] };
    const plan = buildTallyPlan(empty);
    expect(plan.sheets[1]!.cells.length).toBe(4);
    expect(plan.sheets.flatMap((s) => s.names.map((n) => n.name))).toEqual(['TenCum', 'CumTruong', 'CumPho']);
    expect(plan.sheets.flatMap((s) => s.conditionalFormats)).toEqual([]);
  });
});
