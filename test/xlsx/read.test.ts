// eslint-disable-next-line no-restricted-imports -- fixtures are written by ExcelJS itself, the library this adapter wraps
import ExcelJS from 'exceljs';
import { readXlsx, type ReadCell } from '../../src/xlsx';
import { minimalXlsx, rezip, xml } from './helpers';

async function bytesOf(wb: ExcelJS.Workbook): Promise<Uint8Array> {
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

describe('shared formulas come back one formula per cell', () => {
  test('a column filled by ExcelJS with a shared formula', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Điểm');
    ws.getCell('B1').value = 2;
    for (let r = 2; r <= 5; r++) ws.getCell(r, 1).value = r;
    ws.fillFormula('C2:C5', 'A2*$B$1+SUM($A$2:A2)&IF(A2>0,"A2","")');
    const bytes = await bytesOf(wb);
    // The file really holds one master formula and shared references.
    const sheet = await xml(bytes, 'xl/worksheets/sheet1.xml');
    expect(sheet).toContain('t="shared" ref="C2:C5" si="0"');
    expect(sheet).toContain('<c r="C3"><f t="shared" si="0"/></c>');

    const data = await readXlsx(bytes);
    const formulas = data.sheets[0]?.cells.slice(1).map((row) => row[2]?.formula);
    expect(formulas).toEqual([
      'A2*$B$1+SUM($A$2:A2)&IF(A2>0,"A2","")',
      'A3*$B$1+SUM($A$2:A3)&IF(A3>0,"A2","")',
      'A4*$B$1+SUM($A$2:A4)&IF(A4>0,"A2","")',
      'A5*$B$1+SUM($A$2:A5)&IF(A5>0,"A2","")',
    ]);
  });

  test('a hand-written sheet sharing a formula across a row', async () => {
    const bytes = minimalXlsx(
      '<sheetData><row r="1"><c r="A1"><v>1</v></c><c r="B1"><v>2</v></c><c r="C1"><v>3</v></c></row>' +
        '<row r="2"><c r="A2"><f t="shared" ref="A2:C2" si="0">A1*10</f><v>10</v></c><c r="B2"><f t="shared" si="0"/><v>20</v></c><c r="C2"><f t="shared" si="0"/><v>30</v></c></row></sheetData>',
    );
    const data = await readXlsx(bytes);
    expect(data.sheets[0]?.cells[1]).toEqual([
      { value: 10, formula: 'A1*10' },
      { value: 20, formula: 'B1*10' },
      { value: 30, formula: 'C1*10' },
    ]);
  });
});

describe('values', () => {
  test('cached formula results keep 0 and FALSE (cell.result, not cell.value.result)', async () => {
    const bytes = minimalXlsx(
      '<sheetData><row r="1">' +
        '<c r="A1"><f>B1*0</f><v>0</v></c>' +
        '<c r="B1" t="b"><f>1=2</f><v>0</v></c>' +
        '<c r="C1" t="str"><f>""&amp;""</f><v></v></c>' +
        '<c r="D1" t="e"><f>1/0</f><v>#DIV/0!</v></c>' +
        '<c r="E1"><f>_xlfn.IFS(A1=0,1)</f></c>' +
        '</row></sheetData>',
    );
    const data = await readXlsx(bytes);
    expect(data.sheets[0]?.cells[0]).toEqual([
      { value: 0, formula: 'B1*0' },
      { value: false, formula: '1=2' },
      // ExcelJS 4.4 drops an empty cached string while parsing: it reads as "no cached result".
      { value: null, formula: '""&""' },
      { value: null, error: '#DIV/0!', formula: '1/0' },
      { value: null, formula: 'IFS(A1=0,1)' },
    ]);
  });

  test('formula-looking text stays text and is never turned into a formula', async () => {
    const bytes = minimalXlsx(
      '<sheetData><row r="1">' +
        '<c r="A1" t="inlineStr"><is><t>=HYPERLINK("http://evil","x")</t></is></c>' +
        '<c r="B1" t="inlineStr"><is><t>+1+1</t></is></c>' +
        '</row></sheetData>',
    );
    const data = await readXlsx(bytes);
    expect(data.sheets[0]?.cells[0]).toEqual([{ value: '=HYPERLINK("http://evil","x")' }, { value: '+1+1' }]);
  });

  test('dates, rich text, hyperlinks, errors, booleans and notes', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Tổng hợp');
    ws.getCell('A1').value = new Date(Date.UTC(2021, 4, 31));
    ws.getCell('A1').numFmt = 'dd/mm/yyyy';
    ws.getCell('B1').value = new Date(Date.UTC(2021, 4, 31, 14, 30, 0));
    ws.getCell('B1').numFmt = 'dd/mm/yyyy hh:mm';
    ws.getCell('C1').value = { richText: [{ text: 'Phòng ' }, { text: 'GD&ĐT', font: { bold: true } }] };
    ws.getCell('D1').value = { text: 'Cổng thông tin', hyperlink: 'https://example.vn/' };
    ws.getCell('E1').value = { error: '#N/A' };
    ws.getCell('F1').value = true;
    ws.getCell('G1').value = 'Có ghi chú';
    ws.getCell('G1').note = 'Số liệu tạm tính';
    const data = await readXlsx(await bytesOf(wb));
    const expected: ReadCell[] = [
      { value: '2021-05-31', date: true },
      { value: '2021-05-31T14:30:00', date: true },
      { value: 'Phòng GD&ĐT' },
      { value: 'Cổng thông tin', hyperlink: 'https://example.vn/' },
      { value: null, error: '#N/A' },
      { value: true },
      { value: 'Có ghi chú', note: 'Số liệu tạm tính' },
    ];
    expect(data.sheets[0]?.cells[0]).toEqual(expected);
  });

  test('the grid runs from A1 to the last cell holding something; merged cells read empty except the top-left', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Báo cáo');
    ws.getCell('B2').value = 'Tiêu đề';
    ws.mergeCells('B2:D2');
    ws.getCell('C4').value = 7;
    ws.getCell('F10').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFF0000' } }; // styled only: not "used"
    const sheet = (await readXlsx(await bytesOf(wb))).sheets[0];
    expect(sheet?.rowCount).toBe(4);
    expect(sheet?.columnCount).toBe(3);
    expect(sheet?.cells.map((row) => row.map((c) => c.value))).toEqual([
      [null, null, null],
      [null, 'Tiêu đề', null],
      [null, null, null],
      [null, null, 7],
    ]);
    expect(sheet?.merges).toEqual(['B2:D2']);
  });
});

describe('sheets and names', () => {
  test('sheet states, tables and defined names with scope and Vietnamese sheet names', async () => {
    const wb = new ExcelJS.Workbook();
    const units = wb.addWorksheet('Danh mục đơn vị');
    units.addTable({ name: 'BangDonVi', ref: 'A1', columns: [{ name: 'Đơn vị' }], rows: [['Trường A'], ['Trường B']] });
    wb.addWorksheet('Ẩn', { state: 'hidden' });
    const base = await bytesOf(wb);
    const workbookXml = await xml(base, 'xl/workbook.xml');
    const names =
      '<definedNames>' +
      "<definedName name=\"DanhMucDonVi\">'Danh mục đơn vị'!$A$2:$A$3</definedName>" +
      '<definedName name="TyLe">0.5</definedName>' +
      "<definedName name=\"NamHoc\" localSheetId=\"1\">'Ẩn'!$B$2</definedName>" +
      "<definedName name=\"_xlnm.Print_Titles\" localSheetId=\"0\">'Danh mục đơn vị'!$1:$1</definedName>" +
      '</definedNames>';
    const bytes = await rezip(base, { 'xl/workbook.xml': workbookXml.replace(/<definedNames>[\s\S]*?<\/definedNames>|(?=<calcPr)/, names) });
    const data = await readXlsx(bytes);
    expect(data.sheets.map((s) => [s.name, s.state])).toEqual([
      ['Danh mục đơn vị', 'visible'],
      ['Ẩn', 'hidden'],
    ]);
    expect(data.sheets[0]?.tables).toEqual([{ name: 'BangDonVi', ref: 'A1:A3' }]);
    expect(data.names).toEqual([
      { name: 'DanhMucDonVi', sheet: 'Danh mục đơn vị', ref: '$A$2:$A$3', scope: null },
      { name: 'TyLe', sheet: null, ref: '0.5', scope: null },
      { name: 'NamHoc', sheet: 'Ẩn', ref: '$B$2', scope: 'Ẩn' },
    ]);
  });
});
