import { host, officeError, thrown } from './helpers';

describe('conditional formats', () => {
  test('add custom formats, list them with type and priority, read rule and format back', async () => {
    const fake = host();
    const out = await fake.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem('Sheet1').getRange('E2:E40');
      const over = r.conditionalFormats.add('Custom');
      over.custom.rule.formula = '=E2>D2';
      over.custom.format.fill.color = '#FFC7CE';
      over.custom.format.font.color = '#9C0006';
      const blank = r.conditionalFormats.add('Custom');
      blank.custom.rule.formula = '=AND(D2<>"",E2="")';
      blank.custom.format.font.bold = true;
      r.conditionalFormats.load('items/type, items/priority, items/id');
      const rule = over.custom.rule.load('formula');
      const fmt = over.custom.format.fill.load('color');
      const where = over.getRange().load('address');
      const count = r.conditionalFormats.getCount();
      await ctx.sync();
      return [r.conditionalFormats.items.map((c) => [c.type, c.priority]), rule.formula, fmt.color, where.address, count.value];
    });
    expect(out).toEqual([[['Custom', 0], ['Custom', 1]], '=E2>D2', '#FFC7CE', 'Sheet1!E2:E40', 2]);
    const cfs = fake.workbook.getSheetState('Sheet1').conditionalFormats;
    expect(cfs.map((c) => [c.addresses, c.priority, c.formula, c.format])).toEqual([
      [['E2:E40'], 0, '=AND(D2<>"",E2="")', { fill: null, fontColor: null, bold: true, italic: null }],
      [['E2:E40'], 1, '=E2>D2', { fill: '#FFC7CE', fontColor: '#9C0006', bold: null, italic: null }],
    ]);
  });

  test('a range lists only the formats that overlap it', async () => {
    const fake = host();
    const out = await fake.run(async (ctx) => {
      const s = ctx.workbook.worksheets.getItem('Sheet1');
      s.getRange('A1:A5').conditionalFormats.add('Custom').custom.rule.formula = '=A1>1';
      s.getRange('C1:C5').conditionalFormats.add('Custom').custom.rule.formula = '=C1>1';
      const a = s.getRange('A3:B3').conditionalFormats.load('items/id');
      const all = s.getRange('A1:C5').conditionalFormats.load('items/id');
      const none = s.getRange('E1').conditionalFormats.load('items');
      await ctx.sync();
      return [a.items.length, all.items.length, none.items.length];
    });
    expect(out).toEqual([1, 2, 0]);
  });

  test('delete() and clearAll() (which only clears the given range)', async () => {
    const fake = host();
    await fake.run(async (ctx) => {
      const s = ctx.workbook.worksheets.getItem('Sheet1');
      const first = s.getRange('A1:A10').conditionalFormats.add('Custom');
      first.custom.rule.formula = '=A1>1';
      s.getRange('B1:B10').conditionalFormats.add('Custom').custom.rule.formula = '=B1>1';
      await ctx.sync();
      first.delete();
      s.getRange('B1:B4').conditionalFormats.clearAll();
    });
    expect(fake.workbook.getSheetState('Sheet1').conditionalFormats.map((c) => [c.addresses, c.formula])).toEqual([[['B5:B10'], '=B1>1']]);
  });

  test.each([
    ['a formula without "="', (cf: Cf) => (cf.custom.rule.formula = 'E2>D2'), 'InvalidArgument'],
    ['a formula that does not parse', (cf: Cf) => (cf.custom.rule.formula = '=E2>'), 'InvalidArgument'],
    ['a color that is not one', (cf: Cf) => (cf.custom.format.fill.color = 'ruby'), 'InvalidArgument'],
  ])('%s', async (_label, act, code) => {
    const fake = host();
    const e = await officeError(
      fake.run(async (ctx) => {
        act(ctx.workbook.worksheets.getItem('Sheet1').getRange('A1').conditionalFormats.add('Custom') as unknown as Cf);
        await ctx.sync();
      }),
    );
    expect(e.code).toBe(code);
  });

  test('the custom rule of a non-custom format is InvalidOperation; an unknown type is InvalidArgument', async () => {
    const fake = host();
    const notCustom = await officeError(
      fake.run(async (ctx) => {
        ctx.workbook.worksheets.getItem('Sheet1').getRange('A1').conditionalFormats.add('DataBar').custom.rule.formula = '=TRUE';
        await ctx.sync();
      }),
    );
    const unknown = await officeError(
      fake.run(async (ctx) => {
        ctx.workbook.worksheets.getItem('Sheet1').getRange('A1').conditionalFormats.add('Sparkle');
        await ctx.sync();
      }),
    );
    expect([notCustom.code, unknown.code]).toEqual(['InvalidOperation', 'InvalidArgument']);
  });

  test('conditional formats need ExcelApi 1.6', async () => {
    const fake = host({ excelApi: '1.5' });
    await fake.run(async (ctx) => {
      expect(() => ctx.workbook.worksheets.getItem('Sheet1').getRange('A1').conditionalFormats).toThrow(expect.objectContaining({ code: 'ApiNotFound' }));
    });
  });

  test.each([
    ['DataBar', 'DataBar'],
    ['colorScale', 'ColorScale'],
    ['CellValue', 'CellValue'],
    ['IconSet', 'IconSet'],
  ])('add(%s) stores a %s format that lists, deletes and leaves no rule', async (asked, stored) => {
    const fake = host();
    const out = await fake.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem('Sheet1').getRange('B2:B9');
      const cf = r.conditionalFormats.add(asked);
      cf.load('type, priority, stopIfTrue');
      const where = cf.getRange().load('address');
      await ctx.sync();
      return [cf.type, cf.priority, cf.stopIfTrue, where.address];
    });
    expect(out).toEqual([stored, 0, false, 'Sheet1!B2:B9']);
    expect(fake.workbook.getSheetState('Sheet1').conditionalFormats.map((c) => [c.type, c.addresses, c.formula, c.format])).toEqual([
      [stored, ['B2:B9'], '', { fill: null, fontColor: null, bold: null, italic: null }],
    ]);
    await fake.run(async (ctx) => {
      const all = ctx.workbook.worksheets.getItem('Sheet1').getRange().conditionalFormats.load('items');
      await ctx.sync();
      for (const c of all.items) c.delete();
    });
    expect(fake.workbook.getSheetState('Sheet1').conditionalFormats).toEqual([]);
  });

  test.each(['dataBar', 'dataBarOrNullObject', 'colorScale', 'cellValue', 'cellValueOrNullObject', 'iconSet', 'topBottom', 'preset', 'textComparison'])(
    'ConditionalFormat.%s is NotImplemented',
    async (member) => {
      const fake = host();
      await fake.run(async (ctx) => {
        const cf = ctx.workbook.worksheets.getItem('Sheet1').getRange('A1').conditionalFormats.add('DataBar');
        expect(thrown(() => (cf as unknown as Record<string, unknown>)[member]).code).toBe('NotImplemented');
      });
    },
  );

  /** A host whose Sheet1 has, in priority order: a data bar, a custom format, a cell-value format and a color scale. */
  async function mixed(): Promise<ReturnType<typeof host>> {
    const fake = host();
    await fake.run(async (ctx) => {
      const s = ctx.workbook.worksheets.getItem('Sheet1');
      s.getRange('D1:D9').conditionalFormats.add('ColorScale');
      s.getRange('C1:C9').conditionalFormats.add('CellValue');
      s.getRange('B1:B9').conditionalFormats.add('Custom').custom.rule.formula = '=B1>1';
      s.getRange('A1:A9').conditionalFormats.add('DataBar');
    });
    return fake;
  }

  test('items/customOrNullObject/rule/formula loads over a mix of types in one round trip: null objects for the non-custom ones', async () => {
    const fake = await mixed();
    fake.resetSyncCount();
    const out = await fake.run(async (ctx) => {
      const all = ctx.workbook.worksheets.getItem('Sheet1').getRange().conditionalFormats;
      all.load('items/type, items/customOrNullObject/rule/formula');
      await ctx.sync();
      return all.items.map((cf) => [cf.type, cf.customOrNullObject.isNullObject, cf.customOrNullObject.isNullObject ? null : cf.customOrNullObject.rule.formula]);
    });
    expect(out).toEqual([
      ['DataBar', true, null],
      ['Custom', false, '=B1>1'],
      ['CellValue', true, null],
      ['ColorScale', true, null],
    ]);
    expect(fake.syncCount).toBe(1);
  });

  test('the rule of a null customOrNullObject is not available: reading its formula throws PropertyNotLoaded', async () => {
    const fake = await mixed();
    const e = await fake.run(async (ctx) => {
      const all = ctx.workbook.worksheets.getItem('Sheet1').getRange('A1').conditionalFormats;
      all.load('items/customOrNullObject/rule/formula');
      await ctx.sync();
      return thrown(() => all.items[0].customOrNullObject.rule.formula);
    });
    expect([e.code, e.debugInfo.errorLocation]).toEqual(['PropertyNotLoaded', 'ConditionalFormatRule.formula']);
  });

  test('loading items/custom/rule/formula over a collection holding a non-custom format fails the batch with InvalidOperation', async () => {
    const fake = await mixed();
    const e = await officeError(
      fake.run(async (ctx) => {
        ctx.workbook.worksheets.getItem('Sheet1').getRange().conditionalFormats.load('items/type, items/custom/rule/formula');
        await ctx.sync();
      }),
    );
    expect([e.code, e.debugInfo.errorLocation]).toEqual(['InvalidOperation', 'ConditionalFormatCollection.load']);
    const custom = await fake.run(async (ctx) => {
      const only = ctx.workbook.worksheets.getItem('Sheet1').getRange('B2').conditionalFormats.load('items/custom/rule/formula');
      await ctx.sync();
      return only.items.map((cf) => cf.custom.rule.formula);
    });
    expect(custom).toEqual(['=B1>1']);
  });

  test('customOrNullObject without a load: isNullObject is known after the next sync', async () => {
    const fake = host();
    const out = await fake.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem('Sheet1').getRange('A1:A3');
      const bar = r.conditionalFormats.add('DataBar').customOrNullObject;
      const custom = r.conditionalFormats.add('Custom').customOrNullObject;
      custom.rule.formula = '=A1>0';
      expect(thrown(() => bar.isNullObject).code).toBe('PropertyNotLoaded');
      await ctx.sync();
      return [bar.isNullObject, custom.isNullObject];
    });
    expect(out).toEqual([true, false]);
    expect(fake.workbook.getSheetState('Sheet1').conditionalFormats.map((c) => [c.type, c.formula])).toEqual([
      ['Custom', '=A1>0'],
      ['DataBar', ''],
    ]);
  });

  test('customOrNullObject works on an ExcelApi 1.6 host', async () => {
    const fake = host({ excelApi: '1.6' });
    const out = await fake.run(async (ctx) => {
      const cf = ctx.workbook.worksheets.getItem('Sheet1').getRange('A1').conditionalFormats.add('CellValue');
      const c = cf.customOrNullObject;
      await ctx.sync();
      return c.isNullObject;
    });
    expect(out).toBe(true);
  });

  test('the playground can evaluate a rule at a cell', async () => {
    const fake = host({ seed: { sheets: [{ name: 'Sheet1', cells: [['max', 'got'], [10, 12], [10, 8]] }] } });
    expect([fake.workbook.evaluate('Sheet1', '=B2>A2', 'B2'), fake.workbook.evaluate('Sheet1', '=B3>A3', 'B3')]).toEqual([true, false]);
  });
});

type Cf = { custom: { rule: { formula: string }; format: { fill: { color: string } } } };
