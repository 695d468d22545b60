/** Turns loaded Office.js ranges into the core's plain grids. */
import type { DefinedName, GridCell, SheetGrid } from '../core/sheet';

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

/** The loads every "read a sheet" command queues in its first sync. */
export interface SheetLoad {
  readonly sheet: Excel.Worksheet;
  readonly used: Excel.Range;
  /** Workbook-scope names. */
  readonly names: Excel.NamedItemCollection;
  /** The sheet's own names (a second copy of a template has them). */
  readonly ownNames: Excel.NamedItemCollection;
}

/** The active sheet, or the named one. */
export function sheetOf(context: Excel.RequestContext, sheetName?: string): Excel.Worksheet {
  return sheetName === undefined ? context.workbook.worksheets.getActiveWorksheet() : context.workbook.worksheets.getItem(sheetName);
}

/** Queues the loads of a sheet's used range and of the names (nothing is synced here). */
export function queueSheetLoad(context: Excel.RequestContext, sheetName?: string): SheetLoad {
  const sheet = sheetOf(context, sheetName);
  sheet.load('name');
  const used = sheet.getUsedRangeOrNullObject(true);
  used.load('values, formulas, valueTypes, rowIndex, columnIndex');
  const names = context.workbook.names;
  names.load('items/name, items/type, items/formula');
  const ownNames = sheet.names;
  ownNames.load('items/name, items/type, items/formula');
  return { sheet, used, names, ownNames };
}

/** After the sync: the sheet as the core's grid. */
export function loadedGrid(load: SheetLoad): SheetGrid {
  return load.used.isNullObject ? { name: load.sheet.name, cells: [] } : gridFromRanges(load.sheet.name, [loadedRange(load.used, true)]);
}

/** After the sync: range names as the core's DefinedName, the sheet's own first (they win over the workbook's). */
export function loadedNames(load: SheetLoad): { readonly item: Excel.NamedItem; readonly name: DefinedName }[] {
  const scoped = [
    ...load.ownNames.items.map((item) => ({ item, scope: load.sheet.name as string | null })),
    ...load.names.items.map((item) => ({ item, scope: null as string | null })),
  ];
  const out: { item: Excel.NamedItem; name: DefinedName }[] = [];
  for (const { item, scope } of scoped) {
    const ref = item.type === 'Range' ? splitReference(item.formula) : null;
    if (ref !== null) out.push({ item, name: { name: item.name, sheet: ref.sheet, ref: ref.ref, scope } });
  }
  return out;
}
