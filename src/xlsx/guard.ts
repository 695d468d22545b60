/**
 * Checks an input file before ExcelJS touches it: is it an .xlsx at all, is it
 * a zip bomb, would parsing it create an unreasonable number of cells. Every
 * check is linear in bounded input, so a hostile file fails fast, never hangs.
 *
 * Order: size and signature → central directory (declared sizes, ratios,
 * entry count) → every entry inflated in chunks, stopping as soon as it
 * exceeds its declared size → worksheet XML scanned for cells, rows, merged
 * and validated areas; xl/workbook.xml for defined-name areas.
 */
import { referenceArea } from './address';
import type { ReadLimits } from './types';
import { absoluteRangeArea, parseWorkbookXml } from './workbook-xml';
import { ZipFormatError, ZipSizeError, inflateEntry, readZipDirectory, type ZipEntry } from './zip';

export type XlsxInputErrorCode = 'not-xlsx' | 'too-large' | 'zip-bomb' | 'too-many-cells' | 'corrupt';

/** A file we refuse to read; `message` is Vietnamese first, then English. */
export class XlsxInputError extends Error {
  /** The underlying failure, when there is one (a zip or parser error). */
  readonly cause: unknown;

  constructor(
    readonly code: XlsxInputErrorCode,
    message: string,
    options?: { readonly cause?: unknown },
  ) {
    super(message);
    this.name = 'XlsxInputError';
    this.cause = options?.cause;
  }
}

export const DEFAULT_READ_LIMITS: ReadLimits = {
  maxFileBytes: 50 * 1024 * 1024,
  maxUncompressedBytes: 200 * 1024 * 1024,
  maxEntries: 10_000,
  maxRatio: 200,
  ratioMinBytes: 1024 * 1024,
  maxCells: 2_000_000,
};

export interface GuardOptions {
  /** Count data-validation areas (ExcelJS expands them per cell unless told to skip them). Default true. */
  readonly countValidations?: boolean;
}

export interface GuardReport {
  readonly entries: readonly ZipEntry[];
  /** xl/workbook.xml as text. */
  readonly workbookXml: string;
  /** <c> elements in all worksheets. */
  readonly cellElements: number;
  /** What the parser would create (see ReadLimits.maxCells). */
  readonly workload: number;
}

function mb(n: number): string {
  return `${(n / (1024 * 1024)).toFixed(1).replace('.', ',')} MB`;
}

const CORRUPT_HINT = 'Hãy mở bằng Excel và lưu lại. / Open it in Excel and save it again.';

function corrupt(detail: string, cause?: unknown): XlsxInputError {
  return new XlsxInputError('corrupt', `Tệp .xlsx bị hỏng hoặc không đọc được (${detail}). ${CORRUPT_HINT}`, { cause });
}

function notXlsx(whatItIs: string, english: string): XlsxInputError {
  return new XlsxInputError('not-xlsx', `Tệp không phải sổ tính Excel (.xlsx): ${whatItIs}. / Not an Excel workbook (.xlsx): ${english}.`);
}

function zipBomb(detail: string, english: string): XlsxInputError {
  return new XlsxInputError('zip-bomb', `Tệp có dấu hiệu “bom nén” (zip bomb), không mở: ${detail}. / The file looks like a zip bomb and was not opened: ${english}.`);
}

function tooManyCells(count: number, limit: number): XlsxInputError {
  return new XlsxInputError(
    'too-many-cells',
    `Sổ tính quá lớn để xử lý: khoảng ${count.toLocaleString('vi-VN')} ô (giới hạn ${limit.toLocaleString('vi-VN')}). Hãy xoá bớt dữ liệu thừa hoặc chia nhỏ tệp. / ` +
      `Workbook too large to process: about ${count} cells (limit ${limit}). Remove unused data or split the file.`,
  );
}

export function tooManyCellsError(count: number, limit: number): XlsxInputError {
  return tooManyCells(count, limit);
}

export function corruptError(detail: string, cause?: unknown): XlsxInputError {
  return corrupt(detail, cause);
}

function startsWith(b: Uint8Array, sig: readonly number[]): boolean {
  return sig.every((v, i) => b[i] === v);
}

const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ZIP_LOCAL = [0x50, 0x4b, 0x03, 0x04];
const ZIP_EMPTY = [0x50, 0x4b, 0x05, 0x06];

function checkSignature(b: Uint8Array): void {
  if (b.length === 0) throw notXlsx('tệp rỗng (0 byte)', 'the file is empty');
  if (startsWith(b, OLE)) {
    throw new XlsxInputError(
      'not-xlsx',
      'Đây là tệp Excel 97–2003 (.xls) hoặc tệp .xlsx có đặt mật khẩu mở. Hãy mở trong Excel, bỏ mật khẩu nếu có, rồi lưu lại dạng .xlsx. / ' +
        'This is an Excel 97–2003 (.xls) file or a password-protected .xlsx: open it in Excel, remove the password if any, and save it as .xlsx.',
    );
  }
  if (!startsWith(b, ZIP_LOCAL) && !startsWith(b, ZIP_EMPTY)) {
    const head = new TextDecoder('utf-8').decode(b.subarray(0, 256)).trimStart().toLowerCase();
    if (head.startsWith('<html') || head.startsWith('<!doctype html') || head.includes('<table')) {
      throw notXlsx('đây là trang HTML (thường do phần mềm “xuất Excel” tạo ra); hãy mở trong Excel và lưu lại dạng .xlsx', 'this is an HTML page (often made by an “export to Excel” feature); open it in Excel and save it as .xlsx');
    }
    throw notXlsx('nội dung không phải gói zip Office Open XML', 'the content is not an Office Open XML zip package');
  }
}

function checkPackage(entries: readonly ZipEntry[]): ZipEntry {
  const byName = new Map(entries.map((e) => [e.name.replace(/^\//, ''), e]));
  const workbook = byName.get('xl/workbook.xml');
  if (workbook) return workbook;
  if (byName.has('xl/workbook.bin')) throw notXlsx('đây là sổ tính nhị phân .xlsb; hãy lưu lại dạng .xlsx', 'this is a binary .xlsb workbook; save it as .xlsx');
  if (byName.has('word/document.xml')) throw notXlsx('đây là tài liệu Word (.docx)', 'this is a Word document (.docx)');
  if (byName.has('ppt/presentation.xml')) throw notXlsx('đây là bản trình chiếu PowerPoint (.pptx)', 'this is a PowerPoint presentation (.pptx)');
  if (byName.has('content.xml') && byName.has('mimetype')) {
    throw notXlsx('đây là tệp OpenDocument (.ods); hãy lưu lại dạng .xlsx', 'this is an OpenDocument file (.ods); save it as .xlsx');
  }
  throw notXlsx('gói zip không có xl/workbook.xml', 'the zip package has no xl/workbook.xml');
}

function checkDeclaredSizes(b: Uint8Array, entries: readonly ZipEntry[], limits: ReadLimits): void {
  if (entries.length > limits.maxEntries) {
    throw zipBomb(`${entries.length} mục trong gói (giới hạn ${limits.maxEntries})`, `${entries.length} entries (limit ${limits.maxEntries})`);
  }
  let total = 0;
  for (const e of entries) {
    total += e.uncompressedSize;
    if (e.uncompressedSize > limits.ratioMinBytes) {
      const ratio = e.compressedSize === 0 ? Infinity : e.uncompressedSize / e.compressedSize;
      if (ratio > limits.maxRatio) {
        const r = Number.isFinite(ratio) ? `${Math.round(ratio)}:1` : '∞';
        throw zipBomb(
          `mục "${e.name}" bung ra ${mb(e.uncompressedSize)} từ ${mb(e.compressedSize)} (tỉ lệ ${r}, giới hạn ${limits.maxRatio}:1)`,
          `entry "${e.name}" inflates to ${mb(e.uncompressedSize)} from ${mb(e.compressedSize)} (ratio ${r}, limit ${limits.maxRatio}:1)`,
        );
      }
    }
  }
  if (total > limits.maxUncompressedBytes) {
    if (total > b.length * limits.maxRatio) {
      throw zipBomb(`nội dung bung ra ${mb(total)} từ tệp ${mb(b.length)}`, `content inflates to ${mb(total)} from a ${mb(b.length)} file`);
    }
    throw new XlsxInputError(
      'too-large',
      `Nội dung tệp quá lớn: ${mb(total)} khi giải nén (giới hạn ${mb(limits.maxUncompressedBytes)}). / Content too large: ${mb(total)} uncompressed (limit ${mb(limits.maxUncompressedBytes)}).`,
    );
  }
}

const SCAN_TAG_RE = /<(?:[A-Za-z_][\w.-]*:)?(c|row|mergeCell|dataValidation|col)(?=[\s/>])((?:[^>"']|"[^"]*"|'[^']*')*)>|<!(?:DOCTYPE|ENTITY)/g;
const INTERESTING_START_RE = /^<(?:!|(?:[A-Za-z_][\w.-]*:)?(?:c|row|mergeCell|dataValidation|col)(?:[\s/>]|$))/;
const MAX_CARRY = 4 * 1024 * 1024;

function attr(attrs: string, name: string): string | undefined {
  const m = new RegExp(`(?:^|\\s)${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(attrs);
  return m ? (m[1] ?? m[2]) : undefined;
}

/** Counts, across chunk boundaries, what ExcelJS would create for one worksheet. */
class SheetScanner {
  cells = 0;
  work = 0;
  private carry = '';
  private readonly decoder = new TextDecoder('utf-8');

  constructor(
    private readonly entry: string,
    private readonly countValidations: boolean,
  ) {}

  push(chunk: Uint8Array, final = false): void {
    const text = this.carry + this.decoder.decode(chunk, { stream: !final });
    let lastEnd = 0;
    SCAN_TAG_RE.lastIndex = 0;
    for (let m = SCAN_TAG_RE.exec(text); m !== null; m = SCAN_TAG_RE.exec(text)) {
      lastEnd = m.index + m[0].length;
      const tag = m[1];
      if (tag === undefined) throw corrupt(`"${this.entry}" chứa khai báo DOCTYPE/ENTITY`);
      this.visit(tag, m[2] ?? '');
    }
    const lt = text.lastIndexOf('<');
    const pending = lt >= lastEnd && !final && (text.indexOf('>', lt) < 0 || INTERESTING_START_RE.test(text.slice(lt, lt + 40)));
    this.carry = pending ? text.slice(lt) : '';
    if (this.carry.length > MAX_CARRY) throw corrupt(`"${this.entry}" có thẻ XML dài bất thường`);
  }

  private visit(tag: string, attrs: string): void {
    switch (tag) {
      case 'c':
        this.cells++;
        this.work++;
        break;
      case 'row':
        this.work++;
        break;
      case 'mergeCell':
        this.work += referenceArea(attr(attrs, 'ref') ?? '');
        break;
      case 'dataValidation':
        if (this.countValidations) {
          for (const part of (attr(attrs, 'sqref') ?? '').split(/\s+/)) if (part) this.work += referenceArea(part);
        }
        break;
      case 'col': {
        const min = Number(attr(attrs, 'min') ?? '0');
        const max = Number(attr(attrs, 'max') ?? '0');
        if (Number.isFinite(min) && Number.isFinite(max) && max >= min) this.work += Math.min(max - min + 1, 16_384);
        break;
      }
    }
  }
}

function isWorksheetPart(name: string): boolean {
  return /^\/?xl\/worksheets\/[^/]+\.xml$/i.test(name);
}

/**
 * Throws XlsxInputError unless `bytes` is an .xlsx package within `limits`.
 * Returns what the checks learned (entries, workbook XML, counts).
 */
export async function guardXlsx(bytes: Uint8Array, limits: Partial<ReadLimits> = {}, options: GuardOptions = {}): Promise<GuardReport> {
  const lim: ReadLimits = { ...DEFAULT_READ_LIMITS, ...limits };
  checkSignature(bytes);
  if (bytes.length > lim.maxFileBytes) {
    throw new XlsxInputError('too-large', `Tệp quá lớn: ${mb(bytes.length)} (giới hạn ${mb(lim.maxFileBytes)}). / File too large: ${mb(bytes.length)} (limit ${mb(lim.maxFileBytes)}).`);
  }
  let entries: ZipEntry[];
  try {
    entries = readZipDirectory(bytes);
  } catch (err) {
    if (err instanceof ZipFormatError) throw corrupt(`gói zip hỏng: ${err.message}`, err);
    throw err;
  }
  checkDeclaredSizes(bytes, entries, lim);
  const workbookEntry = checkPackage(entries);

  let cellElements = 0;
  let workload = 0;
  let workbookXml = '';
  try {
    for (const entry of entries) {
      if (entry.name.endsWith('/') && entry.uncompressedSize === 0) continue; // folder
      if (entry === workbookEntry) {
        const decoder = new TextDecoder('utf-8');
        let xml = '';
        await inflateEntry(bytes, entry, (chunk) => {
          xml += decoder.decode(chunk, { stream: true });
        });
        workbookXml = xml + decoder.decode();
        if (/<!(?:DOCTYPE|ENTITY)/.test(workbookXml)) throw corrupt('xl/workbook.xml chứa khai báo DOCTYPE/ENTITY');
      } else if (isWorksheetPart(entry.name)) {
        const scanner = new SheetScanner(entry.name, options.countValidations ?? true);
        await inflateEntry(bytes, entry, (chunk) => {
          scanner.push(chunk);
          if (workload + scanner.work > lim.maxCells) throw tooManyCells(workload + scanner.work, lim.maxCells);
        });
        scanner.push(new Uint8Array(0), true);
        cellElements += scanner.cells;
        workload += scanner.work;
      } else {
        await inflateEntry(bytes, entry);
      }
    }
  } catch (err) {
    if (err instanceof XlsxInputError) throw err;
    if (err instanceof ZipSizeError) {
      throw zipBomb(`mục "${err.entry}" bung ra nhiều hơn kích thước khai báo (${err.declared} byte)`, `entry "${err.entry}" inflates beyond its declared ${err.declared} bytes`);
    }
    if (err instanceof ZipFormatError) throw corrupt(err.message, err);
    throw err;
  }
  for (const n of parseWorkbookXml(workbookXml).names) workload += absoluteRangeArea(n.text);
  if (workload > lim.maxCells) throw tooManyCells(workload, lim.maxCells);
  return { entries, workbookXml, cellElements, workload };
}
