/**
 * The criteria tree as the scoring engine and the sheet plan see it: effective
 * maxima, inherited evaluators, and each row's role (group, scored, info, bonus).
 */
import type { CriteriaTemplate, CriterionData, ScoringRule } from '../templates/types';

export type CriterionRole =
  /** Has points and no scored children: takes an input. */
  | 'scored'
  /** Has scored descendants: counts the sum of its children, capped at its max. */
  | 'group'
  /** No points anywhere below: evidence/explanation only. */
  | 'info'
  /** The bonus row (Điểm thưởng), outside the 2250. */
  | 'bonus';

export interface Criterion {
  readonly code: string;
  readonly parent: string | null;
  readonly text: string;
  readonly evidence: string;
  /** Effective maximum: the source's points, or for a group without points the sum of its children; null for info rows. */
  readonly max: number | null;
  /** Evaluating unit, inherited from the nearest ancestor that names one. */
  readonly evaluator: string | null;
  readonly rule: ScoringRule | null;
  readonly role: CriterionRole;
  /** 0 for the 14 items and the bonus row. */
  readonly depth: number;
  /** Codes of the direct children, in order. */
  readonly children: readonly string[];
}

export interface CriteriaTree {
  readonly template: CriteriaTemplate;
  /** All rows in tree (source) order. */
  readonly items: readonly Criterion[];
  readonly byCode: ReadonlyMap<string, Criterion>;
  /** The 14 top-level items (not the bonus row). */
  readonly topLevel: readonly Criterion[];
  readonly bonus: Criterion | null;
}

export function buildCriteriaTree(template: CriteriaTemplate): CriteriaTree {
  const data = new Map<string, CriterionData>(template.items.map((d) => [d.code, d]));
  const children = new Map<string, string[]>();
  for (const d of template.items) {
    if (d.parent !== null) {
      const list = children.get(d.parent) ?? [];
      list.push(d.code);
      children.set(d.parent, list);
    }
  }
  const maxMemo = new Map<string, number | null>();
  const effectiveMax = (code: string): number | null => {
    if (maxMemo.has(code)) return maxMemo.get(code) ?? null;
    const d = data.get(code);
    const kids = (children.get(code) ?? []).map(effectiveMax).filter((m): m is number => m !== null);
    const max = d?.points ?? (kids.length > 0 ? kids.reduce((a, b) => a + b, 0) : null);
    maxMemo.set(code, max);
    return max;
  };
  const hasScoredChild = (code: string): boolean => (children.get(code) ?? []).some((c) => effectiveMax(c) !== null);
  const depthOf = (d: CriterionData): number => (d.parent === null ? 0 : 1 + depthOf(data.get(d.parent) as CriterionData));
  const evaluatorOf = (d: CriterionData | undefined): string | null =>
    d === undefined ? null : d.evaluator ?? (d.parent === null ? null : evaluatorOf(data.get(d.parent)));

  const items: Criterion[] = template.items.map((d) => {
    const max = effectiveMax(d.code);
    const role: CriterionRole =
      d.rule?.kind === 'bonus' ? 'bonus' : max === null ? 'info' : hasScoredChild(d.code) ? 'group' : 'scored';
    return {
      code: d.code,
      parent: d.parent,
      text: d.text,
      evidence: d.evidence,
      max,
      evaluator: evaluatorOf(d),
      rule: d.rule,
      role,
      depth: depthOf(d),
      children: children.get(d.code) ?? [],
    };
  });
  const byCode = new Map(items.map((c) => [c.code, c]));
  return {
    template,
    items,
    byCode,
    topLevel: items.filter((c) => c.parent === null && c.role !== 'bonus'),
    bonus: items.find((c) => c.role === 'bonus') ?? null,
  };
}
