/** Insert the catalogue, validate it, jump to a finding, apply fixes, clear marks. */
import assert from 'node:assert/strict';
import { e2eTest } from './harness';
import { activeSheet, cell, cellText, changed, grid, openPlayground, openTab, pane, selection } from './helpers';

e2eTest('catalogue: insert, validate, jump to a finding, apply a fix', async ({ page, baseUrl, screenshot }) => {
  await openPlayground(page, baseUrl);
  await screenshot('01-playground-start');

  // Mẫu: insert the Hòa Bình catalogue with its plan year.
  const card = pane(page).getByRole('group', { name: /Hòa Bình/ });
  await assert.doesNotReject(card.waitFor());
  assert.equal(await card.getByLabel('Năm kế hoạch').inputValue(), '2020');
  await card.getByRole('button', { name: /^Chèn mẫu / }).click();
  await pane(page).getByText(/^Đã chèn trang tính:/).waitFor();
  const sheet = await activeSheet(page);
  assert.notEqual(sheet, 'Trang1', 'the catalogue sheet becomes the active sheet');
  assert.equal(await cellText(page, 'A3'), 'TT');
  assert.equal(await cellText(page, 'C3'), 'Đơn vị chủ trì');
  await page.getByRole('tab', { name: 'Danh mục đơn vị' }).waitFor();

  // Plant three typical mistakes (a misspelled unit, an empty product, TCVN3 text).
  const unitCell = 'C5';
  const original = await cellText(page, unitCell);
  await page.getByRole('button', { name: /Thêm lỗi mẫu/ }).click();
  await changed(() => cellText(page, unitCell), original);
  assert.equal(await cellText(page, unitCell), original.slice(0, -1));

  // Kiểm tra: validate the active sheet.
  await openTab(page, 'Kiểm tra');
  await pane(page).getByRole('button', { name: 'Kiểm tra trang tính' }).click();
  const summary = pane(page).getByTestId('validation-summary');
  await summary.waitFor();
  const summaryText = (await summary.textContent()) ?? '';
  assert.match(summaryText, new RegExp(`Trang “${sheet}”: 74 nhiệm vụ, [1-9]\\d* lỗi`));
  // The summary takes focus so keyboard and screen-reader users land on the result.
  assert.equal(await summary.evaluate((el) => el === document.activeElement), true);
  // The marks show on the grid (the check's conditional-format fill).
  assert.notEqual(await cell(page, unitCell).evaluate((el) => getComputedStyle(el).backgroundColor), 'rgba(0, 0, 0, 0)');
  await screenshot('02-validated');

  // Jump to the finding about the misspelled unit: the grid's selection moves there.
  await cell(page, 'A1').click();
  assert.equal(await changed(() => selection(page), unitCell), 'A1');
  const finding = pane(page).locator(`li[data-code="UNIT_UNKNOWN"][data-cell="${unitCell}"]`);
  await finding.getByRole('button', { name: /^Đến ô C5/ }).click();
  assert.equal(await changed(() => selection(page), 'A1'), unitCell);
  assert.equal(await grid(page).locator('td[aria-selected="true"]').getAttribute('data-address'), unitCell);

  // Apply its quick fix: the cell text changes back to the known unit.
  await finding.getByRole('button', { name: /^Áp dụng sửa ô C5/ }).click();
  await finding.getByText('Đã sửa').waitFor();
  assert.equal(await changed(() => cellText(page, unitCell), original.slice(0, -1)), original);

  // The legacy-encoded task: the fix converts it to Unicode.
  const legacy = pane(page).locator('li[data-code="TEXT_LEGACY_ENCODING"]').first();
  const legacyCell = (await legacy.getAttribute('data-cell')) ?? '';
  const before = await cellText(page, legacyCell);
  await legacy.getByRole('button', { name: /^Áp dụng/ }).click();
  await legacy.getByText('Đã sửa').waitFor();
  const after = await changed(() => cellText(page, legacyCell), before);
  assert.match(after, /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/i, 'converted to Vietnamese Unicode');
  await screenshot('03-fixed');

  // Check again: the fixed findings are gone.
  await pane(page).getByRole('button', { name: 'Kiểm tra trang tính' }).first().click();
  await pane(page).locator(`li[data-code="UNIT_UNKNOWN"][data-cell="${unitCell}"]`).waitFor({ state: 'detached' });
  assert.equal(await pane(page).locator('li[data-code="TEXT_LEGACY_ENCODING"]').count(), 0);
  assert.equal(await pane(page).locator('li[data-code="PRODUCT_MISSING"]').count(), 1);

  // Clear marks: the check's fills go away.
  await pane(page).getByRole('button', { name: 'Xoá đánh dấu' }).click();
  await pane(page).getByText(/^Đã xoá \d+ đánh dấu\.$/).waitFor();
  assert.equal(await cell(page, 'E6').evaluate((el) => getComputedStyle(el).backgroundColor), 'rgba(0, 0, 0, 0)');
});

e2eTest('pane: English switch and keyboard-only tab navigation', async ({ page, baseUrl, screenshot }) => {
  await openPlayground(page, baseUrl);
  await pane(page).getByRole('radio', { name: 'English' }).check();
  await pane(page).getByRole('tab', { name: 'Templates', selected: true }).waitFor();
  // Arrow keys move between tabs; Enter/Space selects (Fluent TabList).
  await pane(page).getByRole('tab', { name: 'Templates' }).focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Enter');
  await pane(page).getByRole('tab', { name: 'Check', selected: true }).waitFor();
  await pane(page).getByRole('button', { name: 'Check sheet' }).waitFor();
  await screenshot('05-english-check-tab');
  // Validating a blank sheet is not an error: the finding says what is missing.
  await pane(page).getByRole('button', { name: 'Check sheet' }).click();
  await pane(page).getByTestId('validation-summary').waitFor();
  assert.match((await pane(page).getByTestId('validation-summary').textContent()) ?? '', /Sheet “Trang1”: 0 tasks, 1 errors/);
});

e2eTest('ribbon: the quick check validates without the pane and reports', async ({ page, baseUrl }) => {
  await openPlayground(page, baseUrl);
  await pane(page)
    .getByRole('group', { name: /Hòa Bình/ })
    .getByRole('button', { name: /^Chèn mẫu / })
    .click();
  await pane(page).getByText(/^Đã chèn trang tính:/).waitFor();
  await page.getByRole('button', { name: 'Kiểm tra nhanh / quick check' }).click();
  const message = page.getByTestId('ribbon-message');
  await message.waitFor();
  assert.match((await message.textContent()) ?? '', /^Trang “Danh mục nhiệm vụ 2020”: 74 nhiệm vụ, \d+ lỗi, \d+ cảnh báo, \d+ lưu ý; đã tô màu \d+ ô\. \/ Sheet/);
  // Marks are on the sheet (a marked cell has a fill).
  const marked = await grid(page).locator('td[data-address^="D"]').evaluateAll((tds) => tds.filter((td) => getComputedStyle(td).backgroundColor === 'rgb(255, 230, 153)').length);
  assert.ok(marked > 0, 'warnings are marked in yellow');
  await page.getByRole('button', { name: 'Xoá đánh dấu / clear marks' }).click();
  await page.getByText(/^Đã xoá \d+ đánh dấu kiểm tra\./).waitFor();
});

e2eTest('old hosts: the IE webview and missing requirement sets are explained', async ({ browser, baseUrl }) => {
  // Office 2016 MSI: the IE11-based webview, ExcelApi 1.1 only.
  const context = await browser.newContext({ userAgent: 'Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; rv:11.0) like Gecko' });
  const page = await context.newPage();
  try {
    await openPlayground(page, `${baseUrl}?excelApi=1.1`);
    await pane(page).getByText(/^Ngăn tác vụ cần Excel 2019 trở lên/).waitFor();
    await pane(page)
      .getByRole('group', { name: /Hòa Bình/ })
      .getByRole('button', { name: /^Chèn mẫu / })
      .click();
    const error = pane(page).getByText(/^Phiên bản Excel này chưa hỗ trợ ExcelApi 1\.8/);
    await error.waitFor();
    assert.equal(await activeSheet(page), 'Trang1', 'nothing was written');
    // The same result is offered as ready .xlsx files.
    const link = pane(page).getByRole('link', { name: /Hòa Bình.*\(\.xlsx\)/ });
    await link.waitFor();
    const href = await link.getAttribute('href');
    assert.equal(href, 'templates/danh-muc-nhiem-vu-hoa-binh-2020.xlsx');
    const file = await page.request.get(new URL(href ?? '', baseUrl).toString());
    assert.equal(file.status(), 200);
    assert.equal((await file.body()).subarray(0, 2).toString('latin1'), 'PK', 'an .xlsx (zip) file');
  } finally {
    await context.close();
  }
});
