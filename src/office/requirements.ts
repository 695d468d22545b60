/**
 * Office.js requirement sets: what the manifest declares as the minimum and
 * what each feature needs. The manifest test checks that they agree.
 */

/** Declared in manifest.xml: the add-in loads on Office 2016 and later and degrades there. */
export const MANIFEST_MIN_EXCEL_API = '1.1';

/** The sets each command needs, with the reason (shown to users on old hosts). */
export const FEATURE_REQUIREMENTS = {
  insertTemplate: { set: 'ExcelApi', version: '1.8', why: 'bảng, kiểm tra dữ liệu (data validation) / tables and data validation' },
  validateCatalogue: { set: 'ExcelApi', version: '1.8', why: 'đọc bảng và đánh dấu ô / read tables and mark cells' },
  scoringSheet: { set: 'ExcelApi', version: '1.8', why: 'công thức, định dạng có điều kiện, bảo vệ trang tính / formulas, conditional formats, protection' },
  printLayout: { set: 'ExcelApi', version: '1.9', why: 'thiết lập in / print setup' },
  rowGroups: { set: 'ExcelApi', version: '1.10', why: 'nhóm dòng / row grouping' },
  events: { set: 'ExcelApi', version: '1.7', why: 'tự cập nhật khi nhập điểm hoặc đổi trang tính / live updates when scores are typed or another sheet is opened' },
  workbookChangeEvents: { set: 'ExcelApi', version: '1.9', why: 'theo dõi thay đổi trên mọi trang tính / change events for every worksheet' },
  notes: { set: 'ExcelApi', version: '1.18', why: 'ghi chú trên ô / cell notes (without them, findings are marked by colour only)' },
  dialog: { set: 'DialogApi', version: '1.1', why: 'hộp thoại báo kết quả lệnh trên ruy-băng / a dialog with a ribbon command\'s result (otherwise the pane shows it)' },
} as const;

export type Feature = keyof typeof FEATURE_REQUIREMENTS;

export interface RequirementCheck {
  readonly ok: boolean;
  /** Vietnamese first, English second. */
  readonly message: string;
}

/** Formats the "too old" message for a feature. */
export function unsupportedMessage(feature: Feature): string {
  const r = FEATURE_REQUIREMENTS[feature];
  return (
    `Phiên bản Excel này chưa hỗ trợ ${r.set} ${r.version} (${r.why}). ` +
    `Hãy dùng Excel 2019/Microsoft 365/Excel trên web, hoặc mở mẫu dưới dạng tệp .xlsx (liên kết bên dưới, hoặc lệnh thidua insert). ` +
    `/ This Excel does not support ${r.set} ${r.version}; use Excel 2019, Microsoft 365 or Excel on the web, or open the template as an .xlsx file (links below, or thidua insert).`
  );
}

/** Checks a feature's requirement set against the host. */
export function checkFeature(feature: Feature, isSetSupported: (set: string, version: string) => boolean): RequirementCheck {
  const r = FEATURE_REQUIREMENTS[feature];
  return isSetSupported(r.set, r.version) ? { ok: true, message: '' } : { ok: false, message: unsupportedMessage(feature) };
}

/** Checks a feature against the running Office host (false when Office.js is missing). */
export function hostSupports(feature: Feature): RequirementCheck {
  const office = (globalThis as { Office?: typeof Office }).Office;
  const isSet = (set: string, version: string): boolean =>
    Boolean(office?.context?.requirements?.isSetSupported(set, version));
  return checkFeature(feature, isSet);
}
