/**
 * What we read from xl/workbook.xml ourselves (ExcelJS drops defined names that
 * are not plain ranges and loses their scope), and sheet-name / defined-name
 * syntax helpers.
 */
import { columnNumber, tryParseCell } from './address';

export interface RawSheet {
  readonly name: string;
  readonly state: 'visible' | 'hidden' | 'veryHidden';
}

/** A <definedName> exactly as stored: its formula text, scope and visibility. */
export interface RawDefinedName {
  readonly name: string;
  /** Formula text without "=", e.g. "'Danh mục đơn vị'!$A$2:$A$12". */
  readonly text: string;
  /** 0-based index into the workbook's sheets when the name is sheet-scoped. */
  readonly localSheetId?: number;
  readonly hidden: boolean;
}

export interface WorkbookXml {
  readonly sheets: readonly RawSheet[];
  readonly names: readonly RawDefinedName[];
}

export function decodeXmlText(s: string): string {
  return s.replace(/&(?:#x([0-9a-fA-F]+)|#([0-9]+)|(amp|lt|gt|quot|apos));/g, (whole, hex?: string, dec?: string, named?: string) => {
    if (hex !== undefined || dec !== undefined) {
      const code = hex !== undefined ? parseInt(hex, 16) : Number(dec);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" } as Record<string, string>)[named ?? ''] ?? whole;
  });
}

function attribute(attrs: string, name: string): string | undefined {
  const m = new RegExp(`(?:^|\\s)${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(attrs);
  if (!m) return undefined;
  return decodeXmlText(m[1] ?? m[2] ?? '');
}

const SHEET_RE = /<(?:[A-Za-z_][\w.-]*:)?sheet(\s(?:[^>"']|"[^"]*"|'[^']*')*)\/?>/g;
const NAME_RE = /<(?:[A-Za-z_][\w.-]*:)?definedName(\s(?:[^>"']|"[^"]*"|'[^']*')*?)(?:\/>|>([\s\S]*?)<\/(?:[A-Za-z_][\w.-]*:)?definedName>)/g;

export function parseWorkbookXml(xml: string): WorkbookXml {
  const sheets: RawSheet[] = [];
  for (const m of xml.matchAll(SHEET_RE)) {
    const attrs = m[1] ?? '';
    const state = attribute(attrs, 'state');
    sheets.push({
      name: attribute(attrs, 'name') ?? '',
      state: state === 'hidden' || state === 'veryHidden' ? state : 'visible',
    });
  }
  const names: RawDefinedName[] = [];
  for (const m of xml.matchAll(NAME_RE)) {
    const attrs = m[1] ?? '';
    const name = attribute(attrs, 'name');
    if (name === undefined) continue;
    const local = attribute(attrs, 'localSheetId');
    const hidden = attribute(attrs, 'hidden');
    let text = decodeXmlText(m[2] ?? '').trim();
    if (text.startsWith('=')) text = text.slice(1);
    names.push({
      name,
      text,
      ...(local !== undefined && /^[0-9]+$/.test(local) ? { localSheetId: Number(local) } : {}),
      hidden: hidden === '1' || hidden === 'true',
    });
  }
  return { sheets, names };
}

/** "Chấm điểm" → "'Chấm điểm'", "O'Brien" → "'O''Brien'" (always quoted: valid for any name). */
export function quoteSheetName(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

const SHEET_REF_RE = /^(?:'((?:[^']|'')+)'|([^'!:\s()[\],;"]+))!(\$?[A-Za-z]{1,3}\$?[0-9]+(?::\$?[A-Za-z]{1,3}\$?[0-9]+)?|\$?[A-Za-z]{1,3}:\$?[A-Za-z]{1,3}|\$?[0-9]+:\$?[0-9]+)$/;

/** "'Danh mục đơn vị'!$A$2:$A$12" → { sheet: "Danh mục đơn vị", ref: "$A$2:$A$12" }; undefined for anything else. */
export function splitSheetRef(text: string): { readonly sheet: string; readonly ref: string } | undefined {
  const m = SHEET_REF_RE.exec(text.trim());
  if (!m) return undefined;
  const sheet = m[1] !== undefined ? m[1].replace(/''/g, "'") : (m[2] ?? '');
  return { sheet, ref: m[3] ?? '' };
}

/** Excel's defined-name rules: letter, "_" or "\" first; then letters, digits, "_", "."; not a cell reference; ≤ 255. */
export function isValidDefinedName(name: string): boolean {
  if (name.length === 0 || name.length > 255) return false;
  if (!/^[\p{L}_\\][\p{L}\p{N}_.\\]*$/u.test(name)) return false;
  if (tryParseCell(name)) return false;
  if (/^[A-Za-z]{1,3}[0-9]+$/.test(name) && columnNumber(name.replace(/[0-9]+$/, '')) > 0) return false;
  if (/^(?:[RrCc]|[Rr][0-9]*[Cc][0-9]*|[Rr][0-9]+|[Cc][0-9]+)$/.test(name)) return false;
  if (/^(?:TRUE|FALSE)$/i.test(name)) return false;
  return true;
}

/** Sum of the areas of the absolute ranges ("$A$1:$B$9") in a defined name's text: what ExcelJS expands cell by cell. */
export function absoluteRangeArea(text: string): number {
  let area = 0;
  for (const m of text.matchAll(/\$([A-Za-z]{1,3})\$([0-9]+)(?::\$([A-Za-z]{1,3})\$([0-9]+))?/g)) {
    const c1 = columnNumber(m[1] ?? '');
    const r1 = Number(m[2]);
    const c2 = m[3] !== undefined ? columnNumber(m[3]) : c1;
    const r2 = m[4] !== undefined ? Number(m[4]) : r1;
    area += (Math.abs(c2 - c1) + 1) * (Math.abs(r2 - r1) + 1);
  }
  return area;
}
