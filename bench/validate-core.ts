/**
 * Validating a large catalogue in the pure core (no Excel): the 74 seed tasks
 * repeated with variations up to N rows, timed over several runs.
 */
import { validateCatalogue } from '../src/core/catalogue';
import type { GridCell, SheetGrid } from '../src/core/sheet';
import { HOA_BINH_2020 } from '../src/core/templates';

export function largeCatalogueGrid(rows: number): SheetGrid {
  const text = (v: string | number | null): GridCell => ({ value: v });
  const cells: GridCell[][] = [[text('Danh mục nhiệm vụ')], [], [text('TT'), text('Tên nhiệm vụ'), text('Đơn vị chủ trì'), text('Thời gian hoàn thành'), text('Sản phẩm')]];
  const seed = HOA_BINH_2020.rows;
  let tt = 0;
  for (let i = 0; i < rows; i++) {
    if (i % 100 === 0) {
      cells.push([text(['I', 'II', 'III', 'IV', 'V'][(i / 100) % 5] as string), text('Văn phòng')]);
      tt = 0;
    }
    const r = seed[i % seed.length]!;
    tt++;
    cells.push([text(tt), text(`${r.task} (${i})`), text(r.unit), text(r.deadline), text(r.product)]);
  }
  return { name: 'Bench', cells };
}

export function benchValidateCore(rows: number, runs = 5): { rows: number; medianMs: number; findings: number } {
  const grid = largeCatalogueGrid(rows);
  const units = HOA_BINH_2020.units;
  const times: number[] = [];
  let findings = 0;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    findings = validateCatalogue(grid, { units, planYear: 2020, issueDate: '2020-02-01' }).findings.length;
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return { rows, medianMs: Math.round(times[Math.floor(times.length / 2)]! * 10) / 10, findings };
}
