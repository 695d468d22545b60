/**
 * Renders a WorkbookPlan into the open workbook with Office.js in a constant
 * number of round trips: one sync to learn the existing sheet, name and table
 * names, one sync to write everything (more only when a write would exceed
 * Excel on the web's 5 MB request limit, in which case values go in row blocks).
 */
import { cellAddress, parseRangeAddress } from '../core/sheet';
import type { CellFormat, PlanCell, RenderResult, SheetPlan, ValidationPlan, WorkbookPlan } from '../plan/types';
import { isDateCell, isFormulaCell } from '../plan/types';
import { hostSupports } from './requirements';

/** Keep each request well below Excel on the web's 5 MB payload limit. */
export const MAX_REQUEST_BYTES = 4_000_000;
/** Points per character of Excel column width (8.43 characters ≈ 48 points). */
const POINTS_PER_CHAR = 5.7;
const FORBIDDEN_SHEET_CHARS = /[[\]:*?/\\]/g;

export function uniqueName(wanted: string, taken: ReadonlySet<string>, maxLength = Infinity): string {
  const lower = new Set([...taken].map((t) => t.toLocaleLowerCase('vi')));
  const base = wanted.slice(0, maxLength);
  if (!lower.has(base.toLocaleLowerCase('vi'))) return base;
  for (let i = 2; ; i++) {
    const suffix = ` (${i})`;
    const candidate = wanted.slice(0, maxLength - suffix.length) + suffix;
    if (!lower.has(candidate.toLocaleLowerCase('vi'))) return candidate;
  }
}

export function uniqueSheetName(wanted: string, taken: ReadonlySet<string>): string {
  return uniqueName(wanted.replace(FORBIDDEN_SHEET_CHARS, ' ').trim() || 'Sheet', taken, 31);
}

function uniqueTableName(wanted: string, taken: ReadonlySet<string>): string {
  const lower = new Set([...taken].map((t) => t.toLowerCase()));
  if (!lower.has(wanted.toLowerCase())) return wanted;
  for (let i = 2; ; i++) if (!lower.has(`${wanted}${i}`.toLowerCase())) return `${wanted}${i}`;
}

/** Excel date serial (1900 system) of an ISO date. */
export function isoToSerial(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return Math.round((Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86_400_000);
}

/**
 * Text that Excel would not keep as text when written through the API — a
 * formula ("=…", "+…", "-…", "@…"), a number ("1.1", a criterion code), a date
 * ("8/2020"), a percent or a boolean — is written with Excel's text prefix "'".
 */
export function safeText(s: string): string {
  const t = s.trim();
  const parsed =
    /^[=+\-@]/.test(s) ||
    /^[-+]?(\d[\d,]*(\.\d*)?|\.\d+)(e[-+]?\d+)?%?$/i.test(t) ||
    /^\d{1,4}[/.-]\d{1,4}([/.-]\d{1,4})?$/.test(t) ||
    /^(true|false)$/i.test(t);
  return parsed ? `'${s}` : s;
}

/** The plan's cells as one rectangular 2-D array for `range.formulas`. */
export function planGrid(sheet: SheetPlan): { rows: number; columns: number; formulas: (string | number | boolean)[][] } {
  const rows = sheet.cells.length;
  const columns = Math.max(1, ...sheet.cells.map((r) => (r ? r.length : 0)));
  const toFormula = (c: PlanCell | undefined): string | number | boolean => {
    if (c === null || c === undefined) return '';
    if (isFormulaCell(c)) return `=${c.formula}`;
    if (isDateCell(c)) return isoToSerial(c.date);
    return typeof c === 'string' ? safeText(c) : c;
  };
  const formulas = Array.from({ length: rows }, (_, r) => Array.from({ length: columns }, (_, c) => toFormula(sheet.cells[r]?.[c])));
  return { rows, columns, formulas };
}

function fill2d<T>(address: string, value: T): T[][] {
  const r = parseRangeAddress(address);
  if (r === null) throw new Error(`Địa chỉ không hợp lệ / invalid address: ${address}`);
  return Array.from({ length: r.bottom - r.top + 1 }, () => Array.from({ length: r.right - r.left + 1 }, () => value));
}

function applyFormat(range: Excel.Range, address: string, f: CellFormat): void {
  if (f.fill !== undefined) range.format.fill.color = f.fill;
  if (f.bold !== undefined) range.format.font.bold = f.bold;
  if (f.italic !== undefined) range.format.font.italic = f.italic;
  if (f.fontColor !== undefined) range.format.font.color = f.fontColor;
  if (f.fontSize !== undefined) range.format.font.size = f.fontSize;
  if (f.wrap !== undefined) range.format.wrapText = f.wrap;
  if (f.horizontal !== undefined) range.format.horizontalAlignment = ({ left: 'Left', center: 'Center', right: 'Right' } as const)[f.horizontal];
  if (f.vertical !== undefined) range.format.verticalAlignment = ({ top: 'Top', center: 'Center', bottom: 'Bottom' } as const)[f.vertical];
  if (f.numberFormat !== undefined) range.numberFormat = fill2d(address, f.numberFormat);
  if (f.locked !== undefined) range.format.protection.locked = f.locked;
  if (f.border) {
    for (const edge of ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight', 'InsideVertical', 'InsideHorizontal'] as const) {
      range.format.borders.getItem(edge).style = 'Continuous';
    }
  }
}

function validationRule(v: ValidationPlan): Excel.DataValidationRule {
  switch (v.rule.kind) {
    case 'list':
      return { list: { inCellDropDown: true, source: 'name' in v.rule.source ? `=${v.rule.source.name}` : v.rule.source.items.join(',') } };
    case 'decimal':
      return { decimal: { formula1: v.rule.min, formula2: v.rule.max, operator: 'Between' } };
    case 'custom':
      return { custom: { formula: `=${v.rule.formula}` } };
  }
}

/** Rough JSON size of a 2-D write, to decide whether it must be split. */
function payloadBytes(rows: readonly (readonly unknown[])[]): number {
  return rows.reduce((n, r) => n + JSON.stringify(r).length * 2, 0);
}

/**
 * Renders `plan`. Never overwrites: sheets get unique names, an existing
 * workbook name is kept (unless the plan says "replace") and the plan's name is
 * added scoped to the new sheet instead, where it wins in that sheet's formulas
 * (Worksheet.names, ExcelApi 1.4 like NamedItemCollection.add); sheets marked `skipIfNameExists` are skipped
 * when the name is already there.
 */
export async function renderPlan(context: Excel.RequestContext, plan: WorkbookPlan): Promise<RenderResult> {
  const workbook = context.workbook;
  workbook.worksheets.load('items/name');
  workbook.names.load('items/name');
  workbook.tables.load('items/name');
  await context.sync();

  const sheetNames = new Set(workbook.worksheets.items.map((s) => s.name));
  const existingNames = new Set(workbook.names.items.map((n) => n.name.toLowerCase()));
  const tableNames = new Set(workbook.tables.items.map((t) => t.name));
  const printLayout = hostSupports('printLayout').ok;
  const rowGroups = hostSupports('rowGroups').ok;

  const result: { sheetNames: Record<string, string>; keptNames: string[]; sheetScopedNames: string[]; skippedSheets: string[] } = {
    sheetNames: {},
    keptNames: [],
    sheetScopedNames: [],
    skippedSheets: [],
  };
  context.application.suspendApiCalculationUntilNextSync();
  let pendingBytes = 0;
  let toActivate: Excel.Worksheet | null = null;

  for (const sp of plan.sheets) {
    if (sp.skipIfNameExists !== undefined && existingNames.has(sp.skipIfNameExists.toLowerCase())) {
      result.skippedSheets.push(sp.name);
      continue;
    }
    const name = uniqueSheetName(sp.name, sheetNames);
    sheetNames.add(name);
    result.sheetNames[sp.key] = name;
    const sheet = workbook.worksheets.add(name);

    // Values and formulas, in row blocks small enough for one request each.
    const grid = planGrid(sp);
    let start = 0;
    while (start < grid.rows) {
      let end = start;
      let bytes = 0;
      while (end < grid.rows && (end === start || bytes + payloadBytes([grid.formulas[end] as unknown[]]) < MAX_REQUEST_BYTES - pendingBytes)) {
        bytes += payloadBytes([grid.formulas[end] as unknown[]]);
        end++;
      }
      if (pendingBytes + bytes > MAX_REQUEST_BYTES) {
        await context.sync();
        pendingBytes = 0;
      }
      sheet.getRangeByIndexes(start, 0, end - start, grid.columns).formulas = grid.formulas.slice(start, end);
      pendingBytes += bytes;
      start = end;
    }

    sp.columns.forEach((col, i) => {
      const column = sheet.getRangeByIndexes(0, i, 1, 1).getEntireColumn();
      column.format.columnWidth = Math.round(col.width * POINTS_PER_CHAR);
      if (col.wrap) column.format.wrapText = true;
      if (col.hidden) column.columnHidden = true;
    });
    for (const f of sp.formats) applyFormat(sheet.getRange(f.range), f.range, f.format);
    if (sp.table !== undefined) {
      const table = sheet.tables.add(sp.table.range, true);
      const tname = uniqueTableName(sp.table.name, tableNames);
      tableNames.add(tname);
      table.name = tname;
      table.style = sp.table.style;
    }
    if (sp.freeze !== undefined) {
      if (sp.freeze.columns > 0) sheet.freezePanes.freezeAt(sheet.getRangeByIndexes(0, 0, sp.freeze.rows, sp.freeze.columns));
      else sheet.freezePanes.freezeRows(sp.freeze.rows);
    }
    for (const v of sp.validations) {
      const dv = sheet.getRange(v.range).dataValidation;
      dv.rule = validationRule(v);
      dv.errorAlert = {
        showAlert: true,
        style: ({ stop: 'Stop', warning: 'Warning', information: 'Information' } as const)[v.style],
        title: v.errorTitle ?? 'Thi đua',
        message: v.errorMessage ?? 'Giá trị không hợp lệ. / Invalid value.',
      };
      if (v.prompt !== undefined) dv.prompt = { showPrompt: true, title: v.errorTitle ?? 'Thi đua', message: v.prompt };
    }
    for (const cf of sp.conditionalFormats) {
      const c = sheet.getRange(cf.range).conditionalFormats.add('Custom');
      c.custom.rule.formula = `=${cf.formula}`;
      if (cf.format.fill !== undefined) c.custom.format.fill.color = cf.format.fill;
      if (cf.format.fontColor !== undefined) c.custom.format.font.color = cf.format.fontColor;
      if (cf.format.bold !== undefined) c.custom.format.font.bold = cf.format.bold;
    }
    for (const n of sp.names) {
      if (existingNames.has(n.name.toLowerCase())) {
        if ((n.ifExists ?? 'keep') === 'keep') {
          // The workbook's name stays; a name local to the new sheet wins over it
          // in this sheet's formulas (Excel's precedence), so they use this sheet.
          sheet.names.add(n.name, sheet.getRange(n.ref), n.comment);
          result.sheetScopedNames.push(n.name);
          continue;
        }
        workbook.names.getItem(n.name).delete();
      }
      workbook.names.add(n.name, sheet.getRange(n.ref), n.comment);
      existingNames.add(n.name.toLowerCase());
    }
    if (sp.print !== undefined && printLayout) {
      sheet.pageLayout.orientation = sp.print.orientation === 'landscape' ? 'Landscape' : 'Portrait';
      sheet.pageLayout.paperSize = 'A4';
      if (sp.print.printTitleRows !== undefined) sheet.pageLayout.setPrintTitleRows(sp.print.printTitleRows);
      if (sp.print.fitToWidth) sheet.pageLayout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
    }
    if (sp.outline !== undefined && rowGroups) {
      for (const g of sp.outline.rowGroups) sheet.getRange(`${g.from}:${g.to}`).group('ByRows');
    }
    if (sp.protection !== undefined) {
      for (const r of sp.protection.unlocked) sheet.getRange(r).format.protection.locked = false;
      sheet.protection.protect(
        { allowFormatColumns: true, allowFormatRows: true, allowAutoFilter: true, allowSort: false, allowInsertRows: false, allowDeleteRows: false },
        sp.protection.password,
      );
    }
    if (sp.activate) toActivate = sheet;
  }
  if (toActivate !== null) {
    toActivate.activate();
    toActivate.getRange(cellAddress(1, 1)).select();
  }
  await context.sync();
  return result;
}
