/**
 * HyperFormula as a test oracle (GPL: tests only, never imported from src/).
 * Loads a plan sheet's cells and defined names, lets a test set input cells,
 * and reads computed values by A1 address.
 *
 * Configured like Excel where HyperFormula's defaults differ: text comparison
 * is case-insensitive but accent-sensitive ("Chua co" ≠ "Chưa có"). Bare
 * TRUE/FALSE in formulas are named expressions (=TRUE(), =FALSE()).
 */
import { HyperFormula, type RawCellContent } from 'hyperformula';
import type { PlanCell, SheetPlan } from '../../src/plan/types';

export type OracleValue = number | string | boolean | null | { error: string };

export interface PlanOracle {
  readonly hf: HyperFormula;
  read(address: string): OracleValue;
  /** Sets raw contents (text stays text, even "15" or "TRUE"); one recalculation for the batch. */
  set(cells: readonly (readonly [string, string | number | boolean | null])[]): void;
  /** True when HyperFormula parses the formula (given without "="). */
  parses(formula: string): boolean;
}

/** "F12" → zero-based { col: 5, row: 11 }. */
export function a1ToIndex(address: string): { col: number; row: number } {
  const m = /^\$?([A-Z]+)\$?(\d+)$/.exec(address);
  if (m === null) throw new Error(`Not an A1 address: ${address}`);
  let col = 0;
  for (const ch of m[1]!) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { col: col - 1, row: Number(m[2]) - 1 };
}

/** A value as typed content: strings get HyperFormula's text prefix so "15" stays text. */
function raw(value: string | number | boolean | null): RawCellContent {
  return typeof value === 'string' ? `'${value}` : value;
}

function rawOfPlanCell(cell: PlanCell | undefined): RawCellContent {
  if (cell === undefined || cell === null) return null;
  if (typeof cell === 'object') {
    if ('formula' in cell) return `=${cell.formula}`;
    throw new Error('Date cells are not used by this oracle');
  }
  return raw(cell);
}

function quoteSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

export function loadPlanSheet(sheet: SheetPlan): PlanOracle {
  const data = sheet.cells.map((row) => (row ?? []).map(rawOfPlanCell));
  const names = [
    { name: 'TRUE', expression: '=TRUE()' },
    { name: 'FALSE', expression: '=FALSE()' },
    ...sheet.names.map((n) => ({ name: n.name, expression: `=${quoteSheet(sheet.name)}!${n.ref}` })),
  ];
  const hf = HyperFormula.buildFromSheets(
    { [sheet.name]: data },
    { licenseKey: 'gpl-v3', accentSensitive: true, caseSensitive: false },
    names,
  );
  const sheetId = hf.getSheetId(sheet.name);
  if (sheetId === undefined) throw new Error(`Sheet ${sheet.name} missing in HyperFormula`);
  return {
    hf,
    read(address) {
      const v = hf.getCellValue({ sheet: sheetId, ...a1ToIndex(address) });
      if (v !== null && typeof v === 'object') return { error: String(v.value) };
      return v;
    },
    set(cells) {
      // Runs of cells in one column, consecutive rows, go in as one block (much faster than cell by cell).
      const blocks: { col: number; row: number; values: RawCellContent[][] }[] = [];
      const sorted = cells.map(([address, value]) => ({ ...a1ToIndex(address), value })).sort((a, b) => a.col - b.col || a.row - b.row);
      for (const c of sorted) {
        const last = blocks[blocks.length - 1];
        if (last !== undefined && last.col === c.col && last.row + last.values.length === c.row) last.values.push([raw(c.value)]);
        else blocks.push({ col: c.col, row: c.row, values: [[raw(c.value)]] });
      }
      hf.batch(() => {
        for (const b of blocks) hf.setCellContents({ sheet: sheetId, col: b.col, row: b.row }, b.values);
      });
    },
    parses(formula) {
      return hf.validateFormula(`=${formula}`);
    },
  };
}
