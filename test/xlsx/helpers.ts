/** Test helpers for the file adapter: a tiny zip writer (for hostile files), XML access and sample plans. */
import { deflateRawSync } from 'zlib';
import type { SheetPlan } from '../../src/plan/types';
import { readEntryBytes, readEntryText, readZipDirectory } from '../../src/xlsx';

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

function crc32(data: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of data) c = (CRC_TABLE[(c ^ b) & 0xff] as number) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

export interface ZipInput {
  readonly name: string;
  readonly data: Uint8Array | string;
  /** 8 (deflate, default) or 0 (stored). */
  readonly method?: 0 | 8;
  /** Lie about the uncompressed size in the headers. */
  readonly declaredSize?: number;
  /** Replace the compressed bytes (e.g. with garbage). */
  readonly rawData?: Uint8Array;
}

/** Builds a zip archive by hand, so tests can make archives no zip library would write. */
export function buildZip(entries: readonly ZipInput[], options: { readonly zip64?: boolean } = {}): Uint8Array {
  const enc = new TextEncoder();
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(enc.encode(e.name));
    const data = typeof e.data === 'string' ? enc.encode(e.data) : e.data;
    const method = e.method ?? 8;
    const body = e.rawData ?? (method === 8 ? deflateRawSync(data) : data);
    const size = e.declaredSize ?? data.length;
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    locals.push(local, name, Buffer.from(body));
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(method, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(body.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    centrals.push(central, name);
    offset += 30 + name.length + body.length;
  }
  const cd = Buffer.concat(centrals);
  const eocd = Buffer.alloc(22);
  eocd.writeUInt32LE(0x06054b50, 0);
  if (!options.zip64) {
    eocd.writeUInt16LE(Math.min(entries.length, 0xffff), 8);
    eocd.writeUInt16LE(Math.min(entries.length, 0xffff), 10);
    eocd.writeUInt32LE(cd.length, 12);
    eocd.writeUInt32LE(offset, 16);
    return new Uint8Array(Buffer.concat([...locals, cd, eocd]));
  }
  // Zip64: the classic record holds only "see Zip64" markers.
  eocd.writeUInt16LE(0xffff, 8);
  eocd.writeUInt16LE(0xffff, 10);
  eocd.writeUInt32LE(0xffffffff, 12);
  eocd.writeUInt32LE(0xffffffff, 16);
  const rec = Buffer.alloc(56);
  rec.writeUInt32LE(0x06064b50, 0);
  rec.writeBigUInt64LE(44n, 4);
  rec.writeUInt16LE(45, 12);
  rec.writeUInt16LE(45, 14);
  rec.writeBigUInt64LE(BigInt(entries.length), 24);
  rec.writeBigUInt64LE(BigInt(entries.length), 32);
  rec.writeBigUInt64LE(BigInt(cd.length), 40);
  rec.writeBigUInt64LE(BigInt(offset), 48);
  const locator = Buffer.alloc(20);
  locator.writeUInt32LE(0x07064b50, 0);
  locator.writeBigUInt64LE(BigInt(offset + cd.length), 8);
  locator.writeUInt32LE(1, 16);
  return new Uint8Array(Buffer.concat([...locals, cd, rec, locator, eocd]));
}

/** Every entry of an archive, inflated. */
export async function unzipAll(bytes: Uint8Array): Promise<Map<string, Uint8Array>> {
  const out = new Map<string, Uint8Array>();
  for (const e of readZipDirectory(bytes)) out.set(e.name, await readEntryBytes(bytes, e));
  return out;
}

/** The same archive with some entries replaced (string → new text) or removed (null). */
export async function rezip(bytes: Uint8Array, changes: Readonly<Record<string, string | null>>): Promise<Uint8Array> {
  const files = await unzipAll(bytes);
  const entries: ZipInput[] = [];
  for (const [name, data] of files) {
    const change = changes[name];
    if (change === null) continue;
    entries.push({ name, data: change ?? data });
  }
  for (const [name, change] of Object.entries(changes)) {
    if (change !== null && !files.has(name)) entries.push({ name, data: change });
  }
  return buildZip(entries);
}

export async function xml(bytes: Uint8Array, name: string): Promise<string> {
  const text = await readEntryText(bytes, name);
  if (text === undefined) throw new Error(`no ${name} in the archive`);
  return text;
}

/** All worksheet XML of an archive, concatenated. */
export async function allSheetXml(bytes: Uint8Array): Promise<string> {
  const names = readZipDirectory(bytes)
    .map((e) => e.name)
    .filter((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n))
    .sort();
  const parts: string[] = [];
  for (const n of names) parts.push(await xml(bytes, n));
  return parts.join('\n');
}

/** A minimal .xlsx package around one worksheet XML body (for hand-made hostile sheets). */
export function minimalXlsx(sheetXml: string, workbookExtra = '', options: { readonly zip64?: boolean } = {}): Uint8Array {
  return buildZip([
    {
      name: '[Content_Types].xml',
      data:
        '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
        '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
    },
    {
      name: '_rels/.rels',
      data: '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
    },
    {
      name: 'xl/workbook.xml',
      data: `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets>${workbookExtra}</workbook>`,
    },
    {
      name: 'xl/_rels/workbook.xml.rels',
      data: '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
    },
    {
      name: 'xl/worksheets/sheet1.xml',
      data: `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${sheetXml}</worksheet>`,
    },
  ], options);
}

/** A small sheet plan exercising every feature the renderer writes. */
export function scoringSheet(overrides: Partial<SheetPlan> = {}): SheetPlan {
  return {
    key: 'scoring',
    name: 'Chấm điểm',
    cells: [
      ['Bảng chấm điểm thi đua'],
      [],
      ['STT', 'Đơn vị', 'Điểm\n(tối đa 10)', 'Xếp loại', 'Ngày nộp'],
      [1, 'Trường A', 8.5, { formula: 'IFS(C4>=8,"Tốt",C4>=5,"Đạt",TRUE,"Chưa đạt")' }, { date: '2021-05-31' }],
      [2, 'Trường B', 0, { formula: 'IF(C5>=8,"Tốt","Chưa đạt")' }, null],
      [null, 'Tổng', { formula: 'SUM(C4:C5)' }, { formula: 'RANK.EQ(C4,C4:C5)' }, true],
    ],
    columns: [{ width: 6 }, { width: 30, wrap: true }, { width: 10 }, { width: 12 }, { width: 12, hidden: true }],
    formats: [
      { range: 'A3:E3', format: { bold: true, fill: '#DDEBF7', border: true, horizontal: 'center', vertical: 'center', wrap: true } },
      { range: 'C4:C5', format: { numberFormat: '0.0' } },
    ],
    table: { name: 'BangChamDiem', range: 'A3:E5', style: 'TableStyleMedium2' },
    freeze: { rows: 3, columns: 2 },
    validations: [
      {
        range: 'B4:B5',
        rule: { kind: 'list', source: { name: 'DanhMucDonVi' } },
        style: 'warning',
        errorTitle: 'Không có trong danh mục',
        errorMessage: 'Hãy chọn đơn vị trong danh mục.',
        prompt: 'Chọn đơn vị',
      },
      { range: 'C4:C5', rule: { kind: 'decimal', min: 0, max: 10 }, style: 'stop' },
      { range: 'D4:D5', rule: { kind: 'list', source: { items: ['Tốt', 'Đạt', 'Chưa đạt'] } }, style: 'information' },
      { range: '$A$4:$A$5', rule: { kind: 'custom', formula: 'ISNUMBER(A4)' }, style: 'stop' },
    ],
    conditionalFormats: [{ range: 'A4:E5', formula: '$C4<5', format: { fill: '#FFC7CE', fontColor: '#9C0006', bold: true }, purpose: 'Điểm thấp' }],
    names: [{ name: 'DiemChamDiem', ref: '$C$4:$C$5' }],
    print: { orientation: 'landscape', paperSize: 'A4', printTitleRows: '$3:$3', fitToWidth: true },
    outline: { rowGroups: [{ from: 4, to: 5 }] },
    protection: { unlocked: ['C4:C5'] },
    activate: true,
    ...overrides,
  };
}

export function unitsSheet(overrides: Partial<SheetPlan> = {}): SheetPlan {
  return {
    key: 'units',
    name: 'Danh mục đơn vị',
    cells: [['Đơn vị'], ['Trường A'], ['Trường B'], ['Phòng GD&ĐT']],
    columns: [{ width: 30 }],
    formats: [],
    validations: [],
    conditionalFormats: [],
    names: [{ name: 'DanhMucDonVi', ref: '$A$2:$A$4' }],
    skipIfNameExists: 'DanhMucDonVi',
    ...overrides,
  };
}

/** Runs `fn`, returning what it threw (or fails the test when it did not throw). */
export async function thrown(fn: () => Promise<unknown>): Promise<unknown> {
  try {
    await fn();
  } catch (err) {
    return err;
  }
  throw new Error('expected an error');
}
