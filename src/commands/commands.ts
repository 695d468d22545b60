/**
 * The ribbon's function file: commands that run without opening the pane.
 * Each returns a "Vietnamese / English" message that registerCommands reports.
 */
import { registerCommands } from '../office/commands';
import { clearCatalogueMarks, validateCatalogueInExcel } from '../office/catalogue';

export interface ValidationCounts {
  readonly sheet: string;
  readonly rows: number;
  readonly findings: readonly { readonly severity: 'error' | 'warning' | 'info' }[];
  readonly marked: number;
}

/** What the "Kiểm tra nhanh" button reports after validating the active sheet. */
const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

export function validationMessage(report: ValidationCounts): string {
  const count = (s: 'error' | 'warning' | 'info'): number => report.findings.filter((f) => f.severity === s).length;
  const [errors, warnings, infos] = [count('error'), count('warning'), count('info')];
  if (report.findings.length === 0) {
    return `Trang “${report.sheet}”: ${report.rows} nhiệm vụ, không có vấn đề nào. / Sheet “${report.sheet}”: ${plural(report.rows, 'task')}, no findings.`;
  }
  return (
    `Trang “${report.sheet}”: ${report.rows} nhiệm vụ, ${errors} lỗi, ${warnings} cảnh báo, ${infos} lưu ý; đã tô màu ${report.marked} ô. ` +
    `/ Sheet “${report.sheet}”: ${plural(report.rows, 'task')}, ${plural(errors, 'error')}, ${plural(warnings, 'warning')}, ${plural(infos, 'note')}; ${plural(report.marked, 'cell')} marked.`
  );
}

export function clearedMessage(count: number): string {
  return `Đã xoá ${count} đánh dấu kiểm tra. / Removed ${count} check mark${count === 1 ? '' : 's'}.`;
}

/** Handlers by the FunctionName used in manifest.xml. */
export const COMMANDS = {
  validateCatalogue: async (): Promise<string> => validationMessage(await validateCatalogueInExcel()),
  clearCatalogueMarks: async (): Promise<string> => clearedMessage(await clearCatalogueMarks()),
} as const;

registerCommands(COMMANDS);
