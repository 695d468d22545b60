/**
 * The cluster tally in Excel: the leader picks members' .xlsx files in the pane;
 * each is read and audited by the same core as the CLI, and the tally sheets
 * are written into the open workbook.
 *
 * Re-importing: the pane keeps the files of the session and tallies them all
 * again, so a member's later file replaces its earlier row (the result says
 * which). Existing tally sheets are replaced only when the caller passes
 * `replaceExisting` — the pane asks the leader first, since proposals typed
 * into the old sheet would go with it; otherwise new sheets get unique names.
 */
import { tallyMembers, type TallyResult } from '../core/tally';
import type { WorkbookGrid } from '../core/sheet';
import { CLUSTERS_2020_2021 } from '../core/templates';
import { buildTallyPlan, TALLY_SHEET_NAMES } from '../plan/tally-sheet';
import type { RenderResult } from '../plan/types';
import { readXlsx } from '../xlsx';
import { requireFeature } from './catalogue';
import { renderPlan } from './render';
import { standardCriteria } from './scoring';

export interface TallyFileInput {
  readonly name: string;
  readonly bytes: ArrayBuffer;
}

export interface TallyInExcelOptions {
  /** Cluster name, e.g. "Cụm 2" (leader and deputy come from the Ministry's list). */
  readonly cluster: string;
  readonly by: 'self' | 'assessed';
  /** Delete the workbook's existing tally sheets first (ask the user before passing true). */
  readonly replaceExisting?: boolean;
}

/** Reads and audits the files (no Excel needed). */
export async function tallyFiles(files: readonly TallyFileInput[], by: 'self' | 'assessed'): Promise<TallyResult> {
  const inputs: { file: string; workbook: WorkbookGrid | Error }[] = [];
  for (const f of files) {
    try {
      inputs.push({ file: f.name, workbook: await readXlsx(new Uint8Array(f.bytes)) });
    } catch (e) {
      inputs.push({ file: f.name, workbook: e instanceof Error ? e : new Error(String(e)) });
    }
  }
  return tallyMembers(inputs, standardCriteria(), { by });
}

/** Tallies the files and writes the tally sheets (2 syncs; 3 when replacing existing sheets). */
export async function tallyFilesInExcel(
  files: readonly TallyFileInput[],
  options: TallyInExcelOptions,
): Promise<{ result: TallyResult; render: RenderResult | null; replacedSheets: readonly string[] }> {
  requireFeature('insertTemplate');
  const result = await tallyFiles(files, options.by);
  if (result.members.length === 0) return { result, render: null, replacedSheets: [] };
  const cluster = CLUSTERS_2020_2021.find((c) => c.name.toLowerCase() === options.cluster.trim().toLowerCase());
  const plan = buildTallyPlan(result, cluster);
  return Excel.run(async (context) => {
    const replacedSheets: string[] = [];
    if (options.replaceExisting) {
      const sheets = context.workbook.worksheets;
      sheets.load('items/name');
      await context.sync();
      const ours = new Set<string>(Object.values(TALLY_SHEET_NAMES));
      for (const s of sheets.items) {
        if (ours.has(s.name)) {
          s.delete();
          replacedSheets.push(s.name);
        }
      }
    }
    const render = await renderPlan(context, plan);
    return { result, render, replacedSheets };
  });
}
