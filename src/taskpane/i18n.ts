/**
 * The pane's strings, keyed by id, Vietnamese and English. Placeholders are
 * written {name} and filled by `translate`. Messages that come from the core or
 * the Office adapter are already "Vietnamese / English"; `pickLanguage` shows
 * the half that matches the pane's language.
 */
export type Locale = 'vi' | 'en';

export const LOCALES: readonly Locale[] = ['vi', 'en'];

const STRINGS = {
  appTitle: { vi: 'Thi đua', en: 'Thi đua' },
  language: { vi: 'Ngôn ngữ', en: 'Language' },
  languageVi: { vi: 'Tiếng Việt', en: 'Vietnamese' },
  languageEn: { vi: 'English', en: 'English' },
  tabsLabel: { vi: 'Công việc', en: 'Jobs' },
  tabTemplates: { vi: 'Mẫu', en: 'Templates' },
  tabValidate: { vi: 'Kiểm tra', en: 'Check' },
  tabScoring: { vi: 'Chấm điểm', en: 'Scoring' },
  tabTally: { vi: 'Tổng hợp cụm', en: 'Cluster tally' },
  tabAudit: { vi: 'Kiểm định', en: 'Audit' },
  loading: { vi: 'Đang tải…', en: 'Loading…' },
  errorTitle: { vi: 'Không thực hiện được', en: 'Could not complete' },
  dismiss: { vi: 'Đóng', en: 'Dismiss' },
  legacyWebView: {
    vi: 'Ngăn tác vụ cần Excel 2019 trở lên (trình duyệt nhúng cũ dựa trên Internet Explorer không chạy được). Hãy dùng lệnh thidua để tạo tệp .xlsx rồi mở trong Excel.',
    en: 'The pane needs Excel 2019 or later (the old Internet Explorer–based webview cannot run it). Use the thidua command-line tool to create the .xlsx file and open it in Excel.',
  },
  browserHost: {
    vi: 'Đang chạy ngoài Excel: các lệnh cần một sổ tính Excel.',
    en: 'Running outside Excel: the commands need an Excel workbook.',
  },
  lastCommand: { vi: 'Kết quả lệnh trên ruy-băng', en: 'Ribbon command result' },

  // Templates
  templatesIntro: {
    vi: 'Chọn một mẫu chuẩn để chèn vào sổ tính thành trang tính mới (không ghi đè trang có sẵn).',
    en: 'Pick a standard template to insert into the workbook as a new sheet (existing sheets are never overwritten).',
  },
  kindCatalogue: { vi: 'Danh mục nhiệm vụ', en: 'Task catalogue' },
  kindCriteria: { vi: 'Tiêu chí chấm điểm', en: 'Scoring criteria' },
  previewCatalogue: { vi: '{rows} nhiệm vụ trong {sections} mục, {units} đơn vị', en: '{rows} tasks in {sections} sections, {units} units' },
  previewCatalogueEmpty: { vi: 'Khung trống: {sections} mục để đơn vị tự điền nhiệm vụ', en: 'Empty frame: {sections} sections for an office to fill' },
  previewCriteria: { vi: '{items} nội dung, tổng {total} điểm, thưởng tối đa {bonus} điểm', en: '{items} items, {total} points in total, bonus up to {bonus}' },
  previewFirstRows: { vi: 'Những dòng đầu', en: 'First rows' },
  previewPoints: { vi: '{points} điểm', en: '{points} pts' },
  source: { vi: 'Nguồn', en: 'Source' },
  planYear: { vi: 'Năm kế hoạch', en: 'Plan year' },
  planYearHint: { vi: 'Để trống nếu chưa có; dùng để kiểm tra thời hạn.', en: 'Leave empty if unknown; used to check deadlines.' },
  planYearInvalid: { vi: 'Năm kế hoạch phải là số từ 2000 đến 2100.', en: 'The plan year must be a number from 2000 to 2100.' },
  insert: { vi: 'Chèn', en: 'Insert' },
  insertTemplate: { vi: 'Chèn mẫu {title}', en: 'Insert template {title}' },
  inserting: { vi: 'Đang chèn…', en: 'Inserting…' },
  inserted: { vi: 'Đã chèn trang tính: {sheets}.', en: 'Inserted sheets: {sheets}.' },
  insertedKept: { vi: 'Giữ nguyên tên đã có: {names}.', en: 'Kept existing names: {names}.' },
  insertedScoped: {
    vi: 'Sổ tính đã có các tên {names}: trang mới có tên riêng cùng tên, công thức của trang mới dùng ô của chính nó.',
    en: 'The workbook already had {names}: the new sheet got its own names, so its formulas use its own cells.',
  },
  insertedSkipped: { vi: 'Bỏ qua (đã có): {sheets}.', en: 'Skipped (already present): {sheets}.' },

  // Validate
  validateIntro: {
    vi: 'Kiểm tra danh mục nhiệm vụ trên trang tính đang mở: đơn vị chủ trì, thời hạn, sản phẩm. Các ô có vấn đề được tô màu.',
    en: 'Check the task catalogue on the active sheet: lead unit, deadline, product. Cells with findings are coloured.',
  },
  validate: { vi: 'Kiểm tra trang tính', en: 'Check sheet' },
  validating: { vi: 'Đang kiểm tra…', en: 'Checking…' },
  clearMarks: { vi: 'Xoá đánh dấu', en: 'Clear marks' },
  clearing: { vi: 'Đang xoá…', en: 'Clearing…' },
  marksCleared: { vi: 'Đã xoá {count} đánh dấu.', en: 'Removed {count} marks.' },
  validationSummary: {
    vi: 'Trang “{sheet}”: {rows} nhiệm vụ, {errors} lỗi, {warnings} cảnh báo, {infos} lưu ý.',
    en: 'Sheet “{sheet}”: {rows} tasks, {errors} errors, {warnings} warnings, {infos} notes.',
  },
  validationClean: { vi: 'Không có vấn đề nào.', en: 'No findings.' },
  validationMarked: { vi: 'Đã đánh dấu {marked} ô trên trang tính.', en: 'Marked {marked} cells on the sheet.' },
  validationProtected: {
    vi: 'Trang tính đang được bảo vệ nên không tô màu ô; các phát hiện được liệt kê dưới đây.',
    en: 'The sheet is protected, so no cell was marked; the findings are listed below.',
  },
  validationNoNotes: {
    vi: 'Phiên bản Excel này chưa có ghi chú trên ô: chỉ tô màu, nội dung xem ở đây.',
    en: 'This Excel has no cell notes: cells are coloured only; read the findings here.',
  },
  severityError: { vi: 'Lỗi', en: 'Errors' },
  severityWarning: { vi: 'Cảnh báo', en: 'Warnings' },
  severityInfo: { vi: 'Lưu ý', en: 'Notes' },
  fieldSheet: { vi: 'Cả trang', en: 'Whole sheet' },
  fieldTt: { vi: 'TT', en: 'No.' },
  fieldTask: { vi: 'Tên nhiệm vụ', en: 'Task' },
  fieldUnit: { vi: 'Đơn vị chủ trì', en: 'Lead unit' },
  fieldDeadline: { vi: 'Thời gian hoàn thành', en: 'Deadline' },
  fieldProduct: { vi: 'Sản phẩm', en: 'Product' },
  fieldOther: { vi: 'Khác', en: 'Other' },
  groupCount: { vi: '{label} ({count})', en: '{label} ({count})' },
  goToCell: { vi: 'Đến ô {cell}: {message}', en: 'Go to cell {cell}: {message}' },
  applyFix: { vi: 'Áp dụng', en: 'Apply' },
  applyFixLabel: { vi: 'Áp dụng sửa ô {cell}: {fix}', en: 'Apply fix to cell {cell}: {fix}' },
  fixApplied: { vi: 'Đã sửa ô {cell}. Hãy kiểm tra lại để cập nhật.', en: 'Cell {cell} fixed. Check again to refresh.' },
  findingsFixed: { vi: 'Đã sửa', en: 'Fixed' },

  // Scoring
  scoringIntro: {
    vi: 'Chèn phiếu chấm điểm thi đua (điểm tính bằng công thức Excel) và xem tổng điểm của trang đang mở.',
    en: 'Insert the emulation scoring sheet (scores are native Excel formulas) and see the totals of the active sheet.',
  },
  insertScoring: { vi: 'Chèn phiếu chấm điểm', en: 'Insert scoring sheet' },
  refresh: { vi: 'Làm mới', en: 'Refresh' },
  refreshing: { vi: 'Đang đọc…', en: 'Reading…' },
  scoringSheet: { vi: 'Trang “{sheet}”', en: 'Sheet “{sheet}”' },
  scoringUnit: { vi: 'Đơn vị: {unit}', en: 'Unit: {unit}' },
  scoringUnitMissing: { vi: 'Chưa ghi tên đơn vị', en: 'Unit name not filled' },
  scoringFilled: { vi: 'Đã chấm {filled}/{total} tiêu chí', en: '{filled} of {total} criteria scored' },
  scoringSelfTotal: { vi: 'Tổng điểm tự chấm', en: 'Self-assessed total' },
  scoringAssessedTotal: { vi: 'Tổng điểm đánh giá', en: 'Assessed total' },
  scoringItemsCaption: { vi: 'Điểm từng nội dung', en: 'Points per item' },
  scoringCode: { vi: 'Mã', en: 'Code' },
  scoringItem: { vi: 'Nội dung', en: 'Item' },
  scoringMax: { vi: 'Tối đa', en: 'Max' },
  scoringSelf: { vi: 'Tự chấm', en: 'Self' },
  scoringAssessed: { vi: 'Đánh giá', en: 'Assessed' },
  scoringWarnings: { vi: 'Cảnh báo ({count})', en: 'Warnings ({count})' },
  scoringNone: {
    vi: 'Trang đang mở không phải phiếu chấm điểm. Mở trang chấm điểm: tổng điểm tự cập nhật (Excel cũ: bấm “Làm mới”).',
    en: 'The open sheet is not a scoring sheet. Open the scoring sheet: totals update by themselves (older Excel: press “Refresh”).',
  },

  // Tally
  tallyIntro: {
    vi: 'Cụm trưởng chọn cụm và các tệp chấm điểm (.xlsx) của thành viên; bổ trợ kiểm định từng tệp và lập bảng tổng hợp.',
    en: "The cluster leader picks the cluster and the members' scoring files (.xlsx); each file is audited and a tally sheet is built.",
  },
  cluster: { vi: 'Cụm thi đua', en: 'Cluster' },
  clusterOption: { vi: '{name}: cụm trưởng {leader}, cụm phó {deputy}', en: '{name}: leader {leader}, deputy {deputy}' },
  rankBy: { vi: 'Xếp hạng theo', en: 'Rank by' },
  rankBySelf: { vi: 'Điểm tự chấm', en: 'Self-assessed total' },
  rankByAssessed: { vi: 'Điểm đánh giá', en: 'Assessed total' },
  files: { vi: 'Tệp chấm điểm của thành viên (.xlsx)', en: "Members' scoring files (.xlsx)" },
  filesChosen: { vi: 'Đã chọn {count} tệp', en: '{count} files chosen' },
  tally: { vi: 'Tổng hợp', en: 'Tally' },
  tallying: { vi: 'Đang tổng hợp…', en: 'Tallying…' },
  tallyMembers: { vi: 'Thành viên ({count})', en: 'Members ({count})' },
  tallyRejected: { vi: 'Tệp bị loại ({count})', en: 'Rejected files ({count})' },
  tallyRank: { vi: 'Hạng', en: 'Rank' },
  tallyUnit: { vi: 'Đơn vị', en: 'Unit' },
  tallyFile: { vi: 'Tệp', en: 'File' },
  tallyAuditErrors: { vi: 'Lỗi kiểm định', en: 'Audit errors' },
  tallyReason: { vi: 'Lý do', en: 'Reason' },
  tallyReplaced: { vi: 'Nhập lại', en: 'Imported again' },
  tallySheets: { vi: 'Đã ghi trang tính: {sheets}.', en: 'Sheets written: {sheets}.' },
  downloadTemplates: {
    vi: 'Mở các mẫu dưới dạng tệp .xlsx (cùng nội dung, công thức) rồi làm việc trong Excel:',
    en: 'Open the templates as .xlsx files (same content and formulas) and work in Excel:',
  },
  tallyKeptFiles: { vi: 'Đã nhập trong phiên này: {count} tệp (tệp chọn thêm được gộp vào; tệp mới của cùng đơn vị thay dòng cũ)', en: 'Imported in this session: {count} files (new picks are added; a newer file of the same unit replaces its row)' },
  tallyForget: { vi: 'Bỏ các tệp đã nhập', en: 'Forget imported files' },
  tallyReplaceSheets: { vi: 'Thay các trang tổng hợp đã có (đề nghị khen thưởng đã nhập ở đó sẽ mất)', en: 'Replace the existing tally sheets (proposals typed there are lost)' },
  tallyReplacedSheets: { vi: 'Đã thay: {sheets}', en: 'Replaced: {sheets}' },
  tallyNoFiles: { vi: 'Hãy chọn ít nhất một tệp.', en: 'Choose at least one file.' },

  // Audit
  auditIntro: {
    vi: 'Kiểm định phiếu chấm điểm đang mở: công thức, điểm tối đa và tên định nghĩa có đúng mẫu không.',
    en: 'Audit the active scoring sheet: are its formulas, maxima and defined names those of the template?',
  },
  audit: { vi: 'Kiểm định trang tính', en: 'Audit sheet' },
  auditing: { vi: 'Đang kiểm định…', en: 'Auditing…' },
  auditOk: { vi: 'Phiếu chấm điểm đúng mẫu: không có sai lệch.', en: 'The scoring sheet matches the template: no deviations.' },
  auditFindings: { vi: '{count} sai lệch', en: '{count} deviations' },
  auditExpected: { vi: 'Đúng mẫu: {value}', en: 'Expected: {value}' },
  auditActual: { vi: 'Trên trang: {value}', en: 'Found: {value}' },
  auditEmpty: { vi: '(trống)', en: '(empty)' },
  auditSheet: { vi: 'Trang “{sheet}”', en: 'Sheet “{sheet}”' },

  notAvailable: { vi: 'Chức năng này chưa có trong phiên bản này.', en: 'This feature is not available yet in this version.' },
} as const satisfies Record<string, Readonly<Record<Locale, string>>>;

export type StringId = keyof typeof STRINGS;

export type Params = Readonly<Record<string, string | number>>;

/** The string `id` in `locale` with its {placeholders} filled from `params`. */
export function translate(locale: Locale, id: StringId, params: Params = {}): string {
  const text: string = STRINGS[id][locale];
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** All ids (for tests: every string has both languages). */
export function stringIds(): StringId[] {
  return Object.keys(STRINGS) as StringId[];
}

/**
 * Messages from the core and the Office adapter read "Vietnamese / English".
 * Shows the half for `locale`: the separator is the first " / " outside
 * parentheses and quotes (quoted user text and "(… / …)" asides may hold one).
 * Text without a separator is shown whole.
 */
export function pickLanguage(message: string, locale: Locale): string {
  let depth = 0;
  for (let i = 0; i < message.length; i++) {
    const ch = message[i];
    if (ch === '(' || ch === '“') depth++;
    else if ((ch === ')' || ch === '”') && depth > 0) depth--;
    else if (depth === 0 && message.startsWith(' / ', i)) {
      return (locale === 'vi' ? message.slice(0, i) : message.slice(i + 3)).trim();
    }
  }
  return message;
}

/** Numbers as people write them in each language (1.234,5 / 1,234.5). */
export function formatNumber(n: number, locale: Locale): string {
  return n.toLocaleString(locale === 'vi' ? 'vi-VN' : 'en-US', { maximumFractionDigits: 2 });
}
