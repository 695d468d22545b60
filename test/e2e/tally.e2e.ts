/** Tổng hợp cụm: the leader picks members' scoring files; members are ranked, a broken file is rejected. */
import assert from 'node:assert/strict';
import { buildCriteriaTree } from '../../src/core/scoring/criteria';
import { scoringLayout } from '../../src/core/scoring/layout';
import { CRITERIA_2020_2021 } from '../../src/core/templates';
import { buildScoringSheetPlan } from '../../src/plan/scoring-sheet';
import type { PlanCell, WorkbookPlan } from '../../src/plan/types';
import { renderPlanToXlsx } from '../../src/xlsx';
import { withCells } from '../helpers/plan-cells';
import { e2eTest } from './harness';
import { openPlayground, openTab, pane } from './helpers';

const tree = buildCriteriaTree(CRITERIA_2020_2021);
const layout = scoringLayout(tree);

/** A member's scoring workbook: the standard sheet with a unit and some self/assessed scores (each with evidence noted). */
function memberPlan(unit: string, scores: Readonly<Record<string, number>>): WorkbookPlan {
  const cells: [string, PlanCell][] = [['B2', unit]];
  for (const [code, v] of Object.entries(scores)) {
    cells.push([layout.cell(code, 'self'), v], [layout.cell(code, 'assessed'), v], [layout.cell(code, 'note'), `Minh chứng ${code}`]);
  }
  return withCells(buildScoringSheetPlan(tree), cells);
}

e2eTest('tally: members ranked from their scoring files, a broken file rejected', async ({ page, baseUrl, screenshot }) => {
  const ninhBinh = Buffer.from((await renderPlanToXlsx(memberPlan('Sở GD&ĐT Ninh Bình', { '1.1': 20, '1.2': 30 }))).bytes);
  const thaiBinh = Buffer.from((await renderPlanToXlsx(memberPlan('Sở GD&ĐT Thái Bình', { '1.1': 10 }))).bytes);
  await openPlayground(page, baseUrl);
  await openTab(page, 'Tổng hợp cụm');
  await pane(page).getByLabel('Cụm thi đua').selectOption('Cụm 2');
  await pane(page)
    .getByLabel('Tệp chấm điểm của thành viên (.xlsx)')
    .setInputFiles([
      { name: 'ninh-binh.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: ninhBinh },
      { name: 'thai-binh.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: thaiBinh },
      { name: 'ghi-chu.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: Buffer.from('không phải tệp Excel') },
    ]);
  await pane(page).getByText('Đã chọn 3 tệp').waitFor();
  await pane(page).getByRole('button', { name: 'Tổng hợp', exact: true }).click();
  await pane(page).getByText(/^Thành viên \(2\) · Tệp bị loại \(1\)/).waitFor({ timeout: 30_000 });
  const rows = pane(page).locator('section[aria-label="Thành viên (2)"] tbody tr');
  assert.deepEqual(
    (await rows.allTextContents()).map((t) => t.replace(/\s+/g, ' ').trim()),
    ['1Sở GD&ĐT Ninh Bìnhninh-binh.xlsx50500', '2Sở GD&ĐT Thái Bìnhthai-binh.xlsx10100'],
  );
  assert.match((await pane(page).locator('section[aria-label="Tệp bị loại (1)"] tbody tr').textContent()) ?? '', /^ghi-chu\.xlsx/);
  await screenshot('07-tally');
});
