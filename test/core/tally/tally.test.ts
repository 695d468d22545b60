import { competitionRanks, spreadsheetNumber, tallyMembers, type TallyInputFile, type TallyResult } from '../../../src/core/tally';
import { readXlsx, type WorkbookData } from '../../../src/xlsx';
import { MEMBERS, junkBytes, memberWorkbook, otherWorkbookBytes, tree } from './tally-fixtures';

jest.setTimeout(60_000);

async function broken(): Promise<Error> {
  try {
    await readXlsx(junkBytes());
  } catch (e) {
    return e as Error;
  }
  throw new Error('junk bytes were read as a workbook');
}

let wb: Record<keyof typeof MEMBERS, WorkbookData>;
let other: WorkbookData;
let brokenError: Error;

beforeAll(async () => {
  const entries = await Promise.all(Object.entries(MEMBERS).map(async ([k, spec]) => [k, await memberWorkbook(spec)] as const));
  wb = Object.fromEntries(entries) as Record<keyof typeof MEMBERS, WorkbookData>;
  other = await readXlsx(await otherWorkbookBytes());
  brokenError = await broken();
});

function cluster(): TallyInputFile[] {
  return [
    { file: 'ninh-binh.xlsx', workbook: wb.ninhBinh },
    { file: 'thai-binh.xlsx', workbook: wb.thaiBinh },
    { file: 'hong.xlsx', workbook: brokenError },
    { file: 'nam-dinh.xlsx', workbook: wb.namDinh },
    { file: 'danh-sach.xlsx', workbook: other },
    { file: 'ha-nam.xlsx', workbook: wb.haNam },
    { file: 'hung-yen.xlsx', workbook: wb.tampered },
    { file: 'thanh-hoa.xlsx', workbook: wb.oldVersion },
  ];
}

type Row = [unit: string, file: string, self: number, assessed: number, rank: number, auditErrors: number];
const rows = (r: TallyResult): Row[] => r.members.map((m) => [m.unit, m.file, m.selfTotal, m.assessedTotal, m.rank, m.auditErrors]);

describe('tallyMembers', () => {
  test.each<[string, 'self' | 'assessed', Row[]]>([
    [
      'by assessed: a tie shares rank 2, the next is 4',
      'assessed',
      [
        ['Ninh Bình', 'ninh-binh.xlsx', 20, 100, 1, 0],
        ['Thái Bình', 'thai-binh.xlsx', 50, 90, 2, 0],
        ['Nam Định', 'nam-dinh.xlsx', 0, 90, 2, 0],
        ['Hà Nam', 'ha-nam.xlsx', 100, 25, 4, 1],
      ],
    ],
    [
      'by self (the bonus counts)',
      'self',
      [
        ['Hà Nam', 'ha-nam.xlsx', 100, 25, 1, 1],
        ['Thái Bình', 'thai-binh.xlsx', 50, 90, 2, 0],
        ['Ninh Bình', 'ninh-binh.xlsx', 20, 100, 3, 0],
        ['Nam Định', 'nam-dinh.xlsx', 0, 90, 4, 0],
      ],
    ],
  ])('%s', (_name, by, expected) => {
    const r = tallyMembers(cluster(), tree, { by });
    expect(r.by).toBe(by);
    expect(rows(r)).toEqual(expected);
    expect(r.replaced).toEqual([]);
  });

  test('rejects the broken, non-scoring, tampered and other-version files with reasons', () => {
    const r = tallyMembers(cluster(), tree, { by: 'assessed' });
    expect(r.rejected.map((x) => [x.file, x.kind])).toEqual([
      ['hong.xlsx', 'unreadable'],
      ['danh-sach.xlsx', 'not-scoring'],
      ['hung-yen.xlsx', 'tampered'],
      ['thanh-hoa.xlsx', 'template-mismatch'],
    ]);
    const reasons = r.rejected.map((x) => x.reason);
    expect(reasons[0]).toMatch(/^Không đọc được tệp \(.+\) \/ Unreadable file$/);
    expect(reasons[1]).toBe(
      'Không phải sổ chấm điểm thi đua: không có trang "Chấm điểm" (dòng tiêu đề Mã, Tiêu chí, …, Ghi chú) / Not a scoring workbook: no "Chấm điểm" sheet with the scoring header',
    );
    expect(reasons[2]).toBe(
      'Bảng chấm điểm đã bị sửa công thức, điểm tối đa hoặc xóa dòng tiêu chí (1 ô: H6) nên không được tổng hợp / The scoring sheet\'s formulas, maxima or criterion rows were altered (1 cells), so it is not tallied',
    );
    expect(reasons[3]).toBe(
      'Bảng chấm điểm theo mẫu khác hoặc phiên bản cũ: thiếu 3 mã tiêu chí của mẫu (1.1, 1.2, 1.3), có 3 mã lạ (I.1, I.2, I.3) / A different or older template version: 3 template codes missing, 3 unknown codes',
    );
  });

  test('item totals and the criteria matrix follow the chosen column', () => {
    const byAssessed = tallyMembers(cluster(), tree, { by: 'assessed' });
    const ha = byAssessed.members.find((m) => m.unit === 'Hà Nam')!;
    expect(byAssessed.itemCodes).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12', '13', '14']);
    expect(ha.items).toEqual([25, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
    expect([ha.counted['1'], ha.counted['1.1'], ha.counted['1.2'], ha.counted['1.3'], ha.counted.DT]).toEqual([25, 20, 5, 0, 0]);
    const bySelf = tallyMembers(cluster(), tree, { by: 'self' });
    const haSelf = bySelf.members.find((m) => m.unit === 'Hà Nam')!;
    expect(haSelf.items).toEqual(new Array(14).fill(0));
    expect(haSelf.counted.DT).toBe(100);
    expect(byAssessed.criteria.length).toBe(Object.keys(ha.counted).length);
    expect(byAssessed.criteria[0]).toEqual({ code: '1', text: 'Nhiệm vụ 1: Rà soát, sắp xếp mạng lưới cơ sở giáo dục mầm non - phổ thông', depth: 0 });
  });

  test('a later file of the same unit replaces the earlier row, with a note', () => {
    const files: TallyInputFile[] = cluster();
    files.splice(1, 0, { file: 'ha-nam-cu.xlsx', workbook: wb.haNam });
    const r = tallyMembers(files, tree, { by: 'assessed' });
    expect(r.replaced).toEqual([
      {
        unit: 'Hà Nam',
        file: 'ha-nam.xlsx',
        previousFile: 'ha-nam-cu.xlsx',
        note: 'Đơn vị "Hà Nam" có hai tệp: dùng tệp ha-nam.xlsx thay cho tệp ha-nam-cu.xlsx nhập trước / Unit "Hà Nam" has two files: ha-nam.xlsx replaces the earlier ha-nam-cu.xlsx',
      },
    ]);
    expect(rows(r).map((x) => [x[0], x[1], x[4]])).toEqual([
      ['Ninh Bình', 'ninh-binh.xlsx', 1],
      ['Thái Bình', 'thai-binh.xlsx', 2],
      ['Nam Định', 'nam-dinh.xlsx', 2],
      ['Hà Nam', 'ha-nam.xlsx', 4],
    ]);
  });

  test('re-importing a unit with new scores moves the ranks', async () => {
    const corrected = await memberWorkbook({ unit: '  ninh   bình ', assessed: { '1.1': 5 } });
    const r = tallyMembers([...cluster(), { file: 'ninh-binh-v2.xlsx', workbook: corrected }], tree, { by: 'assessed' });
    expect(r.replaced.map((x) => [x.unit, x.file, x.previousFile])).toEqual([['ninh bình', 'ninh-binh-v2.xlsx', 'ninh-binh.xlsx']]);
    expect(rows(r)).toEqual([
      ['Thái Bình', 'thai-binh.xlsx', 50, 90, 1, 0],
      ['Nam Định', 'nam-dinh.xlsx', 0, 90, 1, 0],
      ['Hà Nam', 'ha-nam.xlsx', 100, 25, 3, 1],
      ['ninh bình', 'ninh-binh-v2.xlsx', 0, 5, 4, 0],
    ]);
  });

  test('totals come from the inputs, not from values saved in the file', () => {
    // A file whose cached totals claim 2250: the reference engine still says 100.
    const grid = wb.ninhBinh;
    const sheet = grid.sheets[0]!;
    const cells = sheet.cells.map((row) =>
      row.map((c) => (c.formula !== undefined ? { ...c, value: 2250 } : c)),
    );
    const lying: WorkbookData = { ...grid, sheets: [{ ...sheet, cells }] };
    const r = tallyMembers([{ file: 'x.xlsx', workbook: lying }], tree, { by: 'assessed' });
    expect(r.members.map((m) => [m.selfTotal, m.assessedTotal, m.rank])).toEqual([[20, 100, 1]]);
    expect(r.members[0]!.auditErrors).toBeGreaterThan(0);
  });

  test('a file with no unit name is listed under its file name', async () => {
    const r = tallyMembers([{ file: 'khong-ten.xlsx', workbook: await memberWorkbook({ unit: '', assessed: { '1.1': 3 } }) }], tree, { by: 'assessed' });
    expect(rows(r)).toEqual([['khong-ten.xlsx', 'khong-ten.xlsx', 0, 3, 1, 0]]);
  });

  test('nothing to tally', () => {
    expect(tallyMembers([], tree, { by: 'self' })).toMatchObject({ members: [], rejected: [], replaced: [] });
  });
});

describe('competitionRanks / spreadsheetNumber', () => {
  test.each<[number[], number[]]>([
    [[], []],
    [[5], [1]],
    [[10, 10, 5], [1, 1, 3]],
    [[5, 10, 10], [3, 1, 1]],
    [[1, 2, 3, 3, 0], [4, 3, 1, 1, 5]],
    [[7, 7, 7], [1, 1, 1]],
  ])('%j → %j', (values, ranks) => {
    expect(competitionRanks(values)).toEqual(ranks);
  });

  test.each<[number, number]>([
    [0.1 + 0.2, 0.3],
    [100, 100],
    [1234.5, 1234.5],
    [2250.0000000000005, 2250],
  ])('%p → %p', (n, want) => {
    expect(spreadsheetNumber(n)).toBe(want);
  });
});
