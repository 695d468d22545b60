import { host, officeError } from './helpers';

describe('worksheet collection', () => {
  test('add, getItem (any case), getItemOrNullObject, items, getCount, active sheet', async () => {
    const fake = host();
    const out = await fake.run(async (ctx) => {
      const sheets = ctx.workbook.worksheets;
      const added = sheets.add('Chấm điểm');
      sheets.add();
      const byName = sheets.getItem('CHẤM ĐIỂM').load('name, position');
      const missing = sheets.getItemOrNullObject('Không có');
      const count = sheets.getCount();
      const active = sheets.getActiveWorksheet().load('name');
      added.load('name');
      sheets.load('items/name');
      await ctx.sync();
      return { names: sheets.items.map((s) => s.name), byName: [byName.name, byName.position], missing: missing.isNullObject, count: count.value, active: active.name, added: added.name };
    });
    expect(out).toEqual({ names: ['Sheet1', 'Chấm điểm', 'Sheet3'], byName: ['Chấm điểm', 1], missing: true, count: 3, active: 'Sheet1', added: 'Chấm điểm' });
  });

  test.each([
    ['duplicate name (other case)', 'sheet1', 'ItemAlreadyExists'],
    ['too long', 'x'.repeat(32), 'InvalidArgument'],
    ['forbidden character', 'Q1/2021', 'InvalidArgument'],
    ['leading apostrophe', "'Q1", 'InvalidArgument'],
    ['reserved', 'History', 'InvalidArgument'],
    ['empty', '', 'InvalidArgument'],
  ])('add: %s → %s', async (_label, name, code) => {
    const fake = host();
    const e = await officeError(
      fake.run(async (ctx) => {
        ctx.workbook.worksheets.add(name);
        await ctx.sync();
      }),
    );
    expect(e.code).toBe(code);
    expect(e.debugInfo.errorLocation).toBe('WorksheetCollection.add');
  });

  test('getItem of a missing sheet rejects with ItemNotFound', async () => {
    const fake = host();
    const e = await officeError(
      fake.run(async (ctx) => {
        ctx.workbook.worksheets.getItem('Missing').load('name');
        await ctx.sync();
      }),
    );
    expect(e.code).toBe('ItemNotFound');
  });
});

describe('worksheet', () => {
  test('rename keeps the proxy, and formulas that name the sheet follow', async () => {
    const fake = host({
      seed: {
        sheets: [
          { name: 'Data', cells: [[5]] },
          { name: 'Tổng', cells: [['=Data!A1*2', "=SUM('Data'!A1:A3)"]] },
        ],
        names: [{ name: 'Input', reference: '=Data!$A$1' }],
      },
    });
    await fake.run(async (ctx) => {
      const s = ctx.workbook.worksheets.getItem('Data');
      s.name = 'Dữ liệu';
      s.getRange('A1').values = [[6]];
      await ctx.sync();
    });
    expect(fake.workbook.getSheetState('Tổng').formulas).toEqual([["='Dữ liệu'!A1*2", "=SUM('Dữ liệu'!A1:A3)"]]);
    expect(fake.workbook.getSheetState('Tổng').values).toEqual([[12, 6]]);
    expect(fake.workbook.getNames()).toEqual([{ name: 'Input', formula: "='Dữ liệu'!$A$1", comment: '', visible: true }]);
  });

  test('delete: formulas that named the sheet become #REF!, its tables go, the next sheet becomes active', async () => {
    const fake = host({
      seed: {
        sheets: [
          { name: 'A', cells: [['=B!A1+1']] },
          { name: 'B', cells: [['H'], [1]] },
          { name: 'C' },
        ],
        tables: [{ sheet: 'B', address: 'A1:A2', name: 'T' }],
        activeSheet: 'B',
      },
    });
    await fake.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('B').delete();
      await ctx.sync();
    });
    expect(fake.workbook.sheetNames()).toEqual(['A', 'C']);
    expect(fake.workbook.getSheetState('A').formulas).toEqual([['=#REF!+1']]);
    expect(fake.workbook.getSheetState('A').values).toEqual([['#REF!']]);
    expect(fake.workbook.getTables()).toEqual([]);
    expect(fake.workbook.activeSheet()).toBe('C');
  });

  test('the last visible sheet can be neither deleted nor hidden', async () => {
    const fake = host({ sheets: ['Only', 'Hidden'] });
    await fake.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Hidden').visibility = 'Hidden';
      await ctx.sync();
      ctx.workbook.worksheets.getItem('Only').delete();
      expect((await officeError(ctx.sync())).code).toBe('InvalidOperation');
      ctx.workbook.worksheets.getItem('Only').visibility = 'VeryHidden';
      expect((await officeError(ctx.sync())).code).toBe('InvalidOperation');
    });
  });

  test('position moves a sheet; activate() needs a visible sheet', async () => {
    const fake = host({ sheets: ['A', 'B', 'C'] });
    await fake.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('C').position = 0;
      ctx.workbook.worksheets.getItem('B').activate();
      await ctx.sync();
    });
    expect([fake.workbook.sheetNames(), fake.workbook.activeSheet()]).toEqual([['C', 'A', 'B'], 'B']);
  });

  test('getRange: cells, ranges, whole columns and rows, names, other-sheet addresses', async () => {
    const fake = host({ sheets: ['Sheet1', 'Chấm điểm'], seed: undefined });
    await fake.run(async (ctx) => {
      ctx.workbook.names.add('Vung', ctx.workbook.worksheets.getItem('Chấm điểm').getRange('B2:C3'));
      await ctx.sync();
    });
    const addresses = await fake.run(async (ctx) => {
      const s = ctx.workbook.worksheets.getItem('Chấm điểm');
      const ranges = ['A1', 'E10:A1', '$B$2:$C$3', 'A:A', 'B:D', '3:3', '2:5', "'Chấm điểm'!C4", 'Vung'].map((a) => s.getRange(a).load('address'));
      const whole = s.getRange().load('address');
      const byIndexes = s.getRangeByIndexes(1, 2, 3, 4).load('address');
      const cell = s.getCell(0, 27).load('address');
      await ctx.sync();
      return [...ranges.map((r) => r.address), whole.address, byIndexes.address, cell.address];
    });
    expect(addresses).toEqual([
      "'Chấm điểm'!A1",
      "'Chấm điểm'!A1:E10",
      "'Chấm điểm'!B2:C3",
      "'Chấm điểm'!A:A",
      "'Chấm điểm'!B:D",
      "'Chấm điểm'!3:3",
      "'Chấm điểm'!2:5",
      "'Chấm điểm'!C4",
      "'Chấm điểm'!B2:C3",
      "'Chấm điểm'!1:1048576",
      "'Chấm điểm'!C2:F4",
      "'Chấm điểm'!AB1",
    ]);
  });

  test.each([
    ['garbage', 'hello world', 'InvalidArgument'],
    ['row 0', 'A0', 'InvalidArgument'],
    ['past the last column', 'XFE1', 'InvalidArgument'],
    ['another sheet', 'Other!A1', 'InvalidReference'],
  ])('getRange(%s) rejects at sync', async (_label, address, code) => {
    const fake = host({ sheets: ['Sheet1', 'Other'] });
    const e = await officeError(
      fake.run(async (ctx) => {
        ctx.workbook.worksheets.getItem('Sheet1').getRange(address).load('address');
        await ctx.sync();
      }),
    );
    expect(e.code).toBe(code);
  });

  test('used range: values only or with formats; A1 or a null object on an empty sheet', async () => {
    const fake = host({ sheets: ['Empty', 'Data'] });
    const out = await fake.run(async (ctx) => {
      const data = ctx.workbook.worksheets.getItem('Data');
      data.getRange('B2:C3').values = [[1, null], [null, 2]];
      data.getRange('E7').format.fill.color = 'yellow';
      const empty = ctx.workbook.worksheets.getItem('Empty');
      const a = data.getUsedRange(true).load('address');
      const b = data.getUsedRange().load('address');
      const c = empty.getUsedRange().load('address');
      const d = empty.getUsedRangeOrNullObject();
      await ctx.sync();
      return [a.address, b.address, c.address, d.isNullObject];
    });
    expect(out).toEqual(['Data!B2:C3', 'Data!B2:E7', 'Empty!A1', true]);
  });

  test('showGridlines and tabColor are stored', async () => {
    const fake = host();
    await fake.run(async (ctx) => {
      const s = ctx.workbook.worksheets.getItem('Sheet1');
      s.showGridlines = false;
      s.tabColor = '#1f4e79';
      await ctx.sync();
    });
    const state = fake.workbook.getSheetState('Sheet1');
    expect([state.showGridlines, state.tabColor]).toEqual([false, '#1F4E79']);
  });
});

describe('freeze panes', () => {
  test.each([
    ['freezeRows(2)', (p: FreezePanes) => p.freezeRows(2), { rows: 2, columns: 0 }, 'Sheet1!1:2'],
    ['freezeColumns(1)', (p: FreezePanes) => p.freezeColumns(1), { rows: 0, columns: 1 }, 'Sheet1!A:A'],
    ['freezeAt("B3")', (p: FreezePanes) => p.freezeAt('B3'), { rows: 3, columns: 2 }, 'Sheet1!A1:B3'],
    ['freezeAt("1:4")', (p: FreezePanes) => p.freezeAt('1:4'), { rows: 4, columns: 0 }, 'Sheet1!1:4'],
  ])('%s', async (_label, freeze, state, location) => {
    const fake = host();
    const out = await fake.run(async (ctx) => {
      const panes = ctx.workbook.worksheets.getItem('Sheet1').freezePanes;
      freeze(panes);
      const loc = panes.getLocationOrNullObject().load('address');
      await ctx.sync();
      return loc.address;
    });
    expect(fake.workbook.getSheetState('Sheet1').freeze).toEqual(state);
    expect(out).toBe(location);
  });

  test('getLocationOrNullObject is null without frozen panes; freezeAt takes a Range', async () => {
    const fake = host();
    const out = await fake.run(async (ctx) => {
      const s = ctx.workbook.worksheets.getItem('Sheet1');
      const none = s.freezePanes.getLocationOrNullObject();
      await ctx.sync();
      s.freezePanes.freezeAt(s.getRange('A1:C2'));
      await ctx.sync();
      return none.isNullObject;
    });
    expect(out).toBe(true);
    expect(fake.workbook.getSheetState('Sheet1').freeze).toEqual({ rows: 2, columns: 3 });
  });

  test('freeze panes need ExcelApi 1.7', async () => {
    const fake = host({ excelApi: '1.6' });
    await fake.run(async (ctx) => {
      expect(() => ctx.workbook.worksheets.getItem('Sheet1').freezePanes).toThrow(expect.objectContaining({ code: 'ApiNotFound' }));
    });
  });
});

type FreezePanes = { freezeRows(n?: number): void; freezeColumns(n?: number): void; freezeAt(r: string): void };

describe('page layout', () => {
  test('orientation, paper size, zoom, print titles and area are stored and read back', async () => {
    const fake = host();
    const out = await fake.run(async (ctx) => {
      const p = ctx.workbook.worksheets.getItem('Sheet1').pageLayout;
      p.orientation = 'Landscape';
      p.paperSize = 'A4';
      p.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
      p.setPrintTitleRows('$3:$3');
      p.setPrintArea('A1:F40');
      p.leftMargin = 36;
      const titles = p.getPrintTitleRowsOrNullObject().load('address');
      p.load('orientation, paperSize, zoom, leftMargin');
      await ctx.sync();
      return [p.orientation, p.paperSize, p.zoom, p.leftMargin, titles.address];
    });
    expect(out).toEqual(['Landscape', 'A4', { horizontalFitToPages: 1, verticalFitToPages: 0 }, 36, 'Sheet1!3:3']);
    const layout = fake.workbook.getSheetState('Sheet1').pageLayout;
    expect([layout.printTitleRows, layout.printArea]).toEqual(['$3:$3', '$A$1:$F$40']);
  });

  test.each([
    ['an unknown paper size', (p: Layout) => (p.paperSize = 'A7')],
    ['a zoom scale out of range', (p: Layout) => (p.zoom = { scale: 5 })],
    ['scale together with fit-to-pages', (p: Layout) => (p.zoom = { scale: 90, horizontalFitToPages: 1 })],
  ])('%s is InvalidArgument', async (_label, set) => {
    const fake = host();
    const e = await officeError(
      fake.run(async (ctx) => {
        set(ctx.workbook.worksheets.getItem('Sheet1').pageLayout as unknown as Layout);
        await ctx.sync();
      }),
    );
    expect(e.code).toBe('InvalidArgument');
  });

  test('page layout needs ExcelApi 1.9', async () => {
    const fake = host({ excelApi: '1.8' });
    await fake.run(async (ctx) => {
      expect(() => ctx.workbook.worksheets.getItem('Sheet1').pageLayout).toThrow(expect.objectContaining({ code: 'ApiNotFound' }));
    });
  });
});

type Layout = { paperSize: string; zoom: Record<string, number> };

describe('protection', () => {
  test('protect with options and password; locked cells refuse writes; unlocked ones accept them', async () => {
    const fake = host();
    await fake.run(async (ctx) => {
      const s = ctx.workbook.worksheets.getItem('Sheet1');
      s.getRange('B2:B3').format.protection.locked = false;
      s.protection.protect({ allowFormatColumns: true }, 'pw');
      s.getRange('B2').values = [[1]];
      s.getRange('A:A').format.columnWidth = 80;
      s.protection.load('protected');
      await ctx.sync();
      expect(s.protection.protected).toBe(true);
      s.getRange('A1').values = [[1]];
      expect((await officeError(ctx.sync())).code).toBe('AccessDenied');
      s.getRange('B2').format.fill.color = 'red';
      expect((await officeError(ctx.sync())).code).toBe('AccessDenied');
      s.protection.protect();
      expect((await officeError(ctx.sync())).code).toBe('InvalidOperation');
      s.protection.unprotect('wrong');
      expect((await officeError(ctx.sync())).code).toBe('InvalidArgument');
      s.protection.unprotect('pw');
      s.getRange('A1').values = [[2]];
      await ctx.sync();
    });
    const state = fake.workbook.getSheetState('Sheet1');
    expect(state.values).toEqual([
      [2, ''],
      ['', 1],
    ]);
    expect(state.protection.protected).toBe(false);
    expect(state.columnWidths).toEqual({ A: 80 });
  });

  test('a password needs ExcelApi 1.7; protect itself 1.2', async () => {
    const fake = host({ excelApi: '1.6' });
    await fake.run(async (ctx) => {
      const p = ctx.workbook.worksheets.getItem('Sheet1').protection;
      expect(() => p.protect({}, 'pw')).toThrow(expect.objectContaining({ code: 'ApiNotFound' }));
      p.protect();
    });
    expect(fake.workbook.getSheetState('Sheet1').protection.protected).toBe(true);
  });
});
