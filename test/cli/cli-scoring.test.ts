import { mkdtempSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { buildCriteriaTree } from '../../src/core/scoring/criteria';
import { computeScores, type ScoreInput, type ScoringInputs } from '../../src/core/scoring/engine';
import { scoringLayout } from '../../src/core/scoring/layout';
import { CRITERIA_2020_2021, HOA_BINH_2020 } from '../../src/core/templates';
import { buildCataloguePlan } from '../../src/plan/catalogue-sheet';
import { buildScoringSheetPlan } from '../../src/plan/scoring-sheet';
import type { PlanCell, WorkbookPlan } from '../../src/plan/types';
import { renderPlanToXlsx } from '../../src/xlsx';
import { runCli, runCliJson } from '../helpers/cli';
import { withCells } from '../helpers/plan-cells';

const dir = mkdtempSync(join(tmpdir(), 'thidua-scoring-cli-'));
const tree = buildCriteriaTree(CRITERIA_2020_2021);
const layout = scoringLayout(tree);

type AuditJson = { ok: boolean; findings: { cell: string; code: string; severity: string; message: string; expected: unknown; actual: unknown }[] };
type ScoreJson = {
  unit: string;
  items: Record<string, { self: ScoreInput; selfCounted: number | null; assessed: ScoreInput; assessedCounted: number | null; max: number | null }>;
  selfTotal: number;
  assessedTotal: number;
};

const INPUTS: ScoringInputs = {
  unit: 'Phòng GD&ĐT Mai Châu',
  otherLanguage: 'Có',
  self: { '1.1': 20, '1.2': 35, '1.3': 'năm mươi', '4.2.1': 45, '4.2.2': 8, '7.4': 'Có và quản lý tốt', '10.2.4.a': 0.75, '10.2.4.b': 100, DT: 80 },
  assessed: { '1.1': 18, '1.2': 25.25, '7.5': ' chưa có ', '10.2.4.b': 74.9, DT: 260 },
};

/** The scoring sheet with INPUTS (and a note on every row that counts), plus cell edits. */
function plan(edits: Readonly<Record<string, PlanCell>> = {}): WorkbookPlan {
  const cells: [string, PlanCell][] = [
    ['B2', INPUTS.unit],
    ['E2', INPUTS.otherLanguage as string],
  ];
  for (const side of ['self', 'assessed'] as const) {
    for (const [code, v] of Object.entries(INPUTS[side])) {
      cells.push([layout.cell(code, side), v as PlanCell], [layout.cell(code, 'note'), `Minh chứng ${code}`]);
    }
  }
  return withCells(buildScoringSheetPlan(tree), [...cells, ...Object.entries(edits)]);
}

/** INPUTS brought within the maxima (E7 1.2, E92 4.2.1, G198 the bonus): what a careful unit would file. */
const VALID: Readonly<Record<string, PlanCell>> = { E7: 30, E92: 40, G198: 250 };

async function write(name: string, p: WorkbookPlan): Promise<string> {
  const { bytes } = await renderPlanToXlsx(p);
  const file = join(dir, name);
  writeFileSync(file, bytes);
  return file;
}

describe('thidua audit', () => {
  it('a sheet fresh from `thidua insert` audits ok (exit 0), only totals not checked', async () => {
    const file = join(dir, 'blank.xlsx');
    expect((await runCli('insert', CRITERIA_2020_2021.id, '--out', file)).code).toBe(0);
    const { code, json } = await runCliJson<AuditJson>('audit', file, '--json');
    expect(code).toBe(0);
    expect(json.ok).toBe(true);
    expect(json.findings.map((f) => [f.cell, f.code, f.severity])).toEqual([['F200', 'TOTALS_NOT_CHECKED', 'info']]);
    expect(Object.keys(json.findings[0]!)).toEqual(['cell', 'code', 'severity', 'message', 'expected', 'actual']);
  });

  it('warnings only (a score typed as text): exit 0; INPUTS themselves have scores above the maxima: exit 1', async () => {
    const { code, json } = await runCliJson<AuditJson>('audit', await write('warn.xlsx', plan(VALID)), '--json');
    expect(code).toBe(0);
    expect(json.findings.map((f) => [f.cell, f.code, f.severity])).toEqual([
      ['E8', 'SCORE_NOT_NUMBER', 'warning'],
      ['F200', 'TOTALS_NOT_CHECKED', 'info'],
    ]);
    const over = await runCliJson<AuditJson>('audit', await write('over.xlsx', plan()), '--json');
    expect(over.code).toBe(1);
    expect(over.json.findings.filter((f) => f.severity === 'error').map((f) => [f.cell, f.code, f.expected, f.actual])).toEqual([
      ['E7', 'SCORE_ABOVE_MAX', 30, 35],
      ['E92', 'SCORE_ABOVE_MAX', 40, 45],
      ['G198', 'SCORE_ABOVE_MAX', 250, 260],
    ]);
  });

  it('errors: exit 1, each with its cell, expected and actual', async () => {
    const file = await write('tampered.xlsx', plan({ ...VALID, F12: { formula: 'E12' }, D6: 30, G7: 40 }));
    const { code, json } = await runCliJson<AuditJson>('audit', file, '--json', '--sheet', 'Chấm điểm');
    expect(code).toBe(1);
    expect(json.ok).toBe(false);
    expect(json.findings.map((f) => [f.cell, f.code, f.expected, f.actual])).toEqual([
      ['D6', 'MAX_CHANGED', 20, 30],
      ['G7', 'SCORE_ABOVE_MAX', 30, 40],
      ['E8', 'SCORE_NOT_NUMBER', null, 'năm mươi'],
      ['F12', 'FORMULA_CHANGED', '=IF(AND(ISNUMBER(E12),NOT(ISLOGICAL(E12))),MIN(MAX(E12,0),D12),0)', '=E12'],
      ['F200', 'TOTALS_NOT_CHECKED', null, null],
    ]);
  });

  it('prints a readable report without --json', async () => {
    const file = await write('tampered-text.xlsx', plan({ ...VALID, F12: { formula: 'E12' } }));
    const r = await runCli('audit', file);
    expect(r.code).toBe(1);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines[0]).toBe('Chấm điểm: 3 phát hiện / findings — CÓ LỖI / ERRORS');
    const at = lines.findIndex((l) => l.startsWith('F12 '));
    expect(lines[at]).toMatch(/^F12 +LỖI +FORMULA_CHANGED +Công thức điểm tự chấm được tính của tiêu chí 2\.2 đã bị sửa/);
    expect(lines[at + 1]).toBe('       mẫu / expected: “=IF(AND(ISNUMBER(E12),NOT(ISLOGICAL(E12))),MIN(MAX(E12,0),D12),0)”   tệp / actual: “=E12”');
  });

  it('exit 2 with one line when the file has no scoring sheet, the sheet does not exist, or the file is unreadable', async () => {
    const { bytes } = await renderPlanToXlsx(buildCataloguePlan(HOA_BINH_2020));
    const catalogue = join(dir, 'catalogue.xlsx');
    writeFileSync(catalogue, bytes);
    const none = await runCli('audit', catalogue, '--json');
    expect([none.code, none.stdout]).toEqual([2, '']);
    expect(none.stderr).toBe(`thidua: ${catalogue}: không tìm thấy bảng chấm điểm (dòng tiêu đề Mã, Tiêu chí, …, Ghi chú) / no scoring sheet found (header row Mã, Tiêu chí, …, Ghi chú)\n`);
    const missingSheet = await runCli('audit', join(dir, 'blank.xlsx'), '--sheet', 'Không có');
    expect(missingSheet.code).toBe(2);
    expect(missingSheet.stderr).toBe('thidua: không có trang tính / no sheet "Không có" (có / has: Chấm điểm)\n');
    const wrongSheet = await runCli('score', catalogue, '--sheet', 'Danh mục nhiệm vụ 2020');
    expect(wrongSheet.code).toBe(2);
    const junk = join(dir, 'junk.xlsx');
    writeFileSync(junk, 'Mã,Tiêu chí\n1,x\n');
    expect((await runCli('audit', junk)).code).toBe(2);
    expect((await runCli('audit', join(dir, 'does-not-exist.xlsx'))).code).toBe(2);
    expect((await runCli('audit')).code).toBe(2);
  });
});

describe('thidua score', () => {
  it('--json: the reference engine over the file’s inputs, totals with the bonus', async () => {
    const file = await write('scored.xlsx', plan());
    const { code, json } = await runCliJson<ScoreJson>('score', file, '--json');
    expect(code).toBe(0);
    const ref = computeScores(tree, INPUTS);
    expect(json.unit).toBe('Phòng GD&ĐT Mai Châu');
    expect(json.selfTotal).toBe(ref.selfTotal);
    expect(json.assessedTotal).toBe(ref.assessedTotal);
    expect(json.items).toEqual(
      Object.fromEntries(
        tree.items.map((c) => {
          const i = ref.items[c.code]!;
          return [c.code, { self: i.self, selfCounted: i.selfCounted, assessed: i.assessed, assessedCounted: i.assessedCounted, max: i.max }];
        }),
      ),
    );
    // By hand: self 1 = 20+30 (35 capped)+0 (text) = 50; 4.2.1 = 40 (flag "Có"), 4.2.2 = 8; 7.4 = 20;
    // 10.2.4.a 0.75 → 5, 10.2.4.b 100 % → 10; bonus 80. Assessed: 18 + 25.25; 7.5 "chưa có" → 10; 74.9 % → 0; bonus capped 250.
    expect(json.items['1']).toEqual({ self: null, selfCounted: 50, assessed: null, assessedCounted: 43.25, max: 100 });
    expect(json.items['4.2.1']).toEqual({ self: 45, selfCounted: 40, assessed: null, assessedCounted: 0, max: 40 });
    expect(json.items['10.2.4']).toMatchObject({ selfCounted: 15, assessedCounted: 0 });
    expect([json.selfTotal, json.assessedTotal]).toEqual([50 + 48 + 20 + 15 + 80, 43.25 + 10 + 250]);
  });

  it('prints a table without --json', async () => {
    const r = await runCli('score', join(dir, 'scored.xlsx'));
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines[0]).toBe('Đơn vị / Unit: Phòng GD&ĐT Mai Châu');
    expect(lines).toContain(`${'1.1'.padEnd(10)} ${['20', '20', '20', '18', '18'].map((s) => s.padStart(10)).join(' ')}`);
    expect(lines[lines.length - 1]).toBe(`${'Tổng'.padEnd(10)} ${['2500', '', '213', '', '303.25'].map((s) => s.padStart(10)).join(' ')}`);
  });
});
