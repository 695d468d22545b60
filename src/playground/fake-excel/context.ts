/**
 * RequestContext, Application and Excel.run.
 *
 * Operations queue on the context; `context.sync()` sends them as one batch
 * (one round trip, counted) unless nothing is queued. `Excel.run(batch)` makes a
 * context, runs the batch function (which must return a promise, as Office.js
 * demands), syncs what is still queued (a round trip only if something is), and
 * then retires the context: using its objects afterwards throws InvalidObjectPath.
 * `Excel.run(context, batch)` (or a proxy of it) runs on that context again, as
 * Office.js does: the way to remove an event handler after its run has ended.
 */
import { officeError } from './errors';
import { type ClassInfo, ClientObject, defineClass, installProps } from './proxy';
import type { Op, Runtime } from './runtime';
import { FakeWorkbook } from './workbook';

const APPLICATION: ClassInfo<true> = defineClass<true>({
  name: 'Application',
  props: {
    calculationMode: { api: 'Application.calculationMode', get: () => 'Automatic' },
  },
  nav: {},
});

export class FakeApplication extends ClientObject<true> {
  static readonly info = APPLICATION;
  declare readonly calculationMode: string;

  get _info(): ClassInfo<true> {
    return APPLICATION;
  }

  /** Reads in the rest of this batch see uncalculated values; the workbook recalculates at the end of the sync. */
  suspendApiCalculationUntilNextSync(): void {
    this._act('Application.suspendApiCalculationUntilNextSync', (_t, rt) => {
      rt.counters.suspendApiCalculation++;
      rt.calculationSuspended = true;
    });
  }

  suspendScreenUpdatingUntilNextSync(): void {
    this._act('Application.suspendScreenUpdatingUntilNextSync', (_t, rt) => {
      rt.counters.suspendScreenUpdating++;
    });
  }

  calculate(_calculationType?: string): void {
    this._act('Application.calculate', (_t, rt) => {
      rt.calculationSuspended = false;
      rt.wb.dirty = true;
      rt.recalculate();
    });
  }
}
installProps(FakeApplication, APPLICATION as ClassInfo<never>);

export class FakeRequestContext {
  readonly workbook: FakeWorkbook;
  readonly application: FakeApplication;
  /** @internal */
  readonly _rt: Runtime;
  /** @internal Operations queued since the last sync. */
  _pending: Op[] = [];
  /** @internal Set when the Excel.run that made this context has finished. */
  _ended = false;

  constructor(rt: Runtime) {
    this._rt = rt;
    this.application = new FakeApplication(this, () => true);
    this.workbook = new FakeWorkbook(this, this.application);
  }

  /** @internal */
  _enqueue(op: Op): void {
    if (this._ended) {
      throw officeError('InvalidObjectPath', `${op.location} on an object whose Excel.run has finished`);
    }
    this._pending.push(op);
  }

  /** Sends what is queued as one batch (no round trip when nothing is). */
  async sync<T>(passThroughValue?: T): Promise<T> {
    const rt = this._rt;
    rt.counters.syncCalls++;
    const ops = this._pending;
    this._pending = [];
    if (ops.length === 0) return passThroughValue as T;
    // The host answers asynchronously.
    await Promise.resolve();
    rt.runBatch(ops);
    return passThroughValue as T;
  }
}

export type BatchFunction<T> = (context: FakeRequestContext) => Promise<T>;

/** Excel.run(batch), Excel.run(object, batch), Excel.run(options, batch). */
export interface FakeRun {
  <T>(batch: BatchFunction<T>): Promise<T>;
  <T>(objectOrOptions: unknown, batch: BatchFunction<T>): Promise<T>;
}

/**
 * The context an Excel.run reuses: a request context, or the context of a proxy
 * (or of the first of an array of proxies, or of `previousObjects`); null for a new one.
 */
function reusedContext(rt: Runtime, first: unknown): FakeRequestContext | null {
  let candidate: unknown = first;
  if (typeof candidate === 'object' && candidate !== null && !Array.isArray(candidate) && 'previousObjects' in candidate) {
    candidate = (candidate as { previousObjects: unknown }).previousObjects;
  }
  if (Array.isArray(candidate)) candidate = candidate[0];
  if (candidate instanceof ClientObject) candidate = candidate.context;
  if (!(candidate instanceof FakeRequestContext)) return null;
  if (candidate._rt !== rt) throw officeError('InvalidRequestContext', 'the context belongs to another workbook');
  return candidate;
}

export function makeRun(rt: Runtime): FakeRun {
  const run = async (first: unknown, second?: unknown): Promise<unknown> => {
    const batch = (typeof first === 'function' ? first : second) as BatchFunction<unknown> | undefined;
    if (typeof batch !== 'function') throw officeError('InvalidArgument', 'Excel.run needs a batch function');
    // Excel.run(context, batch) runs on that context again (e.g. to remove an event handler it added).
    const context = (typeof first === 'function' ? null : reusedContext(rt, first)) ?? new FakeRequestContext(rt);
    context._ended = false;
    try {
      const returned: unknown = batch(context);
      if (typeof returned !== 'object' || returned === null || typeof (returned as { then?: unknown }).then !== 'function') {
        throw officeError('RunMustReturnPromise');
      }
      const result = await returned;
      await context.sync();
      return result;
    } finally {
      context._ended = true;
    }
  };
  return run as FakeRun;
}
