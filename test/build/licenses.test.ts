/**
 * Runtime dependencies (what ships with the add-in and the CLI) must be MIT,
 * Apache, BSD or similarly permissive. GPL code (HyperFormula) is a test
 * oracle only and lives in devDependencies.
 */
import { readFileSync } from 'fs';
import { join } from 'path';

const ROOT = join(__dirname, '..', '..');
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { dependencies: Record<string, string>; devDependencies: Record<string, string> };
const lock = JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8')) as {
  packages: Record<string, { license?: string; dependencies?: Record<string, string>; dev?: boolean; optional?: boolean }>;
};

const PERMISSIVE_IDS = new Set(['MIT', 'MIT/X11', 'Apache-2.0', 'BSD-2-Clause', 'BSD-3-Clause', 'ISC', '0BSD', 'Zlib', 'CC0-1.0', 'BlueOak-1.0.0', 'Unlicense']);

/** An SPDX expression we may ship under: some OR-alternative whose AND-parts are all permissive (we choose it). */
function permissive(expression: string): boolean {
  const alternatives = expression.replace(/[()]/g, '').split(/\s+OR\s+/);
  return alternatives.some((alt) => alt.split(/\s+AND\s+/).every((id) => PERMISSIVE_IDS.has(id.trim())));
}

/**
 * Known exceptions, each looked at by hand:
 * - buffers 0.1.1 (exceljs → unzipper → binary) publishes no license field;
 *   noted for the team, no alternative without replacing ExcelJS's unzipper.
 */
const REVIEWED: Readonly<Record<string, string>> = { buffers: 'no license field (transitive via exceljs)' };

function runtimeClosure(): Map<string, string> {
  const seen = new Map<string, string>();
  const visit = (name: string): void => {
    if (seen.has(name)) return;
    const entry = lock.packages[`node_modules/${name}`];
    if (entry === undefined) return;
    seen.set(name, entry.license ?? '');
    for (const dep of Object.keys(entry.dependencies ?? {})) visit(dep);
  };
  for (const name of Object.keys(pkg.dependencies)) visit(name);
  return seen;
}

describe('licences of what ships', () => {
  const closure = runtimeClosure();

  it('walks the runtime dependencies (exceljs, react, Fluent UI and theirs)', () => {
    expect(closure.size).toBeGreaterThan(50);
    expect(closure.has('exceljs')).toBe(true);
    expect(closure.has('@fluentui/react-components')).toBe(true);
  });

  it('are all permissive, apart from the reviewed exceptions', () => {
    const offending = [...closure].filter(([name, licence]) => !permissive(licence) && REVIEWED[name] === undefined);
    expect(offending).toEqual([]);
    // jszip is dual-licensed "MIT OR GPL-3.0-or-later": used under MIT.
    expect(permissive('(MIT OR GPL-3.0-or-later)')).toBe(true);
    expect(permissive('GPL-3.0-only')).toBe(false);
  });

  it('never include GPL code; HyperFormula stays a devDependency (test oracle)', () => {
    expect([...closure].filter(([, licence]) => /GPL/i.test(licence) && !permissive(licence))).toEqual([]);
    expect(closure.has('hyperformula')).toBe(false);
    expect(pkg.devDependencies.hyperformula).toBeDefined();
  });
});
