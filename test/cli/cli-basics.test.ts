import { execFileSync, spawnSync } from 'child_process';
import { existsSync } from 'fs';
import { join } from 'path';
import { runCli, runCliJson } from '../helpers/cli';

const ROOT = join(__dirname, '..', '..');

describe('thidua --help', () => {
  it('lists every command, exits 0; no command at all is bad usage (2)', async () => {
    const help = await runCli('--help');
    expect(help.code).toBe(0);
    for (const name of ['templates', 'show', 'deadline', 'insert', 'validate', 'audit', 'score', 'tally']) {
      expect(help.stdout).toMatch(new RegExp(`^  ${name} `, 'm'));
    }
    expect((await runCli()).code).toBe(2);
  });
});

describe('thidua templates', () => {
  it('lists every template with id, kind, title and source', async () => {
    const { code, json } = await runCliJson<{ id: string; kind: string; title: string; source: string }[]>('templates', '--json');
    expect(code).toBe(0);
    expect(json.map((t) => [t.id, t.kind])).toEqual([
      ['danh-muc-nhiem-vu-hoa-binh-2020', 'catalogue'],
      ['khung-nhiem-vu-giai-phap-2020-2021', 'catalogue'],
      ['tieu-chi-thi-dua-so-gddt-2020-2021', 'criteria'],
    ]);
    for (const t of json) expect(Object.keys(t).sort()).toEqual(['id', 'kind', 'source', 'title']);
  });
});

describe('thidua show', () => {
  it('shows a catalogue with plan year, units and rows in the contract shape', async () => {
    type Out = { id: string; planYear: number; units: { name: string; aliases: string[] }[]; rows: Record<string, string>[] };
    const { code, json } = await runCliJson<Out>('show', 'danh-muc-nhiem-vu-hoa-binh-2020', '--json');
    expect(code).toBe(0);
    expect(json.planYear).toBe(2020);
    expect(json.units.length).toBe(11);
    expect(json.rows.length).toBe(74);
    expect(Object.keys(json.rows[0] as object)).toEqual(['section', 'sectionTitle', 'tt', 'task', 'unit', 'deadline', 'product']);
    expect(json.rows[0]).toMatchObject({ section: 'I', sectionTitle: 'Văn phòng', tt: '1', deadline: 'Tháng 8/2020' });
  });

  it('shows the criteria with totals, effective maxima (null on information rows) and rules', async () => {
    type Item = { code: string; parent: string | null; max: number | null; evaluator: string | null; rule: { kind: string } | null };
    const { code, json } = await runCliJson<{ totalMax: number; bonusMax: number; items: Item[] }>('show', 'tieu-chi-thi-dua-so-gddt-2020-2021', '--json');
    expect(code).toBe(0);
    expect([json.totalMax, json.bonusMax]).toEqual([2250, 250]);
    const byCode = new Map(json.items.map((i) => [i.code, i]));
    expect(byCode.get('3.2.1')?.max).toBe(40); // no points in the source: sum of its children
    expect(byCode.get('2.1.i1')?.max).toBeNull();
    expect(byCode.get('7.4')?.rule?.kind).toBe('status');
    expect(byCode.get('1.1')?.evaluator).toBe('Cục Cơ sở vật chất'); // inherited from item 1
    expect(byCode.get('DT')).toMatchObject({ parent: null, max: 250 });
  });

  it('exits 2 with one line on stderr for an unknown template or missing id', async () => {
    for (const args of [['show', 'khong-co'], ['show'], ['frobnicate'], ['show', 'x', '--bogus']]) {
      const r = await runCli(...args);
      expect(r.code).toBe(2);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).toMatch(/^thidua: /);
    }
  });
});

describe('thidua deadline', () => {
  it.each([
    [['Quý II/2021'], { ok: true, kind: 'quarter', from: '2021-04-01', to: '2021-06-30' }],
    [['trước 30/5 hằng năm', '--plan-year', '2021'], { ok: true, kind: 'recurring', recurrence: 'yearly', to: '2021-05-30' }],
    [['Tháng 13/2020'], { ok: false, errorCode: 'invalid-date' }],
  ])('%j', async (args, expected) => {
    const { code, json } = await runCliJson(...['deadline', ...args, '--json']);
    expect(code).toBe(0);
    expect(json).toMatchObject(expected);
    expect(Object.keys(json as object)).toEqual(expect.arrayContaining(['ok', 'kind', 'from', 'to', 'recurrence', 'condition', 'remark']));
  });

  it('rejects a bad --plan-year with exit 2', async () => {
    expect((await runCli('deadline', 'Tháng 8', '--plan-year', 'abc')).code).toBe(2);
  });
});

describe('the thidua binary', () => {
  beforeAll(() => {
    if (!existsSync(join(ROOT, 'dist-cli', 'cli', 'main.js'))) execFileSync('npm', ['run', 'build:cli'], { cwd: ROOT, stdio: 'ignore' });
  }, 120_000);

  it('runs as a process with the same contract', () => {
    const r = spawnSync(process.execPath, [join(ROOT, 'bin', 'thidua.js'), 'templates', '--json'], { encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect((JSON.parse(r.stdout) as unknown[]).length).toBe(3);
    const bad = spawnSync(process.execPath, [join(ROOT, 'bin', 'thidua.js'), 'show', 'nope'], { encoding: 'utf8' });
    expect(bad.status).toBe(2);
  });
});
