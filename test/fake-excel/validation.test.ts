import { host, officeError } from './helpers';

describe('data validation', () => {
  test('list from a defined name, decimal between, custom formula; alerts and prompts', async () => {
    const fake = host({ seed: { sheets: [{ name: 'Sheet1' }, { name: 'DM', cells: [['Phòng A'], ['Phòng B']] }], names: [{ name: 'DonVi', reference: '=DM!$A$1:$A$2' }] } });
    const out = await fake.run(async (ctx) => {
      const s = ctx.workbook.worksheets.getItem('Sheet1');
      const list = s.getRange('C2:C50').dataValidation;
      list.rule = { list: { inCellDropDown: true, source: '=DonVi' } };
      list.errorAlert = { style: 'Warning', title: 'Đơn vị', message: 'Chọn trong danh sách', showAlert: true };
      list.prompt = { title: 'Đơn vị chủ trì', message: 'Chọn đơn vị', showPrompt: true };
      const score = s.getRange('E2:E50').dataValidation;
      score.rule = { decimal: { operator: 'Between', formula1: 0, formula2: 10 } };
      const custom = s.getRange('F2:F50').dataValidation;
      custom.rule = { custom: { formula: '=ISNUMBER(F2)' } };
      list.load('type, rule, errorAlert, prompt, ignoreBlanks');
      score.load('type, rule');
      custom.load('type, rule');
      const none = s.getRange('A1').dataValidation.load('type, rule');
      await ctx.sync();
      return [list.type, list.rule, list.errorAlert, list.prompt, list.ignoreBlanks, score.type, score.rule, custom.type, custom.rule, none.type, none.rule];
    });
    expect(out).toEqual([
      'List',
      { list: { inCellDropDown: true, source: '=DonVi' } },
      { style: 'Warning', title: 'Đơn vị', message: 'Chọn trong danh sách', showAlert: true },
      { title: 'Đơn vị chủ trì', message: 'Chọn đơn vị', showPrompt: true },
      true,
      'Decimal',
      { decimal: { operator: 'Between', formula1: '=0', formula2: '=10' } },
      'Custom',
      { custom: { formula: '=ISNUMBER(F2)' } },
      'None',
      {},
    ]);
    expect(fake.workbook.getSheetState('Sheet1').validations.map((v) => [v.address, v.type])).toEqual([
      ['C2:C50', 'List'],
      ['E2:E50', 'Decimal'],
      ['F2:F50', 'Custom'],
    ]);
  });

  test('a Range as list source is stored as an absolute reference', async () => {
    const fake = host({ sheets: ['Sheet1', 'DM'] });
    const rule = await fake.run(async (ctx) => {
      const v = ctx.workbook.worksheets.getItem('Sheet1').getRange('A1:A9').dataValidation;
      v.rule = { list: { inCellDropDown: true, source: ctx.workbook.worksheets.getItem('DM').getRange('B2:B5') } };
      v.load('rule');
      await ctx.sync();
      return v.rule;
    });
    expect(rule).toEqual({ list: { inCellDropDown: true, source: '=DM!$B$2:$B$5' } });
  });

  test('a rule on part of a validated range splits it; a mixed range reads Inconsistent/null; clear() removes', async () => {
    const fake = host();
    const out = await fake.run(async (ctx) => {
      const s = ctx.workbook.worksheets.getItem('Sheet1');
      s.getRange('A1:A10').dataValidation.rule = { wholeNumber: { operator: 'GreaterThan', formula1: 0 } };
      s.getRange('A4:A5').dataValidation.rule = { textLength: { operator: 'LessThanOrEqualTo', formula1: '255' } };
      const mixed = s.getRange('A1:A10').dataValidation.load('type, rule');
      s.getRange('A9:A10').dataValidation.clear();
      await ctx.sync();
      return [mixed.type, mixed.rule];
    });
    expect(out).toEqual(['Inconsistent', null]);
    expect(fake.workbook.getSheetState('Sheet1').validations.map((v) => [v.address, v.type])).toEqual([
      ['A1:A3', 'WholeNumber'],
      ['A4:A5', 'TextLength'],
      ['A6:A8', 'WholeNumber'],
    ]);
  });

  test.each([
    ['no rule kind', {}],
    ['two rule kinds', { decimal: { operator: 'Between', formula1: 0, formula2: 1 }, list: { inCellDropDown: true, source: 'a,b' } }],
    ['a literal list over 255 characters', { list: { inCellDropDown: true, source: Array.from({ length: 60 }, (_, i) => `Đơn vị ${i}`).join(',') } }],
    ['an unknown operator', { decimal: { operator: 'Around', formula1: 0 } }],
    ['Between without formula2', { decimal: { operator: 'Between', formula1: 0 } }],
    ['a custom formula that does not parse', { custom: { formula: '=AND(' } }],
  ])('%s is InvalidArgument', async (_label, rule) => {
    const fake = host();
    const e = await officeError(
      fake.run(async (ctx) => {
        ctx.workbook.worksheets.getItem('Sheet1').getRange('A1').dataValidation.rule = rule as never;
        await ctx.sync();
      }),
    );
    expect(e.code).toBe('InvalidArgument');
  });

  test('a protected sheet refuses validation changes; ExcelApi 1.8 is needed', async () => {
    const fake = host();
    const e = await officeError(
      fake.run(async (ctx) => {
        const s = ctx.workbook.worksheets.getItem('Sheet1');
        s.protection.protect();
        s.getRange('A1').dataValidation.rule = { list: { inCellDropDown: true, source: 'a,b' } };
        await ctx.sync();
      }),
    );
    expect(e.code).toBe('AccessDenied');
    const old = host({ excelApi: '1.7' });
    await old.run(async (ctx) => {
      expect(() => ctx.workbook.worksheets.getItem('Sheet1').getRange('A1').dataValidation).toThrow(expect.objectContaining({ code: 'ApiNotFound' }));
    });
  });
});
