/**
 * Range.dataValidation. Validations are kept per rectangle; setting a rule on
 * part of a validated area splits it, as Excel does cell by cell. Rules read
 * back the way Office.js returns them (formulas as "=10", "=$A$1:$A$9").
 * Excel's limit of 255 characters for a literal list source is enforced.
 */
import { type Rect, intersect, qualifiedAddress, rectAddress, subtract } from './address';
import { officeError } from './errors';
import { sheetOf } from './formats';
import { type ClassInfo, ClientObject, defineClass, installProps } from './proxy';
import { FakeRange } from './range';
import type { Runtime } from './runtime';
import { type RangeRef, type SheetState, type ValidationErrorAlert, type ValidationPrompt, type ValidationRuleState, type ValidationState, sheetById } from './state';
import { dateSerial } from './values';

const RULE_KINDS = ['list', 'custom', 'decimal', 'wholeNumber', 'textLength', 'date', 'time'] as const;
const TYPE_OF: Record<(typeof RULE_KINDS)[number], ValidationRuleState['type']> = {
  list: 'List',
  custom: 'Custom',
  decimal: 'Decimal',
  wholeNumber: 'WholeNumber',
  textLength: 'TextLength',
  date: 'Date',
  time: 'Time',
};
const OPERATORS = ['Between', 'NotBetween', 'EqualTo', 'NotEqualTo', 'GreaterThan', 'LessThan', 'GreaterThanOrEqualTo', 'LessThanOrEqualTo'];
const DEFAULT_ALERT: ValidationErrorAlert = { style: 'Stop', title: '', message: '', showAlert: true };
const DEFAULT_PROMPT: ValidationPrompt = { title: '', message: '', showPrompt: false };

/** A rule operand as Excel stores it: "=10", "=A1", "=MIN(A1,B1)". */
function operand(rt: Runtime, home: SheetState, v: unknown, what: string, dates: boolean): string {
  if (v instanceof FakeRange) {
    const ref = v._require(rt);
    return `=${ref.sheetId === home.id ? rectAddress(ref.rect, true) : qualifiedAddress(sheetById(rt.wb, ref.sheetId).name, ref.rect, true)}`;
  }
  if (typeof v === 'number' && Number.isFinite(v)) return `=${v}`;
  if (v instanceof Date) return `=${dateSerial(v.getFullYear(), v.getMonth() + 1, v.getDate())}`;
  if (typeof v === 'string' && v.trim() !== '') {
    if (v.startsWith('=')) {
      const problem = rt.engine.syntaxError(v);
      if (problem !== null) throw officeError('InvalidArgument', `${what}: ${problem}`);
      return v;
    }
    const iso = /^(\d{4})-(\d{2})-(\d{2})/.exec(v);
    if (dates && iso !== null) return `=${dateSerial(Number(iso[1]), Number(iso[2]), Number(iso[3]))}`;
    if (/^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(v.trim())) return `=${Number(v)}`;
  }
  throw officeError('InvalidArgument', `${what} must be a number, a Range or a formula string`);
}

function parseRule(rt: Runtime, home: SheetState, rule: unknown): ValidationRuleState {
  if (typeof rule !== 'object' || rule === null) throw officeError('InvalidArgument', 'a data validation rule must be an object');
  const keys = Object.keys(rule).filter((k) => (rule as Record<string, unknown>)[k] !== undefined && (rule as Record<string, unknown>)[k] !== null);
  if (keys.length !== 1 || !(RULE_KINDS as readonly string[]).includes(keys[0])) {
    throw officeError('InvalidArgument', `a data validation rule needs exactly one of ${RULE_KINDS.join(', ')}; got ${keys.join(', ') || 'none'}`);
  }
  const kind = keys[0] as (typeof RULE_KINDS)[number];
  const body = (rule as Record<string, Record<string, unknown>>)[kind];
  if (kind === 'list') {
    const source = body.source;
    let text: string;
    if (source instanceof FakeRange) text = operand(rt, home, source, 'list.source', false);
    else if (typeof source === 'string' && source.trim() !== '') {
      if (source.startsWith('=')) text = operand(rt, home, source, 'list.source', false);
      else {
        if (source.length > 255) throw officeError('InvalidArgument', `a list source typed as text is limited to 255 characters (this one has ${source.length}); put the items in cells or a defined name`);
        text = source;
      }
    } else throw officeError('InvalidArgument', 'list.source must be a non-empty string or a Range');
    return { type: 'List', inCellDropDown: body.inCellDropDown !== false, source: text };
  }
  if (kind === 'custom') {
    const formula = body.formula;
    if (typeof formula !== 'string' || formula.trim() === '') throw officeError('InvalidArgument', 'custom.formula must be a formula string');
    const f = formula.startsWith('=') ? formula : `=${formula}`;
    const problem = rt.engine.syntaxError(f);
    if (problem !== null) throw officeError('InvalidArgument', `custom.formula: ${problem}`);
    return { type: 'Custom', formula: f };
  }
  const operator = OPERATORS.find((o) => typeof body.operator === 'string' && o.toLowerCase() === body.operator.toLowerCase());
  if (operator === undefined) throw officeError('InvalidArgument', `${kind}.operator '${String(body.operator)}' is not a DataValidationOperator`);
  const dates = kind === 'date' || kind === 'time';
  const formula1 = operand(rt, home, body.formula1, `${kind}.formula1`, dates);
  const needsTwo = operator === 'Between' || operator === 'NotBetween';
  if (needsTwo && (body.formula2 === undefined || body.formula2 === null)) throw officeError('InvalidArgument', `${kind}.formula2 is required with ${operator}`);
  const formula2 = needsTwo ? operand(rt, home, body.formula2, `${kind}.formula2`, dates) : undefined;
  return { type: TYPE_OF[kind] as 'Decimal', operator, formula1, ...(formula2 === undefined ? {} : { formula2 }) };
}

/** The rule as Office.js returns it. */
export function ruleObject(rule: ValidationRuleState | null): Record<string, unknown> {
  if (rule === null) return {};
  switch (rule.type) {
    case 'List':
      return { list: { inCellDropDown: rule.inCellDropDown, source: rule.source } };
    case 'Custom':
      return { custom: { formula: rule.formula } };
    default: {
      const kind = (Object.keys(TYPE_OF) as (keyof typeof TYPE_OF)[]).find((k) => TYPE_OF[k] === rule.type) as string;
      return { [kind]: { operator: rule.operator, formula1: rule.formula1, ...(rule.formula2 === undefined ? {} : { formula2: rule.formula2 }) } };
    }
  }
}

function covering(sheet: SheetState, rect: Rect): ValidationState[] {
  return sheet.validations.filter((v) => intersect(v.rect, rect) !== null);
}

/** Parts of rect that no validation covers. */
function uncovered(sheet: SheetState, rect: Rect): Rect[] {
  let parts = [rect];
  for (const v of sheet.validations) parts = parts.flatMap((p) => subtract(p, v.rect));
  return parts;
}

/** Takes rect out of every validation (Range.dataValidation.clear()). */
function removeIn(sheet: SheetState, rect: Rect): void {
  sheet.validations = sheet.validations.flatMap((v) => subtract(v.rect, rect).map((r) => ({ ...v, rect: r })));
}

/** Changes part of the validations over rect (creating "any value" ones where there are none). */
function updateIn(sheet: SheetState, rect: Rect, change: (v: ValidationState) => ValidationState): void {
  const next: ValidationState[] = [];
  for (const v of sheet.validations) {
    const i = intersect(v.rect, rect);
    if (i === null) {
      next.push(v);
      continue;
    }
    for (const r of subtract(v.rect, rect)) next.push({ ...v, rect: r });
    next.push(change({ ...v, rect: i }));
  }
  for (const r of uncovered(sheet, rect)) {
    next.push(change({ rect: r, rule: null, errorAlert: DEFAULT_ALERT, prompt: DEFAULT_PROMPT, ignoreBlanks: true }));
  }
  sheet.validations = next;
}

function assertEditableValidation(sheet: SheetState): void {
  if (sheet.protection.protected) throw officeError('AccessDenied', `worksheet '${sheet.name}' is protected`);
}

/** What the whole range has in common (`none` when nothing is validated), or null when it differs or is partly validated. */
function common<V>(sheet: SheetState, rect: Rect, pick: (v: ValidationState) => V, none: V): V | null {
  const vs = covering(sheet, rect);
  if (vs.length === 0) return none;
  if (uncovered(sheet, rect).length > 0) return null;
  const first = JSON.stringify(pick(vs[0]));
  return vs.every((v) => JSON.stringify(pick(v)) === first) ? (JSON.parse(first) as V) : null;
}

function parseAlert(v: unknown, current: ValidationErrorAlert): ValidationErrorAlert {
  if (typeof v !== 'object' || v === null) throw officeError('InvalidArgument', 'errorAlert must be an object');
  const a = v as Partial<ValidationErrorAlert>;
  const style = a.style === undefined ? current.style : ['Stop', 'Warning', 'Information'].find((s) => s.toLowerCase() === String(a.style).toLowerCase());
  if (style === undefined) throw officeError('InvalidArgument', `errorAlert.style '${String(a.style)}' is not a DataValidationAlertStyle`);
  return {
    style: style as ValidationErrorAlert['style'],
    title: a.title ?? current.title,
    message: a.message ?? current.message,
    showAlert: a.showAlert ?? current.showAlert,
  };
}

function parsePrompt(v: unknown, current: ValidationPrompt): ValidationPrompt {
  if (typeof v !== 'object' || v === null) throw officeError('InvalidArgument', 'prompt must be an object');
  const p = v as Partial<ValidationPrompt>;
  return { title: p.title ?? current.title, message: p.message ?? current.message, showPrompt: p.showPrompt ?? current.showPrompt };
}

const DATA_VALIDATION: ClassInfo<RangeRef> = defineClass<RangeRef>({
  name: 'DataValidation',
  props: {
    type: {
      api: 'DataValidation.type',
      get: (ref, rt) => common(sheetOf(rt, ref), ref.rect, (v) => v.rule?.type ?? 'None', 'None') ?? 'Inconsistent',
    },
    rule: {
      api: 'DataValidation.rule',
      get: (ref, rt) => {
        const sheet = sheetOf(rt, ref);
        const vs = covering(sheet, ref.rect);
        if (vs.length === 0) return {};
        // Different rules in the range (or a partly validated range) read as null.
        if (uncovered(sheet, ref.rect).length > 0 || vs.some((v) => JSON.stringify(v.rule) !== JSON.stringify(vs[0].rule))) return null;
        return ruleObject(vs[0].rule);
      },
      set: (ref, rt, v) => {
        const sheet = sheetOf(rt, ref);
        assertEditableValidation(sheet);
        const rule = parseRule(rt, sheet, v);
        updateIn(sheet, ref.rect, (x) => ({ ...x, rule }));
      },
    },
    errorAlert: {
      api: 'DataValidation.errorAlert',
      get: (ref, rt) => common(sheetOf(rt, ref), ref.rect, (v) => v.errorAlert, DEFAULT_ALERT),
      set: (ref, rt, v) => {
        const sheet = sheetOf(rt, ref);
        assertEditableValidation(sheet);
        updateIn(sheet, ref.rect, (x) => ({ ...x, errorAlert: parseAlert(v, x.errorAlert) }));
      },
    },
    prompt: {
      api: 'DataValidation.prompt',
      get: (ref, rt) => common(sheetOf(rt, ref), ref.rect, (v) => v.prompt, DEFAULT_PROMPT),
      set: (ref, rt, v) => {
        const sheet = sheetOf(rt, ref);
        assertEditableValidation(sheet);
        updateIn(sheet, ref.rect, (x) => ({ ...x, prompt: parsePrompt(v, x.prompt) }));
      },
    },
    ignoreBlanks: {
      api: 'DataValidation.ignoreBlanks',
      get: (ref, rt) => common(sheetOf(rt, ref), ref.rect, (v) => v.ignoreBlanks, true),
      set: (ref, rt, v) => {
        const sheet = sheetOf(rt, ref);
        assertEditableValidation(sheet);
        if (typeof v !== 'boolean') throw officeError('InvalidArgument', 'ignoreBlanks must be true or false');
        updateIn(sheet, ref.rect, (x) => ({ ...x, ignoreBlanks: v }));
      },
    },
  },
  nav: {},
});

export class FakeDataValidation extends ClientObject<RangeRef> {
  static readonly info = DATA_VALIDATION;
  declare readonly type: string;
  declare rule: Record<string, unknown>;
  declare errorAlert: ValidationErrorAlert | null;
  declare prompt: ValidationPrompt | null;
  declare ignoreBlanks: boolean | null;

  get _info(): ClassInfo<RangeRef> {
    return DATA_VALIDATION;
  }

  clear(): void {
    this._act('DataValidation.clear', (ref, rt) => {
      const sheet = sheetOf(rt, ref);
      assertEditableValidation(sheet);
      removeIn(sheet, ref.rect);
    });
  }
}
installProps(FakeDataValidation, DATA_VALIDATION as ClassInfo<never>);
