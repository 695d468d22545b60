#!/usr/bin/env node
// The `thidua` command. Build first: `npm run build` (or `npm run build:cli`).
'use strict';
let main;
try {
  main = require('../dist-cli/cli/main.js').main;
} catch (e) {
  if (e && e.code === 'MODULE_NOT_FOUND') {
    process.stderr.write('thidua: chưa build / not built — run `npm run build` first\n');
    process.exit(2);
  }
  throw e;
}
main(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr }).then(
  (code) => { process.exitCode = code; },
  (err) => { process.stderr.write(`thidua: ${err && err.message ? err.message : err}\n`); process.exitCode = 2; },
);
