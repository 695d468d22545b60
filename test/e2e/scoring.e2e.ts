/** Insert the scoring sheet, type scores in the grid, see the counted scores and totals in the grid and the pane. */
import assert from 'node:assert/strict';
import { buildCriteriaTree } from '../../src/core/scoring/criteria';
import { SCORING_SHEET_NAME, scoringLayout } from '../../src/core/scoring/layout';
import { CRITERIA_2020_2021 } from '../../src/core/templates';
import { e2eTest } from './harness';
import { activeSheet, cell, cellText, changed, openPlayground, openTab, pane, selection, typeInto } from './helpers';

const tree = buildCriteriaTree(CRITERIA_2020_2021);
const layout = scoringLayout(tree);
/** Two plain scored criteria (no special rule) under different top-level items. */
const scored = tree.items.filter((c) => c.role === 'scored' && c.rule === null && c.max !== null && c.max >= 10);
const first = scored[0];
const second = scored.find((c) => first !== undefined && c.code.split('.')[0] !== first.code.split('.')[0]);
const grandTotal = `F${layout.grandTotalRow}`;
const grandTotalAssessed = `H${layout.grandTotalRow}`;

const number = (text: string): number => Number(text.replace(/\./g, '').replace(',', '.'));

e2eTest('scoring: insert the sheet, type scores, see totals in the grid and the pane update live', async ({ page, baseUrl, screenshot }) => {
  assert.ok(first !== undefined && second !== undefined, 'the template has scored criteria');
  await openPlayground(page, baseUrl);
  await openTab(page, 'Chấm điểm');
  await pane(page).getByRole('button', { name: 'Chèn phiếu chấm điểm' }).click();
  await pane(page).getByText(/^Đã chèn trang tính:/).waitFor();
  assert.equal(await activeSheet(page), SCORING_SHEET_NAME);
  assert.equal(await cellText(page, 'E4'), 'Điểm tự chấm');
  assert.equal(await cellText(page, layout.cell(first.code, 'code')), first.code);
  assert.equal(number(await cellText(page, grandTotal)), 0);

  // The pane reads the new sheet: nothing scored yet.
  const total = async (testId: 'self-total' | 'assessed-total', label: string): Promise<number> =>
    number((await pane(page).getByTestId(testId).textContent())?.replace(label, '') ?? '');
  const selfNow = (): Promise<number> => total('self-total', 'Tổng điểm tự chấm');
  const assessedNow = (): Promise<number> => total('assessed-total', 'Tổng điểm đánh giá');
  await pane(page).getByTestId('self-total').waitFor();
  assert.equal(await selfNow(), 0);

  // Type a self score and an assessed score as a person would (grid → formula bar → Enter).
  await typeInto(page, layout.cell(first.code, 'self'), '5');
  assert.equal(await changed(() => cellText(page, layout.cell(first.code, 'selfCounted')), '0'), '5');
  // The pane follows the sheet by itself: no "Làm mới".
  assert.equal(await changed(selfNow, 0), 5);
  await pane(page).getByText(/^Đã chấm 1\/\d+ tiêu chí$/).waitFor();
  // Above the maximum: the counted score is clipped to it.
  await typeInto(page, layout.cell(second.code, 'self'), String((second.max ?? 0) + 100));
  assert.equal(await changed(() => cellText(page, layout.cell(second.code, 'selfCounted')), '0'), String(second.max));
  await typeInto(page, layout.cell(first.code, 'assessed'), '4');
  const expectedSelf = 5 + (second.max ?? 0);
  assert.equal(number(await changed(() => cellText(page, grandTotal), '0')), expectedSelf);
  assert.equal(number(await cellText(page, grandTotalAssessed)), 4);
  assert.equal(await changed(assessedNow, 0), 4);
  assert.equal(await selfNow(), expectedSelf);
  await pane(page).getByText(/^Đã chấm 2\/\d+ tiêu chí$/).waitFor();
  const itemRow = pane(page).locator(`[data-testid="scoring-items"] tr[data-code="${first.code.split('.')[0]}"]`);
  await itemRow.waitFor();
  await screenshot('04-scoring-totals');

  // Another sheet: the pane says it is not a scoring sheet (no error bar); back again: the totals return.
  await page.locator('[role="tab"][data-sheet="Trang1"]').click();
  await pane(page).getByText(/^Trang đang mở không phải phiếu chấm điểm/).waitFor();
  assert.equal(await pane(page).getByText('Không thực hiện được').count(), 0);
  await screenshot('04b-scoring-other-sheet');
  await page.locator(`[role="tab"][data-sheet="${SCORING_SHEET_NAME}"]`).click();
  await pane(page).getByTestId('self-total').waitFor();
  assert.equal(await selfNow(), expectedSelf);

  // Formulas are protected: typing over a counted cell is refused with a readable message.
  await typeInto(page, layout.cell(first.code, 'selfCounted'), '99');
  await page.getByText(/protected|bảo vệ|khoá|locked/i).first().waitFor();
  assert.equal(await cellText(page, layout.cell(first.code, 'selfCounted')), '5');

  // Refresh still reads on demand.
  await pane(page).getByRole('button', { name: 'Làm mới' }).click();
  await pane(page).getByText(/^Đã chấm 2\/\d+ tiêu chí$/).waitFor();
  assert.equal(await selfNow(), expectedSelf);
});

e2eTest('audit: a formula replaced by a number is found, and the finding selects its cell', async ({ page, baseUrl, screenshot }) => {
  assert.ok(first !== undefined);
  await openPlayground(page, baseUrl);
  await openTab(page, 'Chấm điểm');
  await pane(page).getByRole('button', { name: 'Chèn phiếu chấm điểm' }).click();
  await pane(page).getByText(/^Đã chèn trang tính:/).waitFor();

  await openTab(page, 'Kiểm định');
  await pane(page).getByRole('button', { name: 'Kiểm định trang tính' }).click();
  await pane(page).getByText('Phiếu chấm điểm đúng mẫu: không có sai lệch.').waitFor();

  // Someone unprotects the sheet and types a number over a counted-score formula.
  const target = layout.cell(first.code, 'selfCounted');
  await page.evaluate(async (sheet) => {
    const fake = (globalThis as unknown as { thiduaFake: { Excel: { run: (f: (c: never) => Promise<void>) => Promise<void> } } }).thiduaFake;
    await fake.Excel.run(async (context: never) => {
      const ctx = context as unknown as { workbook: { worksheets: { getItem(n: string): { protection: { unprotect(): void } } } }; sync(): Promise<void> };
      ctx.workbook.worksheets.getItem(sheet).protection.unprotect();
      await ctx.sync();
    });
  }, SCORING_SHEET_NAME);
  await typeInto(page, target, String(first.max));

  await pane(page).getByRole('button', { name: 'Kiểm định trang tính' }).click();
  const finding = pane(page).getByRole('button', { name: new RegExp(`^Đến ô ${target}:`) }).first();
  await finding.waitFor();
  await cell(page, 'A1').click();
  assert.equal(await changed(() => selection(page), target.replace(/\d+$/, (r) => String(Number(r) + 1))), 'A1');
  await finding.click();
  assert.equal(await changed(() => selection(page), 'A1'), target);
  await screenshot('06-audit');
});
