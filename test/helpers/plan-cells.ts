import { parseCellAddress } from '../../src/core/sheet';
import type { PlanCell, WorkbookPlan } from '../../src/plan/types';

/**
 * A copy of `plan` with cells set in one of its sheets (the first by default):
 * inputs typed into a generated scoring sheet, a tampered formula, and so on.
 */
export function withCells(plan: WorkbookPlan, cells: Iterable<readonly [string, PlanCell]>, sheetIndex = 0): WorkbookPlan {
  const sheet = plan.sheets[sheetIndex];
  if (sheet === undefined) throw new Error(`no sheet ${sheetIndex} in the plan`);
  const rows: PlanCell[][] = sheet.cells.map((r) => [...(r ?? [])].map((c) => c ?? null));
  for (const [address, value] of cells) {
    const at = parseCellAddress(address);
    if (at === null) throw new Error(`not a cell address: ${address}`);
    const row = (rows[at.row - 1] ??= []);
    while (row.length < at.column) row.push(null);
    row[at.column - 1] = value;
  }
  return { sheets: plan.sheets.map((s, i) => (i === sheetIndex ? { ...s, cells: rows } : s)) };
}
