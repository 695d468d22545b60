#!/usr/bin/env node
/**
 * End-to-end tests of the task pane in the browser playground, with
 * playwright-core driving Debian's Chromium (never a downloaded browser).
 *
 *   node scripts/e2e.js [--build] [filter]
 *
 * Builds playground-dist/ when it is missing (or with --build), serves it on
 * 127.0.0.1 at a random port, runs every test/e2e/*.e2e.ts on a fresh page,
 * saves screenshots under test-results/e2e/, and ends with "N passed, M failed"
 * (exit code 1 when any failed or Chromium is missing).
 */
const fs = require('fs');
const path = require('path');
const ts = require('typescript');
const support = require('../test/e2e/support');

const E2E_DIR = path.join(support.ROOT, 'test', 'e2e');
const TEST_TIMEOUT_MS = Number(process.env.E2E_TIMEOUT_MS || 60_000);

// Load the .ts test files with the TypeScript compiler (transpile only; `npm run typecheck` checks them).
require.extensions['.ts'] = (module, filename) => {
  const source = fs.readFileSync(filename, 'utf8');
  const { outputText } = ts.transpileModule(source, {
    fileName: filename,
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2020, esModuleInterop: true, sourceMap: false },
  });
  module._compile(outputText, filename);
};

function withTimeout(promise, ms, what) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: timed out after ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

async function main() {
  const args = process.argv.slice(2);
  const filter = args.find((a) => !a.startsWith('--'));
  const chromium = support.findChromium();
  if (chromium instanceof Error) {
    console.error(chromium.message);
    console.log('0 passed, 1 failed');
    process.exit(1);
  }
  if (args.includes('--build') || !support.playgroundBuilt()) {
    console.log('building the playground (webpack.playground.config.js)…');
    support.buildPlayground();
  }

  const harness = require('../test/e2e/harness.ts');
  const files = fs.readdirSync(E2E_DIR).filter((f) => f.endsWith('.e2e.ts')).sort();
  for (const f of files) {
    harness.setCurrentFile(f);
    require(path.join(E2E_DIR, f));
  }
  const tests = harness.registeredTests().filter((t) => filter === undefined || `${t.file} ${t.name}`.includes(filter));
  fs.mkdirSync(harness.RESULTS_DIR, { recursive: true });

  const server = await support.serveStatic(support.PLAYGROUND_DIST);
  const browser = await support.launchChromium();
  let passed = 0;
  let failed = 0;
  try {
    for (const t of tests) {
      const context = await browser.newContext();
      const page = await context.newPage();
      const problems = [];
      page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
      page.on('console', (m) => {
        if (m.type() === 'error') problems.push(`console error: ${m.text()}`);
      });
      // The playground loads nothing from outside: any other request is a failure.
      await page.route('**/*', (route) => {
        const url = route.request().url();
        if (url.startsWith(server.url) || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
        problems.push(`external request: ${url}`);
        return route.abort();
      });
      const started = Date.now();
      const ctx = {
        page,
        context,
        browser: browser.browser,
        baseUrl: server.url,
        screenshot: async (name) => {
          const file = harness.screenshotPath(name);
          await page.screenshot({ path: file, fullPage: false });
          return path.relative(support.ROOT, file);
        },
      };
      try {
        await withTimeout(t.run(ctx), TEST_TIMEOUT_MS, t.name);
        if (problems.length > 0) throw new Error(problems.join('\n'));
        passed++;
        console.log(`  ✓ ${t.file} › ${t.name} (${Date.now() - started} ms)`);
      } catch (err) {
        failed++;
        console.log(`  ✗ ${t.file} › ${t.name} (${Date.now() - started} ms)`);
        console.log(`    ${String(err && err.stack ? err.stack : err).split('\n').slice(0, 8).join('\n    ')}`);
        await page.screenshot({ path: harness.screenshotPath(`FAILED-${t.name}`) }).catch(() => undefined);
      } finally {
        await context.close().catch(() => undefined);
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
  if (tests.length === 0) {
    failed++;
    console.log('  ✗ no end-to-end tests found');
  }
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(failed > 0 ? 1 : 0);
}

main().catch((err) => {
  console.error(err && err.stack ? err.stack : err);
  console.log('0 passed, 1 failed');
  process.exit(1);
});
