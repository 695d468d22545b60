import { host, officeError } from './helpers';

describe('round trips', () => {
  test.each([
    ['nothing queued: no round trip', 0, 0],
    ['one write, final implicit sync', 1, 1],
    ['write, explicit sync, write again', 2, 2],
    ['write + load, one sync, nothing after', 3, 1],
    ['explicit empty syncs do not count', 4, 1],
  ])('%s', async (_label, scenario, expected) => {
    const fake = host();
    await fake.run(async (ctx) => {
      const s = ctx.workbook.worksheets.getItem('Sheet1');
      switch (scenario) {
        case 1:
          s.getRange('A1').values = [[1]];
          break;
        case 2:
          s.getRange('A1').values = [[1]];
          await ctx.sync();
          s.getRange('A2').values = [[2]];
          break;
        case 3:
          s.getRange('A1').values = [[1]];
          s.getRange('A1').load('values');
          await ctx.sync();
          break;
        case 4:
          await ctx.sync();
          s.getRange('A1').values = [[1]];
          await ctx.sync();
          await ctx.sync();
          break;
        default:
          break;
      }
    });
    expect(fake.syncCount).toBe(expected);
  });

  test('syncCalls counts every call; resetSyncCount zeroes the counters', async () => {
    const fake = host();
    await fake.run(async (ctx) => {
      await ctx.sync();
      ctx.workbook.worksheets.getItem('Sheet1').getRange('A1').values = [[1]];
      await ctx.sync();
    });
    expect([fake.syncCount, fake.syncCalls, fake.counters.operations]).toEqual([1, 3, 1]);
    fake.resetSyncCount();
    expect([fake.syncCount, fake.syncCalls, fake.counters.operations]).toEqual([0, 0, 0]);
  });

  test('a proxy made by getItem/getRange alone sends nothing', async () => {
    const fake = host();
    await fake.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Sheet1').getRange('A1:B2').getCell(1, 1);
      await ctx.sync();
    });
    expect(fake.syncCount).toBe(0);
  });

  test('getItem("Missing") fails only at the sync that uses it', async () => {
    const fake = host();
    await fake.run(async (ctx) => {
      const missing = ctx.workbook.worksheets.getItem('Missing');
      await ctx.sync();
      missing.load('name');
      const e = await officeError(ctx.sync());
      expect(e.code).toBe('ItemNotFound');
      expect(e.debugInfo.errorLocation).toBe('Worksheet.load');
    });
  });

  test('*OrNullObject is resolved at the next sync even without load()', async () => {
    const fake = host();
    const out = await fake.run(async (ctx) => {
      const a = ctx.workbook.worksheets.getItemOrNullObject('Sheet1');
      const b = ctx.workbook.worksheets.getItemOrNullObject('Missing');
      await ctx.sync();
      return [a.isNullObject, b.isNullObject];
    });
    expect(out).toEqual([false, true]);
    expect(fake.syncCount).toBe(1);
  });
});

describe('Excel.run', () => {
  test('returns the batch result', async () => {
    const fake = host();
    await expect(fake.run(async () => 'done')).resolves.toBe('done');
  });

  test('a batch function that does not return a promise is refused', async () => {
    const fake = host();
    const e = await officeError(fake.Excel.run(((ctx: { workbook: { worksheets: { getItem(n: string): unknown } } }) => {
      ctx.workbook.worksheets.getItem('Sheet1');
    }) as never));
    expect(e.code).toBe('RunMustReturnPromise');
  });

  test('when the batch throws, what is still queued is not sent', async () => {
    const fake = host();
    await expect(
      fake.run(async (ctx) => {
        ctx.workbook.worksheets.getItem('Sheet1').getRange('A1').values = [[1]];
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    expect(fake.syncCount).toBe(0);
    expect(fake.workbook.getCell('Sheet1', 'A1').value).toBe('');
  });

  test('the final sync reports errors', async () => {
    const fake = host();
    const e = await officeError(
      fake.run(async (ctx) => {
        ctx.workbook.worksheets.add('Sheet1');
      }),
    );
    expect(e.code).toBe('ItemAlreadyExists');
    expect(fake.syncCount).toBe(1);
  });

  test('Excel.run(object, batch) uses the second argument', async () => {
    const fake = host();
    const out = await fake.Excel.run({}, async (ctx) => {
      const s = ctx.workbook.worksheets.getActiveWorksheet().load('name');
      await ctx.sync();
      return s.name;
    });
    expect(out).toBe('Sheet1');
  });
});

describe('application', () => {
  test('suspend calls are queued operations, counted when the batch runs', async () => {
    const fake = host();
    await fake.run(async (ctx) => {
      ctx.application.suspendApiCalculationUntilNextSync();
      ctx.application.suspendScreenUpdatingUntilNextSync();
      expect(fake.counters.suspendApiCalculation).toBe(0);
      await ctx.sync();
      ctx.workbook.application.suspendScreenUpdatingUntilNextSync();
    });
    expect(fake.counters).toMatchObject({ suspendApiCalculation: 1, suspendScreenUpdating: 2, roundTrips: 2 });
  });

  test('with calculation suspended, reads in the same batch see stale values; the sync recalculates', async () => {
    const fake = host({ seed: { sheets: [{ name: 'Sheet1', cells: [[1, '=A1*2']] }] } });
    const out = await fake.run(async (ctx) => {
      const s = ctx.workbook.worksheets.getItem('Sheet1');
      ctx.application.suspendApiCalculationUntilNextSync();
      s.getRange('A1').values = [[7]];
      const during = s.getRange('B1').load('values');
      await ctx.sync();
      const after = s.getRange('B1').load('values');
      await ctx.sync();
      return [during.values[0][0], after.values[0][0]];
    });
    expect(out).toEqual([2, 14]);
  });

  test('suspendScreenUpdatingUntilNextSync needs ExcelApi 1.9', async () => {
    const fake = host({ excelApi: '1.8' });
    await fake.run(async (ctx) => {
      expect(() => ctx.application.suspendScreenUpdatingUntilNextSync()).toThrow(expect.objectContaining({ code: 'ApiNotFound' }));
      ctx.application.suspendApiCalculationUntilNextSync();
    });
    expect(fake.counters.suspendApiCalculation).toBe(1);
  });
});
