import { createFakeExcel, installFakeExcel as install, type FakeExcel, type FakeExcelOptions } from '../../src/playground/fake-excel';

/** Installs a fresh fake Excel runtime as the `Excel`/`Office` globals, as Office.js would be. */
export function installFakeExcel(options: FakeExcelOptions = {}): FakeExcel {
  const fake = createFakeExcel(options);
  install(fake);
  return fake;
}
