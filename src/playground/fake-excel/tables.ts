/**
 * Tables: the workbook-wide collection (workbook.tables) and each sheet's
 * (worksheet.tables), tables and their columns.
 */
import { type Rect, intersect, isEntireColumn, isEntireRow } from './address';
import { clearRange } from './cells';
import { officeError } from './errors';
import { assertFormattable } from './formats';
import { type ClassInfo, ClientCollection, ClientObject, type FakeClientResult, defineClass, installProps } from './proxy';
import { FakeRange, rangeArg } from './range';
import type { Runtime } from './runtime';
import { type TableState, activeSheet, checkDefinedName, ensureCell, getCell, nameInUse, sameName, sheetById } from './state';
import { apiValue } from './values';
import { FakeWorksheet } from './worksheet';

const BUILT_IN_STYLES = new Set<string>([
  ...Array.from({ length: 21 }, (_, i) => `TableStyleLight${i + 1}`),
  ...Array.from({ length: 28 }, (_, i) => `TableStyleMedium${i + 1}`),
  ...Array.from({ length: 11 }, (_, i) => `TableStyleDark${i + 1}`),
].map((s) => s.toLowerCase()));

function table(rt: Runtime, id: string): TableState {
  const t = rt.wb.tables.find((x) => x.id === id);
  if (t === undefined) throw officeError('ItemNotFound', 'the table was deleted');
  return t;
}

function bodyRect(t: TableState): Rect {
  const header = t.showHeaders ? 1 : 0;
  return { ...t.rect, row: t.rect.row + header, rows: t.rect.rows - header - (t.showTotals ? 1 : 0) };
}

function findTable(rt: Runtime, scope: TableScope, key: string): TableState | undefined {
  return rt.wb.tables.find((t) => (scope.sheetId === undefined || t.sheetId === scope.sheetId) && (t.id === key || sameName(t.name, key)));
}

/** Creates a table over rect; the first row holds the headers. */
function addTable(rt: Runtime, sheetId: string, given: Rect, hasHeaders: unknown): TableState {
  if (hasHeaders !== true) {
    if (hasHeaders === false) throw officeError('NotImplemented', 'tables.add(address, false) inserts a header row above the data; the fake implements hasHeaders = true only');
    throw officeError('InvalidArgument', 'hasHeaders must be true or false');
  }
  const sheet = sheetById(rt.wb, sheetId);
  assertFormattable(sheet);
  if (isEntireColumn(given) || isEntireRow(given)) throw officeError('InvalidArgument', 'a table needs a bounded range, not whole rows or columns');
  // A table always has a data row: a header-only range gets one empty row.
  const rect = given.rows === 1 ? { ...given, rows: 2 } : given;
  for (const other of rt.wb.tables) {
    if (other.sheetId === sheetId && intersect(other.rect, rect) !== null) throw officeError('InvalidOperation', `the range overlaps table '${other.name}'`);
  }
  if (sheet.merges.some((m) => intersect(m, rect) !== null)) throw officeError('InvalidOperation', 'a table cannot contain merged cells');
  let n = 1;
  while (nameInUse(rt.wb, `Table${n}`)) n++;
  const columns: TableState['columns'] = [];
  for (let k = 0; k < rect.cols; k++) {
    const cell = getCell(sheet, rect.row, rect.col + k);
    let name = cell === undefined || cell.value === null ? '' : String(apiValue(cell.value));
    if (name === '') name = `Column${k + 1}`;
    let unique = name;
    for (let i = 2; columns.some((c) => sameName(c.name, unique)); i++) unique = `${name}${i}`;
    columns.push({ id: k + 1, name: unique });
    // Header cells hold text (formulas become their text, as Excel does).
    const headerCell = ensureCell(sheet, rect.row, rect.col + k);
    headerCell.value = unique;
    delete headerCell.formula;
  }
  const t = newTableState({ id: String(rt.wb.nextId++), name: `Table${n}`, sheetId, rect, columns });
  rt.wb.tables.push(t);
  rt.wb.dirty = true;
  return t;
}

/** A table with Excel's defaults for a new table (header row, banded rows, filter buttons). */
export function newTableState(t: Pick<TableState, 'id' | 'name' | 'sheetId' | 'rect' | 'columns'> & { readonly style?: string }): TableState {
  return {
    ...t,
    showHeaders: true,
    showTotals: false,
    style: t.style ?? 'TableStyleMedium2',
    showBandedRows: true,
    showBandedColumns: false,
    showFilterButton: true,
    highlightFirstColumn: false,
    highlightLastColumn: false,
  };
}

function boolProp(key: 'showBandedRows' | 'showBandedColumns' | 'showFilterButton' | 'highlightFirstColumn' | 'highlightLastColumn') {
  return {
    get: (id: string, rt: Runtime) => table(rt, id)[key],
    set: (id: string, rt: Runtime, v: unknown) => {
      if (typeof v !== 'boolean') throw officeError('InvalidArgument', `${key} must be true or false`);
      table(rt, id)[key] = v;
    },
  };
}

const TABLE: ClassInfo<string> = defineClass<string>({
  name: 'Table',
  props: {
    id: { api: 'Table.id', get: (id) => id },
    name: {
      api: 'Table.name',
      get: (id, rt) => table(rt, id).name,
      set: (id, rt, v) => {
        const name = checkDefinedName(v, 'table');
        if (nameInUse(rt.wb, name, id)) throw officeError('ItemAlreadyExists', `the name '${name}' is already used by a table or a defined name`);
        table(rt, id).name = name;
        rt.wb.dirty = true;
      },
    },
    style: {
      api: 'Table.style',
      get: (id, rt) => table(rt, id).style,
      set: (id, rt, v) => {
        if (typeof v !== 'string' || !BUILT_IN_STYLES.has(v.toLowerCase())) throw officeError('InvalidArgument', `'${String(v)}' is not a table style`);
        table(rt, id).style = v;
      },
    },
    showHeaders: {
      api: 'Table.showHeaders',
      get: (id, rt) => table(rt, id).showHeaders,
      set: (id, rt, v) => {
        if (v !== true) throw officeError('NotImplemented', 'hiding a table header row is not implemented by the fake');
        table(rt, id).showHeaders = true;
      },
    },
    showTotals: {
      api: 'Table.showTotals',
      get: (id, rt) => table(rt, id).showTotals,
      set: (id, rt, v) => {
        if (v !== false) throw officeError('NotImplemented', 'table total rows are not implemented by the fake');
        table(rt, id).showTotals = false;
      },
    },
    showBandedRows: { api: 'Table.showBandedRows', ...boolProp('showBandedRows') },
    showBandedColumns: { api: 'Table.showBandedColumns', ...boolProp('showBandedColumns') },
    showFilterButton: { api: 'Table.showFilterButton', ...boolProp('showFilterButton') },
    highlightFirstColumn: { api: 'Table.highlightFirstColumn', ...boolProp('highlightFirstColumn') },
    highlightLastColumn: { api: 'Table.highlightLastColumn', ...boolProp('highlightLastColumn') },
  },
  nav: {
    columns: { api: 'Table.columns', info: () => COLUMNS as ClassInfo<never> },
    worksheet: { api: 'Table.worksheet', info: () => FakeWorksheet.info as ClassInfo<never> },
  },
});

export class FakeTable extends ClientObject<string> {
  static readonly info = TABLE;
  declare readonly id: string;
  declare name: string;
  declare style: string;
  declare showHeaders: boolean;
  declare showTotals: boolean;
  declare showBandedRows: boolean;
  declare showBandedColumns: boolean;
  declare showFilterButton: boolean;
  declare highlightFirstColumn: boolean;
  declare highlightLastColumn: boolean;

  get _info(): ClassInfo<string> {
    return TABLE;
  }

  get columns(): FakeTableColumnCollection {
    return this._child('columns', 'Table.columns', () => new FakeTableColumnCollection(this.context, (rt) => this._resolve(rt)));
  }

  get worksheet(): FakeWorksheet {
    return this._child('worksheet', 'Table.worksheet', () => new FakeWorksheet(this.context, (rt) => {
      const id = this._resolve(rt);
      return id === null ? null : table(rt, id).sheetId;
    }));
  }

  private part(api: 'Table.getRange' | 'Table.getHeaderRowRange' | 'Table.getDataBodyRange', rect: (t: TableState) => Rect): FakeRange {
    this._rt.sets.require(api);
    return new FakeRange(this.context, (rt) => {
      const id = this._resolve(rt);
      if (id === null) return null;
      const t = table(rt, id);
      return { sheetId: t.sheetId, rect: rect(t) };
    });
  }

  getRange(): FakeRange {
    return this.part('Table.getRange', (t) => t.rect);
  }

  getHeaderRowRange(): FakeRange {
    return this.part('Table.getHeaderRowRange', (t) => ({ ...t.rect, rows: 1 }));
  }

  getDataBodyRange(): FakeRange {
    return this.part('Table.getDataBodyRange', bodyRect);
  }

  /** Removes the table and its contents (Excel's Table.delete; convertToRange would keep them). */
  delete(): void {
    this._act('Table.delete', (id, rt) => {
      const t = table(rt, id);
      const sheet = sheetById(rt.wb, t.sheetId);
      clearRange(rt, sheet, t.rect, 'Contents');
      rt.wb.tables = rt.wb.tables.filter((x) => x !== t);
    });
  }
}
installProps(FakeTable, TABLE as ClassInfo<never>);

// ---------- collections ----------

/** Workbook tables ({}), or one sheet's ({ sheetId }). */
export interface TableScope {
  readonly sheetId?: string;
}

const TABLES: ClassInfo<TableScope> = defineClass<TableScope>({
  name: 'TableCollection',
  props: {
    count: { api: 'TableCollection.count', get: (scope, rt) => rt.wb.tables.filter((t) => scope.sheetId === undefined || t.sheetId === scope.sheetId).length },
  },
  nav: {},
  item: () => TABLE as ClassInfo<never>,
});

export class FakeTableCollection extends ClientCollection<TableScope, FakeTable> {
  static readonly info = TABLES;
  declare readonly count: number;

  get _info(): ClassInfo<TableScope> {
    return TABLES;
  }

  _members(scope: TableScope, rt: Runtime): unknown[] {
    const order = (sheetId: string): number => rt.wb.sheets.findIndex((s) => s.id === sheetId);
    return rt.wb.tables
      .filter((t) => scope.sheetId === undefined || t.sheetId === scope.sheetId)
      .sort((a, b) => order(a.sheetId) - order(b.sheetId) || a.rect.row - b.rect.row || a.rect.col - b.rect.col)
      .map((t) => t.id);
  }

  _makeItem(id: unknown): FakeTable {
    const t = new FakeTable(this.context, () => id as string);
    t._target = id as string;
    return t;
  }

  /** address: "A1:D5" on this sheet (worksheet.tables), "Sheet1!A1:D5" (workbook.tables) or a Range. */
  add(address: FakeRange | string, hasHeaders: boolean): FakeTable {
    this._sameContext(address);
    this._rt.sets.require('TableCollection.add');
    const created = new FakeTable(this.context, () => {
      throw officeError('ItemNotFound', 'the table was not created');
    });
    this._act('TableCollection.add', (scope, rt) => {
      const home = scope.sheetId === undefined ? undefined : sheetById(rt.wb, scope.sheetId);
      const ref = typeof address === 'string' && home === undefined && !address.includes('!') ? rangeArg(rt, address, activeSheet(rt.wb)) : rangeArg(rt, address, home);
      created._target = addTable(rt, ref.sheetId, ref.rect, hasHeaders).id;
    });
    return created;
  }

  getItem(key: string): FakeTable {
    this._rt.sets.require('TableCollection.getItem');
    return new FakeTable(this.context, (rt) => {
      const scope = this._resolve(rt);
      const t = scope === null ? undefined : findTable(rt, scope, key);
      if (t === undefined) throw officeError('ItemNotFound', `no table named '${key}'`);
      return t.id;
    });
  }

  getItemOrNullObject(key: string): FakeTable {
    this._rt.sets.require('TableCollection.getItemOrNullObject');
    return new FakeTable(this.context, (rt) => {
      const scope = this._resolve(rt);
      return (scope === null ? undefined : findTable(rt, scope, key))?.id ?? null;
    })._resolveEagerly('TableCollection.getItemOrNullObject');
  }

  getCount(): FakeClientResult<number> {
    return this._count('TableCollection.getCount');
  }
}
installProps(FakeTableCollection, TABLES as ClassInfo<never>);

// ---------- columns ----------

interface ColumnRef {
  readonly tableId: string;
  readonly columnId: number;
}

function column(rt: Runtime, ref: ColumnRef): { t: TableState; index: number } {
  const t = table(rt, ref.tableId);
  const index = t.columns.findIndex((c) => c.id === ref.columnId);
  if (index < 0) throw officeError('ItemNotFound', 'the table column was deleted');
  return { t, index };
}

function columnRect(t: TableState, index: number): Rect {
  return { ...t.rect, col: t.rect.col + index, cols: 1 };
}

const COLUMN: ClassInfo<ColumnRef> = defineClass<ColumnRef>({
  name: 'TableColumn',
  props: {
    id: { api: 'TableColumn.id', get: (ref) => ref.columnId },
    index: { api: 'TableColumn.index', get: (ref, rt) => column(rt, ref).index },
    name: {
      api: 'TableColumn.name',
      writeApi: 'TableColumn.name=',
      get: (ref, rt) => {
        const { t, index } = column(rt, ref);
        return t.columns[index].name;
      },
      set: (ref, rt, v) => {
        const { t, index } = column(rt, ref);
        if (typeof v !== 'string' || v.trim() === '') throw officeError('InvalidArgument', 'a column name must be a non-empty string');
        if (t.columns.some((c, k) => k !== index && sameName(c.name, v))) throw officeError('ItemAlreadyExists', `table '${t.name}' already has a column '${v}'`);
        t.columns[index].name = v;
        const cell = ensureCell(sheetById(rt.wb, t.sheetId), t.rect.row, t.rect.col + index);
        cell.value = v;
        delete cell.formula;
        rt.wb.dirty = true;
      },
    },
    values: {
      api: 'TableColumn.values',
      explicitOnly: true,
      get: (ref, rt) => {
        const { t, index } = column(rt, ref);
        const sheet = sheetById(rt.wb, t.sheetId);
        const rect = columnRect(t, index);
        return Array.from({ length: rect.rows }, (_, i) => [apiValue(getCell(sheet, rect.row + i, rect.col)?.value ?? null)]);
      },
    },
  },
  nav: {},
});

export class FakeTableColumn extends ClientObject<ColumnRef> {
  static readonly info = COLUMN;
  declare readonly id: number;
  declare readonly index: number;
  declare name: string;
  declare readonly values: unknown[][];

  get _info(): ClassInfo<ColumnRef> {
    return COLUMN;
  }

  private part(api: 'TableColumn.getRange' | 'TableColumn.getDataBodyRange' | 'TableColumn.getHeaderRowRange', pick: (t: TableState, index: number) => Rect): FakeRange {
    this._rt.sets.require(api);
    return new FakeRange(this.context, (rt) => {
      const ref = this._resolve(rt);
      if (ref === null) return null;
      const { t, index } = column(rt, ref);
      return { sheetId: t.sheetId, rect: pick(t, index) };
    });
  }

  getRange(): FakeRange {
    return this.part('TableColumn.getRange', columnRect);
  }

  getDataBodyRange(): FakeRange {
    return this.part('TableColumn.getDataBodyRange', (t, index) => ({ ...bodyRect(t), col: t.rect.col + index, cols: 1 }));
  }

  getHeaderRowRange(): FakeRange {
    return this.part('TableColumn.getHeaderRowRange', (t, index) => ({ ...t.rect, rows: 1, col: t.rect.col + index, cols: 1 }));
  }
}
installProps(FakeTableColumn, COLUMN as ClassInfo<never>);

const COLUMNS: ClassInfo<string> = defineClass<string>({
  name: 'TableColumnCollection',
  props: {
    count: { api: 'TableColumnCollection.count', get: (id, rt) => table(rt, id).columns.length },
  },
  nav: {},
  item: () => COLUMN as ClassInfo<never>,
});

export class FakeTableColumnCollection extends ClientCollection<string, FakeTableColumn> {
  static readonly info = COLUMNS;
  declare readonly count: number;

  get _info(): ClassInfo<string> {
    return COLUMNS;
  }

  _members(id: string, rt: Runtime): unknown[] {
    return table(rt, id).columns.map((c) => ({ tableId: id, columnId: c.id }));
  }

  _makeItem(member: unknown): FakeTableColumn {
    const c = new FakeTableColumn(this.context, () => member as ColumnRef);
    c._target = member as ColumnRef;
    return c;
  }

  private find(api: 'TableColumnCollection.getItem' | 'TableColumnCollection.getItemAt' | 'TableColumnCollection.getItemOrNullObject', match: (t: TableState) => number, nullable: boolean): FakeTableColumn {
    this._rt.sets.require(api);
    const c = new FakeTableColumn(this.context, (rt) => {
      const id = this._resolve(rt);
      if (id === null) return null;
      const t = table(rt, id);
      const index = match(t);
      if (index < 0 || index >= t.columns.length) {
        if (nullable) return null;
        throw officeError('ItemNotFound', `table '${t.name}' has no such column`);
      }
      return { tableId: id, columnId: t.columns[index].id };
    });
    return nullable ? c._resolveEagerly(api) : c;
  }

  /** By name, or by id when a number is given. */
  getItem(key: number | string): FakeTableColumn {
    return this.find('TableColumnCollection.getItem', (t) => (typeof key === 'number' ? t.columns.findIndex((c) => c.id === key) : t.columns.findIndex((c) => sameName(c.name, key))), false);
  }

  getItemAt(index: number): FakeTableColumn {
    return this.find('TableColumnCollection.getItemAt', () => index, false);
  }

  getItemOrNullObject(key: number | string): FakeTableColumn {
    return this.find('TableColumnCollection.getItemOrNullObject', (t) => (typeof key === 'number' ? t.columns.findIndex((c) => c.id === key) : t.columns.findIndex((c) => sameName(c.name, key))), true);
  }
}
installProps(FakeTableColumnCollection, COLUMNS as ClassInfo<never>);
