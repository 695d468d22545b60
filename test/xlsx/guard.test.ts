// eslint-disable-next-line no-restricted-imports -- fixtures are written by ExcelJS itself, the library this adapter wraps
import ExcelJS from 'exceljs';
import { guardXlsx, readXlsx, renderPlanToXlsx, XlsxInputError, type XlsxInputErrorCode } from '../../src/xlsx';
import { buildZip, minimalXlsx, rezip, thrown, unitsSheet } from './helpers';

async function rejection(bytes: Uint8Array, limits = {}): Promise<{ code: XlsxInputErrorCode; message: string; ms: number }> {
  const t0 = Date.now();
  const err = await thrown(() => readXlsx(bytes, limits));
  const ms = Date.now() - t0;
  if (!(err instanceof XlsxInputError)) throw err;
  return { code: err.code, message: err.message, ms };
}

async function smallWorkbook(cells = 10): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Dữ liệu');
  for (let i = 1; i <= cells; i++) ws.getCell(i, 1).value = i;
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

const ZEROS_20MB = new Uint8Array(20 * 1024 * 1024);

describe('files that are not .xlsx', () => {
  test.each<[string, Uint8Array, RegExp]>([
    ['an empty file', new Uint8Array(0), /^Tệp không phải sổ tính Excel \(\.xlsx\): tệp rỗng/],
    ['a CSV text file', new TextEncoder().encode('Đơn vị,Điểm\nTrường A,8\n'), /^Tệp không phải sổ tính Excel \(\.xlsx\): nội dung không phải gói zip/],
    [
      'an Excel 97-2003 (OLE) file',
      new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array<number>(504).fill(0)]),
      /^Đây là tệp Excel 97–2003 \(\.xls\) hoặc tệp \.xlsx có đặt mật khẩu mở/,
    ],
    ['an HTML page saved as .xls', new TextEncoder().encode('<html><body><table><tr><td>1</td></tr></table></body></html>'), /đây là trang HTML/],
    ['a Word document', buildZip([{ name: '[Content_Types].xml', data: '<Types/>' }, { name: 'word/document.xml', data: '<w:document/>' }]), /đây là tài liệu Word \(\.docx\)/],
    ['an OpenDocument spreadsheet', buildZip([{ name: 'mimetype', data: 'application/vnd.oasis.opendocument.spreadsheet', method: 0 }, { name: 'content.xml', data: '<x/>' }]), /đây là tệp OpenDocument \(\.ods\)/],
    ['a plain zip', buildZip([{ name: 'notes.txt', data: 'hello' }]), /gói zip không có xl\/workbook\.xml/],
  ])('%s → not-xlsx', async (_what, bytes, message) => {
    const r = await rejection(bytes);
    expect(r.code).toBe('not-xlsx');
    expect(r.message).toMatch(message);
    expect(r.message).toContain(' / '); // Vietnamese first, then English
  });
});

describe('zip bombs are refused before inflating', () => {
  test('an entry whose declared ratio is too high', async () => {
    const withBomb = buildZip([
      { name: 'xl/workbook.xml', data: '<workbook><sheets><sheet name="A" sheetId="1"/></sheets></workbook>' },
      { name: 'xl/worksheets/sheet1.xml', data: ZEROS_20MB },
    ]);
    const r = await rejection(withBomb);
    expect(r).toMatchObject({ code: 'zip-bomb' });
    expect(r.message).toMatch(/mục "xl\/worksheets\/sheet1\.xml" bung ra 20,0 MB/);
    expect(r.ms).toBeLessThan(1000);
  });

  test('an entry that lies about its size is stopped at the declared size', async () => {
    const liar = buildZip([
      { name: 'xl/workbook.xml', data: '<workbook><sheets><sheet name="A" sheetId="1"/></sheets></workbook>' },
      { name: 'xl/media/image1.png', data: ZEROS_20MB, declaredSize: 1000 },
    ]);
    const r = await rejection(liar);
    expect(r.code).toBe('zip-bomb');
    expect(r.message).toContain('bung ra nhiều hơn kích thước khai báo (1000 byte)');
    expect(r.ms).toBeLessThan(1000);
  });

  test('too many entries', async () => {
    const entries = [{ name: 'xl/workbook.xml', data: '<workbook/>' }, ...Array.from({ length: 10_001 }, (_, i) => ({ name: `xl/media/f${i}.bin`, data: 'x', method: 0 as const }))];
    const r = await rejection(buildZip(entries));
    expect(r.code).toBe('zip-bomb');
    expect(r.message).toContain('10002 mục trong gói (giới hạn 10000)');
    expect(r.ms).toBeLessThan(1000);
  });
});

describe('size limits', () => {
  test('the file itself', async () => {
    const r = await rejection(await smallWorkbook(), { maxFileBytes: 1000 });
    expect(r.code).toBe('too-large');
    expect(r.message).toMatch(/^Tệp quá lớn: /);
  });

  test('the content once uncompressed', async () => {
    const r = await rejection(await smallWorkbook(), { maxUncompressedBytes: 5000 });
    expect(r.code).toBe('too-large');
    expect(r.message).toMatch(/^Nội dung tệp quá lớn: /);
  });
});

describe('too many cells', () => {
  test('cell elements over the limit', async () => {
    const r = await rejection(await smallWorkbook(2000), { maxCells: 1000 });
    expect(r.code).toBe('too-many-cells');
    expect(r.message).toMatch(/^Sổ tính quá lớn để xử lý: khoảng [\d.]+ ô \(giới hạn 1\.000\)/);
  });

  test.each([
    ['a merge over the whole sheet', minimalXlsx('<sheetData/><mergeCells count="1"><mergeCell ref="A1:XFD1048576"/></mergeCells>')],
    ['a defined name over the whole sheet', minimalXlsx('<sheetData/>', '<definedNames><definedName name="All">Sheet1!$A$1:$XFD$1048576</definedName></definedNames>')],
    ['a data validation over the whole sheet, for a base workbook', minimalXlsx('<sheetData/><dataValidations count="1"><dataValidation type="whole" sqref="A1:XFD1048576"><formula1>0</formula1></dataValidation></dataValidations>')],
  ])('%s (ExcelJS would expand it cell by cell)', async (_what, bytes) => {
    const t0 = Date.now();
    const err = await thrown(() => renderPlanToXlsx({ sheets: [unitsSheet()] }, { base: bytes }));
    expect(err).toBeInstanceOf(XlsxInputError);
    expect((err as XlsxInputError).code).toBe('too-many-cells');
    expect(Date.now() - t0).toBeLessThan(1000);
  });

  test('counting is exact across inflate chunks', async () => {
    const rows = Array.from({ length: 3000 }, (_, r) => `<row r="${r + 1}">${Array.from({ length: 10 }, (_, c) => `<c r="${String.fromCharCode(65 + c)}${r + 1}"><v>${r}</v></c>`).join('')}</row>`);
    const bytes = minimalXlsx(`<sheetData>${rows.join('')}</sheetData>`);
    const report = await guardXlsx(bytes, { maxCells: 33_000 });
    expect([report.cellElements, report.workload]).toEqual([30_000, 33_000]);
    expect((await thrown(() => guardXlsx(bytes, { maxCells: 32_999 })) as XlsxInputError).code).toBe('too-many-cells');
  });

  test('a read grid over the limit (two values far apart)', async () => {
    const bytes = minimalXlsx('<sheetData><row r="1"><c r="A1"><v>1</v></c></row><row r="1048576"><c r="XFD1048576"><v>2</v></c></row></sheetData>');
    const r = await rejection(bytes);
    expect(r.code).toBe('too-many-cells');
    expect(r.ms).toBeLessThan(1000);
  });

  test('row elements count too', async () => {
    const r = await rejection(minimalXlsx(`<sheetData>${'<row r="7"/>'.repeat(50)}</sheetData>`), { maxCells: 40 });
    expect(r.code).toBe('too-many-cells');
  });

  test('a whole-sheet data validation does not block reading (validations are not read)', async () => {
    const withDv = minimalXlsx(
      '<sheetData><row r="1"><c r="A1"><v>5</v></c></row></sheetData><dataValidations count="1"><dataValidation type="whole" sqref="A1:XFD1048576"><formula1>0</formula1></dataValidation></dataValidations>',
    );
    const t0 = Date.now();
    const data = await readXlsx(withDv);
    expect(data.sheets.map((s) => s.cells)).toEqual([[[{ value: 5 }]]]);
    expect(Date.now() - t0).toBeLessThan(1000);
  });
});

test('a Zip64 archive is read', async () => {
  const data = await readXlsx(minimalXlsx('<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Zip64</t></is></c></row></sheetData>', '', { zip64: true }));
  expect(data.sheets[0]?.cells).toEqual([[{ value: 'Zip64' }]]);
});

describe('damaged files', () => {
  test('a truncated zip', async () => {
    const good = await smallWorkbook();
    const r = await rejection(good.subarray(0, Math.floor(good.length / 2)));
    expect(r.code).toBe('corrupt');
    expect(r.message).toMatch(/^Tệp \.xlsx bị hỏng hoặc không đọc được \(gói zip hỏng: end of central directory not found\)/);
  });

  test('garbage instead of deflated data', async () => {
    const bytes = buildZip([
      { name: 'xl/workbook.xml', data: '<workbook/>' },
      { name: 'xl/worksheets/sheet1.xml', data: 'x'.repeat(100), rawData: new Uint8Array([0xff, 0xff, 0xff, 0xff, 0x00, 0x13]) },
    ]);
    expect((await rejection(bytes)).code).toBe('corrupt');
  });

  test('an XML entity declaration (billion laughs)', async () => {
    const laughs = await rezip(minimalXlsx('<sheetData/>'), {
      'xl/worksheets/sheet1.xml': '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;">]><worksheet><sheetData/></worksheet>',
    });
    const r = await rejection(laughs);
    expect(r.code).toBe('corrupt');
    expect(r.message).toContain('DOCTYPE/ENTITY');
  });

  test('XML the parser cannot read', async () => {
    const broken = await rezip(await smallWorkbook(), { 'xl/worksheets/sheet1.xml': '<worksheet><sheetData><row r="1"><c r="A1"><v>1</v></row>' });
    const r = await rejection(broken);
    expect(r.code).toBe('corrupt');
    expect(r.message).toContain('không phân tích được nội dung');
  });

  test('a stored entry whose sizes disagree', async () => {
    const bytes = buildZip([{ name: 'xl/workbook.xml', data: '<workbook/>', method: 0, declaredSize: 5 }]);
    expect((await rejection(bytes)).code).toBe('corrupt');
  });
});
