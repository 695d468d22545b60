/**
 * The catalogue commands in Excel. Each is one Excel.run with a fixed number of
 * round trips, whatever the number of rows:
 * - insert: 2 syncs (names → write);
 * - validate: 3 syncs (read sheet + names + marks → read named ranges → write marks);
 * - clear marks: 2 syncs; apply a fix: 2 syncs.
 */
import { catalogueContextFromWorkbook, validateCatalogue, type Finding, type ValidationReport } from '../core/catalogue';
import { cellAt, cellText, parseCellAddress, type DefinedName, type SheetGrid, type WorkbookGrid } from '../core/sheet';
import { findTemplate } from '../core/templates';
import { buildCataloguePlan } from '../plan/catalogue-sheet';
import type { RenderResult, WorkbookPlan } from '../plan/types';
import { StaleDataError, UnsupportedHostError } from './errors';
import { loadMarkState, queueClearMarks, queueMarks, NOTE_PREFIX, type Mark, type MarkSeverity } from './marks';
import { gridFromRanges, loadedGrid, loadedNames, loadedRange, queueSheetLoad, sheetOf, type LoadedRange } from './read';
import { hostSupports, type Feature } from './requirements';
import { renderPlan, safeText } from './render';

export function requireFeature(feature: Feature): void {
  const check = hostSupports(feature);
  if (!check.ok) throw new UnsupportedHostError(check.message);
}

/** Renders any workbook plan (used by every "insert" command). */
export async function insertPlan(plan: WorkbookPlan, feature: Feature = 'insertTemplate'): Promise<RenderResult> {
  requireFeature(feature);
  return Excel.run((context) => renderPlan(context, plan));
}

export async function insertCatalogue(templateId: string, options: { planYear?: number | null; issueDate?: string | null } = {}): Promise<RenderResult> {
  const template = findTemplate(templateId);
  if (template === undefined || template.kind !== 'catalogue') throw new Error(`Không có mẫu danh mục / no catalogue template "${templateId}"`);
  return insertPlan(buildCataloguePlan(template, options));
}

const WANTED_NAMES = ['DanhMucDonVi', 'NamKeHoach', 'NgayBanHanh'] as const;

/** A finding with the cell's text as it was validated (the expected old text of a quick fix). */
export type CheckedFinding = Finding & { readonly text: string };

export interface CatalogueValidation extends Omit<ValidationReport, 'findings'> {
  readonly findings: readonly CheckedFinding[];
  /** Cells marked in the sheet (capped; every finding is in `findings`). */
  readonly marked: number;
  readonly notes: boolean;
  /** The sheet is protected: findings are listed but no cell was marked. */
  readonly protectedSheet: boolean;
}

const SEVERITY_RANK: Record<MarkSeverity, number> = { error: 0, warning: 1, info: 2 };

/** One mark per cell: the worst severity, all messages in the note. */
export function marksFromFindings(findings: readonly Finding[]): Mark[] {
  const byCell = new Map<string, { severity: MarkSeverity; lines: string[] }>();
  for (const f of findings) {
    const m = byCell.get(f.cell) ?? { severity: f.severity, lines: [] };
    if (SEVERITY_RANK[f.severity] < SEVERITY_RANK[m.severity]) m.severity = f.severity;
    m.lines.push(`[${f.code}] ${f.message}${f.fix ? ` → ${f.fix.value}` : ''}`);
    byCell.set(f.cell, m);
  }
  return [...byCell].map(([cell, m]) => ({ cell, severity: m.severity, text: m.lines.join('\n') }));
}

/** Validates the catalogue on the active (or named) sheet and marks findings on its cells. */
export async function validateCatalogueInExcel(sheetName?: string): Promise<CatalogueValidation> {
  requireFeature('validateCatalogue');
  const withNotes = hostSupports('notes').ok;
  return Excel.run(async (context) => {
    // 1: the sheet's values and formulas, the workbook's and the sheet's names, our earlier marks.
    const load = queueSheetLoad(context, sheetName);
    const sheet = load.sheet;
    sheet.protection.load('protected');
    const marks = loadMarkState(sheet);
    await context.sync();

    // 2: the ranges our names point to (unit list with its alias column, plan year, issue date),
    //    and where the users' own notes are.
    const nameRanges: { name: string; sheet: string; range: Excel.Range }[] = [];
    const definedNames: DefinedName[] = [];
    for (const { item, name } of loadedNames(load)) {
      if (!(WANTED_NAMES as readonly string[]).includes(name.name)) continue;
      definedNames.push(name);
      const range = item.getRange();
      const wide = name.name === 'DanhMucDonVi' ? range.getResizedRange(0, 1) : range;
      wide.load('values, formulas, rowIndex, columnIndex');
      nameRanges.push({ name: name.name, sheet: name.sheet as string, range: wide });
    }
    const userNotes = (marks.notes?.items ?? []).filter((n) => !n.content.startsWith(NOTE_PREFIX)).map((n) => {
      const loc = n.getLocation();
      loc.load('address');
      return loc;
    });
    await context.sync();

    const grid: SheetGrid = loadedGrid(load);
    const others = new Map<string, LoadedRange[]>();
    for (const nr of nameRanges) {
      if (nr.sheet === sheet.name) continue;
      others.set(nr.sheet, [...(others.get(nr.sheet) ?? []), loadedRange(nr.range, false)]);
    }
    const workbook: WorkbookGrid = {
      sheets: [grid, ...[...others].map(([name, ranges]) => gridFromRanges(name, ranges))],
      names: definedNames,
    };
    const report = validateCatalogue(grid, catalogueContextFromWorkbook(workbook, sheet.name));

    // 3: replace our marks (a protected sheet cannot take them: the findings are still returned).
    const protectedSheet = sheet.protection.protected;
    let marked = 0;
    if (!protectedSheet) {
      queueClearMarks(marks);
      const occupied = new Set(userNotes.map((r) => r.address.split('!').pop() as string));
      marked = queueMarks(sheet, marksFromFindings(report.findings), occupied, withNotes);
      await context.sync();
    }
    const findings = report.findings.map((f) => {
      const at = parseCellAddress(f.cell);
      return { ...f, text: at === null ? '' : cellText(cellAt(grid, at.row, at.column)) };
    });
    return { ...report, findings, marked, notes: withNotes, protectedSheet };
  });
}

/** Removes exactly the marks validation added (its conditional formats and notes). */
export async function clearCatalogueMarks(sheetName?: string): Promise<number> {
  requireFeature('validateCatalogue');
  return Excel.run(async (context) => {
    const sheet = sheetOf(context, sheetName);
    sheet.protection.load('protected');
    const marks = loadMarkState(sheet);
    await context.sync();
    if (sheet.protection.protected) return 0;
    const n = queueClearMarks(marks);
    await context.sync();
    return n;
  });
}

/**
 * Applies a quick fix the user accepted: writes `value` into `cell` only if the
 * cell still holds `expected` (what was validated); otherwise nothing is written.
 */
export async function applyFixInExcel(sheetName: string, cell: string, expected: string, value: string): Promise<void> {
  await Excel.run(async (context) => {
    const range = context.workbook.worksheets.getItem(sheetName).getRange(cell);
    range.load('values, formulas');
    await context.sync();
    const current = range.values[0]?.[0];
    if (String(current ?? '') !== expected || String(range.formulas[0]?.[0] ?? '').startsWith('=')) {
      throw new StaleDataError(`Ô ${cell} đã thay đổi từ lúc kiểm tra; hãy kiểm tra lại. / Cell ${cell} changed since the check; validate again.`);
    }
    range.values = [[safeText(value)]];
    await context.sync();
  });
}

/** Selects a cell (from a finding) so the user sees it. */
export async function selectCell(sheetName: string, cell: string): Promise<void> {
  await Excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem(sheetName);
    sheet.activate();
    sheet.getRange(cell).select();
    await context.sync();
  });
}

/** The cell's text as validation read it (used as the expected old text of a quick fix). */
export async function readCellText(sheetName: string, cell: string): Promise<string> {
  return Excel.run(async (context) => {
    const range = context.workbook.worksheets.getItem(sheetName).getRange(cell);
    range.load('values');
    await context.sync();
    return String(range.values[0]?.[0] ?? '');
  });
}
