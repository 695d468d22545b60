/**
 * Members' scoring workbooks for the tally tests: the scoring plan with inputs
 * written into its cells (as the LibreOffice cross-check does), rendered to
 * .xlsx, optionally altered (a counted formula replaced by a number, criterion
 * codes renamed as another template version would have them).
 */
import { standardCriteriaTree } from '../../../src/core/audit';
import type { ScoreInput, ScoringInputs } from '../../../src/core/scoring/engine';
import { scoringLayout } from '../../../src/core/scoring/layout';
import { buildScoringSheetPlan } from '../../../src/plan/scoring-sheet';
import type { PlanCell, WorkbookPlan } from '../../../src/plan/types';
import { readXlsx, renderPlanToXlsx, type WorkbookData } from '../../../src/xlsx';
import { withCells } from '../../helpers/plan-cells';
import { inputCells } from '../scoring/scoring-fixtures';

export const tree = standardCriteriaTree();
const layout = scoringLayout(tree);

export interface MemberSpec {
  readonly unit: string;
  readonly self?: Readonly<Record<string, ScoreInput>>;
  readonly assessed?: Readonly<Record<string, ScoreInput>>;
  /** Cells overwritten after the inputs ("F6" → 20): tampering. */
  readonly overwrite?: Readonly<Record<string, PlanCell>>;
}

/** The scoring plan filled with a member's inputs. */
export function memberPlan(spec: MemberSpec): WorkbookPlan {
  const inputs: ScoringInputs = { unit: spec.unit, otherLanguage: 'Không', self: spec.self ?? {}, assessed: spec.assessed ?? {} };
  return withCells(buildScoringSheetPlan(tree), [...inputCells(tree, layout, inputs), ...Object.entries(spec.overwrite ?? {})]);
}

export async function memberBytes(spec: MemberSpec): Promise<Uint8Array> {
  return (await renderPlanToXlsx(memberPlan(spec))).bytes;
}

export async function memberWorkbook(spec: MemberSpec): Promise<WorkbookData> {
  return readXlsx(await memberBytes(spec));
}

/** A workbook with one ordinary sheet (not a scoring workbook). */
export async function otherWorkbookBytes(): Promise<Uint8Array> {
  const plan: WorkbookPlan = {
    sheets: [
      {
        key: 'other',
        name: 'Danh sách',
        cells: [['STT', 'Họ và tên'], [1, 'Nguyễn Văn A']],
        columns: [],
        formats: [],
        validations: [],
        conditionalFormats: [],
        names: [],
      },
    ],
  };
  return (await renderPlanToXlsx(plan)).bytes;
}

/** Deterministic junk bytes (not a zip). */
export function junkBytes(length = 512): Uint8Array {
  const out = new Uint8Array(length);
  let x = 20201019;
  for (let i = 0; i < length; i++) {
    x = (x * 1103515245 + 12345) % 2147483648;
    out[i] = x & 0xff;
  }
  return out;
}

/** Column A address of a criterion's row ("A6" for 1.1). */
export function codeCell(code: string): string {
  return layout.cell(code, 'code');
}

export function countedCell(code: string, side: 'self' | 'assessed'): string {
  return layout.cell(code, side === 'self' ? 'selfCounted' : 'assessedCounted');
}

/**
 * The cluster used across the tally tests (by assessed: 100, 90, 90, 25 → ranks
 * 1, 2, 2, 4; by self: 20, 50, 0, 100 → ranks 3, 2, 4, 1).
 */
export const MEMBERS = {
  ninhBinh: { unit: 'Ninh Bình', self: { '1.1': 20 }, assessed: { '1.1': 20, '1.2': 30, '1.3': 50 } },
  thaiBinh: { unit: 'Thái Bình', self: { '1.3': 50 }, assessed: { '1.1': 20, '1.2': 30, '1.3': 40 } },
  namDinh: { unit: 'Nam Định', assessed: { '1.1': 10, '1.2': 30, '1.3': 50 } },
  /** 1.1 = 25 is above its maximum 20 (counts 20): one audit error, still tallied. DT is the bonus. */
  haNam: { unit: 'Hà Nam', self: { DT: 100 }, assessed: { '1.1': 25, '1.2': 5 } },
  /** Its counted 1.1 (column H) is a typed 20 instead of the formula. */
  tampered: { unit: 'Hưng Yên', assessed: { '1.1': 5 }, overwrite: { [countedCell('1.1', 'assessed')]: 20 } },
  /** Three criterion codes renamed, as an older template would number them. */
  oldVersion: {
    unit: 'Thanh Hóa',
    assessed: { '1.1': 20 },
    overwrite: { [codeCell('1.1')]: 'I.1', [codeCell('1.2')]: 'I.2', [codeCell('1.3')]: 'I.3' },
  },
} satisfies Record<string, MemberSpec>;
