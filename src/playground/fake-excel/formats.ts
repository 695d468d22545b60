/**
 * Cell formats: how they are stored (cell-level patches over whole-row/column
 * patches over Excel's defaults), how a range reads them back (a value when all
 * cells agree, null when they differ, as Office.js does), and the proxies
 * Range.format, .fill, .font, .borders, .protection.
 */
import { type Rect, cellCount, intersect, isEntireColumn, isEntireRow, rectContains } from './address';
import { officeError } from './errors';
import { type ClassInfo, ClientObject, defineClass, installProps } from './proxy';
import type { Runtime } from './runtime';
import {
  type BorderSide,
  type BorderState,
  type CellFormat,
  DEFAULT_COLUMN_WIDTH,
  DEFAULT_FORMAT,
  DEFAULT_ROW_HEIGHT,
  type FormatPatch,
  type RangeRef,
  type SheetState,
  ensureCell,
  forEachStoredCell,
  getCell,
  sheetById,
  usedRect,
} from './state';
import { renderText } from './values';

/** Above this many cells a format is stored once for the rectangle instead of per cell. */
const WIDE = 100_000;

// ---------- colors ----------

const NAMED_COLORS: Readonly<Record<string, string>> = {
  black: '#000000',
  white: '#FFFFFF',
  red: '#FF0000',
  green: '#008000',
  lime: '#00FF00',
  blue: '#0000FF',
  yellow: '#FFFF00',
  orange: '#FFA500',
  purple: '#800080',
  gray: '#808080',
  grey: '#808080',
  silver: '#C0C0C0',
  maroon: '#800000',
  navy: '#000080',
  teal: '#008080',
  olive: '#808000',
  aqua: '#00FFFF',
  cyan: '#00FFFF',
  fuchsia: '#FF00FF',
  magenta: '#FF00FF',
  pink: '#FFC0CB',
  lightgray: '#D3D3D3',
  lightgrey: '#D3D3D3',
};

/** "#RRGGBB" (upper case) from "#RGB", "#rrggbb" or an HTML color name; InvalidArgument otherwise. */
export function normalizeColor(input: unknown): string {
  if (typeof input !== 'string') throw officeError('InvalidArgument', `a color must be a string, got ${typeof input}`);
  const s = input.trim();
  const named = NAMED_COLORS[s.toLowerCase()];
  if (named !== undefined) return named;
  if (/^#[0-9a-fA-F]{6}$/.test(s)) return s.toUpperCase();
  if (/^#[0-9a-fA-F]{3}$/.test(s)) return `#${s[1]}${s[1]}${s[2]}${s[2]}${s[3]}${s[3]}`.toUpperCase();
  throw officeError('InvalidArgument', `'${input}' is not a color`);
}

// ---------- storage ----------

export function sheetOf(rt: Runtime, ref: RangeRef): SheetState {
  return sheetById(rt.wb, ref.sheetId);
}

export function effectiveFormat(sheet: SheetState, row: number, col: number): CellFormat {
  const cell = getCell(sheet, row, col);
  if (sheet.wideFormats.length === 0 && cell?.format === undefined) return DEFAULT_FORMAT;
  const f: FormatPatch = { ...DEFAULT_FORMAT };
  for (const w of sheet.wideFormats) if (rectContains(w.rect, row, col)) Object.assign(f, w.patch);
  if (cell?.format !== undefined) Object.assign(f, cell.format);
  return f as CellFormat;
}

/** Applies a partial format to every cell of rect (later formats win). */
export function applyFormat(sheet: SheetState, rect: Rect, patch: FormatPatch): void {
  if (cellCount(rect) > WIDE || isEntireColumn(rect) || isEntireRow(rect)) {
    sheet.wideFormats.push({ rect, patch: { ...patch } });
    forEachStoredCell(sheet, rect, (cell) => {
      if (cell.format !== undefined) Object.assign(cell.format, patch);
    });
    return;
  }
  for (let r = rect.row; r < rect.row + rect.rows; r++) {
    for (let c = rect.col; c < rect.col + rect.cols; c++) {
      const cell = ensureCell(sheet, r, c);
      cell.format = { ...cell.format, ...patch };
    }
  }
}

/** Back to the Normal style (Range.clear("Formats")). */
export function clearFormats(sheet: SheetState, rect: Rect): void {
  const covered = sheet.wideFormats.some((w) => intersect(w.rect, rect) !== null);
  if (covered) {
    applyFormat(sheet, rect, { ...DEFAULT_FORMAT });
    return;
  }
  forEachStoredCell(sheet, rect, (cell) => {
    delete cell.format;
  });
  for (const [key, cell] of [...sheet.cells]) {
    if (cell.value === null && cell.formula === undefined && cell.format === undefined && cell.hyperlink === undefined) sheet.cells.delete(key);
  }
}

/**
 * The value all cells of rect agree on, or null when they differ (Office.js reads mixed formats as null).
 * Very large rectangles are judged from their first cell and the cells that hold formats.
 */
export function uniform<V>(sheet: SheetState, rect: Rect, pick: (f: CellFormat) => V): V | null {
  const firstValue = pick(effectiveFormat(sheet, rect.row, rect.col));
  let same = true;
  const check = (r: number, c: number): void => {
    if (same && pick(effectiveFormat(sheet, r, c)) !== firstValue) same = false;
  };
  if (cellCount(rect) <= WIDE) {
    for (let r = rect.row; r < rect.row + rect.rows && same; r++) for (let c = rect.col; c < rect.col + rect.cols && same; c++) check(r, c);
  } else {
    forEachStoredCell(sheet, rect, (_cell, r, c) => check(r, c));
  }
  return same ? firstValue : null;
}

// ---------- number formats ----------

export function numberFormatAt(sheet: SheetState, row: number, col: number): string {
  return effectiveFormat(sheet, row, col).numberFormat;
}

/** Sets numberFormat from a 2-D array (null entries unchanged) or one value for every cell. */
export function setNumberFormats(sheet: SheetState, rect: Rect, input: unknown): void {
  if (!Array.isArray(input)) {
    if (input === null || input === undefined) return;
    applyFormat(sheet, rect, { numberFormat: String(input) });
    return;
  }
  checkDimensions(rect, input, 'numberFormat');
  for (let i = 0; i < rect.rows; i++) {
    for (let j = 0; j < rect.cols; j++) {
      const v = (input[i] as unknown[])[j];
      if (v === null || v === undefined) continue;
      applyFormat(sheet, { row: rect.row + i, col: rect.col + j, rows: 1, cols: 1 }, { numberFormat: String(v) });
    }
  }
}

/** Office.js: a 2-D input must have exactly the range's rows and columns. */
export function checkDimensions(rect: Rect, input: unknown[], what: string): void {
  const ok = input.length === rect.rows && input.every((row) => Array.isArray(row) && row.length === rect.cols);
  if (!ok) {
    const got = `${input.length}x${Array.isArray(input[0]) ? (input[0] as unknown[]).length : '?'}`;
    throw officeError('InvalidArgument', `${what}: the input array is ${got} but the range is ${rect.rows}x${rect.cols} (the number of rows or columns in the input array doesn't match the size or dimensions of the range)`);
  }
}

// ---------- borders ----------

const BORDER_INDEXES = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight', 'InsideVertical', 'InsideHorizontal', 'DiagonalDown', 'DiagonalUp'] as const;
type BorderIndex = (typeof BORDER_INDEXES)[number];
const LINE_STYLES = ['None', 'Continuous', 'Dash', 'DashDot', 'DashDotDot', 'Dot', 'Double', 'SlantDashDot'];
const WEIGHTS = ['Hairline', 'Thin', 'Medium', 'Thick'];

/** Which cell edges a border index of a range means. */
function borderTargets(rect: Rect, index: BorderIndex): { rect: Rect; side: BorderSide }[] {
  const lastRow = rect.row + rect.rows - 1;
  const lastCol = rect.col + rect.cols - 1;
  switch (index) {
    case 'EdgeTop':
      return [{ rect: { ...rect, rows: 1 }, side: 'EdgeTop' }];
    case 'EdgeBottom':
      return [{ rect: { ...rect, row: lastRow, rows: 1 }, side: 'EdgeBottom' }];
    case 'EdgeLeft':
      return [{ rect: { ...rect, cols: 1 }, side: 'EdgeLeft' }];
    case 'EdgeRight':
      return [{ rect: { ...rect, col: lastCol, cols: 1 }, side: 'EdgeRight' }];
    case 'InsideHorizontal':
      if (rect.rows < 2) return [];
      return [
        { rect: { ...rect, rows: rect.rows - 1 }, side: 'EdgeBottom' },
        { rect: { ...rect, row: rect.row + 1, rows: rect.rows - 1 }, side: 'EdgeTop' },
      ];
    case 'InsideVertical':
      if (rect.cols < 2) return [];
      return [
        { rect: { ...rect, cols: rect.cols - 1 }, side: 'EdgeRight' },
        { rect: { ...rect, col: rect.col + 1, cols: rect.cols - 1 }, side: 'EdgeLeft' },
      ];
    default:
      throw officeError('NotImplemented', `border ${index} is not implemented by the fake`);
  }
}

function readBorder(sheet: SheetState, rect: Rect, index: BorderIndex): BorderState | null | 'mixed' {
  const targets = borderTargets(rect, index);
  if (targets.length === 0) return null;
  let result: string | undefined;
  let value: BorderState | null = null;
  for (const t of targets) {
    const u = uniform(sheet, t.rect, (f) => JSON.stringify(f[t.side]));
    if (u === null) return 'mixed';
    if (result !== undefined && result !== u) return 'mixed';
    result = u;
    value = JSON.parse(u) as BorderState | null;
  }
  return value;
}

function writeBorder(sheet: SheetState, rect: Rect, index: BorderIndex, change: Partial<BorderState>): void {
  for (const t of borderTargets(rect, index)) {
    const current = effectiveFormat(sheet, t.rect.row, t.rect.col)[t.side];
    let next: BorderState | null = { style: 'Continuous', color: '#000000', weight: 'Thin', ...current, ...change };
    if (change.style === 'None') next = null;
    applyFormat(sheet, t.rect, { [t.side]: next });
  }
}

// ---------- autofit ----------

function textWidthPoints(text: string, size: number, bold: boolean): number {
  let longest = 0;
  for (const line of text.split('\n')) longest = Math.max(longest, [...line].length);
  return Math.ceil(longest * size * (bold ? 0.6 : 0.55) + 6);
}

function autofitColumns(sheet: SheetState, rect: Rect): void {
  const used = usedRect(sheet, true);
  const area = used === null ? null : intersect(used, rect);
  const lastCol = Math.min(rect.col + rect.cols, rect.col + 1000);
  for (let c = rect.col; c < lastCol; c++) {
    let width = 0;
    if (area !== null && c >= area.col && c < area.col + area.cols) {
      for (let r = area.row; r < area.row + area.rows; r++) {
        const cell = getCell(sheet, r, c);
        if (cell === undefined || cell.value === null) continue;
        const f = effectiveFormat(sheet, r, c);
        if (f.wrapText) continue;
        width = Math.max(width, textWidthPoints(renderText(cell.value, f.numberFormat), f.fontSize, f.bold));
      }
    }
    if (width > 0) sheet.columnWidths.set(c, Math.min(width, 409.5 * 4));
    else sheet.columnWidths.delete(c);
  }
}

function autofitRows(sheet: SheetState, rect: Rect): void {
  const used = usedRect(sheet, true);
  const area = used === null ? null : intersect(used, rect);
  if (area === null) return;
  for (let r = area.row; r < area.row + area.rows; r++) {
    let height = DEFAULT_ROW_HEIGHT;
    for (let c = area.col; c < area.col + area.cols; c++) {
      const cell = getCell(sheet, r, c);
      if (cell === undefined || cell.value === null) continue;
      const f = effectiveFormat(sheet, r, c);
      const text = renderText(cell.value, f.numberFormat);
      let lines = text.split('\n').length;
      if (f.wrapText) {
        const width = sheet.columnWidths.get(c) ?? DEFAULT_COLUMN_WIDTH;
        lines = text.split('\n').reduce((n, line) => n + Math.max(1, Math.ceil(textWidthPoints(line, f.fontSize, f.bold) / Math.max(width, 1))), 0);
      }
      height = Math.max(height, Math.ceil(lines * f.fontSize * 1.36));
    }
    if (height === DEFAULT_ROW_HEIGHT) sheet.rowHeights.delete(r);
    else sheet.rowHeights.set(r, Math.min(height, 409));
  }
}

// ---------- protection checks ----------

/** Formatting a protected sheet needs the matching protection option. */
export function assertFormattable(sheet: SheetState, option: 'allowFormatCells' | 'allowFormatColumns' | 'allowFormatRows' = 'allowFormatCells'): void {
  if (sheet.protection.protected && sheet.protection.options[option] !== true) {
    throw officeError('AccessDenied', `worksheet '${sheet.name}' is protected`);
  }
}

// ---------- proxies ----------

function uniformOrNull<V>(rt: Runtime, ref: RangeRef, pick: (f: CellFormat) => V): V | null {
  return uniform(sheetOf(rt, ref), ref.rect, pick);
}

function formatSetter(pick: (value: unknown) => FormatPatch) {
  return (ref: RangeRef, rt: Runtime, value: unknown): void => {
    const sheet = sheetOf(rt, ref);
    assertFormattable(sheet);
    applyFormat(sheet, ref.rect, pick(value));
  };
}

function oneOf<V extends string>(allowed: readonly V[], what: string) {
  return (v: unknown): V => {
    const found = allowed.find((a) => typeof v === 'string' && a.toLowerCase() === v.toLowerCase());
    if (found === undefined) throw officeError('InvalidArgument', `${what} '${String(v)}' is not one of ${allowed.join(', ')}`);
    return found;
  };
}

function bool(what: string) {
  return (v: unknown): boolean => {
    if (typeof v !== 'boolean') throw officeError('InvalidArgument', `${what} must be true or false`);
    return v;
  };
}

function positiveNumber(what: string) {
  return (v: unknown): number => {
    if (typeof v !== 'number' || !Number.isFinite(v) || v < 0) throw officeError('InvalidArgument', `${what} must be a non-negative number`);
    return v;
  };
}

const horizontal = oneOf(['General', 'Left', 'Center', 'Right', 'Fill', 'Justify', 'CenterAcrossSelection', 'Distributed'] as const, 'horizontalAlignment');
const vertical = oneOf(['Top', 'Center', 'Bottom', 'Justify', 'Distributed'] as const, 'verticalAlignment');

const RANGE_FORMAT: ClassInfo<RangeRef> = defineClass<RangeRef>({
  name: 'RangeFormat',
  props: {
    wrapText: { api: 'RangeFormat.wrapText', get: (ref, rt) => uniformOrNull(rt, ref, (f) => f.wrapText), set: formatSetter((v) => ({ wrapText: bool('wrapText')(v) })) },
    horizontalAlignment: {
      api: 'RangeFormat.horizontalAlignment',
      get: (ref, rt) => uniformOrNull(rt, ref, (f) => f.horizontalAlignment),
      set: formatSetter((v) => ({ horizontalAlignment: horizontal(v) })),
    },
    verticalAlignment: {
      api: 'RangeFormat.verticalAlignment',
      get: (ref, rt) => uniformOrNull(rt, ref, (f) => f.verticalAlignment),
      set: formatSetter((v) => ({ verticalAlignment: vertical(v) })),
    },
    columnWidth: {
      api: 'RangeFormat.columnWidth',
      get: (ref, rt) => {
        const sheet = sheetOf(rt, ref);
        const first = sheet.columnWidths.get(ref.rect.col) ?? DEFAULT_COLUMN_WIDTH;
        for (let c = ref.rect.col; c < ref.rect.col + Math.min(ref.rect.cols, 16384); c++) if ((sheet.columnWidths.get(c) ?? DEFAULT_COLUMN_WIDTH) !== first) return null;
        return first;
      },
      set: (ref, rt, v) => {
        const sheet = sheetOf(rt, ref);
        assertFormattable(sheet, 'allowFormatColumns');
        const w = positiveNumber('columnWidth')(v);
        for (let c = ref.rect.col; c < ref.rect.col + ref.rect.cols; c++) sheet.columnWidths.set(c, w);
      },
    },
    rowHeight: {
      api: 'RangeFormat.rowHeight',
      get: (ref, rt) => {
        const sheet = sheetOf(rt, ref);
        const first = sheet.rowHeights.get(ref.rect.row) ?? DEFAULT_ROW_HEIGHT;
        const last = Math.min(ref.rect.row + ref.rect.rows, ref.rect.row + WIDE);
        for (let r = ref.rect.row; r < last; r++) if ((sheet.rowHeights.get(r) ?? DEFAULT_ROW_HEIGHT) !== first) return null;
        return first;
      },
      set: (ref, rt, v) => {
        const sheet = sheetOf(rt, ref);
        assertFormattable(sheet, 'allowFormatRows');
        const h = positiveNumber('rowHeight')(v);
        if (ref.rect.rows > WIDE) throw officeError('NotImplemented', 'rowHeight on whole columns is not implemented by the fake');
        for (let r = ref.rect.row; r < ref.rect.row + ref.rect.rows; r++) sheet.rowHeights.set(r, h);
      },
    },
  },
  nav: {
    fill: { api: 'RangeFormat.fill', info: () => RANGE_FILL as ClassInfo<never> },
    font: { api: 'RangeFormat.font', info: () => RANGE_FONT as ClassInfo<never> },
    borders: { api: 'RangeFormat.borders', info: () => BORDER_COLLECTION as ClassInfo<never> },
    protection: { api: 'RangeFormat.protection', info: () => FORMAT_PROTECTION as ClassInfo<never> },
  },
});

export class FakeRangeFormat extends ClientObject<RangeRef> {
  static readonly info = RANGE_FORMAT;
  declare wrapText: boolean | null;
  declare horizontalAlignment: string | null;
  declare verticalAlignment: string | null;
  declare columnWidth: number | null;
  declare rowHeight: number | null;

  get _info(): ClassInfo<RangeRef> {
    return RANGE_FORMAT;
  }

  get fill(): FakeRangeFill {
    return this._child('fill', 'RangeFormat.fill', () => new FakeRangeFill(this.context, (rt) => this._resolve(rt)));
  }

  get font(): FakeRangeFont {
    return this._child('font', 'RangeFormat.font', () => new FakeRangeFont(this.context, (rt) => this._resolve(rt)));
  }

  get borders(): FakeRangeBorderCollection {
    return this._child('borders', 'RangeFormat.borders', () => new FakeRangeBorderCollection(this.context, (rt) => this._resolve(rt)));
  }

  get protection(): FakeFormatProtection {
    return this._child('protection', 'RangeFormat.protection', () => new FakeFormatProtection(this.context, (rt) => this._resolve(rt)));
  }

  autofitColumns(): void {
    this._act('RangeFormat.autofitColumns', (ref, rt) => {
      const sheet = sheetOf(rt, ref);
      assertFormattable(sheet, 'allowFormatColumns');
      autofitColumns(sheet, ref.rect);
    });
  }

  autofitRows(): void {
    this._act('RangeFormat.autofitRows', (ref, rt) => {
      const sheet = sheetOf(rt, ref);
      assertFormattable(sheet, 'allowFormatRows');
      autofitRows(sheet, ref.rect);
    });
  }
}
installProps(FakeRangeFormat, RANGE_FORMAT as ClassInfo<never>);

const RANGE_FILL: ClassInfo<RangeRef> = defineClass<RangeRef>({
  name: 'RangeFill',
  props: {
    color: {
      api: 'RangeFill.color',
      get: (ref, rt) => uniformOrNull(rt, ref, (f) => f.fill ?? '#FFFFFF'),
      set: formatSetter((v) => ({ fill: v === null || v === '' ? null : normalizeColor(v) })),
    },
  },
  nav: {},
});

export class FakeRangeFill extends ClientObject<RangeRef> {
  static readonly info = RANGE_FILL;
  declare color: string | null;

  get _info(): ClassInfo<RangeRef> {
    return RANGE_FILL;
  }

  clear(): void {
    this._act('RangeFill.clear', (ref, rt) => formatSetter(() => ({ fill: null }))(ref, rt, null));
  }
}
installProps(FakeRangeFill, RANGE_FILL as ClassInfo<never>);

const RANGE_FONT: ClassInfo<RangeRef> = defineClass<RangeRef>({
  name: 'RangeFont',
  props: {
    bold: { api: 'RangeFont.bold', get: (ref, rt) => uniformOrNull(rt, ref, (f) => f.bold), set: formatSetter((v) => ({ bold: bool('bold')(v) })) },
    italic: { api: 'RangeFont.italic', get: (ref, rt) => uniformOrNull(rt, ref, (f) => f.italic), set: formatSetter((v) => ({ italic: bool('italic')(v) })) },
    color: { api: 'RangeFont.color', get: (ref, rt) => uniformOrNull(rt, ref, (f) => f.fontColor), set: formatSetter((v) => ({ fontColor: normalizeColor(v) })) },
    size: { api: 'RangeFont.size', get: (ref, rt) => uniformOrNull(rt, ref, (f) => f.fontSize), set: formatSetter((v) => ({ fontSize: positiveNumber('size')(v) })) },
    name: {
      api: 'RangeFont.name',
      get: (ref, rt) => uniformOrNull(rt, ref, (f) => f.fontName),
      set: formatSetter((v) => {
        if (typeof v !== 'string' || v === '') throw officeError('InvalidArgument', 'font name must be a non-empty string');
        return { fontName: v };
      }),
    },
    underline: {
      api: 'RangeFont.underline',
      get: (ref, rt) => uniformOrNull(rt, ref, (f) => f.underline),
      set: formatSetter((v) => ({ underline: oneOf(['None', 'Single', 'Double', 'SingleAccountant', 'DoubleAccountant'] as const, 'underline')(v) })),
    },
  },
  nav: {},
});

export class FakeRangeFont extends ClientObject<RangeRef> {
  static readonly info = RANGE_FONT;
  declare bold: boolean | null;
  declare italic: boolean | null;
  declare color: string | null;
  declare size: number | null;
  declare name: string | null;
  declare underline: string | null;

  get _info(): ClassInfo<RangeRef> {
    return RANGE_FONT;
  }
}
installProps(FakeRangeFont, RANGE_FONT as ClassInfo<never>);

const FORMAT_PROTECTION: ClassInfo<RangeRef> = defineClass<RangeRef>({
  name: 'FormatProtection',
  props: {
    locked: {
      api: 'FormatProtection.locked',
      get: (ref, rt) => uniformOrNull(rt, ref, (f) => f.locked),
      set: formatSetter((v) => ({ locked: bool('locked')(v) })),
    },
  },
  nav: {},
});

export class FakeFormatProtection extends ClientObject<RangeRef> {
  static readonly info = FORMAT_PROTECTION;
  declare locked: boolean | null;

  get _info(): ClassInfo<RangeRef> {
    return FORMAT_PROTECTION;
  }
}
installProps(FakeFormatProtection, FORMAT_PROTECTION as ClassInfo<never>);

interface BorderRef {
  readonly ref: RangeRef;
  readonly index: BorderIndex;
}

function borderProp(key: keyof BorderState, fallback: string, check: (v: unknown) => string) {
  return {
    get: (b: BorderRef, rt: Runtime): unknown => {
      const state = readBorder(sheetOf(rt, b.ref), b.ref.rect, b.index);
      if (state === 'mixed') return null;
      return state === null ? fallback : state[key];
    },
    set: (b: BorderRef, rt: Runtime, v: unknown): void => {
      const sheet = sheetOf(rt, b.ref);
      assertFormattable(sheet);
      writeBorder(sheet, b.ref.rect, b.index, { [key]: check(v) });
    },
  };
}

const RANGE_BORDER: ClassInfo<BorderRef> = defineClass<BorderRef>({
  name: 'RangeBorder',
  props: {
    sideIndex: { api: 'RangeBorder.sideIndex', get: (b) => b.index },
    style: { api: 'RangeBorder.style', ...borderProp('style', 'None', oneOf(LINE_STYLES, 'border style')) },
    color: { api: 'RangeBorder.color', ...borderProp('color', '#000000', normalizeColor) },
    weight: { api: 'RangeBorder.weight', ...borderProp('weight', 'Thin', oneOf(WEIGHTS, 'border weight')) },
  },
  nav: {},
});

export class FakeRangeBorder extends ClientObject<BorderRef> {
  static readonly info = RANGE_BORDER;
  declare readonly sideIndex: string;
  declare style: string | null;
  declare color: string | null;
  declare weight: string | null;

  get _info(): ClassInfo<BorderRef> {
    return RANGE_BORDER;
  }
}
installProps(FakeRangeBorder, RANGE_BORDER as ClassInfo<never>);

const BORDER_COLLECTION: ClassInfo<RangeRef> = defineClass<RangeRef>({
  name: 'RangeBorderCollection',
  props: {},
  nav: {},
});

export class FakeRangeBorderCollection extends ClientObject<RangeRef> {
  static readonly info = BORDER_COLLECTION;
  get _info(): ClassInfo<RangeRef> {
    return BORDER_COLLECTION;
  }

  getItem(index: string): FakeRangeBorder {
    this._rt.sets.require('RangeBorderCollection.getItem');
    const found = BORDER_INDEXES.find((i) => i.toLowerCase() === String(index).toLowerCase());
    return new FakeRangeBorder(this.context, (rt) => {
      if (found === undefined) throw officeError('InvalidArgument', `'${index}' is not a border index`);
      const ref = this._resolve(rt);
      return ref === null ? null : { ref, index: found };
    });
  }
}
