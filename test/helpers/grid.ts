/** Building sheet grids for tests, and asserting on catalogue findings. */
import type { Finding, FindingCode, ValidationReport } from '../../src/core/catalogue';
import type { DefinedName, GridCell, SheetGrid, WorkbookGrid } from '../../src/core/sheet';
import type { CatalogueTemplate } from '../../src/core/templates';

/** A cell as written in a test: a plain value (undefined/null = empty) or a full GridCell. */
export type CellInput = string | number | boolean | null | undefined | GridCell;

function toCell(input: CellInput): GridCell {
  if (input === undefined || input === null) return { value: null };
  if (typeof input === 'object') return input;
  return { value: input };
}

/** A SheetGrid from rows of values (row 1 first, column A first). */
export function gridFromRows(
  rows: readonly (readonly CellInput[])[],
  options: { readonly name?: string; readonly merges?: readonly string[] } = {},
): SheetGrid {
  return {
    name: options.name ?? 'Danh mục',
    cells: rows.map((row) => row.map(toCell)),
    ...(options.merges === undefined ? {} : { merges: options.merges }),
  };
}

/** The header the add-in writes (columns A–E). */
export const HEADER = ['TT', 'Tên nhiệm vụ', 'Đơn vị chủ trì', 'Thời gian hoàn thành', 'Sản phẩm'] as const;

export const TITLE = 'DANH MỤC NHIỆM VỤ NĂM 2020';

/** A catalogue sheet: title in row 1, header in row 2, then `rows` from row 3. */
export function catalogueGrid(rows: readonly (readonly CellInput[])[], header: readonly CellInput[] = HEADER): SheetGrid {
  return gridFromRows([[TITLE], header, ...rows], { merges: ['A1:E1'] });
}

/**
 * A template as the add-in inserts it: title row (merged A1:E1), header row,
 * then per section a section row (numeral in A, title in B merged B:E) and its
 * task rows.
 */
export function templateGrid(template: CatalogueTemplate): SheetGrid {
  const rows: CellInput[][] = [[template.title], [...HEADER]];
  const merges = ['A1:E1'];
  let section = '';
  for (const r of template.rows) {
    if (r.section !== section) {
      section = r.section;
      rows.push([r.section, r.sectionTitle]);
      merges.push(`B${rows.length}:E${rows.length}`);
    }
    rows.push([r.tt, r.task, r.unit, r.deadline, r.product]);
  }
  return gridFromRows(rows, { merges });
}

/** A workbook of sheets and defined names. */
export function workbook(sheets: readonly SheetGrid[], names: readonly DefinedName[]): WorkbookGrid {
  return { sheets, names };
}

/** The findings as [cell, code] pairs, in report order. */
export function findingPairs(report: ValidationReport): [string, FindingCode][] {
  return report.findings.map((f) => [f.cell, f.code]);
}

/** The findings with one code. */
export function findingsWith(report: ValidationReport, code: FindingCode): Finding[] {
  return report.findings.filter((f) => f.code === code);
}

/**
 * Asserts that the report has exactly one finding with this cell and code, and
 * that its other given properties match; returns it.
 */
export function expectFinding(
  report: ValidationReport,
  expected: Pick<Finding, 'cell' | 'code'> & Partial<Omit<Finding, 'cell' | 'code'>>,
): Finding {
  const matches = report.findings.filter((f) => f.cell === expected.cell && f.code === expected.code);
  if (matches.length !== 1) {
    throw new Error(
      `Expected one ${expected.code} at ${expected.cell}, found ${matches.length}. Findings: ` +
        JSON.stringify(findingPairs(report)),
    );
  }
  const found = matches[0] as Finding;
  expect(found).toMatchObject(expected);
  return found;
}

/** Asserts that no finding has this code (optionally: at this cell). */
export function expectNoFinding(report: ValidationReport, code: FindingCode, cell?: string): void {
  const hits = report.findings.filter((f) => f.code === code && (cell === undefined || f.cell === cell));
  expect(hits.map((f) => [f.cell, f.code, f.message])).toEqual([]);
}
