/**
 * The reference scoring engine: computes, from the criteria tree and the raw
 * contents of the input cells, exactly what the scoring sheet's formulas
 * compute (see src/plan/scoring-sheet.ts). Every rule kind is one short
 * function doing the same operations, in the same order, as its formula, so
 * the numbers agree bit for bit (tests check this against HyperFormula and
 * LibreOffice).
 *
 * Spreadsheet semantics mirrored here:
 * - a number is a number; text (even "15"), booleans and blanks are not, and
 *   count 0 (the sheet tests AND(ISNUMBER(x),NOT(ISLOGICAL(x))), since
 *   LibreOffice's ISNUMBER(TRUE) is TRUE);
 * - text comparison (`TRIM(E57)="Chưa có"`) is case-insensitive, after Excel's
 *   TRIM, which removes ASCII spaces at both ends and collapses inner runs of
 *   them (other whitespace is kept, as Excel keeps it);
 * - number comparisons are plain IEEE comparisons. Spreadsheets treat numbers
 *   within about 15 significant digits of each other as equal; inputs that
 *   close to a band threshold (74.9999999999999 %) are outside what the sheet
 *   promises, since Excel stores only 15 significant digits of what is typed.
 */
import type { ScoringRule } from '../templates/types';
import type { CriteriaTree, Criterion } from './criteria';
import { OTHER_LANGUAGE_YES } from './layout';

/** The raw content of an input cell. */
export type ScoreInput = string | number | boolean | null;

export interface ScoringInputs {
  unit: string;
  /** The NgoaiNguKhac cell's content; "Có" (case-insensitive, trimmed) = true. */
  otherLanguage: ScoreInput;
  /** Self-assessed inputs (column E) by criterion code; missing = blank. */
  self: Readonly<Record<string, ScoreInput>>;
  /** Assessed inputs (column G) by criterion code; missing = blank. */
  assessed: Readonly<Record<string, ScoreInput>>;
}

export interface ItemScore {
  code: string;
  /** Effective maximum (4.2.1/4.2.2 depend on the flag); null for info rows. */
  max: number | null;
  /** The raw input (for groups and info rows: whatever was given, unused). */
  self: ScoreInput;
  /** Counted score (column F); null for info rows. */
  selfCounted: number | null;
  assessed: ScoreInput;
  /** Counted score (column H); null for info rows. */
  assessedCounted: number | null;
}

export interface ScoreResult {
  unit: string;
  items: Record<string, ItemScore>;
  /** The 14 items, capped at the template's totalMax (2250). */
  selfTotal14: number;
  assessedTotal14: number;
  selfBonus: number;
  assessedBonus: number;
  /** Total14 + bonus. */
  selfTotal: number;
  assessedTotal: number;
}

/** Excel's TRIM: ASCII spaces only; leading/trailing removed, inner runs collapsed to one. */
export function excelTrim(text: string): string {
  return text.replace(/^ +/, '').replace(/ +$/, '').replace(/ +/g, ' ');
}

/** The text a spreadsheet's TRIM sees for a cell's content. */
function cellText(input: ScoreInput): string {
  if (input === null) return '';
  if (typeof input === 'boolean') return input ? 'TRUE' : 'FALSE';
  return String(input);
}

/** `TRIM(x)="text"` as a spreadsheet computes it: trimmed, case-insensitive. */
export function sameCellText(input: ScoreInput, text: string): boolean {
  return excelTrim(cellText(input)).toLowerCase() === text.toLowerCase();
}

/** `TRIM(NgoaiNguKhac)="Có"`. */
export function otherLanguageTaught(flag: ScoreInput): boolean {
  return sameCellText(flag, OTHER_LANGUAGE_YES);
}

/** `IF(AND(ISNUMBER(x),NOT(ISLOGICAL(x))),MIN(MAX(x,0),max),0)`. */
function clip(input: ScoreInput, max: number): number {
  return typeof input === 'number' ? Math.min(Math.max(input, 0), max) : 0;
}

/** A rate as the sheet reads it: `IF(x>1,x/100,x)` (a value above 1 is a percent; exactly 1 is 100 %). */
export function rateFraction(x: number): number {
  return x > 1 ? x / 100 : x;
}

type RuleKind = ScoringRule['kind'] | 'plain';
type RuleOf<K extends RuleKind> = K extends ScoringRule['kind'] ? Extract<ScoringRule, { kind: K }> : null;
type Counter<K extends RuleKind> = (input: ScoreInput, max: number, rule: RuleOf<K>) => number;

/** One function per rule kind: the counted score of an input row. */
const COUNTERS: { readonly [K in RuleKind]: Counter<K> } = {
  /** `IF(AND(ISNUMBER(E),NOT(ISLOGICAL(E))),MIN(MAX(E,0),D),0)` */
  plain: (input, max) => clip(input, max),
  /** Same as plain; only the maximum (column D) depends on the flag. */
  'foreign-language': (input, max) => clip(input, max),
  /** Nested IF over TRIM(E)="status"; the first status that matches wins; anything else 0. */
  status: (input, _max, rule) => rule.points.find((p) => sameCellText(input, p.status))?.points ?? 0,
  /** `IF(AND(ISNUMBER(E),NOT(ISLOGICAL(E))),IF(r>=band1,p1,IF(r>=band2,p2,0)),0)` with r = IF(E>1,E/100,E). */
  rate: (input, _max, rule) => {
    if (typeof input !== 'number') return 0;
    const r = rateFraction(input);
    return rule.bands.find((b) => r >= b.min)?.points ?? 0;
  },
  /** Clipped to [0, 250] like a plain row. */
  bonus: (input, max) => clip(input, max),
};

/** Effective maximum of a row: the foreign-language rows follow the flag. */
export function effectiveMax(criterion: Criterion, otherTaught: boolean): number | null {
  const rule = criterion.rule;
  if (rule?.kind === 'foreign-language') return otherTaught ? rule.maxIfOtherTaught : rule.maxOtherwise;
  return criterion.max;
}

/** The counted score of one input row (role 'scored' or 'bonus'). */
export function countedInput(criterion: Criterion, input: ScoreInput, max: number): number {
  const rule = criterion.rule;
  if (rule === null) return COUNTERS.plain(input, max, null);
  // The table is keyed by kind, so COUNTERS[rule.kind] takes exactly this rule.
  const counter = COUNTERS[rule.kind] as (input: ScoreInput, max: number, rule: ScoringRule) => number;
  return counter(input, max, rule);
}

/** Left-to-right sum, as the sheet's SUM lists its arguments. */
function sum(values: readonly number[]): number {
  let total = 0;
  for (const v of values) total += v;
  return total;
}

export function computeScores(tree: CriteriaTree, inputs: ScoringInputs): ScoreResult {
  const otherTaught = otherLanguageTaught(inputs.otherLanguage);
  const items: Record<string, ItemScore> = {};

  const counted = (c: Criterion, side: 'self' | 'assessed'): number | null => {
    const max = effectiveMax(c, otherTaught);
    if (c.role === 'info' || max === null) return null;
    if (c.role === 'group') {
      const kids = c.children
        .map((code) => tree.byCode.get(code))
        .filter((k): k is Criterion => k !== undefined && k.role !== 'info')
        .map((k) => counted(k, side) ?? 0);
      return Math.min(sum(kids), max);
    }
    return countedInput(c, inputs[side][c.code] ?? null, max);
  };

  for (const c of tree.items) {
    items[c.code] = {
      code: c.code,
      max: effectiveMax(c, otherTaught),
      self: inputs.self[c.code] ?? null,
      selfCounted: counted(c, 'self'),
      assessed: inputs.assessed[c.code] ?? null,
      assessedCounted: counted(c, 'assessed'),
    };
  }

  const totalMax = tree.template.totalMax;
  const total14 = (side: 'selfCounted' | 'assessedCounted'): number =>
    Math.min(sum(tree.topLevel.map((c) => items[c.code]?.[side] ?? 0)), totalMax);
  const bonus = (side: 'selfCounted' | 'assessedCounted'): number =>
    tree.bonus === null ? 0 : items[tree.bonus.code]?.[side] ?? 0;

  const selfTotal14 = total14('selfCounted');
  const assessedTotal14 = total14('assessedCounted');
  const selfBonus = bonus('selfCounted');
  const assessedBonus = bonus('assessedCounted');
  return {
    unit: inputs.unit,
    items,
    selfTotal14,
    assessedTotal14,
    selfBonus,
    assessedBonus,
    selfTotal: selfTotal14 + selfBonus,
    assessedTotal: assessedTotal14 + assessedBonus,
  };
}
