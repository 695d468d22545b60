import { installFakeExcel } from '../helpers/fake-office';
import { tallyFilesInExcel } from '../../src/office/tally';
import { MEMBERS, junkBytes, memberBytes } from '../core/tally/tally-fixtures';

const file = async (name: string, bytes: Promise<Uint8Array> | Uint8Array) => {
  const b = await bytes;
  return { name, bytes: b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer };
};

describe('the cluster tally in Excel (fake runtime)', () => {
  it('tallies picked files, lists rejected ones with a reason, and writes the tally sheets with live ranks', async () => {
    const fake = installFakeExcel();
    const files = [
      await file('ninh-binh.xlsx', memberBytes(MEMBERS.ninhBinh)),
      await file('thai-binh.xlsx', memberBytes(MEMBERS.thaiBinh)),
      await file('hung-yen.xlsx', memberBytes(MEMBERS.tampered)),
      await file('hong.xlsx', junkBytes()),
    ];
    fake.resetSyncCount();
    const { result, render } = await tallyFilesInExcel(files, { cluster: 'Cụm 2', by: 'assessed' });
    expect(fake.syncCount).toBe(2);
    expect(result.members.map((m) => [m.unit, m.assessedTotal, m.rank])).toEqual([
      ['Ninh Bình', 100, 1],
      ['Thái Bình', 90, 2],
    ]);
    expect(result.rejected.map((r) => [r.file, r.kind])).toEqual([
      ['hung-yen.xlsx', 'tampered'],
      ['hong.xlsx', 'unreadable'],
    ]);
    expect(Object.values(render?.sheetNames ?? {})).toEqual(['Cụm thi đua', 'Tổng hợp cụm', 'Ma trận tiêu chí']);
    // The rank column is a native formula: change a total and the ranks move.
    const summary = fake.workbook.getSheetState('Tổng hợp cụm');
    const rankCol = (summary.values[3] as unknown[]).indexOf('Xếp hạng');
    expect(rankCol).toBeGreaterThan(0);
    const rankOf = (row: number) => fake.workbook.getSheetState('Tổng hợp cụm').values[row - 1]?.[rankCol];
    expect([rankOf(5), rankOf(6)]).toEqual([1, 2]);
    // The leader raises Thái Bình's item 1 from 90 to 100 and adds a bonus of 5: total 105, first.
    fake.workbook.edit('Tổng hợp cụm', 'F6', [[100]]);
    fake.workbook.edit('Tổng hợp cụm', 'T6', [[5]]);
    expect(fake.workbook.getCell('Tổng hợp cụm', 'E6').value).toBe(105);
    expect([rankOf(5), rankOf(6)]).toEqual([2, 1]);
  });

  it('re-importing a member replaces its row and says so; the old tally sheets are replaced only when asked', async () => {
    const fake = installFakeExcel();
    const first = await file('ninh-binh.xlsx', memberBytes(MEMBERS.ninhBinh));
    const thai = await file('thai-binh.xlsx', memberBytes(MEMBERS.thaiBinh));
    await tallyFilesInExcel([first, thai], { cluster: 'Cụm 2', by: 'assessed' });
    const again = await file('ninh-binh-v2.xlsx', memberBytes({ ...MEMBERS.ninhBinh, assessed: { '1.1': 10 } }));
    fake.resetSyncCount();
    const { result, replacedSheets } = await tallyFilesInExcel([first, thai, again], { cluster: 'Cụm 2', by: 'assessed', replaceExisting: true });
    expect(fake.syncCount).toBe(3);
    expect(result.replaced).toEqual([expect.objectContaining({ unit: 'Ninh Bình', file: 'ninh-binh-v2.xlsx', previousFile: 'ninh-binh.xlsx' })]);
    expect(result.members.map((m) => [m.unit, m.assessedTotal])).toEqual([
      ['Thái Bình', 90],
      ['Ninh Bình', 10],
    ]);
    expect([...replacedSheets].sort()).toEqual(['Cụm thi đua', 'Ma trận tiêu chí', 'Tổng hợp cụm']);
    expect(fake.workbook.sheetNames().filter((n) => n.startsWith('Tổng hợp cụm'))).toEqual(['Tổng hợp cụm']);
  });
});
