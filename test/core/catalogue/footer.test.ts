import { findCatalogue, validateCatalogue, type CatalogueContext } from '../../../src/core/catalogue';
import type { GridCell, SheetGrid } from '../../../src/core/sheet';
import { HOA_BINH_2020 } from '../../../src/core/templates';
import { catalogueGrid, findingPairs, templateGrid } from '../../helpers/grid';

const CONTEXT: CatalogueContext = { units: HOA_BINH_2020.units, planYear: 2020, issueDate: '2020-02-01' };
const cell = (v: string | number | null): GridCell => ({ value: v });

/** The grid with rows appended under it (each row from column A). */
function withRows(grid: SheetGrid, rows: readonly (readonly (string | number | null)[])[]): SheetGrid {
  return { ...grid, cells: [...grid.cells, ...rows.map((r) => r.map(cell))] };
}

const SIGNATURE = [
  [],
  [null, 'Nơi nhận:', null, null, 'KT. GIÁM ĐỐC'],
  [null, '- UBND tỉnh;', null, null, 'PHÓ GIÁM ĐỐC'],
  [null, '- Lưu: VT, VP.'],
  [],
  [null, null, null, null, 'Bùi Thị Kim Tuyến'],
];

describe('the signature block under a catalogue table', () => {
  it('is not read as tasks: the seed with its signature block reports exactly its own findings', () => {
    const plain = validateCatalogue(templateGrid(HOA_BINH_2020), CONTEXT);
    const signed = validateCatalogue(withRows(templateGrid(HOA_BINH_2020), SIGNATURE), CONTEXT);
    expect(signed.rows).toBe(74);
    expect(findingPairs(signed)).toEqual(findingPairs(plain));
    expect(findingPairs(signed)).toHaveLength(6);
  });

  it('keeps a task that merely starts with such a word', () => {
    const grid = catalogueGrid([['I', 'Văn phòng'], [1, 'Giám đốc Sở chủ trì họp giao ban', 'Văn phòng', 'Hằng tháng', 'Thông báo kết luận']]);
    expect(findCatalogue(grid).rows.filter((r) => r.kind === 'task')).toHaveLength(1);
  });

  it('keeps everything when numbered tasks follow the marker (it was not a footer)', () => {
    const grid = withRows(catalogueGrid([['I', 'Văn phòng'], [1, 'Nhiệm vụ một', 'Văn phòng', 'Tháng 8/2020', 'Báo cáo']]), [
      [null, 'Nơi nhận: các phòng'],
      [2, 'Nhiệm vụ hai', 'Văn phòng', 'Tháng 9/2020', 'Báo cáo'],
    ]);
    expect(findCatalogue(grid).rows.filter((r) => r.kind === 'task').map((r) => r.row)).toEqual([4, 5, 6]);
  });
});
