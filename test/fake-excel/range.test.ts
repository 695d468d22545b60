import { host, officeError } from './helpers';

async function writeAndRead(input: unknown, numberFormat?: string) {
  const fake = host();
  return fake.run(async (ctx) => {
    const r = ctx.workbook.worksheets.getItem('Sheet1').getRange('A1');
    if (numberFormat !== undefined) r.numberFormat = [[numberFormat]];
    r.values = [[input]];
    r.load('values, formulas, text, valueTypes, numberFormat');
    await ctx.sync();
    return { value: r.values[0][0], formula: r.formulas[0][0], text: r.text[0][0], type: r.valueTypes[0][0], format: r.numberFormat[0][0] };
  });
}

describe('what a written value becomes (Excel input rules)', () => {
  test.each([
    ['number', 12.5, 12.5, 12.5, '12.5', 'Double', 'General'],
    ['numeric text', '12', 12, 12, '12', 'Double', 'General'],
    ['numeric text with spaces', ' 3.5 ', 3.5, 3.5, '3.5', 'Double', 'General'],
    ['negative number text', '-4', -4, -4, '-4', 'Double', 'General'],
    ['percent text', '50%', 0.5, 0.5, '50%', 'Double', '0%'],
    ['boolean text', 'true', true, true, 'TRUE', 'Boolean', 'General'],
    ['boolean', false, false, false, 'FALSE', 'Boolean', 'General'],
    ['error literal', '#N/A', '#N/A', '#N/A', '#N/A', 'Error', 'General'],
    ['ISO date', '2021-05-30', 44346, 44346, '5/30/2021', 'Double', 'm/d/yyyy'],
    ['text', 'Sở GD&ĐT', 'Sở GD&ĐT', 'Sở GD&ĐT', 'Sở GD&ĐT', 'String', 'General'],
    ['apostrophe keeps text', "'0123", '0123', '0123', '0123', 'String', 'General'],
    ['formula', '=1+2', 3, '=1+2', '3', 'Double', 'General'],
    ['"+" starts a formula', '+1+2', 3, '=+1+2', '3', 'Double', 'General'],
    ['a lone dash is text', '-', '-', '-', '-', 'String', 'General'],
    ['empty string clears', '', '', '', '', 'Empty', 'General'],
  ])('%s', async (_label, input, value, formula, text, type, format) => {
    expect(await writeAndRead(input)).toEqual({ value, formula, text, type, format });
  });

  test('text format ("@") keeps numbers and formulas as text', async () => {
    expect(await writeAndRead('=1+2', '@')).toEqual({ value: '=1+2', formula: '=1+2', text: '=1+2', type: 'String', format: '@' });
    expect(await writeAndRead('007', '@')).toEqual({ value: '007', formula: '007', text: '007', type: 'String', format: '@' });
  });

  test('"- text" is read as a formula and refused when it is not one', async () => {
    const fake = host();
    const e = await officeError(
      fake.run(async (ctx) => {
        ctx.workbook.worksheets.getItem('Sheet1').getRange('A1').values = [['- Nội dung']];
        await ctx.sync();
      }),
    );
    expect(e.code).toBe('InvalidArgument');
    expect(e.message).toContain('is read as a formula');
  });

  test('number formats render text', async () => {
    const fake = host();
    const text = await fake.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem('Sheet1').getRange('A1:E1');
      r.values = [[1234567.891, 0.256, 44197, 2.5, 0.1 + 0.2]];
      r.numberFormat = [['#,##0.00', '0.0%', 'dd/mm/yyyy', '0', 'General']];
      r.load('text');
      await ctx.sync();
      return r.text;
    });
    expect(text).toEqual([['1,234,567.89', '25.6%', '01/01/2021', '3', '0.3']]);
  });
});

describe('writing values and formulas', () => {
  test('a 2-D array must match the range', async () => {
    const fake = host();
    const e = await officeError(
      fake.run(async (ctx) => {
        ctx.workbook.worksheets.getItem('Sheet1').getRange('A1:C2').values = [[1, 2, 3]];
        await ctx.sync();
      }),
    );
    expect(e.code).toBe('InvalidArgument');
    expect(e.message).toContain('the input array is 1x3 but the range is 2x3');
  });

  test('null leaves a cell unchanged; one value fills the range', async () => {
    const fake = host({ seed: { sheets: [{ name: 'Sheet1', cells: [['a', 'b', 'c']] }] } });
    await fake.run(async (ctx) => {
      const s = ctx.workbook.worksheets.getItem('Sheet1');
      s.getRange('A1:C1').values = [[null, 'B', null]];
      s.getRange('A2:C3').values = 0 as never;
      await ctx.sync();
    });
    expect(fake.workbook.getSheetState('Sheet1').values).toEqual([
      ['a', 'B', 'c'],
      [0, 0, 0],
      [0, 0, 0],
    ]);
  });

  test('formulas read back as formulas, constants as values', async () => {
    const fake = host();
    const out = await fake.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem('Sheet1').getRange('A1:A4');
      r.formulas = [[1], [2], [3], ['=SUM(A1:A3)']];
      r.load('values, formulas');
      await ctx.sync();
      return [r.values, r.formulas];
    });
    expect(out).toEqual([
      [[1], [2], [3], [6]],
      [[1], [2], [3], ['=SUM(A1:A3)']],
    ]);
  });

  test('a formula that does not parse is InvalidArgument', async () => {
    const fake = host();
    const e = await officeError(
      fake.run(async (ctx) => {
        ctx.workbook.worksheets.getItem('Sheet1').getRange('A1').formulas = [['=SUM(A1:A3']];
        await ctx.sync();
      }),
    );
    expect(e.code).toBe('InvalidArgument');
  });

  test('errors read as their codes', async () => {
    const fake = host();
    const out = await fake.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem('Sheet1').getRange('A1:D1');
      r.formulas = [['=1/0', '=VALUE("x")', '=NOSUCHFUNCTION(1)', '=#N/A']];
      r.load('values, valueTypes, text');
      await ctx.sync();
      return [r.values[0], r.valueTypes[0], r.text[0]];
    });
    expect(out).toEqual([
      ['#DIV/0!', '#VALUE!', '#NAME?', '#N/A'],
      ['Error', 'Error', 'Error', 'Error'],
      ['#DIV/0!', '#VALUE!', '#NAME?', '#N/A'],
    ]);
  });

  test('reading values of a whole column is refused (payload limit); the used range is the way', async () => {
    const fake = host();
    const e = await officeError(
      fake.run(async (ctx) => {
        ctx.workbook.worksheets.getItem('Sheet1').getRange('A:A').load('values');
        await ctx.sync();
      }),
    );
    expect(e.code).toBe('ResponsePayloadSizeLimitExceeded');
  });

  test('header cells of a table follow writes: column names change', async () => {
    const fake = host({ seed: { sheets: [{ name: 'Sheet1', cells: [['A', 'B'], [1, 2]] }], tables: [{ sheet: 'Sheet1', address: 'A1:B2', name: 'T' }] } });
    await fake.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Sheet1').getRange('B1').values = [['Điểm']];
      await ctx.sync();
    });
    expect(fake.workbook.getTables()[0].columns).toEqual(['A', 'Điểm']);
  });
});

describe('derived ranges', () => {
  test('getCell, getOffsetRange, getResizedRange, getRow, getColumn, entire row/column, intersection', async () => {
    const fake = host();
    const out = await fake.run(async (ctx) => {
      const base = ctx.workbook.worksheets.getItem('Sheet1').getRange('B2:D5');
      const list = [
        base.getCell(1, 2),
        base.getOffsetRange(2, -1),
        base.getResizedRange(1, -2),
        base.getRow(3),
        base.getColumn(0),
        base.getEntireRow(),
        base.getEntireColumn(),
        base.getIntersectionOrNullObject('C1:C3'),
      ].map((r) => r.load('address, rowIndex, columnIndex, rowCount, columnCount'));
      const none = base.getIntersectionOrNullObject('Z1');
      await ctx.sync();
      return [...list.map((r) => [r.address, r.rowIndex, r.columnIndex, r.rowCount, r.columnCount]), none.isNullObject];
    });
    expect(out).toEqual([
      ['Sheet1!D3', 2, 3, 1, 1],
      ['Sheet1!A4:C7', 3, 0, 4, 3],
      ['Sheet1!B2:B6', 1, 1, 5, 1],
      ['Sheet1!B5:D5', 4, 1, 1, 3],
      ['Sheet1!B2:B5', 1, 1, 4, 1],
      ['Sheet1!2:5', 1, 0, 4, 16384],
      ['Sheet1!B:D', 0, 1, 1048576, 3],
      ['Sheet1!C2:C3', 1, 2, 2, 1],
      true,
    ]);
  });

  test('moving off the sheet is InvalidArgument', async () => {
    const fake = host();
    const e = await officeError(
      fake.run(async (ctx) => {
        ctx.workbook.worksheets.getItem('Sheet1').getRange('A1').getOffsetRange(-1, 0).load('address');
        await ctx.sync();
      }),
    );
    expect(e.code).toBe('InvalidArgument');
  });
});

describe('merging, selection, clearing, grouping', () => {
  test('merge keeps the upper-left value; merged areas are listed; unmerge removes them', async () => {
    const fake = host({ seed: { sheets: [{ name: 'Sheet1', cells: [['Tiêu đề', 'x', 'y'], ['a', 'b', 'c']] }] } });
    const out = await fake.run(async (ctx) => {
      const s = ctx.workbook.worksheets.getItem('Sheet1');
      s.getRange('A1:C1').merge();
      s.getRange('A2:C3').merge(true);
      const areas = s.getRange('A1:C3').getMergedAreasOrNullObject().load('address, areaCount, cellCount');
      const none = s.getRange('E5').getMergedAreasOrNullObject();
      await ctx.sync();
      const first = [areas.address, areas.areaCount, areas.cellCount, none.isNullObject];
      s.getRange('A2:C3').unmerge();
      await ctx.sync();
      return first;
    });
    expect(out).toEqual(['Sheet1!A1:C1,Sheet1!A2:C2,Sheet1!A3:C3', 3, 9, true]);
    const state = fake.workbook.getSheetState('Sheet1');
    expect(state.merges).toEqual(['A1:C1']);
    expect(state.values).toEqual([['Tiêu đề'], ['a']]);
  });

  test('getMergedAreasOrNullObject needs ExcelApi 1.13', async () => {
    const fake = host({ excelApi: '1.12' });
    await fake.run(async (ctx) => {
      expect(() => ctx.workbook.worksheets.getItem('Sheet1').getRange('A1').getMergedAreasOrNullObject()).toThrow(expect.objectContaining({ code: 'ApiNotFound' }));
    });
  });

  test('select() activates the sheet and sets the selection', async () => {
    const fake = host({ sheets: ['A', 'B'] });
    const out = await fake.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('B').getRange('C3:D4').select();
      await ctx.sync();
      const sel = ctx.workbook.getSelectedRange().load('address');
      const cell = ctx.workbook.getActiveCell().load('address');
      await ctx.sync();
      return [sel.address, cell.address];
    });
    expect(out).toEqual(['B!C3:D4', 'B!C3']);
    expect(fake.selections).toEqual(['B!C3:D4']);
    expect(fake.workbook.activeSheet()).toBe('B');
  });

  test.each([
    ['Contents', [], { B1: { bold: true } }],
    ['Formats', [[1, 2]], {}],
    ['All', [], {}],
  ])('clear(%s)', async (applyTo, values, formats) => {
    const fake = host({ seed: { sheets: [{ name: 'Sheet1', cells: [[1, 2]] }] } });
    await fake.run(async (ctx) => {
      const s = ctx.workbook.worksheets.getItem('Sheet1');
      s.getRange('B1').format.font.bold = true;
      await ctx.sync();
      s.getRange('A1:B1').clear(applyTo);
    });
    const state = fake.workbook.getSheetState('Sheet1');
    expect(state.values).toEqual(values);
    expect(state.formats).toEqual(formats);
  });

  test('group by rows and columns keeps outline levels', async () => {
    const fake = host();
    await fake.run(async (ctx) => {
      const s = ctx.workbook.worksheets.getItem('Sheet1');
      s.getRange('5:9').group('ByRows');
      s.getRange('6:7').group('ByRows');
      s.getRange('B:C').group('ByColumns');
      s.getRange('C:C').ungroup('ByColumns');
    });
    expect(fake.workbook.getSheetState('Sheet1').outline).toEqual({ rows: { 5: 1, 6: 2, 7: 2, 8: 1, 9: 1 }, columns: { B: 1 } });
  });

  test('group needs ExcelApi 1.10', async () => {
    const fake = host({ excelApi: '1.9' });
    await fake.run(async (ctx) => {
      expect(() => ctx.workbook.worksheets.getItem('Sheet1').getRange('1:2').group('ByRows')).toThrow(expect.objectContaining({ code: 'ApiNotFound' }));
    });
  });

  test('hidden columns and rows, hyperlinks', async () => {
    const fake = host();
    const out = await fake.run(async (ctx) => {
      const s = ctx.workbook.worksheets.getItem('Sheet1');
      s.getRange('C:D').columnHidden = true;
      s.getRange('2:2').rowHidden = true;
      s.getRange('A1').hyperlink = { address: 'https://moet.gov.vn', textToDisplay: 'Bộ GD&ĐT' };
      const c = s.getRange('C:D').load('columnHidden');
      const mixed = s.getRange('B:C').load('columnHidden');
      const link = s.getRange('A1').load('hyperlink, values');
      await ctx.sync();
      return [c.columnHidden, mixed.columnHidden, link.hyperlink, link.values];
    });
    expect(out).toEqual([true, null, { address: 'https://moet.gov.vn', textToDisplay: 'Bộ GD&ĐT' }, [['Bộ GD&ĐT']]]);
    const state = fake.workbook.getSheetState('Sheet1');
    expect([state.hiddenColumns, state.hiddenRows]).toEqual([['C', 'D'], [2]]);
  });
});
