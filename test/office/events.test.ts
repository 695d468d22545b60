import { watchWorkbook } from '../../src/office/events';
import { insertScoringSheet, readScoringSummary } from '../../src/office/scoring';
import type { FakeExcel } from '../../src/playground/fake-excel';
import { installFakeExcel } from '../helpers/fake-office';

const excel = (): typeof Excel => (globalThis as unknown as { Excel: typeof Excel }).Excel;

async function activate(sheet: string): Promise<void> {
  await excel().run(async (context) => {
    context.workbook.worksheets.getItem(sheet).activate();
    await context.sync();
  });
}

/** Counts the calls of onChange; `after(step)` runs a step and waits for the host's events. */
function counter(fake: FakeExcel): { calls: () => number; onChange: () => void; after: (step: () => unknown) => Promise<number> } {
  let n = 0;
  return {
    calls: () => n,
    onChange: () => {
      n++;
    },
    after: async (step) => {
      await step();
      await fake.eventsSettled();
      return n;
    },
  };
}

describe('watchWorkbook (fake runtime)', () => {
  it('registers in 1 sync; calls back after a typed score and after another sheet is activated; unsubscribe stops it', async () => {
    const fake = installFakeExcel({ sheets: ['Trang1'] });
    await insertScoringSheet();
    const sheet = 'Chấm điểm';
    expect(fake.workbook.activeSheet()).toBe(sheet);
    const c = counter(fake);
    fake.resetSyncCount();
    const unsubscribe = await watchWorkbook(c.onChange);
    expect(fake.syncCount).toBe(1);
    expect(fake.eventHandlerCount).toBe(2);

    expect(await c.after(() => fake.workbook.edit(sheet, 'E6', [[5]]))).toBe(1);
    // The callback's refresh reads the new total.
    expect((await readScoringSummary()).selfTotal).toBe(5);
    expect(await c.after(() => activate('Trang1'))).toBe(2);
    expect(await c.after(() => fake.workbook.edit('Trang1', 'A1', [['ghi chú']]))).toBe(3); // every sheet (ExcelApi 1.9)
    expect(await c.after(() => activate(sheet))).toBe(4);

    fake.resetSyncCount();
    await unsubscribe();
    expect(fake.syncCount).toBe(1);
    expect(fake.eventHandlerCount).toBe(0);
    expect(await c.after(() => fake.workbook.edit(sheet, 'E7', [[3]]))).toBe(4);
    expect(await c.after(() => activate('Trang1'))).toBe(4);
    fake.resetSyncCount();
    await unsubscribe(); // twice: nothing more to remove
    expect(fake.syncCount).toBe(0);
    expect(fake.eventErrors).toEqual([]);
  });

  it('ExcelApi 1.7–1.8: listens to the active sheet and moves to each newly activated sheet', async () => {
    const fake = installFakeExcel({ excelApi: '1.8', sheets: ['Sheet1', 'Sheet2'] });
    const c = counter(fake);
    fake.resetSyncCount();
    const unsubscribe = await watchWorkbook(c.onChange);
    expect(fake.syncCount).toBe(1);
    expect(await c.after(() => fake.workbook.edit('Sheet1', 'A1', [[1]]))).toBe(1);
    expect(await c.after(() => fake.workbook.edit('Sheet2', 'A1', [[1]]))).toBe(1); // not the active sheet
    expect(await c.after(() => activate('Sheet2'))).toBe(2);
    expect(await c.after(() => fake.workbook.edit('Sheet2', 'A2', [[2]]))).toBe(3);
    expect(await c.after(() => fake.workbook.edit('Sheet1', 'A2', [[2]]))).toBe(3); // no longer active
    expect(fake.eventHandlerCount).toBe(2);
    await unsubscribe();
    expect(fake.eventHandlerCount).toBe(0);
    expect(await c.after(() => fake.workbook.edit('Sheet2', 'A3', [[3]]))).toBe(3);
    expect(fake.eventErrors).toEqual([]);
  });

  it('an old host (before ExcelApi 1.7) registers nothing and gets a no-op unsubscribe', async () => {
    const fake = installFakeExcel({ excelApi: '1.6' });
    const c = counter(fake);
    const unsubscribe = await watchWorkbook(c.onChange);
    expect(await c.after(() => fake.workbook.edit('Sheet1', 'A1', [[1]]))).toBe(0);
    await unsubscribe();
    expect([fake.syncCount, fake.eventHandlerCount, c.calls()]).toEqual([0, 0, 0]);
  });

  it('a callback that throws does not stop later calls', async () => {
    const fake = installFakeExcel();
    let n = 0;
    const unsubscribe = await watchWorkbook(() => {
      n++;
      throw new Error('boom');
    });
    fake.workbook.edit('Sheet1', 'A1', [[1]]);
    await fake.eventsSettled();
    fake.workbook.edit('Sheet1', 'A2', [[2]]);
    await fake.eventsSettled();
    expect([n, fake.eventErrors.length]).toEqual([2, 0]);
    await unsubscribe();
  });
});
