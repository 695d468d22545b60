import {
  HEADER_SYNONYMS,
  excelSerialToIso,
  findCatalogue,
  headerColumn,
  romanNumeral,
  valueText,
  type CatalogueColumn,
  type CatalogueSectionRow,
  type CatalogueTaskRow,
} from '../../../src/core/catalogue';
import type { GridCell } from '../../../src/core/sheet';
import { encodeLegacy } from '../../../src/core/text/legacy';
import { HEADER, catalogueGrid, gridFromRows, type CellInput } from '../../helpers/grid';

/** Section rows as [row, numeral, title, title cell]. */
function sections(grid: ReturnType<typeof gridFromRows>): [number, string, string, string | null][] {
  return findCatalogue(grid)
    .rows.filter((r): r is CatalogueSectionRow => r.kind === 'section')
    .map((s) => [s.row, s.numeral, s.title, s.titleCell?.address ?? null]);
}

/** Task rows as [row, section numeral or null, task text]. */
function tasks(grid: ReturnType<typeof gridFromRows>): [number, string | null, string][] {
  return findCatalogue(grid)
    .rows.filter((r): r is CatalogueTaskRow => r.kind === 'task')
    .map((t) => [t.row, t.section?.numeral ?? null, t.cells.task?.text ?? '']);
}

describe('recognising header texts', () => {
  const cases: readonly [string, CatalogueColumn | null][] = [
    // Every synonym of the brief.
    ['TT', 'tt'],
    ['STT', 'tt'],
    ['Số TT', 'tt'],
    ['Tên nhiệm vụ', 'task'],
    ['Nội dung', 'task'],
    ['Nội dung thực hiện', 'task'],
    ['Nhiệm vụ', 'task'],
    ['Đơn vị chủ trì', 'unit'],
    ['Đơn vị chủ trì tham mưu', 'unit'],
    ['Cơ quan chủ trì', 'unit'],
    ['Thời gian hoàn thành', 'deadline'],
    ['Thời gian thực hiện', 'deadline'],
    ['Thời hạn', 'deadline'],
    ['Thời gian ban hành', 'deadline'],
    ['Sản phẩm', 'product'],
    ['Sản phẩm đầu ra', 'product'],
    ['Kết quả', 'product'],
    // Case, spacing, line breaks, Unicode form, punctuation.
    ['stt', 'tt'],
    ['THỜI GIAN HOÀN THÀNH', 'deadline'],
    ['Thời gian hoàn\nthành', 'deadline'],
    ['Thời gian hoàn\r\nthành', 'deadline'],
    ['  Đơn vị   chủ trì  ', 'unit'],
    ['Đơn vị chủ trì'.normalize('NFD'), 'unit'],
    ['Tên nhiệm vụ'.normalize('NFD').toUpperCase(), 'task'],
    ['Sản phẩm:', 'product'],
    ['Thời gian hoàn thành (dự kiến)', 'deadline'],
    ['Don vi chu tri', 'unit'],
    // Typed in a legacy font.
    [encodeLegacy('Thời gian hoàn thành', 'tcvn3'), 'deadline'],
    [encodeLegacy('Tên nhiệm vụ', 'vni'), 'task'],
    // Not headers.
    ['Đơn vị phối hợp', null],
    ['Ghi chú', null],
    ['Danh mục nhiệm vụ', null],
    ['', null],
  ];
  it.each(cases)('%j → %s', (text, column) => {
    expect(headerColumn(text)).toBe(column);
  });

  it('lists the synonyms of the brief first for each column', () => {
    expect(HEADER_SYNONYMS.tt.slice(0, 3)).toEqual(['TT', 'STT', 'Số TT']);
    expect(HEADER_SYNONYMS.unit.slice(0, 3)).toEqual(['Đơn vị chủ trì', 'Đơn vị chủ trì tham mưu', 'Cơ quan chủ trì']);
  });
});

describe('finding the header row', () => {
  it('takes the row with the most recognised columns, below a title and a subtitle', () => {
    const grid = gridFromRows([
      ['DANH MỤC NHIỆM VỤ NĂM 2020'],
      ['Nhiệm vụ', 'Kết quả'], // 2 recognised: a weaker candidate
      [],
      [null, 'STT', 'Nội dung thực hiện', 'Cơ quan chủ trì', 'Thời hạn', 'Sản phẩm đầu ra', 'Ghi chú'],
      [null, 1, 'Nhiệm vụ một', 'Văn phòng', 'Tháng 8/2020', 'Báo cáo'],
    ]);
    const layout = findCatalogue(grid);
    expect(layout.header).toEqual({ row: 4, columns: { tt: 2, task: 3, unit: 4, deadline: 5, product: 6 }, firstColumn: 2 });
    expect(layout.missing).toEqual([]);
    expect(tasks(grid)).toEqual([[5, null, 'Nhiệm vụ một']]);
  });

  it('finds a header whose texts are NFD, multi-line and oddly cased', () => {
    const grid = gridFromRows([
      ['STT', 'TÊN NHIỆM VỤ'.normalize('NFD'), 'Đơn vị\nchủ trì', 'Thời gian hoàn\nthành', '  sản   phẩm '],
      [1, 'Nhiệm vụ', 'Văn phòng', 'Tháng 8/2020', 'Báo cáo'],
    ]);
    expect(findCatalogue(grid).header).toEqual({ row: 1, columns: { tt: 1, task: 2, unit: 3, deadline: 4, product: 5 }, firstColumn: 1 });
  });

  it('searches only the first 30 rows', () => {
    const filler: CellInput[][] = Array.from({ length: 30 }, (_, i) => [`Dòng ${i + 1}`]);
    const grid = gridFromRows([...filler, [...HEADER]]);
    expect(findCatalogue(grid).header).toBeNull();
    const grid29 = gridFromRows([...filler.slice(0, 29), [...HEADER]]);
    expect(findCatalogue(grid29).header?.row).toBe(30);
  });

  it('needs at least two recognised columns', () => {
    const grid = gridFromRows([['Danh mục'], ['Nhiệm vụ', 'Ghi chú'], ['Một việc', '']]);
    const layout = findCatalogue(grid);
    expect(layout.header).toBeNull();
    expect(layout.missing).toEqual(['tt', 'task', 'unit', 'deadline', 'product']);
    expect(layout.rows).toEqual([]);
  });

  it('reports the columns without a header as missing', () => {
    const grid = catalogueGrid([[1, 'Nhiệm vụ', 'Tháng 8/2020']], ['TT', 'Nhiệm vụ', 'Thời hạn']);
    expect(findCatalogue(grid).missing).toEqual(['unit', 'product']);
  });

  it('keeps the leftmost cell when a column is named twice', () => {
    const grid = gridFromRows([['Nội dung', 'Nhiệm vụ', 'Kết quả', 'Sản phẩm']]);
    expect(findCatalogue(grid).header?.columns).toEqual({ task: 1, product: 3 });
  });
});

describe('reading the rows', () => {
  it('skips blank rows and a row of column numbers under the header', () => {
    const grid = catalogueGrid([
      ['(1)', '(2)', '(3)', '(4)', '(5)'],
      [],
      [null, '  ', '\n', null, ''],
      [1, 'Nhiệm vụ một', 'Văn phòng', 'Tháng 8/2020', 'Báo cáo'],
      [null, null, null, null, null, 'chỉ có ghi chú ở cột F'],
      [2, 'Nhiệm vụ hai', 'Văn phòng', 'Tháng 9/2020', 'Báo cáo'],
    ]);
    expect(tasks(grid)).toEqual([
      [6, null, 'Nhiệm vụ một'],
      [8, null, 'Nhiệm vụ hai'],
    ]);
  });

  it('reads a row of small numbers as data when it is not right under the header', () => {
    const grid = catalogueGrid([
      [1, 'Nhiệm vụ một', 'Văn phòng', 'Tháng 8/2020', 'Báo cáo'],
      [1, 2, 3, 4, 5],
    ]);
    expect(tasks(grid).map(([row]) => row)).toEqual([3, 4]);
  });

  const sectionCases: readonly [string, readonly CellInput[], [string, string, string | null] | null][] = [
    ['TT is a Roman numeral', ['I', 'Văn phòng'], ['I', 'Văn phòng', 'B3']],
    ['TT with a trailing dot', ['II.', 'Phòng Kế hoạch Tài chính'], ['II', 'Phòng Kế hoạch Tài chính', 'B3']],
    ['TT in lower case', ['xiv', 'Tổ Công nghệ thông tin'], ['XIV', 'Tổ Công nghệ thông tin', 'B3']],
    ['title in a later column (merged C:E)', ['III', null, 'Phòng Tổ chức Cán bộ'], ['III', 'Phòng Tổ chức Cán bộ', 'C3']],
    ['no title', ['IV'], ['IV', '', null]],
    ['TT empty, task starts with "V. "', [null, 'V. Phòng Giáo dục Tiểu học'], ['V', 'Phòng Giáo dục Tiểu học', 'B3']],
    ['title merged from column A', ['VI. Phòng Giáo dục Trung học'], ['VI', 'Phòng Giáo dục Trung học', 'A3']],
    ['an Arabic number', [1, 'Văn phòng'], null],
    ['a letter that is not a numeral', ['a', 'Nhiệm vụ a'], null],
    ['an invalid numeral', ['IIII', 'Văn phòng'], null],
    ['a task starting with a numeral but no dot-space', [null, 'IV.2 Nhiệm vụ'], null],
    ['a lower-case prefix in the task', [null, 'vi. nhiệm vụ'], null],
  ];
  it.each(sectionCases)('section row: %s', (_name, row, expected) => {
    const grid = catalogueGrid([row]);
    expect(sections(grid)).toEqual(expected === null ? [] : [[3, ...expected]]);
  });

  it('puts task rows into the section above them, and none before the first', () => {
    const grid = catalogueGrid([
      [1, 'Trước mọi mục'],
      ['I', 'Văn phòng'],
      [1, 'Nhiệm vụ I.1'],
      [null, 'II. Phòng Kế hoạch Tài chính'],
      [1, 'Nhiệm vụ II.1'],
    ]);
    expect(tasks(grid)).toEqual([
      [3, null, 'Trước mọi mục'],
      [5, 'I', 'Nhiệm vụ I.1'],
      [7, 'II', 'Nhiệm vụ II.1'],
    ]);
  });

  it('gives every task row the cells of all recognised columns, with addresses', () => {
    const grid = catalogueGrid([[7, 'Nhiệm vụ', 'Văn phòng', 'Tháng 8/2020', 'Báo cáo']]);
    const row = findCatalogue(grid).rows[0] as CatalogueTaskRow;
    expect(row.cells).toEqual({
      tt: { row: 3, column: 1, address: 'A3', text: '7' },
      task: { row: 3, column: 2, address: 'B3', text: 'Nhiệm vụ' },
      unit: { row: 3, column: 3, address: 'C3', text: 'Văn phòng' },
      deadline: { row: 3, column: 4, address: 'D3', text: 'Tháng 8/2020' },
      product: { row: 3, column: 5, address: 'E3', text: 'Báo cáo' },
    });
  });
});

describe('cell values as text', () => {
  const cases: readonly [string, GridCell, CatalogueColumn | null, string][] = [
    ['empty', { value: null }, 'task', ''],
    ['an integer', { value: 1 }, 'tt', '1'],
    ['float noise', { value: 0.1 + 0.2 }, 'product', '0.3'],
    ['a boolean', { value: true }, 'task', 'TRUE'],
    ['an error value', { value: null, error: '#N/A' }, 'unit', '#N/A'],
    ['a string', { value: ' Văn phòng ' }, 'unit', ' Văn phòng '],
    ['a date serial in the deadline column', { value: 44074 }, 'deadline', '31/8/2020'],
    ['a date-time serial in the deadline column', { value: 44074.75 }, 'deadline', '31/8/2020'],
    ['a year in the deadline column', { value: 2020 }, 'deadline', '2020'],
    ['an ISO date in the deadline column', { value: '2020-08-31' }, 'deadline', '31/8/2020'],
    ['an ISO date-time in the deadline column', { value: '2020-08-31T00:00:00.000Z' }, 'deadline', '31/8/2020'],
    ['an impossible ISO date stays as written', { value: '2020-02-30' }, 'deadline', '2020-02-30'],
    ['a serial outside the deadline column', { value: 44074 }, 'product', '44074'],
  ];
  it.each(cases)('%s', (_name, cell, column, expected) => {
    expect(valueText(cell, column)).toBe(expected);
  });
});

describe('Excel serial numbers', () => {
  const cases: readonly [number, string | null][] = [
    [1, '1900-01-01'],
    [59, '1900-02-28'],
    [60, null],
    [61, '1900-03-01'],
    [43831, '2020-01-01'],
    [43862, '2020-02-01'],
    [44074, '2020-08-31'],
    [2958465, '9999-12-31'],
    [0, null],
    [-5, null],
    [2958466, null],
    [Number.NaN, null],
  ];
  it.each(cases)('%d → %s', (serial, iso) => {
    expect(excelSerialToIso(serial)).toBe(iso);
  });
});

describe('Roman numerals', () => {
  const cases: readonly [string, string | null][] = [
    ['I', 'I'],
    ['iv', 'IV'],
    ['IX.', 'IX'],
    [' XI ', 'XI'],
    ['XIV', 'XIV'],
    ['XXXIX', 'XXXIX'],
    ['IIII', null],
    ['VX', null],
    ['L', null],
    ['', null],
    ['1', null],
  ];
  it.each(cases)('%j → %s', (text, numeral) => {
    expect(romanNumeral(text)).toBe(numeral);
  });
});
