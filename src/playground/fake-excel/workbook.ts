/**
 * Workbook and its worksheet collection.
 */
import { officeError } from './errors';
import { FakeEventHandlers, type FakeEventName } from './events';
import type { FakeApplication } from './context';
import { FakeNamedItemCollection } from './names';
import { FakeNoteCollection } from './notes';
import { type ClassInfo, ClientCollection, ClientObject, type FakeClientResult, defineClass, installProps } from './proxy';
import { FakeRange } from './range';
import type { Runtime } from './runtime';
import { addSheet } from './sheets';
import { activeSheet } from './state';
import { FakeTableCollection } from './tables';
import { FakeWorksheet, sheetIdFor } from './worksheet';

const WORKSHEETS: ClassInfo<true> = defineClass<true>({
  name: 'WorksheetCollection',
  props: {},
  nav: {},
  item: () => FakeWorksheet.info as ClassInfo<never>,
});

export class FakeWorksheetCollection extends ClientCollection<true, FakeWorksheet> {
  static readonly info = WORKSHEETS;

  get _info(): ClassInfo<true> {
    return WORKSHEETS;
  }

  _members(_t: true, rt: Runtime): unknown[] {
    return rt.wb.sheets.map((s) => s.id);
  }

  _makeItem(id: unknown): FakeWorksheet {
    const s = new FakeWorksheet(this.context, () => id as string);
    s._target = id as string;
    return s;
  }

  /** Adds a sheet at the end (named "SheetN" without a name). Does not activate it. */
  add(name?: string): FakeWorksheet {
    this._rt.sets.require('WorksheetCollection.add');
    const created = new FakeWorksheet(this.context, () => {
      throw officeError('ItemNotFound', 'the worksheet was not added');
    });
    this._act('WorksheetCollection.add', (_t, rt) => {
      created._target = addSheet(rt.wb, name).id;
    });
    return created;
  }

  /** By name (case-insensitive) or id. */
  getItem(key: string): FakeWorksheet {
    this._rt.sets.require('WorksheetCollection.getItem');
    return new FakeWorksheet(this.context, (rt) => sheetIdFor(rt, key, false));
  }

  getItemOrNullObject(key: string): FakeWorksheet {
    this._rt.sets.require('WorksheetCollection.getItemOrNullObject');
    return new FakeWorksheet(this.context, (rt) => sheetIdFor(rt, key, true))._resolveEagerly('WorksheetCollection.getItemOrNullObject');
  }

  getActiveWorksheet(): FakeWorksheet {
    this._rt.sets.require('WorksheetCollection.getActiveWorksheet');
    return new FakeWorksheet(this.context, (rt) => activeSheet(rt.wb).id);
  }

  getCount(): FakeClientResult<number> {
    return this._count('WorksheetCollection.getCount');
  }

  /** Data changed on any sheet (ExcelApi 1.9). */
  get onChanged(): FakeEventHandlers {
    return this.events('onChanged', 'Changed', 'WorksheetCollection.onChanged');
  }

  /** Another sheet became the active one (ExcelApi 1.7). */
  get onActivated(): FakeEventHandlers {
    return this.events('onActivated', 'Activated', 'WorksheetCollection.onActivated');
  }

  get onDeactivated(): FakeEventHandlers {
    return this.events('onDeactivated', 'Deactivated', 'WorksheetCollection.onDeactivated');
  }

  /** ExcelApi 1.9. */
  get onSelectionChanged(): FakeEventHandlers {
    return this.events('onSelectionChanged', 'SelectionChanged', 'WorksheetCollection.onSelectionChanged');
  }

  private events(
    prop: string,
    name: FakeEventName,
    api: 'WorksheetCollection.onChanged' | 'WorksheetCollection.onActivated' | 'WorksheetCollection.onDeactivated' | 'WorksheetCollection.onSelectionChanged',
  ): FakeEventHandlers {
    return this._child(prop, api, () => new FakeEventHandlers(this, name, api, () => '*'));
  }
}

const WORKBOOK: ClassInfo<true> = defineClass<true>({
  name: 'Workbook',
  props: {},
  nav: {
    worksheets: { api: 'Workbook.worksheets', info: () => WORKSHEETS as ClassInfo<never> },
    names: { api: 'Workbook.names', info: () => FakeNamedItemCollection.info as ClassInfo<never> },
    tables: { api: 'Workbook.tables', info: () => FakeTableCollection.info as ClassInfo<never> },
    notes: { api: 'Workbook.notes', info: () => FakeNoteCollection.info as ClassInfo<never> },
  },
});

export class FakeWorkbook extends ClientObject<true> {
  static readonly info = WORKBOOK;

  constructor(
    context: ConstructorParameters<typeof ClientObject>[0],
    private readonly app: FakeApplication,
  ) {
    super(context, () => true);
  }

  get _info(): ClassInfo<true> {
    return WORKBOOK;
  }

  get application(): FakeApplication {
    this._rt.sets.require('Workbook.application');
    return this.app;
  }

  get worksheets(): FakeWorksheetCollection {
    return this._child('worksheets', 'Workbook.worksheets', () => new FakeWorksheetCollection(this.context, () => true));
  }

  get names(): FakeNamedItemCollection {
    return this._child('names', 'Workbook.names', () => new FakeNamedItemCollection(this.context, () => ({})));
  }

  get tables(): FakeTableCollection {
    return this._child('tables', 'Workbook.tables', () => new FakeTableCollection(this.context, () => ({})));
  }

  get notes(): FakeNoteCollection {
    return this._child('notes', 'Workbook.notes', () => new FakeNoteCollection(this.context, () => ({})));
  }

  /** The selection on the active sheet (what Range.select() last chose there; A1 at first). */
  getSelectedRange(): FakeRange {
    this._rt.sets.require('Workbook.getSelectedRange');
    return new FakeRange(this.context, (rt) => {
      const sheet = activeSheet(rt.wb);
      return { sheetId: sheet.id, rect: sheet.selection };
    });
  }

  getActiveCell(): FakeRange {
    this._rt.sets.require('Workbook.getActiveCell');
    return new FakeRange(this.context, (rt) => {
      const sheet = activeSheet(rt.wb);
      return { sheetId: sheet.id, rect: { row: sheet.selection.row, col: sheet.selection.col, rows: 1, cols: 1 } };
    });
  }
}
installProps(FakeWorkbook, WORKBOOK as ClassInfo<never>);
