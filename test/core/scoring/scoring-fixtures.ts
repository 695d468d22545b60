/**
 * Shared by the spreadsheet oracles (HyperFormula in-process, LibreOffice):
 * random fills of the scoring sheet's inputs, the cells they go to, and a
 * comparison of a computed sheet with the reference engine that reports every
 * difference.
 */
import fc from 'fast-check';
import type { CriteriaTree, Criterion } from '../../../src/core/scoring/criteria';
import type { ScoreInput, ScoreResult, ScoringInputs } from '../../../src/core/scoring/engine';
import { SCORING_CELLS, type ScoringLayout } from '../../../src/core/scoring/layout';

/** Letters a Vietnamese user types, plus digits and a little punctuation (NFC). */
const JUNK_CHARS = 'aăâbcdđeêghiklmnoôơpqrstuưvxyAĂÂĐÊÔƠƯáàảãạếềểễệóòỏõọứừửữựCHƯAÓ 0123456789.,%-'.split('');

const junkText = fc.stringOf(fc.constantFrom(...JUNK_CHARS), { minLength: 1, maxLength: 12 });
const numericText = fc.integer({ min: -50, max: 300 }).map(String);
/** Two-decimal numbers in [lo, hi] (what people type). */
const decimal = (lo: number, hi: number): fc.Arbitrary<number> =>
  fc.integer({ min: Math.round(lo * 100), max: Math.round(hi * 100) }).map((n) => n / 100);

const notANumber: fc.Arbitrary<ScoreInput>[] = [numericText, junkText, fc.boolean(), fc.constant(null), fc.constant('')];

function plainInput(max: number): fc.Arbitrary<ScoreInput> {
  return fc.oneof(
    { arbitrary: fc.integer({ min: 0, max }), weight: 4 },
    { arbitrary: decimal(0, max), weight: 3 },
    { arbitrary: decimal(-max, 2 * max + 1), weight: 2 },
    { arbitrary: fc.constantFrom(0, max, -1, max + 1, -0.01, max + 0.01, 0.1, 0.2), weight: 2 },
    ...notANumber.map((arbitrary) => ({ arbitrary, weight: 1 })),
  );
}

/** A status as typed: other case, spaces around and inside. */
function statusVariant(statuses: readonly string[]): fc.Arbitrary<string> {
  return fc
    .tuple(
      fc.constantFrom(...statuses),
      fc.constantFrom('same', 'lower', 'upper', 'title'),
      fc.nat(2),
      fc.nat(2),
      fc.boolean(),
    )
    .map(([s, style, before, after, doubleInner]) => {
      const cased =
        style === 'lower' ? s.toLowerCase() : style === 'upper' ? s.toUpperCase() : style === 'title' ? s.replace(/(^| )(\S)/g, (m) => m.toUpperCase()) : s;
      const inner = doubleInner ? cased.replace(/ /g, '  ') : cased;
      return ' '.repeat(before) + inner + ' '.repeat(after);
    });
}

function statusInput(statuses: readonly string[]): fc.Arbitrary<ScoreInput> {
  return fc.oneof(
    { arbitrary: statusVariant(statuses), weight: 6 },
    { arbitrary: fc.constantFrom('Chua co', 'Chưa có.', 'Có', 'Chưa\tcó', '\u00a0Chưa có', 'Không'), weight: 2 },
    { arbitrary: fc.constantFrom(10, 20, 0), weight: 1 },
    ...notANumber.map((arbitrary) => ({ arbitrary, weight: 1 })),
  );
}

const RATE_EDGES = [
  0, 0.5, 0.7499, 0.75, 0.7501, 0.999, 0.9999, 1, 1.0001, 1.5, 50, 74.9, 74.99, 74.999999, 75, 75.01, 99.99, 100, 100.01, 150, -1, -75,
  0.749999999, 0.75000001,
];

const rateInput: fc.Arbitrary<ScoreInput> = fc.oneof(
  { arbitrary: fc.constantFrom(...RATE_EDGES), weight: 6 },
  { arbitrary: fc.integer({ min: 0, max: 120 }), weight: 2 },
  { arbitrary: fc.integer({ min: 0, max: 10000 }).map((n) => n / 10000), weight: 2 },
  { arbitrary: fc.integer({ min: 0, max: 12000 }).map((n) => n / 100), weight: 2 },
  { arbitrary: fc.constantFrom('75%', '100%', '0.75', '75'), weight: 1 },
  ...notANumber.map((arbitrary) => ({ arbitrary, weight: 1 })),
);

function inputFor(c: Criterion): fc.Arbitrary<ScoreInput> {
  const rule = c.rule;
  switch (rule?.kind) {
    case 'status':
      return statusInput(rule.points.map((p) => p.status));
    case 'rate':
      return rateInput;
    case 'foreign-language':
      return plainInput(Math.max(rule.maxIfOtherTaught, rule.maxOtherwise));
    default:
      return plainInput(c.max ?? 0);
  }
}

export const FLAG_VALUES: readonly ScoreInput[] = ['Có', 'Không', 'có', 'CÓ', ' Có ', 'Co', 'Có\u00a0', '', null, true, 1, 'khong'];

/** Random inputs for every input row (each may be missing = blank), both sides, and the flag. */
export function scoringInputsArb(tree: CriteriaTree): fc.Arbitrary<ScoringInputs> {
  const side = (): fc.Arbitrary<Record<string, ScoreInput>> => {
    const model: Record<string, fc.Arbitrary<ScoreInput>> = {};
    for (const c of tree.items) {
      if (c.role === 'scored' || c.role === 'bonus') model[c.code] = inputFor(c);
    }
    // Rows without an input (groups, info rows) sometimes get something too: it must be ignored.
    model['3.3.2'] = plainInput(40);
    model['3'] = plainInput(700);
    // Missing keys are blank cells.
    return fc.record(model, { requiredKeys: [] }).map((r) => r as Record<string, ScoreInput>);
  };
  return fc.record({
    unit: fc.constantFrom('Sở GD&ĐT Hòa Bình', 'Sở GD&ĐT Hà Nội', ''),
    otherLanguage: fc.constantFrom(...FLAG_VALUES),
    self: side(),
    assessed: side(),
  });
}

/** Every input cell of the sheet with its content (null = blank), so a sheet can be reset between fills. */
export function inputCells(tree: CriteriaTree, layout: ScoringLayout, inputs: ScoringInputs): [string, ScoreInput][] {
  const out: [string, ScoreInput][] = [
    [SCORING_CELLS.unit, inputs.unit === '' ? null : inputs.unit],
    [SCORING_CELLS.otherLanguage, inputs.otherLanguage],
  ];
  for (const c of tree.items) {
    out.push([layout.cell(c.code, 'self'), inputs.self[c.code] ?? null]);
    out.push([layout.cell(c.code, 'assessed'), inputs.assessed[c.code] ?? null]);
  }
  return out;
}

export type SheetReader = (address: string) => unknown;

/** Sums may differ in the last bits between engines (LibreOffice adds with compensation). */
const SUM_TOLERANCE = 1e-9;

function sameNumber(sheet: unknown, engine: number, exact: boolean): boolean {
  if (typeof sheet !== 'number') return false;
  return exact ? sheet === engine : Math.abs(sheet - engine) <= SUM_TOLERANCE * Math.max(1, Math.abs(engine));
}

/**
 * Every difference between a computed sheet and the engine: counted cells of
 * input rows exactly, groups and totals within 1e-9 (relative), D of rows whose
 * maximum is a formula, and empty F/H on info rows.
 */
export function diffSheetWithEngine(tree: CriteriaTree, layout: ScoringLayout, result: ScoreResult, read: SheetReader, inputs: ScoringInputs): string[] {
  const diffs: string[] = [];
  const show = (v: unknown): string => (typeof v === 'object' && v !== null ? JSON.stringify(v) : JSON.stringify(v) ?? String(v));
  for (const c of tree.items) {
    const item = result.items[c.code]!;
    const check = (column: 'selfCounted' | 'assessedCounted', expected: number | null, input: ScoreInput): void => {
      const address = layout.cell(c.code, column);
      const actual = read(address);
      if (expected === null) {
        if (actual !== null && actual !== undefined && actual !== '') diffs.push(`${c.code} ${address}: sheet=${show(actual)} engine=(empty)`);
        return;
      }
      if (!sameNumber(actual, expected, c.role !== 'group')) {
        diffs.push(`${c.code} (${c.rule?.kind ?? c.role}) ${address}: sheet=${show(actual)} engine=${show(expected)} input=${show(input)}`);
      }
    };
    check('selfCounted', item.selfCounted, item.self);
    check('assessedCounted', item.assessedCounted, item.assessed);
    if (c.rule?.kind === 'foreign-language') {
      const address = layout.cell(c.code, 'max');
      const actual = read(address);
      if (actual !== item.max) diffs.push(`${c.code} ${address}: sheet=${show(actual)} engine max=${show(item.max)} flag=${show(inputs.otherLanguage)}`);
    }
  }
  const totals: [string, number][] = [
    [`F${layout.total14Row}`, result.selfTotal14],
    [`H${layout.total14Row}`, result.assessedTotal14],
    [`F${layout.grandTotalRow}`, result.selfTotal],
    [`H${layout.grandTotalRow}`, result.assessedTotal],
  ];
  for (const [address, expected] of totals) {
    const actual = read(address);
    if (!sameNumber(actual, expected, false)) diffs.push(`total ${address}: sheet=${show(actual)} engine=${show(expected)}`);
  }
  return diffs;
}

/** A failure message: the first differences and the flag. */
export function describeDiffs(label: string, diffs: readonly string[], inputs: ScoringInputs): string {
  return [
    `${label}: ${diffs.length} ô khác với engine (cells differ from the reference engine); NgoaiNguKhac=${JSON.stringify(inputs.otherLanguage)}`,
    ...diffs.slice(0, 25).map((d) => `  ${d}`),
    diffs.length > 25 ? `  … ${diffs.length - 25} more` : '',
  ].join('\n');
}
