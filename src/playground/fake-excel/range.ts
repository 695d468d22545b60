/**
 * Range (and RangeAreas for merged areas): addresses, contents, number formats,
 * derived ranges, merging, selection, clearing, row/column grouping.
 */
import {
  MAX_COLUMNS,
  MAX_ROWS,
  type Rect,
  cellCount,
  inBounds,
  intersect,
  isEntireColumn,
  isEntireRow,
  parseAddress,
  qualifiedAddress,
  rectAddress,
  rectContainsRect,
} from './address';
import { assertEditable, clearRange, readGrid, writeContents } from './cells';
import { FakeConditionalFormatCollection, removeConditionalFormatsIn } from './conditional-formats';
import { officeError } from './errors';
import { FakeRangeFormat, assertFormattable, setNumberFormats, sheetOf } from './formats';
import { type ClassInfo, ClientCollection, ClientObject, defineClass, installProps } from './proxy';
import type { ApiKey } from './requirements';
import type { Runtime } from './runtime';
import { type Hyperlink, type RangeRef, type SheetState, ensureCell, findSheet, getCell, resolveName, sheetById, usedRect } from './state';
import { FakeDataValidation } from './validation';
import { FakeWorksheet } from './worksheet';

/**
 * A Range or address argument, resolved: "A1:B2" (on `sheet`), "Sheet2!A1", "'Chấm điểm'!A1",
 * a workbook defined name, or a Range proxy.
 */
export function rangeArg(rt: Runtime, arg: unknown, sheet?: SheetState): RangeRef {
  if (arg instanceof FakeRange) return arg._require(rt);
  if (typeof arg !== 'string') throw officeError('InvalidArgument', 'expected a Range or an address string');
  const parsed = parseAddress(arg);
  if (parsed === null) {
    const name = resolveName(rt.wb, arg, sheet);
    if (name !== undefined) {
      const target = parseAddress(name.formula.replace(/^=/, ''));
      const s = target?.sheet === undefined ? undefined : findSheet(rt.wb, target.sheet);
      if (target !== null && s !== undefined) return { sheetId: s.id, rect: target.rect };
    }
    throw officeError('InvalidArgument', `'${arg}' is not a valid address`);
  }
  if (parsed.sheet !== undefined) {
    const s = findSheet(rt.wb, parsed.sheet);
    if (s === undefined) throw officeError('InvalidReference', `no worksheet named '${parsed.sheet}' (in '${arg}')`);
    if (sheet !== undefined && s.id !== sheet.id) throw officeError('InvalidReference', `'${arg}' is not on worksheet '${sheet.name}'`);
    return { sheetId: s.id, rect: parsed.rect };
  }
  if (sheet === undefined) throw officeError('InvalidReference', `'${arg}' does not name a worksheet`);
  return { sheetId: sheet.id, rect: parsed.rect };
}

/** range.values / formulas = v: writes, then raises onChanged. */
function writeCells(rt: Runtime, ref: RangeRef, v: unknown, what: 'values' | 'formulas'): void {
  writeContents(rt, sheetOf(rt, ref), ref.rect, v, what);
  rt.events.changed(ref.sheetId, rectAddress(ref.rect), 'api');
}

function moved(ref: RangeRef, rect: Rect): RangeRef {
  if (!inBounds(rect)) throw officeError('InvalidArgument', 'the resulting range is outside the worksheet');
  return { sheetId: ref.sheetId, rect };
}

function int(v: unknown, what: string): number {
  if (typeof v !== 'number' || !Number.isInteger(v)) throw officeError('InvalidArgument', `${what} must be an integer`);
  return v;
}

function allIn(set: Set<number>, from: number, count: number): boolean | null {
  let hidden = 0;
  const n = Math.min(count, 100_000);
  for (let i = from; i < from + n; i++) if (set.has(i)) hidden++;
  return hidden === 0 ? false : hidden === n ? true : null;
}

const RANGE: ClassInfo<RangeRef> = defineClass<RangeRef>({
  name: 'Range',
  props: {
    address: { api: 'Range.address', get: (ref, rt) => qualifiedAddress(sheetOf(rt, ref).name, ref.rect) },
    addressLocal: { api: 'Range.addressLocal', get: (ref, rt) => qualifiedAddress(sheetOf(rt, ref).name, ref.rect) },
    cellCount: { api: 'Range.cellCount', get: (ref) => cellCount(ref.rect) },
    rowIndex: { api: 'Range.rowIndex', get: (ref) => ref.rect.row },
    columnIndex: { api: 'Range.columnIndex', get: (ref) => ref.rect.col },
    rowCount: { api: 'Range.rowCount', get: (ref) => ref.rect.rows },
    columnCount: { api: 'Range.columnCount', get: (ref) => ref.rect.cols },
    isEntireColumn: { api: 'Range.isEntireColumn', get: (ref) => isEntireColumn(ref.rect) },
    isEntireRow: { api: 'Range.isEntireRow', get: (ref) => isEntireRow(ref.rect) },
    values: {
      api: 'Range.values',
      get: (ref, rt) => readGrid(sheetOf(rt, ref), ref.rect, 'values'),
      set: (ref, rt, v) => writeCells(rt, ref, v, 'values'),
    },
    formulas: {
      api: 'Range.formulas',
      get: (ref, rt) => readGrid(sheetOf(rt, ref), ref.rect, 'formulas'),
      set: (ref, rt, v) => writeCells(rt, ref, v, 'formulas'),
    },
    formulasLocal: {
      api: 'Range.formulasLocal',
      get: (ref, rt) => readGrid(sheetOf(rt, ref), ref.rect, 'formulas'),
      set: (ref, rt, v) => writeCells(rt, ref, v, 'formulas'),
    },
    text: { api: 'Range.text', get: (ref, rt) => readGrid(sheetOf(rt, ref), ref.rect, 'text') },
    valueTypes: { api: 'Range.valueTypes', get: (ref, rt) => readGrid(sheetOf(rt, ref), ref.rect, 'valueTypes') },
    numberFormat: {
      api: 'Range.numberFormat',
      get: (ref, rt) => readGrid(sheetOf(rt, ref), ref.rect, 'numberFormat'),
      set: (ref, rt, v) => {
        const sheet = sheetOf(rt, ref);
        assertFormattable(sheet);
        setNumberFormats(sheet, ref.rect, v);
      },
    },
    columnHidden: {
      api: 'Range.columnHidden',
      get: (ref, rt) => allIn(sheetOf(rt, ref).hiddenColumns, ref.rect.col, ref.rect.cols),
      set: (ref, rt, v) => {
        const sheet = sheetOf(rt, ref);
        assertFormattable(sheet, 'allowFormatColumns');
        for (let c = ref.rect.col; c < ref.rect.col + ref.rect.cols; c++) {
          if (v === true) sheet.hiddenColumns.add(c);
          else sheet.hiddenColumns.delete(c);
        }
      },
    },
    rowHidden: {
      api: 'Range.rowHidden',
      get: (ref, rt) => allIn(sheetOf(rt, ref).hiddenRows, ref.rect.row, ref.rect.rows),
      set: (ref, rt, v) => {
        const sheet = sheetOf(rt, ref);
        assertFormattable(sheet, 'allowFormatRows');
        if (ref.rect.rows > 100_000) throw officeError('NotImplemented', 'hiding whole columns of rows is not implemented by the fake');
        for (let r = ref.rect.row; r < ref.rect.row + ref.rect.rows; r++) {
          if (v === true) sheet.hiddenRows.add(r);
          else sheet.hiddenRows.delete(r);
        }
      },
    },
    hyperlink: {
      api: 'Range.hyperlink',
      get: (ref, rt) => getCell(sheetOf(rt, ref), ref.rect.row, ref.rect.col)?.hyperlink ?? null,
      set: (ref, rt, v) => {
        const sheet = sheetOf(rt, ref);
        assertEditable(sheet, ref.rect);
        if (cellCount(ref.rect) > 100_000) throw officeError('InvalidArgument', 'too many cells for a hyperlink');
        const link = (v ?? null) as Hyperlink | null;
        for (let r = ref.rect.row; r < ref.rect.row + ref.rect.rows; r++) {
          for (let c = ref.rect.col; c < ref.rect.col + ref.rect.cols; c++) {
            const cell = ensureCell(sheet, r, c);
            if (link === null) delete cell.hyperlink;
            else {
              cell.hyperlink = { ...link };
              if (link.textToDisplay !== undefined) {
                cell.value = link.textToDisplay;
                delete cell.formula;
              }
            }
          }
        }
        rt.wb.dirty = true;
      },
    },
  },
  nav: {
    format: { api: 'Range.format', info: () => FakeRangeFormat.info as ClassInfo<never> },
    worksheet: { api: 'Range.worksheet', info: () => FakeWorksheet.info as ClassInfo<never> },
    dataValidation: { api: 'Range.dataValidation', info: () => FakeDataValidation.info as ClassInfo<never> },
    conditionalFormats: { api: 'Range.conditionalFormats', info: () => FakeConditionalFormatCollection.info as ClassInfo<never> },
  },
});

export class FakeRange extends ClientObject<RangeRef> {
  static readonly info = RANGE;
  declare readonly address: string;
  declare readonly addressLocal: string;
  declare readonly cellCount: number;
  declare readonly rowIndex: number;
  declare readonly columnIndex: number;
  declare readonly rowCount: number;
  declare readonly columnCount: number;
  declare readonly isEntireColumn: boolean;
  declare readonly isEntireRow: boolean;
  declare values: unknown[][];
  declare formulas: unknown[][];
  declare formulasLocal: unknown[][];
  declare readonly text: string[][];
  declare readonly valueTypes: string[][];
  declare numberFormat: unknown[][];
  declare columnHidden: boolean | null;
  declare rowHidden: boolean | null;
  declare hyperlink: Hyperlink | null;

  get _info(): ClassInfo<RangeRef> {
    return RANGE;
  }

  get format(): FakeRangeFormat {
    return this._child('format', 'Range.format', () => new FakeRangeFormat(this.context, (rt) => this._resolve(rt)));
  }

  get worksheet(): FakeWorksheet {
    return this._child('worksheet', 'Range.worksheet', () => new FakeWorksheet(this.context, (rt) => this._resolve(rt)?.sheetId ?? null));
  }

  get dataValidation(): FakeDataValidation {
    return this._child('dataValidation', 'Range.dataValidation', () => new FakeDataValidation(this.context, (rt) => this._resolve(rt)));
  }

  get conditionalFormats(): FakeConditionalFormatCollection {
    return this._child('conditionalFormats', 'Range.conditionalFormats', () => new FakeConditionalFormatCollection(this.context, (rt) => this._resolve(rt)));
  }

  /** A range derived from this one when the batch runs. */
  private derive(api: ApiKey, make: (ref: RangeRef, rt: Runtime) => RangeRef | null, nullable = false): FakeRange {
    this._rt.sets.require(api);
    const r = new FakeRange(this.context, (rt) => {
      const base = this._resolve(rt);
      return base === null ? null : make(base, rt);
    });
    return nullable ? r._resolveEagerly(api) : r;
  }

  getCell(row: number, column: number): FakeRange {
    return this.derive('Range.getCell', (ref) => moved(ref, { row: ref.rect.row + int(row, 'row'), col: ref.rect.col + int(column, 'column'), rows: 1, cols: 1 }));
  }

  getOffsetRange(rowOffset: number, columnOffset: number): FakeRange {
    return this.derive('Range.getOffsetRange', (ref) => moved(ref, { ...ref.rect, row: ref.rect.row + int(rowOffset, 'rowOffset'), col: ref.rect.col + int(columnOffset, 'columnOffset') }));
  }

  getResizedRange(deltaRows: number, deltaColumns: number): FakeRange {
    return this.derive('Range.getResizedRange', (ref) => moved(ref, { ...ref.rect, rows: ref.rect.rows + int(deltaRows, 'deltaRows'), cols: ref.rect.cols + int(deltaColumns, 'deltaColumns') }));
  }

  getRow(row: number): FakeRange {
    return this.derive('Range.getRow', (ref) => {
      const i = int(row, 'row');
      if (i < 0 || i >= ref.rect.rows) throw officeError('InvalidArgument', `row ${i} is outside the range`);
      return moved(ref, { ...ref.rect, row: ref.rect.row + i, rows: 1 });
    });
  }

  getColumn(column: number): FakeRange {
    return this.derive('Range.getColumn', (ref) => {
      const i = int(column, 'column');
      if (i < 0 || i >= ref.rect.cols) throw officeError('InvalidArgument', `column ${i} is outside the range`);
      return moved(ref, { ...ref.rect, col: ref.rect.col + i, cols: 1 });
    });
  }

  getEntireRow(): FakeRange {
    return this.derive('Range.getEntireRow', (ref) => moved(ref, { row: ref.rect.row, rows: ref.rect.rows, col: 0, cols: MAX_COLUMNS }));
  }

  getEntireColumn(): FakeRange {
    return this.derive('Range.getEntireColumn', (ref) => moved(ref, { row: 0, rows: MAX_ROWS, col: ref.rect.col, cols: ref.rect.cols }));
  }

  getIntersectionOrNullObject(anotherRange: FakeRange | string): FakeRange {
    this._sameContext(anotherRange);
    return this.derive(
      'Range.getIntersectionOrNullObject',
      (ref, rt) => {
        const other = rangeArg(rt, anotherRange, sheetOf(rt, ref));
        if (other.sheetId !== ref.sheetId) return null;
        const i = intersect(ref.rect, other.rect);
        return i === null ? null : { sheetId: ref.sheetId, rect: i };
      },
      true,
    );
  }

  /** The used part of this range; ItemNotFound when it holds nothing. */
  getUsedRange(valuesOnly?: boolean): FakeRange {
    return this.derive('Range.getUsedRange', (ref, rt) => {
      const used = usedRect(sheetOf(rt, ref), valuesOnly === true);
      const i = used === null ? null : intersect(used, ref.rect);
      if (i === null) throw officeError('ItemNotFound', 'the range is empty');
      return { sheetId: ref.sheetId, rect: i };
    });
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): FakeRange {
    return this.derive(
      'Range.getUsedRangeOrNullObject',
      (ref, rt) => {
        const used = usedRect(sheetOf(rt, ref), valuesOnly === true);
        const i = used === null ? null : intersect(used, ref.rect);
        return i === null ? null : { sheetId: ref.sheetId, rect: i };
      },
      true,
    );
  }

  getMergedAreasOrNullObject(): FakeRangeAreas {
    this._rt.sets.require('Range.getMergedAreasOrNullObject');
    return new FakeRangeAreas(this.context, (rt) => {
      const ref = this._resolve(rt);
      if (ref === null) return null;
      const merges = sheetOf(rt, ref).merges.filter((m) => intersect(m, ref.rect) !== null);
      return merges.length === 0 ? null : { sheetId: ref.sheetId, rects: merges };
    })._resolveEagerly('Range.getMergedAreasOrNullObject');
  }

  merge(across?: boolean): void {
    this._act('Range.merge', (ref, rt) => {
      const sheet = sheetOf(rt, ref);
      assertFormattable(sheet);
      const { rect } = ref;
      const pieces = across === true ? Array.from({ length: rect.rows }, (_, i) => ({ ...rect, row: rect.row + i, rows: 1 })) : [rect];
      for (const table of rt.wb.tables) {
        if (table.sheetId === sheet.id && intersect(table.rect, rect) !== null) throw officeError('InvalidOperation', `cannot merge cells of table '${table.name}'`);
      }
      for (const piece of pieces) {
        if (cellCount(piece) < 2) continue;
        for (const m of sheet.merges) {
          if (intersect(m, piece) !== null && !rectContainsRect(piece, m)) throw officeError('InvalidOperation', 'the range partly overlaps a merged area');
        }
        sheet.merges = sheet.merges.filter((m) => !rectContainsRect(piece, m));
        // Excel keeps only the upper-left value.
        for (let r = piece.row; r < piece.row + piece.rows; r++) {
          for (let c = piece.col; c < piece.col + piece.cols; c++) {
            if (r === piece.row && c === piece.col) continue;
            const cell = getCell(sheet, r, c);
            if (cell !== undefined) {
              cell.value = null;
              delete cell.formula;
            }
          }
        }
        sheet.merges.push(piece);
      }
      rt.wb.dirty = true;
    });
  }

  unmerge(): void {
    this._act('Range.unmerge', (ref, rt) => {
      const sheet = sheetOf(rt, ref);
      assertFormattable(sheet);
      sheet.merges = sheet.merges.filter((m) => intersect(m, ref.rect) === null);
    });
  }

  select(): void {
    this._act('Range.select', (ref, rt) => {
      const sheet = sheetOf(rt, ref);
      if (sheet.visibility !== 'Visible') throw officeError('InvalidSelection', `worksheet '${sheet.name}' is hidden`);
      rt.wb.activeSheetId = sheet.id;
      const before = sheet.selection;
      sheet.selection = ref.rect;
      rt.selections.push(qualifiedAddress(sheet.name, ref.rect));
      if (rectAddress(before) !== rectAddress(ref.rect)) rt.events.selectionChanged(sheet.id, rectAddress(ref.rect));
    });
  }

  clear(applyTo?: string): void {
    this._act('Range.clear', (ref, rt) => {
      const sheet = sheetOf(rt, ref);
      const mode = applyTo ?? 'All';
      clearRange(rt, sheet, ref.rect, mode);
      if (/^(all|formats)$/i.test(mode)) removeConditionalFormatsIn(sheet, ref.rect);
      if (/^(all|contents|resetcontents)$/i.test(mode)) rt.events.changed(sheet.id, rectAddress(ref.rect), 'api');
    });
  }

  group(groupOption: string): void {
    this._act('Range.group', (ref, rt) => outline(sheetOf(rt, ref), ref.rect, groupOption, +1));
  }

  ungroup(groupOption: string): void {
    this._act('Range.ungroup', (ref, rt) => outline(sheetOf(rt, ref), ref.rect, groupOption, -1));
  }
}
installProps(FakeRange, RANGE as ClassInfo<never>);

/** Row/column outline levels (Excel allows 8 levels). */
function outline(sheet: SheetState, rect: Rect, option: string, delta: 1 | -1): void {
  assertFormattable(sheet, /^byrows$/i.test(option) ? 'allowFormatRows' : 'allowFormatColumns');
  let levels: Map<number, number>;
  let from: number;
  let count: number;
  if (/^byrows$/i.test(option)) {
    levels = sheet.rowOutline;
    from = rect.row;
    count = rect.rows;
  } else if (/^bycolumns$/i.test(option)) {
    levels = sheet.columnOutline;
    from = rect.col;
    count = rect.cols;
  } else {
    throw officeError('InvalidArgument', `'${option}' is not a GroupOption`);
  }
  if (count > 100_000) throw officeError('InvalidArgument', 'group a bounded range of rows or columns');
  for (let i = from; i < from + count; i++) {
    const next = (levels.get(i) ?? 0) + delta;
    if (next > 7) throw officeError('InvalidOperation', 'Excel allows at most 8 outline levels');
    if (next <= 0) levels.delete(i);
    else levels.set(i, next);
  }
}

// ---------- RangeAreas (merged areas) ----------

interface AreasRef {
  readonly sheetId: string;
  readonly rects: readonly Rect[];
}

const RANGE_COLLECTION: ClassInfo<AreasRef> = defineClass<AreasRef>({
  name: 'RangeCollection',
  props: {},
  nav: {},
  item: () => RANGE as ClassInfo<never>,
});

export class FakeRangeCollection extends ClientCollection<AreasRef, FakeRange> {
  get _info(): ClassInfo<AreasRef> {
    return RANGE_COLLECTION;
  }

  _members(target: AreasRef): unknown[] {
    return target.rects.map((rect) => ({ sheetId: target.sheetId, rect }));
  }

  _makeItem(member: unknown): FakeRange {
    const r = new FakeRange(this.context, () => member as RangeRef);
    r._target = member as RangeRef;
    return r;
  }
}

const RANGE_AREAS: ClassInfo<AreasRef> = defineClass<AreasRef>({
  name: 'RangeAreas',
  props: {
    address: { api: 'RangeAreas.address', get: (a, rt) => a.rects.map((r) => qualifiedAddress(sheetById(rt.wb, a.sheetId).name, r)).join(',') },
    areaCount: { api: 'RangeAreas.areaCount', get: (a) => a.rects.length },
    cellCount: { api: 'RangeAreas.cellCount', get: (a) => a.rects.reduce((n, r) => n + cellCount(r), 0) },
  },
  nav: { areas: { api: 'RangeAreas.areas', info: () => RANGE_COLLECTION as ClassInfo<never> } },
});

export class FakeRangeAreas extends ClientObject<AreasRef> {
  declare readonly address: string;
  declare readonly areaCount: number;
  declare readonly cellCount: number;

  get _info(): ClassInfo<AreasRef> {
    return RANGE_AREAS;
  }

  get areas(): FakeRangeCollection {
    return this._child('areas', 'RangeAreas.areas', () => new FakeRangeCollection(this.context, (rt) => this._resolve(rt)));
  }
}
installProps(FakeRangeAreas, RANGE_AREAS as ClassInfo<never>);
