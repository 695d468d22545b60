/**
 * The sheet's formulas, computed by HyperFormula, agree with the reference
 * engine on every counted cell and total, for hundreds of random fills.
 */
import fc from 'fast-check';
import { buildCriteriaTree } from '../../../src/core/scoring/criteria';
import { computeScores, type ScoringInputs } from '../../../src/core/scoring/engine';
import { scoringLayout } from '../../../src/core/scoring/layout';
import { CRITERIA_2020_2021 } from '../../../src/core/templates/data/criteria-2020-2021';
import { buildScoringSheetPlan } from '../../../src/plan/scoring-sheet';
import { loadPlanSheet } from '../../helpers/hyperformula';
import { describeDiffs, diffSheetWithEngine, inputCells, scoringInputsArb } from './scoring-fixtures';

const tree = buildCriteriaTree(CRITERIA_2020_2021);
const layout = scoringLayout(tree);
const sheet = buildScoringSheetPlan(tree).sheets[0]!;
const oracle = loadPlanSheet(sheet);

function check(inputs: ScoringInputs): string[] {
  oracle.set(inputCells(tree, layout, inputs));
  return diffSheetWithEngine(tree, layout, computeScores(tree, inputs), oracle.read, inputs);
}

const base: ScoringInputs = { unit: 'Sở GD&ĐT Hòa Bình', otherLanguage: 'Không', self: {}, assessed: {} };

describe('HyperFormula computes the sheet like the engine', () => {
  test('every formula of the plan parses (cells, conditional formats, custom validations)', () => {
    const formulas = [
      ...sheet.cells.flatMap((row) => (row ?? []).flatMap((c) => (c !== null && typeof c === 'object' && 'formula' in c ? [c.formula] : []))),
      ...sheet.conditionalFormats.map((cf) => cf.formula),
      ...sheet.validations.flatMap((v) => (v.rule.kind === 'custom' ? [v.rule.formula] : [])),
    ];
    expect(formulas.length).toBeGreaterThan(300);
    expect(formulas.filter((f) => !oracle.parses(f))).toEqual([]);
  });

  test('an empty sheet: every counted cell 0, totals 0, no error', () => {
    expect(check(base)).toEqual([]);
    expect(oracle.read('F200')).toBe(0);
    expect(oracle.read('D92')).toBe(50);
    expect(oracle.read('D93')).toBe(0);
  });

  test.each<[string, ScoringInputs, Record<string, unknown>]>([
    ['flag Có', { ...base, otherLanguage: ' có ', self: { '4.2.1': 45, '4.2.2': 15 } }, { D92: 40, D93: 10, F92: 40, F93: 10, F90: 50 }],
    ['flag Không', { ...base, self: { '4.2.1': 45, '4.2.2': 15 } }, { D92: 50, D93: 0, F92: 45, F93: 0, F90: 45 }],
    ['statuses', { ...base, self: { '7.4': '  CHƯA   CÓ ', '7.5': 'có và quản lý tốt' }, assessed: { '7.4': 'Chua co', '7.5': 20 } }, { F138: 10, F139: 20, H138: 0, H139: 0 }],
    ['rates', { ...base, self: { '10.2.4.a': 75, '10.2.4.b': 74.99 }, assessed: { '10.2.4.a': 1, '10.2.4.b': 0.75 } }, { F170: 5, F171: 0, H170: 10, H171: 5, F169: 5, H169: 15 }],
    ['text and booleans', { ...base, self: { '1.1': '15', '1.2': true, '1.3': 25 } }, { F6: 0, F7: 0, F8: 25, F5: 25 }],
    ['bonus over 250', { ...base, self: { DT: 300, '14.2': 80 }, assessed: { DT: -4 } }, { F198: 250, F199: 50, F200: 300, H198: 0, H200: 0 }],
  ])('%s', (_label, inputs, expected) => {
    expect(check(inputs)).toEqual([]);
    for (const [address, value] of Object.entries(expected)) expect([address, oracle.read(address)]).toEqual([address, value]);
  });

  test('every input row at its maximum: 2250 + 250', () => {
    const full: Record<string, string | number> = {};
    for (const c of tree.items) {
      if (c.role !== 'scored' && c.role !== 'bonus') continue;
      full[c.code] = c.rule?.kind === 'status' ? 'Có và quản lý tốt' : c.rule?.kind === 'rate' ? 100 : 1000;
    }
    const inputs = { ...base, self: full, assessed: full };
    expect(check(inputs)).toEqual([]);
    expect([oracle.read('F199'), oracle.read('F200'), oracle.read('H200')]).toEqual([2250, 2500, 2500]);
  });

  test('the random fills reach every case the sheet distinguishes', () => {
    const sample = fc.sample(scoringInputsArb(tree), { seed: 20201019, numRuns: 400 });
    const count = (pred: (inputs: ScoringInputs) => boolean): number => sample.filter(pred).length;
    const results = sample.map((inputs) => computeScores(tree, inputs));
    const anySide = (inputs: ScoringInputs, code: string, pred: (v: unknown) => boolean): boolean =>
      pred(inputs.self[code]) || pred(inputs.assessed[code]);
    const rate = (v: number) => (inputs: ScoringInputs) => anySide(inputs, '10.2.4.a', (x) => x === v) || anySide(inputs, '10.2.4.b', (x) => x === v);
    const coverage = {
      flagYes: results.filter((r) => r.items['4.2.1']!.max === 40).length,
      flagNo: results.filter((r) => r.items['4.2.1']!.max === 50).length,
      statusPadded: count((i) => anySide(i, '7.4', (x) => typeof x === 'string' && x !== x.trim() && x.trim() !== '')),
      status10: results.filter((r) => r.items['7.4']!.selfCounted === 10 || r.items['7.5']!.selfCounted === 10).length,
      status20: results.filter((r) => r.items['7.4']!.selfCounted === 20 || r.items['7.5']!.selfCounted === 20).length,
      rate75: count(rate(75)),
      rate0_75: count(rate(0.75)),
      rate74_99: count(rate(74.99)),
      rate0_7499: count(rate(0.7499)),
      rate100: count(rate(100)),
      rate1: count(rate(1)),
      rate0_999: count(rate(0.999)),
      bonusOver250: count((i) => anySide(i, 'DT', (x) => typeof x === 'number' && x > 250)),
      negative: count((i) => Object.values(i.self).some((x) => typeof x === 'number' && x < 0)),
      overMax: count((i) => anySide(i, '1.3', (x) => typeof x === 'number' && x > 50)),
      numericText: count((i) => Object.values(i.self).some((x) => typeof x === 'string' && /^-?\d+$/.test(x))),
      booleans: count((i) => Object.values(i.self).some((x) => typeof x === 'boolean')),
    };
    for (const [name, n] of Object.entries(coverage)) expect([name, n > 0]).toEqual([name, true]);
  });

  test('400 random fills (fixed seed) agree cell by cell', () => {
    let fills = 0;
    fc.assert(
      fc.property(scoringInputsArb(tree), (inputs) => {
        fills++;
        const diffs = check(inputs);
        if (diffs.length > 0) throw new Error(describeDiffs('HyperFormula', diffs, inputs));
      }),
      { seed: 20201019, numRuns: 400, endOnFailure: true },
    );
    expect(fills).toBe(400);
  });
});
