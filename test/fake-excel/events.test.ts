import type { FakeEventArgs, FakeEventHandlerResult, FakeWorksheetChangedEventArgs } from '../../src/playground/fake-excel';
import { type Context, host, officeError, thrown } from './helpers';

type Fake = ReturnType<typeof host>;

/** Event args without the getRange function, for exact comparison. */
function plain(args: FakeEventArgs): Record<string, unknown> {
  return Object.fromEntries(Object.entries(args).filter(([, v]) => typeof v !== 'function'));
}

function sheetIds(fake: Fake): Record<string, string> {
  return Object.fromEntries(fake.workbook.sheetNames().map((n) => [n, fake.workbook.getSheetState(n).id]));
}

/** Adds a handler in its own Excel.run (one sync) and returns what it records and the result. */
async function listen(
  fake: Fake,
  add: (ctx: Context, handler: (args: FakeEventArgs) => Promise<void>) => FakeEventHandlerResult,
): Promise<{ seen: Record<string, unknown>[]; raw: FakeEventArgs[]; result: FakeEventHandlerResult }> {
  const seen: Record<string, unknown>[] = [];
  const raw: FakeEventArgs[] = [];
  const handler = async (args: FakeEventArgs): Promise<void> => {
    raw.push(args);
    seen.push(plain(args));
  };
  const result = await fake.run(async (ctx) => {
    const r = add(ctx, handler);
    await ctx.sync();
    return r;
  });
  return { seen, raw, result };
}

async function removeHandler(fake: Fake, result: FakeEventHandlerResult): Promise<void> {
  await fake.Excel.run(result.context, async (ctx) => {
    result.remove();
    await ctx.sync();
  });
}

describe('worksheet.onChanged', () => {
  test.each([
    ['range.values', (ctx: Context) => {
      ctx.workbook.worksheets.getItem('Sheet1').getRange('B2:C3').values = [[1, 2], [3, 4]];
    }, 'B2:C3'],
    ['range.formulas', (ctx: Context) => {
      ctx.workbook.worksheets.getItem('Sheet1').getRange('D4').formulas = [['=1+1']];
    }, 'D4'],
    ['range.formulasLocal', (ctx: Context) => {
      ctx.workbook.worksheets.getItem('Sheet1').getRange('A1').formulasLocal = [['=2']];
    }, 'A1'],
    ['range.clear() of contents', (ctx: Context) => {
      ctx.workbook.worksheets.getItem('Sheet1').getRange('A1:B1').clear('Contents');
    }, 'A1:B1'],
  ])('%s raises WorksheetChanged with Office.js args, after the sync', async (_label, write, address) => {
    const fake = host({ sheets: ['Sheet1', 'Sheet2'], excelApi: '1.13' });
    const ids = sheetIds(fake);
    const { seen } = await listen(fake, (ctx, h) => ctx.workbook.worksheets.getItem('Sheet1').onChanged.add(h));
    const order: string[] = [];
    await fake.run(async (ctx) => {
      write(ctx);
      await ctx.sync();
      order.push(`synced, ${seen.length} events`);
    });
    await fake.eventsSettled();
    expect(order).toEqual(['synced, 0 events']);
    expect(seen).toEqual([{ type: 'WorksheetChanged', worksheetId: ids.Sheet1, address, changeType: 'RangeEdited', source: 'Local' }]);
  });

  test('a person typing (workbook.edit) raises it; triggerSource on ExcelApi 1.14 tells the add-in from a person', async () => {
    const fake = host();
    const ids = sheetIds(fake);
    const { seen } = await listen(fake, (ctx, h) => ctx.workbook.worksheets.getActiveWorksheet().onChanged.add(h));
    fake.workbook.edit('Sheet1', 'E6', [[5]]);
    expect(seen).toEqual([]); // asynchronous, never inside edit()
    await fake.eventsSettled();
    await fake.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Sheet1').getRange('E7').values = [[6]];
    });
    await fake.eventsSettled();
    expect(seen).toEqual([
      { type: 'WorksheetChanged', worksheetId: ids.Sheet1, address: 'E6', changeType: 'RangeEdited', source: 'Local', triggerSource: 'Unknown' },
      { type: 'WorksheetChanged', worksheetId: ids.Sheet1, address: 'E7', changeType: 'RangeEdited', source: 'Local', triggerSource: 'ThisLocalAddin' },
    ]);
  });

  test('listens to its own sheet only; recalculated formulas and refused edits raise nothing', async () => {
    const fake = host({ sheets: ['Sheet1', 'Sheet2'] });
    const { seen } = await listen(fake, (ctx, h) => ctx.workbook.worksheets.getItem('Sheet2').onChanged.add(h));
    await fake.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Sheet2').getRange('A1').formulas = [['=Sheet1!A1*2']];
    });
    await fake.eventsSettled();
    expect(seen.map((a) => a.address)).toEqual(['A1']);
    fake.workbook.edit('Sheet1', 'A1', [[21]]); // Sheet2!A1 recalculates to 42: no event there
    await fake.eventsSettled();
    expect(fake.workbook.getCell('Sheet2', 'A1').value).toBe(42);
    expect(seen).toHaveLength(1);
    await fake.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Sheet2').protection.protect();
    });
    expect(() => fake.workbook.edit('Sheet2', 'B1', [[1]])).toThrow();
    await fake.eventsSettled();
    expect(seen).toHaveLength(1);
  });

  test('a handler added in a batch hears nothing until that batch has synced', async () => {
    const fake = host();
    const seen: string[] = [];
    await fake.run(async (ctx) => {
      const sheet = ctx.workbook.worksheets.getItem('Sheet1');
      sheet.onChanged.add(async (args) => {
        seen.push((args as FakeWorksheetChangedEventArgs).address);
      });
      fake.workbook.edit('Sheet1', 'A1', [[1]]); // before the sync: not registered yet
      await ctx.sync();
      sheet.getRange('A2').values = [[2]];
    });
    await fake.eventsSettled();
    expect(seen).toEqual(['A2']);
    expect(fake.eventHandlerCount).toBe(1);
  });

  test('the args give the changed range (ExcelApi 1.8)', async () => {
    const fake = host();
    const { raw } = await listen(fake, (ctx, h) => ctx.workbook.worksheets.getItem('Sheet1').onChanged.add(h));
    fake.workbook.edit('Sheet1', 'C3', [[7, 8]]);
    await fake.eventsSettled();
    const args = raw[0] as FakeWorksheetChangedEventArgs;
    const read = await fake.run(async (ctx) => {
      const range = args.getRange(ctx) as { load(p: string): void; address: string; values: unknown[][] };
      range.load('address, values');
      await ctx.sync();
      return [range.address, range.values];
    });
    expect(read).toEqual(['Sheet1!C3:D3', [[7, 8]]]);
  });
});

describe('activation and selection', () => {
  test('activate() raises WorksheetDeactivated then WorksheetActivated; activating the active sheet raises nothing', async () => {
    const fake = host({ sheets: ['Sheet1', 'Sheet2'] });
    const ids = sheetIds(fake);
    const seen: Record<string, unknown>[] = [];
    await fake.run(async (ctx) => {
      const sheets = ctx.workbook.worksheets;
      const h = async (args: FakeEventArgs): Promise<void> => {
        seen.push(plain(args));
      };
      sheets.onActivated.add(h);
      sheets.onDeactivated.add(h);
      await ctx.sync();
      sheets.getItem('Sheet1').activate();
      await ctx.sync();
      sheets.getItem('Sheet2').activate();
    });
    await fake.eventsSettled();
    expect(seen).toEqual([
      { type: 'WorksheetDeactivated', worksheetId: ids.Sheet1 },
      { type: 'WorksheetActivated', worksheetId: ids.Sheet2 },
    ]);
  });

  test('select() on another sheet, and deleting the active sheet, activate a sheet', async () => {
    const fake = host({ sheets: ['Sheet1', 'Sheet2', 'Sheet3'] });
    const ids = sheetIds(fake);
    const { seen } = await listen(fake, (ctx, h) => ctx.workbook.worksheets.onActivated.add(h));
    await fake.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Sheet3').getRange('B2').select();
      await ctx.sync();
      ctx.workbook.worksheets.getItem('Sheet3').delete();
    });
    await fake.eventsSettled();
    expect(seen.map((a) => a.worksheetId)).toEqual([ids.Sheet3, ids.Sheet2]);
  });

  test('a sheet-level onActivated hears only its sheet', async () => {
    const fake = host({ sheets: ['Sheet1', 'Sheet2', 'Sheet3'] });
    const ids = sheetIds(fake);
    const { seen } = await listen(fake, (ctx, h) => ctx.workbook.worksheets.getItem('Sheet3').onActivated.add(h));
    for (const name of ['Sheet2', 'Sheet3', 'Sheet1']) {
      await fake.run(async (ctx) => {
        ctx.workbook.worksheets.getItem(name).activate();
      });
    }
    await fake.eventsSettled();
    expect(seen).toEqual([{ type: 'WorksheetActivated', worksheetId: ids.Sheet3 }]);
  });

  test('onSelectionChanged: select() of another range raises it; the same range again does not', async () => {
    const fake = host();
    const ids = sheetIds(fake);
    const { seen } = await listen(fake, (ctx, h) => ctx.workbook.worksheets.getItem('Sheet1').onSelectionChanged.add(h));
    for (const address of ['C5', 'C5', 'A1:B2']) {
      await fake.run(async (ctx) => {
        ctx.workbook.worksheets.getItem('Sheet1').getRange(address).select();
      });
    }
    await fake.eventsSettled();
    expect(seen).toEqual([
      { type: 'WorksheetSelectionChanged', worksheetId: ids.Sheet1, address: 'C5' },
      { type: 'WorksheetSelectionChanged', worksheetId: ids.Sheet1, address: 'A1:B2' },
    ]);
  });
});

describe('removing handlers', () => {
  test('result.remove() takes effect at the sync of Excel.run(result.context, …)', async () => {
    const fake = host();
    const { seen, result } = await listen(fake, (ctx, h) => ctx.workbook.worksheets.onChanged.add(h));
    fake.workbook.edit('Sheet1', 'A1', [[1]]);
    await fake.eventsSettled();
    expect(seen).toHaveLength(1);
    const counts: number[] = [];
    await fake.Excel.run(result.context, async (ctx) => {
      expect(ctx).toBe(result.context);
      result.remove();
      counts.push(fake.eventHandlerCount); // queued, not yet removed
      await ctx.sync();
      counts.push(fake.eventHandlerCount);
    });
    expect(counts).toEqual([1, 0]);
    fake.workbook.edit('Sheet1', 'A2', [[2]]);
    await fake.eventsSettled();
    expect(seen).toHaveLength(1);
  });

  test('result.remove() outside a run of its context throws InvalidObjectPath', async () => {
    const fake = host();
    const { result } = await listen(fake, (ctx, h) => ctx.workbook.worksheets.getItem('Sheet1').onChanged.add(h));
    expect(thrown(() => result.remove()).code).toBe('InvalidObjectPath');
    expect(fake.eventHandlerCount).toBe(1);
  });

  test('an event raised before the removal is not delivered after it', async () => {
    const fake = host();
    const { seen, result } = await listen(fake, (ctx, h) => ctx.workbook.worksheets.getItem('Sheet1').onChanged.add(h));
    fake.workbook.edit('Sheet1', 'A1', [[1]]);
    await removeHandler(fake, result); // before the host delivered the edit's event
    await fake.eventsSettled();
    expect(seen).toEqual([]);
  });

  test('EventHandlers.remove(handler) works through the context that added it only', async () => {
    const fake = host();
    const seen: string[] = [];
    const handler = async (args: FakeEventArgs): Promise<void> => {
      seen.push((args as FakeWorksheetChangedEventArgs).address);
    };
    const result = await fake.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem('Sheet1').onChanged.add(handler);
      await ctx.sync();
      return r;
    });
    await fake.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Sheet1').onChanged.remove(handler); // another context: no effect
    });
    expect(fake.eventHandlerCount).toBe(1);
    await fake.Excel.run(result.context, async (ctx) => {
      ctx.workbook.worksheets.getItem('Sheet1').onChanged.remove(handler);
      await ctx.sync();
    });
    expect(fake.eventHandlerCount).toBe(0);
  });
});

describe('requirement sets and errors', () => {
  test.each([
    ['1.6', 'Worksheet.onChanged', (ctx: Context) => ctx.workbook.worksheets.getActiveWorksheet().onChanged],
    ['1.6', 'WorksheetCollection.onActivated', (ctx: Context) => ctx.workbook.worksheets.onActivated],
    ['1.6', 'Worksheet.onSelectionChanged', (ctx: Context) => ctx.workbook.worksheets.getActiveWorksheet().onSelectionChanged],
    ['1.8', 'WorksheetCollection.onChanged', (ctx: Context) => ctx.workbook.worksheets.onChanged],
    ['1.8', 'WorksheetCollection.onSelectionChanged', (ctx: Context) => ctx.workbook.worksheets.onSelectionChanged],
  ])('ExcelApi %s: %s throws ApiNotFound', async (excelApi, member, get) => {
    const fake = host({ excelApi });
    const e = await officeError(
      fake.run(async (ctx) => {
        get(ctx);
      }),
    );
    expect([e.code, e.debugInfo.errorLocation]).toEqual(['ApiNotFound', member]);
  });

  test('ExcelApi 1.7 has the worksheet events; args have no getRange before 1.8', async () => {
    const fake = host({ excelApi: '1.7' });
    const { raw } = await listen(fake, (ctx, h) => ctx.workbook.worksheets.getActiveWorksheet().onChanged.add(h));
    fake.workbook.edit('Sheet1', 'A1', [[1]]);
    await fake.eventsSettled();
    expect(raw).toHaveLength(1);
    const e = await officeError(fake.run(async (ctx) => (raw[0] as FakeWorksheetChangedEventArgs).getRange(ctx)));
    expect(e.code).toBe('ApiNotFound');
  });

  test('add() without a function, or on a missing sheet, fails like Office.js', async () => {
    const fake = host();
    await fake.run(async (ctx) => {
      expect(thrown(() => ctx.workbook.worksheets.onChanged.add(undefined as never)).code).toBe('InvalidArgument');
    });
    const e = await officeError(
      fake.run(async (ctx) => {
        ctx.workbook.worksheets.getItem('Missing').onChanged.add(async () => undefined);
      }),
    );
    expect(e.code).toBe('ItemNotFound');
    expect(fake.eventHandlerCount).toBe(0);
  });

  test("a handler's error is kept in eventErrors and other handlers still run", async () => {
    const fake = host();
    const seen: string[] = [];
    await fake.run(async (ctx) => {
      const sheet = ctx.workbook.worksheets.getItem('Sheet1');
      sheet.onChanged.add(() => {
        throw new Error('sync boom');
      });
      sheet.onChanged.add(async () => {
        throw new Error('async boom');
      });
      sheet.onChanged.add(async () => {
        seen.push('ran');
      });
    });
    fake.workbook.edit('Sheet1', 'A1', [[1]]);
    await fake.eventsSettled();
    expect(seen).toEqual(['ran']);
    expect(fake.eventErrors.map((e) => (e as Error).message)).toEqual(['sync boom', 'async boom']);
  });
});
