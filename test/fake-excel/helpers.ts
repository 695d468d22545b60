import { type FakeExcel, type FakeExcelOptions, FakeOfficeError, type FakeRequestContext, createFakeExcel } from '../../src/playground/fake-excel';

export type Context = FakeRequestContext;

/** A fake host plus a shortcut for Excel.run. */
export function host(options: FakeExcelOptions = {}): FakeExcel & { run<T>(batch: (context: Context) => Promise<T>): Promise<T> } {
  const fake = createFakeExcel(options);
  return Object.assign(fake, { run: <T>(batch: (context: Context) => Promise<T>) => fake.Excel.run(batch) });
}

/** The Office error a promise rejects with (fails the test when it resolves or rejects with something else). */
export async function officeError(promise: Promise<unknown>): Promise<FakeOfficeError> {
  try {
    await promise;
  } catch (e) {
    if (e instanceof FakeOfficeError) return e;
    throw new Error(`expected an Office error, got ${String(e)}`);
  }
  throw new Error('expected the promise to reject');
}

/** The Office error a function throws synchronously. */
export function thrown(fn: () => unknown): FakeOfficeError {
  try {
    fn();
  } catch (e) {
    if (e instanceof FakeOfficeError) return e;
    throw new Error(`expected an Office error, got ${String(e)}`);
  }
  throw new Error('expected a throw');
}
