/**
 * The cluster tally workbook as a plan: three sheets.
 *
 * - "Cụm thi đua": the cluster's name, leader and deputy, and the member list
 *   (editable; the leader may correct names).
 * - "Tổng hợp cụm": one row per member. The 14 item totals and the bonus of
 *   the chosen column (self-assessed or assessed) are imported as VALUES
 *   (recomputed by the reference engine); the chosen total is a native
 *   formula over them, `MIN(SUM(F5:S5),2250)+T5`, so the leader can adjust an
 *   item and watch the total and the ranks move; the other total is an
 *   imported value, for reference. The rank is a native formula
 *   `COUNTIF($E$5:$E$12,">"&E5)+1` over the chosen total column (no RANK: HyperFormula
 *   lacks it); ties share a rank (1, 1, 3). A suggestion column proposes an
 *   award from the rank (1 → "Cờ thi đua", ≤ 3 → "Bằng khen"), and the
 *   "Đề nghị khen thưởng" column is the leader's choice from a dropdown.
 * - "Ma trận tiêu chí": criteria codes × members, counted scores by the chosen
 *   column, with the highest and lowest of each row highlighted.
 *
 * Functions used: COUNTIF, IF, AND, MAX, MIN, SUM (Excel 2016, LibreOffice 7.4 and
 * HyperFormula compute them the same).
 */
import { columnLetter } from '../core/sheet';
import type { TallyResult } from '../core/tally';
import type { Cluster } from '../core/templates/types';
import type { ConditionalFormatPlan, FormatPlan, NamePlan, PlanCell, SheetPlan, ValidationPlan, WorkbookPlan } from './types';

export const TALLY_SHEET_NAMES = { cluster: 'Cụm thi đua', summary: 'Tổng hợp cụm', matrix: 'Ma trận tiêu chí' } as const;

/** The award choices of the "Đề nghị khen thưởng" dropdown. */
export const AWARDS = { flag: 'Cờ thi đua', certificate: 'Bằng khen', none: 'Không' } as const;

/** Rank at or above which the suggestion is "Bằng khen" (rank 1 gets "Cờ thi đua"). */
export const CERTIFICATE_MAX_RANK = 3;

/** First data row of the summary and matrix sheets (row 4 is the header). */
export const TALLY_FIRST_ROW = 5;
const HEADER_ROW = 4;

/** Columns of "Tổng hợp cụm": A STT, B unit, C file, D self total, E assessed total, then one per item, the bonus, rank, suggestion, decision. */
export interface SummaryColumns {
  readonly index: string;
  readonly unit: string;
  readonly file: string;
  readonly selfTotal: string;
  readonly assessedTotal: string;
  /** One per top-level item. */
  readonly items: readonly string[];
  /** The bonus (Điểm thưởng) of the chosen column. */
  readonly bonus: string;
  readonly rank: string;
  readonly suggestion: string;
  readonly decision: string;
  /** The total column the rank reads (selfTotal or assessedTotal). */
  readonly chosen: string;
}

export function summaryColumns(itemCount: number, by: TallyResult['by']): SummaryColumns {
  const items = Array.from({ length: itemCount }, (_, i) => columnLetter(6 + i));
  const after = 7 + itemCount;
  return {
    index: 'A',
    unit: 'B',
    file: 'C',
    selfTotal: 'D',
    assessedTotal: 'E',
    items,
    bonus: columnLetter(6 + itemCount),
    rank: columnLetter(after),
    suggestion: columnLetter(after + 1),
    decision: columnLetter(after + 2),
    chosen: by === 'self' ? 'D' : 'E',
  };
}

/** `COUNTIF($E$5:$E$12,">"&E5)+1` for the member on `row`. */
export function rankFormula(chosen: string, row: number, lastRow: number): string {
  return `COUNTIF($${chosen}$${TALLY_FIRST_ROW}:$${chosen}$${lastRow},">"&${chosen}${row})+1`;
}

/** The chosen total of the member on `row`: `MIN(SUM(F5:S5),2250)+T5`. */
export function chosenTotalFormula(col: SummaryColumns, row: number, totalMax: number): string {
  const first = col.items[0] as string;
  const last = col.items[col.items.length - 1] as string;
  return `MIN(SUM(${first}${row}:${last}${row}),${totalMax})+${col.bonus}${row}`;
}

/** `IF(T5=1,"Cờ thi đua",IF(T5<=3,"Bằng khen",""))`. */
export function suggestionFormula(rankCell: string): string {
  return `IF(${rankCell}=1,"${AWARDS.flag}",IF(${rankCell}<=${CERTIFICATE_MAX_RANK},"${AWARDS.certificate}",""))`;
}

const FILL = { header: '#BDD7EE', input: '#FFFDE7', top: '#FFE699', high: '#C6EFCE', low: '#FFC7CE', group: '#D9E1F2' };

const BY_LABEL: Readonly<Record<TallyResult['by'], string>> = { self: 'Điểm tự chấm', assessed: 'Điểm đánh giá' };

function clusterSheet(result: TallyResult, cluster: Cluster | undefined): SheetPlan {
  const n = result.members.length;
  const first = 7;
  const cells: PlanCell[][] = [
    ['Cụm thi đua'],
    ['Tên cụm:', cluster?.name ?? null],
    ['Cụm trưởng:', cluster?.leader ?? null],
    ['Cụm phó:', cluster?.deputy ?? null],
    [],
    ['STT', 'Đơn vị thành viên', 'Tệp chấm điểm'],
    ...result.members.map((m, i): PlanCell[] => [i + 1, m.unit, m.file]),
  ];
  const last = first + Math.max(n, 1) - 1;
  const names: NamePlan[] = [
    { name: 'TenCum', ref: '$B$2', comment: 'Tên cụm thi đua', ifExists: 'replace' },
    { name: 'CumTruong', ref: '$B$3', comment: 'Đơn vị cụm trưởng', ifExists: 'replace' },
    { name: 'CumPho', ref: '$B$4', comment: 'Đơn vị cụm phó', ifExists: 'replace' },
  ];
  if (n > 0) names.push({ name: 'ThanhVienCum', ref: `$B$${first}:$B$${last}`, comment: 'Danh sách đơn vị thành viên', ifExists: 'replace' });
  const formats: FormatPlan[] = [
    { range: 'A1', format: { bold: true, fontSize: 14 } },
    { range: 'A2:A4', format: { bold: true } },
    { range: 'B2:B4', format: { fill: FILL.input, border: true, locked: false } },
    { range: 'A6:C6', format: { bold: true, fill: FILL.header, border: true, horizontal: 'center' } },
    { range: `A${first}:C${last}`, format: { border: true } },
    { range: `B${first}:B${last}`, format: { fill: FILL.input, locked: false } },
  ];
  return {
    key: 'tally-cluster',
    name: TALLY_SHEET_NAMES.cluster,
    cells,
    columns: [{ width: 14 }, { width: 40 }, { width: 40 }],
    formats,
    freeze: { rows: 6, columns: 0 },
    validations: [],
    conditionalFormats: [],
    names,
  };
}

function summarySheet(result: TallyResult, cluster: Cluster | undefined): SheetPlan {
  const n = result.members.length;
  const col = summaryColumns(result.itemCodes.length, result.by);
  const cells: PlanCell[][] = [
    [`Tổng hợp kết quả chấm điểm thi đua${cluster === undefined ? '' : ` — ${cluster.name}`}`],
    ['Xếp hạng theo:', BY_LABEL[result.by]],
    [
      `Điểm được tính lại từ điểm nhập trong từng tệp. Có thể sửa điểm từng nhiệm vụ (cột ${col.items[0]}–${col.bonus}): tổng ở cột ${col.chosen}, xếp hạng (cột ${col.rank}) và gợi ý khen thưởng tự tính lại; bằng điểm thì cùng hạng.`,
    ],
    [
      'STT',
      'Đơn vị',
      'Tệp',
      'Tổng điểm tự chấm',
      'Tổng điểm đánh giá',
      ...result.itemCodes.map((c) => `Nhiệm vụ ${c}`),
      'Điểm thưởng',
      'Xếp hạng',
      'Gợi ý khen thưởng',
      'Đề nghị khen thưởng',
    ],
  ];
  result.members.forEach((m, i) => {
    const row = TALLY_FIRST_ROW + i;
    cells.push([
      i + 1,
      m.unit,
      m.file,
      result.by === 'self' ? { formula: chosenTotalFormula(col, row, result.totalMax) } : m.selfTotal,
      result.by === 'assessed' ? { formula: chosenTotalFormula(col, row, result.totalMax) } : m.assessedTotal,
      ...m.items,
      m.bonus,
      { formula: rankFormula(col.chosen, row, TALLY_FIRST_ROW + n - 1) },
      { formula: suggestionFormula(`${col.rank}${row}`) },
      null,
    ]);
  });
  const lastCol = col.decision;
  const formats: FormatPlan[] = [
    { range: 'A1', format: { bold: true, fontSize: 14 } },
    { range: 'A2:B2', format: { bold: true } },
    { range: 'A3', format: { italic: true, fontColor: '#7F7F7F' } },
    { range: `A${HEADER_ROW}:${lastCol}${HEADER_ROW}`, format: { bold: true, fill: FILL.header, wrap: true, horizontal: 'center', vertical: 'center', border: true } },
  ];
  const names: NamePlan[] = [];
  const conditionalFormats: ConditionalFormatPlan[] = [];
  const validations: ValidationPlan[] = [];
  if (n > 0) {
    const end = TALLY_FIRST_ROW + n - 1;
    const r = (c: string): string => `$${c}$${TALLY_FIRST_ROW}:$${c}$${end}`;
    formats.push(
      { range: `A${TALLY_FIRST_ROW}:${lastCol}${end}`, format: { border: true } },
      { range: `D${TALLY_FIRST_ROW}:E${end}`, format: { numberFormat: 'General' } },
      { range: `${col.chosen}${TALLY_FIRST_ROW}:${col.chosen}${end}`, format: { bold: true } },
      { range: `${col.items[0] ?? 'F'}${TALLY_FIRST_ROW}:${col.bonus}${end}`, format: { numberFormat: 'General', fill: FILL.input, locked: false } },
      { range: `${col.rank}${TALLY_FIRST_ROW}:${col.rank}${end}`, format: { bold: true, horizontal: 'center' } },
      { range: `${col.decision}${TALLY_FIRST_ROW}:${col.decision}${end}`, format: { fill: FILL.input, locked: false } },
    );
    names.push(
      { name: 'TongHop_DonVi', ref: r(col.unit), comment: 'Đơn vị thành viên', ifExists: 'replace' },
      { name: 'TongHop_TuCham', ref: r(col.selfTotal), comment: 'Tổng điểm tự chấm', ifExists: 'replace' },
      { name: 'TongHop_DanhGia', ref: r(col.assessedTotal), comment: 'Tổng điểm đánh giá', ifExists: 'replace' },
      { name: 'TongHop_XepHang', ref: r(col.rank), comment: `Xếp hạng theo ${BY_LABEL[result.by].toLowerCase()}`, ifExists: 'replace' },
      { name: 'TongHop_DeNghi', ref: r(col.decision), comment: 'Đề nghị khen thưởng', ifExists: 'replace' },
    );
    conditionalFormats.push({
      range: `A${TALLY_FIRST_ROW}:${lastCol}${end}`,
      formula: `$${col.rank}${TALLY_FIRST_ROW}=1`,
      format: { fill: FILL.top, bold: true },
      purpose: 'Đơn vị xếp hạng nhất / the first-ranked member',
    });
    validations.push({
      range: `${col.decision}${TALLY_FIRST_ROW}:${col.decision}${end}`,
      rule: { kind: 'list', source: { items: [AWARDS.flag, AWARDS.certificate, AWARDS.none] } },
      style: 'stop',
      errorTitle: 'Giá trị không hợp lệ',
      errorMessage: `Chọn "${AWARDS.flag}", "${AWARDS.certificate}" hoặc "${AWARDS.none}".`,
      prompt: 'Đề nghị khen thưởng của cụm (xem cột gợi ý bên trái)',
    });
  }
  return {
    key: 'tally-summary',
    name: TALLY_SHEET_NAMES.summary,
    cells,
    columns: [
      { width: 6 },
      { width: 32, wrap: true },
      { width: 28, wrap: true },
      { width: 12 },
      { width: 12 },
      ...col.items.map(() => ({ width: 10 })),
      { width: 10 },
      { width: 10 },
      { width: 16 },
      { width: 18 },
    ],
    formats,
    freeze: { rows: HEADER_ROW, columns: 2 },
    validations,
    conditionalFormats,
    names,
    print: { orientation: 'landscape', paperSize: 'A4', printTitleRows: `$${HEADER_ROW}:$${HEADER_ROW}`, fitToWidth: true },
    activate: true,
  };
}

function matrixSheet(result: TallyResult): SheetPlan {
  const n = result.members.length;
  const codes = result.criteria;
  const memberCols = result.members.map((_, i) => columnLetter(3 + i));
  const cells: PlanCell[][] = [
    ['Ma trận điểm theo tiêu chí'],
    ['Điểm được tính theo:', BY_LABEL[result.by]],
    ['Mỗi dòng: ô xanh là điểm cao nhất, ô đỏ là điểm thấp nhất của dòng (khi các đơn vị không bằng điểm nhau).'],
    ['Mã', 'Tiêu chí', ...result.members.map((m) => m.unit)],
    ...codes.map((c): PlanCell[] => [c.code, c.text, ...result.members.map((m) => m.counted[c.code] ?? 0)]),
  ];
  const last = TALLY_FIRST_ROW + codes.length - 1;
  const lastCol = memberCols[memberCols.length - 1] ?? 'B';
  const formats: FormatPlan[] = [
    { range: 'A1', format: { bold: true, fontSize: 14 } },
    { range: 'A2:B2', format: { bold: true } },
    { range: 'A3', format: { italic: true, fontColor: '#7F7F7F' } },
    { range: `A${HEADER_ROW}:${lastCol}${HEADER_ROW}`, format: { bold: true, fill: FILL.header, wrap: true, horizontal: 'center', border: true } },
    { range: `A${TALLY_FIRST_ROW}:${lastCol}${last}`, format: { border: true } },
  ];
  codes.forEach((c, i) => {
    if (c.depth === 0) formats.push({ range: `A${TALLY_FIRST_ROW + i}:${lastCol}${TALLY_FIRST_ROW + i}`, format: { bold: true, fill: FILL.group } });
  });
  const conditionalFormats: ConditionalFormatPlan[] = [];
  if (n > 0) {
    const first = memberCols[0] as string;
    const row = `$${first}${TALLY_FIRST_ROW}:$${lastCol}${TALLY_FIRST_ROW}`;
    const spread = `MAX(${row})>MIN(${row})`;
    const range = `${first}${TALLY_FIRST_ROW}:${lastCol}${last}`;
    conditionalFormats.push(
      {
        range,
        formula: `AND(${first}${TALLY_FIRST_ROW}=MAX(${row}),${spread})`,
        format: { fill: FILL.high, bold: true },
        purpose: 'Điểm cao nhất của tiêu chí trong cụm / highest score of the criterion',
      },
      {
        range,
        formula: `AND(${first}${TALLY_FIRST_ROW}=MIN(${row}),${spread})`,
        format: { fill: FILL.low },
        purpose: 'Điểm thấp nhất của tiêu chí trong cụm / lowest score of the criterion',
      },
    );
  }
  return {
    key: 'tally-matrix',
    name: TALLY_SHEET_NAMES.matrix,
    cells,
    columns: [{ width: 10 }, { width: 50, wrap: true }, ...memberCols.map(() => ({ width: 14 }))],
    formats,
    freeze: { rows: HEADER_ROW, columns: 2 },
    validations: [],
    conditionalFormats,
    names: [],
  };
}

/** The tally workbook: cluster, summary (ranks by formula), criteria matrix. */
export function buildTallyPlan(result: TallyResult, cluster?: Cluster): WorkbookPlan {
  return { sheets: [clusterSheet(result, cluster), summarySheet(result, cluster), matrixSheet(result)] };
}
