/**
 * Worksheet-level changes to the workbook: add, rename, move, hide, delete.
 * Renaming and deleting rewrite every formula that names the sheet (cells,
 * defined names, validations, conditional formats), as Excel does.
 */
import { officeError } from './errors';
import { deleteSheetInFormula, renameSheetInFormula } from './formulas';
import { type SheetState, type ValidationRuleState, type WorkbookState, checkSheetName, findSheet, newSheet, sameName } from './state';

function rewriteFormulas(wb: WorkbookState, rewrite: (formula: string) => string): void {
  for (const sheet of wb.sheets) {
    for (const cell of sheet.cells.values()) {
      if (cell.formula !== undefined) {
        const next = rewrite(cell.formula);
        if (next !== cell.formula) {
          cell.formula = next;
          delete cell.calcPass;
        }
      }
    }
    for (const cf of sheet.conditionalFormats) cf.formula = cf.formula === '' ? '' : rewrite(cf.formula);
    for (const v of sheet.validations) v.rule = v.rule === null ? null : rewriteRule(v.rule, rewrite);
  }
  for (const name of wb.names) name.formula = rewrite(name.formula);
  wb.dirty = true;
}

function rewriteRule(rule: ValidationRuleState, rewrite: (formula: string) => string): ValidationRuleState {
  const f = (s: string): string => (s.startsWith('=') ? rewrite(s) : s);
  switch (rule.type) {
    case 'List':
      return { ...rule, source: f(rule.source) };
    case 'Custom':
      return { ...rule, formula: f(rule.formula) };
    default:
      return { ...rule, formula1: f(rule.formula1), ...(rule.formula2 === undefined ? {} : { formula2: f(rule.formula2) }) };
  }
}

/** Adds a sheet at the end ("SheetN" when no name is given). */
export function addSheet(wb: WorkbookState, name?: unknown): SheetState {
  let n = name;
  if (n === undefined || n === null) {
    let i = wb.sheets.length + 1;
    while (findSheet(wb, `Sheet${i}`) !== undefined) i++;
    n = `Sheet${i}`;
  }
  const checked = checkSheetName(n);
  if (wb.sheets.some((s) => sameName(s.name, checked))) throw officeError('ItemAlreadyExists', `a worksheet named '${checked}' already exists`);
  const sheet = newSheet(wb, checked);
  wb.sheets.push(sheet);
  // Formulas naming this sheet stop being #REF!.
  wb.dirty = true;
  return sheet;
}

export function renameSheet(wb: WorkbookState, sheet: SheetState, name: unknown): void {
  const checked = checkSheetName(name);
  if (wb.sheets.some((s) => s !== sheet && sameName(s.name, checked))) throw officeError('ItemAlreadyExists', `a worksheet named '${checked}' already exists`);
  const old = sheet.name;
  if (old === checked) return;
  sheet.name = checked;
  rewriteFormulas(wb, (f) => renameSheetInFormula(f, old, checked));
}

export function moveSheet(wb: WorkbookState, sheet: SheetState, position: unknown): void {
  if (typeof position !== 'number' || !Number.isInteger(position) || position < 0 || position >= wb.sheets.length) {
    throw officeError('InvalidArgument', `position must be an integer from 0 to ${wb.sheets.length - 1}`);
  }
  wb.sheets = wb.sheets.filter((s) => s !== sheet);
  wb.sheets.splice(position, 0, sheet);
}

function visibleSheets(wb: WorkbookState): SheetState[] {
  return wb.sheets.filter((s) => s.visibility === 'Visible');
}

/** After the active sheet goes away or is hidden: the next visible sheet (or the previous one). */
function activateNeighbour(wb: WorkbookState, index: number): void {
  const after = wb.sheets.slice(index).find((s) => s.visibility === 'Visible');
  const before = [...wb.sheets.slice(0, index)].reverse().find((s) => s.visibility === 'Visible');
  const next = after ?? before;
  if (next !== undefined) wb.activeSheetId = next.id;
}

export function setVisibility(wb: WorkbookState, sheet: SheetState, visibility: unknown): void {
  const v = ['Visible', 'Hidden', 'VeryHidden'].find((x) => typeof visibility === 'string' && x.toLowerCase() === visibility.toLowerCase());
  if (v === undefined) throw officeError('InvalidArgument', `'${String(visibility)}' is not a SheetVisibility`);
  if (v !== 'Visible' && sheet.visibility === 'Visible' && visibleSheets(wb).length === 1) {
    throw officeError('InvalidOperation', 'a workbook must keep at least one visible worksheet');
  }
  sheet.visibility = v as SheetState['visibility'];
  if (v !== 'Visible' && wb.activeSheetId === sheet.id) activateNeighbour(wb, wb.sheets.indexOf(sheet) + 1);
}

export function deleteSheet(wb: WorkbookState, sheet: SheetState): void {
  if (sheet.visibility === 'Visible' && visibleSheets(wb).length === 1) {
    throw officeError('InvalidOperation', 'a workbook must keep at least one visible worksheet');
  }
  const index = wb.sheets.indexOf(sheet);
  wb.sheets = wb.sheets.filter((s) => s !== sheet);
  wb.tables = wb.tables.filter((t) => t.sheetId !== sheet.id);
  wb.names = wb.names.filter((n) => n.sheetId !== sheet.id);
  rewriteFormulas(wb, (f) => deleteSheetInFormula(f, sheet.name));
  if (wb.activeSheetId === sheet.id) activateNeighbour(wb, index);
}

export function activateSheet(wb: WorkbookState, sheet: SheetState): void {
  if (sheet.visibility !== 'Visible') throw officeError('InvalidOperation', `worksheet '${sheet.name}' is hidden`);
  wb.activeSheetId = sheet.id;
}
