/** `npm run bench`: prints the numbers quoted in the README. */
import { benchOfficeSyncs } from './office-syncs';
import { benchValidateCore } from './validate-core';

async function main(): Promise<void> {
  console.log('Core validation (median of 5 runs)');
  for (const n of [1_000, 10_000]) {
    const r = benchValidateCore(n);
    console.log(`  ${String(r.rows).padStart(6)} rows  ${String(r.medianMs).padStart(7)} ms  (${r.findings} findings)`);
  }
  console.log('Office.js round trips (fake runtime; wall time includes the fake’s own work)');
  for (const r of await benchOfficeSyncs([1_000, 10_000])) {
    console.log(`  ${r.command.padEnd(34)} ${String(r.rows).padStart(6)} rows  ${r.syncs} syncs  ${String(r.ms).padStart(6)} ms`);
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
