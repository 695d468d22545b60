/**
 * The cluster tally (Tổng hợp cụm): the cluster leader gathers the members'
 * scoring workbooks, rejects what cannot be trusted, recomputes every total
 * with the reference engine over each file's inputs (the values saved in a
 * file are never trusted), and ranks the members.
 *
 * A file is rejected when:
 * - it could not be read (the caller passes an Error),
 * - it has no scoring sheet (not a scoring workbook),
 * - its criterion codes are not the template's (an older or different
 *   template version: at least {@link TEMPLATE_MISMATCH_MIN} codes missing or
 *   unknown),
 * - its formulas or maxima were altered (audit findings FORMULA_CHANGED,
 *   FORMULA_REPLACED_BY_VALUE, MAX_CHANGED, or a few template rows deleted).
 * Other audit errors (a score above its maximum, a saved total that disagrees)
 * do not reject a file: the reference engine's totals are used anyway and the
 * count is reported in `auditErrors`.
 *
 * Ranks: members are ranked on the chosen total (self-assessed or assessed),
 * highest first; equal totals share a rank and the next rank skips (1, 1, 3),
 * exactly as `COUNTIF(range,">"&x)+1` ranks them on the tally sheet. Totals are
 * kept to 15 significant digits, the precision a spreadsheet compares at.
 */
import { auditRead } from '../audit/audit';
import type { AuditFinding, AuditFindingCode } from '../audit/findings';
import { readScoringSheet, scoringTotalsFromSheet } from '../audit/read';
import type { CriteriaTree } from '../scoring/criteria';
import type { WorkbookGrid } from '../sheet';
import { caseKey, normalizeText } from '../text/normalize';

export type TallyBy = 'self' | 'assessed';

export interface TallyOptions {
  /** Which total ranks the members: the self-assessed one or the assessed one. */
  readonly by: TallyBy;
}

export interface TallyInputFile {
  /** The file's name as the user knows it (shown back in the result). */
  readonly file: string;
  /** The workbook read from it, or the Error that reading it raised. */
  readonly workbook: WorkbookGrid | Error;
}

export interface TallyMember {
  /** The unit written on the scoring sheet (name DonVi); the file name when that cell is empty. */
  readonly unit: string;
  readonly file: string;
  /** Grand totals (14 items capped, plus the bonus) from the reference engine. */
  readonly selfTotal: number;
  readonly assessedTotal: number;
  /** Counted score of each top-level item (tree.topLevel order), by the chosen column. */
  readonly items: readonly number[];
  /** Counted bonus (Điểm thưởng), by the chosen column. */
  readonly bonus: number;
  /** Counted score of every non-info criterion by code, by the chosen column. */
  readonly counted: Readonly<Record<string, number>>;
  /** 1 + the number of members with a strictly higher chosen total. */
  readonly rank: number;
  /** Audit findings of severity error that did not reject the file (e.g. a score above its maximum). */
  readonly auditErrors: number;
}

export type TallyRejectionKind = 'unreadable' | 'not-scoring' | 'template-mismatch' | 'tampered';

export interface TallyRejected {
  readonly file: string;
  readonly kind: TallyRejectionKind;
  /** Vietnamese first, then " / " and English. */
  readonly reason: string;
}

export interface TallyReplaced {
  readonly unit: string;
  /** The later file, now in the tally. */
  readonly file: string;
  /** The earlier file of the same unit, dropped. */
  readonly previousFile: string;
  /** Vietnamese first, then " / " and English. */
  readonly note: string;
}

export interface TallyCriterion {
  readonly code: string;
  readonly text: string;
  /** 0 for the top-level items. */
  readonly depth: number;
}

export interface TallyResult {
  readonly by: TallyBy;
  /** Codes of the top-level items, the order of {@link TallyMember.items}. */
  readonly itemCodes: readonly string[];
  /** The cap of the items' sum (2250); the chosen total = MIN(sum of items, totalMax) + bonus. */
  readonly totalMax: number;
  /** The template's non-info criteria in tree order (rows of the criteria matrix); text = first line. */
  readonly criteria: readonly TallyCriterion[];
  /** Sorted by rank; equal ranks keep the order of the files. */
  readonly members: readonly TallyMember[];
  readonly rejected: readonly TallyRejected[];
  readonly replaced: readonly TallyReplaced[];
}

/** A file with at least this many template codes missing plus unknown codes is another template version. */
export const TEMPLATE_MISMATCH_MIN = 3;

/** Findings that mean the sheet's scoring was altered: such a file is not tallied. */
export const TAMPER_CODES: readonly AuditFindingCode[] = ['FORMULA_CHANGED', 'FORMULA_REPLACED_BY_VALUE', 'MAX_CHANGED', 'ROW_MISSING'];

/** How many cells a rejection reason lists before "…". */
const LIST_MAX = 5;

function bi(vi: string, en: string): string {
  return `${vi} / ${en}`;
}

function listed(items: readonly string[]): string {
  const shown = items.slice(0, LIST_MAX).join(', ');
  return items.length > LIST_MAX ? `${shown}, …` : shown;
}

export const TALLY_MESSAGES = {
  unreadable: (message: string): string => bi(`Không đọc được tệp (${message})`, 'Unreadable file'),
  notScoring: (): string =>
    bi(
      'Không phải sổ chấm điểm thi đua: không có trang "Chấm điểm" (dòng tiêu đề Mã, Tiêu chí, …, Ghi chú)',
      'Not a scoring workbook: no "Chấm điểm" sheet with the scoring header',
    ),
  templateMismatch: (missing: readonly string[], unknown: readonly string[]): string =>
    bi(
      `Bảng chấm điểm theo mẫu khác hoặc phiên bản cũ: thiếu ${missing.length} mã tiêu chí của mẫu${missing.length > 0 ? ` (${listed(missing)})` : ''}, có ${unknown.length} mã lạ${unknown.length > 0 ? ` (${listed(unknown)})` : ''}`,
      `A different or older template version: ${missing.length} template codes missing, ${unknown.length} unknown codes`,
    ),
  tampered: (cells: readonly string[]): string =>
    bi(
      `Bảng chấm điểm đã bị sửa công thức, điểm tối đa hoặc xóa dòng tiêu chí (${cells.length} ô: ${listed(cells)}) nên không được tổng hợp`,
      `The scoring sheet's formulas, maxima or criterion rows were altered (${cells.length} cells), so it is not tallied`,
    ),
  replaced: (unit: string, file: string, previousFile: string): string =>
    bi(
      `Đơn vị "${unit}" có hai tệp: dùng tệp ${file} thay cho tệp ${previousFile} nhập trước`,
      `Unit "${unit}" has two files: ${file} replaces the earlier ${previousFile}`,
    ),
} as const;

/** A number as a spreadsheet compares it (15 significant digits). */
export function spreadsheetNumber(n: number): number {
  return Number(n.toPrecision(15));
}

/** Ranks with ties shared: 1 + how many values are strictly greater ([10, 10, 5] → [1, 1, 3]). */
export function competitionRanks(values: readonly number[]): number[] {
  return values.map((v) => 1 + values.filter((w) => w > v).length);
}

type Checked =
  | { readonly ok: true; readonly member: Omit<TallyMember, 'rank'> }
  | { readonly ok: false; readonly rejected: TallyRejected };

function reject(file: string, kind: TallyRejectionKind, reason: string): Checked {
  return { ok: false, rejected: { file, kind, reason } };
}

function checkFile(input: TallyInputFile, tree: CriteriaTree, by: TallyBy): Checked {
  const { file, workbook } = input;
  if (workbook instanceof Error) return reject(file, 'unreadable', TALLY_MESSAGES.unreadable(normalizeText(workbook.message)));
  const read = readScoringSheet(workbook);
  if (read === null) return reject(file, 'not-scoring', TALLY_MESSAGES.notScoring());
  const report = auditRead(read, tree);
  const findings: readonly AuditFinding[] = report.findings;

  const missing = findings.filter((f) => f.code === 'ROW_MISSING' && f.criterion !== null).map((f) => f.criterion as string);
  const unknown = findings.filter((f) => f.code === 'ROW_ADDED' && f.criterion === null).map((f) => String(f.actual));
  if (missing.length + unknown.length >= TEMPLATE_MISMATCH_MIN) {
    return reject(file, 'template-mismatch', TALLY_MESSAGES.templateMismatch(missing, unknown));
  }
  const tampered = findings.filter((f) => TAMPER_CODES.includes(f.code));
  if (tampered.length > 0) {
    return reject(file, 'tampered', TALLY_MESSAGES.tampered(tampered.map((f) => f.cell || (f.criterion ?? '?'))));
  }

  const { reference } = scoringTotalsFromSheet(read, tree);
  const side = by === 'self' ? 'selfCounted' : 'assessedCounted';
  const counted: Record<string, number> = {};
  for (const c of tree.items) {
    const v = reference.items[c.code]?.[side];
    if (c.role !== 'info' && v !== undefined && v !== null) counted[c.code] = spreadsheetNumber(v);
  }
  return {
    ok: true,
    member: {
      unit: read.unit.value === '' ? file : read.unit.value,
      file,
      selfTotal: spreadsheetNumber(reference.selfTotal),
      assessedTotal: spreadsheetNumber(reference.assessedTotal),
      items: tree.topLevel.map((c) => counted[c.code] ?? 0),
      bonus: tree.bonus === null ? 0 : (counted[tree.bonus.code] ?? 0),
      counted,
      auditErrors: findings.filter((f) => f.severity === 'error').length,
    },
  };
}

/** Tallies the members' scoring workbooks, in the order given (a later file of the same unit replaces the earlier). */
export function tallyMembers(files: readonly TallyInputFile[], tree: CriteriaTree, options: TallyOptions): TallyResult {
  const rejected: TallyRejected[] = [];
  const replaced: TallyReplaced[] = [];
  const kept: Omit<TallyMember, 'rank'>[] = [];
  const slotOf = new Map<string, number>();
  for (const input of files) {
    const checked = checkFile(input, tree, options.by);
    if (!checked.ok) {
      rejected.push(checked.rejected);
      continue;
    }
    const m = checked.member;
    const key = caseKey(m.unit);
    const slot = slotOf.get(key);
    if (slot === undefined) {
      slotOf.set(key, kept.length);
      kept.push(m);
    } else {
      const previousFile = (kept[slot] as Omit<TallyMember, 'rank'>).file;
      replaced.push({ unit: m.unit, file: m.file, previousFile, note: TALLY_MESSAGES.replaced(m.unit, m.file, previousFile) });
      kept[slot] = m;
    }
  }
  const chosen = kept.map((m) => (options.by === 'self' ? m.selfTotal : m.assessedTotal));
  const ranks = competitionRanks(chosen);
  const members = kept
    .map((m, i) => ({ m: { ...m, rank: ranks[i] as number }, i }))
    .sort((a, b) => a.m.rank - b.m.rank || a.i - b.i)
    .map((x) => x.m);
  const criteria = tree.items
    .filter((c) => c.role !== 'info')
    .map((c) => ({ code: c.code, text: normalizeText(c.text.split('\n')[0] ?? ''), depth: c.depth }));
  return { by: options.by, itemCodes: tree.topLevel.map((c) => c.code), totalMax: tree.template.totalMax, criteria, members, rejected, replaced };
}
