/** The scoring sheet in Excel: insert (2 syncs). */
import { buildCriteriaTree, type CriteriaTree } from '../core/scoring/criteria';
import { CRITERIA_2020_2021 } from '../core/templates';
import { buildScoringSheetPlan } from '../plan/scoring-sheet';
import type { RenderResult } from '../plan/types';
import { insertPlan } from './catalogue';

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
