import { host, officeError } from './helpers';

describe('range formats', () => {
  test('fill, font, alignment, wrap, locked are stored per cell and read back', async () => {
    const fake = host();
    const out = await fake.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem('Sheet1').getRange('A1:B2');
      r.format.fill.color = '#ffc000';
      r.format.font.bold = true;
      r.format.font.italic = true;
      r.format.font.color = 'red';
      r.format.font.size = 13;
      r.format.font.name = 'Times New Roman';
      r.format.wrapText = true;
      r.format.horizontalAlignment = 'Center';
      r.format.verticalAlignment = 'Top';
      r.format.protection.locked = false;
      r.load('format/fill/color, format/font/bold, format/font/italic, format/font/color, format/font/size, format/font/name, format/wrapText, format/horizontalAlignment, format/verticalAlignment, format/protection/locked');
      await ctx.sync();
      const f = r.format;
      return [f.fill.color, f.font.bold, f.font.italic, f.font.color, f.font.size, f.font.name, f.wrapText, f.horizontalAlignment, f.verticalAlignment, f.protection.locked];
    });
    expect(out).toEqual(['#FFC000', true, true, '#FF0000', 13, 'Times New Roman', true, 'Center', 'Top', false]);
    expect(fake.workbook.getSheetState('Sheet1').formats.B2).toEqual({
      fill: '#FFC000',
      bold: true,
      italic: true,
      fontColor: '#FF0000',
      fontSize: 13,
      fontName: 'Times New Roman',
      wrapText: true,
      horizontalAlignment: 'Center',
      verticalAlignment: 'Top',
      locked: false,
    });
  });

  test('defaults read as Excel returns them; a mixed range reads null', async () => {
    const fake = host();
    const out = await fake.run(async (ctx) => {
      const s = ctx.workbook.worksheets.getItem('Sheet1');
      s.getRange('A1').format.font.bold = true;
      s.getRange('A1').format.fill.color = '#00B050';
      const mixed = s.getRange('A1:A2').load('format/font/bold, format/fill/color');
      const plain = s.getRange('C3').load('format/font/bold, format/fill/color, format/font/color, format/font/name, format/font/size, format/horizontalAlignment, format/protection/locked');
      await ctx.sync();
      return [mixed.format.font.bold, mixed.format.fill.color, plain.format.font.bold, plain.format.fill.color, plain.format.font.color, plain.format.font.name, plain.format.font.size, plain.format.horizontalAlignment, plain.format.protection.locked];
    });
    expect(out).toEqual([null, null, false, '#FFFFFF', '#000000', 'Calibri', 11, 'General', true]);
  });

  test('fill.clear() removes the fill', async () => {
    const fake = host();
    await fake.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem('Sheet1').getRange('A1');
      r.format.fill.color = 'yellow';
      await ctx.sync();
      r.format.fill.clear();
    });
    expect(fake.workbook.getCell('Sheet1', 'A1').format.fill).toBeNull();
  });

  test.each([
    ['a color that is not one', (f: Fmt) => (f.fill.color = 'reddish')],
    ['an alignment that is not one', (f: Fmt) => (f.horizontalAlignment = 'Middle')],
    ['a negative column width', (f: Fmt) => (f.columnWidth = -1)],
  ])('%s is InvalidArgument', async (_label, set) => {
    const fake = host();
    const e = await officeError(
      fake.run(async (ctx) => {
        set(ctx.workbook.worksheets.getItem('Sheet1').getRange('A1').format as unknown as Fmt);
        await ctx.sync();
      }),
    );
    expect(e.code).toBe('InvalidArgument');
  });

  test('whole-column formats apply to every cell, under later cell formats', async () => {
    const fake = host();
    await fake.run(async (ctx) => {
      const s = ctx.workbook.worksheets.getItem('Sheet1');
      s.getRange('B:B').format.font.bold = true;
      s.getRange('B3').format.font.bold = false;
      s.getRange('B:B').numberFormat = '0.00' as never;
      s.getRange('B3:B4').values = [[1], [2]];
    });
    expect(fake.workbook.getCell('Sheet1', 'B1000').format.bold).toBe(true);
    expect(fake.workbook.getCell('Sheet1', 'B3').format.bold).toBe(false);
    expect(fake.workbook.getSheetState('Sheet1').text).toEqual([['', ''], ['', ''], ['', '1.00'], ['', '2.00']]);
    expect(fake.workbook.getSheetState('Sheet1').wideFormats).toEqual([
      { address: 'B:B', format: { bold: true } },
      { address: 'B:B', format: { numberFormat: '0.00' } },
    ]);
  });
});

type Fmt = { fill: { color: string }; horizontalAlignment: string; columnWidth: number };

describe('borders', () => {
  test('edges and inside borders land on the right cell edges', async () => {
    const fake = host();
    const out = await fake.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem('Sheet1').getRange('A1:B2');
      for (const side of ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight', 'InsideHorizontal', 'InsideVertical']) {
        r.format.borders.getItem(side).style = 'Continuous';
      }
      r.format.borders.getItem('EdgeBottom').weight = 'Medium';
      const bottom = r.format.borders.getItem('EdgeBottom').load('style, weight, color, sideIndex');
      const top = ctx.workbook.worksheets.getItem('Sheet1').getRange('C1').format.borders.getItem('EdgeTop').load('style');
      await ctx.sync();
      return [bottom.style, bottom.weight, bottom.color, bottom.sideIndex, top.style];
    });
    expect(out).toEqual(['Continuous', 'Medium', '#000000', 'EdgeBottom', 'None']);
    const thin = { style: 'Continuous', color: '#000000', weight: 'Thin' };
    const medium = { ...thin, weight: 'Medium' };
    expect(fake.workbook.getSheetState('Sheet1').formats).toEqual({
      A1: { EdgeTop: thin, EdgeBottom: thin, EdgeLeft: thin, EdgeRight: thin },
      B1: { EdgeTop: thin, EdgeBottom: thin, EdgeLeft: thin, EdgeRight: thin },
      A2: { EdgeTop: thin, EdgeBottom: medium, EdgeLeft: thin, EdgeRight: thin },
      B2: { EdgeTop: thin, EdgeBottom: medium, EdgeLeft: thin, EdgeRight: thin },
    });
  });
});

describe('column widths and row heights', () => {
  test('set, read back (null when mixed), autofit from the text', async () => {
    const fake = host({ seed: { sheets: [{ name: 'Sheet1', cells: [['Ngắn', 'Một nội dung khá dài cần cột rộng'], ['x\ny\nz', '']] }] } });
    const out = await fake.run(async (ctx) => {
      const s = ctx.workbook.worksheets.getItem('Sheet1');
      s.getRange('A:A').format.columnWidth = 60;
      s.getRange('B:B').format.autofitColumns();
      s.getRange('2:2').format.autofitRows();
      s.getRange('3:3').format.rowHeight = 30;
      const a = s.getRange('A1').load('format/columnWidth');
      const ab = s.getRange('A1:B1').load('format/columnWidth');
      const row3 = s.getRange('A3').load('format/rowHeight');
      await ctx.sync();
      return [a.format.columnWidth, ab.format.columnWidth, row3.format.rowHeight];
    });
    expect(out).toEqual([60, null, 30]);
    const state = fake.workbook.getSheetState('Sheet1');
    expect(state.columnWidths).toEqual({ A: 60, B: 206 });
    expect(state.rowHeights).toEqual({ 2: 45, 3: 30 });
  });
});
