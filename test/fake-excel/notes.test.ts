import { host, officeError } from './helpers';

describe('notes (ExcelApi 1.18)', () => {
  test('add, list with content and location, getItem by address, change, delete', async () => {
    const fake = host();
    const out = await fake.run(async (ctx) => {
      const s = ctx.workbook.worksheets.getItem('Sheet1');
      s.notes.add('C4', 'Thiếu đơn vị chủ trì');
      s.notes.add(s.getRange('B2'), 'Thời hạn không rõ');
      s.notes.load('items/content');
      await ctx.sync();
      const listed = s.notes.items.map((n) => n.content);
      const locations = s.notes.items.map((n) => n.getLocation().load('address'));
      const one = s.notes.getItem('C4');
      one.content = 'Đã sửa';
      const missing = s.notes.getItemOrNullObject('Z9');
      const count = s.notes.getCount();
      await ctx.sync();
      s.notes.getItem('B2').delete();
      await ctx.sync();
      return [listed, locations.map((l) => l.address), missing.isNullObject, count.value];
    });
    expect(out).toEqual([['Thời hạn không rõ', 'Thiếu đơn vị chủ trì'], ['Sheet1!B2', 'Sheet1!C4'], true, 2]);
    expect(fake.workbook.getSheetState('Sheet1').notes).toEqual([{ address: 'C4', content: 'Đã sửa', authorName: 'Fake Excel', visible: false }]);
  });

  test('workbook.notes lists notes of every sheet and takes qualified addresses', async () => {
    const fake = host({ sheets: ['A', 'B'] });
    const out = await fake.run(async (ctx) => {
      ctx.workbook.notes.add('B!A1', 'on B');
      ctx.workbook.worksheets.getItem('A').notes.add('A1', 'on A');
      ctx.workbook.notes.load('items/content');
      await ctx.sync();
      return ctx.workbook.notes.items.map((n) => n.content);
    });
    expect(out).toEqual(['on A', 'on B']);
  });

  test.each([
    ['a second note on the same cell', 'A1', 'ItemAlreadyExists'],
    ['more than one cell', 'A1:B2', 'InvalidArgument'],
    ['not an address', 'nowhere', 'InvalidArgument'],
  ])('%s → %s', async (_label, address, code) => {
    const fake = host();
    const e = await officeError(
      fake.run(async (ctx) => {
        const notes = ctx.workbook.worksheets.getItem('Sheet1').notes;
        notes.add('A1', 'first');
        notes.add(address, 'second');
        await ctx.sync();
      }),
    );
    expect(e.code).toBe(code);
  });

  test.each([
    ['1.17', true],
    ['1.18', false],
  ])('with ExcelApi %s, reaching notes throws: %s', async (version, throws) => {
    const fake = host({ excelApi: version });
    await fake.run(async (ctx) => {
      const s = ctx.workbook.worksheets.getItem('Sheet1');
      if (throws) {
        const e = (() => {
          try {
            s.notes.add('A1', 'x');
          } catch (err) {
            return err as { code: string; message: string };
          }
          return null;
        })();
        expect(e).toMatchObject({ code: 'ApiNotFound' });
        expect(e?.message).toContain('Worksheet.notes needs ExcelApi 1.18; this host has ExcelApi 1.17');
        expect(fake.Office.context.requirements.isSetSupported('ExcelApi', '1.18')).toBe(false);
      } else {
        s.notes.add('A1', 'x');
        expect(fake.Office.context.requirements.isSetSupported('ExcelApi', '1.18')).toBe(true);
      }
    });
    expect(fake.workbook.getSheetState('Sheet1').notes.length).toBe(throws ? 0 : 1);
  });
});
