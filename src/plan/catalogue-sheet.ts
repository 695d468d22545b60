/**
 * The catalogue template as a workbook plan: a catalogue sheet (title, plan
 * settings, an Excel table with section rows) and a units sheet exposed as the
 * defined name `DanhMucDonVi`, which feeds the unit column's dropdown.
 */
import type { CatalogueTemplate } from '../core/templates/types';
import type { FormatPlan, PlanCell, SheetPlan, WorkbookPlan } from './types';

export const CATALOGUE_HEADERS = ['TT', 'Tên nhiệm vụ', 'Đơn vị chủ trì', 'Thời gian hoàn thành', 'Sản phẩm'] as const;
export const UNITS_SHEET_NAME = 'Danh mục đơn vị';
export const UNITS_HEADERS = ['Đơn vị', 'Tên gọi khác (viết tắt)'] as const;

/** Defined names the catalogue uses; the validator reads them back. */
export const CATALOGUE_NAMES = {
  units: 'DanhMucDonVi',
  planYear: 'NamKeHoach',
  issueDate: 'NgayBanHanh',
} as const;

/** Rows of the catalogue sheet (1-based). */
export const CATALOGUE_LAYOUT = { titleRow: 1, settingsRow: 2, headerRow: 3, firstDataRow: 4 } as const;

const SECTION_FILL = '#E2EFDA';
const HEADER_FILL = '#C6E0B4';

export interface CataloguePlanOptions {
  /** Overrides the template's plan year (e.g. an office reusing last year's catalogue). */
  readonly planYear?: number | null;
  readonly issueDate?: string | null;
}

/** Excel table names: letters, digits, underscores; start with a letter. */
function tableName(id: string): string {
  const words = id.split(/[^A-Za-z0-9]+/).filter(Boolean);
  return 'tbl' + words.map((w) => w[0]!.toUpperCase() + w.slice(1)).join('');
}

export function buildCataloguePlan(template: CatalogueTemplate, options: CataloguePlanOptions = {}): WorkbookPlan {
  const planYear = options.planYear === undefined ? template.planYear : options.planYear;
  const issueDate = options.issueDate === undefined ? template.issueDate : options.issueDate;
  const { titleRow, settingsRow, headerRow, firstDataRow } = CATALOGUE_LAYOUT;

  const body: PlanCell[][] = [];
  const sectionRows: number[] = [];
  for (const section of template.sections) {
    sectionRows.push(firstDataRow + body.length);
    body.push([section.section, section.title, null, null, null]);
    for (const row of template.rows.filter((r) => r.section === section.section)) {
      body.push([row.tt, row.task, row.unit, row.deadline, row.product]);
    }
  }
  if (body.length === 0) body.push([null, null, null, null, null]);
  const lastRow = firstDataRow + body.length - 1;

  const cells: PlanCell[][] = [];
  cells[titleRow - 1] = [template.title];
  cells[settingsRow - 1] = ['Năm kế hoạch:', planYear ?? null, 'Ngày ban hành:', issueDate ? { date: issueDate } : null];
  cells[headerRow - 1] = [...CATALOGUE_HEADERS];
  body.forEach((r, i) => (cells[firstDataRow - 1 + i] = r));

  const formats: FormatPlan[] = [
    { range: `A${titleRow}`, format: { bold: true, fontSize: 14 } },
    { range: `A${settingsRow}:D${settingsRow}`, format: { italic: true } },
    { range: `B${settingsRow}`, format: { numberFormat: '0', horizontal: 'left', bold: true } },
    { range: `D${settingsRow}`, format: { numberFormat: 'dd/mm/yyyy', horizontal: 'left', bold: true } },
    { range: `A${headerRow}:E${headerRow}`, format: { bold: true, fill: HEADER_FILL, wrap: true, vertical: 'center', horizontal: 'center' } },
    { range: `A${firstDataRow}:E${lastRow}`, format: { wrap: true, vertical: 'top', border: true } },
    { range: `A${firstDataRow}:A${lastRow}`, format: { horizontal: 'center' } },
    ...sectionRows.map((r) => ({ range: `A${r}:E${r}`, format: { bold: true, fill: SECTION_FILL } })),
  ];

  const hasUnits = template.units.length > 0;
  const catalogue: SheetPlan = {
    key: 'catalogue',
    name: planYear ? `Danh mục nhiệm vụ ${planYear}` : 'Khung danh mục nhiệm vụ',
    cells,
    columns: [{ width: 6 }, { width: 60, wrap: true }, { width: 28, wrap: true }, { width: 20, wrap: true }, { width: 45, wrap: true }],
    formats,
    table: { name: tableName(template.id), range: `A${headerRow}:E${lastRow}`, style: 'TableStyleLight9' },
    freeze: { rows: headerRow, columns: 0 },
    validations: hasUnits
      ? [
          {
            range: `C${firstDataRow}:C${lastRow}`,
            rule: { kind: 'list', source: { name: CATALOGUE_NAMES.units } },
            style: 'warning',
            errorTitle: 'Đơn vị chủ trì',
            errorMessage: 'Đơn vị không có trong Danh mục đơn vị. / Unit not in the unit list.',
            prompt: 'Chọn đơn vị chủ trì từ danh sách. / Pick the lead unit.',
          },
        ]
      : [],
    conditionalFormats: [],
    names: [
      { name: CATALOGUE_NAMES.planYear, ref: `$B$${settingsRow}`, comment: 'Năm kế hoạch / plan year' },
      { name: CATALOGUE_NAMES.issueDate, ref: `$D$${settingsRow}`, comment: 'Ngày ban hành kế hoạch / plan issue date' },
    ],
    print: { orientation: 'landscape', paperSize: 'A4', printTitleRows: `$${headerRow}:$${headerRow}`, fitToWidth: true },
    activate: true,
  };

  const sheets: SheetPlan[] = [catalogue];
  if (hasUnits) sheets.push(buildUnitsSheet(template));
  return { sheets };
}

function buildUnitsSheet(template: CatalogueTemplate): SheetPlan {
  const last = template.units.length + 1;
  return {
    key: 'units',
    name: UNITS_SHEET_NAME,
    cells: [[...UNITS_HEADERS], ...template.units.map((u) => [u.name, u.aliases.join('; ')])],
    columns: [{ width: 50, wrap: true }, { width: 50, wrap: true }],
    formats: [{ range: 'A1:B1', format: { bold: true, fill: HEADER_FILL } }],
    table: { name: 'tblDanhMucDonVi', range: `A1:B${last}`, style: 'TableStyleLight9' },
    freeze: { rows: 1, columns: 0 },
    validations: [],
    conditionalFormats: [],
    names: [{ name: CATALOGUE_NAMES.units, ref: `$A$2:$A$${last}`, comment: 'Danh mục đơn vị chủ trì / lead units' }],
    skipIfNameExists: CATALOGUE_NAMES.units,
  };
}
