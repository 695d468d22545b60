import { buildCriteriaTree } from '../../../src/core/scoring/criteria';
import {
  computeScores,
  excelTrim,
  otherLanguageTaught,
  rateFraction,
  sameCellText,
  type ScoreInput,
  type ScoringInputs,
} from '../../../src/core/scoring/engine';
import { CRITERIA_2020_2021 } from '../../../src/core/templates/data/criteria-2020-2021';
import type { CriteriaTemplate, CriterionData } from '../../../src/core/templates/types';

const tree = buildCriteriaTree(CRITERIA_2020_2021);

function inputs(partial: Partial<ScoringInputs> = {}): ScoringInputs {
  return { unit: 'Sở GD&ĐT Hòa Bình', otherLanguage: 'Không', self: {}, assessed: {}, ...partial };
}

/** Counted self and assessed score of one code for one input on both sides. */
function countedOf(code: string, input: ScoreInput, otherLanguage: ScoreInput = 'Không'): [number | null, number | null] {
  const r = computeScores(tree, inputs({ otherLanguage, self: { [code]: input }, assessed: { [code]: input } }));
  const item = r.items[code]!;
  return [item.selfCounted, item.assessedCounted];
}

describe('excelTrim / sameCellText mirror TRIM(x)="text"', () => {
  test.each<[string, string]>([
    ['  Chưa   có  ', 'Chưa có'],
    ['Chưa có', 'Chưa có'],
    ['\u00a0Có', '\u00a0Có'], // Excel's TRIM removes ASCII spaces only
    ['a\tb', 'a\tb'],
    ['', ''],
    ['   ', ''],
  ])('excelTrim(%j) = %j', (input, expected) => {
    expect(excelTrim(input)).toBe(expected);
  });

  test.each<[ScoreInput, string, boolean]>([
    ['CHƯA CÓ', 'Chưa có', true],
    [' chưa  có ', 'Chưa có', true],
    ['Chua co', 'Chưa có', false],
    ['Chưa có.', 'Chưa có', false],
    [null, '', true],
    [10, '10', true],
    [true, 'TRUE', true],
    [false, 'Chưa có', false],
  ])('sameCellText(%j, %j) = %s', (input, text, expected) => {
    expect(sameCellText(input, text)).toBe(expected);
  });

  test.each<[ScoreInput, boolean]>([
    ['Có', true],
    ['có', true],
    ['  CÓ ', true],
    ['Không', false],
    ['Co', false],
    ['Có\u00a0', false],
    ['', false],
    [null, false],
    [true, false],
    [1, false],
  ])('otherLanguageTaught(%j) = %s', (flag, expected) => {
    expect(otherLanguageTaught(flag)).toBe(expected);
  });
});

describe('plain scored rows: input clipped to [0, max], non-numbers count 0', () => {
  // 1.1 is worth 20, 3.1.4 is worth 10.
  test.each<[string, ScoreInput, number]>([
    ['1.1', 15, 15],
    ['1.1', 20, 20],
    ['1.1', 25, 20],
    ['1.1', 150, 20],
    ['1.1', 0, 0],
    ['1.1', -1, 0],
    ['1.1', 12.5, 12.5],
    ['1.1', 0.1, 0.1],
    ['1.1', '15', 0],
    ['1.1', ' 15 ', 0],
    ['1.1', 'mười lăm', 0],
    ['1.1', '', 0],
    ['1.1', true, 0],
    ['1.1', false, 0],
    ['1.1', null, 0],
    ['3.1.4', 10, 10],
    ['3.1.4', 10.01, 10],
    ['3.1.4', -0.5, 0],
  ])('%s ← %j counts %d', (code, input, expected) => {
    expect(countedOf(code, input)).toEqual([expected, expected]);
  });

  test('a missing input is blank: 0', () => {
    const r = computeScores(tree, inputs());
    expect(r.items['1.1']).toEqual({ code: '1.1', max: 20, self: null, selfCounted: 0, assessed: null, assessedCounted: 0 });
  });
});

describe('4.2.1 / 4.2.2: the maximum follows NgoaiNguKhac', () => {
  test.each<[string, ScoreInput, ScoreInput, number, number]>([
    // code, flag, input, max, counted
    ['4.2.1', 'Không', 45, 50, 45],
    ['4.2.1', 'Không', 55, 50, 50],
    ['4.2.1', 'Có', 45, 40, 40],
    ['4.2.1', ' có ', 40, 40, 40],
    ['4.2.1', 'CÓ', 39.5, 40, 39.5],
    ['4.2.1', null, 50, 50, 50],
    ['4.2.1', 'Co', 50, 50, 50],
    ['4.2.2', 'Không', 5, 0, 0],
    ['4.2.2', null, 10, 0, 0],
    ['4.2.2', 'Có', 5, 10, 5],
    ['4.2.2', 'có', 15, 10, 10],
    ['4.2.2', 'Có', -3, 10, 0],
    ['4.2.2', 'Có', '10', 10, 0],
  ])('%s with flag %j ← %j: max %d, counts %d', (code, flag, input, max, counted) => {
    const r = computeScores(tree, inputs({ otherLanguage: flag, self: { [code]: input } }));
    expect(r.items[code]!.max).toBe(max);
    expect(r.items[code]!.selfCounted).toBe(counted);
  });

  test('the group 4.2 (50) adds both; at most 50 either way', () => {
    const full = { '4.2.1': 50, '4.2.2': 10 };
    expect(computeScores(tree, inputs({ otherLanguage: 'Không', self: full })).items['4.2']!.selfCounted).toBe(50);
    expect(computeScores(tree, inputs({ otherLanguage: 'Có', self: full })).items['4.2']!.selfCounted).toBe(50);
    expect(computeScores(tree, inputs({ otherLanguage: 'Có', self: { '4.2.1': 30, '4.2.2': 7 } })).items['4.2']!.selfCounted).toBe(37);
  });
});

describe('status rows 7.4 / 7.5: trimmed, case-insensitive match; anything else 0', () => {
  test.each<[ScoreInput, number]>([
    ['Chưa có', 10],
    ['chưa có', 10],
    ['CHƯA CÓ', 10],
    ['  Chưa   có  ', 10],
    ['Có và quản lý tốt', 20],
    ['có VÀ quản lý TỐT', 20],
    [' Có và  quản lý tốt', 20],
    ['Có nhưng quản lý không tốt', 0],
    ['Chua co', 0],
    ['Chưa có.', 0],
    ['Chưa\tcó', 0],
    ['\u00a0Chưa có', 0],
    ['Có', 0],
    [10, 0],
    [20, 0],
    [true, 0],
    ['', 0],
    [null, 0],
  ])('7.4 ← %j counts %d', (input, expected) => {
    expect(countedOf('7.4', input)).toEqual([expected, expected]);
    expect(countedOf('7.5', input)).toEqual([expected, expected]);
  });
});

describe('rate rows 10.2.4.a / 10.2.4.b: fraction 0–1 or percent 1–100', () => {
  test.each<[number, number]>([
    [75, 0.75],
    [100, 1],
    [1, 1],
    [0.75, 0.75],
    [74.99, 74.99 / 100],
    [150, 1.5],
    [1.5, 0.015],
  ])('rateFraction(%d) = %d', (x, r) => {
    expect(rateFraction(x)).toBe(r);
  });

  test.each<[ScoreInput, number]>([
    [1, 10],
    [100, 10],
    [0.75, 5],
    [75, 5],
    [75.01, 5],
    [0.7501, 5],
    [0.999, 5],
    [99.99, 5],
    [74.99, 0],
    [0.7499, 0],
    [0.5, 0],
    [50, 0],
    [0, 0],
    [-1, 0],
    [-75, 0],
    [150, 10], // above 100 % reaches the top band
    [100.01, 10],
    [1.5, 0], // a value above 1 is a percent: 1.5 %
    [1.0001, 0],
    ['75', 0],
    ['75%', 0],
    ['100%', 0],
    [true, 0],
    ['', 0],
    [null, 0],
  ])('10.2.4.a ← %j counts %d', (input, expected) => {
    expect(countedOf('10.2.4.a', input)).toEqual([expected, expected]);
    expect(countedOf('10.2.4.b', input)).toEqual([expected, expected]);
  });

  test('75 divided by 100 is exactly 0.75 (the sheet does the same division)', () => {
    expect(75 / 100).toBe(0.75);
    expect(74.99 / 100 < 0.75).toBe(true);
  });
});

describe('bonus DT: clipped to [0, 250], outside the 2250', () => {
  test.each<[ScoreInput, number]>([
    [300, 250],
    [250, 250],
    [249.5, 249.5],
    [0, 0],
    [-5, 0],
    ['100', 0],
    [false, 0],
    [null, 0],
  ])('DT ← %j counts %d', (input, expected) => {
    expect(countedOf('DT', input)).toEqual([expected, expected]);
  });

  test('the bonus is added to the capped 14-item total', () => {
    const r = computeScores(tree, inputs({ self: { DT: 300, '1.1': 20 }, assessed: { DT: 120 } }));
    expect([r.selfTotal14, r.selfBonus, r.selfTotal]).toEqual([20, 250, 270]);
    expect([r.assessedTotal14, r.assessedBonus, r.assessedTotal]).toEqual([0, 120, 120]);
  });
});

describe('info rows and groups', () => {
  test('info rows have no max and count null', () => {
    const r = computeScores(tree, inputs({ self: { '2.1.i1': 5, '3.3.2': 5 } }));
    expect(r.items['2.1.i1']).toEqual({ code: '2.1.i1', max: null, self: 5, selfCounted: null, assessed: null, assessedCounted: null });
    expect(r.items['3.3.2']!.selfCounted).toBeNull();
  });

  test('a group adds its direct counted children (info rows left out)', () => {
    const r = computeScores(
      tree,
      inputs({ self: { '3.3.1': 40, '3.3.2': 99, '3.3.3': 30, '3.3.7.a': 10, '3.3.7.b': 25, '3.3.8': 'x' } }),
    );
    expect(r.items['3.3.7']!.selfCounted).toBe(30); // 10 + min(25, 20)
    expect(r.items['3.3']!.selfCounted).toBe(100); // 40 + 30 + 30
    expect(r.items['3']!.selfCounted).toBe(100);
  });

  test('everything at its maximum: every group at its max, totals 2250 and 2500', () => {
    const full: Record<string, ScoreInput> = {};
    for (const c of tree.items) {
      if (c.role !== 'scored' && c.role !== 'bonus') continue;
      const rule = c.rule;
      full[c.code] =
        rule?.kind === 'status'
          ? 'Có và quản lý tốt'
          : rule?.kind === 'rate'
            ? 100
            : rule?.kind === 'foreign-language'
              ? Math.max(rule.maxIfOtherTaught, rule.maxOtherwise)
              : c.max;
    }
    const r = computeScores(tree, inputs({ self: full, assessed: full }));
    for (const c of tree.items) {
      if (c.role === 'info') continue;
      expect([c.code, r.items[c.code]!.selfCounted]).toEqual([c.code, r.items[c.code]!.max]);
    }
    expect([r.items['4.2.1']!.selfCounted, r.items['4.2.2']!.selfCounted, r.items['4.2']!.selfCounted]).toEqual([50, 0, 50]);
    expect(r.selfTotal14).toBe(2250);
    expect(r.selfBonus).toBe(250);
    expect(r.selfTotal).toBe(2500);
    expect(r.assessedTotal).toBe(2500);
    expect(r.unit).toBe('Sở GD&ĐT Hòa Bình');
  });
});

describe('caps on a small template where sums exceed the maxima', () => {
  const row = (code: string, parent: string | null, points: number | null, rule: CriterionData['rule'] = null): CriterionData => ({
    code,
    parent,
    text: `Tiêu chí ${code}`,
    evidence: '',
    points,
    evaluator: null,
    rule,
  });
  const small: CriteriaTemplate = {
    kind: 'criteria',
    id: 'small',
    title: 'Mẫu nhỏ',
    source: 'test',
    totalMax: 50,
    bonusMax: 5,
    items: [
      row('1', null, 30),
      row('1.1', '1', 20),
      row('1.2', '1', 20),
      row('1.i1', '1', null),
      row('2', null, 40),
      row('2.1', '2', null),
      row('2.1.a', '2.1', 15),
      row('2.1.b', '2.1', 15),
      row('DT', null, 5, { kind: 'bonus' }),
    ],
    fixes: [],
  };
  const smallTree = buildCriteriaTree(small);

  test.each<[Record<string, ScoreInput>, Record<string, number | null>, number, number]>([
    [{ '1.1': 20, '1.2': 20 }, { '1': 30, '1.1': 20, '1.2': 20, '1.i1': null }, 30, 30],
    [{ '1.1': 5, '1.2': 6 }, { '1': 11 }, 11, 11],
    [{ '1.1': 20, '1.2': 20, '2.1.a': 15, '2.1.b': 15 }, { '1': 30, '2.1': 30, '2': 30 }, 50, 50],
    [{ '1.1': 20, '1.2': 20, '2.1.a': 15, '2.1.b': 15, DT: 9 }, { DT: 5 }, 50, 55],
    [{ '2.1.a': 100, DT: -1 }, { '2.1': 15, '2': 15, DT: 0 }, 15, 15],
  ])('%j → %j, total14 %d, total %d', (self, expected, total14, total) => {
    const r = computeScores(smallTree, { unit: 'X', otherLanguage: null, self, assessed: {} });
    for (const [code, value] of Object.entries(expected)) expect([code, r.items[code]!.selfCounted]).toEqual([code, value]);
    expect(r.selfTotal14).toBe(total14);
    expect(r.selfTotal).toBe(total);
    expect(r.assessedTotal).toBe(0);
  });
});
