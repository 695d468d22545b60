import type { SheetPlan, WorkbookPlan } from '../../src/plan/types';
import { readXlsx, renderPlanToXlsx, uniqueSheetName, uniqueTableName, XlsxPlanError } from '../../src/xlsx';
import { rezip, scoringSheet, thrown, unitsSheet, xml } from './helpers';

const PLAN: WorkbookPlan = { sheets: [unitsSheet(), scoringSheet()] };

function bare(key: string, name: string, overrides: Partial<SheetPlan> = {}): SheetPlan {
  return { key, name, cells: [], columns: [], formats: [], validations: [], conditionalFormats: [], names: [], ...overrides };
}

describe('round trip: plan → .xlsx → plain data', () => {
  let bytes: Uint8Array;
  let sheetXml: string;
  let workbookXml: string;

  beforeAll(async () => {
    const out = await renderPlanToXlsx(PLAN);
    bytes = out.bytes;
    expect(out.result).toEqual({ sheetNames: { units: 'Danh mục đơn vị', scoring: 'Chấm điểm' }, keptNames: [], sheetScopedNames: [], skippedSheets: [] });
    sheetXml = await xml(bytes, 'xl/worksheets/sheet2.xml');
    workbookXml = await xml(bytes, 'xl/workbook.xml');
  });

  test('values, dates and formulas read back exactly (formulas without "=" or prefixes, no cached results)', async () => {
    const data = await readXlsx(bytes);
    expect(data.sheets.map((s) => s.name)).toEqual(['Danh mục đơn vị', 'Chấm điểm']);
    expect(data.sheets[0]?.cells.map((r) => r.map((c) => c.value))).toEqual([['Đơn vị'], ['Trường A'], ['Trường B'], ['Phòng GD&ĐT']]);
    expect(data.sheets[1]?.cells).toEqual([
      [{ value: 'Bảng chấm điểm thi đua' }, { value: null }, { value: null }, { value: null }, { value: null }],
      [{ value: null }, { value: null }, { value: null }, { value: null }, { value: null }],
      [{ value: 'STT' }, { value: 'Đơn vị' }, { value: 'Điểm\n(tối đa 10)' }, { value: 'Xếp loại' }, { value: 'Ngày nộp' }],
      [{ value: 1 }, { value: 'Trường A' }, { value: 8.5 }, { value: null, formula: 'IFS(C4>=8,"Tốt",C4>=5,"Đạt",TRUE,"Chưa đạt")' }, { value: '2021-05-31', date: true }],
      [{ value: 2 }, { value: 'Trường B' }, { value: 0 }, { value: null, formula: 'IF(C5>=8,"Tốt","Chưa đạt")' }, { value: null }],
      [{ value: null }, { value: 'Tổng' }, { value: null, formula: 'SUM(C4:C5)' }, { value: null, formula: 'RANK.EQ(C4,C4:C5)' }, { value: true }],
    ]);
    expect(data.sheets[1]?.tables).toEqual([{ name: 'BangChamDiem', ref: 'A3:E5' }]);
    expect(data.names).toEqual([
      { name: 'DanhMucDonVi', sheet: 'Danh mục đơn vị', ref: '$A$2:$A$4', scope: null },
      { name: 'DiemChamDiem', sheet: 'Chấm điểm', ref: '$C$4:$C$5', scope: null },
    ]);
  });

  test('formulas: never "<f>=", _xlfn. prefixes for newer functions, no <v> after a formula', () => {
    expect(sheetXml).not.toContain('<f>=');
    expect(sheetXml).toContain('<f>_xlfn.IFS(C4&gt;=8,&quot;Tốt&quot;,C4&gt;=5,&quot;Đạt&quot;,TRUE,&quot;Chưa đạt&quot;)</f></c>');
    expect(sheetXml).toContain('<f>_xlfn.RANK.EQ(C4,C4:C5)</f></c>');
    expect(sheetXml).toContain('<f>SUM(C4:C5)</f></c>');
    expect(sheetXml).not.toMatch(/<\/f><v>/);
    expect(workbookXml).toContain('<calcPr calcId="171027" fullCalcOnLoad="1"/>');
  });

  test('data validation: named list, literal list, decimal, custom, error styles and prompts', () => {
    expect(sheetXml).toContain(
      '<dataValidation type="list" allowBlank="1" showInputMessage="1" prompt="Chọn đơn vị" showErrorMessage="1" errorStyle="warning" errorTitle="Không có trong danh mục" error="Hãy chọn đơn vị trong danh mục." sqref="B4:B5"><formula1>DanhMucDonVi</formula1></dataValidation>',
    );
    expect(sheetXml).toContain('<dataValidation type="decimal" allowBlank="1" showErrorMessage="1" errorStyle="stop" sqref="C4:C5"><formula1>0</formula1><formula2>10</formula2></dataValidation>');
    expect(sheetXml).toContain('<dataValidation type="list" allowBlank="1" showErrorMessage="1" errorStyle="information" sqref="D4:D5"><formula1>&quot;Tốt,Đạt,Chưa đạt&quot;</formula1></dataValidation>');
    expect(sheetXml).toContain('<dataValidation type="custom" allowBlank="1" showErrorMessage="1" errorStyle="stop" sqref="A4:A5"><formula1>ISNUMBER(A4)</formula1></dataValidation>');
  });

  test('table: part written, header cells equal the column names (line breaks escaped as Excel does)', async () => {
    expect(sheetXml).toContain('<tableParts count="1"><tablePart r:id="rId1"/></tableParts>');
    const table = await xml(bytes, 'xl/tables/table1.xml');
    expect(table).toContain('name="BangChamDiem" displayName="BangChamDiem" ref="A3:E5"');
    expect([...table.matchAll(/<tableColumn id="\d+" name="([^"]*)"/g)].map((m) => m[1])).toEqual(['STT', 'Đơn vị', 'Điểm_x000A_(tối đa 10)', 'Xếp loại', 'Ngày nộp']);
    expect(table).toContain('<tableStyleInfo name="TableStyleMedium2"');
  });

  test('conditional format with a dxf fill, relative to the top-left cell', async () => {
    expect(sheetXml).toContain('<conditionalFormatting sqref="A4:E5"><cfRule type="expression" dxfId="0" priority="1"><formula>$C4&lt;5</formula></cfRule></conditionalFormatting>');
    const styles = await xml(bytes, 'xl/styles.xml');
    expect(styles).toContain('<dxfs count="1"><dxf><font><b/><color rgb="FF9C0006"/></font><fill><patternFill patternType="solid"><fgColor rgb="FFFFC7CE"/><bgColor rgb="FFFFC7CE"/></patternFill></fill></dxf></dxfs>');
  });

  test('defined names with quoted Vietnamese sheet names, and print titles scoped to their sheet', () => {
    expect(workbookXml).toContain(
      '<definedNames><definedName name="DanhMucDonVi">&apos;Danh mục đơn vị&apos;!$A$2:$A$4</definedName>' +
        '<definedName name="DiemChamDiem">&apos;Chấm điểm&apos;!$C$4:$C$5</definedName>' +
        '<definedName name="_xlnm.Print_Titles" localSheetId="1">&apos;Chấm điểm&apos;!$3:$3</definedName></definedNames>',
    );
  });

  test('print setup: A4 landscape, fit to one page wide', () => {
    expect(sheetXml).toMatch(/<pageSetup paperSize="9" orientation="landscape" [^>]*fitToWidth="1" fitToHeight="0"\/>/);
    expect(sheetXml).toContain('<pageSetUpPr fitToPage="1"/>');
  });

  test('outline: grouped rows, summary rows above, no row marked collapsed', () => {
    expect(sheetXml).toContain('<outlinePr summaryBelow="0" summaryRight="1"/>');
    expect(sheetXml).toContain('outlineLevelRow="1"');
    expect(sheetXml.match(/<row r="(\d+)"[^>]*outlineLevel="1"/g)?.map((r) => /r="(\d+)"/.exec(r)?.[1])).toEqual(['4', '5']);
    expect(sheetXml).not.toContain('collapsed="1"');
  });

  test('protection without a password, unlocked input cells, frozen panes, hidden column, active sheet', async () => {
    expect(sheetXml).toContain('<sheetProtection sheet="1" formatColumns="0" formatRows="0" autoFilter="0" objects="1" scenarios="1"/>');
    expect(sheetXml).toMatch(/<c r="C4" s="(\d+)"/);
    const styleIndex = Number(/<c r="C4" s="(\d+)"/.exec(sheetXml)?.[1]);
    const styles = await xml(bytes, 'xl/styles.xml');
    const xfs = /<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/.exec(styles)?.[1] ?? '';
    const xf = xfs.match(/<xf [^>]*?(?:\/>|>[\s\S]*?<\/xf>)/g)?.[styleIndex] ?? '';
    expect(xf).toContain('<protection locked="0"/>');
    expect(xf).toContain('numFmtId="164"'); // "0.0"
    expect(sheetXml).toContain('<pane xSplit="2" ySplit="3" topLeftCell="C4" activePane="bottomRight" state="frozen"/>');
    expect(sheetXml).toContain('<col min="5" max="5" width="12" hidden="1" customWidth="1"/>');
    expect(sheetXml).toContain('<sheetView workbookViewId="0" tabSelected="1">');
    expect(workbookXml).toContain('activeTab="1"');
  });

  test('a password is stored as a SHA-512 hash only', async () => {
    const out = await renderPlanToXlsx({ sheets: [scoringSheet({ protection: { unlocked: ['C4:C5'], password: 'mk-123' } })] });
    const sheet = await xml(out.bytes, 'xl/worksheets/sheet1.xml');
    expect(sheet).toMatch(/<sheetProtection sheet="1" [^>]*algorithmName="SHA-512" hashValue="[A-Za-z0-9+/=]+" saltValue="[A-Za-z0-9+/=]+" spinCount="100000"/);
    expect(sheet).not.toContain('mk-123');
  });
});

describe('rendering into an existing workbook', () => {
  test('sheet names made unique, existing names kept and scoped to the new sheet, skipIfNameExists honoured, one selected tab', async () => {
    const first = await renderPlanToXlsx(PLAN);
    const second = await renderPlanToXlsx(PLAN, { base: first.bytes });
    expect(second.result).toEqual({
      sheetNames: { units: 'Danh mục đơn vị', scoring: 'Chấm điểm (2)' },
      keptNames: [],
      sheetScopedNames: ['DiemChamDiem'],
      skippedSheets: ['units'],
    });
    const data = await readXlsx(second.bytes);
    expect(data.sheets.map((s) => s.name)).toEqual(['Danh mục đơn vị', 'Chấm điểm', 'Chấm điểm (2)']);
    expect(data.sheets[1]?.cells).toEqual(data.sheets[2]?.cells);
    expect(data.sheets.flatMap((s) => s.tables.map((t) => t.name))).toEqual(['BangChamDiem', 'BangChamDiem_2']);
    expect(data.names).toEqual([
      { name: 'DanhMucDonVi', sheet: 'Danh mục đơn vị', ref: '$A$2:$A$4', scope: null },
      { name: 'DiemChamDiem', sheet: 'Chấm điểm', ref: '$C$4:$C$5', scope: null },
      { name: 'DiemChamDiem', sheet: 'Chấm điểm (2)', ref: '$C$4:$C$5', scope: 'Chấm điểm (2)' },
    ]);
    const workbookXml = await xml(second.bytes, 'xl/workbook.xml');
    // The kept workbook name stays; the new sheet gets its own copy, local to it (sheet index 2).
    expect(workbookXml).toContain('<definedName name="DiemChamDiem">&apos;Chấm điểm&apos;!$C$4:$C$5</definedName>');
    expect(workbookXml).toContain('<definedName name="DiemChamDiem" localSheetId="2">&apos;Chấm điểm (2)&apos;!$C$4:$C$5</definedName>');
    expect(workbookXml).toContain('<definedName name="_xlnm.Print_Titles" localSheetId="1">&apos;Chấm điểm&apos;!$3:$3</definedName>');
    expect(workbookXml).toContain('<definedName name="_xlnm.Print_Titles" localSheetId="2">&apos;Chấm điểm (2)&apos;!$3:$3</definedName>');
    expect(workbookXml).toContain('activeTab="2"');
    const sheets = [1, 2, 3].map((i) => xml(second.bytes, `xl/worksheets/sheet${i}.xml`));
    const selected = (await Promise.all(sheets)).map((s) => s.includes('tabSelected="1"'));
    expect(selected).toEqual([false, false, true]);
    // The base sheet keeps its validations, conditional format, table and protection.
    const baseSheet = await xml(second.bytes, 'xl/worksheets/sheet2.xml');
    for (const part of ['<dataValidations count="4">', '<conditionalFormatting sqref="A4:E5">', '<tableParts count="1">', '<sheetProtection sheet="1"']) {
      expect(baseSheet).toContain(part);
    }
    expect(baseSheet).not.toContain('collapsed="1"');
  });

  test('a name with ifExists "replace" points at the new sheet', async () => {
    const first = await renderPlanToXlsx(PLAN);
    const plan: WorkbookPlan = { sheets: [scoringSheet({ names: [{ name: 'DiemChamDiem', ref: '$C$4:$C$5', ifExists: 'replace' }] })] };
    const second = await renderPlanToXlsx(plan, { base: first.bytes });
    expect(second.result.keptNames).toEqual([]);
    expect(second.result.sheetScopedNames).toEqual([]);
    const names = (await readXlsx(second.bytes)).names;
    expect(names.filter((n) => n.name === 'DiemChamDiem')).toEqual([{ name: 'DiemChamDiem', sheet: 'Chấm điểm (2)', ref: '$C$4:$C$5', scope: null }]);
  });

  test('names ExcelJS cannot hold (constants, sheet scope) survive verbatim', async () => {
    const first = await renderPlanToXlsx({ sheets: [unitsSheet()] });
    const wbXml = await xml(first.bytes, 'xl/workbook.xml');
    const extra = '<definedName name="TyLe">0.5</definedName><definedName name="NamHoc" localSheetId="0">&apos;Danh mục đơn vị&apos;!$B$1</definedName>';
    const base = await rezip(first.bytes, { 'xl/workbook.xml': wbXml.replace('</definedNames>', `${extra}</definedNames>`) });
    const out = await renderPlanToXlsx({ sheets: [bare('notes', 'Ghi chú', { cells: [['x']] })] }, { base });
    const written = await xml(out.bytes, 'xl/workbook.xml');
    expect(written).toContain('<definedName name="TyLe">0.5</definedName>');
    expect(written).toContain('<definedName name="NamHoc" localSheetId="0">&apos;Danh mục đơn vị&apos;!$B$1</definedName>');
    expect((await readXlsx(out.bytes)).names).toEqual([
      { name: 'DanhMucDonVi', sheet: 'Danh mục đơn vị', ref: '$A$2:$A$4', scope: null },
      { name: 'TyLe', sheet: null, ref: '0.5', scope: null },
      { name: 'NamHoc', sheet: 'Danh mục đơn vị', ref: '$B$1', scope: 'Danh mục đơn vị' },
    ]);
  });

  test("plan cells use the base workbook's default font", async () => {
    const first = await renderPlanToXlsx({ sheets: [unitsSheet()] });
    const baseStyles = await xml(first.bytes, 'xl/styles.xml');
    const tnr = baseStyles.replace(/<font>[\s\S]*?<\/font>/, '<font><sz val="13"/><name val="Times New Roman"/><family val="1"/></font>');
    const base = await rezip(first.bytes, { 'xl/styles.xml': tnr });
    const plan = { sheets: [bare('t', 'Tiêu đề', { cells: [['Báo cáo', 'Ghi chú']], formats: [{ range: 'A1', format: { bold: true } }] })] };
    const out = await renderPlanToXlsx(plan, { base });
    const styles = await xml(out.bytes, 'xl/styles.xml');
    // ExcelJS always writes Calibri as font 0, so plan cells carry the base font explicitly.
    const fonts = /<fonts[^>]*>([\s\S]*?)<\/fonts>/.exec(styles)?.[1]?.match(/<font>[\s\S]*?<\/font>/g) ?? [];
    const fontOf = async (ref: string): Promise<string | undefined> => {
      const s = Number(new RegExp(`<c r="${ref}" s="(\\d+)"`).exec(await xml(out.bytes, 'xl/worksheets/sheet2.xml'))?.[1]);
      const xfs = /<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/.exec(styles)?.[1]?.match(/<xf [^>]*?(?:\/>|>[\s\S]*?<\/xf>)/g) ?? [];
      return fonts[Number(/fontId="(\d+)"/.exec(xfs[s] ?? '')?.[1])];
    };
    expect(await fontOf('A1')).toBe('<font><b/><family val="1"/><sz val="13"/><name val="Times New Roman"/></font>');
    expect(await fontOf('B1')).toBe('<font><family val="1"/><sz val="13"/><name val="Times New Roman"/></font>');
  });
});

describe('details of the written file', () => {
  test('text that looks like a formula is written as text', async () => {
    const out = await renderPlanToXlsx({ sheets: [bare('s', 'S', { cells: [['=HYPERLINK("http://evil","x")']] })] });
    expect(await xml(out.bytes, 'xl/worksheets/sheet1.xml')).not.toContain('<f>');
    expect((await readXlsx(out.bytes)).sheets[0]?.cells).toEqual([[{ value: '=HYPERLINK("http://evil","x")' }]]);
  });

  test('a list longer than 255 characters (or with commas) goes to a hidden list sheet behind a name', async () => {
    const long = Array.from({ length: 40 }, (_, i) => `Trường Trung học cơ sở số ${i + 1}`);
    const plan: WorkbookPlan = {
      sheets: [
        bare('s', 'Nhập liệu', {
          validations: [
            { range: 'A2:A50', rule: { kind: 'list', source: { items: long } }, style: 'stop' },
            { range: 'B2:B50', rule: { kind: 'list', source: { items: ['Có, đủ', 'Không'] } }, style: 'stop' },
          ],
        }),
      ],
    };
    const out = await renderPlanToXlsx(plan);
    const sheet = await xml(out.bytes, 'xl/worksheets/sheet1.xml');
    expect(sheet).toContain('sqref="A2:A50"><formula1>_ThiDua_DS1</formula1>');
    expect(sheet).toContain('sqref="B2:B50"><formula1>_ThiDua_DS2</formula1>');
    const data = await readXlsx(out.bytes);
    expect(data.sheets.map((s) => [s.name, s.state])).toEqual([
      ['Nhập liệu', 'visible'],
      ['ThiDua_DanhSach', 'hidden'],
    ]);
    expect(data.sheets[1]?.cells.map((r) => r[0]?.value)).toEqual(long);
    expect(data.sheets[1]?.cells.slice(0, 2).map((r) => r[1]?.value)).toEqual(['Có, đủ', 'Không']);
    expect(data.names).toEqual([
      { name: '_ThiDua_DS1', sheet: 'ThiDua_DanhSach', ref: '$A$1:$A$40', scope: null },
      { name: '_ThiDua_DS2', sheet: 'ThiDua_DanhSach', ref: '$B$1:$B$2', scope: null },
    ]);
  });

  test("a sheet name with an apostrophe is quoted correctly in names and print titles", async () => {
    const plan: WorkbookPlan = {
      sheets: [bare('s', "Trường O'Neil", { cells: [['Tên'], ['A']], names: [{ name: 'TenTruong', ref: 'A2' }], print: { orientation: 'portrait', paperSize: 'A4', printTitleRows: '1:1' } })],
    };
    const out = await renderPlanToXlsx(plan);
    const wbXml = await xml(out.bytes, 'xl/workbook.xml');
    expect(wbXml).toContain('<definedName name="TenTruong">&apos;Trường O&apos;&apos;Neil&apos;!$A$2</definedName>');
    expect(wbXml).toContain('<definedName name="_xlnm.Print_Titles" localSheetId="0">&apos;Trường O&apos;&apos;Neil&apos;!$1:$1</definedName>');
    expect((await readXlsx(out.bytes)).names).toEqual([{ name: 'TenTruong', sheet: "Trường O'Neil", ref: '$A$2', scope: null }]);
  });

  test('table headers: empty and duplicate headers get names, and a header-only range gets one data row', async () => {
    const plan: WorkbookPlan = {
      sheets: [bare('s', 'S', { cells: [['Điểm', null, 'Điểm', 2021]], table: { name: 'Bảng điểm', range: 'A1:D1', style: 'TableStyleLight9' } })],
    };
    const out = await renderPlanToXlsx(plan);
    const table = await xml(out.bytes, 'xl/tables/table1.xml');
    expect(table).toContain('name="Bảng_điểm" displayName="Bảng_điểm" ref="A1:D2"');
    expect([...table.matchAll(/<tableColumn id="\d+" name="([^"]*)"/g)].map((m) => m[1])).toEqual(['Điểm', 'Cột 2', 'Điểm2', '2021']);
    expect((await readXlsx(out.bytes)).sheets[0]?.cells[0]?.map((c) => c.value)).toEqual(['Điểm', 'Cột 2', 'Điểm2', '2021']);
  });

  test('rows of an outline group are written even when they hold no value', async () => {
    const out = await renderPlanToXlsx({ sheets: [bare('s', 'S', { cells: [['Nhóm']], outline: { rowGroups: [{ from: 2, to: 3 }, { from: 3, to: 3 }] } })] });
    const sheet = await xml(out.bytes, 'xl/worksheets/sheet1.xml');
    expect(sheet).toMatch(/<row r="2"[^>]*outlineLevel="1"/);
    expect(sheet).toMatch(/<row r="3"[^>]*outlineLevel="2"/);
    expect(sheet).toContain('outlineLevelRow="2"');
  });

  test.each<[string, Partial<SheetPlan>, RegExp]>([
    ['a bad range', { formats: [{ range: 'A0:B2', format: { bold: true } }] }, /invalid range "A0:B2"/],
    ['a bad colour', { formats: [{ range: 'A1', format: { fill: 'red' } }] }, /invalid colour "red"/],
    ['a bad defined name', { names: [{ name: '1Diem', ref: 'A1' }] }, /invalid defined name "1Diem"/],
    ['a name that is a cell reference', { names: [{ name: 'AB12', ref: 'A1' }] }, /invalid defined name "AB12"/],
    ['an impossible date', { cells: [[{ date: '2021-02-30' }]] }, /invalid date "2021-02-30" \(sheet "s", A1\)/],
    ['an empty formula', { cells: [[null, { formula: '=' }]] }, /empty formula \(sheet "s", B1\)/],
  ])('%s is a plan error', async (_what, overrides, message) => {
    const err = await thrown(() => renderPlanToXlsx({ sheets: [bare('s', 'S', overrides)] }));
    expect(err).toBeInstanceOf(XlsxPlanError);
    expect((err as Error).message).toMatch(message);
  });

  test('a plan with no sheet (and no base) is a plan error', async () => {
    const err = await thrown(() => renderPlanToXlsx({ sheets: [] }));
    expect(err).toBeInstanceOf(XlsxPlanError);
    expect((err as Error).message).toBe('Sổ tính sẽ không có trang nào / the workbook would have no sheet');
  });
});

describe('uniqueSheetName', () => {
  test.each<[string, string[], string]>([
    ['Chấm điểm', [], 'Chấm điểm'],
    ['Chấm điểm', ['Chấm điểm'], 'Chấm điểm (2)'],
    ['Chấm điểm', ['CHẤM ĐIỂM', 'chấm điểm (2)'], 'Chấm điểm (3)'],
    ['Cha\u0302\u0301m điểm', ['Chấm điểm'], 'Chấm điểm (2)'], // decomposed input is the same name
    ['Tháng 1/2021: [tổng]*?', [], 'Tháng 1-2021- -tổng---'],
    ['Bảng tổng hợp kết quả chấm điểm thi đua năm học 2020-2021', [], 'Bảng tổng hợp kết quả chấm điểm'],
    ['Bảng tổng hợp kết quả chấm điểm thi đua', ['Bảng tổng hợp kết quả chấm điểm'], 'Bảng tổng hợp kết quả chấm (2)'],
    ["'Trích dẫn'", [], 'Trích dẫn'],
    ['History', [], 'History (2)'],
    ['  ', [], 'Trang tính'],
  ])('%s with %j taken → %s', (desired, taken, expected) => {
    const name = uniqueSheetName(desired, taken);
    expect(name).toBe(expected);
    expect(name.length).toBeLessThanOrEqual(31);
  });
});

describe('uniqueTableName', () => {
  test.each<[string, string[], string]>([
    ['BangChamDiem', [], 'BangChamDiem'],
    ['BangChamDiem', ['bangchamdiem'], 'BangChamDiem_2'],
    ['Bảng chấm điểm', [], 'Bảng_chấm_điểm'],
    ['2021 Điểm', [], '_2021_Điểm'],
    ['A1', [], 'A1_'],
    ['DanhMucDonVi', ['danhmucdonvi', 'danhmucdonvi_2'], 'DanhMucDonVi_3'],
  ])('%s with %j taken → %s', (desired, taken, expected) => {
    expect(uniqueTableName(desired, new Set(taken))).toBe(expected);
  });
});
