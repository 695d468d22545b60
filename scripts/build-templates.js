#!/usr/bin/env node
// Writes every standard template as a ready .xlsx file into dist/templates/
// (or the folder given as the first argument), with the same core and ExcelJS
// adapter as `thidua insert`. The add-in serves them for hosts that cannot run
// the task pane (the old IE-based webview of Office 2016/2019) or lack the
// requirement sets: the same result, as a file to open in Excel.
// Needs the CLI build (npm run build:cli).
'use strict';
const fs = require('fs');
const path = require('path');
const { main } = require('../dist-cli/cli/main.js');
const { TEMPLATES } = require('../dist-cli/core/templates/index.js');

async function run() {
  const out = path.resolve(process.argv[2] || path.join(__dirname, '..', 'dist', 'templates'));
  fs.mkdirSync(out, { recursive: true });
  const quiet = { write: () => true };
  const index = [];
  for (const t of TEMPLATES) {
    const file = path.join(out, `${t.id}.xlsx`);
    const code = await main(['insert', t.id, '--out', file], { stdout: quiet, stderr: process.stderr });
    if (code !== 0) throw new Error(`could not write ${file}`);
    console.log(`templates: ${path.relative(process.cwd(), file)}`);
    index.push({ id: t.id, kind: t.kind, title: t.title, file: `${t.id}.xlsx` });
  }
  // Read by the pane's fallback for the old IE-based webview (taskpane.html).
  fs.writeFileSync(path.join(out, 'index.json'), JSON.stringify(index, null, 2) + '\n');
}

run().catch((e) => {
  console.error(`build-templates: ${e && e.message ? e.message : e}`);
  process.exitCode = 1;
});
