/**
 * Round trips (context.sync) and wall time of the add-in's commands, measured
 * on the fake Excel runtime, which counts syncs exactly as Office.js batches them.
 */
import { createFakeExcel, installFakeExcel, type FakeExcel } from '../src/playground/fake-excel';
import { insertCatalogue, validateCatalogueInExcel } from '../src/office/catalogue';
import { auditScoringSheetInExcel, insertScoringSheet, readScoringSummary } from '../src/office/scoring';
import { largeCatalogueGrid } from './validate-core';

function install(): FakeExcel {
  const fake = createFakeExcel();
  installFakeExcel(fake);
  return fake;
}

export interface SyncRow {
  readonly command: string;
  readonly rows: number;
  readonly syncs: number;
  readonly ms: number;
}

async function measure(command: string, rows: number, fake: FakeExcel, run: () => Promise<unknown>): Promise<SyncRow> {
  fake.resetSyncCount();
  const t0 = performance.now();
  await run();
  return { command, rows, syncs: fake.syncCount, ms: Math.round(performance.now() - t0) };
}

export async function benchOfficeSyncs(sizes: readonly number[]): Promise<SyncRow[]> {
  const out: SyncRow[] = [];
  let fake = install();
  out.push(await measure('insert catalogue (Hòa Bình 2020)', 74, fake, () => insertCatalogue('danh-muc-nhiem-vu-hoa-binh-2020')));
  out.push(await measure('validate catalogue', 74, fake, () => validateCatalogueInExcel()));
  out.push(await measure('insert scoring sheet', 194, fake, () => insertScoringSheet()));
  out.push(await measure('scoring summary (pane)', 194, fake, () => readScoringSummary()));
  out.push(await measure('audit scoring sheet', 194, fake, () => auditScoringSheetInExcel()));
  for (const n of sizes) {
    fake = install();
    const grid = largeCatalogueGrid(n);
    fake.seed({ sheets: [{ name: 'Lớn', cells: grid.cells.map((r) => r.map((c) => c.value)) }] });
    out.push(await measure('validate catalogue', n, fake, () => validateCatalogueInExcel('Lớn')));
  }
  return out;
}
