/**
 * Building a workbook from plain data (tests, playground examples), and
 * editing cells as a person typing in the grid would (playground).
 */
import { type Rect, parseAddress, qualifiedAddress, rectAddress } from './address';
import { writeContents } from './cells';
import { setNumberFormats } from './formats';
import type { Runtime } from './runtime';
import { type NameState, type SheetState, checkDefinedName, findSheet, getCell, nameInUse, newWorkbook } from './state';
import { addSheet } from './sheets';
import { newTableState } from './tables';

export interface SeedSheet {
  readonly name: string;
  /** Rows of cells from `at` (default A1): numbers, booleans, text, "=formulas"; null leaves a cell empty. */
  readonly cells?: readonly (readonly unknown[])[];
  readonly at?: string;
  /** Number formats by address, e.g. { "C2:C9": "0.00" }. */
  readonly numberFormats?: Readonly<Record<string, string>>;
  readonly visibility?: 'Visible' | 'Hidden' | 'VeryHidden';
}

export interface SeedData {
  readonly sheets: readonly SeedSheet[];
  /**
   * Defined names: reference like "=Sheet1!$A$1:$A$9" (or "Sheet1!$A$1:$A$9");
   * `scope` (a sheet name) makes it worksheet-scoped, else it is workbook-scoped.
   */
  readonly names?: readonly { readonly name: string; readonly reference: string; readonly comment?: string; readonly scope?: string }[];
  /** Tables over ranges whose first row holds the headers. */
  readonly tables?: readonly { readonly sheet: string; readonly address: string; readonly name?: string; readonly style?: string }[];
  readonly activeSheet?: string;
}

function fail(message: string): never {
  throw new Error(`FakeExcel seed: ${message}`);
}

function pad(rows: readonly (readonly unknown[])[]): unknown[][] {
  const width = Math.max(0, ...rows.map((r) => r.length));
  return rows.map((r) => Array.from({ length: width }, (_, i) => (i < r.length ? r[i] : null)));
}

/** Replaces the whole workbook with the given contents and recalculates. */
export function seedWorkbook(rt: Runtime, data: SeedData): void {
  if (data.sheets.length === 0) fail('a workbook needs at least one sheet');
  const wb = newWorkbook([]);
  rt.wb = wb;
  // Constants first, then tables and names, then formulas (which may use them).
  const formulaCells: { sheet: SheetState; rect: Rect; rows: unknown[][] }[] = [];
  for (const s of data.sheets) {
    const sheet = addSheet(wb, s.name);
    if (s.visibility !== undefined) sheet.visibility = s.visibility;
    if (s.cells !== undefined && s.cells.length > 0) {
      const at = parseAddress(s.at ?? 'A1');
      if (at === null) fail(`'${s.at}' is not an address`);
      const rows = pad(s.cells);
      const rect = { row: at.rect.row, col: at.rect.col, rows: rows.length, cols: rows[0].length };
      const isFormula = (v: unknown): boolean => typeof v === 'string' && v.startsWith('=') && v.length > 1;
      if (rect.cols > 0) {
        writeContents(rt, sheet, rect, rows.map((r) => r.map((v) => (isFormula(v) ? null : v))), 'values');
        formulaCells.push({ sheet, rect, rows: rows.map((r) => r.map((v) => (isFormula(v) ? v : null))) });
      }
    }
    for (const [address, format] of Object.entries(s.numberFormats ?? {})) {
      const parsed = parseAddress(address);
      if (parsed === null) fail(`'${address}' is not an address`);
      setNumberFormats(sheet, parsed.rect, format);
    }
  }
  wb.activeSheetId = (data.activeSheet === undefined ? wb.sheets.find((s) => s.visibility === 'Visible') : findSheet(wb, data.activeSheet))?.id ?? fail(`no sheet '${data.activeSheet}'`);
  for (const n of data.names ?? []) {
    const name = checkDefinedName(n.name, 'defined');
    const sheetId = n.scope === undefined ? undefined : (findSheet(wb, n.scope) ?? fail(`no sheet '${n.scope}' for the name '${name}'`)).id;
    if (nameInUse(wb, name, undefined, sheetId)) fail(`the name '${name}' is used twice`);
    const formula = n.reference.startsWith('=') ? n.reference : `=${n.reference}`;
    const item: NameState = { id: wb.nextId++, name, formula, comment: n.comment ?? '', visible: true, ...(sheetId === undefined ? {} : { sheetId }) };
    wb.names.push(item);
  }
  for (const t of data.tables ?? []) {
    const sheet = findSheet(wb, t.sheet) ?? fail(`no sheet '${t.sheet}' for a table`);
    const parsed = parseAddress(t.address) ?? fail(`'${t.address}' is not an address`);
    const rect = parsed.rect;
    const columns = Array.from({ length: rect.cols }, (_, k) => {
      const cell = getCell(sheet, rect.row, rect.col + k);
      return { id: k + 1, name: cell?.value === null || cell?.value === undefined ? `Column${k + 1}` : String(cell.value) };
    });
    const name = t.name ?? `Table${wb.tables.length + 1}`;
    if (nameInUse(wb, name)) fail(`the name '${name}' is used twice`);
    wb.tables.push(newTableState({ id: String(wb.nextId++), name, sheetId: sheet.id, rect, columns, ...(t.style === undefined ? {} : { style: t.style }) }));
  }
  for (const f of formulaCells) writeContents(rt, f.sheet, f.rect, f.rows, 'formulas');
  wb.dirty = true;
  rt.recalculate();
  rt.notify();
}

/**
 * Types into cells as a person would (the playground grid): same input rules as
 * range.values, refused on locked cells of a protected sheet. Recalculates.
 */
export function editCells(rt: Runtime, sheetName: string, address: string, rows: readonly (readonly unknown[])[]): string {
  const sheet = findSheet(rt.wb, sheetName) ?? fail(`no sheet '${sheetName}'`);
  const parsed = parseAddress(address) ?? fail(`'${address}' is not an address`);
  const grid = pad(rows);
  const rect = { row: parsed.rect.row, col: parsed.rect.col, rows: grid.length, cols: grid[0]?.length ?? 0 };
  writeContents(rt, sheet, rect, grid, 'values');
  rt.recalculate();
  rt.notify();
  if (rect.rows > 0 && rect.cols > 0) rt.events.changed(sheet.id, rectAddress(rect), 'person');
  return qualifiedAddress(sheet.name, rect);
}
