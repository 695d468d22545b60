/**
 * The workbook as plain data, for tests and the playground. Addresses inside a
 * sheet's snapshot are local ("B2", "A3:E10"); values are what Office.js
 * `values` returns (errors as "#DIV/0!", blanks as "").
 */
import { MAX_COLUMNS, type Rect, cellAddress, columnName, rectAddress } from './address';
import { effectiveFormat } from './formats';
import type { Runtime } from './runtime';
import { type CellFormat, DEFAULT_FORMAT, type SheetState, type TableState, findSheet, keyCol, keyRow, sheetById, usedRect } from './state';
import { ruleObject } from './validation';
import { type CellValue, apiValue, renderText, valueType } from './values';

export type ApiValue = string | number | boolean;

export interface CellSnapshot {
  readonly address: string;
  readonly value: ApiValue;
  /** With "=", or null for a constant. */
  readonly formula: string | null;
  readonly text: string;
  readonly valueType: string;
  readonly numberFormat: string;
  readonly format: CellFormat;
}

export interface TableSnapshot {
  readonly name: string;
  readonly sheet: string;
  readonly address: string;
  readonly style: string;
  readonly showHeaders: boolean;
  readonly showBandedRows: boolean;
  readonly columns: readonly string[];
}

export interface NameSnapshot {
  readonly name: string;
  readonly formula: string;
  readonly comment: string;
  readonly visible: boolean;
  /** Set for a worksheet-scoped name: the sheet it is local to. */
  readonly scope?: string;
}

export interface SheetSnapshot {
  readonly id: string;
  readonly name: string;
  readonly position: number;
  readonly visibility: string;
  readonly active: boolean;
  readonly showGridlines: boolean;
  readonly tabColor: string;
  readonly usedRange: string | null;
  /** From A1 to the last used row and column. */
  readonly values: ApiValue[][];
  readonly formulas: ApiValue[][];
  readonly text: string[][];
  /** Non-empty cells by address. */
  readonly cells: Readonly<Record<string, CellSnapshot>>;
  /** Per cell, the format fields that differ from Excel's defaults. */
  readonly formats: Readonly<Record<string, Partial<CellFormat>>>;
  /** Formats given to whole rows/columns (or huge ranges), in order. */
  readonly wideFormats: readonly { readonly address: string; readonly format: Partial<CellFormat> }[];
  readonly columnWidths: Readonly<Record<string, number>>;
  readonly rowHeights: Readonly<Record<number, number>>;
  readonly hiddenColumns: readonly string[];
  readonly hiddenRows: readonly number[];
  readonly merges: readonly string[];
  readonly validations: readonly {
    readonly address: string;
    readonly type: string;
    readonly rule: Record<string, unknown>;
    readonly errorAlert: Readonly<Record<string, unknown>>;
    readonly prompt: Readonly<Record<string, unknown>>;
    readonly ignoreBlanks: boolean;
  }[];
  /** In priority order. */
  readonly conditionalFormats: readonly {
    readonly id: string;
    readonly addresses: readonly string[];
    readonly type: string;
    readonly priority: number;
    readonly stopIfTrue: boolean;
    readonly formula: string;
    readonly format: { readonly fill: string | null; readonly fontColor: string | null; readonly bold: boolean | null; readonly italic: boolean | null };
  }[];
  readonly notes: readonly { readonly address: string; readonly content: string; readonly authorName: string; readonly visible: boolean }[];
  readonly tables: readonly TableSnapshot[];
  /** Defined names (workbook- or worksheet-scoped) that refer to this sheet. */
  readonly names: readonly NameSnapshot[];
  readonly freeze: { readonly rows: number; readonly columns: number };
  readonly protection: { readonly protected: boolean; readonly password: string | null; readonly options: Readonly<Record<string, boolean | string>> };
  /** Outline level by 1-based row number / column letter. */
  readonly outline: { readonly rows: Readonly<Record<number, number>>; readonly columns: Readonly<Record<string, number>> };
  readonly pageLayout: SheetState['pageLayout'];
  readonly selection: string;
}

export function formatDiff(f: CellFormat): Partial<CellFormat> {
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(DEFAULT_FORMAT) as (keyof CellFormat)[]) {
    if (JSON.stringify(f[k]) !== JSON.stringify(DEFAULT_FORMAT[k])) out[k] = f[k];
  }
  return out as Partial<CellFormat>;
}

export function cellSnapshot(sheet: SheetState, row: number, col: number): CellSnapshot {
  const cell = sheet.cells.get(row * MAX_COLUMNS + col);
  const v: CellValue | null = cell?.value ?? null;
  const format = effectiveFormat(sheet, row, col);
  return {
    address: cellAddress(row, col),
    value: apiValue(v),
    formula: cell?.formula ?? null,
    text: renderText(v, format.numberFormat),
    valueType: valueType(v),
    numberFormat: format.numberFormat,
    format,
  };
}

export function tableSnapshot(rt: Runtime, t: TableState): TableSnapshot {
  return {
    name: t.name,
    sheet: sheetById(rt.wb, t.sheetId).name,
    address: rectAddress(t.rect),
    style: t.style,
    showHeaders: t.showHeaders,
    showBandedRows: t.showBandedRows,
    columns: t.columns.map((c) => c.name),
  };
}

export function nameSnapshots(rt: Runtime): NameSnapshot[] {
  return [...rt.wb.names]
    .sort((a, b) => a.name.localeCompare(b.name))
    .map((n) => ({
      name: n.name,
      formula: n.formula,
      comment: n.comment,
      visible: n.visible,
      ...(n.sheetId === undefined ? {} : { scope: sheetById(rt.wb, n.sheetId).name }),
    }));
}

function refersTo(formula: string, sheetName: string): boolean {
  const body = formula.replace(/^=/, '');
  const bang = body.lastIndexOf('!');
  if (bang < 0) return false;
  const q = body.slice(0, bang);
  const unquoted = q.startsWith("'") ? q.slice(1, -1).replace(/''/g, "'") : q;
  return unquoted.toLocaleUpperCase() === sheetName.toLocaleUpperCase();
}

function grid<V>(rows: number, cols: number, f: (r: number, c: number) => V): V[][] {
  return Array.from({ length: rows }, (_, r) => Array.from({ length: cols }, (_x, c) => f(r, c)));
}

export function sheetSnapshot(rt: Runtime, name: string): SheetSnapshot {
  const sheet = findSheet(rt.wb, name);
  if (sheet === undefined) throw new Error(`FakeExcel: no worksheet named '${name}'`);
  const used = usedRect(sheet, true);
  const rows = used === null ? 0 : used.row + used.rows;
  const cols = used === null ? 0 : used.col + used.cols;
  const cells: Record<string, CellSnapshot> = {};
  const formats: Record<string, Partial<CellFormat>> = {};
  const keys = [...sheet.cells.keys()].sort((a, b) => a - b);
  for (const key of keys) {
    const r = keyRow(key);
    const c = keyCol(key);
    const snap = cellSnapshot(sheet, r, c);
    if (snap.valueType !== 'Empty') cells[snap.address] = snap;
    const diff = formatDiff(snap.format);
    if (Object.keys(diff).length > 0) formats[snap.address] = diff;
  }
  const at = (r: number, c: number): CellSnapshot => cells[cellAddress(r, c)] ?? cellSnapshot(sheet, r, c);
  const local = (rect: Rect): string => rectAddress(rect);
  const outlineRows: Record<number, number> = {};
  for (const [r, level] of [...sheet.rowOutline].sort((a, b) => a[0] - b[0])) outlineRows[r + 1] = level;
  const outlineCols: Record<string, number> = {};
  for (const [c, level] of [...sheet.columnOutline].sort((a, b) => a[0] - b[0])) outlineCols[columnName(c)] = level;
  const widths: Record<string, number> = {};
  for (const [c, w] of [...sheet.columnWidths].sort((a, b) => a[0] - b[0])) widths[columnName(c)] = w;
  const heights: Record<number, number> = {};
  for (const [r, h] of [...sheet.rowHeights].sort((a, b) => a[0] - b[0])) heights[r + 1] = h;
  return {
    id: sheet.id,
    name: sheet.name,
    position: rt.wb.sheets.indexOf(sheet),
    visibility: sheet.visibility,
    active: rt.wb.activeSheetId === sheet.id,
    showGridlines: sheet.showGridlines,
    tabColor: sheet.tabColor,
    usedRange: used === null ? null : local(used),
    values: grid(rows, cols, (r, c) => at(r, c).value),
    formulas: grid(rows, cols, (r, c) => at(r, c).formula ?? at(r, c).value),
    text: grid(rows, cols, (r, c) => at(r, c).text),
    cells,
    formats,
    wideFormats: sheet.wideFormats.map((w) => ({ address: local(w.rect), format: { ...w.patch } })),
    columnWidths: widths,
    rowHeights: heights,
    hiddenColumns: [...sheet.hiddenColumns].sort((a, b) => a - b).map(columnName),
    hiddenRows: [...sheet.hiddenRows].sort((a, b) => a - b).map((r) => r + 1),
    merges: sheet.merges.map(local),
    validations: sheet.validations
      .slice()
      .sort((a, b) => a.rect.row - b.rect.row || a.rect.col - b.rect.col)
      .map((v) => ({ address: local(v.rect), type: v.rule?.type ?? 'None', rule: ruleObject(v.rule), errorAlert: { ...v.errorAlert }, prompt: { ...v.prompt }, ignoreBlanks: v.ignoreBlanks })),
    conditionalFormats: sheet.conditionalFormats.map((cf, priority) => ({
      id: cf.id,
      addresses: cf.rects.map(local),
      type: cf.type,
      priority,
      stopIfTrue: cf.stopIfTrue,
      formula: cf.formula,
      format: { ...cf.format },
    })),
    notes: [...sheet.notes].sort((a, b) => a.row - b.row || a.col - b.col).map((n) => ({ address: cellAddress(n.row, n.col), content: n.content, authorName: n.authorName, visible: n.visible })),
    tables: rt.wb.tables.filter((t) => t.sheetId === sheet.id).map((t) => tableSnapshot(rt, t)),
    names: nameSnapshots(rt).filter((n) => refersTo(n.formula, sheet.name)),
    freeze: { rows: sheet.freeze.rows, columns: sheet.freeze.cols },
    protection: { protected: sheet.protection.protected, password: sheet.protection.password, options: { ...sheet.protection.options } },
    outline: { rows: outlineRows, columns: outlineCols },
    pageLayout: JSON.parse(JSON.stringify(sheet.pageLayout)) as SheetState['pageLayout'],
    selection: local(sheet.selection),
  };
}

