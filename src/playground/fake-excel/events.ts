/**
 * Worksheet events with Office.js semantics (ExcelApi 1.7; the collection's
 * onChanged and onSelectionChanged 1.9):
 *
 *   const result = sheet.onChanged.add(async (args) => { ... });  // queued
 *   await context.sync();                                          // registered now
 *   ...
 *   await Excel.run(result.context, async (ctx) => { result.remove(); await ctx.sync(); });
 *
 * - `add(handler)` and `remove()` are queued on the request context and take
 *   effect when its batch syncs; removing through another context does nothing
 *   (as in Office.js); `result.remove()` after its Excel.run has finished
 *   throws InvalidObjectPath, so the removal must run in `Excel.run(result.context, …)`.
 * - Handlers are called asynchronously (a later task, after the sync that made
 *   the change has resolved) with Office.js event args, for:
 *   onChanged — `range.values` / `formulas` / `formulasLocal` writes and
 *   `range.clear()` of contents in a batch, and `workbook.edit(...)` (a person
 *   typing); onActivated / onDeactivated — any change of the active sheet in a
 *   batch (`activate()`, `select()` on another sheet, deleting or hiding the
 *   active sheet); onSelectionChanged — `range.select()` choosing another range.
 *   Recalculated formula results do not raise onChanged (Excel has onCalculated
 *   for that).
 * - A handler gets the events raised while it was registered, and none after
 *   its removal took effect. A handler's error (or rejected promise) is kept in
 *   `fake.eventErrors`, as Office.js only logs it.
 */
import { officeError } from './errors';
import type { ClientObject } from './proxy';
import type { ApiKey, RequirementSets } from './requirements';
import type { Runtime } from './runtime';

export type FakeEventName = 'Changed' | 'Activated' | 'Deactivated' | 'SelectionChanged';

/** What raised a change: the add-in's own API call, or a person (the inspector's edit). */
export type ChangeOrigin = 'api' | 'person';

export type FakeEventHandler = (args: FakeEventArgs) => unknown;

/** Office.js WorksheetChangedEventArgs (the members the fake implements). */
export interface FakeWorksheetChangedEventArgs {
  readonly type: 'WorksheetChanged';
  readonly worksheetId: string;
  /** Local address of the changed area ("E6", "A1:C3"). */
  readonly address: string;
  readonly changeType: 'RangeEdited';
  readonly source: 'Local';
  /** ExcelApi 1.14 hosts only: "ThisLocalAddin" for the add-in's writes, "Unknown" for a person's. */
  readonly triggerSource?: 'ThisLocalAddin' | 'Unknown';
  /** ExcelApi 1.8: the changed range, as a proxy of `context`. */
  getRange(context: unknown): unknown;
}

export interface FakeWorksheetActivationEventArgs {
  readonly type: 'WorksheetActivated' | 'WorksheetDeactivated';
  readonly worksheetId: string;
}

export interface FakeWorksheetSelectionChangedEventArgs {
  readonly type: 'WorksheetSelectionChanged';
  readonly worksheetId: string;
  readonly address: string;
}

export type FakeEventArgs = FakeWorksheetChangedEventArgs | FakeWorksheetActivationEventArgs | FakeWorksheetSelectionChangedEventArgs;

/** A registered handler. `scope` is a worksheet id, or "*" for the worksheet collection (every sheet). */
interface Registration {
  readonly name: FakeEventName;
  readonly scope: string;
  readonly handler: FakeEventHandler;
  /** The request context that added it (removing needs the same one). */
  readonly context: object;
}

interface Delivery {
  readonly args: FakeEventArgs;
  readonly to: readonly Registration[];
}

/** Structural view of a request context, for WorksheetChangedEventArgs.getRange. */
interface ContextLike {
  readonly workbook: { readonly worksheets: { getItem(key: string): { getRange(address: string): unknown } } };
}

/** The host side: registrations, raised events, asynchronous delivery. */
export class EventHub {
  private registrations: Registration[] = [];
  private queue: Delivery[] = [];
  private scheduled = false;
  private readonly running = new Set<Promise<void>>();
  /** Errors thrown (or promises rejected) by handlers, oldest first. */
  readonly errors: unknown[] = [];

  constructor(private readonly sets: RequirementSets) {}

  /** @internal */
  register(reg: Registration): Registration {
    this.registrations.push(reg);
    return reg;
  }

  /** @internal Removes one registration (no-op when already removed). */
  unregister(reg: Registration): void {
    this.registrations = this.registrations.filter((r) => r !== reg);
  }

  /** @internal EventHandlers.remove(handler): the registrations of that handler added through `context`. */
  unregisterHandler(name: FakeEventName, scope: string, handler: FakeEventHandler, context: object): void {
    this.registrations = this.registrations.filter((r) => !(r.name === name && r.scope === scope && r.handler === handler && r.context === context));
  }

  /** Registered handlers (for tests and the playground). */
  get handlerCount(): number {
    return this.registrations.length;
  }

  /** Data changed on a sheet (after a successful write). */
  changed(worksheetId: string, address: string, origin: ChangeOrigin): void {
    const sets = this.sets;
    const args: FakeWorksheetChangedEventArgs = {
      type: 'WorksheetChanged',
      worksheetId,
      address,
      changeType: 'RangeEdited',
      source: 'Local',
      ...(sets.supports('WorksheetChangedEventArgs.triggerSource') ? { triggerSource: origin === 'api' ? ('ThisLocalAddin' as const) : ('Unknown' as const) } : {}),
      getRange(context: unknown) {
        sets.require('WorksheetChangedEventArgs.getRange');
        return (context as ContextLike).workbook.worksheets.getItem(worksheetId).getRange(address);
      },
    };
    this.raise('Changed', args);
  }

  /** The active sheet changed from `from` (null: it no longer exists) to `to`. */
  activeSheetChanged(from: string | null, to: string): void {
    if (from !== null) this.raise('Deactivated', { type: 'WorksheetDeactivated', worksheetId: from });
    this.raise('Activated', { type: 'WorksheetActivated', worksheetId: to });
  }

  selectionChanged(worksheetId: string, address: string): void {
    this.raise('SelectionChanged', { type: 'WorksheetSelectionChanged', worksheetId, address });
  }

  private raise(name: FakeEventName, args: FakeEventArgs): void {
    const to = this.registrations.filter((r) => r.name === name && (r.scope === '*' || r.scope === args.worksheetId));
    if (to.length === 0) return;
    this.queue.push({ args, to });
    if (this.scheduled) return;
    this.scheduled = true;
    // The host answers in a later task, after the sync's promise has resolved.
    setTimeout(() => this.deliver(), 0);
  }

  private deliver(): void {
    this.scheduled = false;
    const batch = this.queue;
    this.queue = [];
    for (const { args, to } of batch) {
      for (const reg of to) {
        if (!this.registrations.includes(reg)) continue;
        let outcome: Promise<void>;
        try {
          outcome = Promise.resolve(reg.handler(args)).then(
            () => undefined,
            (e: unknown) => {
              this.errors.push(e);
            },
          );
        } catch (e) {
          this.errors.push(e);
          continue;
        }
        this.running.add(outcome);
        void outcome.finally(() => this.running.delete(outcome));
      }
    }
  }

  /**
   * Resolves when every raised event has been delivered and the handlers'
   * promises have settled (including events raised by the handlers themselves).
   */
  async settled(): Promise<void> {
    for (let round = 0; round < 1000; round++) {
      if (!this.scheduled && this.running.size === 0) return;
      if (this.running.size > 0) await Promise.allSettled([...this.running]);
      else await new Promise((resolve) => setTimeout(resolve, 0));
    }
    throw new Error('FakeExcel: event handlers keep raising events (a handler that changes what it listens to?)');
  }
}

/** OfficeExtension.EventHandlers: `add(handler)` and `remove(handler)`, queued until the next sync. */
export class FakeEventHandlers {
  constructor(
    private readonly owner: ClientObject<unknown>,
    private readonly name: FakeEventName,
    private readonly api: ApiKey,
    /** The worksheet id the handlers listen to, or "*" (resolved when the batch runs). */
    private readonly scopeOf: (rt: Runtime) => string,
  ) {}

  add(handler: FakeEventHandler): FakeEventHandlerResult {
    if (typeof handler !== 'function') throw officeError('InvalidArgument', `${this.api}.add needs a handler function`).at(`${this.api}.add`);
    const result = new FakeEventHandlerResult(this.owner.context);
    const context = this.owner.context;
    this.owner._enqueue({
      location: `${this.api}.add`,
      run: (rt) => {
        result._registration = rt.events.register({ name: this.name, scope: this.scopeOf(rt), handler, context });
      },
    });
    return result;
  }

  remove(handler: FakeEventHandler): void {
    const context = this.owner.context;
    this.owner._enqueue({
      location: `${this.api}.remove`,
      run: (rt) => rt.events.unregisterHandler(this.name, this.scopeOf(rt), handler, context),
    });
  }
}

/** OfficeExtension.EventHandlerResult: `remove()` is queued on the context that added the handler. */
export class FakeEventHandlerResult {
  /** @internal Set when the batch that added the handler has run. */
  _registration: Registration | null = null;

  constructor(readonly context: ClientObject<unknown>['context']) {}

  remove(): void {
    this.context._enqueue({
      location: 'EventHandlerResult.remove',
      run: (rt) => {
        if (this._registration !== null) rt.events.unregister(this._registration);
      },
    });
  }
}
