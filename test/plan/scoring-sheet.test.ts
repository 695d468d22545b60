import { buildCriteriaTree } from '../../src/core/scoring/criteria';
import {
  OTHER_LANGUAGE_LABEL,
  SCORING_COLUMNS,
  SCORING_HEADERS,
  SCORING_NAMES,
  SCORING_SHEET_NAME,
  TOTAL_KEYS,
  itemAssessedName,
  itemSelfName,
  scoringLayout,
} from '../../src/core/scoring/layout';
import { CRITERIA_2020_2021 } from '../../src/core/templates/data/criteria-2020-2021';
import { buildScoringSheetPlan, expectedFormulas } from '../../src/plan/scoring-sheet';
import { isFormulaCell, type PlanCell, type SheetPlan } from '../../src/plan/types';

const tree = buildCriteriaTree(CRITERIA_2020_2021);
const layout = scoringLayout(tree);
const plan = buildScoringSheetPlan(tree);
const sheet: SheetPlan = plan.sheets[0]!;
const formulas = expectedFormulas(tree);

const COL_INDEX: Record<string, number> = Object.fromEntries('ABCDEFGHIJ'.split('').map((c, i) => [c, i]));

function cellAt(address: string): PlanCell | undefined {
  const m = /^([A-Z]+)(\d+)$/.exec(address);
  if (m === null) throw new Error(`bad address ${address}`);
  return sheet.cells[Number(m[2]) - 1]?.[COL_INDEX[m[1]!]!];
}

function formulaAt(address: string): string | null {
  const c = cellAt(address);
  return c !== undefined && isFormulaCell(c) ? c.formula : null;
}

/** "E6:E8" → ["E6", "E7", "E8"] (single-column or single-cell ranges). */
function expand(range: string): string[] {
  const m = /^([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?$/.exec(range);
  if (m === null) throw new Error(`bad range ${range}`);
  const [, c1, r1, c2, r2] = m;
  const cols = 'ABCDEFGHIJ'.slice(COL_INDEX[c1!], COL_INDEX[c2 ?? c1!]! + 1).split('');
  const out: string[] = [];
  for (let r = Number(r1); r <= Number(r2 ?? r1); r++) for (const c of cols) out.push(`${c}${r}`);
  return out;
}

const inputItems = tree.items.filter((c) => c.role === 'scored' || c.role === 'bonus');

/** Every formula in the plan: cells, conditional formats, custom validations. */
function allFormulas(): string[] {
  const out: string[] = [];
  for (const row of sheet.cells) for (const c of row ?? []) if (c !== undefined && isFormulaCell(c)) out.push(c.formula);
  for (const cf of sheet.conditionalFormats) out.push(cf.formula);
  for (const v of sheet.validations) if (v.rule.kind === 'custom') out.push(v.rule.formula);
  return out;
}

describe('layout', () => {
  test('sheet name, title, settings row and header texts exactly', () => {
    expect(sheet.name).toBe('Chấm điểm');
    expect(SCORING_SHEET_NAME).toBe('Chấm điểm');
    expect(String(cellAt('A1'))).toContain(CRITERIA_2020_2021.title);
    expect(cellAt('A2')).toBe('Đơn vị:');
    expect(cellAt('D2')).toBe('Có dạy ngoại ngữ khác ngoài tiếng Anh?');
    expect(OTHER_LANGUAGE_LABEL).toBe('Có dạy ngoại ngữ khác ngoài tiếng Anh?');
    expect(cellAt('E2')).toBe('Không');
    expect(sheet.cells[3]).toEqual([
      'Mã',
      'Tiêu chí',
      'Minh chứng',
      'Điểm tối đa',
      'Điểm tự chấm',
      'Điểm tự chấm được tính',
      'Điểm đánh giá',
      'Điểm đánh giá được tính',
      'Đơn vị đánh giá',
      'Ghi chú',
    ]);
    expect([...SCORING_HEADERS]).toEqual(sheet.cells[3]);
  });

  test('one row per criterion, in tree order from row 5, then the two total rows', () => {
    expect(tree.items).toHaveLength(194);
    tree.items.forEach((c, i) => {
      expect(layout.rowOf.get(c.code)).toBe(5 + i);
      expect(cellAt(`A${5 + i}`)).toBe(c.code);
      expect(cellAt(`B${5 + i}`)).toBe(c.text);
      expect(cellAt(`I${5 + i}`)).toBe(c.evaluator);
    });
    expect(layout.lastItemRow).toBe(198);
    expect(layout.total14Row).toBe(199);
    expect(layout.grandTotalRow).toBe(200);
    expect(sheet.cells).toHaveLength(200);
    expect(cellAt('D199')).toBe(2250);
    expect(cellAt('D200')).toBe(2500);
    expect(layout.cell('DT', 'selfCounted')).toBe('F198');
    expect(layout.absolute('7.4', 'assessed')).toBe('$G$138');
    expect(() => layout.cell('99', 'self')).toThrow('99');
  });

  test('frozen to the header; A4 landscape with the header repeated', () => {
    expect(sheet.freeze).toEqual({ rows: 4, columns: 0 });
    expect(sheet.print).toEqual({ orientation: 'landscape', paperSize: 'A4', printTitleRows: '$4:$4', fitToWidth: true });
    expect(sheet.columns).toHaveLength(10);
    expect(sheet.columns[1]).toEqual({ width: 60, wrap: true });
    expect(sheet.columns[2]).toEqual({ width: 45, wrap: true });
  });
});

describe('defined names', () => {
  const byName = new Map(sheet.names.map((n) => [n.name, n.ref]));

  test.each<[string, string]>([
    ['DonVi', '$B$2'],
    ['NgoaiNguKhac', '$E$2'],
    ['TongDiemTuCham', '$F$200'],
    ['TongDiemDanhGia', '$H$200'],
    ['DiemThuong_TuCham', '$F$198'],
    ['DiemThuong_DanhGia', '$H$198'],
    ['TuCham_01', '$F$5'],
    ['DanhGia_01', '$H$5'],
    ['TuCham_03', '$F$30'],
    ['TuCham_14', '$F$194'],
    ['DanhGia_14', '$H$194'],
  ])('%s → %s', (name, ref) => {
    expect(byName.get(name)).toBe(ref);
  });

  test('one self and one assessed name per top-level item, in order', () => {
    expect(tree.topLevel).toHaveLength(14);
    tree.topLevel.forEach((c, i) => {
      expect(byName.get(itemSelfName(i + 1))).toBe(layout.absolute(c.code, 'selfCounted'));
      expect(byName.get(itemAssessedName(i + 1))).toBe(layout.absolute(c.code, 'assessedCounted'));
    });
    expect(sheet.names).toHaveLength(6 + 28);
    expect(Object.values(SCORING_NAMES).every((n) => byName.has(n))).toBe(true);
  });

  test('names cannot be read as cell references', () => {
    for (const { name } of sheet.names) {
      expect([name, /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name)]).toEqual([name, true]);
      expect([name, /^[A-Za-z]{1,3}\d+$/.test(name)]).toEqual([name, false]);
      expect([name, /^[Rr]\d*[Cc]\d*$/.test(name)]).toEqual([name, false]);
    }
  });
});

describe('formulas', () => {
  test('every scored/group/bonus row holds the expected F and H formulas; info rows none', () => {
    let scored = 0;
    for (const c of tree.items) {
      const r = layout.rowOf.get(c.code)!;
      if (c.role === 'info') {
        expect([c.code, cellAt(`D${r}`) ?? null, cellAt(`F${r}`) ?? null, cellAt(`H${r}`) ?? null]).toEqual([c.code, null, null, null]);
        expect(formulas[c.code]).toBeUndefined();
        continue;
      }
      if (c.role === 'scored') scored++;
      expect([c.code, formulaAt(`F${r}`)]).toEqual([c.code, formulas[c.code]!.selfCounted]);
      expect([c.code, formulaAt(`H${r}`)]).toEqual([c.code, formulas[c.code]!.assessedCounted]);
      expect([c.code, cellAt(`E${r}`), cellAt(`G${r}`)]).toEqual([c.code, null, null]);
    }
    expect(scored).toBe(119);
  });

  test('column D: the number, or for 4.2.1/4.2.2 the flag formula from the rule data', () => {
    for (const c of tree.items) {
      const d = cellAt(`D${layout.rowOf.get(c.code)}`);
      if (c.rule?.kind === 'foreign-language') {
        const f = `IF(TRIM(NgoaiNguKhac)="Có",${c.rule.maxIfOtherTaught},${c.rule.maxOtherwise})`;
        expect(d).toEqual({ formula: f });
        expect(formulas[c.code]!.max).toBe(f);
      } else {
        expect([c.code, d ?? null]).toEqual([c.code, c.max]);
        expect(formulas[c.code]?.max).toBeUndefined();
      }
    }
    expect(formulas['4.2.1']!.max).toBe('IF(TRIM(NgoaiNguKhac)="Có",40,50)');
    expect(formulas['4.2.2']!.max).toBe('IF(TRIM(NgoaiNguKhac)="Có",10,0)');
  });

  test.each<[string, string, string]>([
    ['1.1', 'IF(AND(ISNUMBER(E6),NOT(ISLOGICAL(E6))),MIN(MAX(E6,0),D6),0)', 'IF(AND(ISNUMBER(G6),NOT(ISLOGICAL(G6))),MIN(MAX(G6,0),D6),0)'],
    ['1', 'MIN(SUM(F6,F7,F8),D5)', 'MIN(SUM(H6,H7,H8),D5)'],
    // 3.3.2 (row 47) is an info row: left out of 3.3
    ['3.3', 'MIN(SUM(F46,F48,F49,F50,F51,F52,F56),D45)', 'MIN(SUM(H46,H48,H49,H50,H51,H52,H56),D45)'],
    // 4.2.i1 (row 91) is an info row: left out of 4.2
    ['4.2', 'MIN(SUM(F92,F93),D90)', 'MIN(SUM(H92,H93),D90)'],
    ['4.2.1', 'IF(AND(ISNUMBER(E92),NOT(ISLOGICAL(E92))),MIN(MAX(E92,0),D92),0)', 'IF(AND(ISNUMBER(G92),NOT(ISLOGICAL(G92))),MIN(MAX(G92,0),D92),0)'],
    [
      '7.4',
      'IF(TRIM(E138)="Chưa có",10,IF(TRIM(E138)="Có và quản lý tốt",20,0))',
      'IF(TRIM(G138)="Chưa có",10,IF(TRIM(G138)="Có và quản lý tốt",20,0))',
    ],
    [
      '10.2.4.a',
      'IF(AND(ISNUMBER(E170),NOT(ISLOGICAL(E170))),IF(IF(E170>1,E170/100,E170)>=1,10,IF(IF(E170>1,E170/100,E170)>=0.75,5,0)),0)',
      'IF(AND(ISNUMBER(G170),NOT(ISLOGICAL(G170))),IF(IF(G170>1,G170/100,G170)>=1,10,IF(IF(G170>1,G170/100,G170)>=0.75,5,0)),0)',
    ],
    ['DT', 'IF(AND(ISNUMBER(E198),NOT(ISLOGICAL(E198))),MIN(MAX(E198,0),D198),0)', 'IF(AND(ISNUMBER(G198),NOT(ISLOGICAL(G198))),MIN(MAX(G198,0),D198),0)'],
    [
      TOTAL_KEYS.items,
      'MIN(SUM(F5,F9,F30,F85,F100,F117,F134,F140,F145,F159,F178,F182,F188,F194),2250)',
      'MIN(SUM(H5,H9,H30,H85,H100,H117,H134,H140,H145,H159,H178,H182,H188,H194),2250)',
    ],
    [TOTAL_KEYS.grand, 'F199+F198', 'H199+H198'],
  ])('%s: F = %s', (code, f, h) => {
    expect(formulas[code]).toMatchObject({ selfCounted: f, assessedCounted: h });
  });

  test('total rows hold the total formulas', () => {
    expect(formulaAt('F199')).toBe(formulas[TOTAL_KEYS.items]!.selfCounted);
    expect(formulaAt('H199')).toBe(formulas[TOTAL_KEYS.items]!.assessedCounted);
    expect(formulaAt('F200')).toBe('F199+F198');
    expect(formulaAt('H200')).toBe('H199+H198');
  });

  test('group formulas add exactly the direct children that count', () => {
    for (const c of tree.items.filter((x) => x.role === 'group')) {
      const kids = c.children.filter((k) => tree.byCode.get(k)!.role !== 'info').map((k) => layout.cell(k, 'selfCounted'));
      expect(formulas[c.code]!.selfCounted).toBe(`MIN(SUM(${kids.join(',')}),${layout.cell(c.code, 'max')})`);
    }
  });

  test('only functions of the common subset; no leading "="; nothing volatile or new', () => {
    const all = allFormulas();
    expect(all.length).toBe((119 + 39 + 1) * 2 + 2 + 4 + sheet.conditionalFormats.length + 2);
    const allowed = new Set(['IF', 'ISNUMBER', 'ISLOGICAL', 'MIN', 'MAX', 'SUM', 'TRIM', 'AND', 'OR', 'NOT', 'LEN', 'N']);
    const banned = /\b(LET|LAMBDA|XLOOKUP|FILTER|IFS|SWITCH|TEXTJOIN|CONCAT|RANK|NOW|TODAY|RAND|RANDBETWEEN|OFFSET|INDIRECT|UNIQUE|SORT)\s*\(/i;
    for (const f of all) {
      expect([f, f.startsWith('=')]).toEqual([f, false]);
      expect([f, banned.test(f)]).toEqual([f, false]);
      expect([f, f.includes('[')]).toEqual([f, false]); // no structured references
      const used = [...f.matchAll(/([A-Za-z_][A-Za-z0-9_.]*)\(/g)].map((m) => m[1]!.toUpperCase());
      for (const fn of used) expect([f, fn, allowed.has(fn)]).toEqual([f, fn, true]);
    }
  });
});

describe('inputs: protection and validation', () => {
  const unlocked = new Set(sheet.protection!.unlocked.flatMap(expand));

  test('protected without a password by default; the password option is passed through', () => {
    expect(sheet.protection!.password).toBeUndefined();
    const withPassword = buildScoringSheetPlan(tree, { password: 'bí mật', sheetName: 'Chấm điểm Hòa Bình' });
    expect(withPassword.sheets[0]!.protection!.password).toBe('bí mật');
    expect(withPassword.sheets[0]!.name).toBe('Chấm điểm Hòa Bình');
  });

  test('E and G of input rows, J, B2 and E2 are unlocked; nothing else', () => {
    const expected = new Set<string>(['B2', 'E2']);
    for (const c of inputItems) {
      const r = layout.rowOf.get(c.code)!;
      expected.add(`E${r}`);
      expected.add(`G${r}`);
    }
    for (let r = 5; r <= 198; r++) expected.add(`J${r}`);
    expect([...unlocked].sort()).toEqual([...expected].sort());
    expect(inputItems).toHaveLength(120); // 119 scored rows + DT
  });

  test('every input cell has exactly one validation of the right kind', () => {
    const byCell = new Map<string, (typeof sheet.validations)[number][]>();
    for (const v of sheet.validations) for (const a of expand(v.range)) byCell.set(a, [...(byCell.get(a) ?? []), v]);
    expect(byCell.get('E2')).toEqual([expect.objectContaining({ rule: { kind: 'list', source: { items: ['Có', 'Không'] } } })]);
    for (const c of inputItems) {
      const r = layout.rowOf.get(c.code)!;
      for (const col of ['E', 'G']) {
        const vs = byCell.get(`${col}${r}`) ?? [];
        expect([c.code, col, vs.length]).toEqual([c.code, col, 1]);
        const v = vs[0]!;
        expect(v.style).toBe('warning');
        const kind = c.rule?.kind;
        if (kind === 'status') {
          expect(v.rule).toEqual({ kind: 'list', source: { items: ['Chưa có', 'Có và quản lý tốt', 'Có nhưng quản lý không tốt'] } });
        } else if (kind === 'rate') {
          expect(v.rule).toEqual({ kind: 'decimal', min: 0, max: 100 });
        } else if (kind === 'foreign-language') {
          expect(v.rule.kind).toBe('custom');
        } else {
          expect([c.code, v.rule]).toEqual([c.code, { kind: 'decimal', min: 0, max: c.max }]);
        }
      }
    }
    const top = sheet.validations.find((v) => v.range.startsWith('E92'))!;
    expect(top.rule).toEqual({ kind: 'custom', formula: 'AND(ISNUMBER(E92),NOT(ISLOGICAL(E92)),E92>=0,E92<=$D92)' });
  });

  test('no formula cell is unlocked', () => {
    for (const row of sheet.cells.keys()) {
      sheet.cells[row]?.forEach((c, col) => {
        if (c !== undefined && isFormulaCell(c)) expect(unlocked.has(`${'ABCDEFGHIJ'[col]}${row + 1}`)).toBe(false);
      });
    }
  });
});

describe('conditional formats', () => {
  test('each has a purpose; the four kinds of warning are present on both input columns', () => {
    for (const cf of sheet.conditionalFormats) expect(cf.purpose.length).toBeGreaterThan(10);
    const find = (range: string): string[] => sheet.conditionalFormats.filter((cf) => cf.range === range).map((cf) => cf.formula);
    expect(find('E5:E137')).toEqual([
      'AND(ISNUMBER(E5),NOT(ISLOGICAL(E5)),OR(E5<0,E5>$D5))',
      'AND(LEN(E5)>0,OR(NOT(ISNUMBER(E5)),ISLOGICAL(E5)))',
    ]);
    expect(find('G170:G171')).toEqual([
      'AND(ISNUMBER(G170),NOT(ISLOGICAL(G170)),OR(G170<0,G170>100))',
      'AND(LEN(G170)>0,OR(NOT(ISNUMBER(G170)),ISLOGICAL(G170)))',
    ]);
    expect(find('E138')).toEqual([
      'AND(LEN(E138)>0,TRIM(E138)<>"Chưa có",TRIM(E138)<>"Có và quản lý tốt",TRIM(E138)<>"Có nhưng quản lý không tốt")',
    ]);
    expect(find('J5:J198')).toEqual(['AND(OR(LEN($E5)>0,LEN($G5)>0),OR(N($F5)>0,N($H5)>0),LEN(TRIM(J5))=0)']);
    expect(find('F5:F198')).toEqual(['AND(LEN($E5)>0,LEN($G5)>0,$F5<>$H5)']);
    expect(find('H5:H198')).toEqual(['AND(LEN($E5)>0,LEN($G5)>0,$F5<>$H5)']);
  });

  test('the input ranges of the red/orange rules cover every input cell exactly once per column', () => {
    for (const col of ['E', 'G']) {
      const covered = sheet.conditionalFormats
        .filter((cf) => cf.range.startsWith(col) && /ISNUMBER|TRIM/.test(cf.formula) && !cf.formula.includes('$F'))
        .flatMap((cf) => expand(cf.range));
      for (const c of inputItems) expect(covered).toContain(`${col}${layout.rowOf.get(c.code)}`);
    }
  });
});

describe('formats and outline', () => {
  const formatsOf = (address: string) =>
    sheet.formats.filter((f) => {
      const [a, b] = f.range.split(':');
      const lo = /^([A-Z]+)(\d+)$/.exec(a!)!;
      const hi = /^([A-Z]+)(\d+)$/.exec(b ?? a!)!;
      const m = /^([A-Z]+)(\d+)$/.exec(address)!;
      const col = COL_INDEX[m[1]!]!;
      const row = Number(m[2]);
      return col >= COL_INDEX[lo[1]!]! && col <= COL_INDEX[hi[1]!]! && row >= Number(lo[2]) && row <= Number(hi[2]);
    });

  test('group rows bold with a fill by depth; info rows italic grey', () => {
    for (const c of tree.items) {
      const fs = formatsOf(`B${layout.rowOf.get(c.code)}`).map((f) => f.format);
      if (c.role === 'group') {
        expect(fs).toContainEqual({ bold: true, fill: ['#D9E1F2', '#E7EDF7', '#F2F5FB'][Math.min(c.depth, 2)] });
      } else if (c.role === 'info') {
        expect(fs).toContainEqual({ italic: true, fontColor: '#7F7F7F' });
      }
    }
  });

  test('every row with children groups exactly its descendants', () => {
    const groups = sheet.outline!.rowGroups;
    const parents = tree.items.filter((c) => c.children.length > 0);
    expect(groups).toHaveLength(parents.length);
    for (const c of parents) {
      const r = layout.rowOf.get(c.code)!;
      const descendants: number[] = [];
      const walk = (code: string): void => {
        for (const k of tree.byCode.get(code)!.children) {
          descendants.push(layout.rowOf.get(k)!);
          walk(k);
        }
      };
      walk(c.code);
      expect(groups).toContainEqual({ from: r + 1, to: Math.max(...descendants) });
      expect(Math.min(...descendants)).toBe(r + 1);
      expect(Math.max(...descendants) - r).toBe(descendants.length);
    }
    expect(groups).toContainEqual({ from: 31, to: 84 }); // item 3
  });

  test('columns letters are the ones the layout exports', () => {
    expect(SCORING_COLUMNS).toEqual({
      code: 'A',
      text: 'B',
      evidence: 'C',
      max: 'D',
      self: 'E',
      selfCounted: 'F',
      assessed: 'G',
      assessedCounted: 'H',
      evaluator: 'I',
      note: 'J',
    });
  });
});
