import { host, officeError } from './helpers';

const CATALOGUE = [
  ['STT', 'Nhiệm vụ', 'Đơn vị chủ trì', 'Thời hạn'],
  [1, 'Rà soát quy hoạch mạng lưới', 'Phòng KHTC', 'Quý II/2021'],
  [2, 'Tổ chức kỳ thi', 'Phòng QLT', 'Tháng 6/2021'],
];

describe('tables', () => {
  test('worksheet.tables.add: headers from the first row, default name and style, parts as ranges', async () => {
    const fake = host({ seed: { sheets: [{ name: 'Danh mục', cells: CATALOGUE }] } });
    const out = await fake.run(async (ctx) => {
      const t = ctx.workbook.worksheets.getItem('Danh mục').tables.add('A1:D3', true);
      t.load('name, style, showBandedRows, showHeaders');
      t.columns.load('items/name, items/index');
      const all = t.getRange().load('address');
      const header = t.getHeaderRowRange().load('address, values');
      const body = t.getDataBodyRange().load('address');
      await ctx.sync();
      return {
        props: [t.name, t.style, t.showBandedRows, t.showHeaders],
        columns: t.columns.items.map((c) => [c.index, c.name]),
        ranges: [all.address, header.address, body.address],
        header: header.values,
      };
    });
    expect(out).toEqual({
      props: ['Table1', 'TableStyleMedium2', true, true],
      columns: [[0, 'STT'], [1, 'Nhiệm vụ'], [2, 'Đơn vị chủ trì'], [3, 'Thời hạn']],
      ranges: ["'Danh mục'!A1:D3", "'Danh mục'!A1:D1", "'Danh mục'!A2:D3"],
      header: [CATALOGUE[0]],
    });
  });

  test('name and style are settable; workbook.tables finds tables on every sheet', async () => {
    const fake = host({ seed: { sheets: [{ name: 'A', cells: CATALOGUE }, { name: 'B', cells: [['X'], [1]] }] } });
    const out = await fake.run(async (ctx) => {
      const t = ctx.workbook.tables.add("'A'!A1:D3", true);
      t.name = 'DanhMuc';
      t.style = 'TableStyleLight9';
      t.showBandedRows = false;
      ctx.workbook.worksheets.getItem('B').tables.add('A1:A2', true);
      const found = ctx.workbook.tables.getItem('danhmuc').load('name, style, showBandedRows');
      const missing = ctx.workbook.tables.getItemOrNullObject('KhongCo');
      ctx.workbook.tables.load('items/name');
      const onB = ctx.workbook.worksheets.getItem('B').tables.load('items/name, count');
      await ctx.sync();
      return [found.name, found.style, found.showBandedRows, missing.isNullObject, ctx.workbook.tables.items.map((x) => x.name), onB.items.map((x) => x.name), onB.count];
    });
    expect(out).toEqual(['DanhMuc', 'TableStyleLight9', false, true, ['DanhMuc', 'Table1'], ['Table1'], 1]);
    expect(fake.workbook.getTables()).toEqual([
      { name: 'DanhMuc', sheet: 'A', address: 'A1:D3', style: 'TableStyleLight9', showHeaders: true, showBandedRows: false, columns: ['STT', 'Nhiệm vụ', 'Đơn vị chủ trì', 'Thời hạn'] },
      { name: 'Table1', sheet: 'B', address: 'A1:A2', style: 'TableStyleMedium2', showHeaders: true, showBandedRows: true, columns: ['X'] },
    ]);
  });

  test('blank and duplicate headers get Excel names; a header-only range gets one data row', async () => {
    const fake = host({ seed: { sheets: [{ name: 'Sheet1', cells: [['Điểm', null, 'điểm', 2021]] }] } });
    await fake.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Sheet1').tables.add('A1:D1', true);
    });
    expect(fake.workbook.getTables()[0]).toMatchObject({ address: 'A1:D2', columns: ['Điểm', 'Column2', 'điểm2', '2021'] });
    expect(fake.workbook.getCell('Sheet1', 'D1')).toMatchObject({ value: '2021', valueType: 'String' });
  });

  test('columns: getItem by name, rename, values, data body range', async () => {
    const fake = host({ seed: { sheets: [{ name: 'Sheet1', cells: CATALOGUE }], tables: [{ sheet: 'Sheet1', address: 'A1:D3', name: 'DM' }] } });
    const out = await fake.run(async (ctx) => {
      const t = ctx.workbook.tables.getItem('DM');
      const col = t.columns.getItem('Đơn vị chủ trì');
      col.name = 'Chủ trì';
      col.load('name, index, values');
      const body = col.getDataBodyRange().load('address');
      const missing = t.columns.getItemOrNullObject('Không có');
      await ctx.sync();
      return [col.name, col.index, col.values, body.address, missing.isNullObject];
    });
    expect(out).toEqual(['Chủ trì', 2, [['Chủ trì'], ['Phòng KHTC'], ['Phòng QLT']], 'Sheet1!C2:C3', true]);
  });

  test.each([
    ['overlapping another table', 'InvalidOperation', (s: Sheet) => s.tables.add('B2:C4', true)],
    ['whole columns', 'InvalidArgument', (s: Sheet) => s.tables.add('A:B', true)],
    ['without headers (not implemented by the fake)', 'NotImplemented', (s: Sheet) => s.tables.add('F1:G2', false)],
    ['a duplicate name', 'ItemAlreadyExists', (s: Sheet) => (s.tables.add('F1:G2', true).name = 'DM')],
    ['a name with a space', 'InvalidArgument', (s: Sheet) => (s.tables.add('F1:G2', true).name = 'Danh muc')],
    ['an unknown style', 'InvalidArgument', (s: Sheet) => (s.tables.add('F1:G2', true).style = 'Fancy')],
  ])('%s → %s', async (_label, code, act) => {
    const fake = host({ seed: { sheets: [{ name: 'Sheet1', cells: CATALOGUE }], tables: [{ sheet: 'Sheet1', address: 'A1:D3', name: 'DM' }] } });
    const e = await officeError(
      fake.run(async (ctx) => {
        act(ctx.workbook.worksheets.getItem('Sheet1') as unknown as Sheet);
        await ctx.sync();
      }),
    );
    expect(e.code).toBe(code);
  });

  test('getItem of a missing table rejects with ItemNotFound; delete removes the table and its contents', async () => {
    const fake = host({ seed: { sheets: [{ name: 'Sheet1', cells: CATALOGUE }], tables: [{ sheet: 'Sheet1', address: 'A1:D3', name: 'DM' }] } });
    const e = await officeError(
      fake.run(async (ctx) => {
        ctx.workbook.tables.getItem('Nope').load('name');
        await ctx.sync();
      }),
    );
    expect(e.code).toBe('ItemNotFound');
    await fake.run(async (ctx) => {
      ctx.workbook.tables.getItem('DM').delete();
    });
    expect([fake.workbook.getTables(), fake.workbook.getSheetState('Sheet1').usedRange]).toEqual([[], null]);
  });
});

type Sheet = { tables: { add(address: string, hasHeaders: boolean): { name: string; style: string } } };
