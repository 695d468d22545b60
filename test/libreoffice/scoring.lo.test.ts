/**
 * Cross-check with a real spreadsheet engine: filled scoring sheets are written
 * with the ExcelJS adapter, recalculated by LibreOffice (one soffice call for
 * all of them), read back with readXlsx (cached values), and every counted
 * cell and total is compared with the reference engine.
 *
 * Needs LibreOffice (Debian: libreoffice-calc-nogui). Without it every test
 * here FAILS with the install instruction; it never skips. Run alone with
 * `npx jest test/libreoffice`.
 */
import fc from 'fast-check';
import { buildCriteriaTree } from '../../src/core/scoring/criteria';
import { computeScores, type ScoreInput, type ScoringInputs } from '../../src/core/scoring/engine';
import { TOTAL_KEYS, scoringLayout } from '../../src/core/scoring/layout';
import { CRITERIA_2020_2021 } from '../../src/core/templates/data/criteria-2020-2021';
import { buildScoringSheetPlan, expectedFormulas } from '../../src/plan/scoring-sheet';
import type { WorkbookPlan } from '../../src/plan/types';
import { readXlsx, renderPlanToXlsx, type SheetData } from '../../src/xlsx';
import { describeDiffs, diffSheetWithEngine, inputCells, scoringInputsArb } from '../core/scoring/scoring-fixtures';
import { a1ToIndex } from '../helpers/hyperformula';
import { withCells } from '../helpers/plan-cells';
import { createLoSession, type LoFile, type LoSession } from './harness';

jest.setTimeout(240_000);

const RANDOM_FILLS = 160;
const SEED = 20201019;

const tree = buildCriteriaTree(CRITERIA_2020_2021);
const layout = scoringLayout(tree);
const plan = buildScoringSheetPlan(tree);
const sheetPlan = plan.sheets[0]!;

const base: ScoringInputs = { unit: 'Sở GD&ĐT Hòa Bình', otherLanguage: 'Không', self: {}, assessed: {} };
const full: Record<string, ScoreInput> = {};
for (const c of tree.items) {
  if (c.role === 'scored' || c.role === 'bonus') full[c.code] = c.rule?.kind === 'status' ? 'Có và quản lý tốt' : c.rule?.kind === 'rate' ? 100 : 1000;
}

/** Hand-picked fills (the edges), then random ones. */
const FIXED: readonly [string, ScoringInputs][] = [
  ['empty', base],
  ['all at max', { ...base, self: full, assessed: full }],
  ['flag Có (spaces, lower case)', { ...base, otherLanguage: ' có ', self: { '4.2.1': 45, '4.2.2': 15 }, assessed: { '4.2.1': 40, '4.2.2': 10 } }],
  ['flag no-break space', { ...base, otherLanguage: 'Có\u00a0', self: { '4.2.1': 45, '4.2.2': 15 } }],
  ['flag TRUE', { ...base, otherLanguage: true, self: { '4.2.1': 45, '4.2.2': 15 } }],
  [
    'statuses',
    {
      ...base,
      self: { '7.4': '  CHƯA   CÓ ', '7.5': 'có và quản lý tốt' },
      assessed: { '7.4': 'Chua co', '7.5': 'Có nhưng quản lý không tốt' },
    },
  ],
  ['rates at 75 %', { ...base, self: { '10.2.4.a': 75, '10.2.4.b': 0.75 }, assessed: { '10.2.4.a': 74.99, '10.2.4.b': 0.7499 } }],
  ['rates at 100 %', { ...base, self: { '10.2.4.a': 100, '10.2.4.b': 1 }, assessed: { '10.2.4.a': 0.999, '10.2.4.b': 99.99 } }],
  ['rates odd', { ...base, self: { '10.2.4.a': 150, '10.2.4.b': 1.5 }, assessed: { '10.2.4.a': -1, '10.2.4.b': '75%' } }],
  ['booleans and text numbers', { ...base, self: { '1.1': true, '1.2': '15', '10.2.4.a': true, DT: false }, assessed: { '1.3': ' 20 ' } }],
  ['bonus 300', { ...base, self: { DT: 300, '14.2': 80 }, assessed: { DT: -4 } }],
];

const fills: [string, ScoringInputs][] = [
  ...FIXED,
  ...fc.sample(scoringInputsArb(tree), { seed: SEED, numRuns: RANDOM_FILLS }).map((f, i): [string, ScoringInputs] => [`random ${i + 1}`, f]),
];

/** The plan with the fill's inputs written into its cells. */
function filledPlan(inputs: ScoringInputs): WorkbookPlan {
  return withCells({ sheets: [sheetPlan] }, inputCells(tree, layout, inputs));
}

function reader(sheet: SheetData): (address: string) => unknown {
  return (address) => {
    const { row, col } = a1ToIndex(address);
    const cell = sheet.cells[row]?.[col];
    if (cell === undefined) return null;
    return cell.error !== undefined ? { error: cell.error } : cell.value;
  };
}

let session: LoSession | undefined;
let computed: SheetData[] = [];
const timings: Record<string, number> = {};

beforeAll(async () => {
  session = createLoSession('scoring'); // throws the install instruction when soffice is missing
  let t = Date.now();
  const files: LoFile[] = [];
  for (const [i, [, inputs]] of fills.entries()) {
    const { bytes } = await renderPlanToXlsx(filledPlan(inputs));
    files.push({ name: `fill-${String(i).padStart(3, '0')}.xlsx`, bytes });
  }
  timings.renderMs = Date.now() - t;
  t = Date.now();
  const out = await session.recalculate(files);
  timings.sofficeMs = Date.now() - t;
  t = Date.now();
  computed = [];
  for (const f of files) {
    const data = await readXlsx(out.get(f.name)!);
    const sheet = data.sheets.find((s) => s.name === sheetPlan.name);
    if (sheet === undefined) throw new Error(`${f.name}: no sheet "${sheetPlan.name}" after LibreOffice`);
    computed.push(sheet);
  }
  timings.readMs = Date.now() - t;
});

afterAll(() => {
  session?.dispose();
  // Shown with --verbose; the report quotes these.
  console.log(`LibreOffice cross-check: ${fills.length} workbooks; ${JSON.stringify(timings)}; soffice calls ${JSON.stringify(session?.calls ?? [])}`);
});

describe('LibreOffice computes the sheet like the engine', () => {
  test('all workbooks were recalculated in one soffice call', () => {
    expect(computed).toHaveLength(fills.length);
    expect(session!.calls).toHaveLength(1);
  });

  test('every counted cell, D of 4.2.1/4.2.2 and every total agree, for every fill', () => {
    const failures: string[] = [];
    fills.forEach(([label, inputs], i) => {
      const diffs = diffSheetWithEngine(tree, layout, computeScores(tree, inputs), reader(computed[i]!), inputs);
      if (diffs.length > 0) failures.push(describeDiffs(`LibreOffice, fill "${label}"`, diffs, inputs));
    });
    if (failures.length > 0) throw new Error(`${failures.length} of ${fills.length} fills differ:\n\n${failures.slice(0, 5).join('\n\n')}`);
    expect(failures).toHaveLength(0);
  });

  test.each<[string, Record<string, unknown>]>([
    ['empty', { F200: 0, H200: 0, D92: 50, D93: 0 }],
    ['all at max', { F199: 2250, F200: 2500, H199: 2250, H200: 2500 }],
    ['flag Có (spaces, lower case)', { D92: 40, D93: 10, F92: 40, F93: 10, H90: 50 }],
    ['flag no-break space', { D92: 50, D93: 0, F92: 45, F93: 0 }],
    ['flag TRUE', { D92: 50, D93: 0 }],
    ['statuses', { F138: 10, F139: 20, H138: 0, H139: 0 }],
    ['rates at 75 %', { F170: 5, F171: 5, H170: 0, H171: 0 }],
    ['rates at 100 %', { F170: 10, F171: 10, H170: 5, H171: 5 }],
    ['rates odd', { F170: 10, F171: 0, H170: 0, H171: 0 }],
    ['booleans and text numbers', { F6: 0, F7: 0, F170: 0, F198: 0, H8: 0 }],
    ['bonus 300', { F198: 250, F199: 50, F200: 300, H198: 0, H200: 0 }],
  ])('fixed fill "%s": the cells hold the expected numbers', (label, expected) => {
    const i = fills.findIndex(([l]) => l === label);
    const read = reader(computed[i]!);
    for (const [address, value] of Object.entries(expected)) expect([address, read(address)]).toEqual([address, value]);
  });

  test('LibreOffice keeps the formulas as written (what the audit compares)', () => {
    const expected = expectedFormulas(tree);
    const formulaAt = (address: string): string | undefined => {
      const { row, col } = a1ToIndex(address);
      return computed[0]!.cells[row]?.[col]?.formula;
    };
    const changed: string[] = [];
    for (const [code, f] of Object.entries(expected)) {
      const row =
        code === TOTAL_KEYS.items ? layout.total14Row : code === TOTAL_KEYS.grand ? layout.grandTotalRow : layout.rowOf.get(code)!;
      const pairs: [string, string | undefined][] = [
        [`F${row}`, f.selfCounted],
        [`H${row}`, f.assessedCounted],
        [`D${row}`, f.max],
      ];
      for (const [address, want] of pairs) {
        if (want !== undefined && formulaAt(address) !== want) changed.push(`${address}: ${formulaAt(address)} ≠ ${want}`);
      }
    }
    expect(changed).toEqual([]);
  });
});
