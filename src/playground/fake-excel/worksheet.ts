/**
 * Worksheet and its parts: freeze panes, page layout, protection.
 */
import { MAX_COLUMNS, MAX_ROWS, type Rect, isEntireColumn, isEntireRow, parseAddress, rectAddress } from './address';
import { officeError } from './errors';
import { FakeEventHandlers, type FakeEventName } from './events';
import { normalizeColor } from './formats';
import { FakeNamedItemCollection } from './names';
import { FakeNoteCollection } from './notes';
import { type ClassInfo, ClientObject, defineClass, installProps } from './proxy';
import { FakeRange, rangeArg } from './range';
import type { Runtime } from './runtime';
import { activateSheet, deleteSheet, moveSheet, renameSheet, setVisibility } from './sheets';
import { type SheetState, defaultProtectionOptions, findSheet, sheetById, usedRect } from './state';
import { FakeTableCollection } from './tables';

function sheet(rt: Runtime, id: string): SheetState {
  return sheetById(rt.wb, id);
}

const WORKSHEET: ClassInfo<string> = defineClass<string>({
  name: 'Worksheet',
  props: {
    id: { api: 'Worksheet.id', get: (id) => id },
    name: { api: 'Worksheet.name', get: (id, rt) => sheet(rt, id).name, set: (id, rt, v) => renameSheet(rt.wb, sheet(rt, id), v) },
    position: { api: 'Worksheet.position', get: (id, rt) => rt.wb.sheets.findIndex((s) => s.id === id), set: (id, rt, v) => moveSheet(rt.wb, sheet(rt, id), v) },
    visibility: {
      api: 'Worksheet.visibility',
      writeApi: 'Worksheet.visibility=',
      get: (id, rt) => sheet(rt, id).visibility,
      set: (id, rt, v) => setVisibility(rt.wb, sheet(rt, id), v),
    },
    showGridlines: {
      api: 'Worksheet.showGridlines',
      get: (id, rt) => sheet(rt, id).showGridlines,
      set: (id, rt, v) => {
        if (typeof v !== 'boolean') throw officeError('InvalidArgument', 'showGridlines must be true or false');
        sheet(rt, id).showGridlines = v;
      },
    },
    tabColor: {
      api: 'Worksheet.tabColor',
      get: (id, rt) => sheet(rt, id).tabColor,
      set: (id, rt, v) => {
        sheet(rt, id).tabColor = v === '' || v === null ? '' : normalizeColor(v);
      },
    },
  },
  nav: {
    tables: { api: 'Worksheet.tables', info: () => FakeTableCollection.info as ClassInfo<never> },
    names: { api: 'Worksheet.names', info: () => FakeNamedItemCollection.info as ClassInfo<never> },
    freezePanes: { api: 'Worksheet.freezePanes', info: () => FREEZE_PANES as ClassInfo<never> },
    pageLayout: { api: 'Worksheet.pageLayout', info: () => PAGE_LAYOUT as ClassInfo<never> },
    protection: { api: 'Worksheet.protection', info: () => PROTECTION as ClassInfo<never> },
    notes: { api: 'Worksheet.notes', info: () => FakeNoteCollection.info as ClassInfo<never> },
  },
});

export class FakeWorksheet extends ClientObject<string> {
  static readonly info = WORKSHEET;
  declare readonly id: string;
  declare name: string;
  declare position: number;
  declare visibility: string;
  declare showGridlines: boolean;
  declare tabColor: string;

  get _info(): ClassInfo<string> {
    return WORKSHEET;
  }

  get tables(): FakeTableCollection {
    return this._child('tables', 'Worksheet.tables', () => new FakeTableCollection(this.context, (rt) => this.scope(rt)));
  }

  /** Names scoped to this sheet (ExcelApi 1.4); they win over workbook names in this sheet's formulas. */
  get names(): FakeNamedItemCollection {
    return this._child('names', 'Worksheet.names', () => new FakeNamedItemCollection(this.context, (rt) => this.scope(rt)));
  }

  get freezePanes(): FakeWorksheetFreezePanes {
    return this._child('freezePanes', 'Worksheet.freezePanes', () => new FakeWorksheetFreezePanes(this.context, (rt) => this._resolve(rt)));
  }

  get pageLayout(): FakePageLayout {
    return this._child('pageLayout', 'Worksheet.pageLayout', () => new FakePageLayout(this.context, (rt) => this._resolve(rt)));
  }

  get protection(): FakeWorksheetProtection {
    return this._child('protection', 'Worksheet.protection', () => new FakeWorksheetProtection(this.context, (rt) => this._resolve(rt)));
  }

  get notes(): FakeNoteCollection {
    return this._child('notes', 'Worksheet.notes', () => new FakeNoteCollection(this.context, (rt) => this.scope(rt)));
  }

  /** Data changed on this sheet (ExcelApi 1.7). */
  get onChanged(): FakeEventHandlers {
    return this.events('onChanged', 'Changed', 'Worksheet.onChanged');
  }

  /** This sheet became the active one (ExcelApi 1.7). */
  get onActivated(): FakeEventHandlers {
    return this.events('onActivated', 'Activated', 'Worksheet.onActivated');
  }

  get onDeactivated(): FakeEventHandlers {
    return this.events('onDeactivated', 'Deactivated', 'Worksheet.onDeactivated');
  }

  get onSelectionChanged(): FakeEventHandlers {
    return this.events('onSelectionChanged', 'SelectionChanged', 'Worksheet.onSelectionChanged');
  }

  private events(
    prop: string,
    name: FakeEventName,
    api: 'Worksheet.onChanged' | 'Worksheet.onActivated' | 'Worksheet.onDeactivated' | 'Worksheet.onSelectionChanged',
  ): FakeEventHandlers {
    return this._child(prop, api, () => new FakeEventHandlers(this, name, api, (rt) => this._require(rt)));
  }

  private scope(rt: Runtime): { sheetId?: string } | null {
    const id = this._resolve(rt);
    return id === null ? null : { sheetId: id };
  }

  activate(): void {
    this._act('Worksheet.activate', (id, rt) => activateSheet(rt.wb, sheet(rt, id)));
  }

  delete(): void {
    this._act('Worksheet.delete', (id, rt) => deleteSheet(rt.wb, sheet(rt, id)));
  }

  private range(make: (s: SheetState, rt: Runtime) => Rect | null): FakeRange {
    return new FakeRange(this.context, (rt) => {
      const id = this._resolve(rt);
      if (id === null) return null;
      const rect = make(sheet(rt, id), rt);
      return rect === null ? null : { sheetId: id, rect };
    });
  }

  getRange(address?: string): FakeRange {
    this._rt.sets.require('Worksheet.getRange');
    return this.range((s, rt) => (address === undefined || address === '' ? { row: 0, col: 0, rows: MAX_ROWS, cols: MAX_COLUMNS } : rangeArg(rt, address, s).rect));
  }

  getCell(row: number, column: number): FakeRange {
    this._rt.sets.require('Worksheet.getCell');
    return this.getRangeByIndexesUnchecked(row, column, 1, 1);
  }

  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): FakeRange {
    this._rt.sets.require('Worksheet.getRangeByIndexes');
    return this.getRangeByIndexesUnchecked(startRow, startColumn, rowCount, columnCount);
  }

  private getRangeByIndexesUnchecked(row: number, col: number, rows: number, cols: number): FakeRange {
    return this.range(() => {
      const all = [row, col, rows, cols];
      if (!all.every((n) => Number.isInteger(n)) || row < 0 || col < 0 || rows < 1 || cols < 1 || row + rows > MAX_ROWS || col + cols > MAX_COLUMNS) {
        throw officeError('InvalidArgument', `getRangeByIndexes(${all.join(', ')}) is outside the worksheet`);
      }
      return { row, col, rows, cols };
    });
  }

  getUsedRange(valuesOnly?: boolean): FakeRange {
    this._rt.sets.require('Worksheet.getUsedRange');
    if (valuesOnly !== undefined) this._rt.sets.require('Worksheet.getUsedRange(valuesOnly)');
    // An empty sheet's used range is A1.
    return this.range((s) => usedRect(s, valuesOnly === true) ?? { row: 0, col: 0, rows: 1, cols: 1 });
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): FakeRange {
    this._rt.sets.require('Worksheet.getUsedRangeOrNullObject');
    return this.range((s) => usedRect(s, valuesOnly === true))._resolveEagerly('Worksheet.getUsedRangeOrNullObject');
  }
}
installProps(FakeWorksheet, WORKSHEET as ClassInfo<never>);

// ---------- freeze panes ----------

const FREEZE_PANES: ClassInfo<string> = defineClass<string>({ name: 'WorksheetFreezePanes', props: {}, nav: {} });

function count(v: unknown, fallback: number): number {
  const n = v === undefined ? fallback : v;
  if (typeof n !== 'number' || !Number.isInteger(n) || n < 0) throw officeError('InvalidArgument', 'the count must be a non-negative integer');
  return n;
}

export class FakeWorksheetFreezePanes extends ClientObject<string> {
  static readonly info = FREEZE_PANES;

  get _info(): ClassInfo<string> {
    return FREEZE_PANES;
  }

  freezeRows(rowCount?: number): void {
    this._act('WorksheetFreezePanes.freezeRows', (id, rt) => {
      sheet(rt, id).freeze = { rows: count(rowCount, 1), cols: 0 };
    });
  }

  freezeColumns(columnCount?: number): void {
    this._act('WorksheetFreezePanes.freezeColumns', (id, rt) => {
      sheet(rt, id).freeze = { rows: 0, cols: count(columnCount, 1) };
    });
  }

  freezeAt(frozenRange: FakeRange | string): void {
    this._sameContext(frozenRange);
    this._act('WorksheetFreezePanes.freezeAt', (id, rt) => {
      const s = sheet(rt, id);
      const { rect } = rangeArg(rt, frozenRange, s);
      s.freeze = { rows: isEntireColumn(rect) ? 0 : rect.row + rect.rows, cols: isEntireRow(rect) ? 0 : rect.col + rect.cols };
    });
  }

  unfreeze(): void {
    this._act('WorksheetFreezePanes.unfreeze', (id, rt) => {
      sheet(rt, id).freeze = { rows: 0, cols: 0 };
    });
  }

  getLocationOrNullObject(): FakeRange {
    this._rt.sets.require('WorksheetFreezePanes.getLocationOrNullObject');
    return new FakeRange(this.context, (rt) => {
      const id = this._resolve(rt);
      if (id === null) return null;
      const { rows, cols } = sheet(rt, id).freeze;
      if (rows === 0 && cols === 0) return null;
      return { sheetId: id, rect: { row: 0, col: 0, rows: rows === 0 ? MAX_ROWS : rows, cols: cols === 0 ? MAX_COLUMNS : cols } };
    })._resolveEagerly('WorksheetFreezePanes.getLocationOrNullObject');
  }
}

// ---------- page layout ----------

const ORIENTATIONS = ['Portrait', 'Landscape'];
const PAPER_TYPES = [
  'Letter', 'LetterSmall', 'Tabloid', 'Ledger', 'Legal', 'Statement', 'Executive', 'A3', 'A4', 'A4Small', 'A5', 'B4', 'B5', 'Folio', 'Quatro',
  'Paper10x14', 'Paper11x17', 'Note', 'Envelope9', 'Envelope10', 'Envelope11', 'Envelope12', 'Envelope14', 'Csheet', 'Dsheet', 'Esheet',
  'EnvelopeDL', 'EnvelopeC5', 'EnvelopeC3', 'EnvelopeC4', 'EnvelopeC6', 'EnvelopeC65', 'EnvelopeB4', 'EnvelopeB5', 'EnvelopeB6',
  'EnvelopeItaly', 'EnvelopeMonarch', 'EnvelopePersonal', 'FanfoldUS', 'FanfoldStdGerman', 'FanfoldLegalGerman',
];

function pick(allowed: readonly string[], what: string, v: unknown): string {
  const found = allowed.find((a) => typeof v === 'string' && a.toLowerCase() === v.toLowerCase());
  if (found === undefined) throw officeError('InvalidArgument', `${what} '${String(v)}' is not valid`);
  return found;
}

function margin(key: keyof SheetState['pageLayout']['margins'], api: 'PageLayout.leftMargin' | 'PageLayout.rightMargin' | 'PageLayout.topMargin' | 'PageLayout.bottomMargin' | 'PageLayout.headerMargin' | 'PageLayout.footerMargin') {
  return {
    api,
    get: (id: string, rt: Runtime) => sheet(rt, id).pageLayout.margins[key],
    set: (id: string, rt: Runtime, v: unknown) => {
      if (typeof v !== 'number' || v < 0) throw officeError('InvalidArgument', `${key} margin must be a non-negative number of points`);
      sheet(rt, id).pageLayout.margins[key] = v;
    },
  } as const;
}

function zoom(v: unknown): SheetState['pageLayout']['zoom'] {
  if (typeof v !== 'object' || v === null) throw officeError('InvalidArgument', 'zoom must be set as an object, e.g. { horizontalFitToPages: 1 }');
  const z = v as Record<string, unknown>;
  const out: SheetState['pageLayout']['zoom'] = {};
  for (const [k, x] of Object.entries(z)) {
    if (x === undefined || x === null) continue;
    if (k !== 'scale' && k !== 'horizontalFitToPages' && k !== 'verticalFitToPages') throw officeError('InvalidArgument', `zoom has no option '${k}'`);
    if (typeof x !== 'number' || !Number.isInteger(x) || x < 0) throw officeError('InvalidArgument', `zoom.${k} must be a non-negative integer`);
    if (k === 'scale' && (x < 10 || x > 400)) throw officeError('InvalidArgument', 'zoom.scale must be from 10 to 400');
    out[k] = x;
  }
  if (out.scale !== undefined && (out.horizontalFitToPages !== undefined || out.verticalFitToPages !== undefined)) {
    throw officeError('InvalidArgument', 'zoom takes either scale or fit-to-pages, not both');
  }
  return out;
}

const PAGE_LAYOUT: ClassInfo<string> = defineClass<string>({
  name: 'PageLayout',
  props: {
    orientation: {
      api: 'PageLayout.orientation',
      get: (id, rt) => sheet(rt, id).pageLayout.orientation,
      set: (id, rt, v) => {
        sheet(rt, id).pageLayout.orientation = pick(ORIENTATIONS, 'orientation', v) as 'Portrait' | 'Landscape';
      },
    },
    paperSize: {
      api: 'PageLayout.paperSize',
      get: (id, rt) => sheet(rt, id).pageLayout.paperSize,
      set: (id, rt, v) => {
        sheet(rt, id).pageLayout.paperSize = pick(PAPER_TYPES, 'paperSize', v);
      },
    },
    zoom: {
      api: 'PageLayout.zoom',
      get: (id, rt) => ({ ...sheet(rt, id).pageLayout.zoom }),
      set: (id, rt, v) => {
        sheet(rt, id).pageLayout.zoom = zoom(v);
      },
    },
    printGridlines: {
      api: 'PageLayout.printGridlines',
      get: (id, rt) => sheet(rt, id).pageLayout.printGridlines,
      set: (id, rt, v) => {
        sheet(rt, id).pageLayout.printGridlines = v === true;
      },
    },
    centerHorizontally: {
      api: 'PageLayout.centerHorizontally',
      get: (id, rt) => sheet(rt, id).pageLayout.centerHorizontally,
      set: (id, rt, v) => {
        sheet(rt, id).pageLayout.centerHorizontally = v === true;
      },
    },
    leftMargin: margin('left', 'PageLayout.leftMargin'),
    rightMargin: margin('right', 'PageLayout.rightMargin'),
    topMargin: margin('top', 'PageLayout.topMargin'),
    bottomMargin: margin('bottom', 'PageLayout.bottomMargin'),
    headerMargin: margin('header', 'PageLayout.headerMargin'),
    footerMargin: margin('footer', 'PageLayout.footerMargin'),
  },
  nav: {},
});

export class FakePageLayout extends ClientObject<string> {
  static readonly info = PAGE_LAYOUT;
  declare orientation: string;
  declare paperSize: string;
  declare zoom: { scale?: number; horizontalFitToPages?: number; verticalFitToPages?: number };
  declare printGridlines: boolean;
  declare centerHorizontally: boolean;
  declare leftMargin: number;
  declare rightMargin: number;
  declare topMargin: number;
  declare bottomMargin: number;
  declare headerMargin: number;
  declare footerMargin: number;

  get _info(): ClassInfo<string> {
    return PAGE_LAYOUT;
  }

  /** Stores the rows as an absolute row reference ("$1:$3"). */
  setPrintTitleRows(printTitleRows: FakeRange | string): void {
    this._sameContext(printTitleRows);
    this._act('PageLayout.setPrintTitleRows', (id, rt) => {
      const s = sheet(rt, id);
      const { rect } = rangeArg(rt, printTitleRows, s);
      s.pageLayout.printTitleRows = `$${rect.row + 1}:$${rect.row + rect.rows}`;
    });
  }

  getPrintTitleRowsOrNullObject(): FakeRange {
    this._rt.sets.require('PageLayout.getPrintTitleRowsOrNullObject');
    return new FakeRange(this.context, (rt) => {
      const id = this._resolve(rt);
      const rows = id === null ? null : sheet(rt, id).pageLayout.printTitleRows;
      const parsed = rows === null ? null : parseAddress(rows);
      return id === null || parsed === null ? null : { sheetId: id, rect: parsed.rect };
    })._resolveEagerly('PageLayout.getPrintTitleRowsOrNullObject');
  }

  /** Stores the area as an absolute address ("$A$1:$F$40"). */
  setPrintArea(printArea: FakeRange | string): void {
    this._sameContext(printArea);
    this._act('PageLayout.setPrintArea', (id, rt) => {
      const s = sheet(rt, id);
      const { rect } = rangeArg(rt, printArea, s);
      s.pageLayout.printArea = rectAddress(rect, true);
    });
  }
}
installProps(FakePageLayout, PAGE_LAYOUT as ClassInfo<never>);

// ---------- protection ----------

const PROTECTION: ClassInfo<string> = defineClass<string>({
  name: 'WorksheetProtection',
  props: {
    protected: { api: 'WorksheetProtection.protected', get: (id, rt) => sheet(rt, id).protection.protected },
    options: { api: 'WorksheetProtection.options', get: (id, rt) => ({ ...sheet(rt, id).protection.options }) },
  },
  nav: {},
});

export class FakeWorksheetProtection extends ClientObject<string> {
  static readonly info = PROTECTION;
  declare readonly protected: boolean;
  declare readonly options: Record<string, boolean | string>;

  get _info(): ClassInfo<string> {
    return PROTECTION;
  }

  protect(options?: Record<string, boolean | string> | null, password?: string): void {
    if (password !== undefined) this._rt.sets.require('WorksheetProtection.protect(password)');
    this._act('WorksheetProtection.protect', (id, rt) => {
      const s = sheet(rt, id);
      if (s.protection.protected) throw officeError('InvalidOperation', `worksheet '${s.name}' is already protected`);
      const defaults = defaultProtectionOptions();
      for (const k of Object.keys(options ?? {})) {
        if (!(k in defaults)) throw officeError('InvalidArgument', `'${k}' is not a worksheet protection option`);
      }
      s.protection = { protected: true, password: password ?? null, options: { ...defaults, ...(options ?? {}) } };
    });
  }

  unprotect(password?: string): void {
    if (password !== undefined) this._rt.sets.require('WorksheetProtection.unprotect(password)');
    this._act('WorksheetProtection.unprotect', (id, rt) => {
      const s = sheet(rt, id);
      if (!s.protection.protected) return;
      if (s.protection.password !== null && s.protection.password !== password) throw officeError('InvalidArgument', 'the password is wrong');
      s.protection = { protected: false, password: null, options: s.protection.options };
    });
  }
}
installProps(FakeWorksheetProtection, PROTECTION as ClassInfo<never>);

/** For WorksheetCollection.getItem: the id of a sheet by name or id. */
export function sheetIdFor(rt: Runtime, key: string, nullable: boolean): string | null {
  const s = findSheet(rt.wb, key);
  if (s === undefined) {
    if (nullable) return null;
    throw officeError('ItemNotFound', `no worksheet named '${key}'`);
  }
  return s.id;
}
