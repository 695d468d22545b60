/** The scoring sheet in Excel: insert (2 syncs), live summary and audit (1 sync each). */
import { buildCriteriaTree, type CriteriaTree } from '../core/scoring/criteria';
import { CRITERIA_2020_2021 } from '../core/templates';
import { buildScoringSheetPlan } from '../plan/scoring-sheet';
import type { RenderResult } from '../plan/types';
import { auditRead, auditScoringSheet, readScoringSheet, type AuditReport } from '../core/audit';
import { computeScores } from '../core/scoring/engine';
import type { WorkbookGrid } from '../core/sheet';
import { insertPlan } from './catalogue';
import { UnsupportedHostError } from './errors';
import { loadedGrid, loadedNames, queueSheetLoad } from './read';
import { hostSupports } from './requirements';

let standardTree: CriteriaTree | null = null;
/** The criteria tree of the standard template (built once). */
export function standardCriteria(): CriteriaTree {
  standardTree ??= buildCriteriaTree(CRITERIA_2020_2021);
  return standardTree;
}

export interface InsertScoringOptions {
  /** Protect the sheet with this password (default: protected without a password). */
  readonly password?: string;
}

/** Inserts the scoring sheet "Chấm điểm" (a unique name if taken). */
export async function insertScoringSheet(options: InsertScoringOptions = {}): Promise<RenderResult> {
  return insertPlan(buildScoringSheetPlan(standardCriteria(), options.password === undefined ? {} : { password: options.password }), 'scoringSheet');
}

/** Reads the active (or named) sheet, its own names and the workbook's names as the core's plain grid: 1 sync. */
async function readSheetWorkbook(context: Excel.RequestContext, sheetName?: string): Promise<WorkbookGrid> {
  const load = queueSheetLoad(context, sheetName);
  await context.sync();
  return { sheets: [loadedGrid(load)], names: loadedNames(load).map((n) => n.name) };
}

export interface ScoringSummary {
  readonly sheet: string;
  readonly unit: string;
  readonly items: readonly { code: string; text: string; max: number | null; self: number; assessed: number }[];
  readonly filled: number;
  readonly inputs: number;
  readonly selfTotal: number;
  readonly assessedTotal: number;
  readonly warnings: readonly string[];
}

function notAScoringSheet(): Error {
  return new Error('Trang tính này không phải phiếu chấm điểm (không thấy tiêu đề cột chuẩn). / This sheet is not a scoring sheet (standard headers not found).');
}

/** Totals per item, how many criteria are filled, and warnings, computed by the reference engine: 1 sync. */
export async function readScoringSummary(sheetName?: string): Promise<ScoringSummary> {
  requireScoring();
  return Excel.run(async (context) => {
    const wb = await readSheetWorkbook(context, sheetName);
    const read = readScoringSheet(wb, wb.sheets[0]?.name);
    if (read === null) throw notAScoringSheet();
    const tree = standardCriteria();
    const scores = computeScores(tree, read.inputs);
    const inputRows = tree.items.filter((c) => c.role === 'scored' || c.role === 'bonus');
    const filled = inputRows.filter((c) => {
      const v = read.inputs.self[c.code];
      return v !== null && v !== undefined && v !== '';
    }).length;
    const audit = auditRead(read, tree);
    return {
      sheet: read.sheet,
      unit: read.unit.value,
      items: tree.topLevel.map((c) => {
        const s = scores.items[c.code];
        return { code: c.code, text: c.text, max: s?.max ?? c.max, self: s?.selfCounted ?? 0, assessed: s?.assessedCounted ?? 0 };
      }),
      filled,
      inputs: inputRows.length,
      selfTotal: scores.selfTotal,
      assessedTotal: scores.assessedTotal,
      warnings: audit.findings.filter((f) => f.severity !== 'info').map((f) => `${f.cell}: ${f.message}`),
    };
  });
}

/** Audits the active (or named) scoring sheet against the standard formulas: 1 sync. */
export async function auditScoringSheetInExcel(sheetName?: string): Promise<AuditReport> {
  requireScoring();
  return Excel.run(async (context) => {
    const wb = await readSheetWorkbook(context, sheetName);
    const report = auditScoringSheet(wb, standardCriteria(), wb.sheets[0]?.name);
    if (report.sheet === null) throw notAScoringSheet();
    return report;
  });
}

function requireScoring(): void {
  const check = hostSupports('scoringSheet');
  if (!check.ok) throw new UnsupportedHostError(check.message);
}
