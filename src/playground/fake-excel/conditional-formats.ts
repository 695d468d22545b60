/**
 * Range.conditionalFormats. Each sheet keeps its conditional formats in
 * priority order (index 0 = priority 0 = applied first); a new one goes to the
 * top, as in Excel. A range's collection lists those that overlap it. Every
 * ConditionalFormatType can be added, listed (type, priority, stopIfTrue,
 * getRange, delete) and removed, but only the Custom type has its rule and
 * format implemented: `custom` on another type fails with InvalidOperation at
 * the sync that uses it (so does loading `items/custom/...` over a collection
 * holding one), `customOrNullObject` is a null object there, and the other
 * types' own sub-objects (dataBar, colorScale, cellValue, ...) throw
 * NotImplemented when reached.
 */
import { type Rect, intersect, subtract } from './address';
import { notImplemented, officeError } from './errors';
import { normalizeColor, sheetOf } from './formats';
import { type ClassInfo, ClientCollection, ClientObject, type FakeClientResult, defineClass, installProps } from './proxy';
import { FakeRange } from './range';
import type { Runtime } from './runtime';
import type { ConditionalFormatState, RangeRef, SheetState } from './state';

const TYPES = ['Custom', 'DataBar', 'ColorScale', 'IconSet', 'TopBottom', 'PresetCriteria', 'ContainsText', 'CellValue'];

interface Located {
  readonly sheet: SheetState;
  readonly cf: ConditionalFormatState;
}

function locate(rt: Runtime, id: string): Located {
  for (const sheet of rt.wb.sheets) {
    const cf = sheet.conditionalFormats.find((c) => c.id === id);
    if (cf !== undefined) return { sheet, cf };
  }
  throw officeError('ItemNotFound', 'the conditional format was deleted');
}

function assertCanEdit(sheet: SheetState): void {
  if (sheet.protection.protected && sheet.protection.options.allowFormatCells !== true) {
    throw officeError('AccessDenied', `worksheet '${sheet.name}' is protected`);
  }
}

/** Takes rect out of every conditional format of the sheet (ones left empty are removed). */
export function removeConditionalFormatsIn(sheet: SheetState, rect: Rect): void {
  for (const cf of sheet.conditionalFormats) cf.rects = cf.rects.flatMap((r) => subtract(r, rect));
  sheet.conditionalFormats = sheet.conditionalFormats.filter((cf) => cf.rects.length > 0);
}

// ---------- ConditionalFormat ----------

const CONDITIONAL_FORMAT: ClassInfo<string> = defineClass<string>({
  name: 'ConditionalFormat',
  props: {
    id: { api: 'ConditionalFormat.id', get: (id) => id },
    type: { api: 'ConditionalFormat.type', get: (id, rt) => locate(rt, id).cf.type },
    priority: {
      api: 'ConditionalFormat.priority',
      get: (id, rt) => {
        const { sheet, cf } = locate(rt, id);
        return sheet.conditionalFormats.indexOf(cf);
      },
      set: (id, rt, v) => {
        const { sheet, cf } = locate(rt, id);
        assertCanEdit(sheet);
        if (typeof v !== 'number' || !Number.isInteger(v)) throw officeError('InvalidArgument', 'priority must be an integer');
        const rest = sheet.conditionalFormats.filter((c) => c !== cf);
        const at = v < 0 ? Math.max(0, rest.length + 1 + v) : Math.min(v, rest.length);
        rest.splice(at, 0, cf);
        sheet.conditionalFormats = rest;
      },
    },
    stopIfTrue: {
      api: 'ConditionalFormat.stopIfTrue',
      get: (id, rt) => locate(rt, id).cf.stopIfTrue,
      set: (id, rt, v) => {
        const { sheet, cf } = locate(rt, id);
        assertCanEdit(sheet);
        cf.stopIfTrue = v === true;
      },
    },
  },
  nav: {
    custom: { api: 'ConditionalFormat.custom', info: () => CUSTOM as ClassInfo<never> },
    customOrNullObject: { api: 'ConditionalFormat.customOrNullObject', info: () => CUSTOM as ClassInfo<never> },
  },
});

/** The other types' sub-objects, which the fake does not implement. */
const UNIMPLEMENTED_PARTS = ['cellValue', 'colorScale', 'dataBar', 'iconSet', 'preset', 'textComparison', 'topBottom'];

export class FakeConditionalFormat extends ClientObject<string> {
  static readonly info = CONDITIONAL_FORMAT;
  declare readonly id: string;
  declare readonly type: string;
  declare priority: number;
  declare stopIfTrue: boolean;

  get _info(): ClassInfo<string> {
    return CONDITIONAL_FORMAT;
  }

  get custom(): FakeCustomConditionalFormat {
    return this._child('custom', 'ConditionalFormat.custom', () => new FakeCustomConditionalFormat(this.context, (rt) => {
      const id = this._resolve(rt);
      if (id === null) return null;
      const { cf } = locate(rt, id);
      if (cf.type !== 'Custom') throw officeError('InvalidOperation', `a ${cf.type} conditional format has no custom rule`);
      return id;
    }));
  }

  /** `custom` for a Custom format, a null object for any other type. */
  get customOrNullObject(): FakeCustomConditionalFormat {
    return this._child('customOrNullObject', 'ConditionalFormat.customOrNullObject', () =>
      new FakeCustomConditionalFormat(this.context, (rt) => {
        const id = this._resolve(rt);
        if (id === null) return null;
        return locate(rt, id).cf.type === 'Custom' ? id : null;
      })._resolveEagerly('ConditionalFormat.customOrNullObject'),
    );
  }

  /** The range it applies to (InvalidOperation when it applies to several). */
  getRange(): FakeRange {
    this._rt.sets.require('ConditionalFormat.getRange');
    return new FakeRange(this.context, (rt) => {
      const id = this._resolve(rt);
      if (id === null) return null;
      const { sheet, cf } = locate(rt, id);
      if (cf.rects.length !== 1) throw officeError('InvalidOperation', 'the conditional format applies to several ranges');
      return { sheetId: sheet.id, rect: cf.rects[0] };
    });
  }

  delete(): void {
    this._act('ConditionalFormat.delete', (id, rt) => {
      const { sheet, cf } = locate(rt, id);
      assertCanEdit(sheet);
      sheet.conditionalFormats = sheet.conditionalFormats.filter((c) => c !== cf);
    });
  }
}
installProps(FakeConditionalFormat, CONDITIONAL_FORMAT as ClassInfo<never>);
for (const part of UNIMPLEMENTED_PARTS) {
  for (const name of [part, `${part}OrNullObject`]) {
    Object.defineProperty(FakeConditionalFormat.prototype, name, {
      configurable: true,
      enumerable: false,
      get() {
        throw notImplemented(`ConditionalFormat.${name}`);
      },
    });
  }
}

// ---------- custom rule and format ----------

function customPart<K extends keyof ConditionalFormatState['format']>(key: K, check: (v: unknown) => ConditionalFormatState['format'][K]) {
  return {
    get: (id: string, rt: Runtime) => locate(rt, id).cf.format[key],
    set: (id: string, rt: Runtime, v: unknown) => {
      const { sheet, cf } = locate(rt, id);
      assertCanEdit(sheet);
      cf.format[key] = check(v);
    },
  };
}

const boolOrNull = (v: unknown): boolean | null => {
  if (v === null) return null;
  if (typeof v !== 'boolean') throw officeError('InvalidArgument', 'expected true or false');
  return v;
};
const colorOrNull = (v: unknown): string | null => (v === null || v === '' ? null : normalizeColor(v));

const RULE: ClassInfo<string> = defineClass<string>({
  name: 'ConditionalFormatRule',
  props: {
    formula: {
      api: 'ConditionalFormatRule.formula',
      get: (id, rt) => locate(rt, id).cf.formula,
      set: (id, rt, v) => {
        const { sheet, cf } = locate(rt, id);
        assertCanEdit(sheet);
        if (typeof v !== 'string' || !v.startsWith('=')) throw officeError('InvalidArgument', `a conditional format formula must start with "=" (got '${String(v)}')`);
        const problem = rt.engine.syntaxError(v);
        if (problem !== null) throw officeError('InvalidArgument', problem);
        cf.formula = v;
      },
    },
  },
  nav: {},
});

export class FakeConditionalFormatRule extends ClientObject<string> {
  static readonly info = RULE;
  declare formula: string;

  get _info(): ClassInfo<string> {
    return RULE;
  }
}
installProps(FakeConditionalFormatRule, RULE as ClassInfo<never>);

const FILL: ClassInfo<string> = defineClass<string>({
  name: 'ConditionalRangeFill',
  props: { color: { api: 'ConditionalRangeFill.color', ...customPart('fill', colorOrNull) } },
  nav: {},
});

export class FakeConditionalRangeFill extends ClientObject<string> {
  static readonly info = FILL;
  declare color: string | null;

  get _info(): ClassInfo<string> {
    return FILL;
  }

  clear(): void {
    this._act('ConditionalRangeFill.clear', (id, rt) => {
      locate(rt, id).cf.format.fill = null;
    });
  }
}
installProps(FakeConditionalRangeFill, FILL as ClassInfo<never>);

const FONT: ClassInfo<string> = defineClass<string>({
  name: 'ConditionalRangeFont',
  props: {
    color: { api: 'ConditionalRangeFont.color', ...customPart('fontColor', colorOrNull) },
    bold: { api: 'ConditionalRangeFont.bold', ...customPart('bold', boolOrNull) },
    italic: { api: 'ConditionalRangeFont.italic', ...customPart('italic', boolOrNull) },
  },
  nav: {},
});

export class FakeConditionalRangeFont extends ClientObject<string> {
  static readonly info = FONT;
  declare color: string | null;
  declare bold: boolean | null;
  declare italic: boolean | null;

  get _info(): ClassInfo<string> {
    return FONT;
  }
}
installProps(FakeConditionalRangeFont, FONT as ClassInfo<never>);

const RANGE_FORMAT: ClassInfo<string> = defineClass<string>({
  name: 'ConditionalRangeFormat',
  props: {},
  nav: {
    fill: { api: 'ConditionalRangeFormat.fill', info: () => FILL as ClassInfo<never> },
    font: { api: 'ConditionalRangeFormat.font', info: () => FONT as ClassInfo<never> },
  },
});

export class FakeConditionalRangeFormat extends ClientObject<string> {
  static readonly info = RANGE_FORMAT;

  get _info(): ClassInfo<string> {
    return RANGE_FORMAT;
  }

  get fill(): FakeConditionalRangeFill {
    return this._child('fill', 'ConditionalRangeFormat.fill', () => new FakeConditionalRangeFill(this.context, (rt) => this._resolve(rt)));
  }

  get font(): FakeConditionalRangeFont {
    return this._child('font', 'ConditionalRangeFormat.font', () => new FakeConditionalRangeFont(this.context, (rt) => this._resolve(rt)));
  }
}

const CUSTOM: ClassInfo<string> = defineClass<string>({
  name: 'CustomConditionalFormat',
  props: {},
  nav: {
    rule: { api: 'CustomConditionalFormat.rule', info: () => RULE as ClassInfo<never> },
    format: { api: 'CustomConditionalFormat.format', info: () => RANGE_FORMAT as ClassInfo<never> },
  },
});

export class FakeCustomConditionalFormat extends ClientObject<string> {
  static readonly info = CUSTOM;

  get _info(): ClassInfo<string> {
    return CUSTOM;
  }

  get rule(): FakeConditionalFormatRule {
    return this._child('rule', 'CustomConditionalFormat.rule', () => new FakeConditionalFormatRule(this.context, (rt) => this._resolve(rt)));
  }

  get format(): FakeConditionalRangeFormat {
    return this._child('format', 'CustomConditionalFormat.format', () => new FakeConditionalRangeFormat(this.context, (rt) => this._resolve(rt)));
  }
}

// ---------- the collection ----------

const COLLECTION: ClassInfo<RangeRef> = defineClass<RangeRef>({
  name: 'ConditionalFormatCollection',
  props: {},
  nav: {},
  item: () => CONDITIONAL_FORMAT as ClassInfo<never>,
});

export class FakeConditionalFormatCollection extends ClientCollection<RangeRef, FakeConditionalFormat> {
  static readonly info = COLLECTION;

  get _info(): ClassInfo<RangeRef> {
    return COLLECTION;
  }

  _members(ref: RangeRef, rt: Runtime): unknown[] {
    return sheetOf(rt, ref)
      .conditionalFormats.filter((cf) => cf.rects.some((r) => intersect(r, ref.rect) !== null))
      .map((cf) => cf.id);
  }

  _makeItem(id: unknown): FakeConditionalFormat {
    const cf = new FakeConditionalFormat(this.context, () => id as string);
    cf._target = id as string;
    return cf;
  }

  /** Adds a conditional format of the given type on this range, at priority 0. */
  add(type: string): FakeConditionalFormat {
    this._rt.sets.require('ConditionalFormatCollection.add');
    const created = new FakeConditionalFormat(this.context, () => {
      throw officeError('ItemNotFound', 'the conditional format was not added');
    });
    this._act('ConditionalFormatCollection.add', (ref, rt) => {
      const sheet = sheetOf(rt, ref);
      assertCanEdit(sheet);
      const t = TYPES.find((x) => typeof type === 'string' && x.toLowerCase() === type.toLowerCase());
      if (t === undefined) throw officeError('InvalidArgument', `'${String(type)}' is not a ConditionalFormatType`);
      const cf: ConditionalFormatState = {
        id: `{${String(rt.wb.nextId++).padStart(8, '0')}-0000-4000-8000-000000000000}`,
        type: t,
        rects: [ref.rect],
        stopIfTrue: false,
        formula: '',
        format: { fill: null, fontColor: null, bold: null, italic: null },
      };
      sheet.conditionalFormats.unshift(cf);
      created._target = cf.id;
    });
    return created;
  }

  getItem(id: string): FakeConditionalFormat {
    this._rt.sets.require('ConditionalFormatCollection.getItem');
    return new FakeConditionalFormat(this.context, (rt) => {
      locate(rt, id);
      return id;
    });
  }

  getCount(): FakeClientResult<number> {
    return this._count('ConditionalFormatCollection.getCount');
  }

  /** Removes the conditional formats from this range (parts outside it stay). */
  clearAll(): void {
    this._act('ConditionalFormatCollection.clearAll', (ref, rt) => {
      const sheet = sheetOf(rt, ref);
      assertCanEdit(sheet);
      removeConditionalFormatsIn(sheet, ref.rect);
    });
  }
}
