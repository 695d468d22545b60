import {
  DEFAULT_SEVERITY,
  FINDING_CODES,
  validateCatalogue,
  type CatalogueContext,
  type Finding,
  type FindingCode,
  type ValidationReport,
} from '../../../src/core/catalogue';
import { HOA_BINH_2020 } from '../../../src/core/templates';
import { detectDamagedText } from '../../../src/core/text/damage';
import { encodeLegacy, fixLegacyText } from '../../../src/core/text/legacy';
import {
  catalogueGrid,
  expectFinding,
  expectNoFinding,
  findingPairs,
  findingsWith,
  gridFromRows,
  type CellInput,
} from '../../helpers/grid';

const CONTEXT: CatalogueContext = { units: HOA_BINH_2020.units, planYear: 2020, issueDate: '2020-02-01' };
const NO_CONTEXT: CatalogueContext = { units: null, planYear: null, issueDate: null };

/** A clean task row of section I (Văn phòng). */
function task(tt: CellInput, text: string, over: { unit?: CellInput; deadline?: CellInput; product?: CellInput } = {}): CellInput[] {
  return [
    tt,
    text,
    'unit' in over ? over.unit : 'Văn phòng',
    'deadline' in over ? over.deadline : 'Tháng 8/2020',
    'product' in over ? over.product : 'Kế hoạch triển khai',
  ];
}

/** Title (row 1), header (row 2), section I "Văn phòng" (row 3), then `rows` from row 4. */
function check(rows: readonly (readonly CellInput[])[], context: CatalogueContext = CONTEXT): ValidationReport {
  return validateCatalogue(catalogueGrid([['I', 'Văn phòng'], ...rows]), context);
}

interface CodeCase {
  readonly name: string;
  readonly bad: readonly (readonly CellInput[])[];
  readonly expected: Pick<Finding, 'cell' | 'code'> & Partial<Finding>;
  readonly good: readonly (readonly CellInput[])[];
  readonly context?: CatalogueContext;
}

const CODE_CASES: readonly CodeCase[] = [
  {
    name: 'an empty unit',
    bad: [task(1, 'Nhiệm vụ', { unit: '' })],
    expected: { cell: 'C4', code: 'UNIT_MISSING', severity: 'error', field: 'unit', fix: null, message: 'Chưa ghi đơn vị chủ trì / The lead unit is missing' },
    good: [task(1, 'Nhiệm vụ')],
  },
  {
    name: 'a misspelt unit (units from DanhMucDonVi)',
    bad: [task(1, 'Nhiệm vụ', { unit: 'Văn phòg Sở' })],
    expected: {
      cell: 'C4',
      code: 'UNIT_UNKNOWN',
      severity: 'error',
      fix: { value: 'Văn phòng', description: 'Thay bằng “Văn phòng” / Replace with “Văn phòng”' },
      message:
        'Đơn vị “Văn phòg Sở” không có trong danh mục đơn vị (DanhMucDonVi); có phải “Văn phòng”? / ' +
        'Unit “Văn phòg Sở” is not in the workbook\'s unit list (DanhMucDonVi); did you mean “Văn phòng”?',
    },
    good: [task(1, 'Nhiệm vụ', { unit: 'VP' })],
  },
  {
    name: 'a unit that is nothing like a known one',
    bad: [task(1, 'Nhiệm vụ', { unit: 'Công đoàn ngành' })],
    expected: { cell: 'C4', code: 'UNIT_UNKNOWN', severity: 'error', fix: null },
    good: [task(1, 'Nhiệm vụ', { unit: 'văn phòng sở' })],
  },
  {
    name: 'a unit of another section',
    bad: [task(1, 'Nhiệm vụ', { unit: 'Thanh tra Sở' })],
    expected: {
      cell: 'C4',
      code: 'UNIT_SECTION_MISMATCH',
      severity: 'warning',
      fix: null,
      message:
        'Đơn vị chủ trì “Thanh tra Sở” khác với đơn vị của mục I (“Văn phòng”) / ' +
        'Lead unit “Thanh tra Sở” differs from the unit of section I (“Văn phòng”)',
    },
    good: [task(1, 'Nhiệm vụ', { unit: 'Văn phòng Sở' })],
  },
  {
    name: 'an empty deadline',
    bad: [task(1, 'Nhiệm vụ', { deadline: null })],
    expected: { cell: 'D4', code: 'DEADLINE_MISSING', severity: 'error', fix: null, message: 'Chưa ghi thời gian hoàn thành / The deadline is missing' },
    good: [task(1, 'Nhiệm vụ', { deadline: 'tháng 08/2020' })],
  },
  {
    name: 'an impossible month',
    bad: [task(1, 'Nhiệm vụ', { deadline: 'Tháng 13/2020' })],
    expected: {
      cell: 'D4',
      code: 'DEADLINE_UNPARSED',
      severity: 'error',
      fix: null,
      message: 'Thời hạn “Tháng 13/2020” không hợp lệ: Tháng 13 không tồn tại / Deadline “Tháng 13/2020” is not a valid date',
    },
    good: [task(1, 'Nhiệm vụ', { deadline: 'Tháng 12/2020' })],
  },
  {
    name: 'a deadline that is not one',
    bad: [task(1, 'Nhiệm vụ', { deadline: 'càng sớm càng tốt' })],
    expected: {
      cell: 'D4',
      code: 'DEADLINE_UNPARSED',
      severity: 'error',
      fix: null,
      message:
        'Không nhận dạng được thời hạn “càng sớm càng tốt”. Ví dụ cách ghi: Tháng 8/2020, Quý II/2021, 20/11/2020, Năm học 2020-2021, Hằng quý / ' +
        'Deadline not understood: “càng sớm càng tốt”',
    },
    good: [task(1, 'Nhiệm vụ', { deadline: 'Thường xuyên' })],
  },
  {
    name: 'a deadline in the next year',
    bad: [task(1, 'Nhiệm vụ', { deadline: 'Tháng 1/2021' })],
    expected: {
      cell: 'D4',
      code: 'DEADLINE_OUTSIDE_PLAN',
      severity: 'warning',
      fix: null,
      message:
        'Thời hạn “Tháng 1/2021” (hạn 31/01/2021) nằm ngoài năm kế hoạch 2020 / ' +
        'Deadline “Tháng 1/2021” (due 2021-01-31) is outside the plan year 2020',
    },
    good: [task(1, 'Nhiệm vụ', { deadline: 'Hằng quý' })],
  },
  {
    name: 'a school year ending after the plan year',
    bad: [task(1, 'Nhiệm vụ', { deadline: 'Năm học 2020-2021' })],
    expected: { cell: 'D4', code: 'DEADLINE_OUTSIDE_PLAN', severity: 'warning' },
    good: [task(1, 'Nhiệm vụ', { deadline: 'Năm học 2019-2020' })],
  },
  {
    name: 'a deadline before the issue date',
    bad: [task(1, 'Nhiệm vụ', { deadline: 'Tháng 1/2020' })],
    expected: {
      cell: 'D4',
      code: 'DEADLINE_BEFORE_ISSUE',
      severity: 'warning',
      fix: null,
      message:
        'Thời hạn “Tháng 1/2020” (hạn 31/01/2020) đã qua trước ngày ban hành kế hoạch 01/02/2020 / ' +
        "Deadline “Tháng 1/2020” (due 2020-01-31) is before the plan's issue date 2020-02-01",
    },
    good: [task(1, 'Nhiệm vụ', { deadline: 'Tháng 2/2020' })],
  },
  {
    name: 'a day before the issue date',
    bad: [task(1, 'Nhiệm vụ', { deadline: '31/1/2020' })],
    expected: { cell: 'D4', code: 'DEADLINE_BEFORE_ISSUE', severity: 'warning' },
    good: [task(1, 'Nhiệm vụ', { deadline: '1/2/2020' })],
  },
  {
    name: 'a conditional deadline',
    bad: [task(1, 'Nhiệm vụ', { deadline: 'Sau khi có Kế hoạch của Bộ GD&ĐT' })],
    expected: {
      cell: 'D4',
      code: 'DEADLINE_CONDITIONAL',
      severity: 'info',
      fix: null,
      message:
        'Thời hạn phụ thuộc điều kiện “Sau khi có Kế hoạch của Bộ GD&ĐT”: chưa có ngày cụ thể để theo dõi / ' +
        'Conditional deadline “Sau khi có Kế hoạch của Bộ GD&ĐT”: no date to track',
    },
    good: [task(1, 'Nhiệm vụ', { deadline: 'Quý II/2020' })],
  },
  {
    name: 'an empty product',
    bad: [task(1, 'Nhiệm vụ', { product: '  ' })],
    expected: { cell: 'E4', code: 'PRODUCT_MISSING', severity: 'error', fix: null, message: 'Chưa ghi sản phẩm / The product is missing' },
    good: [task(1, 'Nhiệm vụ', { product: 'Báo cáo' })],
  },
  {
    name: 'a placeholder product',
    bad: [task(1, 'Nhiệm vụ', { product: '...' })],
    expected: {
      cell: 'E4',
      code: 'PRODUCT_UNRECOGNIZED',
      severity: 'warning',
      fix: null,
      message: 'Sản phẩm “...” chưa phải là sản phẩm cụ thể / Product “...” is a placeholder, not a product',
    },
    good: [task(1, 'Nhiệm vụ', { product: 'Đề án' })],
  },
  {
    name: 'a deadline in the product column',
    bad: [task(1, 'Nhiệm vụ', { product: 'Tháng 8/2020' })],
    expected: {
      cell: 'E4',
      code: 'PRODUCT_UNRECOGNIZED',
      severity: 'warning',
      message:
        'Sản phẩm “Tháng 8/2020” là một thời hạn, không phải sản phẩm (ghi nhầm cột?) / ' +
        'Product “Tháng 8/2020” is a deadline, not a product (wrong column?)',
    },
    good: [task(1, 'Nhiệm vụ', { product: 'Báo cáo tháng 8/2020' })],
  },
  {
    name: 'a row without a task',
    bad: [task(1, '')],
    expected: {
      cell: 'B4',
      code: 'TASK_MISSING',
      severity: 'error',
      fix: null,
      message: 'Dòng có nội dung nhưng chưa ghi tên nhiệm vụ / The row has content but no task',
    },
    good: [task(1, 'Nhiệm vụ')],
  },
  {
    name: 'a row with only a number',
    bad: [[5]],
    expected: {
      cell: 'B4',
      code: 'TASK_MISSING',
      severity: 'error',
      message: 'Dòng chỉ có số thứ tự “5”, chưa ghi nhiệm vụ / The row has only the number “5”, no task',
    },
    good: [[null, 'Nhiệm vụ không đánh số', 'Văn phòng', 'Tháng 8/2020', 'Báo cáo']],
  },
  {
    name: 'the same task twice (up to case, diacritics and spacing)',
    bad: [task(1, 'Tổng kết năm học'), task(2, 'TONG  KET nam hoc')],
    expected: {
      cell: 'B5',
      code: 'TASK_DUPLICATE',
      severity: 'warning',
      fix: null,
      message: 'Nhiệm vụ trùng với nhiệm vụ ở ô B4 / Same task as in cell B4',
    },
    good: [task(1, 'Tổng kết năm học'), task(2, 'Tổng kết năm học 2019-2020')],
  },
  {
    name: 'the same number twice in a section',
    bad: [task(1, 'Nhiệm vụ một'), task(1, 'Nhiệm vụ hai')],
    expected: {
      cell: 'A5',
      code: 'TT_DUPLICATE',
      severity: 'warning',
      fix: null,
      message: 'Số thứ tự “1” đã dùng ở ô A4 trong cùng mục / Number “1” is already used in cell A4 of the same section',
    },
    good: [task(1, 'Nhiệm vụ một'), ['II', 'Thanh tra'], task(1, 'Nhiệm vụ hai', { unit: 'Thanh tra' })],
  },
  {
    name: 'numbering that jumps',
    bad: [task(1, 'Nhiệm vụ một'), task(2, 'Nhiệm vụ hai'), task(5, 'Nhiệm vụ năm')],
    expected: {
      cell: 'A6',
      code: 'TT_GAP',
      severity: 'warning',
      fix: null,
      message: 'Số thứ tự nhảy từ 2 lên 5: thiếu 3, 4 / Numbering jumps from 2 to 5: 3, 4 missing',
    },
    good: [task(1, 'Nhiệm vụ một'), task(2, 'Nhiệm vụ hai'), task(3, 'Nhiệm vụ ba')],
  },
  {
    name: 'a task typed in TCVN3',
    bad: [task(1, encodeLegacy('Xây dựng Kế hoạch truyền thông năm 2020', 'tcvn3'))],
    expected: {
      cell: 'B4',
      code: 'TEXT_LEGACY_ENCODING',
      severity: 'warning',
      fix: {
        value: 'Xây dựng Kế hoạch truyền thông năm 2020',
        description: 'Chuyển từ bảng mã TCVN3 (ABC) sang Unicode / Convert from TCVN3 (ABC) to Unicode',
      },
      message:
        'Văn bản gõ bằng bảng mã cũ TCVN3 (ABC), đọc đúng là “Xây dựng Kế hoạch truyền thông năm 2020” / ' +
        'Text is in the legacy TCVN3 (ABC) encoding; it reads “Xây dựng Kế hoạch truyền thông năm 2020”',
    },
    good: [task(1, 'Xây dựng Kế hoạch truyền thông năm 2020')],
  },
  {
    name: 'a task whose letters were lost',
    bad: [task(1, 'T ng cường c ng tác d n v n ch nh quyền n   2021')],
    expected: { cell: 'B4', code: 'TEXT_LEGACY_ENCODING', severity: 'error', fix: null },
    good: [task(1, 'Tăng cường công tác dân vận chính quyền năm 2021')],
  },
];

describe('each finding code, on a bad row and on the corrected row', () => {
  it.each(CODE_CASES.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const bad = check(c.bad, c.context);
    expect(findingPairs(bad)).toEqual([[c.expected.cell, c.expected.code]]);
    expectFinding(bad, c.expected);
    const good = check(c.good, c.context);
    expect(findingPairs(good)).toEqual([]);
  });

  it('covers every code with a case (COLUMN_MISSING below)', () => {
    const covered = new Set<FindingCode>([...CODE_CASES.map((c) => c.expected.code), 'COLUMN_MISSING']);
    expect(FINDING_CODES.filter((code) => !covered.has(code))).toEqual([]);
  });

  it('writes every message Vietnamese first, then " / " and English', () => {
    for (const c of CODE_CASES) {
      for (const f of check(c.bad, c.context).findings) {
        const [vi, en] = f.message.split(' / ');
        expect(vi).toMatch(/[ăâđêôơưàáảãạèéẻẽẹìíỉĩịòóỏõọùúủũụỳýỷỹỵ]/i);
        // English apart from the quoted sheet texts.
        expect(en?.replace(/“[^”]*”/g, '“”')).toMatch(/^[\x20-\x7e“”–]+$/);
      }
    }
  });

  it('uses the default severity of the table except where the table says otherwise', () => {
    expect(DEFAULT_SEVERITY).toMatchObject({
      COLUMN_MISSING: 'error',
      UNIT_UNKNOWN: 'warning',
      DEADLINE_CONDITIONAL: 'info',
      TEXT_LEGACY_ENCODING: 'warning',
    });
  });
});

describe('placeholder products', () => {
  const bad: readonly CellInput[] = ['...', '…', '-', '--', 'x', 'X', '?', 'chưa có', 'Chưa có.', 'N/A', 'không', 'Không có', '123', 2020, '1.2.3', 'KH', 'Quý II/2020', 'Hằng quý', 'Năm 2020'];
  it.each(bad.map((p) => [p]))('%j is not a product', (product) => {
    expectFinding(check([task(1, 'Nhiệm vụ', { product })]), { cell: 'E4', code: 'PRODUCT_UNRECOGNIZED' });
  });

  const good: readonly string[] = ['Báo cáo', 'Đề án', 'Kế hoạch số 12', 'Hội nghị tổng kết năm học\nBáo cáo tổng kết năm học', 'Văn bản hướng dẫn;\nBáo cáo kết quả'];
  it.each(good.map((p) => [p]))('%j is a product', (product) => {
    expectNoFinding(check([task(1, 'Nhiệm vụ', { product })]), 'PRODUCT_UNRECOGNIZED');
  });
});

describe('missing columns', () => {
  it('reports each missing column once, on the first header cell, as an error (TT: warning)', () => {
    const grid = gridFromRows([
      ['Danh mục nhiệm vụ'],
      [null, 'Nội dung', 'Thời hạn'],
      [null, 'Nhiệm vụ một', 'Tháng 8/2020'],
    ]);
    const report = validateCatalogue(grid, CONTEXT);
    expect(report.findings.map((f) => [f.cell, f.row, f.field, f.code, f.severity])).toEqual([
      ['B2', 2, 'sheet', 'COLUMN_MISSING', 'warning'],
      ['B2', 2, 'sheet', 'COLUMN_MISSING', 'error'],
      ['B2', 2, 'sheet', 'COLUMN_MISSING', 'error'],
    ]);
    expect(report.findings.map((f) => f.message)).toEqual([
      'Thiếu cột “TT” (tiêu đề có thể ghi: TT, STT, Số TT, Số thứ tự) / Missing column “No.” (header may read: TT, STT, Số TT, Số thứ tự)',
      'Thiếu cột “Đơn vị chủ trì” (tiêu đề có thể ghi: Đơn vị chủ trì, Đơn vị chủ trì tham mưu, Cơ quan chủ trì, Đơn vị chủ trì thực hiện) / ' +
        'Missing column “Lead unit” (header may read: Đơn vị chủ trì, Đơn vị chủ trì tham mưu, Cơ quan chủ trì, Đơn vị chủ trì thực hiện)',
      'Thiếu cột “Sản phẩm” (tiêu đề có thể ghi: Sản phẩm, Sản phẩm đầu ra, Kết quả, Sản phẩm dự kiến) / ' +
        'Missing column “Product” (header may read: Sản phẩm, Sản phẩm đầu ra, Kết quả, Sản phẩm dự kiến)',
    ]);
    expect(report.rows).toBe(1);
  });

  it('still checks the columns that are there', () => {
    const grid = gridFromRows([
      ['Nội dung', 'Thời hạn'],
      ['Nhiệm vụ một', 'Tháng 13/2020'],
      ['', 'Tháng 8/2020'],
    ]);
    expect(findingPairs(validateCatalogue(grid, CONTEXT))).toEqual([
      ['A1', 'COLUMN_MISSING'],
      ['A1', 'COLUMN_MISSING'],
      ['A1', 'COLUMN_MISSING'],
      ['B2', 'DEADLINE_UNPARSED'],
      ['A3', 'TASK_MISSING'],
    ]);
  });

  it('reports one error at A1 when there is no header at all', () => {
    const report = validateCatalogue(gridFromRows([['Bảng kê'], ['a', 'b'], [1, 2]], { name: 'Sheet1' }), CONTEXT);
    expect(report).toEqual({
      sheet: 'Sheet1',
      rows: 0,
      findings: [
        {
          cell: 'A1',
          row: 1,
          field: 'sheet',
          code: 'COLUMN_MISSING',
          severity: 'error',
          message:
            'Không tìm thấy dòng tiêu đề của danh mục nhiệm vụ trong 30 dòng đầu (cần các cột TT, Tên nhiệm vụ, Đơn vị chủ trì, Thời gian hoàn thành, Sản phẩm) / ' +
            'No task catalogue header found in the first 30 rows (expected columns TT, Task, Lead unit, Deadline, Product)',
          fix: null,
        },
      ],
    });
  });

  it('reports nothing for an empty sheet but the missing header', () => {
    expect(findingPairs(validateCatalogue(gridFromRows([]), CONTEXT))).toEqual([['A1', 'COLUMN_MISSING']]);
  });

  it('is clean when every column is there', () => {
    expectNoFinding(check([task(1, 'Nhiệm vụ')]), 'COLUMN_MISSING');
  });
});

describe('rows and sections', () => {
  it('skips blank rows and counts only task rows', () => {
    const report = check([[], task(1, 'Nhiệm vụ một'), [null, null, '  '], [], task(2, 'Nhiệm vụ hai')]);
    expect(report.rows).toBe(2);
    expect(report.findings).toEqual([]);
  });

  it('accepts section titles merged across B:E and NFD headers', () => {
    const grid = gridFromRows(
      [
        ['STT', 'Nội dung thực hiện'.normalize('NFD'), 'Đơn vị chủ trì\ntham mưu', 'THỜI GIAN\nHOÀN THÀNH', 'Sản phẩm\nđầu ra'],
        ['I', 'Văn phòng', null, null, null],
        [1, 'Nhiệm vụ', 'Văn phòng', 'Tháng 8/2020', 'Báo cáo'],
        [null, 'II. Thanh tra'],
        [1, 'Thanh tra thi', 'Thanh tra', 'Tháng 6/2020', 'Kết luận thanh tra'],
      ],
      { merges: ['B2:E2'] },
    );
    const report = validateCatalogue(grid, CONTEXT);
    expect(report.rows).toBe(2);
    expect(report.findings).toEqual([]);
  });

  it('reads numbers, booleans and date serials in any column without crashing', () => {
    const report = check([
      [1, 2020, 5, 44074, 123],
      [2, true, 'Văn phòng', '2020-08-31', 'Báo cáo'],
      [3.0, 'Nhiệm vụ ba', 'Văn phòng', { value: null, error: '#REF!' }, 'Báo cáo'],
    ]);
    expect(findingPairs(report)).toEqual([
      ['C4', 'UNIT_UNKNOWN'],
      ['E4', 'PRODUCT_UNRECOGNIZED'],
      ['D6', 'DEADLINE_UNPARSED'],
    ]);
  });

  it('restarts the numbering at each section and never counts the first number of a section as a gap', () => {
    const report = check([
      task(1, 'I.1'),
      task(2, 'I.2'),
      ['II', 'Thanh tra'],
      task(3, 'II.3', { unit: 'Thanh tra' }),
      task(4, 'II.4', { unit: 'Thanh tra' }),
      task(7, 'II.7', { unit: 'Thanh tra' }),
      task('7a', 'II.7a', { unit: 'Thanh tra' }),
      task(6, 'II.6', { unit: 'Thanh tra' }),
      task(20, 'II.20', { unit: 'Thanh tra' }),
    ]);
    expect(report.findings.map((f) => [f.cell, f.code, f.message])).toEqual([
      ['A9', 'TT_GAP', 'Số thứ tự nhảy từ 4 lên 7: thiếu 5, 6 / Numbering jumps from 4 to 7: 5, 6 missing'],
      ['A12', 'TT_GAP', 'Số thứ tự nhảy từ 6 lên 20: thiếu 7–19 / Numbering jumps from 6 to 20: 7–19 missing'],
    ]);
  });

  it('counts "1", "1." and "01" as the same number', () => {
    expect(findingPairs(check([task('1.', 'Một'), task('01', 'Hai')]))).toEqual([['A5', 'TT_DUPLICATE']]);
  });

  it('numbers rows before the first section as their own group', () => {
    const grid = catalogueGrid([task(1, 'Không thuộc mục'), ['I', 'Văn phòng'], task(1, 'Thuộc mục I')]);
    expect(findingPairs(validateCatalogue(grid, CONTEXT))).toEqual([]);
  });

  it('sorts findings by row, then column', () => {
    const report = check([task(1, 'Một', { deadline: '', product: '' }), task(3, '', { unit: '' })]);
    expect(findingPairs(report)).toEqual([
      ['D4', 'DEADLINE_MISSING'],
      ['E4', 'PRODUCT_MISSING'],
      ['A5', 'TT_GAP'],
      ['B5', 'TASK_MISSING'],
      ['C5', 'UNIT_MISSING'],
    ]);
  });
});

describe('deadlines against the plan year and issue date', () => {
  const cases: readonly [string, string, CatalogueContext, FindingCode | null][] = [
    ['Tháng 12/2019', 'plan 2020', CONTEXT, 'DEADLINE_OUTSIDE_PLAN'], // before the year and before issue: one finding
    ['Tháng 12/2020', 'plan 2020', CONTEXT, null],
    ['Thường xuyên', 'plan 2020', CONTEXT, null],
    ['Hằng năm', 'plan 2020', CONTEXT, null],
    ['Giai đoạn 2021-2025', 'plan 2020', CONTEXT, 'DEADLINE_OUTSIDE_PLAN'],
    ['Tháng 1/2021', 'no plan year', { ...CONTEXT, planYear: null }, null],
    ['Tháng 1/2020', 'no issue date', { ...CONTEXT, issueDate: null }, null],
    ['Tháng 1/2020', 'issued 15/1/2020', { ...CONTEXT, issueDate: '2020-01-15T00:00:00.000Z' }, null],
    ['Tháng 1/2020', 'issued 15/2/2020', { ...CONTEXT, issueDate: '2020-02-15T00:00:00.000Z' }, 'DEADLINE_BEFORE_ISSUE'],
    ['ngày 30/5', 'plan 2020', CONTEXT, null], // completed with the plan year
    ['ngày 30/5', 'plan 2021', { ...CONTEXT, planYear: 2021 }, null], // 30/5/2021, inside plan year 2021
  ];
  it.each(cases)('%j (%s) → %s', (deadline, _label, context, code) => {
    const report = check([task(1, 'Nhiệm vụ', { deadline })], context);
    expect(findingPairs(report)).toEqual(code === null ? [] : [['D4', code]]);
  });
});

describe('units: where they are known from', () => {
  const rows: readonly (readonly CellInput[])[] = [
    task(1, 'Nhiệm vụ một'),
    task(2, 'Nhiệm vụ hai', { unit: 'Văn phòg' }),
    ['II', 'Phòng Kế hoạch Tài chính'],
    task(1, 'Nhiệm vụ ba', { unit: 'Phòng KHTC' }),
    task(2, 'Nhiệm vụ bốn', { unit: 'Phòng Kế hoạch Tài chính' }),
    task(3, 'Nhiệm vụ năm', { unit: 'Văn phòng' }),
  ];

  it('from DanhMucDonVi: unknown units are errors, aliases are fine', () => {
    const report = check(rows, { ...NO_CONTEXT, units: HOA_BINH_2020.units });
    expect(report.findings.map((f) => [f.cell, f.code, f.severity, f.fix?.value ?? null])).toEqual([
      ['C5', 'UNIT_UNKNOWN', 'error', 'Văn phòng'],
      ['C9', 'UNIT_SECTION_MISMATCH', 'warning', null],
    ]);
  });

  it('from the section titles: unknown units are warnings with the title as suggestion', () => {
    const report = check(rows, NO_CONTEXT);
    expect(report.findings.map((f) => [f.cell, f.code, f.severity, f.fix?.value ?? null])).toEqual([
      ['C5', 'UNIT_UNKNOWN', 'warning', 'Văn phòng'],
      ['C7', 'UNIT_UNKNOWN', 'warning', 'Phòng Kế hoạch Tài chính'],
      ['C9', 'UNIT_SECTION_MISMATCH', 'warning', null],
    ]);
    expect(report.findings[1]?.message).toBe(
      'Đơn vị “Phòng KHTC” không trùng với tên mục nào của danh mục; có phải “Phòng Kế hoạch Tài chính”? / ' +
        'Unit “Phòng KHTC” matches no section title of the catalogue; did you mean “Phòng Kế hoạch Tài chính”?',
    );
  });

  it('an empty DanhMucDonVi counts as none', () => {
    expect(findingPairs(check(rows, { ...NO_CONTEXT, units: [] }))).toEqual(findingPairs(check(rows, NO_CONTEXT)));
  });

  it('without units or unit-like sections: only spelling consistency, with the majority spelling as fix', () => {
    const grid = catalogueGrid([
      ['I', 'Công tác tổ chức'],
      task(1, 'Một', { unit: 'Phòng Tổ chức Cán bộ' }),
      task(2, 'Hai', { unit: 'Phòng Tổ chức cán bộ' }),
      task(3, 'Ba', { unit: 'Phòng Tổ chức Cán bộ' }),
      task(4, 'Bốn', { unit: 'Phòng Tổ chưc Can bô' }),
      task(5, 'Năm', { unit: 'Phòng Tổ chúc Cán bộ' }),
      task(6, 'Sáu', { unit: 'Phòng Tổ chức Cán bộ.' }),
      task(7, 'Bảy', { unit: 'Phòng Tổ chứcc Cán bộ' }),
      task(8, 'Tám', { unit: 'Thanh tra' }),
      task(9, 'Chín', { unit: 'TCCB' }),
      task(10, 'Mười', { unit: 'Phòng TC Cán bộ' }), // neither a near spelling nor the initials
    ]);
    const report = validateCatalogue(grid, NO_CONTEXT);
    expect(report.findings.map((f) => [f.cell, f.code, f.severity, f.fix?.value ?? null, f.message])).toEqual([
      [
        'C10',
        'UNIT_UNKNOWN',
        'warning',
        'Phòng Tổ chức Cán bộ',
        'Đơn vị “Phòng Tổ chứcc Cán bộ” được ghi khác với “Phòng Tổ chức Cán bộ” (cách ghi ở 6 dòng khác) / ' +
          'Unit “Phòng Tổ chứcc Cán bộ” is spelled differently from “Phòng Tổ chức Cán bộ” (used in 6 other rows)',
      ],
      [
        'C12',
        'UNIT_UNKNOWN',
        'warning',
        'Phòng Tổ chức Cán bộ',
        'Đơn vị “TCCB” được ghi khác với “Phòng Tổ chức Cán bộ” (cách ghi ở 6 dòng khác) / ' +
          'Unit “TCCB” is spelled differently from “Phòng Tổ chức Cán bộ” (used in 6 other rows)',
      ],
    ]);
  });

  it('a cell naming several known units is fine; an unknown part is reported with a composed fix', () => {
    const report = check([
      task(1, 'Một', { unit: 'Văn phòng; Thanh tra' }),
      task(2, 'Hai', { unit: 'Văn phòng, Phòng KH-TC' }),
      task(3, 'Ba', { unit: 'Văn phòng\nPhòng Kế hoạch Tài chín' }),
      task(4, 'Bốn', { unit: 'Văn phòng; Công đoàn' }),
    ]);
    expect(report.findings.map((f) => [f.cell, f.code, f.fix?.value ?? null])).toEqual([
      ['C6', 'UNIT_UNKNOWN', 'Văn phòng; Phòng Kế hoạch Tài chính'],
      ['C7', 'UNIT_UNKNOWN', null],
    ]);
  });
});

describe('legacy encodings: one root cause, one finding', () => {
  it('checks the converted text of a legacy unit cell (known unit: no UNIT_UNKNOWN)', () => {
    const report = check([task(1, 'Nhiệm vụ', { unit: encodeLegacy('Văn phòng', 'tcvn3') })]);
    expect(findingPairs(report)).toEqual([['C4', 'TEXT_LEGACY_ENCODING']]);
    expectFinding(report, { cell: 'C4', code: 'TEXT_LEGACY_ENCODING', fix: { value: 'Văn phòng', description: expect.any(String) as string } });
  });

  it('still reports a section mismatch found on the converted unit', () => {
    const report = check([task(1, 'Nhiệm vụ', { unit: encodeLegacy('Phòng Tổ chức Cán bộ', 'vni') })]);
    expect(findingPairs(report)).toEqual([
      ['C4', 'TEXT_LEGACY_ENCODING'],
      ['C4', 'UNIT_SECTION_MISMATCH'],
    ]);
  });

  it('gives a legacy deadline the normalised spelling as fix and checks its date', () => {
    const report = check([task(1, 'Nhiệm vụ', { deadline: encodeLegacy('tháng 01/2020', 'tcvn3') })]);
    expect(findingPairs(report)).toEqual([
      ['D4', 'TEXT_LEGACY_ENCODING'],
      ['D4', 'DEADLINE_BEFORE_ISSUE'],
    ]);
    expect(report.findings[0]?.fix?.value).toBe('Tháng 1/2020');
  });

  it('keeps the line breaks of a converted multi-line product', () => {
    const product = encodeLegacy('Hội nghị tổng kết năm học\nBáo cáo tổng kết năm học', 'vni');
    const report = check([task(1, 'Nhiệm vụ', { product })]);
    expectFinding(report, { cell: 'E4', code: 'TEXT_LEGACY_ENCODING' });
    expect(report.findings[0]?.fix?.value).toBe('Hội nghị tổng kết năm học\nBáo cáo tổng kết năm học');
  });

  it('checks a legacy section title and uses its converted text as the section unit', () => {
    const grid = catalogueGrid([[null, encodeLegacy('I. Phòng Tổ chức Cán bộ', 'tcvn3')], task(1, 'Nhiệm vụ', { unit: 'Phòng TCCB' })]);
    const report = validateCatalogue(grid, CONTEXT);
    expect(findingPairs(report)).toEqual([['B3', 'TEXT_LEGACY_ENCODING']]);
    expect(report.findings[0]?.fix?.value).toBe('I. Phòng Tổ chức Cán bộ');
  });

  it('reports a legacy section title merged from column A on that cell', () => {
    const grid = catalogueGrid([[encodeLegacy('II. Thanh tra Sở', 'vni')], task(1, 'Thanh tra thi', { unit: 'Văn phòng' })]);
    const report = validateCatalogue(grid, CONTEXT);
    expect(report.findings.map((f) => [f.cell, f.field, f.code, f.fix?.value ?? null])).toEqual([
      ['A3', 'tt', 'TEXT_LEGACY_ENCODING', 'II. Thanh tra Sở'],
      ['C4', 'unit', 'UNIT_SECTION_MISMATCH', null],
    ]);
    expect(report.findings[1]?.message).toBe(
      'Đơn vị chủ trì “Văn phòng” khác với đơn vị của mục II (“Thanh tra Sở”) / Lead unit “Văn phòng” differs from the unit of section II (“Thanh tra Sở”)',
    );
  });

  it('reports damaged text once, as an error without fix, and skips the checks it would derail', () => {
    const report = check([
      task(1, 'Nhiệm vụ một', { unit: 'Ph ng K  ho ch T i ch nh' }),
      task(2, 'Nhiệm vụ hai', { deadline: 'Th ng 8/2020 v  th ng 12' }),
    ]);
    expect(report.findings.map((f) => [f.cell, f.code, f.severity, f.fix])).toEqual([
      ['C4', 'TEXT_LEGACY_ENCODING', 'error', null],
      ['D5', 'TEXT_LEGACY_ENCODING', 'error', null],
    ]);
    expect(report.findings[0]?.message).toMatch(/^Văn bản bị mất chữ do phông chữ cũ, không tự sửa được, cần gõ lại: .* \/ Letters were lost/);
  });

  it('flags exactly the seed texts the legacy and damage detectors flag, in both encodings and damaged', () => {
    const texts = [...new Set(HOA_BINH_2020.rows.flatMap((r) => [r.task, r.product]))];
    const variants = texts.flatMap((t) => [
      t,
      encodeLegacy(t, 'tcvn3'),
      encodeLegacy(t, 'vni'),
      t.replace(/[ăâđêôơưĂÂĐÊÔƠƯ\u1ea0-\u1ef9]/g, ' '),
    ]);
    const report = check(variants.map((t, i) => task(i + 1, `Nhiệm vụ ${i + 1}`, { product: t })));
    const flagged = findingsWith(report, 'TEXT_LEGACY_ENCODING').map((f) => [f.row, f.severity]);
    const expected = variants.flatMap((t, i) => {
      const damage = detectDamagedText(t);
      if (damage?.damaged === true) return [[i + 4, 'error']];
      return fixLegacyText(t) !== null ? [[i + 4, 'warning']] : [];
    });
    expect(flagged).toEqual(expected);
    expect(expected.length).toBeGreaterThan(texts.length * 2);
  });
});
