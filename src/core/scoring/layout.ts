/**
 * Where things are on the scoring sheet ("Chấm điểm"). Pure constants and one
 * function, shared by the sheet plan, the audit and the tally reader, so that
 * no other module hard-codes an address.
 *
 *   row 1  title
 *   row 2  A2 "Đơn vị:"  B2 unit name (name DonVi)
 *          D2 "Có dạy ngoại ngữ khác ngoài tiếng Anh?"  E2 Có/Không (name NgoaiNguKhac)
 *   row 3  a one-line instruction
 *   row 4  header (A–J)
 *   row 5… one row per criterion in tree order (info rows and DT included)
 *   then   the total of the 14 items (capped at totalMax), then the grand total (+ bonus)
 */
import type { CriteriaTree } from './criteria';

export const SCORING_SHEET_NAME = 'Chấm điểm';

/** Column letters by role. */
export const SCORING_COLUMNS = {
  code: 'A',
  text: 'B',
  evidence: 'C',
  max: 'D',
  self: 'E',
  selfCounted: 'F',
  assessed: 'G',
  assessedCounted: 'H',
  evaluator: 'I',
  note: 'J',
} as const;

export type ScoringColumn = keyof typeof SCORING_COLUMNS;

/** Header texts of columns A–J, exactly. */
export const SCORING_HEADERS = [
  'Mã',
  'Tiêu chí',
  'Minh chứng',
  'Điểm tối đa',
  'Điểm tự chấm',
  'Điểm tự chấm được tính',
  'Điểm đánh giá',
  'Điểm đánh giá được tính',
  'Đơn vị đánh giá',
  'Ghi chú',
] as const;

export const SCORING_ROWS = { title: 1, settings: 2, instruction: 3, header: 4, firstItem: 5 } as const;

/** Fixed cells of the settings row. */
export const SCORING_CELLS = {
  unitLabel: 'A2',
  unit: 'B2',
  otherLanguageLabel: 'D2',
  otherLanguage: 'E2',
} as const;

export const UNIT_LABEL = 'Đơn vị:';
export const OTHER_LANGUAGE_LABEL = 'Có dạy ngoại ngữ khác ngoài tiếng Anh?';
/** The flag's two values; "Có" (any case, trimmed) means another language is taught. */
export const OTHER_LANGUAGE_YES = 'Có';
export const OTHER_LANGUAGE_NO = 'Không';

/** Workbook-scope defined names of the scoring sheet. */
export const SCORING_NAMES = {
  unit: 'DonVi',
  otherLanguage: 'NgoaiNguKhac',
  /** Grand totals (14 items, capped, plus the bonus). */
  selfTotal: 'TongDiemTuCham',
  assessedTotal: 'TongDiemDanhGia',
  selfBonus: 'DiemThuong_TuCham',
  assessedBonus: 'DiemThuong_DanhGia',
} as const;

/** "TuCham_01" … for the n-th (1-based) top-level item's self-assessed counted score. */
export function itemSelfName(index: number): string {
  return `TuCham_${String(index).padStart(2, '0')}`;
}

/** "DanhGia_01" … for the n-th (1-based) top-level item's assessed counted score. */
export function itemAssessedName(index: number): string {
  return `DanhGia_${String(index).padStart(2, '0')}`;
}

/** Keys of the two total rows in {@link ScoringLayout.rowOf}-like maps (never a criterion code). */
export const TOTAL_KEYS = { items: 'TOTAL14', grand: 'TOTAL' } as const;

export interface ScoringLayout {
  readonly sheetName: string;
  readonly columns: typeof SCORING_COLUMNS;
  readonly headerRow: number;
  readonly firstItemRow: number;
  /** Row of the last criterion (the bonus row for the standard template). */
  readonly lastItemRow: number;
  /** Total of the top-level items, capped at the template's totalMax. */
  readonly total14Row: number;
  /** Total of the top-level items plus the bonus. */
  readonly grandTotalRow: number;
  /** Criterion code → row (1-based). */
  readonly rowOf: ReadonlyMap<string, number>;
  /** "F12" for (code, 'selfCounted'); throws on an unknown code. */
  cell(code: string, column: ScoringColumn): string;
  /** "$F$12", for defined names. */
  absolute(code: string, column: ScoringColumn): string;
}

export function scoringLayout(tree: CriteriaTree, sheetName: string = SCORING_SHEET_NAME): ScoringLayout {
  const rowOf = new Map<string, number>();
  tree.items.forEach((c, i) => rowOf.set(c.code, SCORING_ROWS.firstItem + i));
  const lastItemRow = SCORING_ROWS.firstItem + tree.items.length - 1;
  const total14Row = lastItemRow + 1;
  const grandTotalRow = lastItemRow + 2;
  const rowFor = (code: string): number => {
    const row = rowOf.get(code);
    if (row === undefined) throw new Error(`Không có mã tiêu chí "${code}" trên bảng chấm điểm (unknown criterion code)`);
    return row;
  };
  return {
    sheetName,
    columns: SCORING_COLUMNS,
    headerRow: SCORING_ROWS.header,
    firstItemRow: SCORING_ROWS.firstItem,
    lastItemRow,
    total14Row,
    grandTotalRow,
    rowOf,
    cell: (code, column) => `${SCORING_COLUMNS[column]}${rowFor(code)}`,
    absolute: (code, column) => `$${SCORING_COLUMNS[column]}$${rowFor(code)}`,
  };
}
