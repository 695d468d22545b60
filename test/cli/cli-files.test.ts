import { mkdtempSync, readFileSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { HOA_BINH_2020 } from '../../src/core/templates';
import type { CatalogueTemplate } from '../../src/core/templates';
import { buildCataloguePlan } from '../../src/plan/catalogue-sheet';
import { renderPlanToXlsx } from '../../src/xlsx';
import { runCli, runCliJson } from '../helpers/cli';

const dir = mkdtempSync(join(tmpdir(), 'thidua-cli-'));
type Report = { sheet: string; rows: number; findings: { cell: string; row: number; field: string; code: string; severity: string; message: string; fix: { value: string } | null }[] };

async function writeCatalogue(name: string, template: CatalogueTemplate): Promise<string> {
  const { bytes } = await renderPlanToXlsx(buildCataloguePlan(template));
  const file = join(dir, name);
  writeFileSync(file, bytes);
  return file;
}

describe('thidua insert → thidua validate (round trip on a file)', () => {
  it('reports exactly the seed’s own issues: its numbering gap, deadlines before the February issue, conditional deadlines', async () => {
    const file = join(dir, 'hoa-binh.xlsx');
    const ins = await runCli('insert', 'danh-muc-nhiem-vu-hoa-binh-2020', '--out', file);
    expect(ins.code).toBe(0);
    const { code, json } = await runCliJson<Report>('validate', file, '--json');
    expect(code).toBe(0); // warnings and info only
    expect(json.sheet).toBe('Danh mục nhiệm vụ 2020');
    expect(json.rows).toBe(74);
    expect(json.findings.map((f) => [f.cell, f.code, f.severity])).toEqual([
      ['D7', 'DEADLINE_CONDITIONAL', 'info'], // I.3 "Sau khi có Kế hoạch của Bộ GD&ĐT"
      ['D9', 'DEADLINE_BEFORE_ISSUE', 'warning'], // I.5 "Tháng 1/2020"
      ['D11', 'DEADLINE_BEFORE_ISSUE', 'warning'], // I.7
      ['D48', 'DEADLINE_CONDITIONAL', 'info'], // VI.3 "Sau khi có Đề án của Thủ tướng Chính phủ"
      ['D51', 'DEADLINE_BEFORE_ISSUE', 'warning'], // VI.6
      ['A63', 'TT_GAP', 'warning'], // VII: 7 → 10
    ]);
  });

  it('exits 1 when a row has an error, with the cell and a suggested fix', async () => {
    const rows = HOA_BINH_2020.rows.map((r, i) => (i === 0 ? { ...r, unit: 'Văn phònng' } : i === 1 ? { ...r, product: '' } : r));
    const file = await writeCatalogue('broken.xlsx', { ...HOA_BINH_2020, rows });
    const { code, json } = await runCliJson<Report>('validate', file, '--json');
    expect(code).toBe(1);
    const unit = json.findings.find((f) => f.cell === 'C5');
    expect(unit).toMatchObject({ code: 'UNIT_UNKNOWN', severity: 'error', field: 'unit', row: 5, fix: { value: 'Văn phòng' } });
    expect(json.findings.find((f) => f.cell === 'E6')).toMatchObject({ code: 'PRODUCT_MISSING', severity: 'error' });
  });

  it('honours --plan-year and --sheet, and prints a readable table without --json', async () => {
    const file = join(dir, 'hoa-binh.xlsx');
    const { json } = await runCliJson<Report>('validate', file, '--plan-year', '2021', '--json', '--sheet', 'Danh mục nhiệm vụ 2020');
    expect(json.findings.filter((f) => f.code === 'DEADLINE_OUTSIDE_PLAN').length).toBeGreaterThan(60);
    const text = await runCli('validate', file);
    expect(text.stdout).toContain('TT_GAP');
    expect(text.stdout.split('\n')[0]).toBe('Danh mục nhiệm vụ 2020: 74 nhiệm vụ / tasks, 6 phát hiện / findings');
    expect((await runCli('validate', file, '--sheet', 'Không có')).code).toBe(2);
  });

  it('keeps formula-looking text as text, never as a formula', async () => {
    const rows = HOA_BINH_2020.rows.map((r, i) => (i === 0 ? { ...r, product: '=HYPERLINK("http://evil.example","x")' } : r));
    const file = await writeCatalogue('hostile-text.xlsx', { ...HOA_BINH_2020, rows });
    const { json } = await runCliJson<Report>('validate', file, '--json');
    expect(json.findings.filter((f) => f.cell === 'E5')).toEqual([]);
    const sheetXml = readFileSync(file).includes(Buffer.from('<f>HYPERLINK'));
    expect(sheetXml).toBe(false);
  });
});

describe('thidua validate on unreadable input', () => {
  it.each([
    ['a text file', 'not-a-zip.xlsx', Buffer.from('TT,Tên nhiệm vụ\n1,abc\n')],
    ['an empty file', 'empty.xlsx', Buffer.alloc(0)],
    ['an old .xls (OLE) file', 'old.xlsx', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0])],
  ])('exits 2 with one clear line for %s', async (_what, name, bytes) => {
    const file = join(dir, name);
    writeFileSync(file, bytes);
    const started = Date.now();
    const r = await runCli('validate', file, '--json');
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain(name);
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('exits 2 for a missing file', async () => {
    const r = await runCli('validate', join(dir, 'nope.xlsx'));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/không tìm thấy tệp \/ file not found/);
  });
});
