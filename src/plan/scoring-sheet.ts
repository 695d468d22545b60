/**
 * The emulation scoring sheet ("Chấm điểm") as a workbook plan: cells,
 * formats, validation, conditional formats, names, outline and protection
 * around the standard formulas of src/core/scoring/formulas.ts.
 */
import type { CriteriaTree, Criterion } from '../core/scoring/criteria';
import type { ScoringRule } from '../core/templates/types';
import {
  OTHER_LANGUAGE_LABEL,
  OTHER_LANGUAGE_NO,
  OTHER_LANGUAGE_YES,
  SCORING_CELLS,
  SCORING_COLUMNS,
  SCORING_HEADERS,
  SCORING_NAMES,
  SCORING_ROWS,
  SCORING_SHEET_NAME,
  TOTAL_KEYS,
  UNIT_LABEL,
  itemAssessedName,
  itemSelfName,
  scoringLayout,
  type ScoringLayout,
} from '../core/scoring/layout';
import { SIDES, expectedFormulas, notNumber, numberTests, str, type ExpectedFormulas } from '../core/scoring/formulas';
import type {
  ConditionalFormatPlan,
  FormatPlan,
  NamePlan,
  PlanCell,
  SheetPlan,
  ValidationPlan,
  WorkbookPlan,
} from './types';

export interface ScoringSheetOptions {
  /** Sheet protection password; default none (protected without a password). */
  readonly password?: string;
  readonly sheetName?: string;
}


const FILL = {
  header: '#BDD7EE',
  settings: '#FFF2CC',
  /** Input cells (E, G on scored rows). */
  input: '#FFFDE7',
  /** Group rows by depth (0 = the 14 items). */
  groups: ['#D9E1F2', '#E7EDF7', '#F2F5FB'] as readonly string[],
  total: '#C6E0B4',
  red: '#FFC7CE',
  orange: '#F8CBAD',
  yellow: '#FFEB9C',
  blue: '#DDEBF7',
};
const INFO_FONT = '#7F7F7F';

export { expectedFormulas, type ExpectedFormulas };

/** Consecutive row numbers → [from, to] runs. */
function runs(rows: readonly number[]): [number, number][] {
  const sorted = [...rows].sort((a, b) => a - b);
  const out: [number, number][] = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last !== undefined && r === last[1] + 1) last[1] = r;
    else out.push([r, r]);
  }
  return out;
}

function rangeOf(column: string, [from, to]: [number, number]): string {
  return from === to ? `${column}${from}` : `${column}${from}:${column}${to}`;
}

/** Last row of a criterion's subtree (itself when it has no children). */
function lastDescendantRow(tree: CriteriaTree, layout: ScoringLayout, c: Criterion): number {
  const last = c.children[c.children.length - 1];
  const child = last === undefined ? undefined : tree.byCode.get(last);
  return child === undefined ? (layout.rowOf.get(c.code) as number) : lastDescendantRow(tree, layout, child);
}

function ruleKind(c: Criterion): 'plain' | ScoringRule['kind'] {
  return c.rule?.kind ?? 'plain';
}

/** The validation of an input cell, with a key shared by rows that can use one validation. */
function inputValidation(c: Criterion, column: string): { key: string; make: (top: number) => Omit<ValidationPlan, 'range'> } {
  const rule = c.rule;
  if (rule?.kind === 'status') {
    const statuses = rule.points.map((p) => p.status);
    return {
      key: `status:${JSON.stringify(rule.points)}`,
      make: () => ({
        rule: { kind: 'list', source: { items: statuses } },
        style: 'warning',
        errorTitle: 'Không đúng danh mục',
        errorMessage: `Chọn một trong: ${statuses.join('; ')}. Giá trị khác được tính 0 điểm.`,
        prompt: rule.points.map((p) => `${p.status}: ${p.points} điểm`).join('; '),
      }),
    };
  }
  if (rule?.kind === 'rate') {
    return {
      key: `rate:${JSON.stringify(rule.bands)}`,
      make: () => ({
        rule: { kind: 'decimal', min: 0, max: 100 },
        style: 'warning',
        errorTitle: 'Tỷ lệ không hợp lệ',
        errorMessage: 'Nhập tỷ lệ từ 0 đến 1 (ví dụ 0,8) hoặc phần trăm từ 1 đến 100 (ví dụ 80).',
        prompt: rule.bands.map((b) => `từ ${b.min * 100}%: ${b.points} điểm`).join('; '),
      }),
    };
  }
  if (rule?.kind === 'foreign-language') {
    return {
      key: 'foreign-language',
      make: (top) => ({
        rule: { kind: 'custom', formula: `AND(${numberTests(column + top)},${column}${top}>=0,${column}${top}<=$D${top})` },
        style: 'warning',
        errorTitle: 'Vượt điểm tối đa',
        errorMessage: 'Điểm từ 0 đến điểm tối đa ở cột D (tùy có dạy ngoại ngữ khác ngoài tiếng Anh hay không).',
      }),
    };
  }
  const max = c.max ?? 0;
  return {
    key: `decimal:${max}`,
    make: () => ({
      rule: { kind: 'decimal', min: 0, max },
      style: 'warning',
      errorTitle: 'Vượt điểm tối đa',
      errorMessage: `Điểm từ 0 đến ${max}. Phần vượt không được tính.`,
    }),
  };
}

export function buildScoringSheetPlan(tree: CriteriaTree, options: ScoringSheetOptions = {}): WorkbookPlan {
  const sheetName = options.sheetName ?? SCORING_SHEET_NAME;
  const layout = scoringLayout(tree, sheetName);
  const col = SCORING_COLUMNS;
  const row = (c: Criterion): number => layout.rowOf.get(c.code) as number;
  const formulas = expectedFormulas(tree, sheetName);
  const inputRows = tree.items.filter((c) => c.role === 'scored' || c.role === 'bonus');
  const { firstItem } = SCORING_ROWS;
  const last = layout.lastItemRow;
  const { total14Row, grandTotalRow } = layout;
  const template = tree.template;

  // ---- cells ----
  const cells: PlanCell[][] = [];
  cells[SCORING_ROWS.title - 1] = [`Bảng chấm điểm thi đua — ${template.title}`];
  cells[SCORING_ROWS.settings - 1] = [UNIT_LABEL, null, null, OTHER_LANGUAGE_LABEL, OTHER_LANGUAGE_NO];
  cells[SCORING_ROWS.instruction - 1] = [
    'Nhập điểm tự chấm vào cột E, điểm đánh giá vào cột G; các cột "được tính" và các dòng tổng do công thức tính (không vượt điểm tối đa).',
  ];
  cells[SCORING_ROWS.header - 1] = [...SCORING_HEADERS];
  for (const c of tree.items) {
    const f = formulas[c.code];
    const d: PlanCell = f?.max !== undefined ? { formula: f.max } : c.max;
    cells[row(c) - 1] = [
      c.code,
      c.text,
      c.evidence === '' ? null : c.evidence,
      d,
      null,
      f === undefined ? null : { formula: f.selfCounted },
      null,
      f === undefined ? null : { formula: f.assessedCounted },
      c.evaluator,
      null,
    ];
  }
  const t14 = formulas[TOTAL_KEYS.items]!;
  const tAll = formulas[TOTAL_KEYS.grand]!;
  cells[total14Row - 1] = [
    null,
    `Tổng điểm ${tree.topLevel.length} nhiệm vụ, giải pháp (tối đa ${template.totalMax})`,
    null,
    template.totalMax,
    null,
    { formula: t14.selfCounted },
    null,
    { formula: t14.assessedCounted },
  ];
  cells[grandTotalRow - 1] = [
    null,
    'Tổng điểm (kể cả điểm thưởng)',
    null,
    template.totalMax + (tree.bonus?.max ?? 0),
    null,
    { formula: tAll.selfCounted },
    null,
    { formula: tAll.assessedCounted },
  ];

  // ---- formats ----
  const header = SCORING_ROWS.header;
  const formats: FormatPlan[] = [
    { range: `A${SCORING_ROWS.title}`, format: { bold: true, fontSize: 14 } },
    { range: `A${SCORING_ROWS.settings}:E${SCORING_ROWS.settings}`, format: { bold: true } },
    { range: SCORING_CELLS.unit, format: { fill: FILL.settings, border: true, locked: false } },
    { range: SCORING_CELLS.otherLanguage, format: { fill: FILL.settings, border: true, locked: false, horizontal: 'center' } },
    { range: `A${SCORING_ROWS.instruction}`, format: { italic: true, fontColor: INFO_FONT } },
    {
      range: `A${header}:J${header}`,
      format: { bold: true, fill: FILL.header, wrap: true, horizontal: 'center', vertical: 'center', border: true },
    },
    { range: `A${firstItem}:J${grandTotalRow}`, format: { vertical: 'top', border: true } },
    { range: `B${firstItem}:C${last}`, format: { wrap: true } },
    { range: `I${firstItem}:J${last}`, format: { wrap: true } },
    { range: `D${firstItem}:H${grandTotalRow}`, format: { numberFormat: 'General', horizontal: 'right' } },
  ];
  for (const c of tree.items) {
    const r = row(c);
    if (c.role === 'group') {
      const fill = FILL.groups[Math.min(c.depth, FILL.groups.length - 1)]!;
      formats.push({ range: `A${r}:J${r}`, format: { bold: true, fill } });
    } else if (c.role === 'info') {
      formats.push({ range: `A${r}:J${r}`, format: { italic: true, fontColor: INFO_FONT } });
    } else if (c.role === 'bonus') {
      formats.push({ range: `A${r}:J${r}`, format: { bold: true } });
    }
  }
  formats.push({ range: `A${total14Row}:J${grandTotalRow}`, format: { bold: true, fill: FILL.total } });

  // ---- validations ----
  const validations: ValidationPlan[] = [
    {
      range: SCORING_CELLS.otherLanguage,
      rule: { kind: 'list', source: { items: [OTHER_LANGUAGE_YES, OTHER_LANGUAGE_NO] } },
      style: 'stop',
      errorTitle: 'Giá trị không hợp lệ',
      errorMessage: `Chọn "${OTHER_LANGUAGE_YES}" hoặc "${OTHER_LANGUAGE_NO}".`,
      prompt: 'Có dạy ngoại ngữ khác ngoài tiếng Anh không? (quyết định điểm tối đa của 4.2.1 và 4.2.2)',
    },
  ];
  for (const side of SIDES) {
    const c = col[side.input];
    // Consecutive rows with the same rule share one validation.
    let open: { key: string; from: number; to: number; make: (top: number) => Omit<ValidationPlan, 'range'> } | null = null;
    const flush = (): void => {
      if (open !== null) validations.push({ range: rangeOf(c, [open.from, open.to]), ...open.make(open.from) });
      open = null;
    };
    for (const item of inputRows) {
      const r = row(item);
      const spec = inputValidation(item, c);
      if (open !== null && open.key === spec.key && open.to + 1 === r) open.to = r;
      else {
        flush();
        open = { ...spec, from: r, to: r };
      }
    }
    flush();
  }

  // ---- conditional formats ----
  const rateRows = inputRows.filter((c) => ruleKind(c) === 'rate').map(row);
  const statusRows = inputRows.filter((c) => ruleKind(c) === 'status').map(row);
  // Numeric inputs: every item row but the rate and status rows (other rows have no input, so the rule stays off there).
  const numericRows = tree.items.map(row).filter((r) => !rateRows.includes(r) && !statusRows.includes(r));
  const conditionalFormats: ConditionalFormatPlan[] = [];
  for (const side of SIDES) {
    const c = col[side.input];
    for (const run of runs(numericRows)) {
      const top = `${c}${run[0]}`;
      conditionalFormats.push({
        range: rangeOf(c, run),
        formula: `AND(${numberTests(top)},OR(${top}<0,${top}>$D${run[0]}))`,
        format: { fill: FILL.red, fontColor: '#9C0006' },
        purpose: 'Điểm nhập âm hoặc vượt điểm tối đa (chỉ phần từ 0 đến tối đa được tính).',
      });
      conditionalFormats.push({
        range: rangeOf(c, run),
        formula: notNumber(top),
        format: { fill: FILL.orange },
        purpose: 'Ô điểm chứa chữ hoặc giá trị không phải số: được tính 0 điểm.',
      });
    }
    for (const run of runs(rateRows)) {
      const top = `${c}${run[0]}`;
      conditionalFormats.push({
        range: rangeOf(c, run),
        formula: `AND(${numberTests(top)},OR(${top}<0,${top}>100))`,
        format: { fill: FILL.red, fontColor: '#9C0006' },
        purpose: 'Tỷ lệ âm hoặc trên 100%.',
      });
      conditionalFormats.push({
        range: rangeOf(c, run),
        formula: notNumber(top),
        format: { fill: FILL.orange },
        purpose: 'Tỷ lệ không phải số: được tính 0 điểm.',
      });
    }
    for (const r of statusRows) {
      const cell = `${c}${r}`;
      const statuses = inputRows.find((x) => row(x) === r)?.rule;
      const list = statuses?.kind === 'status' ? statuses.points.map((p) => p.status) : [];
      conditionalFormats.push({
        range: cell,
        formula: `AND(LEN(${cell})>0,${list.map((s) => `TRIM(${cell})<>${str(s)}`).join(',')})`,
        format: { fill: FILL.orange },
        purpose: 'Tình trạng không có trong danh mục: được tính 0 điểm.',
      });
    }
  }
  conditionalFormats.push({
    range: `${col.note}${firstItem}:${col.note}${last}`,
    formula: `AND(OR(LEN($${col.self}${firstItem})>0,LEN($${col.assessed}${firstItem})>0),OR(N($${col.selfCounted}${firstItem})>0,N($${col.assessedCounted}${firstItem})>0),LEN(TRIM(${col.note}${firstItem}))=0)`,
    format: { fill: FILL.yellow },
    purpose: 'Có điểm được tính nhưng chưa ghi chú minh chứng.',
  });
  for (const counted of [col.selfCounted, col.assessedCounted]) {
    conditionalFormats.push({
      range: `${counted}${firstItem}:${counted}${last}`,
      formula: `AND(LEN($${col.self}${firstItem})>0,LEN($${col.assessed}${firstItem})>0,$${col.selfCounted}${firstItem}<>$${col.assessedCounted}${firstItem})`,
      format: { fill: FILL.blue, bold: true },
      purpose: 'Điểm tự chấm được tính khác điểm đánh giá được tính.',
    });
  }

  // ---- names ----
  const names: NamePlan[] = [
    { name: SCORING_NAMES.unit, ref: `$B$${SCORING_ROWS.settings}`, comment: 'Tên đơn vị được chấm điểm' },
    {
      name: SCORING_NAMES.otherLanguage,
      ref: `$E$${SCORING_ROWS.settings}`,
      comment: 'Có dạy ngoại ngữ khác ngoài tiếng Anh? (Có/Không)',
    },
    { name: SCORING_NAMES.selfTotal, ref: `$F$${grandTotalRow}`, comment: 'Tổng điểm tự chấm (kể cả điểm thưởng)' },
    { name: SCORING_NAMES.assessedTotal, ref: `$H$${grandTotalRow}`, comment: 'Tổng điểm đánh giá (kể cả điểm thưởng)' },
  ];
  tree.topLevel.forEach((c, i) => {
    names.push({ name: itemSelfName(i + 1), ref: layout.absolute(c.code, 'selfCounted'), comment: `Tự chấm, nhiệm vụ/giải pháp ${c.code}` });
    names.push({ name: itemAssessedName(i + 1), ref: layout.absolute(c.code, 'assessedCounted'), comment: `Đánh giá, nhiệm vụ/giải pháp ${c.code}` });
  });
  if (tree.bonus !== null) {
    names.push({ name: SCORING_NAMES.selfBonus, ref: layout.absolute(tree.bonus.code, 'selfCounted'), comment: 'Điểm thưởng tự chấm' });
    names.push({ name: SCORING_NAMES.assessedBonus, ref: layout.absolute(tree.bonus.code, 'assessedCounted'), comment: 'Điểm thưởng đánh giá' });
  }

  // ---- outline: every row with children groups its descendants ----
  const rowGroups = tree.items
    .filter((c) => c.children.length > 0)
    .map((c) => ({ from: row(c) + 1, to: lastDescendantRow(tree, layout, c) }));

  // ---- protection ----
  const inputRuns = runs(inputRows.map(row));
  const unlocked = [
    SCORING_CELLS.unit,
    SCORING_CELLS.otherLanguage,
    ...inputRuns.map((run) => rangeOf(col.self, run)),
    ...inputRuns.map((run) => rangeOf(col.assessed, run)),
    `${col.note}${firstItem}:${col.note}${last}`,
  ];
  for (const range of unlocked.slice(2)) formats.push({ range, format: { locked: false } });
  for (const range of unlocked.slice(2, -1)) formats.push({ range, format: { fill: FILL.input } });

  const sheet: SheetPlan = {
    key: 'scoring',
    name: sheetName,
    cells,
    columns: [
      { width: 10 },
      { width: 60, wrap: true },
      { width: 45, wrap: true },
      { width: 10 },
      { width: 12 },
      { width: 12 },
      { width: 12 },
      { width: 12 },
      { width: 24, wrap: true },
      { width: 30, wrap: true },
    ],
    formats,
    freeze: { rows: header, columns: 0 },
    validations,
    conditionalFormats,
    names,
    print: { orientation: 'landscape', paperSize: 'A4', printTitleRows: `$${header}:$${header}`, fitToWidth: true },
    outline: { rowGroups },
    protection: options.password === undefined ? { unlocked } : { unlocked, password: options.password },
    activate: true,
  };
  return { sheets: [sheet] };
}
