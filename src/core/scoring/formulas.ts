/**
 * The standard formulas of the scoring sheet ("Chấm điểm"): every score is
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
import type { ScoringRule } from '../templates/types';
import type { CriteriaTree, Criterion } from './criteria';
import { OTHER_LANGUAGE_YES, SCORING_COLUMNS, SCORING_NAMES, TOTAL_KEYS, scoringLayout, type ScoringLayout } from './layout';

/** The expected formula texts of one row (no leading "="); what the audit compares. */
export interface ExpectedFormulas {
  /** Column D, only where the maximum is a formula (4.2.1, 4.2.2). */
  readonly max?: string;
  /** Column F. */
  readonly selfCounted: string;
  /** Column H. */
  readonly assessedCounted: string;
}

/** A number in a formula: plain decimal notation only. */
export function num(n: number): string {
  const s = String(n);
  if (!Number.isFinite(n) || /e/i.test(s)) throw new Error(`Số không hợp lệ trong công thức: ${s} (number not writable in a formula)`);
  return s;
}

/** A string literal in a formula. */
export function str(text: string): string {
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

export type InputSide = { readonly input: 'self' | 'assessed'; readonly counted: 'selfCounted' | 'assessedCounted' };
export const SIDES: readonly InputSide[] = [
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
export function numberTests(x: string): string {
  return `ISNUMBER(${x}),NOT(ISLOGICAL(${x}))`;
}

/** "x is not empty and not a number" (text, TRUE/FALSE). */
export function notNumber(x: string): string {
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

