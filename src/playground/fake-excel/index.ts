/**
 * A fake Excel host: an in-memory implementation of the part of the Office.js
 * Excel API that the add-in uses, with Office.js semantics, so that tests catch
 * misuse. Plain TypeScript that runs in a browser (the playground) and in jest.
 *
 *   const fake = createFakeExcel({ excelApi: '1.8' });
 *   const uninstall = installFakeExcel(fake);   // sets globalThis.Excel and globalThis.Office
 *   await Excel.run(async (context) => { ... });
 *   fake.syncCount;                             // round trips so far
 *   fake.workbook.getSheetState('Sheet1');      // the sheet as plain data
 *
 * Semantics (see proxy.ts, context.ts, runtime.ts):
 * - properties throw PropertyNotLoaded until load() + sync(); writes and method
 *   calls are queued and applied in order at sync(); reads queued after writes
 *   in the same batch see them (recalculated, unless calculation is suspended);
 * - a batch stops at its first error, which rejects the sync with an Office
 *   code (ItemNotFound, ItemAlreadyExists, InvalidArgument, InvalidReference,
 *   InvalidOperation, AccessDenied, ...) and debugInfo.errorLocation; what ran
 *   before it stays applied; loads of a failed batch are not delivered;
 * - syncCount counts syncs that sent something (Excel.run's final one too);
 * - members from a newer ExcelApi than the host's throw ApiNotFound at the call
 *   (requirements.ts lists every implemented member with its set);
 * - values and formulas are computed (formulas.ts) with fast-formula-parser;
 * - worksheet events (events.ts): onChanged, onActivated, onDeactivated,
 *   onSelectionChanged on a worksheet and on the worksheet collection; handlers
 *   are registered and removed at sync and called asynchronously after the
 *   change (`await fake.eventsSettled()` waits for them).
 *
 * Not implemented (the members are absent or throw NotImplemented): other
 * events (onCalculated, onFormatChanged, table/workbook events, event details),
 * charts, comments, shapes, table rows/total row/hidden headers,
 * tables.add(..., false), sheet-scoped names, names holding constants inside
 * formulas, array formulas, inserting/deleting cells, trackedObjects,
 * data validation checking of typed values.
 */
import { parseAddress } from './address';
import { type FakeRun, FakeRequestContext, makeRun } from './context';
import { EXCEL_ENUMS } from './enums';
import type { RecalcStats } from './formulas';
import { type CellSnapshot, type NameSnapshot, type SheetSnapshot, type TableSnapshot, cellSnapshot, nameSnapshots, sheetSnapshot, tableSnapshot } from './inspect';
import { type FakeOfficeNamespace, type FakePlatform, makeOffice } from './office';
import { RequirementSets } from './requirements';
import { type ActionHandler, type Counters, Runtime } from './runtime';
import { type SeedData, editCells, seedWorkbook } from './seed';
import { type CellValue, apiValue } from './values';
import { findSheet, needsRecalc, newWorkbook } from './state';

export interface FakeExcelOptions {
  /** Highest ExcelApi requirement set the host supports (default "1.18"); newer members throw ApiNotFound. */
  readonly excelApi?: string;
  /** Other requirement sets and their versions, e.g. { ExcelApiOnline: "1.1" }. */
  readonly otherSets?: Readonly<Record<string, string>>;
  readonly platform?: FakePlatform;
  /** Office.context.displayLanguage (default "vi-VN"). */
  readonly language?: string;
  /** Names of the sheets of the new workbook (default ["Sheet1"]); ignored with `seed`. */
  readonly sheets?: readonly string[];
  readonly seed?: SeedData;
}

export type FakeExcelNamespace = typeof EXCEL_ENUMS & {
  run: FakeRun;
  RequestContext: new () => FakeRequestContext;
};

export interface FakeWorkbookInspector {
  sheetNames(): string[];
  activeSheet(): string;
  /** The sheet as plain data (values, formulas, formats, validations, ...). */
  getSheetState(sheet: string): SheetSnapshot;
  /** One cell ("B2") of a sheet. */
  getCell(sheet: string, address: string): CellSnapshot;
  getNames(): NameSnapshot[];
  getTables(): TableSnapshot[];
  /** Evaluates a formula as if it were in `at` (default A1) of `sheet` (e.g. a conditional format rule). */
  evaluate(sheet: string, formula: string, at?: string): string | number | boolean;
  /** Types into cells like a person (same rules as range.values); recalculates and raises onChanged. Returns the address edited. */
  edit(sheet: string, address: string, rows: readonly (readonly unknown[])[]): string;
}

export interface FakeExcel {
  readonly Excel: FakeExcelNamespace;
  readonly Office: FakeOfficeNamespace;
  readonly workbook: FakeWorkbookInspector;
  /** context.sync() round trips so far, Excel.run's final sync included (syncs with nothing queued do not count). */
  readonly syncCount: number;
  /** Every context.sync() call, including empty ones. */
  readonly syncCalls: number;
  readonly counters: Readonly<Counters>;
  /** Zeroes syncCount and the other counters. */
  resetSyncCount(): void;
  /** Replaces the workbook with plain data. */
  seed(data: SeedData): void;
  /** Handlers registered with Office.actions.associate, by action id. */
  readonly actions: ReadonlyMap<string, ActionHandler>;
  /** Runs a ribbon command as Excel would; resolves when the handler calls event.completed(). */
  invokeAction(actionId: string): Promise<void>;
  /** Selections made with Range.select(), oldest first ("Sheet1!B2"). */
  readonly selections: readonly string[];
  readonly lastRecalc: RecalcStats;
  /** Resolves when raised events have been delivered and their handlers' promises have settled. */
  eventsSettled(): Promise<void>;
  /** Errors thrown by event handlers (Office.js only logs them), oldest first. */
  readonly eventErrors: readonly unknown[];
  /** Event handlers registered now (added and synced, not removed). */
  readonly eventHandlerCount: number;
  /** Called after every round trip, seed and edit (playground re-rendering). Returns an unsubscribe function. */
  subscribe(listener: () => void): () => void;
}

export function createFakeExcel(options: FakeExcelOptions = {}): FakeExcel {
  const sets = new RequirementSets(options.excelApi ?? '1.18', options.otherSets ?? {});
  const rt = new Runtime(sets, newWorkbook(options.sheets ?? ['Sheet1']));
  if (options.seed !== undefined) seedWorkbook(rt, options.seed);

  class RequestContext extends FakeRequestContext {
    constructor() {
      super(rt);
    }
  }
  const Excel: FakeExcelNamespace = { ...EXCEL_ENUMS, run: makeRun(rt), RequestContext };
  const Office = makeOffice(rt, options.platform ?? 'PC', options.language ?? 'vi-VN');

  const sheetNamed = (name: string) => {
    const s = findSheet(rt.wb, name);
    if (s === undefined) throw new Error(`FakeExcel: no worksheet named '${name}'`);
    return s;
  };
  const cellOf = (address: string) => {
    const parsed = parseAddress(address);
    if (parsed === null) throw new Error(`FakeExcel: '${address}' is not an address`);
    return parsed.rect;
  };

  const workbook: FakeWorkbookInspector = {
    sheetNames: () => rt.wb.sheets.map((s) => s.name),
    activeSheet: () => sheetNamed(rt.wb.activeSheetId).name,
    getSheetState: (sheet) => sheetSnapshot(rt, sheet),
    getCell: (sheet, address) => {
      const rect = cellOf(address);
      return cellSnapshot(sheetNamed(sheet), rect.row, rect.col);
    },
    getNames: () => nameSnapshots(rt),
    getTables: () => rt.wb.tables.map((t) => tableSnapshot(rt, t)),
    evaluate: (sheet, formula, at = 'A1') => {
      if (needsRecalc(rt.wb)) rt.recalculate();
      const rect = cellOf(at);
      const v: CellValue = rt.engine.evaluate(sheetNamed(sheet), rect.row, rect.col, formula);
      return apiValue(v);
    },
    edit: (sheet, address, rows) => editCells(rt, sheet, address, rows),
  };

  return {
    Excel,
    Office,
    workbook,
    get syncCount() {
      return rt.counters.roundTrips;
    },
    get syncCalls() {
      return rt.counters.syncCalls;
    },
    get counters() {
      return { ...rt.counters };
    },
    resetSyncCount() {
      for (const k of Object.keys(rt.counters) as (keyof Counters)[]) rt.counters[k] = 0;
    },
    seed: (data) => seedWorkbook(rt, data),
    actions: rt.actionHandlers,
    invokeAction(actionId) {
      const handler = rt.actionHandlers.get(actionId);
      if (handler === undefined) return Promise.reject(new Error(`FakeExcel: no handler associated with '${actionId}'`));
      return new Promise<void>((resolve, reject) => {
        try {
          void Promise.resolve(handler({ completed: () => resolve(), source: { id: actionId } })).catch(reject);
        } catch (e) {
          reject(e);
        }
      });
    },
    get selections() {
      return [...rt.selections];
    },
    get lastRecalc() {
      return rt.engine.lastRecalc;
    },
    eventsSettled: () => rt.events.settled(),
    get eventErrors() {
      return [...rt.events.errors];
    },
    get eventHandlerCount() {
      return rt.events.handlerCount;
    },
    subscribe: (listener) => rt.subscribe(listener),
  };
}

/**
 * Installs the fake as the `Excel` and `Office` globals (of `target`, default globalThis),
 * as Office.js would be; returns a function that puts back what was there.
 */
export function installFakeExcel(fake: Pick<FakeExcel, 'Excel' | 'Office'>, target: object = globalThis): () => void {
  const slots = target as Record<string, unknown>;
  const had = { Excel: 'Excel' in slots, Office: 'Office' in slots };
  const before = { Excel: slots.Excel, Office: slots.Office };
  slots.Excel = fake.Excel;
  slots.Office = fake.Office;
  return () => {
    for (const key of ['Excel', 'Office'] as const) {
      if (had[key]) slots[key] = before[key];
      else delete slots[key];
    }
  };
}

export { FakeOfficeError } from './errors';
export type { FakeErrorCode } from './errors';
export { API_SETS, compareVersions } from './requirements';
export type { ApiKey } from './requirements';
export type { SeedData, SeedSheet } from './seed';
export type { CellSnapshot, NameSnapshot, SheetSnapshot, TableSnapshot } from './inspect';
export type { RecalcStats } from './formulas';
export type { Counters, ActionHandler } from './runtime';
export type { FakeOfficeNamespace, FakePlatform } from './office';
export { FakeRequestContext } from './context';
export { FakeWorkbook, FakeWorksheetCollection } from './workbook';
export { FakeWorksheet } from './worksheet';
export { FakeRange } from './range';
export { FakeEventHandlerResult, FakeEventHandlers } from './events';
export type { FakeEventArgs, FakeWorksheetActivationEventArgs, FakeWorksheetChangedEventArgs, FakeWorksheetSelectionChangedEventArgs } from './events';
