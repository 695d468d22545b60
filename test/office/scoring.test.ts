import { installFakeExcel } from '../helpers/fake-office';
import { auditScoringSheetInExcel, insertScoringSheet, readScoringSummary } from '../../src/office/scoring';

describe('the scoring sheet in Excel (fake runtime)', () => {
  it('inserts "Chấm điểm" in 2 syncs; typed scores update the native formulas and the pane summary', async () => {
    const fake = installFakeExcel();
    const result = await insertScoringSheet();
    expect(fake.syncCount).toBe(2);
    expect(result.sheetNames).toEqual({ scoring: 'Chấm điểm' });
    const sheet = 'Chấm điểm';
    expect(fake.workbook.getSheetState(sheet).values[3]?.slice(0, 10)).toEqual([
      'Mã', 'Tiêu chí', 'Minh chứng', 'Điểm tối đa', 'Điểm tự chấm', 'Điểm tự chấm được tính', 'Điểm đánh giá', 'Điểm đánh giá được tính', 'Đơn vị đánh giá', 'Ghi chú',
    ]);
    // 1.1 (max 20) is on row 6; type 25 (clipped to 20) and an evaluator's 15.
    expect(fake.workbook.getCell(sheet, 'A6').value).toBe('1.1');
    fake.workbook.edit(sheet, 'E6', [[25]]);
    fake.workbook.edit(sheet, 'G6', [[15]]);
    expect(fake.workbook.getCell(sheet, 'F6').value).toBe(20);
    expect(fake.workbook.getCell(sheet, 'H6').value).toBe(15);
    expect(fake.workbook.getCell(sheet, 'F5').value).toBe(20); // item 1 = sum of its children
    fake.resetSyncCount();
    const summary = await readScoringSummary();
    expect(fake.syncCount).toBe(1);
    expect(summary.selfTotal).toBe(20);
    expect(summary.assessedTotal).toBe(15);
    expect(summary.items[0]).toMatchObject({ code: '1', self: 20, assessed: 15, max: 100 });
    expect(summary.filled).toBe(1);
    expect(summary.warnings.some((w) => w.startsWith('E6'))).toBe(true); // above max
  });

  it('audits the sheet: a clean sheet has no errors; an overwritten formula is reported with its cell', async () => {
    const fake = installFakeExcel();
    await insertScoringSheet();
    expect((await auditScoringSheetInExcel()).ok).toBe(true);
    await (globalThis as unknown as { Excel: typeof Excel }).Excel.run(async (context) => {
      const s = context.workbook.worksheets.getItem('Chấm điểm');
      s.protection.unprotect();
      s.getRange('F6').values = [[20]];
      await context.sync();
    });
    const report = await auditScoringSheetInExcel();
    expect(report.ok).toBe(false);
    expect(report.findings).toEqual(expect.arrayContaining([expect.objectContaining({ cell: 'F6', code: 'FORMULA_REPLACED_BY_VALUE', severity: 'error' })]));
    expect(fake.workbook.sheetNames()).toContain('Chấm điểm');
  });

  it('refuses on an old host with a clear message', async () => {
    installFakeExcel({ excelApi: '1.4' });
    await expect(insertScoringSheet()).rejects.toThrow(/ExcelApi 1\.8/);
  });
});

describe('a second scoring sheet in the same workbook (fake runtime)', () => {
  it('uses its own NgoaiNguKhac (a sheet-scoped name): 4.2.1’s maximum follows the flag of its own sheet only', async () => {
    const fake = installFakeExcel();
    await insertScoringSheet();
    fake.resetSyncCount();
    const second = await insertScoringSheet();
    expect(fake.syncCount).toBe(2);
    expect(second.sheetNames).toEqual({ scoring: 'Chấm điểm (2)' });
    expect(second.keptNames).toEqual([]);
    expect(second.sheetScopedNames).toContain('NgoaiNguKhac');
    const row = (sheet: string): number => (fake.workbook.getSheetState(sheet).values.findIndex((r) => r[0] === '4.2.1') as number) + 1;
    expect(row('Chấm điểm')).toBeGreaterThan(1);
    expect(row('Chấm điểm (2)')).toBe(row('Chấm điểm'));
    const maxCell = `D${row('Chấm điểm')}`;
    expect([fake.workbook.getCell('Chấm điểm', maxCell).value, fake.workbook.getCell('Chấm điểm (2)', maxCell).value]).toEqual([50, 50]);
    fake.workbook.edit('Chấm điểm (2)', 'E2', [['Có']]);
    expect(fake.workbook.getCell('Chấm điểm (2)', maxCell).value).toBe(40);
    expect(fake.workbook.getCell('Chấm điểm', maxCell).value).toBe(50);

    fake.resetSyncCount();
    const summary = await readScoringSummary('Chấm điểm (2)');
    expect(fake.syncCount).toBe(1);
    expect(summary.sheet).toBe('Chấm điểm (2)');
    const first = await readScoringSummary('Chấm điểm');
    expect(first.sheet).toBe('Chấm điểm');
    const audits = [await auditScoringSheetInExcel('Chấm điểm'), await auditScoringSheetInExcel('Chấm điểm (2)')];
    expect(audits.map((a) => [a.sheet, a.ok])).toEqual([
      ['Chấm điểm', true],
      ['Chấm điểm (2)', true],
    ]);
  });
});
