import {
  auditScoringSheet,
  normalizeFormula,
  readScoringSheet,
  translateReferences,
  type AuditFinding,
  type AuditReport,
} from '../../../src/core/audit';
import { buildCriteriaTree } from '../../../src/core/scoring/criteria';
import { computeScores, effectiveMax, type ScoreInput, type ScoringInputs } from '../../../src/core/scoring/engine';
import { scoringLayout } from '../../../src/core/scoring/layout';
import { parseCellAddress, type GridCell, type SheetGrid, type WorkbookGrid } from '../../../src/core/sheet';
import { CRITERIA_2020_2021 } from '../../../src/core/templates/data/criteria-2020-2021';
import { buildScoringSheetPlan } from '../../../src/plan/scoring-sheet';
import type { PlanCell, WorkbookPlan } from '../../../src/plan/types';
import { readXlsx, renderPlanToXlsx } from '../../../src/xlsx';
import { withCells } from '../../helpers/plan-cells';

const tree = buildCriteriaTree(CRITERIA_2020_2021);
const layout = scoringLayout(tree);
const inputRows = tree.items.filter((c) => c.role === 'scored' || c.role === 'bonus');

/** A realistic fill: every input row scored, every row with a note. */
function cleanInputs(): ScoringInputs {
  const self: Record<string, ScoreInput> = {};
  const assessed: Record<string, ScoreInput> = {};
  for (const c of inputRows) {
    const max = effectiveMax(c, false) as number;
    if (c.rule?.kind === 'status') {
      self[c.code] = 'Có và quản lý tốt';
      assessed[c.code] = 'Chưa có';
    } else if (c.rule?.kind === 'rate') {
      self[c.code] = 0.8;
      assessed[c.code] = 100;
    } else {
      self[c.code] = max;
      assessed[c.code] = max > 1 ? max - 1 : max;
    }
  }
  self['DT'] = 120;
  assessed['DT'] = 100;
  return { unit: 'Sở GD&ĐT Hòa Bình', otherLanguage: 'Không', self, assessed };
}

const INPUTS = cleanInputs();

function colIndex(letters: string): number {
  return (parseCellAddress(`${letters}1`) as { column: number }).column - 1;
}

/** The scoring plan with inputs, notes and any cell edits ("F12" → content) applied. */
function filledPlan(edits: Readonly<Record<string, PlanCell>> = {}): WorkbookPlan {
  const cells: [string, PlanCell][] = [
    ['B2', INPUTS.unit],
    ['E2', INPUTS.otherLanguage as string],
  ];
  for (const c of inputRows) {
    cells.push(
      [layout.cell(c.code, 'self'), INPUTS.self[c.code] as PlanCell],
      [layout.cell(c.code, 'assessed'), INPUTS.assessed[c.code] as PlanCell],
      [layout.cell(c.code, 'note'), `Minh chứng ${c.code}`],
    );
  }
  return withCells(buildScoringSheetPlan(tree), [...cells, ...Object.entries(edits)]);
}

async function fileGrid(edits: Readonly<Record<string, PlanCell>> = {}): Promise<WorkbookGrid> {
  const { bytes } = await renderPlanToXlsx(filledPlan(edits));
  return readXlsx(bytes);
}

const brief = (f: AuditFinding): [string, string, string] => [f.cell, f.code, f.severity];
const notRecalculated = (report: AuditReport): AuditFinding[] => report.findings.filter((f) => f.code !== 'TOTALS_NOT_CHECKED');

// ---- in-memory edits of a read workbook (what Excel does to formulas when rows move) ----

/** Rewrites the row numbers of A1 references in a formula. */
function shiftFormula(formula: string, map: (row: number) => number | null): string {
  return formula.replace(/(^|[^A-Za-z0-9_$])(\$?)([A-J])(\$?)(\d+)(?![A-Za-z0-9_(])/g, (_m, before: string, c$: string, col: string, r$: string, row: string) => {
    const to = map(Number(row));
    return to === null ? `${before}#REF!` : `${before}${c$}${col}${r$}${to}`;
  });
}

function mapSheet(wb: WorkbookGrid, f: (sheet: SheetGrid) => SheetGrid): WorkbookGrid {
  return { ...wb, sheets: wb.sheets.map(f) };
}

function shiftCells(rows: readonly (readonly GridCell[])[], map: (row: number) => number | null): GridCell[][] {
  return rows.map((r) => r.map((c) => (c.formula === undefined ? c : { ...c, formula: shiftFormula(c.formula, map) })));
}

function shiftNames(wb: WorkbookGrid, map: (row: number) => number | null): WorkbookGrid {
  return { ...wb, names: wb.names.map((n) => ({ ...n, ref: shiftFormula(n.ref, map) })) };
}

/** Inserts `rows` before 1-based row `at`, moving formulas and names as a spreadsheet does. */
function insertRows(wb: WorkbookGrid, at: number, rows: readonly (readonly GridCell[])[]): WorkbookGrid {
  const map = (r: number): number => (r >= at ? r + rows.length : r);
  const moved = mapSheet(wb, (s) => {
    const cells = shiftCells(s.cells, map);
    cells.splice(at - 1, 0, ...rows.map((r) => [...r]));
    return { ...s, cells };
  });
  return shiftNames(moved, map);
}

/** Deletes 1-based row `at`; references to it become #REF!. */
function deleteRow(wb: WorkbookGrid, at: number): WorkbookGrid {
  const map = (r: number): number | null => (r === at ? null : r > at ? r - 1 : r);
  const moved = mapSheet(wb, (s) => {
    const cells = shiftCells(s.cells, map);
    cells.splice(at - 1, 1);
    return { ...s, cells };
  });
  return shiftNames(moved, map);
}

/** Swaps two columns' cells (no formula refers to columns C and J). */
function swapColumns(wb: WorkbookGrid, a: string, b: string): WorkbookGrid {
  const [i, j] = [colIndex(a), colIndex(b)];
  return mapSheet(wb, (s) => ({
    ...s,
    cells: s.cells.map((r) => {
      const row = [...r];
      while (row.length <= Math.max(i, j)) row.push({ value: null });
      [row[i], row[j]] = [row[j]!, row[i]!];
      return row;
    }),
  }));
}

function setCell(wb: WorkbookGrid, address: string, cell: GridCell): WorkbookGrid {
  const at = parseCellAddress(address)!;
  return mapSheet(wb, (s) => ({
    ...s,
    cells: s.cells.map((r, i) => (i === at.row - 1 ? r.map((c, j) => (j === at.column - 1 ? cell : c)) : r)),
  }));
}

function cell(wb: WorkbookGrid, address: string): GridCell {
  const at = parseCellAddress(address)!;
  return wb.sheets[0]!.cells[at.row - 1]?.[at.column - 1] ?? { value: null };
}

/** Puts the reference engine's numbers into every formula cell, as a spreadsheet saves them. */
function withCachedValues(wb: WorkbookGrid): WorkbookGrid {
  const ref = computeScores(tree, INPUTS);
  let out = wb;
  for (const c of tree.items) {
    const item = ref.items[c.code]!;
    if (item.selfCounted === null) continue;
    out = setCell(out, layout.cell(c.code, 'selfCounted'), { ...cell(out, layout.cell(c.code, 'selfCounted')), value: item.selfCounted });
    out = setCell(out, layout.cell(c.code, 'assessedCounted'), { ...cell(out, layout.cell(c.code, 'assessedCounted')), value: item.assessedCounted });
    const d = cell(out, layout.cell(c.code, 'max'));
    if (d.formula !== undefined) out = setCell(out, layout.cell(c.code, 'max'), { ...d, value: item.max });
  }
  const totals: [number, number, number][] = [
    [layout.total14Row, ref.selfTotal14, ref.assessedTotal14],
    [layout.grandTotalRow, ref.selfTotal, ref.assessedTotal],
  ];
  for (const [row, self, assessed] of totals) {
    out = setCell(out, `F${row}`, { ...cell(out, `F${row}`), value: self });
    out = setCell(out, `H${row}`, { ...cell(out, `H${row}`), value: assessed });
  }
  return out;
}

let clean: WorkbookGrid;
beforeAll(async () => {
  clean = await fileGrid();
});

describe('a clean, freshly generated scoring workbook', () => {
  it('audits ok with only the "not recalculated" info on the grand total', () => {
    const report = auditScoringSheet(clean, tree);
    expect(report.ok).toBe(true);
    expect(report.sheet).toBe('Chấm điểm');
    expect(report.findings.map(brief)).toEqual([['F200', 'TOTALS_NOT_CHECKED', 'info']]);
    expect(report.findings[0]!.message).toContain('chưa đối chiếu được');
  });

  it('audits clean with no finding at all once it holds the values a spreadsheet computed', () => {
    expect(auditScoringSheet(withCachedValues(clean), tree)).toEqual({ ok: true, sheet: 'Chấm điểm', findings: [] });
  });
});

describe('tampering in the file is found, on the right cell', () => {
  const PLAIN_F12 = '=IF(AND(ISNUMBER(E12),NOT(ISLOGICAL(E12))),MIN(MAX(E12,0),D12),0)';
  const cases: [string, Record<string, PlanCell>, [string, string, string], unknown, unknown][] = [
    ['a counted formula changed', { F12: { formula: 'E12' } }, ['F12', 'FORMULA_CHANGED', 'error'], PLAIN_F12, '=E12'],
    ['a counted formula clamped differently', { H12: { formula: 'IF(ISNUMBER(G12),MIN(MAX(G12,0),D12),0)' } }, ['H12', 'FORMULA_CHANGED', 'error'], '=IF(AND(ISNUMBER(G12),NOT(ISLOGICAL(G12))),MIN(MAX(G12,0),D12),0)', '=IF(ISNUMBER(G12),MIN(MAX(G12,0),D12),0)'],
    ['a group formula replaced by a number', { H5: 100 }, ['H5', 'FORMULA_REPLACED_BY_VALUE', 'error'], '=MIN(SUM(H6,H7,H8),D5)', 100],
    ['a counted formula deleted', { F6: null }, ['F6', 'FORMULA_REPLACED_BY_VALUE', 'error'], '=IF(AND(ISNUMBER(E6),NOT(ISLOGICAL(E6))),MIN(MAX(E6,0),D6),0)', null],
    ['the foreign-language maximum typed over', { D92: 50 }, ['D92', 'FORMULA_REPLACED_BY_VALUE', 'error'], '=IF(TRIM(NgoaiNguKhac)="Có",40,50)', 50],
    ['the total formula changed', { F199: { formula: 'SUM(F5,F9)' } }, ['F199', 'FORMULA_CHANGED', 'error'], '=MIN(SUM(F5,F9,F30,F85,F100,F117,F134,F140,F145,F159,F178,F182,F188,F194),2250)', '=SUM(F5,F9)'],
    ['a maximum changed', { D6: 25 }, ['D6', 'MAX_CHANGED', 'error'], 20, 25],
    ['a group maximum changed', { D5: 120 }, ['D5', 'MAX_CHANGED', 'error'], 100, 120],
    ['a self score above the maximum', { E6: 25 }, ['E6', 'SCORE_ABOVE_MAX', 'error'], 20, 25],
    ['an English score above the flag-dependent maximum (50 without another language)', { G92: 55 }, ['G92', 'SCORE_ABOVE_MAX', 'error'], 50, 55],
    ['a rate above 100 %', { E170: 150 }, ['E170', 'SCORE_ABOVE_MAX', 'error'], 100, 150],
    ['a negative assessed score', { G7: -5 }, ['G7', 'SCORE_NEGATIVE', 'error'], 0, -5],
    ['a score typed as text', { E8: 'mười' }, ['E8', 'SCORE_NOT_NUMBER', 'warning'], null, 'mười'],
    ['a number typed as text', { G8: '15' }, ['G8', 'SCORE_NOT_NUMBER', 'warning'], null, '15'],
    ['a rate typed as text', { E171: '75%' }, ['E171', 'SCORE_NOT_NUMBER', 'warning'], null, '75%'],
    ['a status that is not in the list', { E138: 'Đang xây dựng' }, ['E138', 'SCORE_STATUS_UNKNOWN', 'warning'], 'Chưa có; Có và quản lý tốt; Có nhưng quản lý không tốt', 'Đang xây dựng'],
    ['a status given as points', { G139: 20 }, ['G139', 'SCORE_STATUS_UNKNOWN', 'warning'], 'Chưa có; Có và quản lý tốt; Có nhưng quản lý không tốt', 20],
    ['a counted score without evidence', { J6: null }, ['J6', 'EVIDENCE_MISSING', 'warning'], null, null],
  ];

  it.each(cases)('%s', async (_what, edits, finding, expected, actual) => {
    const report = auditScoringSheet(await fileGrid(edits), tree);
    const found = notRecalculated(report);
    expect(found.map(brief)).toEqual([finding]);
    expect(found[0]).toMatchObject({ expected, actual });
    expect(report.ok).toBe(finding[2] !== 'error');
  });

  it('takes statuses in any case and spacing, and ignores blank inputs and evidence on rows counting 0', async () => {
    const report = auditScoringSheet(await fileGrid({ E138: '  chưa   CÓ ', G138: 'Có nhưng quản lý không tốt', G139: '   ', E6: null, G6: null, J6: null }), tree);
    expect(notRecalculated(report)).toEqual([]);
  });

  it('gives Vietnamese then English messages naming the criterion', async () => {
    const [f] = notRecalculated(auditScoringSheet(await fileGrid({ E6: 25 }), tree));
    expect(f).toMatchObject({
      criterion: '1.1',
      message:
        'Điểm tự chấm 25 của tiêu chí 1.1 vượt điểm tối đa 20 (chỉ tính 20) / The self-assessed score 25 of criterion 1.1 is above the maximum 20 (only 20 counts)',
    });
  });
});

describe('harmless differences in formulas are not findings', () => {
  it.each([
    ['spacing, lower case and $ markers', 'if( and(isnumber($E$12), not(islogical(E12))), min(max(E12, 0), $D$12), 0)'],
    ['a leading "=" kept in the text', '=IF(AND(ISNUMBER(E12),NOT(ISLOGICAL(E12))),MIN(MAX(E12,0),D12),0)'],
    ['future-function prefixes', '_xlfn.IF(AND(ISNUMBER(E12),NOT(ISLOGICAL(E12))),_xlfn.MIN(MAX(E12,0),D12),0)'],
    ['the sheet’s own name before references', "IF(AND(ISNUMBER('Chấm điểm'!E12),NOT(ISLOGICAL(E12))),MIN(MAX(E12,0),'Chấm điểm'!$D$12),0)"],
  ])('%s', (_what, formula) => {
    const wb = setCell(clean, 'F12', { value: null, formula });
    expect(notRecalculated(auditScoringSheet(wb, tree))).toEqual([]);
  });

  it('but a reference to another sheet, or other text in a string literal, is a change', () => {
    const other = setCell(clean, 'F12', { value: null, formula: "IF(AND(ISNUMBER(Khac!E12),NOT(ISLOGICAL(E12))),MIN(MAX(E12,0),D12),0)" });
    expect(notRecalculated(auditScoringSheet(other, tree)).map(brief)).toEqual([['F12', 'FORMULA_CHANGED', 'error']]);
    const literal = setCell(clean, 'F138', { value: null, formula: 'IF(TRIM(E138)="Chưa có",20,IF(TRIM(E138)="Có và quản lý tốt",20,0))' });
    expect(notRecalculated(auditScoringSheet(literal, tree)).map(brief)).toEqual([['F138', 'FORMULA_CHANGED', 'error']]);
  });
});

describe('rows and columns that moved', () => {
  const blank: GridCell[] = [{ value: null }];

  it('a row inserted above the header: references shifted, still clean', () => {
    const wb = insertRows(clean, 1, [blank]);
    expect(cell(wb, 'F13').formula).toBe('IF(AND(ISNUMBER(E13),NOT(ISLOGICAL(E13))),MIN(MAX(E13,0),D13),0)');
    const report = auditScoringSheet(wb, tree);
    expect(report.findings.map(brief)).toEqual([['F201', 'TOTALS_NOT_CHECKED', 'info']]);
    expect(readScoringSheet(wb)?.headerRow).toBe(5);
  });

  it('shifted rows still report tampering at the shifted address, with the shifted expected formula', () => {
    const wb = setCell(insertRows(clean, 1, [blank, blank, blank]), 'F15', { value: null, formula: 'E15' });
    expect(notRecalculated(auditScoringSheet(wb, tree))).toEqual([
      expect.objectContaining({ cell: 'F15', code: 'FORMULA_CHANGED', expected: '=IF(AND(ISNUMBER(E15),NOT(ISLOGICAL(E15))),MIN(MAX(E15,0),D15),0)', actual: '=E15' }),
    ]);
  });

  it('columns found by header text: "Minh chứng" and "Ghi chú" swapped, still clean; a missing note is found in its new column', () => {
    const wb = swapColumns(clean, 'C', 'J');
    expect(notRecalculated(auditScoringSheet(wb, tree))).toEqual([]);
    const noNote = setCell(wb, 'C6', { value: null });
    expect(notRecalculated(auditScoringSheet(noNote, tree)).map(brief)).toEqual([['C6', 'EVIDENCE_MISSING', 'warning']]);
  });

  it('a criterion row deleted: ROW_MISSING where it was; the parent’s #REF! is that same loss, not a second error', () => {
    const wb = deleteRow(clean, 7); // 1.2
    expect(cell(wb, 'F5').formula).toBe('MIN(SUM(F6,#REF!,F7),D5)');
    const report = auditScoringSheet(wb, tree);
    expect(report.ok).toBe(false);
    expect(report.findings.map(brief)).toEqual([
      ['A7', 'ROW_MISSING', 'error'],
      ['F199', 'TOTALS_NOT_CHECKED', 'info'],
    ]);
    expect(report.findings[0]).toMatchObject({ criterion: '1.2', expected: '1.2', actual: null });
  });

  it('a criterion row deleted and the parent formula rewritten to skip it: both reported', () => {
    const wb = setCell(deleteRow(clean, 7), 'F5', { value: null, formula: 'MIN(SUM(F6,F7),D5)' });
    expect(notRecalculated(auditScoringSheet(wb, tree))).toEqual([
      expect.objectContaining({ cell: 'F5', code: 'FORMULA_CHANGED', expected: '=MIN(SUM(F6,#REF!,F7),D5)', actual: '=MIN(SUM(F6,F7),D5)' }),
      expect.objectContaining({ cell: 'A7', code: 'ROW_MISSING' }),
    ]);
  });

  it('a total row deleted: ROW_MISSING for it; the grand total’s #REF! to it is that same loss', () => {
    const wb = deleteRow(clean, 199);
    expect(cell(wb, 'F199').formula).toBe('#REF!+F198');
    const report = auditScoringSheet(wb, tree);
    expect(notRecalculated(report).map((f) => [f.cell, f.code, f.criterion])).toEqual([['A199', 'ROW_MISSING', 'TOTAL14']]);
  });

  it('a row added among the criteria: a warning only, everything else still matches', () => {
    const row: GridCell[] = [{ value: '1.4' }, { value: 'Tiêu chí tự thêm' }, { value: null }, { value: 10 }, { value: 10 }];
    const wb = insertRows(clean, 9, [row]);
    const report = auditScoringSheet(wb, tree);
    expect(report.ok).toBe(true);
    expect(notRecalculated(report)).toEqual([
      expect.objectContaining({ cell: 'A9', code: 'ROW_ADDED', severity: 'warning', criterion: null, actual: '1.4' }),
    ]);
  });

  it('a code written twice: the second row is reported', () => {
    const wb = insertRows(clean, 9, [[{ value: '1.1' }, { value: 'Bản sao' }]]);
    expect(notRecalculated(auditScoringSheet(wb, tree))).toEqual([
      expect.objectContaining({ cell: 'A9', code: 'ROW_ADDED', criterion: '1.1', message: 'Mã “1.1” trùng với dòng ở ô A6 / Code “1.1” repeats the row at A6' }),
    ]);
  });
});

describe('values saved in the file vs the reference engine', () => {
  it('TOTAL_MISMATCH on a counted cell and on a total whose saved value differs', () => {
    const cached = withCachedValues(clean);
    const ref = computeScores(tree, INPUTS);
    let wb = setCell(cached, 'F5', { ...cell(cached, 'F5'), value: 99 });
    wb = setCell(wb, 'H200', { value: null, formula: cell(cached, 'H200').formula!, error: '#REF!' });
    const report = auditScoringSheet(wb, tree);
    expect(report.ok).toBe(false);
    expect(report.findings.map((f) => [f.cell, f.code, f.severity, f.expected, f.actual])).toEqual([
      ['F5', 'TOTAL_MISMATCH', 'error', ref.items['1']!.selfCounted, 99],
      ['H200', 'TOTAL_MISMATCH', 'error', ref.assessedTotal, '#REF!'],
    ]);
  });

  it('tolerates differences up to 1e-9 and reports larger ones', () => {
    const cached = withCachedValues(clean);
    const total = cell(cached, 'F200').value as number;
    const tiny = setCell(cached, 'F200', { ...cell(cached, 'F200'), value: total + 1e-10 });
    expect(auditScoringSheet(tiny, tree).findings).toEqual([]);
    const off = setCell(cached, 'F200', { ...cell(cached, 'F200'), value: total + 1e-6 });
    expect(auditScoringSheet(off, tree).findings.map(brief)).toEqual([['F200', 'TOTAL_MISMATCH', 'error']]);
  });

  it('a typed-over input changes the reference, so stale saved totals are caught', () => {
    const cached = withCachedValues(clean);
    const wb = setCell(cached, 'E6', { value: 5 }); // was 20; F6, F5, F199, F200 still hold the old values
    expect(auditScoringSheet(wb, tree).findings.map((f) => [f.cell, f.code, f.expected, f.actual])).toEqual([
      ['F5', 'TOTAL_MISMATCH', 85, 100],
      ['F6', 'TOTAL_MISMATCH', 5, 20],
      ['F199', 'TOTAL_MISMATCH', (cell(cached, 'F199').value as number) - 15, cell(cached, 'F199').value],
      ['F200', 'TOTAL_MISMATCH', (cell(cached, 'F200').value as number) - 15, cell(cached, 'F200').value],
    ]);
  });
});

describe('no scoring sheet', () => {
  it('SHEET_NOT_FOUND when no sheet has the header, or the named sheet does not', () => {
    const wb: WorkbookGrid = { sheets: [{ name: 'Trang 1', cells: [[{ value: 'Mã' }, { value: 'Tiêu chí' }]] }], names: [] };
    expect(auditScoringSheet(wb, tree)).toEqual({
      ok: false,
      sheet: null,
      findings: [expect.objectContaining({ cell: '', code: 'SHEET_NOT_FOUND', severity: 'error' })],
    });
    expect(auditScoringSheet(clean, tree, 'Không có').findings.map((f) => f.code)).toEqual(['SHEET_NOT_FOUND']);
    expect(auditScoringSheet(clean, tree, 'Chấm điểm').ok).toBe(true);
  });
});

describe('normalizeFormula', () => {
  it.each([
    ['=SUM( $F$6 , f7 )', 'SUM(F6,F7)'],
    ['  =_xlfn.IFS(A1>0,1)', 'IFS(A1>0,1)'],
    ['IF(TRIM(E1)="Chưa  có",1,0)', 'IF(TRIM(E1)="Chưa  có",1,0)'],
    ['if(trim(e1)="chưa có",1,0)', 'IF(TRIM(E1)="chưa có",1,0)'],
    ["'Chấm điểm'!F6+'Chấm Điểm'!$F$7", 'F6+F7'],
    ['Khac!F6+F7', 'KHAC!F6+F7'],
    ['IF(E1="Co\u0301",1,0)', 'IF(E1="Có",1,0)'],
  ])('%s → %s', (input, out) => {
    expect(normalizeFormula(input, 'Chấm điểm')).toBe(out);
  });
});

describe('translateReferences', () => {
  const down2 = ({ row, column }: { row: number; column: number }): { row: number; column: number } | null =>
    row === 7 ? null : { row: row + 2, column: column === 10 ? 3 : column };
  it.each([
    ['MIN(SUM(F6,F8),D5)', 'MIN(SUM(F8,F10),D7)'],
    ['$F$6+J6', '$F$8+C8'],
    ['SUM(F6,F7,F8)', 'SUM(F8,#REF!,F10)'],
    ['IF(TRIM(E6)="A1",LOG10(E6),TuCham_01)', 'IF(TRIM(E8)="A1",LOG10(E8),TuCham_01)'],
    ['Khac!F6+F6', 'Khac!F6+F8'],
    ['IF(TRIM(NgoaiNguKhac)="Có",40,50)', 'IF(TRIM(NgoaiNguKhac)="Có",40,50)'],
  ])('%s → %s', (input, out) => {
    expect(translateReferences(input, down2)).toBe(out);
  });
});
