#!/usr/bin/env node
/* global document */
/**
 * Task-pane budget: prints
 *  1. the initial task-pane JS of the production build, gzipped (the scripts
 *     taskpane.html loads before anything else), and with the first tab's
 *     lazy chunk (the template gallery data);
 *  2. the playground's time to interactive: navigation start → the pane's first
 *     tab (Mẫu) shows its gallery with enabled Insert buttons (median of runs),
 *     in headless Debian Chromium.
 * Also fails if the production build contains the playground or HyperFormula (GPL).
 *
 *   node bench/pane-size.js [--runs N] [--json]
 */
const fs = require('fs');
const os = require('os');
const path = require('path');
const zlib = require('zlib');
const webpack = require('webpack');
const support = require('../test/e2e/support');

const args = process.argv.slice(2);
const RUNS = Number(args[args.indexOf('--runs') + 1]) || 7;
const JSON_OUT = args.includes('--json');

const kib = (n) => `${(n / 1024).toFixed(1)} KiB`;
const gz = (buf) => zlib.gzipSync(buf, { level: 9 }).length;

async function buildProduction(outDir) {
  const config = await require('../webpack.config.js')({}, { mode: 'production' });
  config.mode = 'production';
  config.output = { ...config.output, path: outDir };
  // Size only: skip type checking (the output is the same; `npm run typecheck` checks types).
  for (const rule of config.module.rules) {
    if (rule.use && rule.use.loader === 'ts-loader') rule.use.options = { ...rule.use.options, transpileOnly: true };
  }
  const stats = await new Promise((resolve, reject) => webpack(config, (err, s) => (err ? reject(err) : resolve(s))));
  if (stats.hasErrors()) throw new Error(stats.toString({ all: false, errors: true }));
  return stats.toJson({ all: false, entrypoints: true, chunks: true, chunkModules: true, modules: true, nestedModules: true, assets: true });
}

function modulePaths(json) {
  const out = [];
  const visit = (m) => {
    if (m.nameForCondition) out.push(m.nameForCondition);
    else if (m.name) out.push(m.name);
    for (const inner of m.modules || []) visit(inner);
  };
  for (const m of json.modules || []) visit(m);
  return out;
}

async function measureTti(runs) {
  if (!support.playgroundBuilt()) support.buildPlayground();
  const server = await support.serveStatic(support.PLAYGROUND_DIST);
  const browser = await support.launchChromium();
  const times = [];
  try {
    for (let i = 0; i < runs; i++) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(server.url, { waitUntil: 'commit' });
      // performance.now() counts from the navigation start (timeOrigin).
      const handle = await page.waitForFunction(
        () => {
          const pane = document.querySelector('aside[aria-label^="Ngăn tác vụ"]');
          const tab = pane && pane.querySelector('[role="tab"][aria-selected="true"]');
          const insert = pane && pane.querySelector('button[aria-label^="Chèn mẫu "]:not([disabled])');
          return tab !== null && insert !== null && tab.textContent === 'Mẫu' ? performance.now() : false;
        },
        undefined,
        { polling: 'raf', timeout: 30_000 },
      );
      times.push(await handle.jsonValue());
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  times.sort((a, b) => a - b);
  return { median: times[Math.floor(times.length / 2)], min: times[0], max: times[times.length - 1], runs: times.length };
}

async function main() {
  const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'thidua-size-'));
  try {
    const json = await buildProduction(outDir);
    const paths = modulePaths(json);
    const gpl = paths.filter((p) => /node_modules[\\/]hyperformula[\\/]/.test(p));
    const playground = paths.filter((p) => /src[\\/]playground[\\/]/.test(p));
    if (gpl.length > 0 || playground.length > 0) {
      throw new Error(`the production build must not contain HyperFormula or the playground: ${[...gpl, ...playground].slice(0, 5).join(', ')}`);
    }
    const entry = json.entrypoints.taskpane.assets.map((a) => (typeof a === 'string' ? a : a.name)).filter((f) => f.endsWith('.js'));
    const read = (f) => fs.readFileSync(path.join(outDir, f));
    const initialRaw = entry.reduce((n, f) => n + read(f).length, 0);
    const initialGz = entry.reduce((n, f) => n + gz(read(f)), 0);
    const templatesChunk = fs.readdirSync(outDir).filter((f) => /^templates\..*\.js$/.test(f));
    const firstTabGz = initialGz + templatesChunk.reduce((n, f) => n + gz(read(f)), 0);
    const lazy = fs
      .readdirSync(outDir)
      .filter((f) => f.endsWith('.js') && !entry.includes(f) && !f.startsWith('commands.'))
      .map((f) => ({ file: f, gzip: gz(read(f)) }));

    const tti = await measureTti(RUNS);
    const result = {
      initialJsGzipBytes: initialGz,
      initialJsRawBytes: initialRaw,
      initialFiles: entry,
      firstTabJsGzipBytes: firstTabGz,
      lazyChunksGzipBytes: lazy.reduce((n, c) => n + c.gzip, 0),
      playgroundTtiMs: Math.round(tti.median),
      playgroundTtiMinMs: Math.round(tti.min),
      playgroundTtiMaxMs: Math.round(tti.max),
      runs: tti.runs,
    };
    if (JSON_OUT) {
      console.log(JSON.stringify(result, null, 2));
    } else {
      console.log(`task pane initial JS (production, gzip): ${kib(initialGz)}  (${kib(initialRaw)} minified; ${entry.join(', ')})`);
      console.log(`  + first tab's template data chunk:     ${kib(firstTabGz)} gzip in all`);
      console.log(`  other tabs and adapters, loaded lazily: ${kib(result.lazyChunksGzipBytes)} gzip (${lazy.length} chunks)`);
      console.log(
        `playground time to interactive (navigation start → first tab usable): median ${result.playgroundTtiMs} ms ` +
          `(min ${result.playgroundTtiMinMs}, max ${result.playgroundTtiMaxMs}, ${tti.runs} runs, headless Chromium, ${os.cpus().length} cores)`,
      );
    }
  } finally {
    fs.rmSync(outDir, { recursive: true, force: true });
  }
}

main().catch((err) => {
  console.error(err && err.message ? err.message : err);
  process.exit(1);
});
