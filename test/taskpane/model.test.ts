import type { PaneFinding } from '../../src/taskpane/excel-api';
import { countBySeverity, findingKey, groupByField, parsePlanYear } from '../../src/taskpane/model';

const f = (cell: string, field: string, severity: PaneFinding['severity'], code = 'X'): PaneFinding => ({
  cell,
  row: Number(cell.replace(/\D/g, '')) || 0,
  field,
  code,
  severity,
  message: `${code} at ${cell}`,
  fix: null,
});

describe('countBySeverity', () => {
  it('counts each severity', () => {
    expect(countBySeverity([f('C5', 'unit', 'error'), f('D5', 'deadline', 'warning'), f('C6', 'unit', 'error'), f('D7', 'deadline', 'info')])).toEqual({
      error: 2,
      warning: 1,
      info: 1,
    });
    expect(countBySeverity([])).toEqual({ error: 0, warning: 0, info: 0 });
  });
});

describe('groupByField', () => {
  it('groups in sheet column order, unknown fields last, empty groups left out', () => {
    const findings = [f('E9', 'product', 'error'), f('C5', 'unit', 'error'), f('A1', 'sheet', 'error'), f('Z1', 'mystery', 'error'), f('C8', 'unit', 'error')];
    expect(groupByField(findings).map((g) => [g.field, g.label, g.findings.map((x) => x.cell)])).toEqual([
      ['sheet', 'fieldSheet', ['A1']],
      ['unit', 'fieldUnit', ['C5', 'C8']],
      ['product', 'fieldProduct', ['E9']],
      ['other', 'fieldOther', ['Z1']],
    ]);
  });
});

describe('findingKey', () => {
  it('tells apart two findings on one cell', () => {
    expect(findingKey(f('C5', 'unit', 'error', 'UNIT_UNKNOWN'))).toBe('C5|UNIT_UNKNOWN|UNIT_UNKNOWN at C5');
    expect(findingKey(f('C5', 'unit', 'error', 'UNIT_UNKNOWN'))).not.toBe(findingKey(f('C5', 'unit', 'warning', 'TEXT_LEGACY_ENCODING')));
  });
});

describe('parsePlanYear', () => {
  it.each([
    ['', null],
    ['   ', null],
    ['2021', 2021],
    [' 2020 ', 2020],
    ['2000', 2000],
    ['2100', 2100],
    ['1999', 'invalid'],
    ['2101', 'invalid'],
    ['21', 'invalid'],
    ['2021a', 'invalid'],
    ['2.021', 'invalid'],
  ] as const)('%j → %j', (text, expected) => {
    expect(parsePlanYear(text)).toBe(expected);
  });
});
