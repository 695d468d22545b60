/**
 * The tally workbook recalculated by LibreOffice: its native rank formulas
 * (COUNTIF(...,">"&x)+1) and award suggestions must agree with the core's
 * ranks, also after the leader edits totals (ties, decimals).
 *
 * Needs LibreOffice (Debian: libreoffice-calc-nogui); without it the test
 * FAILS with the install instruction, never skips.
 */
import { competitionRanks, tallyMembers, type TallyResult } from '../../src/core/tally';
import { CLUSTERS_2020_2021 } from '../../src/core/templates';
import { buildTallyPlan, summaryColumns, TALLY_FIRST_ROW } from '../../src/plan/tally-sheet';
import type { PlanCell, WorkbookPlan } from '../../src/plan/types';
import { readXlsx, renderPlanToXlsx, type WorkbookData } from '../../src/xlsx';
import { MEMBERS, memberWorkbook, tree } from '../core/tally/tally-fixtures';
import { createLoSession, type LoSession } from './harness';

jest.setTimeout(240_000);

let session: LoSession;
let byAssessed: TallyResult;
let bySelf: TallyResult;
let recalculated: Map<string, WorkbookData>;

/** Leader's edits of the chosen (assessed) totals: decimals and a new tie for first place. */
const EDITED_TOTALS = [100, 90.5, 100, 0.1 + 0.2, 90.5];

function withTotals(plan: WorkbookPlan, column: string, totals: readonly number[]): WorkbookPlan {
  const colIndex = column.charCodeAt(0) - 65;
  const sheets = plan.sheets.map((s, i) => {
    if (i !== 1) return s;
    const cells: PlanCell[][] = s.cells.map((row) => [...row]);
    totals.forEach((t, k) => {
      cells[TALLY_FIRST_ROW - 1 + k]![colIndex] = t;
    });
    return { ...s, cells };
  });
  return { sheets };
}

function summaryColumn(wb: WorkbookData, column: string, n: number): unknown[] {
  const c = column.charCodeAt(0) - 65;
  const sheet = wb.sheets.find((s) => s.name === 'Tổng hợp cụm')!;
  return Array.from({ length: n }, (_, k) => sheet.cells[TALLY_FIRST_ROW - 1 + k]?.[c]?.value ?? null);
}

/** The suggestion the sheet shows; its "" reads back as an empty cell (null). */
function suggestions(ranks: readonly number[]): (string | null)[] {
  return ranks.map((r) => (r === 1 ? 'Cờ thi đua' : r <= 3 ? 'Bằng khen' : null));
}

beforeAll(async () => {
  session = createLoSession('tally');
  const specs = [MEMBERS.ninhBinh, MEMBERS.thaiBinh, MEMBERS.namDinh, MEMBERS.haNam, { unit: 'Hải Dương', self: { '1.2': 30 }, assessed: { '1.1': 12.5, '1.2': 0.25 } }];
  const files = await Promise.all(specs.map(async (s, i) => ({ file: `m${i + 1}.xlsx`, workbook: await memberWorkbook(s) })));
  byAssessed = tallyMembers(files, tree, { by: 'assessed' });
  bySelf = tallyMembers(files, tree, { by: 'self' });
  const cluster = CLUSTERS_2020_2021[1];
  const col = summaryColumns(14, 'assessed');
  const plans: Record<string, WorkbookPlan> = {
    'assessed.xlsx': buildTallyPlan(byAssessed, cluster),
    'self.xlsx': buildTallyPlan(bySelf),
    'edited.xlsx': withTotals(buildTallyPlan(byAssessed, cluster), col.assessedTotal, EDITED_TOTALS),
  };
  const rendered = await Promise.all(Object.entries(plans).map(async ([name, plan]) => ({ name, bytes: (await renderPlanToXlsx(plan)).bytes })));
  const out = await session.recalculate(rendered);
  recalculated = new Map();
  for (const [name, bytes] of out) recalculated.set(name, await readXlsx(bytes));
});

afterAll(() => session?.dispose());

describe('tally workbook recalculated by LibreOffice', () => {
  test('core ranks (by assessed) as expected', () => {
    expect(byAssessed.members.map((m) => [m.unit, m.assessedTotal, m.rank])).toEqual([
      ['Ninh Bình', 100, 1],
      ['Thái Bình', 90, 2],
      ['Nam Định', 90, 2],
      ['Hà Nam', 25, 4],
      ['Hải Dương', 12.75, 5],
    ]);
  });

  test.each<[string, () => TallyResult]>([
    ['assessed.xlsx', () => byAssessed],
    ['self.xlsx', () => bySelf],
  ])('%s: LibreOffice totals and ranks = the core’s, suggestions follow', (name, result) => {
    const r = result();
    const col = summaryColumns(14, r.by);
    const wb = recalculated.get(name)!;
    const ranks = r.members.map((m) => m.rank);
    // The chosen total is a formula over the imported items and bonus: LibreOffice must agree with the engine.
    expect(summaryColumn(wb, col.chosen, r.members.length)).toEqual(r.members.map((m) => (r.by === 'self' ? m.selfTotal : m.assessedTotal)));
    expect(summaryColumn(wb, col.rank, r.members.length)).toEqual(ranks);
    expect(summaryColumn(wb, col.suggestion, r.members.length)).toEqual(suggestions(ranks));
  });

  test('after the leader overrides totals, LibreOffice ranks = competitionRanks of the edited totals', () => {
    const col = summaryColumns(14, 'assessed');
    const wb = recalculated.get('edited.xlsx')!;
    const expected = competitionRanks(EDITED_TOTALS.map((t) => Number(t.toPrecision(15))));
    expect(expected).toEqual([1, 3, 1, 5, 3]);
    expect(summaryColumn(wb, col.rank, 5)).toEqual(expected);
    expect(summaryColumn(wb, col.suggestion, 5)).toEqual(['Cờ thi đua', 'Bằng khen', 'Cờ thi đua', null, 'Bằng khen']);
  });

  test('the matrix and cluster sheets survive the round trip', () => {
    const wb = recalculated.get('assessed.xlsx')!;
    expect(wb.sheets.map((s) => s.name)).toEqual(['Cụm thi đua', 'Tổng hợp cụm', 'Ma trận tiêu chí']);
    const matrix = wb.sheets[2]!;
    expect(matrix.cells[5]!.slice(0, 7).map((c) => c.value)).toEqual(['1.1', 'Chủ trương của địa phương.', 20, 20, 10, 20, 12.5]);
    expect(wb.sheets[0]!.cells[1]!.slice(0, 2).map((c) => c.value)).toEqual(['Tên cụm:', 'Cụm 2']);
  });
});
