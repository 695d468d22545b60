/**
 * What the pane asks of the workbook, as plain async functions. Components get
 * an `ExcelApi` through props and never name Excel or Office; tests and the
 * playground may pass another implementation.
 *
 * `officeExcelApi` binds it to the Office.js adapter in src/office. Each
 * function loads its adapter module on first use (a dynamic import), so the
 * pane's first paint does not wait for the validation and rendering code.
 */
import { takeLastCommandMessage } from '../office/commands';
import type { RenderResult } from '../plan/types';

export type { RenderResult };

export type Severity = 'error' | 'warning' | 'info';

/** A catalogue finding, as src/core/catalogue reports it. */
export interface PaneFinding {
  readonly cell: string;
  readonly row: number;
  readonly field: string;
  readonly code: string;
  readonly severity: Severity;
  /** Vietnamese / English. */
  readonly message: string;
  readonly fix: { readonly value: string; readonly description: string } | null;
  /** The cell's text as it was validated; a quick fix is written only if the cell still reads this. */
  readonly text?: string;
}

export interface CatalogueCheck {
  readonly sheet: string;
  readonly rows: number;
  readonly findings: readonly PaneFinding[];
  readonly marked: number;
  readonly notes: boolean;
  /** The sheet is protected: findings are listed, no cell was marked. */
  readonly protectedSheet: boolean;
}

export interface CatalogueInsertOptions {
  readonly planYear?: number | null;
  readonly issueDate?: string | null;
}

export interface ScoringInsertOptions {
  /** Protect the sheet with this password (default: protected without one). */
  readonly password?: string;
}

/** One top-level item of the scoring sheet with its counted totals. */
export interface ScoringItemTotal {
  readonly code: string;
  readonly text: string;
  readonly max: number | null;
  readonly self: number;
  readonly assessed: number;
}

export interface ScoringSummary {
  readonly sheet: string;
  readonly unit: string;
  readonly items: readonly ScoringItemTotal[];
  /** Criteria that take an input and have one (self-assessed column). */
  readonly filled: number;
  /** Criteria that take an input. */
  readonly inputs: number;
  readonly selfTotal: number;
  readonly assessedTotal: number;
  /** Vietnamese / English. */
  readonly warnings: readonly string[];
}

/** A cell's content in an audit finding: formulas as "=…", null for empty. */
export type AuditValue = string | number | boolean | null;

export interface AuditFinding {
  /** "" when there is no cell to point at. */
  readonly cell: string;
  readonly code: string;
  readonly severity: Severity;
  readonly message: string;
  readonly expected: AuditValue;
  readonly actual: AuditValue;
}

export interface AuditResult {
  /** No finding of severity error. */
  readonly ok: boolean;
  /** The audited sheet, or null when no scoring sheet was found. */
  readonly sheet: string | null;
  readonly findings: readonly AuditFinding[];
}

export interface TallyFile {
  readonly name: string;
  readonly bytes: ArrayBuffer;
}

export interface TallyOptions {
  /** Cluster name, e.g. "Cụm 2". */
  readonly cluster: string;
  readonly by: 'self' | 'assessed';
  /** Replace the workbook's existing tally sheets (the user ticked it: proposals typed there are lost). */
  readonly replaceExisting?: boolean;
}

export interface TallyMember {
  readonly unit: string;
  readonly file: string;
  readonly selfTotal: number;
  readonly assessedTotal: number;
  readonly rank: number;
  readonly auditErrors: number;
}

export interface TallyResult {
  readonly members: readonly TallyMember[];
  readonly rejected: readonly { readonly file: string; readonly reason: string }[];
  /** Members imported again: the newer file replaced the row (Vietnamese / English note). */
  readonly replaced: readonly { readonly unit: string; readonly file: string; readonly note: string }[];
  /** The sheets written into the workbook (none when no member could be tallied). */
  readonly sheetNames: readonly string[];
  /** Existing tally sheets deleted first (only with replaceExisting). */
  readonly replacedSheets: readonly string[];
}

export interface ExcelApi {
  insertCatalogue(templateId: string, options: CatalogueInsertOptions): Promise<RenderResult>;
  validateCatalogueInExcel(sheetName?: string): Promise<CatalogueCheck>;
  clearCatalogueMarks(sheetName?: string): Promise<number>;
  /** Writes `newValue` only if the cell still reads `expectedOldText` (else StaleDataError). */
  applyFixInExcel(sheetName: string, cell: string, expectedOldText: string, newValue: string): Promise<void>;
  /** The cell's displayed text, as the validation read it. */
  readCellText(sheetName: string, cell: string): Promise<string>;
  selectCell(sheetName: string, cell: string): Promise<void>;
  insertScoringSheet(options?: ScoringInsertOptions): Promise<RenderResult>;
  readScoringSummary(sheetName?: string): Promise<ScoringSummary>;
  auditScoringSheetInExcel(sheetName?: string): Promise<AuditResult>;
  tallyFiles(files: readonly TallyFile[], options: TallyOptions): Promise<TallyResult>;
  /**
   * Calls `onChange` when data changes in the workbook or another sheet is
   * activated (not debounced); resolves to a function that stops it. On hosts
   * without worksheet events (before ExcelApi 1.7) nothing is watched and the
   * function does nothing.
   */
  watchWorkbook(onChange: () => void): Promise<() => Promise<void>>;
  /** The last ribbon command's message (shown once), or null. */
  takeLastCommandMessage(): string | null;
}

const catalogue = (): Promise<typeof import('../office/catalogue')> => import(/* webpackChunkName: "office-catalogue" */ '../office/catalogue');
const scoring = (): Promise<typeof import('../office/scoring')> => import(/* webpackChunkName: "office-scoring" */ '../office/scoring');
const tally = (): Promise<typeof import('../office/tally')> => import(/* webpackChunkName: "office-tally" */ '../office/tally');
const events = (): Promise<typeof import('../office/events')> => import(/* webpackChunkName: "office-events" */ '../office/events');

export const officeExcelApi: ExcelApi = {
  insertCatalogue: async (templateId, options) => (await catalogue()).insertCatalogue(templateId, options),
  validateCatalogueInExcel: async (sheetName) => (await catalogue()).validateCatalogueInExcel(sheetName),
  clearCatalogueMarks: async (sheetName) => (await catalogue()).clearCatalogueMarks(sheetName),
  applyFixInExcel: async (sheetName, cell, expected, value) => (await catalogue()).applyFixInExcel(sheetName, cell, expected, value),
  readCellText: async (sheetName, cell) => (await catalogue()).readCellText(sheetName, cell),
  selectCell: async (sheetName, cell) => (await catalogue()).selectCell(sheetName, cell),
  insertScoringSheet: async (options) => (await scoring()).insertScoringSheet(options),
  readScoringSummary: async (sheetName) => (await scoring()).readScoringSummary(sheetName),
  auditScoringSheetInExcel: async (sheetName) => (await scoring()).auditScoringSheetInExcel(sheetName),
  tallyFiles: async (files, options) => {
    const { result, render, replacedSheets } = await (await tally()).tallyFilesInExcel(files, options);
    return { ...result, sheetNames: render === null ? [] : Object.values(render.sheetNames), replacedSheets };
  },
  watchWorkbook: async (onChange) => (await events()).watchWorkbook(onChange),
  takeLastCommandMessage,
};
