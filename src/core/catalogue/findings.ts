/**
 * What the catalogue check reports: finding codes, their severities, and the
 * message catalogue (Vietnamese first, then " / " and English).
 *
 * Severities (the README copies this table):
 *
 * | Code                    | Severity                       | When                                                                                  | Fix                                   |
 * |-------------------------|--------------------------------|---------------------------------------------------------------------------------------|---------------------------------------|
 * | COLUMN_MISSING          | error; warning for TT          | a catalogue column has no header (or no header row at all: one error)                 | —                                     |
 * | UNIT_MISSING            | error                          | the lead unit cell is empty                                                           | —                                     |
 * | UNIT_UNKNOWN            | error (units from DanhMucDonVi); warning (units from section titles, spelling differs from the other rows, or only the diacritics differ from a known unit) | the unit is not a known unit as written | the suggested unit, when there is one |
 * | UNIT_SECTION_MISMATCH   | warning                        | the unit is known but is not the unit its section is titled with                      | —                                     |
 * | DEADLINE_MISSING        | error                          | the deadline cell is empty                                                            | —                                     |
 * | DEADLINE_UNPARSED       | error                          | the deadline is not understood (the parser's reason is in the message)                | —                                     |
 * | DEADLINE_OUTSIDE_PLAN   | warning                        | the due date lies outside the plan year (1/1–31/12)                                   | —                                     |
 * | DEADLINE_BEFORE_ISSUE   | warning                        | the due date is before the plan's issue date                                          | —                                     |
 * | DEADLINE_CONDITIONAL    | info                           | the deadline is a condition ("Sau khi có …"): no date to track                        | —                                     |
 * | PRODUCT_MISSING         | error                          | the product cell is empty                                                             | —                                     |
 * | PRODUCT_UNRECOGNIZED    | warning                        | the product is a placeholder ("...", "-", "x", "chưa có"), too short, or a deadline  | —                                     |
 * | TASK_MISSING            | error                          | a row has other content (or only a number) but no task text                          | —                                     |
 * | TASK_DUPLICATE          | warning                        | the same task text (ignoring case, diacritics, spacing) as an earlier row             | —                                     |
 * | TT_DUPLICATE            | warning                        | the same number twice within one section                                              | —                                     |
 * | TT_GAP                  | warning                        | numbering within a section jumps (7 → 10); on the row after the gap                   | —                                     |
 * | TEXT_LEGACY_ENCODING    | warning; error when damaged    | TCVN3/VNI text read as Unicode (fix converts); letters lost (must be retyped)        | the converted Unicode text (warning)  |
 */

export type FindingCode =
  | 'COLUMN_MISSING'
  | 'UNIT_MISSING'
  | 'UNIT_UNKNOWN'
  | 'UNIT_SECTION_MISMATCH'
  | 'DEADLINE_MISSING'
  | 'DEADLINE_UNPARSED'
  | 'DEADLINE_OUTSIDE_PLAN'
  | 'DEADLINE_BEFORE_ISSUE'
  | 'DEADLINE_CONDITIONAL'
  | 'PRODUCT_MISSING'
  | 'PRODUCT_UNRECOGNIZED'
  | 'TASK_MISSING'
  | 'TASK_DUPLICATE'
  | 'TT_DUPLICATE'
  | 'TT_GAP'
  | 'TEXT_LEGACY_ENCODING';

export const FINDING_CODES: readonly FindingCode[] = [
  'COLUMN_MISSING',
  'UNIT_MISSING',
  'UNIT_UNKNOWN',
  'UNIT_SECTION_MISMATCH',
  'DEADLINE_MISSING',
  'DEADLINE_UNPARSED',
  'DEADLINE_OUTSIDE_PLAN',
  'DEADLINE_BEFORE_ISSUE',
  'DEADLINE_CONDITIONAL',
  'PRODUCT_MISSING',
  'PRODUCT_UNRECOGNIZED',
  'TASK_MISSING',
  'TASK_DUPLICATE',
  'TT_DUPLICATE',
  'TT_GAP',
  'TEXT_LEGACY_ENCODING',
];

export type Severity = 'error' | 'warning' | 'info';

/** The catalogue columns, in their usual order. */
export type CatalogueColumn = 'tt' | 'task' | 'unit' | 'deadline' | 'product';

export type FindingField = CatalogueColumn | 'sheet';

export interface FindingFix {
  /** The text to put in the cell. */
  readonly value: string;
  /** What the fix does (Vietnamese / English). */
  readonly description: string;
}

export interface Finding {
  /** A1 address of the cell the finding is about ("C12"). */
  readonly cell: string;
  /** 1-based row of that cell. */
  readonly row: number;
  readonly field: FindingField;
  readonly code: FindingCode;
  readonly severity: Severity;
  /** Vietnamese first, then " / " and English. */
  readonly message: string;
  readonly fix: FindingFix | null;
}

export interface ValidationReport {
  readonly sheet: string;
  /** Task rows validated (section rows and blank rows not counted). */
  readonly rows: number;
  /** Sorted by row, then column. */
  readonly findings: readonly Finding[];
}

/**
 * The usual severity of each code; the exceptions (TT column, units from
 * DanhMucDonVi, damaged text) are decided where the finding is made.
 */
export const DEFAULT_SEVERITY: Readonly<Record<FindingCode, Severity>> = {
  COLUMN_MISSING: 'error',
  UNIT_MISSING: 'error',
  UNIT_UNKNOWN: 'warning',
  UNIT_SECTION_MISMATCH: 'warning',
  DEADLINE_MISSING: 'error',
  DEADLINE_UNPARSED: 'error',
  DEADLINE_OUTSIDE_PLAN: 'warning',
  DEADLINE_BEFORE_ISSUE: 'warning',
  DEADLINE_CONDITIONAL: 'info',
  PRODUCT_MISSING: 'error',
  PRODUCT_UNRECOGNIZED: 'warning',
  TASK_MISSING: 'error',
  TASK_DUPLICATE: 'warning',
  TT_DUPLICATE: 'warning',
  TT_GAP: 'warning',
  TEXT_LEGACY_ENCODING: 'warning',
};

/** Column names as the user knows them. */
export const COLUMN_LABELS: Readonly<Record<CatalogueColumn, { readonly vi: string; readonly en: string }>> = {
  tt: { vi: 'TT', en: 'No.' },
  task: { vi: 'Tên nhiệm vụ', en: 'Task' },
  unit: { vi: 'Đơn vị chủ trì', en: 'Lead unit' },
  deadline: { vi: 'Thời gian hoàn thành', en: 'Deadline' },
  product: { vi: 'Sản phẩm', en: 'Product' },
};

/** Where the known units came from. */
export type UnitSource = 'workbook' | 'sections' | 'consistency';

const bi = (vi: string, en: string): string => `${vi} / ${en}`;
const q = (s: string): string => `“${s}”`;

/** The whole numbers strictly between `from` and `to`: "8, 9", or for more than 5 "8–20". */
export function missingNumbers(from: number, to: number): string {
  const count = to - from - 1;
  if (count <= 0) return '';
  if (count > 5) return `${from + 1}–${to - 1}`;
  return Array.from({ length: count }, (_, i) => from + 1 + i).join(', ');
}

/** The message catalogue: one function per situation, each returning "vi / en". */
export const MESSAGES = {
  noHeader: (rows: number): string =>
    bi(
      `Không tìm thấy dòng tiêu đề của danh mục nhiệm vụ trong ${rows} dòng đầu (cần các cột TT, Tên nhiệm vụ, Đơn vị chủ trì, Thời gian hoàn thành, Sản phẩm)`,
      `No task catalogue header found in the first ${rows} rows (expected columns TT, Task, Lead unit, Deadline, Product)`,
    ),
  columnMissing: (column: CatalogueColumn, synonyms: readonly string[]): string =>
    bi(
      `Thiếu cột ${q(COLUMN_LABELS[column].vi)} (tiêu đề có thể ghi: ${synonyms.join(', ')})`,
      `Missing column ${q(COLUMN_LABELS[column].en)} (header may read: ${synonyms.join(', ')})`,
    ),
  unitMissing: (): string => bi('Chưa ghi đơn vị chủ trì', 'The lead unit is missing'),
  unitUnknown: (text: string, suggestion: string | null, source: Exclude<UnitSource, 'consistency'>): string => {
    const where =
      source === 'workbook'
        ? { vi: 'không có trong danh mục đơn vị (DanhMucDonVi)', en: "is not in the workbook's unit list (DanhMucDonVi)" }
        : { vi: 'không trùng với tên mục nào của danh mục', en: 'matches no section title of the catalogue' };
    const hint = suggestion === null ? { vi: '', en: '' } : { vi: `; có phải ${q(suggestion)}?`, en: `; did you mean ${q(suggestion)}?` };
    return bi(`Đơn vị ${q(text)} ${where.vi}${hint.vi}`, `Unit ${q(text)} ${where.en}${hint.en}`);
  },
  unitDiacritics: (text: string, unit: string): string =>
    bi(
      `Đơn vị ${q(text)} viết thiếu hoặc sai dấu; tên đúng là ${q(unit)}`,
      `Unit ${q(text)} has missing or wrong diacritics; the unit is ${q(unit)}`,
    ),
  unitSpelling: (text: string, majority: string, rows: number): string =>
    bi(
      `Đơn vị ${q(text)} được ghi khác với ${q(majority)} (cách ghi ở ${rows} dòng khác)`,
      `Unit ${q(text)} is spelled differently from ${q(majority)} (used in ${rows} other row${rows === 1 ? '' : 's'})`,
    ),
  unitSectionMismatch: (unit: string, section: string, sectionTitle: string): string =>
    bi(
      `Đơn vị chủ trì ${q(unit)} khác với đơn vị của mục ${section} (${q(sectionTitle)})`,
      `Lead unit ${q(unit)} differs from the unit of section ${section} (${q(sectionTitle)})`,
    ),
  deadlineMissing: (): string => bi('Chưa ghi thời gian hoàn thành', 'The deadline is missing'),
  /** `reason` is the deadline parser's own (Vietnamese) explanation; it names the text when it did not recognise it. */
  deadlineUnparsed: (text: string, reason: string, recognised: boolean): string =>
    bi(
      recognised ? `Thời hạn ${q(text)} không hợp lệ: ${reason}` : reason,
      recognised ? `Deadline ${q(text)} is not a valid date` : `Deadline not understood: ${q(text)}`,
    ),
  deadlineOutsidePlan: (text: string, due: string, planYear: number): string =>
    bi(
      `Thời hạn ${q(text)} (hạn ${formatIsoVi(due)}) nằm ngoài năm kế hoạch ${planYear}`,
      `Deadline ${q(text)} (due ${due}) is outside the plan year ${planYear}`,
    ),
  deadlineBeforeIssue: (text: string, due: string, issueDate: string): string =>
    bi(
      `Thời hạn ${q(text)} (hạn ${formatIsoVi(due)}) đã qua trước ngày ban hành kế hoạch ${formatIsoVi(issueDate)}`,
      `Deadline ${q(text)} (due ${due}) is before the plan's issue date ${issueDate}`,
    ),
  deadlineConditional: (text: string): string =>
    bi(
      `Thời hạn phụ thuộc điều kiện ${q(text)}: chưa có ngày cụ thể để theo dõi`,
      `Conditional deadline ${q(text)}: no date to track`,
    ),
  productMissing: (): string => bi('Chưa ghi sản phẩm', 'The product is missing'),
  productPlaceholder: (text: string): string =>
    bi(`Sản phẩm ${q(text)} chưa phải là sản phẩm cụ thể`, `Product ${q(text)} is a placeholder, not a product`),
  productIsDeadline: (text: string): string =>
    bi(
      `Sản phẩm ${q(text)} là một thời hạn, không phải sản phẩm (ghi nhầm cột?)`,
      `Product ${q(text)} is a deadline, not a product (wrong column?)`,
    ),
  taskMissing: (): string => bi('Dòng có nội dung nhưng chưa ghi tên nhiệm vụ', 'The row has content but no task'),
  taskOnlyNumber: (tt: string): string =>
    bi(`Dòng chỉ có số thứ tự ${q(tt)}, chưa ghi nhiệm vụ`, `The row has only the number ${q(tt)}, no task`),
  taskDuplicate: (earlier: string): string =>
    bi(`Nhiệm vụ trùng với nhiệm vụ ở ô ${earlier}`, `Same task as in cell ${earlier}`),
  ttDuplicate: (tt: string, earlier: string): string =>
    bi(
      `Số thứ tự ${q(tt)} đã dùng ở ô ${earlier} trong cùng mục`,
      `Number ${q(tt)} is already used in cell ${earlier} of the same section`,
    ),
  ttGap: (from: number, to: number): string =>
    bi(
      `Số thứ tự nhảy từ ${from} lên ${to}: thiếu ${missingNumbers(from, to)}`,
      `Numbering jumps from ${from} to ${to}: ${missingNumbers(from, to)} missing`,
    ),
  legacyEncoding: (encoding: 'tcvn3' | 'vni', converted: string): string =>
    bi(
      `Văn bản gõ bằng bảng mã cũ ${encodingName(encoding)}, đọc đúng là ${q(converted)}`,
      `Text is in the legacy ${encodingName(encoding)} encoding; it reads ${q(converted)}`,
    ),
  damagedText: (reason: string): string =>
    bi(
      `Văn bản bị mất chữ do phông chữ cũ, không tự sửa được, cần gõ lại: ${reason}`,
      'Letters were lost converting from a legacy font; the text cannot be repaired and must be retyped',
    ),
} as const;

/** Descriptions of the fixes. */
export const FIX_DESCRIPTIONS = {
  replaceUnit: (unit: string): string => bi(`Thay bằng ${q(unit)}`, `Replace with ${q(unit)}`),
  convertLegacy: (encoding: 'tcvn3' | 'vni'): string =>
    bi(`Chuyển từ bảng mã ${encodingName(encoding)} sang Unicode`, `Convert from ${encodingName(encoding)} to Unicode`),
} as const;

function encodingName(encoding: 'tcvn3' | 'vni'): string {
  return encoding === 'tcvn3' ? 'TCVN3 (ABC)' : 'VNI';
}

/** "2020-01-31" → "31/01/2020". */
function formatIsoVi(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}
