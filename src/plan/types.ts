/**
 * Declarative sheet plans: what a template looks like in a workbook, with no
 * knowledge of Office.js or ExcelJS. Adapters (src/office, src/xlsx) render a
 * plan in O(1) round trips; tests inspect plans directly.
 *
 * Conventions:
 * - Addresses are A1-style, relative to the plan's own sheet, without a sheet
 *   name ("B2", "A3:E80", "$B$2"); rows and columns in numbers are 1-based.
 * - Formulas are en-US, WITHOUT the leading "=", using only functions that
 *   Excel 2016+, LibreOffice 7.4 and HyperFormula compute the same.
 * - Other sheets are reached only through defined names, so a sheet may be
 *   renamed (made unique) by the adapter without touching formulas.
 */

export type CellValue = string | number | boolean | null;

/** A formula cell (en-US, no leading "="). */
export interface FormulaCell {
  readonly formula: string;
}

/** A date cell: ISO yyyy-mm-dd; adapters write a real date with the plan's number format. */
export interface DateCell {
  readonly date: string;
}

export type PlanCell = CellValue | FormulaCell | DateCell;

export function isFormulaCell(c: PlanCell): c is FormulaCell {
  return typeof c === 'object' && c !== null && 'formula' in c;
}

export function isDateCell(c: PlanCell): c is DateCell {
  return typeof c === 'object' && c !== null && 'date' in c;
}

export interface CellFormat {
  readonly bold?: boolean;
  readonly italic?: boolean;
  /** "#RRGGBB" */
  readonly fill?: string;
  readonly fontColor?: string;
  readonly fontSize?: number;
  readonly wrap?: boolean;
  readonly horizontal?: 'left' | 'center' | 'right';
  readonly vertical?: 'top' | 'center' | 'bottom';
  /** Excel number format, e.g. "0", "0.0", "dd/mm/yyyy", "0%". */
  readonly numberFormat?: string;
  /** Cell protection (effective when the sheet is protected). Default true in Excel. */
  readonly locked?: boolean;
  /** Thin border around every cell of the range. */
  readonly border?: boolean;
}

export interface FormatPlan {
  readonly range: string;
  readonly format: CellFormat;
}

export interface ColumnPlan {
  /** Width in characters (Excel's column width unit). */
  readonly width: number;
  readonly wrap?: boolean;
  readonly hidden?: boolean;
}

export interface TablePlan {
  /** Table name, unique in the workbook; adapters add a suffix when taken. */
  readonly name: string;
  /** Header row included. */
  readonly range: string;
  readonly style: string;
}

export type ValidationRule =
  | { readonly kind: 'list'; /** A defined name ("DanhMucDonVi") or literal items. */ readonly source: { readonly name: string } | { readonly items: readonly string[] } }
  | { readonly kind: 'decimal'; readonly min: number; readonly max: number }
  | { readonly kind: 'custom'; readonly formula: string };

export interface ValidationPlan {
  readonly range: string;
  readonly rule: ValidationRule;
  /** "warning" and "information" let pasted/typed data through; "stop" blocks typing (paste still bypasses). */
  readonly style: 'stop' | 'warning' | 'information';
  readonly errorTitle?: string;
  readonly errorMessage?: string;
  readonly prompt?: string;
}

export interface ConditionalFormatPlan {
  readonly range: string;
  /** A formula relative to the range's top-left cell, true where the format applies. */
  readonly formula: string;
  readonly format: { readonly fill?: string; readonly fontColor?: string; readonly bold?: boolean };
  /** Why (for readers of the plan and the README). */
  readonly purpose: string;
}

/** A workbook-scope defined name pointing into this sheet (sheet-scoped when the workbook already has it, see ifExists). */
export interface NamePlan {
  readonly name: string;
  /** Absolute range in this sheet, e.g. "$B$2" or "$A$2:$A$12". */
  readonly ref: string;
  readonly comment?: string;
  /**
   * When the workbook already has this name (another copy of the template):
   * "keep" leaves the workbook's name as it is and creates the name SCOPED TO
   * THIS SHEET instead (reported in `RenderResult.sheetScopedNames`) — in Excel
   * a sheet's own name wins over the workbook's in that sheet's formulas, so
   * the new sheet's formulas use the new sheet; "replace" points the workbook
   * name here. Default "keep": never overwrite silently.
   */
  readonly ifExists?: 'keep' | 'replace';
}

export interface PrintPlan {
  readonly orientation: 'landscape' | 'portrait';
  readonly paperSize: 'A4';
  /** Rows repeated on every page, e.g. "$3:$3". */
  readonly printTitleRows?: string;
  readonly fitToWidth?: boolean;
}

export interface OutlinePlan {
  /** Row ranges to group (Excel row grouping), e.g. { from: 5, to: 9 }; nested groups allowed. */
  readonly rowGroups: readonly { readonly from: number; readonly to: number }[];
}

export interface ProtectionPlan {
  /** Ranges left editable (their cells are unlocked). */
  readonly unlocked: readonly string[];
  /** Undefined = protected without a password. */
  readonly password?: string;
}

export interface SheetPlan {
  /** Key used by names/links inside the workbook plan (stable, ASCII). */
  readonly key: string;
  /** Desired sheet name; adapters make it unique ("Chấm điểm (2)") and never overwrite a sheet. */
  readonly name: string;
  /** Values and formulas from A1; rows may be ragged (missing cells stay empty). */
  readonly cells: readonly (readonly PlanCell[])[];
  readonly columns: readonly ColumnPlan[];
  readonly formats: readonly FormatPlan[];
  readonly table?: TablePlan;
  /** Freeze the first N rows (and columns). */
  readonly freeze?: { readonly rows: number; readonly columns: number };
  readonly validations: readonly ValidationPlan[];
  readonly conditionalFormats: readonly ConditionalFormatPlan[];
  readonly names: readonly NamePlan[];
  readonly print?: PrintPlan;
  readonly outline?: OutlinePlan;
  readonly protection?: ProtectionPlan;
  /** Skip this sheet when the workbook already has the given name (e.g. an existing unit list). */
  readonly skipIfNameExists?: string;
  /** Make this the active sheet after insert. */
  readonly activate?: boolean;
}

export interface WorkbookPlan {
  readonly sheets: readonly SheetPlan[];
}

/** What an adapter reports after rendering a plan. */
export interface RenderResult {
  /** Plan sheet key → actual sheet name. */
  readonly sheetNames: Readonly<Record<string, string>>;
  /**
   * Names that already existed and were kept as they were, WITHOUT a name
   * scoped to the new sheet (the adapters create one for every kept name, so
   * this is empty unless an adapter cannot scope names).
   */
  readonly keptNames: readonly string[];
  /**
   * Names that already existed in the workbook (kept as they were) and were
   * created scoped to the new sheet instead, so the new sheet's formulas refer
   * to the new sheet. In plan order; a name appears once per sheet.
   */
  readonly sheetScopedNames: readonly string[];
  /** Sheets skipped because of `skipIfNameExists`. */
  readonly skippedSheets: readonly string[];
}
