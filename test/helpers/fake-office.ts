import { createFakeExcel, type FakeExcel, type FakeExcelOptions } from '../../src/playground/fake-excel';

/** Installs a fresh fake Excel runtime as the `Excel`/`Office` globals, as Office.js would be. */
export function installFakeExcel(options: FakeExcelOptions = {}): FakeExcel {
  const fake = createFakeExcel(options);
  const g = globalThis as unknown as { Excel: unknown; Office: unknown };
  g.Excel = fake.Excel;
  g.Office = fake.Office;
  return fake;
}
