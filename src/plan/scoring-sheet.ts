/**
 * The emulation scoring sheet ("Chấm điểm") as a workbook plan. Every score is
 * a native formula a person can read: no helper cells, no volatile functions,
 * only functions Excel 2016+, LibreOffice 7.4 and HyperFormula compute the
 * same (IF, ISNUMBER, ISLOGICAL, MIN, MAX, SUM, TRIM, AND, OR, NOT, LEN, N). The reference
 * engine src/core/scoring/engine.ts computes the same numbers.
 *
 * Formulas by row kind (row numbers from the standard template):
 * - plain scored row   F12 = IF(AND(ISNUMBER(E12),NOT(ISLOGICAL(E12))),MIN(MAX(E12,0),D12),0)   (H: same over G)
 * - 4.2.1 / 4.2.2      D   = IF(TRIM(NgoaiNguKhac)="Có",40,50), F as a plain row
 * - status (7.4, 7.5)  F   = IF(TRIM(E)="Chưa có",10,IF(TRIM(E)="Có và quản lý tốt",20,0))
 * - rate (10.2.4.a/b)  F   = IF(AND(ISNUMBER(E),NOT(ISLOGICAL(E))),IF(IF(E>1,E/100,E)>=1,10,IF(IF(E>1,E/100,E)>=0.75,5,0)),0)
 * - group              F   = MIN(SUM(F6,F9,F15),D5)   (direct children that count; info rows left out)
 * - bonus (DT)         F   = as a plain row, with D = 250
 * - totals             MIN(SUM(F<item 1>,…,F<item 14>),2250); grand total = that + F<DT>
 * Trailing statuses/bands worth 0 points are left out of the nested IF: the
 * final "else 0" already gives them. NOT(ISLOGICAL(x)) is there because
 * LibreOffice stores TRUE/FALSE as 1/0 and answers ISNUMBER(TRUE) = TRUE
 * (found by the LibreOffice cross-check; Excel and HyperFormula say FALSE).
 */
import type { CriteriaTree, Criterion } from '../core/scoring/criteria';
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
import type { ScoringRule } from '../core/templates/types';
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

/** The expected formula texts of one row (no leading "="); what the audit compares. */
export interface ExpectedFormulas {
  /** Column D, only where the maximum is a formula (4.2.1, 4.2.2). */
  readonly max?: string;
  /** Column F. */
  readonly selfCounted: string;
  /** Column H. */
  readonly assessedCounted: string;
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

/** A number in a formula: plain decimal notation only. */
function num(n: number): string {
  const s = String(n);
  if (!Number.isFinite(n) || /e/i.test(s)) throw new Error(`Số không hợp lệ trong công thức: ${s} (number not writable in a formula)`);
  return s;
}

/** A string literal in a formula. */
function str(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/** Drops trailing entries worth 0 points: the nested IF's final 0 covers them. */
function withoutTrailingZeros<T extends { readonly points: number }>(list: readonly T[]): readonly T[] {
  let end = list.length;
  while (end > 0 && list[end - 1]!.points === 0) end--;
  return list.slice(0, end);
}

function nestedIf(tests: readonly { readonly test: string; readonly points: number }[]): string {
  return tests.reduceRight((otherwise, t) => `IF(${t.test},${num(t.points)},${otherwise})`, '0');
}

type InputSide = { readonly input: 'self' | 'assessed'; readonly counted: 'selfCounted' | 'assessedCounted' };
const SIDES: readonly InputSide[] = [
  { input: 'self', counted: 'selfCounted' },
  { input: 'assessed', counted: 'assessedCounted' },
];

/** Column D's formula for a row whose maximum depends on the flag, else null. */
function maxFormula(rule: ScoringRule | null): string | null {
  if (rule?.kind !== 'foreign-language') return null;
  return `IF(TRIM(${SCORING_NAMES.otherLanguage})=${str(OTHER_LANGUAGE_YES)},${num(rule.maxIfOtherTaught)},${num(rule.maxOtherwise)})`;
}

/**
 * "x is a number" the same in every engine: LibreOffice keeps TRUE/FALSE as
 * 1/0 and its ISNUMBER(TRUE) is TRUE (Excel's and HyperFormula's are FALSE),
 * so booleans are excluded explicitly.
 */
function isNumber(x: string): string {
  return `AND(${numberTests(x)})`;
}

/** The two tests of {@link isNumber}, to put inside a larger AND. */
function numberTests(x: string): string {
  return `ISNUMBER(${x}),NOT(ISLOGICAL(${x}))`;
}

/** "x is not empty and not a number" (text, TRUE/FALSE). */
function notNumber(x: string): string {
  return `AND(LEN(${x})>0,OR(NOT(ISNUMBER(${x})),ISLOGICAL(${x})))`;
}

/** The counted-score formula of an input row (scored or bonus), by rule kind. */
function inputFormula(rule: ScoringRule | null, x: string, max: string): string {
  const clip = `IF(${isNumber(x)},MIN(MAX(${x},0),${max}),0)`;
  if (rule === null) return clip;
  switch (rule.kind) {
    case 'foreign-language':
    case 'bonus':
      return clip;
    case 'status':
      return nestedIf(withoutTrailingZeros(rule.points).map((p) => ({ test: `TRIM(${x})=${str(p.status)}`, points: p.points })));
    case 'rate': {
      const r = `IF(${x}>1,${x}/100,${x})`;
      return `IF(${isNumber(x)},${nestedIf(withoutTrailingZeros(rule.bands).map((b) => ({ test: `${r}>=${num(b.min)}`, points: b.points })))},0)`;
    }
  }
}

function countedChildren(tree: CriteriaTree, c: Criterion): Criterion[] {
  return c.children.map((code) => tree.byCode.get(code)).filter((k): k is Criterion => k !== undefined && k.role !== 'info');
}

function rowFormulas(tree: CriteriaTree, layout: ScoringLayout, c: Criterion): ExpectedFormulas | null {
  if (c.role === 'info') return null;
  const max = layout.cell(c.code, 'max');
  const counted = (side: InputSide): string =>
    c.role === 'group'
      ? `MIN(SUM(${countedChildren(tree, c).map((k) => layout.cell(k.code, side.counted)).join(',')}),${max})`
      : inputFormula(c.rule, layout.cell(c.code, side.input), max);
  const d = maxFormula(c.rule);
  return {
    ...(d === null ? {} : { max: d }),
    selfCounted: counted(SIDES[0]!),
    assessedCounted: counted(SIDES[1]!),
  };
}

function totalFormulas(tree: CriteriaTree, layout: ScoringLayout): Record<string, ExpectedFormulas> {
  const col = SCORING_COLUMNS;
  const total14 = (c: string): string =>
    `MIN(SUM(${tree.topLevel.map((t) => `${c}${layout.rowOf.get(t.code)}`).join(',')}),${num(tree.template.totalMax)})`;
  const grand = (c: string): string =>
    tree.bonus === null
      ? `${c}${layout.total14Row}`
      : `${c}${layout.total14Row}+${c}${layout.rowOf.get(tree.bonus.code)}`;
  return {
    [TOTAL_KEYS.items]: { selfCounted: total14(col.selfCounted), assessedCounted: total14(col.assessedCounted) },
    [TOTAL_KEYS.grand]: { selfCounted: grand(col.selfCounted), assessedCounted: grand(col.assessedCounted) },
  };
}

/**
 * Per criterion code (and TOTAL_KEYS.items / TOTAL_KEYS.grand for the two
 * total rows) the formulas the sheet must hold in D (where a formula), F and H.
 * Info rows have none.
 */
export function expectedFormulas(tree: CriteriaTree, sheetName?: string): Record<string, ExpectedFormulas> {
  const layout = scoringLayout(tree, sheetName);
  const out: Record<string, ExpectedFormulas> = {};
  for (const c of tree.items) {
    const f = rowFormulas(tree, layout, c);
    if (f !== null) out[c.code] = f;
  }
  return { ...out, ...totalFormulas(tree, layout) };
}

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
