/**
 * The fake installed as the Excel/Office globals, driven by code typed with
 * @types/office-js — the way the Office.js adapter will be tested.
 */
import { createFakeExcel, installFakeExcel } from '../../src/playground/fake-excel';

describe('installed as globals', () => {
  test('code written against @types/office-js runs on the fake, in two round trips', async () => {
    const fake = createFakeExcel({ excelApi: '1.10' });
    const uninstall = installFakeExcel(fake);
    try {
      const info = await Office.onReady();
      expect(info.host).toBe(Office.HostType.Excel);
      expect(Office.context.requirements.isSetSupported('ExcelApi', '1.10')).toBe(true);

      const total = await Excel.run(async (context) => {
        context.application.suspendApiCalculationUntilNextSync();
        const sheet = context.workbook.worksheets.add('Chấm điểm');
        sheet.getRange('A1:C1').values = [['Tiêu chí', 'Tối đa', 'Điểm']];
        sheet.getRange('A2:C3').formulas = [
          ['Tiêu chí 1', 10, '=MIN(MAX(N(D2),0),B2)'],
          ['Tiêu chí 2', 5, '=MIN(MAX(N(D3),0),B3)'],
        ];
        sheet.getRange('A4:C4').formulas = [['Tổng', '=SUM(B2:B3)', '=SUM(C2:C3)']];
        sheet.getRange('A1:C1').format.font.bold = true;
        sheet.freezePanes.freezeRows(1);
        const table = sheet.tables.add('A1:C3', true);
        table.name = 'ChamDiem';
        sheet.getRange('2:3').group(Excel.GroupOption.byRows);
        sheet.getRange('C2:C3').dataValidation.rule = { decimal: { operator: Excel.DataValidationOperator.between, formula1: 0, formula2: 10 } };
        await context.sync();
        sheet.getRange('D2:D3').values = [[12], [4]];
        const result = sheet.getRange('C4').load('values');
        await context.sync();
        return result.values[0][0] as number;
      });
      expect(total).toBe(14);
      expect(fake.syncCount).toBe(2);
      const state = fake.workbook.getSheetState('Chấm điểm');
      expect([state.freeze, state.tables.map((t) => t.name), state.outline.rows, state.validations.map((v) => v.address)]).toEqual([{ rows: 1, columns: 0 }, ['ChamDiem'], { 2: 1, 3: 1 }, ['C2:C3']]);
    } finally {
      uninstall();
    }
    expect('Excel' in globalThis).toBe(false);
  });

  test('Range.getUsedRange covers the used part of a range and fails on an empty one', async () => {
    const fake = createFakeExcel({ seed: { sheets: [{ name: 'Sheet1', cells: [[null, null], [null, 1, 2]] }] } });
    const uninstall = installFakeExcel(fake);
    try {
      const address = await Excel.run(async (context) => {
        const used = context.workbook.worksheets.getItem('Sheet1').getRange('A1:Z100').getUsedRange().load('address');
        await context.sync();
        return used.address;
      });
      expect(address).toBe('Sheet1!B2:C2');
      const error = await Excel.run(async (context) => {
        context.workbook.worksheets.getItem('Sheet1').getRange('F1:G5').getUsedRange().load('address');
        await context.sync();
      }).catch((e: OfficeExtension.Error) => e.code);
      expect(error).toBe('ItemNotFound');
    } finally {
      uninstall();
    }
  });
});
