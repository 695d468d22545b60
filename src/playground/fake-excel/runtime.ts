/**
 * The fake host: the workbook, the formula engine, the requirement sets, the
 * round-trip counters, and batch execution. A batch is the list of operations
 * queued on a request context between two syncs; it runs in order, stops at
 * the first error (what already ran stays applied, as in Excel), recalculates,
 * and only then hands loaded values to the proxies.
 */
import { FakeOfficeError, officeError } from './errors';
import { EventHub } from './events';
import { FormulaEngine } from './formulas';
import type { RequirementSets } from './requirements';
import { type WorkbookState, needsRecalc, newWorkbook } from './state';

export interface Op {
  /** Where an error is reported (debugInfo.errorLocation), e.g. "Worksheet.getItem". */
  readonly location: string;
  /** Reads workbook contents: recalculate first (unless calculation is suspended). */
  readonly reads?: boolean;
  run(rt: Runtime, commits: (() => void)[]): void;
}

export interface Counters {
  /** context.sync() calls that sent something to the host (Excel.run's final sync included). */
  roundTrips: number;
  /** Every context.sync() call, including ones with nothing queued. */
  syncCalls: number;
  /** Operations sent, over all round trips. */
  operations: number;
  suspendApiCalculation: number;
  suspendScreenUpdating: number;
  recalculations: number;
}

export type ActionHandler = (event: { completed(options?: unknown): void; source?: { id: string } }) => unknown;

export class Runtime {
  wb: WorkbookState;
  readonly engine: FormulaEngine;
  readonly counters: Counters = {
    roundTrips: 0,
    syncCalls: 0,
    operations: 0,
    suspendApiCalculation: 0,
    suspendScreenUpdating: 0,
    recalculations: 0,
  };
  /** Set by Application.suspendApiCalculationUntilNextSync for the rest of the batch. */
  calculationSuspended = false;
  /** Selections made with Range.select(), in order ("Sheet1!A1"). */
  readonly selections: string[] = [];
  readonly actionHandlers = new Map<string, ActionHandler>();
  /** Event handlers registered with onChanged/onActivated/..., and the events waiting for delivery. */
  readonly events: EventHub;
  private readonly listeners = new Set<() => void>();

  constructor(
    readonly sets: RequirementSets,
    wb: WorkbookState = newWorkbook(),
  ) {
    this.wb = wb;
    this.events = new EventHub(sets);
    this.engine = new FormulaEngine(() => this.wb);
  }

  recalculate(): void {
    this.counters.recalculations++;
    this.engine.recalculate();
  }

  /** Runs one batch; throws the first error after recalculating what was applied. */
  runBatch(ops: readonly Op[]): void {
    this.counters.roundTrips++;
    this.counters.operations += ops.length;
    this.calculationSuspended = false;
    const commits: (() => void)[] = [];
    let failure: FakeOfficeError | null = null;
    for (const op of ops) {
      const active = this.wb.activeSheetId;
      try {
        if (op.reads === true && needsRecalc(this.wb) && !this.calculationSuspended) this.recalculate();
        op.run(this, commits);
      } catch (e) {
        failure = asOfficeError(e).at(op.location);
        break;
      } finally {
        if (this.wb.activeSheetId !== active) this.events.activeSheetChanged(this.wb.sheets.some((s) => s.id === active) ? active : null, this.wb.activeSheetId);
      }
    }
    this.calculationSuspended = false;
    if (needsRecalc(this.wb)) this.recalculate();
    this.notify();
    if (failure !== null) throw failure;
    for (const commit of commits) commit();
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  notify(): void {
    for (const l of [...this.listeners]) l();
  }
}

function asOfficeError(e: unknown): FakeOfficeError {
  if (e instanceof FakeOfficeError) return e;
  const err = officeError('GeneralException', e instanceof Error ? `${e.name}: ${e.message}` : String(e));
  if (e instanceof Error && e.stack !== undefined) err.stack = e.stack;
  return err;
}
