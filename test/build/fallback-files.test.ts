/**
 * Hosts that cannot run the pane get the same result as .xlsx files: the build
 * writes every template to dist/templates, and the pane's page shows the old
 * IE-based webview a plain message with links to them.
 */
import { execFileSync } from 'child_process';
import { existsSync, mkdtempSync, readFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { runInNewContext } from 'vm';
import { parse } from 'acorn';
import { auditScoringSheet } from '../../src/core/audit';
import { catalogueContextFromWorkbook, validateCatalogue } from '../../src/core/catalogue';
import { buildCriteriaTree } from '../../src/core/scoring/criteria';
import { CRITERIA_2020_2021, TEMPLATES } from '../../src/core/templates';
import { readXlsx } from '../../src/xlsx';

const ROOT = join(__dirname, '..', '..');
const out = mkdtempSync(join(tmpdir(), 'thidua-templates-'));

beforeAll(() => {
  if (!existsSync(join(ROOT, 'dist-cli', 'cli', 'main.js'))) execFileSync('npm', ['run', 'build:cli'], { cwd: ROOT, stdio: 'ignore' });
  execFileSync(process.execPath, [join(ROOT, 'scripts', 'build-templates.js'), out], { cwd: ROOT, stdio: 'ignore' });
}, 120_000);

describe('template files for hosts without the pane', () => {
  it('writes every template with an index the fallback page reads', () => {
    const index = JSON.parse(readFileSync(join(out, 'index.json'), 'utf8')) as { id: string; file: string; title: string }[];
    expect(index.map((i) => i.id)).toEqual(TEMPLATES.map((t) => t.id));
    for (const i of index) expect(existsSync(join(out, i.file))).toBe(true);
  });

  it('gives the same catalogue as the add-in inserts: it validates to exactly the seed’s own findings', async () => {
    const wb = await readXlsx(readFileSync(join(out, 'danh-muc-nhiem-vu-hoa-binh-2020.xlsx')));
    const sheet = wb.sheets[0]!;
    const report = validateCatalogue(sheet, catalogueContextFromWorkbook(wb, sheet.name));
    expect(report.findings.map((f) => f.code).sort()).toEqual(
      ['DEADLINE_BEFORE_ISSUE', 'DEADLINE_BEFORE_ISSUE', 'DEADLINE_BEFORE_ISSUE', 'DEADLINE_CONDITIONAL', 'DEADLINE_CONDITIONAL', 'TT_GAP'],
    );
  });

  it('gives the standard scoring sheet: the audit finds no error', async () => {
    const wb = await readXlsx(readFileSync(join(out, 'tieu-chi-thi-dua-so-gddt-2020-2021.xlsx')));
    const report = auditScoringSheet(wb, buildCriteriaTree(CRITERIA_2020_2021));
    expect(report.sheet).toBe('Chấm điểm');
    expect(report.ok).toBe(true);
  });
});

describe('the pane page in the old IE-based webview', () => {
  const html = readFileSync(join(ROOT, 'src', 'taskpane', 'taskpane.html'), 'utf8');
  const script = /<script id="legacy-webview-fallback"[^>]*>([\s\S]*?)<\/script>/.exec(html)?.[1] ?? '';

  it('has a fallback script written in ES5, which IE 11 can parse', () => {
    expect(script.length).toBeGreaterThan(100);
    expect(() => parse(script, { ecmaVersion: 5 })).not.toThrow();
  });

  function runPage(userAgent: string) {
    const container = { innerHTML: '' };
    const list = { children: [] as { href: string; text: string }[], appendChild(li: { a: { href: string; text: string } }) { this.children.push(li.a); } };
    const document = {
      getElementById: (id: string) => (id === 'container' ? container : id === 'legacy-templates' ? list : null),
      createElement: (tag: string) => (tag === 'a' ? { href: '', target: '', text: '', appendChild(t: { t: string }) { this.text = t.t; } } : { a: null as unknown, appendChild(a: unknown) { this.a = a; } }),
      createTextNode: (t: string) => ({ t }),
    };
    class XMLHttpRequest {
      status = 0;
      responseText = '';
      onload: (() => void) | null = null;
      private url = '';
      open(_m: string, url: string) { this.url = url; }
      send() {
        this.status = 200;
        this.responseText = readFileSync(join(out, this.url.replace(/^templates\//, '')), 'utf8');
        this.onload?.();
      }
    }
    runInNewContext(script, { navigator: { userAgent }, document, XMLHttpRequest });
    return { container, list };
  }

  it('says plainly that the pane needs a newer Excel and links every template as .xlsx', () => {
    const { container, list } = runPage('Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; .NET4.0C; rv:11.0) like Gecko');
    expect(container.innerHTML).toContain('Ngăn tác vụ cần Excel 2019');
    expect(container.innerHTML).toContain('The pane needs Excel 2019');
    expect(list.children.map((a) => a.href)).toEqual(TEMPLATES.map((t) => `templates/${t.id}.xlsx`));
    expect(list.children[0]?.text).toBe(`${TEMPLATES[0]?.title} (.xlsx)`);
  });

  it('does nothing in a modern webview', () => {
    const { container } = runPage('Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Safari/537.36 Edg/120.0');
    expect(container.innerHTML).toBe('');
  });
});
