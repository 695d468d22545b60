import { validateCatalogue } from '../../../src/core/catalogue';
import { HOA_BINH_2020 } from '../../../src/core/templates';
import { catalogueGrid, findingPairs, type CellInput } from '../../helpers/grid';

/** 10,000 task rows in 10 sections, built from the seed's texts (each task made distinct). */
function bigCatalogue(): CellInput[][] {
  const rows: CellInput[][] = [];
  const units = HOA_BINH_2020.units;
  const seed = HOA_BINH_2020.rows;
  for (let s = 0; s < 10; s++) {
    const unit = units[s % units.length];
    rows.push([['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X'][s], unit.name]);
    for (let i = 1; i <= 1000; i++) {
      const r = seed[(s * 1000 + i) % seed.length];
      const month = (i % 11) + 2;
      rows.push([i, `${r.task} (đợt ${s * 1000 + i})`, i % 2 === 0 ? unit.name : (unit.aliases[0] ?? unit.name), `Tháng ${month}/2020`, r.product]);
    }
  }
  return rows;
}

describe('validating a large catalogue', () => {
  it('checks 10,000 rows in under 2 seconds and finds nothing wrong in a clean sheet', () => {
    const grid = catalogueGrid(bigCatalogue());
    const started = Date.now();
    const report = validateCatalogue(grid, { units: HOA_BINH_2020.units, planYear: 2020, issueDate: '2020-02-01' });
    const elapsed = Date.now() - started;
    expect(report.rows).toBe(10_000);
    expect(findingPairs(report)).toEqual([]);
    expect(elapsed).toBeLessThan(2000);
  });
});
