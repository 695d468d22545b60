/**
 * The cluster tally in Excel: the leader picks members' .xlsx files in the pane;
 * each is read and audited by the same core as the CLI, and the tally sheets
 * are written into the open workbook (2 syncs).
 */
import { tallyMembers, type TallyResult } from '../core/tally';
import type { WorkbookGrid } from '../core/sheet';
import { CLUSTERS_2020_2021 } from '../core/templates';
import { buildTallyPlan } from '../plan/tally-sheet';
import type { RenderResult } from '../plan/types';
import { readXlsx } from '../xlsx';
import { insertPlan } from './catalogue';
import { standardCriteria } from './scoring';

export interface TallyFileInput {
  readonly name: string;
  readonly bytes: ArrayBuffer;
}

export async function tallyFilesInExcel(
  files: readonly TallyFileInput[],
  options: { cluster: string; by: 'self' | 'assessed' },
): Promise<{ result: TallyResult; render: RenderResult | null }> {
  const inputs: { file: string; workbook: WorkbookGrid | Error }[] = [];
  for (const f of files) {
    try {
      inputs.push({ file: f.name, workbook: await readXlsx(new Uint8Array(f.bytes)) });
    } catch (e) {
      inputs.push({ file: f.name, workbook: e instanceof Error ? e : new Error(String(e)) });
    }
  }
  const result = tallyMembers(inputs, standardCriteria(), { by: options.by });
  if (result.members.length === 0) return { result, render: null };
  const cluster = CLUSTERS_2020_2021.find((c) => c.name.toLowerCase() === options.cluster.toLowerCase());
  const render = await insertPlan(buildTallyPlan(result, cluster));
  return { result, render };
}
