/**
 * Writes a WorkbookPlan to an .xlsx file with ExcelJS, optionally into an
 * existing workbook (`base`), never overwriting its sheets or (by default) its
 * names.
 *
 * ExcelJS 4.4 quirks handled here:
 * - formulas go in without "=" and with `_xlfn.` prefixes; no cached results
 *   are written, and the workbook asks for a full recalculation on load;
 * - defined names are written from our own list (the base workbook's names
 *   verbatim, read from its XML, plus the plan's), because ExcelJS keeps only
 *   plain ranges, forgets sheet scope and does not escape quotes in sheet names;
 *   print titles are written the same way;
 * - table header cells are rewritten after `addTable` (it writes the escaped
 *   column names into them);
 * - rows of an outline group get a cell (ExcelJS skips rows without cells) and
 *   are never marked collapsed (ExcelJS derives that flag wrongly);
 * - in a base workbook, plan cells carry the base's default font explicitly
 *   (ExcelJS always writes Calibri 11 as the workbook default).
 */
import ExcelJS from 'exceljs';
import {
  isDateCell,
  isFormulaCell,
  type CellFormat,
  type ConditionalFormatPlan,
  type NamePlan,
  type PlanCell,
  type RenderResult,
  type SheetPlan,
  type TablePlan,
  type ValidationPlan,
  type WorkbookPlan,
} from '../plan/types';
import { cellRef, columnLetters, rangeRef, tryParseRange, type RangeBox } from './address';
import { addFuturePrefixes } from './formula';
import { guardXlsx } from './guard';
import { loadWorkbook } from './read';
import type { ReadLimits } from './types';
import { decodeXmlText, isValidDefinedName, parseWorkbookXml, quoteSheetName, splitSheetRef, type RawDefinedName } from './workbook-xml';
import { readEntryText } from './zip';

/** The plan itself is unusable (bad address, colour, name…): a programming error, not a user one. */
export class XlsxPlanError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'XlsxPlanError';
  }
}

export interface RenderOptions {
  /** An existing workbook to add the plan's sheets to (checked like any input file). */
  readonly base?: Uint8Array;
  /** Limits for checking `base`. */
  readonly limits?: Partial<ReadLimits>;
}

export interface RenderOutput {
  readonly bytes: Uint8Array;
  readonly result: RenderResult;
}

const SHEET_NAME_MAX = 31;
const RESERVED_SHEET_NAMES = new Set(['history']);
const DEFAULT_DATE_FORMAT = 'dd/mm/yyyy';
/** Excel refuses a literal list longer than this in a validation's formula. */
const LIST_LITERAL_MAX = 255;
const PROMPT_TITLE_MAX = 32;
const PROMPT_MAX = 255;
const LIST_SHEET_NAME = 'ThiDua_DanhSach';
const LIST_NAME_PREFIX = '_ThiDua_DS';

// eslint-disable-next-line no-control-regex -- control characters are exactly what must go
const CONTROL_CHARS = /[\u0000-\u001f\u007f]/g;

function sheetKey(name: string): string {
  return name.normalize('NFC').toLowerCase();
}

function truncateUnits(s: string, max: number): string {
  let out = '';
  for (const ch of s) {
    if (out.length + ch.length > max) break;
    out += ch;
  }
  return out;
}

/**
 * A sheet name Excel accepts that no sheet in `taken` has (case-insensitive):
 * forbidden characters []:*?/\ become "-", at most 31 characters, and a taken
 * name gets " (2)", " (3)"… ("Chấm điểm" → "Chấm điểm (2)").
 */
export function uniqueSheetName(desired: string, taken: Iterable<string>): string {
  const takenKeys = new Set<string>();
  for (const t of taken) takenKeys.add(sheetKey(t));
  const tidy = (s: string): string => s.replace(/^'+|'+$/g, '').trim();
  const clean =
    tidy(
      desired
        .normalize('NFC')
        .replace(/[[\]:*?/\\]/g, '-')
        .replace(CONTROL_CHARS, ' ')
        .replace(/\s+/g, ' '),
    ) || 'Trang tính';
  const free = (s: string): boolean => s !== '' && !takenKeys.has(sheetKey(s)) && !RESERVED_SHEET_NAMES.has(sheetKey(s));
  const first = tidy(truncateUnits(clean, SHEET_NAME_MAX));
  if (free(first)) return first;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const candidate = tidy(truncateUnits(clean, SHEET_NAME_MAX - suffix.length)) + suffix;
    if (free(candidate)) return candidate;
  }
}

/** A valid table name not in `taken` (case-insensitive; tables share the namespace of defined names). */
export function uniqueTableName(desired: string, taken: ReadonlySet<string>): string {
  let base = desired.normalize('NFC').replace(/[^\p{L}\p{N}_.\\]/gu, '_');
  if (!/^[\p{L}_\\]/u.test(base)) base = `_${base}`;
  if (!isValidDefinedName(base)) base = `${base}_`;
  base = truncateUnits(base, 250);
  if (!taken.has(base.toLowerCase())) return base;
  for (let n = 2; ; n++) {
    const candidate = `${base}_${n}`;
    if (!taken.has(candidate.toLowerCase())) return candidate;
  }
}

/** Table column names escape line breaks and "_xHHHH_" the way Excel does (ST_Xstring). */
function tableColumnName(header: string): string {
  return header
    .replace(/_(x[0-9A-Fa-f]{4}_)/g, '_x005F_$1')
    .replace(/\r/g, '_x000D_')
    .replace(/\n/g, '_x000A_')
    .replace(/\t/g, '_x0009_');
}

function argb(color: string, where: string): string {
  if (!/^#[0-9A-Fa-f]{6}$/.test(color)) throw new XlsxPlanError(`Màu không hợp lệ / invalid colour "${color}" (${where})`);
  return `FF${color.slice(1).toUpperCase()}`;
}

function box(range: string, where: string): RangeBox {
  const b = tryParseRange(range);
  if (!b) throw new XlsxPlanError(`Vùng không hợp lệ / invalid range "${range}" (${where})`);
  return b;
}

function fileFormula(formula: string, where: string): string {
  let f = formula.trim();
  if (f.startsWith('=')) f = f.slice(1).trimStart();
  if (f === '') throw new XlsxPlanError(`Công thức rỗng / empty formula (${where})`);
  return addFuturePrefixes(f);
}

function isoToDate(iso: string, where: string): Date {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  const d = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : undefined;
  if (!m || !d || d.getUTCMonth() !== Number(m[2]) - 1 || d.getUTCDate() !== Number(m[3])) {
    throw new XlsxPlanError(`Ngày không hợp lệ / invalid date "${iso}" (${where})`);
  }
  return d;
}

function excelValue(c: PlanCell, where: string): ExcelJS.CellValue {
  if (c === null || typeof c === 'string' || typeof c === 'boolean') return c;
  if (typeof c === 'number') {
    if (!Number.isFinite(c)) throw new XlsxPlanError(`Số không hợp lệ / non-finite number (${where})`);
    return c;
  }
  if (isFormulaCell(c)) return { formula: fileFormula(c.formula, where) };
  if (isDateCell(c)) return isoToDate(c.date, where);
  throw new XlsxPlanError(`Ô không hợp lệ / invalid cell (${where})`);
}

function forEachCell(ws: ExcelJS.Worksheet, b: RangeBox, fn: (cell: ExcelJS.Cell) => void): void {
  for (let r = b.top; r <= b.bottom; r++) {
    const row = ws.getRow(r);
    for (let c = b.left; c <= b.right; c++) fn(row.getCell(c));
  }
}

const THIN: Partial<ExcelJS.Border> = { style: 'thin' };

function applyFormat(cell: ExcelJS.Cell, f: CellFormat, baseFont: Partial<ExcelJS.Font>, where: string): void {
  // Always assign fresh objects: ExcelJS may share style objects between cells.
  if (f.bold !== undefined || f.italic !== undefined || f.fontColor !== undefined || f.fontSize !== undefined) {
    // Start from the workbook's default font: a font with only <b/> renders in each program's own default.
    cell.font = {
      ...baseFont,
      ...cell.font,
      ...(f.bold !== undefined ? { bold: f.bold } : {}),
      ...(f.italic !== undefined ? { italic: f.italic } : {}),
      ...(f.fontColor !== undefined ? { color: { argb: argb(f.fontColor, where) } } : {}),
      ...(f.fontSize !== undefined ? { size: f.fontSize } : {}),
    };
  }
  if (f.fill !== undefined) cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(f.fill, where) } };
  if (f.wrap !== undefined || f.horizontal !== undefined || f.vertical !== undefined) {
    cell.alignment = {
      ...cell.alignment,
      ...(f.wrap !== undefined ? { wrapText: f.wrap } : {}),
      ...(f.horizontal !== undefined ? { horizontal: f.horizontal } : {}),
      ...(f.vertical !== undefined ? { vertical: f.vertical === 'center' ? 'middle' : f.vertical } : {}),
    };
  }
  if (f.numberFormat !== undefined) cell.numFmt = f.numberFormat;
  if (f.locked !== undefined) cell.protection = { ...cell.protection, locked: f.locked };
  if (f.border) cell.border = { top: THIN, left: THIN, bottom: THIN, right: THIN };
}

/** A defined name as written: formula text plus optional sheet scope. */
interface OutName {
  readonly name: string;
  readonly text: string;
  readonly localSheetId?: number;
  /** Set for names whose sheet index is only known once all sheets exist. */
  readonly scopeSheet?: ExcelJS.Worksheet;
}

interface Context {
  readonly wb: ExcelJS.Workbook;
  /** Names written to the file, in order (base names first, verbatim). */
  names: OutName[];
  /** Workbook-scope names that existed in the base, by lower-case name. */
  readonly baseNames: ReadonlyMap<string, RawDefinedName>;
  /** Lower-case names of every defined name and table (for table-name uniqueness). */
  readonly nameKeys: Set<string>;
  readonly keptNames: string[];
  readonly sheetScopedNames: string[];
  /** The workbook's default font (styles.xml, first font). */
  readonly baseFont: Partial<ExcelJS.Font>;
  /**
   * Set for a base workbook: ExcelJS always writes Calibri 11 as the default
   * font, so the plan's cells and columns carry the base's default explicitly.
   */
  readonly explicitFont?: Partial<ExcelJS.Font>;
  /** Literal lists too long for a validation formula, written to a hidden sheet. */
  readonly lists: { readonly key: string; readonly name: string; readonly items: readonly string[] }[];
}

function workbookScopeName(ctx: Context, name: string): OutName | undefined {
  const k = name.toLowerCase();
  return ctx.names.find((n) => n.localSheetId === undefined && n.scopeSheet === undefined && n.name.toLowerCase() === k);
}

function freshName(ctx: Context, prefix: string): string {
  for (let n = 1; ; n++) {
    const candidate = `${prefix}${n}`;
    if (!ctx.nameKeys.has(candidate.toLowerCase())) {
      ctx.nameKeys.add(candidate.toLowerCase());
      return candidate;
    }
  }
}

function listFormula(ctx: Context, items: readonly string[]): string {
  const literal = `"${items.join(',')}"`;
  if (literal.length <= LIST_LITERAL_MAX && !items.some((i) => i.includes(',') || i.includes('"'))) return literal;
  const key = JSON.stringify(items);
  const existing = ctx.lists.find((l) => l.key === key);
  if (existing) return existing.name;
  const name = freshName(ctx, LIST_NAME_PREFIX);
  ctx.lists.push({ key, name, items });
  return name;
}

function clip(s: string | undefined, max: number): string | undefined {
  if (s === undefined || s === '') return undefined;
  return s.length <= max ? s : `${truncateUnits(s, max - 1)}…`;
}

function addValidation(ctx: Context, ws: ExcelJS.Worksheet, v: ValidationPlan, where: string): void {
  const ref = rangeRef(box(v.range, where));
  const rule = v.rule;
  let dv: ExcelJS.DataValidation;
  switch (rule.kind) {
    case 'list': {
      const formula = 'name' in rule.source ? rule.source.name : listFormula(ctx, rule.source.items);
      dv = { type: 'list', formulae: [formula] };
      break;
    }
    case 'decimal':
      dv = { type: 'decimal', operator: 'between', formulae: [rule.min, rule.max] };
      break;
    case 'custom':
      dv = { type: 'custom', formulae: [fileFormula(rule.formula, where)] };
      break;
  }
  const error = clip(v.errorMessage, PROMPT_MAX);
  const errorTitle = clip(v.errorTitle, PROMPT_TITLE_MAX);
  const prompt = clip(v.prompt, PROMPT_MAX);
  // Worksheet.dataValidations (one entry per range) exists at runtime but is missing from ExcelJS's typings.
  const validations = (ws as unknown as { dataValidations: { add(address: string, dv: ExcelJS.DataValidation): void } }).dataValidations;
  validations.add(ref, {
    ...dv,
    allowBlank: true,
    showErrorMessage: true,
    errorStyle: v.style,
    ...(errorTitle !== undefined ? { errorTitle } : {}),
    ...(error !== undefined ? { error } : {}),
    ...(prompt !== undefined ? { showInputMessage: true, prompt } : {}),
  });
}

function addConditionalFormat(ws: ExcelJS.Worksheet, cf: ConditionalFormatPlan, priority: number, where: string): void {
  const fill = cf.format.fill !== undefined ? argb(cf.format.fill, where) : undefined;
  const color = cf.format.fontColor !== undefined ? argb(cf.format.fontColor, where) : undefined;
  const style: Partial<ExcelJS.Style> = {
    ...(fill !== undefined ? { fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: fill }, bgColor: { argb: fill } } } : {}),
    ...(color !== undefined || cf.format.bold !== undefined
      ? { font: { ...(color !== undefined ? { color: { argb: color } } : {}), ...(cf.format.bold !== undefined ? { bold: cf.format.bold } : {}) } }
      : {}),
  };
  ws.addConditionalFormatting({
    ref: rangeRef(box(cf.range, where)),
    rules: [{ type: 'expression', priority, formulae: [fileFormula(cf.formula, where)], style }],
  });
}

function addTable(ctx: Context, ws: ExcelJS.Worksheet, t: TablePlan, where: string): void {
  const b = box(t.range, where);
  const header = ws.getRow(b.top);
  const seen = new Set<string>();
  const headers: string[] = [];
  for (let c = b.left; c <= b.right; c++) {
    const v = header.getCell(c).value;
    let text = typeof v === 'string' ? v : typeof v === 'number' || typeof v === 'boolean' ? String(v) : '';
    if (text.trim() === '') text = `Cột ${c - b.left + 1}`;
    let candidate = text;
    for (let n = 2; seen.has(candidate.toLowerCase()); n++) candidate = `${text}${n}`;
    seen.add(candidate.toLowerCase());
    headers.push(candidate);
  }
  // A table needs at least one data row.
  const dataRows = Math.max(1, b.bottom - b.top);
  const rows: ExcelJS.CellValue[][] = [];
  for (let r = 1; r <= dataRows; r++) {
    const row = ws.getRow(b.top + r);
    const values: ExcelJS.CellValue[] = [];
    for (let c = b.left; c <= b.right; c++) values.push(row.getCell(c).value);
    rows.push(values);
  }
  const name = uniqueTableName(t.name, ctx.nameKeys);
  ctx.nameKeys.add(name.toLowerCase());
  ws.addTable({
    name,
    displayName: name,
    ref: cellRef(b.top, b.left),
    headerRow: true,
    totalsRow: false,
    style: { theme: t.style as NonNullable<ExcelJS.TableProperties['style']>['theme'], showRowStripes: true },
    columns: headers.map((h) => ({ name: tableColumnName(h), filterButton: true })),
    rows,
  });
  // addTable wrote the (escaped) column names into the header row: header cells must hold the plain text.
  headers.forEach((h, i) => {
    header.getCell(b.left + i).value = h;
  });
}

/**
 * A plan name: workbook-scoped, or — when the workbook already has it and the
 * plan keeps it — scoped to the new sheet (`<definedName localSheetId>`), so
 * the new sheet's formulas use the new sheet (a sheet's own name wins in Excel).
 */
function addName(ctx: Context, ws: ExcelJS.Worksheet, sheetName: string, n: NamePlan, where: string): void {
  if (!isValidDefinedName(n.name)) throw new XlsxPlanError(`Tên không hợp lệ / invalid defined name "${n.name}" (${where})`);
  const text = `${quoteSheetName(sheetName)}!${rangeRef(box(n.ref, where), true)}`;
  const existing = workbookScopeName(ctx, n.name);
  if (existing) {
    if ((n.ifExists ?? 'keep') === 'keep') {
      ctx.names.push({ name: n.name, text, scopeSheet: ws });
      ctx.sheetScopedNames.push(n.name);
      return;
    }
    ctx.names = ctx.names.filter((x) => x !== existing);
  }
  ctx.names.push({ name: n.name, text });
  ctx.nameKeys.add(n.name.toLowerCase());
}

function printTitles(ctx: Context, ws: ExcelJS.Worksheet, sheetName: string, rows: string, where: string): void {
  const m = /^\$?([0-9]+):\$?([0-9]+)$/.exec(rows.trim());
  if (!m) throw new XlsxPlanError(`Hàng tiêu đề in không hợp lệ / invalid print title rows "${rows}" (${where})`);
  ctx.names.push({ name: '_xlnm.Print_Titles', text: `${quoteSheetName(sheetName)}!$${m[1]}:$${m[2]}`, scopeSheet: ws });
}

function outline(ws: ExcelJS.Worksheet, groups: readonly { readonly from: number; readonly to: number }[]): void {
  let max = 0;
  for (const g of groups) {
    for (let r = Math.min(g.from, g.to); r <= Math.max(g.from, g.to); r++) {
      const row = ws.getRow(r);
      row.getCell(1); // ExcelJS does not write a row without cells, and its outline level with it
      row.outlineLevel = Math.min(7, (row.outlineLevel || 0) + 1);
      max = Math.max(max, row.outlineLevel);
    }
  }
  if (max > 0) {
    ws.properties.outlineLevelRow = max;
    // Summary rows above their groups (a catalogue's heading row sits above its items).
    ws.properties.outlineProperties = { summaryBelow: false, summaryRight: true };
  }
}

async function renderSheet(ctx: Context, sp: SheetPlan, sheetName: string): Promise<ExcelJS.Worksheet> {
  const where = `sheet "${sp.key}"`;
  const ws = ctx.wb.addWorksheet(sheetName);

  const font = ctx.explicitFont;
  sp.columns.forEach((c, i) => {
    const col = ws.getColumn(i + 1);
    col.width = c.width;
    if (font) col.font = { ...font };
    if (c.hidden) col.hidden = true;
    if (c.wrap) col.alignment = { wrapText: true };
  });

  sp.cells.forEach((row, r) => {
    if (!row) return;
    row.forEach((value, c) => {
      if (value === null || value === undefined) return;
      const cell = ws.getCell(r + 1, c + 1);
      const at = `${where}, ${cellRef(r + 1, c + 1)}`;
      cell.value = excelValue(value, at);
      if (isDateCell(value)) cell.numFmt = DEFAULT_DATE_FORMAT;
      if (font && !cell.font?.name) cell.font = { ...font };
    });
  });

  if (sp.table) addTable(ctx, ws, sp.table, where);
  for (const f of sp.formats) forEachCell(ws, box(f.range, where), (cell) => applyFormat(cell, f.format, ctx.baseFont, where));
  for (const range of sp.protection?.unlocked ?? []) {
    forEachCell(ws, box(range, where), (cell) => {
      cell.protection = { ...cell.protection, locked: false };
    });
  }

  const freezeRows = sp.freeze?.rows ?? 0;
  const freezeCols = sp.freeze?.columns ?? 0;
  if (freezeRows > 0 || freezeCols > 0) {
    const topLeftCell = cellRef(freezeRows + 1, freezeCols + 1);
    ws.views = [
      {
        state: 'frozen',
        ...(freezeCols > 0 ? { xSplit: freezeCols } : {}),
        ...(freezeRows > 0 ? { ySplit: freezeRows } : {}),
        topLeftCell,
        activeCell: topLeftCell,
      },
    ];
  }

  for (const v of sp.validations) addValidation(ctx, ws, v, where);
  sp.conditionalFormats.forEach((cf, i) => addConditionalFormat(ws, cf, i + 1, where));
  for (const n of sp.names) addName(ctx, ws, sheetName, n, where);

  if (sp.print) {
    ws.pageSetup.orientation = sp.print.orientation;
    ws.pageSetup.paperSize = 9; // A4
    if (sp.print.fitToWidth) {
      ws.pageSetup.fitToPage = true;
      ws.pageSetup.fitToWidth = 1;
      ws.pageSetup.fitToHeight = 0; // as many pages tall as needed
    }
    if (sp.print.printTitleRows) printTitles(ctx, ws, sheetName, sp.print.printTitleRows, where);
  }

  if (sp.outline && sp.outline.rowGroups.length > 0) outline(ws, sp.outline.rowGroups);

  if (sp.protection) {
    await ws.protect(sp.protection.password ?? '', {
      selectLockedCells: true,
      selectUnlockedCells: true,
      formatColumns: true,
      formatRows: true,
      autoFilter: true,
      formatCells: false,
      insertRows: false,
      insertColumns: false,
      deleteRows: false,
      deleteColumns: false,
      sort: false,
      objects: false,
      scenarios: false,
    });
  }
  return ws;
}

function writeLists(ctx: Context): void {
  if (ctx.lists.length === 0) return;
  const name = uniqueSheetName(LIST_SHEET_NAME, ctx.wb.worksheets.map((w) => w.name));
  const ws = ctx.wb.addWorksheet(name, { state: 'hidden' });
  ctx.lists.forEach((list, i) => {
    list.items.forEach((item, r) => {
      ws.getCell(r + 1, i + 1).value = item;
    });
    const col = columnLetters(i + 1);
    const end = Math.max(1, list.items.length);
    ctx.names.push({ name: list.name, text: `${quoteSheetName(name)}!$${col}$1:$${col}$${end}` });
  });
}

/**
 * ExcelJS derives a row's `collapsed` flag (outline level ≥ the sheet's deepest
 * level) and so marks every visible detail row of the deepest groups collapsed,
 * in new and base sheets alike. A visible row is not collapsed.
 */
function fixCollapsedRows(wb: ExcelJS.Workbook): void {
  for (const ws of wb.worksheets) {
    if (!(ws.properties?.outlineLevelRow > 0)) continue;
    ws.eachRow({ includeEmpty: true }, (row) => {
      if ((row.outlineLevel ?? 0) > 0 && !row.hidden) Object.defineProperty(row, 'collapsed', { configurable: true, value: false });
    });
  }
}

type SheetViewWithTab = Partial<ExcelJS.WorksheetView> & { tabSelected?: boolean };

function activate(wb: ExcelJS.Workbook, target: ExcelJS.Worksheet): void {
  const sheets = wb.worksheets;
  const index = sheets.indexOf(target);
  const current: Partial<ExcelJS.WorkbookView> = wb.views?.[0] ?? {};
  wb.views = [
    {
      x: current.x ?? 0,
      y: current.y ?? 0,
      width: current.width ?? 12000,
      height: current.height ?? 24000,
      visibility: current.visibility ?? 'visible',
      firstSheet: Math.min(current.firstSheet ?? 0, index),
      activeTab: index,
    },
  ];
  // Only one selected tab, or Excel opens with sheets grouped.
  for (const ws of sheets) {
    const views = (ws.views ?? []) as SheetViewWithTab[];
    if (ws === target) {
      ws.views = views.length > 0 ? views.map((v, i) => (i === 0 ? { ...v, tabSelected: true } : v)) : [{ state: 'normal', tabSelected: true } as SheetViewWithTab];
    } else if (views.some((v) => v.tabSelected)) {
      ws.views = views.map((v) => ({ ...v, tabSelected: false }));
    }
  }
}

/** Replaces ExcelJS's own defined names (see the module comment) with ours, when the file is written. */
function installNames(ctx: Context): void {
  const sheets = ctx.wb.worksheets;
  Object.defineProperty(ctx.wb.definedNames, 'model', {
    configurable: true,
    get: () =>
      ctx.names.map((n) => {
        const local = n.scopeSheet !== undefined ? sheets.indexOf(n.scopeSheet) : n.localSheetId;
        return { name: n.name, ranges: [n.text], ...(local !== undefined && local >= 0 ? { localSheetId: local } : {}) };
      }),
    set: () => undefined,
  });
}

const EXCELJS_DEFAULT_FONT: Partial<ExcelJS.Font> = { name: 'Calibri', size: 11, family: 2, scheme: 'minor' };

/** The first <font> of styles.xml (the workbook's default), as far as name, size, family and scheme go. */
function defaultFontOf(stylesXml: string | undefined): Partial<ExcelJS.Font> {
  const fonts = stylesXml ? /<(?:\w+:)?fonts\b[^>]*>([\s\S]*?)<\/(?:\w+:)?fonts>/.exec(stylesXml) : null;
  const first = fonts ? /<(?:\w+:)?font\b[^>]*>([\s\S]*?)<\/(?:\w+:)?font>/.exec(fonts[1] ?? '') : null;
  if (!first) return EXCELJS_DEFAULT_FONT;
  const val = (tag: string): string | undefined => new RegExp(`<(?:\\w+:)?${tag}\\s+val="([^"]*)"`).exec(first[1] ?? '')?.[1];
  const name = val('name');
  const size = Number(val('sz'));
  const family = Number(val('family'));
  const scheme = val('scheme');
  return {
    ...(name ? { name: decodeXmlText(name) } : {}),
    ...(Number.isFinite(size) && size > 0 ? { size } : {}),
    ...(Number.isInteger(family) && family > 0 ? { family } : {}),
    ...(scheme === 'minor' || scheme === 'major' ? { scheme } : {}),
  };
}

async function openWorkbook(options: RenderOptions): Promise<Context> {
  let wb: ExcelJS.Workbook;
  let raw: readonly RawDefinedName[] = [];
  let baseFont = EXCELJS_DEFAULT_FONT;
  if (options.base) {
    const report = await guardXlsx(options.base, options.limits ?? {}, { countValidations: true });
    wb = await loadWorkbook(options.base, []);
    raw = parseWorkbookXml(report.workbookXml).names;
    baseFont = defaultFontOf(await readEntryText(options.base, 'xl/styles.xml'));
    // Print areas and titles are kept verbatim with the other names, so ExcelJS must not write its copies.
    for (const ws of wb.worksheets) {
      delete ws.pageSetup.printArea;
      delete ws.pageSetup.printTitlesRow;
      delete ws.pageSetup.printTitlesColumn;
    }
  } else {
    wb = new ExcelJS.Workbook();
    wb.creator = 'Thi đua';
  }
  wb.calcProperties = { ...wb.calcProperties, fullCalcOnLoad: true };
  const baseNames = new Map<string, RawDefinedName>();
  for (const n of raw) if (n.localSheetId === undefined) baseNames.set(n.name.toLowerCase(), n);
  const nameKeys = new Set(raw.map((n) => n.name.toLowerCase()));
  for (const ws of wb.worksheets) {
    for (const t of ws.getTables() as unknown[]) {
      const model = (t as { table?: { name?: unknown; displayName?: unknown } }).table;
      if (typeof model?.name === 'string') nameKeys.add(model.name.toLowerCase());
      if (typeof model?.displayName === 'string') nameKeys.add(model.displayName.toLowerCase());
    }
  }
  return {
    wb,
    names: raw.map((n) => ({ name: n.name, text: n.text, ...(n.localSheetId !== undefined ? { localSheetId: n.localSheetId } : {}) })),
    baseNames,
    nameKeys,
    keptNames: [],
    sheetScopedNames: [],
    baseFont,
    ...(options.base ? { explicitFont: baseFont } : {}),
    lists: [],
  };
}

function toBytes(out: unknown): Uint8Array {
  if (out instanceof Uint8Array) return new Uint8Array(out.buffer, out.byteOffset, out.byteLength);
  if (out instanceof ArrayBuffer) return new Uint8Array(out);
  throw new Error('ExcelJS returned no bytes');
}

/**
 * Renders every sheet of `plan` into a new .xlsx (or into a copy of `base`).
 * Sheets get unique names; an existing workbook name is kept (unless a
 * NamePlan says "replace") and the plan's name is written scoped to the new
 * sheet instead (`<definedName localSheetId="N">`, reported in
 * `sheetScopedNames`); sheets whose `skipIfNameExists` name the base already
 * has are skipped (their key then maps to the sheet that name points into, if any).
 */
export async function renderPlanToXlsx(plan: WorkbookPlan, options: RenderOptions = {}): Promise<RenderOutput> {
  const ctx = await openWorkbook(options);
  // Plan names are reserved up front so tables never take them.
  for (const sp of plan.sheets) for (const n of sp.names) ctx.nameKeys.add(n.name.toLowerCase());
  const sheetNames: Record<string, string> = {};
  const skippedSheets: string[] = [];
  let toActivate: ExcelJS.Worksheet | undefined;
  for (const sp of plan.sheets) {
    const skipName = sp.skipIfNameExists !== undefined ? ctx.baseNames.get(sp.skipIfNameExists.toLowerCase()) : undefined;
    if (skipName) {
      skippedSheets.push(sp.key);
      const target = splitSheetRef(skipName.text);
      if (target) sheetNames[sp.key] = target.sheet;
      continue;
    }
    const name = uniqueSheetName(
      sp.name,
      ctx.wb.worksheets.map((w) => w.name),
    );
    const ws = await renderSheet(ctx, sp, name);
    sheetNames[sp.key] = name;
    if (sp.activate) toActivate = ws;
  }
  if (ctx.wb.worksheets.length === 0) throw new XlsxPlanError('Sổ tính sẽ không có trang nào / the workbook would have no sheet');
  writeLists(ctx);
  if (toActivate) activate(ctx.wb, toActivate);
  fixCollapsedRows(ctx.wb);
  installNames(ctx);
  const bytes = toBytes(await ctx.wb.xlsx.writeBuffer());
  return { bytes, result: { sheetNames, keptNames: [...ctx.keptNames], sheetScopedNames: [...ctx.sheetScopedNames], skippedSheets } };
}
