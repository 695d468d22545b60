import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { readXlsx } from '../../src/xlsx';
import { MEMBERS, junkBytes, memberBytes, otherWorkbookBytes } from '../core/tally/tally-fixtures';
import { runCli, runCliJson } from '../helpers/cli';

jest.setTimeout(60_000);

let dir: string;
const p = (name: string): string => path.join(dir, name);

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'thidua-cli-tally-'));
  fs.writeFileSync(p('ninh-binh.xlsx'), await memberBytes(MEMBERS.ninhBinh));
  fs.writeFileSync(p('thai-binh.xlsx'), await memberBytes(MEMBERS.thaiBinh));
  fs.writeFileSync(p('nam-dinh.xlsx'), await memberBytes(MEMBERS.namDinh));
  fs.writeFileSync(p('ha-nam.xlsx'), await memberBytes(MEMBERS.haNam));
  fs.writeFileSync(p('hung-yen.xlsx'), await memberBytes(MEMBERS.tampered));
  fs.writeFileSync(p('hong.xlsx'), junkBytes());
  fs.writeFileSync(p('danh-sach.xlsx'), await otherWorkbookBytes());
});

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

interface Out {
  members: { unit: string; file: string; selfTotal: number; assessedTotal: number; rank: number; auditErrors: number }[];
  rejected: { file: string; reason: string }[];
  replaced: { unit: string; file: string; previousFile: string }[];
}

describe('thidua tally', () => {
  test('tallies, ranks, rejects, and writes the tally workbook', async () => {
    const files = ['ninh-binh', 'hong', 'thai-binh', 'danh-sach', 'nam-dinh', 'ha-nam', 'hung-yen'].map((f) => p(`${f}.xlsx`));
    const r = await runCliJson<Out>('tally', ...files, '--out', p('tong-hop.xlsx'), '--cluster', 'cụm 2', '--json');
    expect(r.code).toBe(0);
    expect(r.json.members).toEqual([
      { unit: 'Ninh Bình', file: p('ninh-binh.xlsx'), selfTotal: 20, assessedTotal: 100, rank: 1, auditErrors: 0 },
      { unit: 'Thái Bình', file: p('thai-binh.xlsx'), selfTotal: 50, assessedTotal: 90, rank: 2, auditErrors: 0 },
      { unit: 'Nam Định', file: p('nam-dinh.xlsx'), selfTotal: 0, assessedTotal: 90, rank: 2, auditErrors: 0 },
      { unit: 'Hà Nam', file: p('ha-nam.xlsx'), selfTotal: 100, assessedTotal: 25, rank: 4, auditErrors: 1 },
    ]);
    expect(r.json.rejected.map((x) => x.file)).toEqual([p('hong.xlsx'), p('danh-sach.xlsx'), p('hung-yen.xlsx')]);
    expect(r.json.rejected[0]!.reason).toMatch(/^Không đọc được tệp \(.*hong\.xlsx/);
    expect(r.json.rejected[1]!.reason).toMatch(/^Không phải sổ chấm điểm thi đua/);
    expect(r.json.rejected[2]!.reason).toMatch(/^Bảng chấm điểm đã bị sửa công thức.*H6/);
    expect(r.json.replaced).toEqual([]);

    const wb = await readXlsx(fs.readFileSync(p('tong-hop.xlsx')));
    expect(wb.sheets.map((s) => s.name)).toEqual(['Cụm thi đua', 'Tổng hợp cụm', 'Ma trận tiêu chí']);
    const summary = wb.sheets[1]!;
    expect(summary.cells.slice(4, 8).map((row) => [row[1]!.value, row[4]!.formula, row[5]!.value, row[20]!.formula])).toEqual([
      ['Ninh Bình', 'MIN(SUM(F5:S5),2250)+T5', 100, 'COUNTIF($E$5:$E$8,">"&E5)+1'],
      ['Thái Bình', 'MIN(SUM(F6:S6),2250)+T6', 90, 'COUNTIF($E$5:$E$8,">"&E6)+1'],
      ['Nam Định', 'MIN(SUM(F7:S7),2250)+T7', 90, 'COUNTIF($E$5:$E$8,">"&E7)+1'],
      ['Hà Nam', 'MIN(SUM(F8:S8),2250)+T8', 25, 'COUNTIF($E$5:$E$8,">"&E8)+1'],
    ]);
    expect(wb.sheets[0]!.cells[2]!.slice(0, 2).map((c) => c.value)).toEqual(['Cụm trưởng:', 'Ninh Bình']);
  });

  test('--by self and a re-imported unit', async () => {
    fs.copyFileSync(p('ha-nam.xlsx'), p('ha-nam-lan-2.xlsx'));
    const r = await runCliJson<Out>('tally', p('ha-nam.xlsx'), p('ninh-binh.xlsx'), p('ha-nam-lan-2.xlsx'), '--out', p('t2.xlsx'), '--by', 'self', '--json');
    expect(r.code).toBe(0);
    expect(r.json.members.map((m) => [m.unit, path.basename(m.file), m.rank])).toEqual([
      ['Hà Nam', 'ha-nam-lan-2.xlsx', 1],
      ['Ninh Bình', 'ninh-binh.xlsx', 2],
    ]);
    expect(r.json.replaced).toEqual([{ unit: 'Hà Nam', file: p('ha-nam-lan-2.xlsx'), previousFile: p('ha-nam.xlsx') }]);
  });

  test('text output', async () => {
    const r = await runCli('tally', p('thai-binh.xlsx'), p('hong.xlsx'), '--out', p('t3.xlsx'));
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines[0]).toBe(`  1  Thái Bình\t50\t90\t${p('thai-binh.xlsx')}`);
    expect(lines[1]).toMatch(/^LOẠI \/ REJECTED {2}.*hong\.xlsx: Không đọc được tệp/);
    expect(lines[2]).toBe(`Đã ghi / wrote ${p('t3.xlsx')}`);
  });

  test('no file tallied: exit 1, no workbook written', async () => {
    const r = await runCliJson<Out>('tally', p('hong.xlsx'), p('danh-sach.xlsx'), '--out', p('none.xlsx'), '--json');
    expect(r.code).toBe(1);
    expect(r.json.members).toEqual([]);
    expect(r.json.rejected.length).toBe(2);
    expect(fs.existsSync(p('none.xlsx'))).toBe(false);
  });

  test.each<[string, string[], RegExp]>([
    ['no files', ['tally', '--out', 'x.xlsx'], /cần ít nhất một tệp/],
    ['no --out', ['tally', 'a.xlsx'], /--out/],
    ['bad --by', ['tally', 'a.xlsx', '--out', 'x.xlsx', '--by', 'both'], /--by cần "self" hoặc "assessed"/],
    ['unknown cluster', ['tally', 'a.xlsx', '--out', 'x.xlsx', '--cluster', 'Cụm 9'], /không có cụm \/ no cluster "Cụm 9"/],
    ['unknown option', ['tally', 'a.xlsx', '--out', 'x.xlsx', '--rank'], /rank/],
  ])('bad usage: %s → exit 2', async (_name, args, message) => {
    const r = await runCli(...args);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
  });
});
