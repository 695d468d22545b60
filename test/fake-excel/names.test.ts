import { host, officeError, thrown } from './helpers';

describe('defined names', () => {
  test('add with a Range or a formula; list with name/formula/type/value/visible/comment', async () => {
    const fake = host({ sheets: ['Danh mục', 'Sheet2'] });
    const out = await fake.run(async (ctx) => {
      const sheet = ctx.workbook.worksheets.getItem('Danh mục');
      sheet.getRange('A1:A3').values = [['Phòng GDTrH'], ['Phòng GDTH'], ['Văn phòng']];
      ctx.workbook.names.add('DanhMucDonVi', sheet.getRange('A1:A3'), 'Đơn vị chủ trì');
      ctx.workbook.names.add('HeSo', '=Sheet2!$B$2');
      ctx.workbook.names.add('Nguong', '=0.5');
      ctx.workbook.names.load('items/name, items/formula, items/type, items/value, items/visible, items/comment');
      await ctx.sync();
      return ctx.workbook.names.items.map((n) => [n.name, n.formula, n.type, n.value, n.visible, n.comment]);
    });
    expect(out).toEqual([
      ['DanhMucDonVi', "='Danh mục'!$A$1:$A$3", 'Range', "'Danh mục'!$A$1:$A$3", true, 'Đơn vị chủ trì'],
      ['HeSo', '=Sheet2!$B$2', 'Range', 'Sheet2!$B$2', true, ''],
      ['Nguong', '=0.5', 'Double', 0.5, true, ''],
    ]);
  });

  test('getItem (any case), getItemOrNullObject, getRange, delete', async () => {
    const fake = host({ seed: { sheets: [{ name: 'Sheet1', cells: [[1], [2]] }], names: [{ name: 'Vung', reference: '=Sheet1!$A$1:$A$2' }] } });
    const out = await fake.run(async (ctx) => {
      const item = ctx.workbook.names.getItem('VUNG');
      const range = item.getRange().load('address, values');
      const missing = ctx.workbook.names.getItemOrNullObject('KhongCo');
      await ctx.sync();
      item.delete();
      const after = ctx.workbook.names.getItemOrNullObject('Vung');
      await ctx.sync();
      return [range.address, range.values, missing.isNullObject, after.isNullObject];
    });
    expect(out).toEqual(['Sheet1!A1:A2', [[1], [2]], true, true]);
    expect(fake.workbook.getNames()).toEqual([]);
  });

  test.each([
    ['a taken name (other case)', 'vung', '=Sheet1!$A$1', 'ItemAlreadyExists'],
    ['a table name', 'Bang', '=Sheet1!$A$1', 'ItemAlreadyExists'],
    ['a space in the name', 'Danh muc', '=Sheet1!$A$1', 'InvalidArgument'],
    ['a name that reads as a cell', 'AB12', '=Sheet1!$A$1', 'InvalidArgument'],
    ['a name starting with a digit', '1Ten', '=Sheet1!$A$1', 'InvalidArgument'],
    ['a reference without a sheet', 'Ten', '$A$1', 'InvalidReference'],
    ['a reference to a missing sheet', 'Ten', '=Nowhere!$A$1', 'InvalidReference'],
    ['a formula that does not parse', 'Ten', '=SUM(', 'InvalidArgument'],
  ])('%s → %s', async (_label, name, reference, code) => {
    const fake = host({
      seed: { sheets: [{ name: 'Sheet1', cells: [['H'], [1]] }], names: [{ name: 'Vung', reference: '=Sheet1!$A$1' }], tables: [{ sheet: 'Sheet1', address: 'A1:A2', name: 'Bang' }] },
    });
    const e = await officeError(
      fake.run(async (ctx) => {
        ctx.workbook.names.add(name, reference);
        await ctx.sync();
      }),
    );
    expect(e.code).toBe(code);
  });

  test('getItem of a missing name rejects with ItemNotFound; getRange of a constant is InvalidOperation', async () => {
    const fake = host({ seed: { sheets: [{ name: 'Sheet1' }], names: [{ name: 'K', reference: '=1' }] } });
    const missing = await officeError(
      fake.run(async (ctx) => {
        ctx.workbook.names.getItem('Missing').load('name');
        await ctx.sync();
      }),
    );
    const constant = await officeError(
      fake.run(async (ctx) => {
        ctx.workbook.names.getItem('K').getRange().load('address');
        await ctx.sync();
      }),
    );
    expect([missing.code, constant.code]).toEqual(['ItemNotFound', 'InvalidOperation']);
  });

  test('formula can be changed (ExcelApi 1.7) and formulas using the name recalculate', async () => {
    const fake = host({ seed: { sheets: [{ name: 'Sheet1', cells: [[1, 10], ['=SUM(Vung)']] }], names: [{ name: 'Vung', reference: '=Sheet1!$A$1' }] } });
    await fake.run(async (ctx) => {
      ctx.workbook.names.getItem('Vung').formula = '=Sheet1!$A$1:$B$1';
      await ctx.sync();
    });
    expect(fake.workbook.getCell('Sheet1', 'A2').value).toBe(11);
    const old = host({ excelApi: '1.6' });
    await old.run(async (ctx) => {
      expect(() => {
        ctx.workbook.names.getItem('x').formula = '=1';
      }).toThrow(expect.objectContaining({ code: 'ApiNotFound' }));
      expect(() => ctx.workbook.names.add('x', '=1')).not.toThrow();
    });
  });
});

describe('worksheet-scoped names (worksheet.names, ExcelApi 1.4)', () => {
  test('a sheet’s own name wins in its formulas; other sheets see the workbook name; scope and worksheet are reported', async () => {
    const fake = host({
      seed: {
        sheets: [
          { name: 'A', cells: [[50, '=HeSoGia*2']] },
          { name: 'B', cells: [[40, '=HeSoGia*2']] },
          { name: 'C', cells: [[null, '=HeSoGia*2']] },
        ],
        names: [{ name: 'HeSoGia', reference: '=A!$A$1' }],
      },
    });
    const out = await fake.run(async (ctx) => {
      const b = ctx.workbook.worksheets.getItem('B');
      b.names.add('HeSoGia', b.getRange('A1'), 'bản sao');
      const own = b.names;
      own.load('items/name, items/formula, items/type, items/value, items/scope, items/comment');
      const book = ctx.workbook.names;
      book.load('items/name, items/scope');
      const where = b.names.getItem('hesogia').worksheet.load('name');
      const none = ctx.workbook.names.getItem('HeSoGia').worksheetOrNullObject;
      const missing = ctx.workbook.worksheets.getItem('C').names.getItemOrNullObject('HeSoGia');
      const formulas = ['A', 'B', 'C'].map((s) => ctx.workbook.worksheets.getItem(s).getRange('B1').load('values'));
      await ctx.sync();
      return {
        own: own.items.map((n) => [n.name, n.formula, n.type, n.value, n.scope, n.comment]),
        book: book.items.map((n) => [n.name, n.scope]),
        where: where.name,
        none: none.isNullObject,
        missing: missing.isNullObject,
        values: formulas.map((r) => r.values[0]?.[0]),
      };
    });
    expect(out).toEqual({
      own: [['HeSoGia', '=B!$A$1', 'Range', 'B!$A$1', 'Worksheet', 'bản sao']],
      book: [['HeSoGia', 'Workbook']],
      where: 'B',
      none: true,
      missing: true,
      values: [100, 80, 100],
    });
    expect(fake.workbook.getNames()).toEqual([
      { name: 'HeSoGia', formula: '=A!$A$1', comment: '', visible: true },
      { name: 'HeSoGia', formula: '=B!$A$1', comment: 'bản sao', visible: true, scope: 'B' },
    ]);
    // Editing the sheet's own cell recalculates its formula only.
    fake.workbook.edit('B', 'A1', [[7]]);
    expect(fake.workbook.getCell('B', 'B1').value).toBe(14);
    expect(fake.workbook.getCell('A', 'B1').value).toBe(100);
  });

  test('a name twice in one sheet’s scope is refused; deleting the sheet drops its names', async () => {
    const fake = host({ seed: { sheets: [{ name: 'A', cells: [[1]] }, { name: 'B', cells: [[2]] }] } });
    const err = await officeError(
      fake.run(async (ctx) => {
        const b = ctx.workbook.worksheets.getItem('B');
        b.names.add('X', '=B!$A$1');
        await ctx.sync();
        b.names.add('x', '=B!$A$1');
        await ctx.sync();
      }),
    );
    expect(err.code).toBe('ItemAlreadyExists');
    await fake.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('B').delete();
      await ctx.sync();
    });
    expect(fake.workbook.getNames()).toEqual([]);
  });

  test('Worksheet.names needs ExcelApi 1.4', () => {
    const fake = host({ excelApi: '1.3' });
    return fake.run(async (ctx) => {
      const err = thrown(() => ctx.workbook.worksheets.getItem('Sheet1').names);
      expect(err.code).toBe('ApiNotFound');
      expect(err.message).toContain('Worksheet.names needs ExcelApi 1.4; this host has ExcelApi 1.3');
    });
  });
});
