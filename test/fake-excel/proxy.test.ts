import { FakeOfficeError } from '../../src/playground/fake-excel';
import { host, officeError, thrown } from './helpers';

const NOT_LOADED = (prop: string): string =>
  `The property '${prop}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`;

describe('reading a property before load() + sync()', () => {
  test.each([
    ['range.values', (fake: ReturnType<typeof host>) => fake.run(async (ctx) => ctx.workbook.worksheets.getItem('Sheet1').getRange('A1').values), 'values'],
    ['sheet.name', (fake: ReturnType<typeof host>) => fake.run(async (ctx) => ctx.workbook.worksheets.getItem('Sheet1').name), 'name'],
    ['names.items', (fake: ReturnType<typeof host>) => fake.run(async (ctx) => ctx.workbook.names.items), 'items'],
    ['nullObject.isNullObject', (fake: ReturnType<typeof host>) => fake.run(async (ctx) => ctx.workbook.worksheets.getItemOrNullObject('Missing').isNullObject), 'isNullObject'],
    ['format.fill.color', (fake: ReturnType<typeof host>) => fake.run(async (ctx) => ctx.workbook.worksheets.getItem('Sheet1').getRange('A1').format.fill.color), 'color'],
  ])('%s throws PropertyNotLoaded', async (_name, read, prop) => {
    const e = await officeError(read(host()));
    expect(e.code).toBe('PropertyNotLoaded');
    expect(e.message).toBe(NOT_LOADED(prop));
  });

  test('load() without a sync is not enough', async () => {
    const fake = host();
    const e = await officeError(
      fake.run(async (ctx) => {
        const r = ctx.workbook.worksheets.getItem('Sheet1').getRange('A1');
        r.load('values');
        return r.values;
      }),
    );
    expect(e.code).toBe('PropertyNotLoaded');
  });

  test('a property that was not asked for stays unavailable', async () => {
    const fake = host();
    const e = await officeError(
      fake.run(async (ctx) => {
        const r = ctx.workbook.worksheets.getItem('Sheet1').getRange('A1');
        r.load('address');
        await ctx.sync();
        return r.values;
      }),
    );
    expect(e.code).toBe('PropertyNotLoaded');
  });
});

describe('load() forms', () => {
  const seeded = () => host({ seed: { sheets: [{ name: 'Sheet1', cells: [[1, 2], [3, '=A1+B1+A2']] }] } });

  test.each([
    ['comma list with spaces', 'values, address'],
    ['array', ['values', 'address']],
    ['select', { select: 'values,address' }],
    ['object', { values: true, address: true }],
  ] as const)('%s', async (_label, spec) => {
    const fake = seeded();
    const out = await fake.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem('Sheet1').getRange('A1:B2');
      r.load(spec as never);
      await ctx.sync();
      return { values: r.values, address: r.address };
    });
    expect(out).toEqual({ values: [[1, 2], [3, 6]], address: 'Sheet1!A1:B2' });
  });

  test('load() with no argument loads every scalar property', async () => {
    const fake = seeded();
    const out = await fake.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem('Sheet1').getRange('B2');
      r.load();
      await ctx.sync();
      return [r.address, r.values, r.formulas, r.text, r.valueTypes, r.numberFormat, r.rowIndex, r.columnIndex, r.rowCount, r.columnCount, r.cellCount];
    });
    expect(out).toEqual(['Sheet1!B2', [[6]], [['=A1+B1+A2']], [['6']], [['Double']], [['General']], 1, 1, 1, 1, 1]);
  });

  test('navigation paths load child objects', async () => {
    const fake = seeded();
    const out = await fake.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem('Sheet1').getRange('A1');
      r.format.fill.color = '#ff0000';
      r.load('format/fill/color, format/font/bold, worksheet/name');
      await ctx.sync();
      return [r.format.fill.color, r.format.font.bold, r.worksheet.name];
    });
    expect(out).toEqual(['#FF0000', false, 'Sheet1']);
  });

  test('collections: items/name, a bare item property, items, and no argument', async () => {
    const fake = host({ sheets: ['A', 'B', 'C'] });
    const out = await fake.run(async (ctx) => {
      const c1 = ctx.workbook.worksheets.load('items/name');
      const c2 = ctx.workbook.worksheets.load('name');
      const c3 = ctx.workbook.worksheets.load('items');
      const c4 = ctx.workbook.worksheets.load();
      await ctx.sync();
      return [c1, c2, c3, c4].map((c) => c.items.map((s) => s.name));
    });
    expect(out).toEqual([['A', 'B', 'C'], ['A', 'B', 'C'], ['A', 'B', 'C'], ['A', 'B', 'C']]);
  });

  test('loading an unknown property throws at load()', async () => {
    const fake = host();
    await fake.run(async (ctx) => {
      const e = thrown(() => ctx.workbook.worksheets.getItem('Sheet1').getRange('A1').load('valuez'));
      expect(e.code).toBe('InvalidArgument');
      expect(e.message).toContain("Range has no property 'valuez'");
    });
  });

  test('toJSON gives the loaded values', async () => {
    const fake = seeded();
    const json = await fake.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem('Sheet1').getRange('A1:B1').load('values, address, format/font/bold');
      await ctx.sync();
      return JSON.parse(JSON.stringify(r)) as unknown;
    });
    expect(json).toEqual({ values: [[1, 2]], address: 'Sheet1!A1:B1', format: { font: { bold: false } } });
  });
});

describe('queued writes', () => {
  test('are invisible until sync, then visible to later reads', async () => {
    const fake = host();
    await fake.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem('Sheet1').getRange('A1');
      r.values = [[42]];
      expect(fake.workbook.getCell('Sheet1', 'A1').value).toBe('');
      await ctx.sync();
      expect(fake.workbook.getCell('Sheet1', 'A1').value).toBe(42);
    });
  });

  test('a read queued after a write in the same batch sees the write (and the recalculation)', async () => {
    const fake = host({ seed: { sheets: [{ name: 'Sheet1', cells: [[1, '=A1*10']] }] } });
    const out = await fake.run(async (ctx) => {
      const s = ctx.workbook.worksheets.getItem('Sheet1');
      const before = s.getRange('B1').load('values');
      s.getRange('A1').values = [[5]];
      const after = s.getRange('B1').load('values');
      await ctx.sync();
      return [before.values, after.values];
    });
    expect(out).toEqual([[[10]], [[50]]]);
    expect(fake.syncCount).toBe(1);
  });

  test('the proxy keeps the value it was given, as Office.js does; other proxies see it after sync', async () => {
    const fake = host();
    await fake.run(async (ctx) => {
      const s = ctx.workbook.worksheets.getItem('Sheet1');
      const r = s.getRange('A1');
      r.values = [['x']];
      expect(r.values).toEqual([['x']]);
      const other = s.getRange('A1');
      expect(() => other.values).toThrow(FakeOfficeError);
      other.load('values');
      await ctx.sync();
      expect(other.values).toEqual([['x']]);
    });
  });

  test('a later change to the array given to a setter does not leak into the queued write', async () => {
    const fake = host();
    await fake.run(async (ctx) => {
      const input = [[1, 2]];
      ctx.workbook.worksheets.getItem('Sheet1').getRange('A1:B1').values = input;
      input[0][0] = 99;
      await ctx.sync();
    });
    expect(fake.workbook.getSheetState('Sheet1').values).toEqual([[1, 2]]);
  });

  test('operations run in order and stop at the first error; earlier ones stay applied', async () => {
    const fake = host();
    const e = await officeError(
      fake.run(async (ctx) => {
        const s = ctx.workbook.worksheets.getItem('Sheet1');
        s.getRange('A1').values = [['first']];
        ctx.workbook.worksheets.getItem('Missing').getRange('A1').values = [['never']];
        s.getRange('A2').values = [['after']];
        await ctx.sync();
      }),
    );
    expect(e.code).toBe('ItemNotFound');
    expect(e.debugInfo.errorLocation).toBe('Range.values');
    expect(fake.workbook.getSheetState('Sheet1').values).toEqual([['first']]);
  });

  test('loads of a failed batch are not delivered', async () => {
    const fake = host();
    await fake.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem('Sheet1').getRange('A1').load('address');
      ctx.workbook.worksheets.getItem('Missing').load('name');
      await expect(ctx.sync()).rejects.toMatchObject({ code: 'ItemNotFound' });
      expect(() => r.address).toThrow(FakeOfficeError);
    });
  });

  test('read-only properties cannot be assigned', async () => {
    const fake = host();
    await fake.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem('Sheet1').getRange('A1');
      expect(() => {
        (r as unknown as { address: string }).address = 'B2';
      }).toThrow(TypeError);
    });
  });

  test('set() sets several properties, including on child objects', async () => {
    const fake = host();
    await fake.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Sheet1').getRange('A1:B1').format.set({ wrapText: true, fill: { color: '#00FF00' }, font: { bold: true } });
      await ctx.sync();
    });
    expect(fake.workbook.getCell('Sheet1', 'B1').format).toMatchObject({ wrapText: true, fill: '#00FF00', bold: true });
  });
});

describe('contexts', () => {
  test('objects of a finished Excel.run cannot queue more work', async () => {
    const fake = host();
    const r = await fake.run(async (ctx) => ctx.workbook.worksheets.getItem('Sheet1').getRange('A1'));
    const e = thrown(() => r.load('values'));
    expect(e.code).toBe('InvalidObjectPath');
  });

  test('an object from another context is refused as an argument', async () => {
    const fake = host();
    await fake.run(async (outer) => {
      const range = outer.workbook.worksheets.getItem('Sheet1').getRange('A1:B2');
      await fake.run(async (inner) => {
        const e = thrown(() => inner.workbook.names.add('Elsewhere', range));
        expect(e.code).toBe('InvalidRequestContext');
      });
    });
  });

  test('new Excel.RequestContext() works outside Excel.run', async () => {
    const fake = host();
    const ctx = new fake.Excel.RequestContext();
    const s = ctx.workbook.worksheets.getActiveWorksheet().load('name');
    await ctx.sync();
    expect(s.name).toBe('Sheet1');
    expect(fake.syncCount).toBe(1);
  });
});
