/** Turns loaded Office.js ranges into the core's plain grids. */
import type { GridCell, SheetGrid } from '../core/sheet';

export interface LoadedRange {
  readonly values: unknown[][];
  readonly formulas: unknown[][];
  readonly valueTypes?: string[][];
  readonly rowIndex: number;
  readonly columnIndex: number;
}

function toCell(value: unknown, formula: unknown, type: string | undefined): GridCell {
  const v = value === '' || value === undefined ? null : (value as string | number | boolean | null);
  const f = typeof formula === 'string' && formula.startsWith('=') ? formula.slice(1) : undefined;
  const cell: { value: GridCell['value']; formula?: string; error?: string } = { value: v };
  if (f !== undefined) cell.formula = f;
  if (type === 'Error' && typeof value === 'string') cell.error = value;
  return cell;
}

/**
 * Places a loaded range into a grid anchored at A1 (cells above/left of the
 * range stay empty), so addresses in findings are the sheet's own.
 */
export function gridFromRanges(name: string, ranges: readonly LoadedRange[]): SheetGrid {
  const cells: GridCell[][] = [];
  for (const r of ranges) {
    r.values.forEach((row, i) => {
      const line = (cells[r.rowIndex + i] ??= []);
      row.forEach((value, j) => {
        line[r.columnIndex + j] = toCell(value, r.formulas[i]?.[j], r.valueTypes?.[i]?.[j]);
      });
    });
  }
  for (let i = 0; i < cells.length; i++) {
    const line = (cells[i] ??= []);
    for (let j = 0; j < line.length; j++) line[j] ??= { value: null };
  }
  return { name, cells };
}

/** Copies the loaded properties of a range into plain data (reading only what was loaded). */
export function loadedRange(range: Excel.Range, withTypes: boolean): LoadedRange {
  const base = { values: range.values, formulas: range.formulas, rowIndex: range.rowIndex, columnIndex: range.columnIndex };
  return withTypes ? { ...base, valueTypes: range.valueTypes } : base;
}

/** "'Danh mục đơn vị'!$A$2:$A$12" → { sheet, ref }. */
export function splitReference(formula: string): { sheet: string; ref: string } | null {
  const m = /^=?(?:'((?:[^']|'')+)'|([^'!]+))!(.+)$/.exec(formula.trim());
  if (m === null) return null;
  return { sheet: (m[1] ?? m[2] ?? '').replace(/''/g, "'"), ref: m[3] as string };
}
