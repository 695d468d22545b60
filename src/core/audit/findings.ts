/**
 * What the scoring-sheet audit reports: finding codes, severities, and the
 * message catalogue (Vietnamese first, then " / " and English).
 *
 * Severities (the README copies this table):
 *
 * | Code                      | Severity | When                                                                                                  |
 * |---------------------------|----------|-------------------------------------------------------------------------------------------------------|
 * | SHEET_NOT_FOUND           | error    | no sheet has the scoring header row (Mã, Tiêu chí, … Ghi chú), or the named sheet lacks it            |
 * | FORMULA_CHANGED           | error    | a counted cell (F, H), a total, or a formula maximum (D of 4.2.1/4.2.2) holds another formula         |
 * | FORMULA_REPLACED_BY_VALUE | error    | such a cell holds a typed number/text, or is empty, instead of its formula                           |
 * | ROW_MISSING               | error    | a criterion code of the template (or a total row) is not on the sheet                                |
 * | ROW_ADDED                 | warning  | a code that is not in the template, or a code written twice                                          |
 * | MAX_CHANGED               | error    | column D differs from the template's maximum                                                         |
 * | SCORE_ABOVE_MAX           | error    | an input (E, G) above the row's maximum; for rate rows above 100 (%)                                 |
 * | SCORE_NEGATIVE            | error    | an input below 0                                                                                     |
 * | SCORE_NOT_NUMBER          | warning  | an input on a points or rate row is text or TRUE/FALSE: it counts 0                                  |
 * | SCORE_STATUS_UNKNOWN      | warning  | an input on a status row (7.4, 7.5) is none of its statuses: it counts 0                             |
 * | EVIDENCE_MISSING          | warning  | a row's counted score is above 0 but its "Ghi chú" cell is empty                                     |
 * | TOTAL_MISMATCH            | error    | a counted cell's or total's value saved in the file differs from the reference engine (by > 1e-9)    |
 * | TOTALS_NOT_CHECKED        | info     | the file holds no calculated values (never opened in a spreadsheet), so totals were not compared     |
 */

export type AuditFindingCode =
  | 'SHEET_NOT_FOUND'
  | 'FORMULA_CHANGED'
  | 'FORMULA_REPLACED_BY_VALUE'
  | 'ROW_MISSING'
  | 'ROW_ADDED'
  | 'MAX_CHANGED'
  | 'SCORE_ABOVE_MAX'
  | 'SCORE_NEGATIVE'
  | 'SCORE_NOT_NUMBER'
  | 'SCORE_STATUS_UNKNOWN'
  | 'EVIDENCE_MISSING'
  | 'TOTAL_MISMATCH'
  | 'TOTALS_NOT_CHECKED';

export type AuditSeverity = 'error' | 'warning' | 'info';

export const AUDIT_SEVERITY: Readonly<Record<AuditFindingCode, AuditSeverity>> = {
  SHEET_NOT_FOUND: 'error',
  FORMULA_CHANGED: 'error',
  FORMULA_REPLACED_BY_VALUE: 'error',
  ROW_MISSING: 'error',
  ROW_ADDED: 'warning',
  MAX_CHANGED: 'error',
  SCORE_ABOVE_MAX: 'error',
  SCORE_NEGATIVE: 'error',
  SCORE_NOT_NUMBER: 'warning',
  SCORE_STATUS_UNKNOWN: 'warning',
  EVIDENCE_MISSING: 'warning',
  TOTAL_MISMATCH: 'error',
  TOTALS_NOT_CHECKED: 'info',
};

export const AUDIT_FINDING_CODES: readonly AuditFindingCode[] = Object.keys(AUDIT_SEVERITY) as AuditFindingCode[];

/** A cell's content in a finding: formulas as "=…", values as they are, null for empty. */
export type AuditValue = string | number | boolean | null;

export interface AuditFinding {
  /** A1 address on the audited sheet ("F12"); "" when there is no cell to point at. */
  readonly cell: string;
  readonly code: AuditFindingCode;
  readonly severity: AuditSeverity;
  /** Vietnamese first, then " / " and English. */
  readonly message: string;
  /** The criterion code of the row ("1.2"), "TOTAL14"/"TOTAL" for the total rows, or null. */
  readonly criterion: string | null;
  readonly expected: AuditValue;
  readonly actual: AuditValue;
}

export interface AuditReport {
  /** No finding of severity error. */
  readonly ok: boolean;
  /** The audited sheet, or null when no scoring sheet was found (then the only finding is SHEET_NOT_FOUND). */
  readonly sheet: string | null;
  readonly findings: readonly AuditFinding[];
}

const bi = (vi: string, en: string): string => `${vi} / ${en}`;
const q = (s: string): string => `“${s}”`;

/** What a cell's content looks like in a message. */
export function describeValue(v: AuditValue): string {
  if (v === null) return '(trống / empty)';
  if (typeof v === 'string') return q(v);
  return String(v);
}

/** Column roles as the user knows them (header texts). */
const WHAT = {
  selfCounted: { vi: 'điểm tự chấm được tính', en: 'counted self-assessed score' },
  assessedCounted: { vi: 'điểm đánh giá được tính', en: 'counted assessed score' },
  max: { vi: 'điểm tối đa', en: 'maximum' },
  self: { vi: 'điểm tự chấm', en: 'self-assessed score' },
  assessed: { vi: 'điểm đánh giá', en: 'assessed score' },
} as const;

export type AuditColumnRole = keyof typeof WHAT;

function rowLabel(criterion: string): { vi: string; en: string } {
  if (criterion === 'TOTAL14') return { vi: 'dòng tổng điểm các nhiệm vụ', en: 'the items total row' };
  if (criterion === 'TOTAL') return { vi: 'dòng tổng điểm (kể cả điểm thưởng)', en: 'the grand total row' };
  return { vi: `tiêu chí ${criterion}`, en: `criterion ${criterion}` };
}

export const AUDIT_MESSAGES = {
  sheetNotFound: (sheetName: string | undefined): string =>
    sheetName === undefined
      ? bi(
          'Không tìm thấy bảng chấm điểm: không trang tính nào có dòng tiêu đề Mã, Tiêu chí, Minh chứng, Điểm tối đa, …, Ghi chú',
          'No scoring sheet found: no sheet has the header row Mã, Tiêu chí, Minh chứng, Điểm tối đa, …, Ghi chú',
        )
      : bi(
          `Trang tính ${q(sheetName)} không có hoặc không có dòng tiêu đề của bảng chấm điểm`,
          `Sheet ${q(sheetName)} does not exist or has no scoring header row`,
        ),
  formulaChanged: (criterion: string, role: AuditColumnRole): string => {
    const r = rowLabel(criterion);
    return bi(
      `Công thức ${WHAT[role].vi} của ${r.vi} đã bị sửa, khác công thức của mẫu`,
      `The ${WHAT[role].en} formula of ${r.en} was changed from the template's`,
    );
  },
  formulaReplaced: (criterion: string, role: AuditColumnRole, actual: AuditValue): string => {
    const r = rowLabel(criterion);
    return actual === null
      ? bi(`Ô ${WHAT[role].vi} của ${r.vi} bị xóa mất công thức`, `The ${WHAT[role].en} formula of ${r.en} was deleted`)
      : bi(
          `Ô ${WHAT[role].vi} của ${r.vi} bị nhập tay ${describeValue(actual)} thay cho công thức`,
          `The ${WHAT[role].en} formula of ${r.en} was replaced by the value ${describeValue(actual)}`,
        );
  },
  rowMissing: (criterion: string): string => {
    if (criterion === 'TOTAL14' || criterion === 'TOTAL') {
      const r = rowLabel(criterion);
      return bi(`Thiếu ${r.vi}`, `Missing ${r.en}`);
    }
    return bi(`Thiếu dòng tiêu chí ${criterion} của mẫu`, `The template's criterion ${criterion} is missing`);
  },
  rowAdded: (code: string): string =>
    bi(`Mã ${q(code)} không có trong mẫu chấm điểm (dòng thêm vào)`, `Code ${q(code)} is not in the scoring template (added row)`),
  rowDuplicate: (code: string, earlier: string): string =>
    bi(`Mã ${q(code)} trùng với dòng ở ô ${earlier}`, `Code ${q(code)} repeats the row at ${earlier}`),
  maxChanged: (criterion: string, expected: AuditValue, actual: AuditValue): string => {
    const r = rowLabel(criterion);
    return bi(
      `Điểm tối đa của ${r.vi} là ${describeValue(actual)}, mẫu quy định ${describeValue(expected)}`,
      `The maximum of ${r.en} is ${describeValue(actual)}; the template says ${describeValue(expected)}`,
    );
  },
  scoreAboveMax: (criterion: string, role: 'self' | 'assessed', value: number, max: number): string =>
    bi(
      `${capitalize(WHAT[role].vi)} ${value} của tiêu chí ${criterion} vượt điểm tối đa ${max} (chỉ tính ${max})`,
      `The ${WHAT[role].en} ${value} of criterion ${criterion} is above the maximum ${max} (only ${max} counts)`,
    ),
  rateAbove100: (criterion: string, role: 'self' | 'assessed', value: number): string =>
    bi(
      `Tỷ lệ ${value} ở ${WHAT[role].vi} của tiêu chí ${criterion} vượt quá 100%`,
      `The rate ${value} in the ${WHAT[role].en} of criterion ${criterion} is above 100 %`,
    ),
  scoreNegative: (criterion: string, role: 'self' | 'assessed', value: number): string =>
    bi(
      `${capitalize(WHAT[role].vi)} ${value} của tiêu chí ${criterion} là số âm (được tính 0)`,
      `The ${WHAT[role].en} ${value} of criterion ${criterion} is negative (counts 0)`,
    ),
  scoreNotNumber: (criterion: string, role: 'self' | 'assessed', value: AuditValue): string =>
    bi(
      `${capitalize(WHAT[role].vi)} ${describeValue(value)} của tiêu chí ${criterion} không phải là số nên được tính 0`,
      `The ${WHAT[role].en} ${describeValue(value)} of criterion ${criterion} is not a number, so it counts 0`,
    ),
  statusUnknown: (criterion: string, role: 'self' | 'assessed', value: AuditValue, statuses: readonly string[]): string =>
    bi(
      `${capitalize(WHAT[role].vi)} ${describeValue(value)} của tiêu chí ${criterion} không thuộc danh mục (${statuses.join('; ')}) nên được tính 0`,
      `The ${WHAT[role].en} ${describeValue(value)} of criterion ${criterion} is none of (${statuses.join('; ')}), so it counts 0`,
    ),
  evidenceMissing: (criterion: string, points: number): string =>
    bi(
      `Tiêu chí ${criterion} được tính ${points} điểm nhưng chưa ghi chú minh chứng`,
      `Criterion ${criterion} counts ${points} points but has no evidence note`,
    ),
  totalMismatch: (criterion: string, role: AuditColumnRole, expected: number, actual: AuditValue): string => {
    const r = rowLabel(criterion);
    return bi(
      `Giá trị ${WHAT[role].vi} của ${r.vi} lưu trong tệp là ${describeValue(actual)}, tính lại theo mẫu được ${expected}`,
      `The saved ${WHAT[role].en} of ${r.en} is ${describeValue(actual)}; recomputed from the template it is ${expected}`,
    );
  },
  totalsNotChecked: (): string =>
    bi(
      'Tệp chưa được tính lại trong Excel/LibreOffice (không có giá trị đã tính), nên chưa đối chiếu được điểm được tính và tổng điểm',
      'The file holds no calculated values (never recalculated in a spreadsheet), so counted scores and totals were not checked',
    ),
} as const;

function capitalize(s: string): string {
  return s.charAt(0).toLocaleUpperCase('vi') + s.slice(1);
}
