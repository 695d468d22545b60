/**
 * Defined names: workbook-scoped (workbook.names) and worksheet-scoped
 * (worksheet.names, ExcelApi 1.4). A name refers to a range
 * ("=Sheet1!$A$1:$B$3") or holds a formula/constant; formulas use the range
 * ones (see formulas.ts), a sheet's own name taking precedence over the
 * workbook's for formulas on that sheet.
 */
import { parseAddress, qualifiedAddress } from './address';
import { officeError } from './errors';
import { type ClassInfo, ClientCollection, ClientObject, type FakeClientResult, defineClass, installProps } from './proxy';
import { FakeRange } from './range';
import type { Runtime } from './runtime';
import { type NameState, type RangeRef, checkDefinedName, findSheet, nameInUse, sameName, sheetById } from './state';
import { FakeWorksheet } from './worksheet';
import { apiValue, isCellError } from './values';

function named(rt: Runtime, id: number): NameState {
  const n = rt.wb.names.find((x) => x.id === id);
  if (n === undefined) throw officeError('ItemNotFound', 'the name was deleted');
  return n;
}

/** The range a name refers to, or null when it holds something else. */
export function nameRange(rt: Runtime, n: NameState): RangeRef | null {
  const parsed = parseAddress(n.formula.replace(/^=/, ''));
  if (parsed === null || parsed.sheet === undefined) return null;
  const sheet = findSheet(rt.wb, parsed.sheet);
  return sheet === undefined ? null : { sheetId: sheet.id, rect: parsed.rect };
}

/** "=Sheet1!$A$1:$B$2" for a Range argument; a string is taken as the formula ("=" added when missing). */
function referenceFormula(rt: Runtime, reference: unknown): string {
  if (reference instanceof FakeRange) {
    const ref = reference._require(rt);
    return `=${qualifiedAddress(sheetById(rt.wb, ref.sheetId).name, ref.rect, true)}`;
  }
  if (typeof reference !== 'string' || reference.trim() === '') throw officeError('InvalidArgument', 'a name needs a Range or a reference string');
  const formula = reference.startsWith('=') ? reference : `=${reference}`;
  const parsed = parseAddress(formula.slice(1));
  if (parsed !== null) {
    if (parsed.sheet === undefined) throw officeError('InvalidReference', `'${reference}' must name its worksheet (e.g. "=Sheet1!$A$1")`);
    if (findSheet(rt.wb, parsed.sheet) === undefined) throw officeError('InvalidReference', `no worksheet named '${parsed.sheet}'`);
    return formula;
  }
  const problem = rt.engine.syntaxError(formula);
  if (problem !== null) throw officeError('InvalidArgument', problem);
  return formula;
}

function evaluated(rt: Runtime, n: NameState): { type: string; value: unknown } {
  const range = nameRange(rt, n);
  if (range !== null) return { type: 'Range', value: n.formula.slice(1) };
  if (n.formula.includes('#REF!')) return { type: 'Error', value: '#REF!' };
  const home = n.sheetId === undefined ? rt.wb.sheets[0] : sheetById(rt.wb, n.sheetId);
  const v = rt.engine.evaluate(home, 0, 0, n.formula);
  const type = isCellError(v) ? 'Error' : typeof v === 'number' ? 'Double' : typeof v === 'boolean' ? 'Boolean' : 'String';
  return { type, value: apiValue(v) };
}

const NAMED_ITEM: ClassInfo<number> = defineClass<number>({
  name: 'NamedItem',
  props: {
    name: { api: 'NamedItem.name', get: (id, rt) => named(rt, id).name },
    type: { api: 'NamedItem.type', get: (id, rt) => evaluated(rt, named(rt, id)).type },
    value: { api: 'NamedItem.value', get: (id, rt) => evaluated(rt, named(rt, id)).value },
    scope: { api: 'NamedItem.scope', get: (id, rt) => (named(rt, id).sheetId === undefined ? 'Workbook' : 'Worksheet') },
    visible: {
      api: 'NamedItem.visible',
      get: (id, rt) => named(rt, id).visible,
      set: (id, rt, v) => {
        if (typeof v !== 'boolean') throw officeError('InvalidArgument', 'visible must be true or false');
        named(rt, id).visible = v;
      },
    },
    comment: {
      api: 'NamedItem.comment',
      get: (id, rt) => named(rt, id).comment,
      set: (id, rt, v) => {
        named(rt, id).comment = String(v ?? '');
      },
    },
    formula: {
      api: 'NamedItem.formula',
      get: (id, rt) => named(rt, id).formula,
      set: (id, rt, v) => {
        named(rt, id).formula = referenceFormula(rt, v);
        rt.wb.dirty = true;
      },
    },
  },
  nav: {
    worksheet: { api: 'NamedItem.worksheet', info: () => FakeWorksheet.info as ClassInfo<never> },
    worksheetOrNullObject: { api: 'NamedItem.worksheetOrNullObject', info: () => FakeWorksheet.info as ClassInfo<never> },
  },
});

export class FakeNamedItem extends ClientObject<number> {
  static readonly info = NAMED_ITEM;
  declare readonly name: string;
  declare readonly type: string;
  declare readonly value: unknown;
  declare readonly scope: string;
  declare visible: boolean;
  declare comment: string;
  declare formula: string;

  get _info(): ClassInfo<number> {
    return NAMED_ITEM;
  }

  /** The worksheet the name is scoped to; the name must be worksheet-scoped (ExcelApi 1.4). */
  get worksheet(): FakeWorksheet {
    return this._child('worksheet', 'NamedItem.worksheet', () => new FakeWorksheet(this.context, (rt) => {
      const id = this._resolve(rt);
      if (id === null) return null;
      const n = named(rt, id);
      if (n.sheetId === undefined) throw officeError('ItemNotFound', `the name '${n.name}' is scoped to the workbook, not to a worksheet`);
      return n.sheetId;
    }));
  }

  /** The worksheet the name is scoped to, or a null object for a workbook-scoped name (ExcelApi 1.4). */
  get worksheetOrNullObject(): FakeWorksheet {
    return this._child('worksheetOrNullObject', 'NamedItem.worksheetOrNullObject', () =>
      new FakeWorksheet(this.context, (rt) => {
        const id = this._resolve(rt);
        return id === null ? null : (named(rt, id).sheetId ?? null);
      })._resolveEagerly('NamedItem.worksheetOrNullObject'),
    );
  }

  getRange(): FakeRange {
    this._rt.sets.require('NamedItem.getRange');
    return new FakeRange(this.context, (rt) => {
      const id = this._resolve(rt);
      if (id === null) return null;
      const n = named(rt, id);
      const range = nameRange(rt, n);
      if (range === null) throw officeError('InvalidOperation', `the name '${n.name}' does not refer to a range`);
      return range;
    });
  }

  getRangeOrNullObject(): FakeRange {
    this._rt.sets.require('NamedItem.getRangeOrNullObject');
    return new FakeRange(this.context, (rt) => {
      const id = this._resolve(rt);
      return id === null ? null : nameRange(rt, named(rt, id));
    })._resolveEagerly('NamedItem.getRangeOrNullObject');
  }

  delete(): void {
    this._act('NamedItem.delete', (id, rt) => {
      rt.wb.names = rt.wb.names.filter((n) => n.id !== id);
      rt.wb.dirty = true;
    });
  }
}
installProps(FakeNamedItem, NAMED_ITEM as ClassInfo<never>);

/** Which names a collection holds: the workbook's (no sheetId) or one worksheet's. */
export interface NameScope {
  readonly sheetId?: string;
}

function inScope(n: NameState, scope: NameScope): boolean {
  return n.sheetId === scope.sheetId;
}

const NAMES: ClassInfo<NameScope> = defineClass<NameScope>({
  name: 'NamedItemCollection',
  props: {},
  nav: {},
  item: () => NAMED_ITEM as ClassInfo<never>,
});

/**
 * workbook.names (workbook-scoped names only, as in Excel) or worksheet.names
 * (the names scoped to that sheet).
 */
export class FakeNamedItemCollection extends ClientCollection<NameScope, FakeNamedItem> {
  static readonly info = NAMES;

  get _info(): ClassInfo<NameScope> {
    return NAMES;
  }

  _members(scope: NameScope, rt: Runtime): unknown[] {
    return rt.wb.names
      .filter((n) => inScope(n, scope))
      .sort((a, b) => a.name.localeCompare(b.name))
      .map((n) => n.id);
  }

  _makeItem(id: unknown): FakeNamedItem {
    const n = new FakeNamedItem(this.context, () => id as number);
    n._target = id as number;
    return n;
  }

  /** reference: a Range, or a formula such as "=Sheet1!$A$1:$A$9" (the sheet must be named). */
  add(name: string, reference: FakeRange | string, comment?: string): FakeNamedItem {
    this._sameContext(reference);
    this._rt.sets.require('NamedItemCollection.add');
    const created = new FakeNamedItem(this.context, () => {
      throw officeError('ItemNotFound', 'the name was not added');
    });
    this._act('NamedItemCollection.add', (scope, rt) => {
      const checked = checkDefinedName(name, 'defined');
      if (nameInUse(rt.wb, checked, undefined, scope.sheetId)) {
        throw officeError('ItemAlreadyExists', `the name '${checked}' already exists in this scope (as a defined name or a table)`);
      }
      const item: NameState = {
        id: rt.wb.nextId++,
        name: checked,
        formula: referenceFormula(rt, reference),
        comment: comment ?? '',
        visible: true,
        ...(scope.sheetId === undefined ? {} : { sheetId: scope.sheetId }),
      };
      rt.wb.names.push(item);
      rt.wb.dirty = true;
      created._target = item.id;
    });
    return created;
  }

  getItem(name: string): FakeNamedItem {
    this._rt.sets.require('NamedItemCollection.getItem');
    return new FakeNamedItem(this.context, (rt) => {
      const scope = this._require(rt);
      const n = rt.wb.names.find((x) => inScope(x, scope) && sameName(x.name, name));
      if (n === undefined) throw officeError('ItemNotFound', `no defined name '${name}' in this scope`);
      return n.id;
    });
  }

  getItemOrNullObject(name: string): FakeNamedItem {
    this._rt.sets.require('NamedItemCollection.getItemOrNullObject');
    return new FakeNamedItem(this.context, (rt) => {
      const scope = this._resolve(rt);
      return scope === null ? null : (rt.wb.names.find((x) => inScope(x, scope) && sameName(x.name, name))?.id ?? null);
    })._resolveEagerly('NamedItemCollection.getItemOrNullObject');
  }

  getCount(): FakeClientResult<number> {
    return this._count('NamedItemCollection.getCount');
  }
}
installProps(FakeNamedItemCollection, NAMES as ClassInfo<never>);
