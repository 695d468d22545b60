/**
 * Offline checks of manifest.xml (the online `npm run validate` needs Microsoft's
 * service): well-formed, elements in the schema's order, every resid declared,
 * icons exist at their declared sizes, URLs consistent, requirement sets agree with the code.
 */
import { readFileSync, existsSync, readdirSync, statSync } from 'fs';
import { join } from 'path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { FEATURE_REQUIREMENTS, MANIFEST_MIN_EXCEL_API } from '../../src/office/requirements';

const ROOT = join(__dirname, '..', '..');
const xml = readFileSync(join(ROOT, 'manifest.xml'), 'utf8');

type Node = { [tag: string]: Node[] } & { ':@'?: Record<string, string> };
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', preserveOrder: true, commentPropName: '#comment' });
const doc = parser.parse(xml) as Node[];

const tagOf = (n: Node): string => Object.keys(n).find((k) => k !== ':@') as string;
const childrenOf = (n: Node): Node[] => (n[tagOf(n)] as Node[]).filter((c) => !['#text', '#comment'].includes(tagOf(c)));
const attrs = (n: Node): Record<string, string> => n[':@'] ?? {};
function find(n: Node, path: string[]): Node {
  let cur = n;
  for (const p of path) {
    const next = childrenOf(cur).find((c) => tagOf(c) === p);
    if (next === undefined) throw new Error(`missing <${p}> under <${tagOf(cur)}>`);
    cur = next;
  }
  return cur;
}
function walk(n: Node, visit: (n: Node) => void): void {
  visit(n);
  for (const c of childrenOf(n)) walk(c, visit);
}
const officeApp = doc.find((n) => tagOf(n) === 'OfficeApp') as Node;

/** Expected child order (a subsequence must match), from the v1.1 TaskPaneApp and VersionOverrides XSDs. */
const ORDER: Record<string, string[]> = {
  OfficeApp: ['Id', 'AlternateId', 'Version', 'ProviderName', 'DefaultLocale', 'DisplayName', 'Description', 'IconUrl', 'HighResolutionIconUrl', 'SupportUrl', 'AppDomains', 'Hosts', 'Requirements', 'DefaultSettings', 'Permissions', 'VersionOverrides'],
  VersionOverrides: ['Description', 'Requirements', 'Hosts', 'Resources'],
  DesktopFormFactor: ['GetStarted', 'FunctionFile', 'ExtensionPoint'],
  GetStarted: ['Title', 'Description', 'LearnMoreUrl'],
  Group: ['Label', 'Icon', 'Control'],
  Control: ['Label', 'Supertip', 'Icon', 'Action'],
  Supertip: ['Title', 'Description'],
  Resources: ['bt:Images', 'bt:Urls', 'bt:ShortStrings', 'bt:LongStrings'],
};

describe('manifest.xml', () => {
  it('is well-formed XML with a TaskPaneApp root', () => {
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(attrs(officeApp)['xsi:type']).toBe('TaskPaneApp');
  });

  it('lists child elements in the schema order', () => {
    const problems: string[] = [];
    walk(officeApp, (n) => {
      const order = ORDER[tagOf(n)];
      if (order === undefined) return;
      const seen = childrenOf(n).map(tagOf);
      const unknown = seen.filter((t) => !order.includes(t));
      if (unknown.length > 0) problems.push(`<${tagOf(n)}> has unexpected ${unknown.join(', ')}`);
      const idx = seen.filter((t) => order.includes(t)).map((t) => order.indexOf(t));
      if (idx.some((v, i) => i > 0 && v < (idx[i - 1] as number))) problems.push(`<${tagOf(n)}> children out of order: ${seen.join(', ')}`);
    });
    expect(problems).toEqual([]);
  });

  it('declares the Workbook host and ReadWriteDocument permission', () => {
    expect(attrs(find(officeApp, ['Hosts', 'Host'])).Name).toBe('Workbook');
    expect(JSON.stringify(find(officeApp, ['Permissions']))).toContain('ReadWriteDocument');
  });

  it('resolves every resid to a declared resource, and every resource is used', () => {
    const declared = new Set<string>();
    const used = new Set<string>();
    walk(find(officeApp, ['VersionOverrides', 'Resources']), (n) => {
      if (attrs(n).id) declared.add(attrs(n).id as string);
    });
    walk(find(officeApp, ['VersionOverrides']), (n) => {
      if (attrs(n).resid) used.add(attrs(n).resid as string);
    });
    expect([...used].filter((r) => !declared.has(r))).toEqual([]);
    expect([...declared].filter((r) => !used.has(r))).toEqual([]);
    for (const id of declared) expect(id.length).toBeLessThanOrEqual(32);
  });

  it('has a "Thi đua" group on the Home tab with a button that opens the pane', () => {
    const tab = find(officeApp, ['VersionOverrides', 'Hosts', 'Host', 'DesktopFormFactor', 'ExtensionPoint', 'OfficeTab']);
    expect(attrs(tab).id).toBe('TabHome');
    const strings = new Map<string, string>();
    walk(officeApp, (n) => {
      if (tagOf(n) === 'bt:String') strings.set(attrs(n).id as string, attrs(n).DefaultValue as string);
    });
    expect(strings.get(attrs(find(tab, ['Group', 'Label'])).resid as string)).toBe('Thi đua');
    const actions: string[] = [];
    walk(tab, (n) => {
      if (tagOf(n) === 'Action') actions.push(attrs(n)['xsi:type'] as string);
    });
    expect(actions).toContain('ShowTaskpane');
  });

  it('points every icon at a PNG in assets/ of the declared size', () => {
    const icons: { url: string; size: number }[] = [];
    const images = new Map<string, string>();
    walk(officeApp, (n) => {
      if (tagOf(n) === 'bt:Image' && attrs(n).DefaultValue) images.set(attrs(n).id as string, attrs(n).DefaultValue as string);
    });
    walk(officeApp, (n) => {
      if (tagOf(n) === 'bt:Image' && attrs(n).resid) icons.push({ url: images.get(attrs(n).resid as string) as string, size: Number(attrs(n).size) });
    });
    icons.push({ url: attrs(find(officeApp, ['IconUrl'])).DefaultValue as string, size: 32 });
    icons.push({ url: attrs(find(officeApp, ['HighResolutionIconUrl'])).DefaultValue as string, size: 64 });
    expect(icons.length).toBeGreaterThan(4);
    for (const { url, size } of icons) {
      const file = join(ROOT, 'assets', url.split('/assets/')[1] as string);
      expect(existsSync(file)).toBe(true);
      const png = readFileSync(file);
      expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([size, size]);
    }
    for (const size of [16, 32, 64, 80]) expect(existsSync(join(ROOT, 'assets', `icon-${size}.png`))).toBe(true);
  });

  it('uses one https origin for every URL, listed in AppDomains, with pages that webpack builds', () => {
    const urls = [...xml.matchAll(/(?:DefaultValue|Value)="(https?:[^"]+)"/g)].map((m) => m[1] as string);
    const origins = new Set(urls.map((u) => new URL(u).origin));
    expect([...origins]).toEqual(['https://localhost:3000']);
    expect(JSON.stringify(find(officeApp, ['AppDomains']))).toContain('https://localhost:3000');
    const webpack = readFileSync(join(ROOT, 'webpack.config.js'), 'utf8');
    for (const page of new Set(urls.map((u) => new URL(u).pathname).filter((p) => p.endsWith('.html')))) {
      expect(webpack).toContain(`'${page.slice(1)}'`);
    }
  });

  it('declares the minimum requirement set the code assumes, and no feature needs less', () => {
    const set = find(officeApp, ['Requirements', 'Sets', 'Set']);
    expect(attrs(set)).toMatchObject({ Name: 'ExcelApi', MinVersion: MANIFEST_MIN_EXCEL_API });
    const excel = Object.values(FEATURE_REQUIREMENTS).filter((f) => f.set === 'ExcelApi');
    expect(excel.length).toBeGreaterThan(3);
    for (const f of excel) expect(Number(f.version)).toBeGreaterThanOrEqual(Number(MANIFEST_MIN_EXCEL_API));
    // Other sets are optional extras, each checked at run time.
    expect(Object.values(FEATURE_REQUIREMENTS).filter((f) => f.set !== 'ExcelApi').map((f) => f.set)).toEqual(['DialogApi']);
  });

  it('names in the code only requirement sets that are declared in requirements.ts', () => {
    const declared = new Set(Object.values(FEATURE_REQUIREMENTS).map((f) => `${f.set} ${f.version}`));
    const found: string[] = [];
    const scan = (dir: string): void => {
      for (const name of readdirSync(dir)) {
        const p = join(dir, name);
        if (statSync(p).isDirectory()) scan(p);
        else if (/\.tsx?$/.test(name)) {
          for (const m of readFileSync(p, 'utf8').matchAll(/isSetSupported\(\s*'(\w+)'\s*,\s*'([\d.]+)'/g)) found.push(`${m[1]} ${m[2]}`);
        }
      }
    };
    scan(join(ROOT, 'src'));
    expect(found.filter((f) => !declared.has(f))).toEqual([]);
  });
});
