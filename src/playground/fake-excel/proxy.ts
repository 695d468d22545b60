/**
 * Proxy objects with Office.js semantics.
 *
 * - A proxy names something in the workbook (a sheet, a range, a table...).
 *   What it names is found ("resolved") when the first queued operation that
 *   uses it runs in a batch, then remembered; `getItem("Missing")` therefore
 *   fails at the sync that uses it, and `*OrNullObject` proxies (methods and
 *   navigation properties) are resolved eagerly so that `isNullObject` is
 *   available after the next sync. Properties of a null object stay unloaded
 *   (reading them throws PropertyNotLoaded), and so do the objects under it.
 * - Scalar properties throw PropertyNotLoaded until load() + sync(). Setting one
 *   queues the write (applied at sync) and, as Office.js does, keeps the value
 *   on this proxy only.
 * - load() takes "a, b/c", ["a"], { select, expand }, { a: true, b: { c: true } }
 *   or nothing (all scalar properties); on collections "items/name", "name",
 *   "items" or nothing load `items`.
 * Each class describes its properties in a ClassInfo table; accessors are
 * installed on the prototype from it (see installProps).
 */
import type { FakeRequestContext } from './context';
import { officeError, propertyNotLoaded } from './errors';
import type { ApiKey, RequirementSets } from './requirements';
import type { Op, Runtime } from './runtime';

export interface PropDef<T> {
  /** Requirement set key for reading (and writing, unless writeApi is given). */
  readonly api: ApiKey;
  readonly writeApi?: ApiKey;
  readonly get: (target: T, rt: Runtime) => unknown;
  readonly set?: (target: T, rt: Runtime, value: unknown) => void;
  /** Left out of load() with no arguments. */
  readonly explicitOnly?: boolean;
}

export interface NavDef {
  readonly api: ApiKey;
  readonly info: () => ClassInfo<never>;
}

export interface ClassInfo<T> {
  readonly name: string;
  readonly props: Readonly<Record<string, PropDef<T>>>;
  readonly nav: Readonly<Record<string, NavDef>>;
  /** Collections: the class of the items. */
  readonly item?: () => ClassInfo<never>;
}

export function defineClass<T>(info: ClassInfo<T>): ClassInfo<T> {
  return info;
}

// ---------- load plans ----------

interface LoadPlan {
  all: boolean;
  readonly scalars: Set<string>;
  readonly nav: Map<string, LoadPlan>;
  items: LoadPlan | null;
}

function emptyPlan(): LoadPlan {
  return { all: false, scalars: new Set(), nav: new Map(), items: null };
}

export type LoadSpec = string | readonly string[] | Readonly<Record<string, unknown>> | undefined | null;

function splitList(text: string): string[] {
  return text
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

/** The property paths a load() call asks for, or "all". */
function pathsOf(spec: LoadSpec): string[] | 'all' {
  if (spec === undefined || spec === null) return 'all';
  if (typeof spec === 'string') return splitList(spec);
  if (Array.isArray(spec)) return (spec as readonly string[]).flatMap((s) => splitList(s));
  const obj = spec as Readonly<Record<string, unknown>>;
  if ('select' in obj || 'expand' in obj) {
    const select = typeof obj.select === 'string' ? splitList(obj.select) : [];
    const expand = typeof obj.expand === 'string' ? splitList(obj.expand) : [];
    return [...select, ...expand];
  }
  const out: string[] = [];
  let all = false;
  const walk = (o: Readonly<Record<string, unknown>>, prefix: string): void => {
    for (const [k, v] of Object.entries(o)) {
      if (k === '$all' && v === true) all = true;
      if (k.startsWith('$')) continue;
      if (v === true) out.push(prefix + k);
      else if (typeof v === 'object' && v !== null) {
        const before = out.length;
        walk(v as Readonly<Record<string, unknown>>, `${prefix}${k}/`);
        if (out.length === before) out.push(prefix + k);
      }
    }
  };
  walk(obj, '');
  return all || out.length === 0 ? 'all' : out;
}

function addPath(plan: LoadPlan, info: ClassInfo<never>, segs: readonly string[], sets: RequirementSets): void {
  const [head, ...rest] = segs;
  if (info.item !== undefined) {
    const itemInfo = info.item();
    if (head === 'items') {
      plan.items ??= emptyPlan();
      if (rest.length === 0) plan.items.all = true;
      else addPath(plan.items, itemInfo, rest, sets);
      return;
    }
    const own = info.props[head];
    if (own !== undefined && rest.length === 0) {
      sets.require(own.api);
      plan.scalars.add(head);
      return;
    }
    plan.items ??= emptyPlan();
    addPath(plan.items, itemInfo, segs, sets);
    return;
  }
  const prop = info.props[head];
  if (prop !== undefined) {
    sets.require(prop.api);
    if (rest.length > 0) throw officeError('InvalidArgument', `${info.name}.${head} is not an object; cannot load '${segs.join('/')}'`);
    plan.scalars.add(head);
    return;
  }
  const nav = info.nav[head];
  if (nav !== undefined) {
    sets.require(nav.api);
    let child = plan.nav.get(head);
    if (child === undefined) {
      child = emptyPlan();
      plan.nav.set(head, child);
    }
    if (rest.length === 0) child.all = true;
    else addPath(child, nav.info(), rest, sets);
    return;
  }
  throw officeError('InvalidArgument', `${info.name} has no property '${head}' (or the fake does not implement it)`);
}

function buildPlan(info: ClassInfo<never>, spec: LoadSpec, sets: RequirementSets): LoadPlan {
  const plan = emptyPlan();
  const paths = pathsOf(spec);
  if (paths === 'all') {
    plan.all = true;
    return plan;
  }
  for (const p of paths) addPath(plan, info, p.split('/').map((s) => s.trim()), sets);
  return plan;
}

function allScalars(info: ClassInfo<never>, sets: RequirementSets): string[] {
  return Object.entries(info.props)
    .filter(([, def]) => def.explicitOnly !== true && sets.supports(def.api))
    .map(([name]) => name);
}

/**
 * Non-zero while a load, inside a batch, reaches a navigation property through
 * its getter. An `*OrNullObject` navigation proxy made then must not queue its
 * own resolution (that would leave an operation for one more round trip): the
 * load itself sets its isNullObject.
 */
let reachingNavDuringLoad = 0;

function executePlan(obj: ClientObject<unknown>, plan: LoadPlan, rt: Runtime, commits: (() => void)[]): void {
  const info = obj._info;
  const target = obj._resolve(rt) as never;
  if (target === null) {
    commits.push(() => {
      obj._isNull = true;
    });
    return;
  }
  const names = plan.all ? allScalars(info, rt.sets) : [...plan.scalars];
  const values: [string, unknown][] = names.map((n) => [n, info.props[n].get(target, rt)]);
  commits.push(() => {
    obj._isNull = false;
    for (const [k, v] of values) obj._loaded.set(k, v);
  });
  for (const [navName, childPlan] of plan.nav) {
    let child: ClientObject<unknown>;
    reachingNavDuringLoad++;
    try {
      child = (obj as unknown as Record<string, ClientObject<unknown>>)[navName];
    } finally {
      reachingNavDuringLoad--;
    }
    executePlan(child, childPlan, rt, commits);
  }
  if (obj instanceof ClientCollection) {
    let itemsPlan = plan.items;
    if (itemsPlan === null && (plan.all || (plan.scalars.size === 0 && plan.nav.size === 0))) {
      itemsPlan = emptyPlan();
      itemsPlan.all = true;
    }
    if (itemsPlan !== null) {
      const coll = obj as ClientCollection<unknown, ClientObject<unknown>>;
      const items = coll._members(target, rt).map((m) => coll._makeItem(m));
      for (const item of items) executePlan(item, itemsPlan, rt, commits);
      commits.push(() => {
        coll._items = items;
      });
    }
  }
}

/** A copy of a value given to a setter, so later changes by the caller do not leak into the queued write. */
function snapshot(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(snapshot);
  if (typeof v === 'object' && v !== null && Object.getPrototypeOf(v) === Object.prototype) {
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, snapshot(x)]));
  }
  return v;
}

// ---------- base classes ----------

export abstract class ClientObject<T> {
  readonly context: FakeRequestContext;
  /** @internal Loaded (or locally set) property values. */
  readonly _loaded = new Map<string, unknown>();
  /** @internal Known after a sync: whether this is a null object. */
  _isNull: boolean | undefined = undefined;
  /** @internal What this proxy names, once resolved (null: a null object). */
  _target: T | null | undefined = undefined;
  private readonly _locate: (rt: Runtime) => T | null;
  private readonly _children = new Map<string, unknown>();

  constructor(context: FakeRequestContext, locate: (rt: Runtime) => T | null) {
    this.context = context;
    this._locate = locate;
  }

  /** @internal The class description (typed loosely: subclasses return their own ClassInfo<T>). */
  abstract get _info(): ClassInfo<never>;

  get isNullObject(): boolean {
    if (this._isNull === undefined) throw propertyNotLoaded('isNullObject', this._info.name);
    return this._isNull;
  }

  /** @internal */
  get _rt(): Runtime {
    return this.context._rt;
  }

  /** @internal Finds what this proxy names (once); null for a null object. */
  _resolve(rt: Runtime): T | null {
    if (this._target === undefined) this._target = this._locate(rt);
    return this._target;
  }

  /** @internal Like _resolve, but a null object is an error. */
  _require(rt: Runtime): T {
    const t = this._resolve(rt);
    if (t === null) throw officeError('ItemNotFound', `the ${this._info.name} is a null object`);
    return t;
  }

  load(spec?: LoadSpec): this {
    const plan = buildPlan(this._info, spec, this._rt.sets);
    this._enqueue({ location: `${this._info.name}.load`, reads: true, run: (rt, commits) => executePlan(this, plan, rt, commits) });
    return this;
  }

  /** Sets several properties at once, as Office.js `set()` does. */
  set(properties: Readonly<Record<string, unknown>>): void {
    const info = this._info;
    for (const [k, v] of Object.entries(properties)) {
      if (info.props[k]?.set !== undefined) (this as unknown as Record<string, unknown>)[k] = v;
      else if (info.nav[k] !== undefined && typeof v === 'object' && v !== null) {
        (this as unknown as Record<string, ClientObject<unknown>>)[k].set(v as Record<string, unknown>);
      } else throw officeError('InvalidArgument', `${info.name}.${k} cannot be set`);
    }
  }

  toJSON(): Record<string, unknown> {
    const out: Record<string, unknown> = Object.fromEntries(this._loaded);
    for (const [name, child] of this._children) {
      if (child instanceof ClientObject) {
        const json = child.toJSON();
        if (Object.keys(json).length > 0) out[name] = json;
      }
    }
    return out;
  }

  /** @internal */
  _readProp(name: string): unknown {
    if (!this._loaded.has(name)) throw propertyNotLoaded(name, this._info.name);
    return this._loaded.get(name);
  }

  /** @internal */
  _writeProp(name: string, value: unknown): void {
    const def = this._info.props[name];
    this._rt.sets.require(def.writeApi ?? def.api);
    const copy = snapshot(value);
    this._loaded.set(name, copy);
    const set = def.set as NonNullable<PropDef<never>['set']>;
    this._enqueue({ location: `${this._info.name}.${name}`, run: (rt) => set(this._require(rt) as never, rt, copy) });
  }

  /** @internal Queues an operation on this object's context. */
  _enqueue(op: Op): void {
    this.context._enqueue(op);
  }

  /** @internal Queues a method call that needs this object to exist. */
  _act(api: ApiKey, fn: (target: T, rt: Runtime) => void): void {
    this._rt.sets.require(api);
    this._enqueue({ location: api, run: (rt) => fn(this._require(rt), rt) });
  }

  /** @internal A navigation property's proxy, made once. */
  _child<C>(name: string, api: ApiKey, make: () => C): C {
    this._rt.sets.require(api);
    let c = this._children.get(name) as C | undefined;
    if (c === undefined) {
      c = make();
      this._children.set(name, c);
    }
    return c;
  }

  /** @internal Marks a proxy made by an *OrNullObject method or property: resolved at the next sync. */
  _resolveEagerly(location: string): this {
    if (reachingNavDuringLoad > 0) return this;
    this._enqueue({
      location,
      run: (rt, commits) => {
        const t = this._resolve(rt);
        commits.push(() => {
          this._isNull = t === null;
        });
      },
    });
    return this;
  }

  /** @internal Checks that another proxy given as an argument belongs to the same context. */
  _sameContext(other: unknown): void {
    if (other instanceof ClientObject && other.context !== this.context) throw officeError('InvalidRequestContext');
  }
}

export abstract class ClientCollection<T, I extends ClientObject<unknown>> extends ClientObject<T> {
  /** @internal */
  _items: I[] | undefined = undefined;

  get items(): I[] {
    if (this._items === undefined) throw propertyNotLoaded('items', this._info.name);
    return this._items;
  }

  /** @internal What the collection holds now, as item targets. */
  abstract _members(target: T, rt: Runtime): unknown[];
  /** @internal A proxy for one member (already resolved). */
  abstract _makeItem(member: unknown): I;

  toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), ...(this._items === undefined ? {} : { items: this._items.map((i) => i.toJSON()) }) };
  }

  /** @internal getCount() */
  _count(api: ApiKey): FakeClientResult<number> {
    this._rt.sets.require(api);
    const result = new FakeClientResult<number>();
    this._enqueue({
      location: api,
      reads: true,
      run: (rt, commits) => {
        const n = this._members(this._require(rt), rt).length;
        commits.push(() => result._resolve(n));
      },
    });
    return result;
  }
}

/** OfficeExtension.ClientResult: `value` is available after the sync. */
export class FakeClientResult<V> {
  private _value: V | undefined = undefined;
  private _done = false;

  get value(): V {
    if (!this._done) throw officeError('ValueNotLoaded');
    return this._value as V;
  }

  /** @internal */
  _resolve(v: V): void {
    this._value = v;
    this._done = true;
  }
}

/** Installs the accessors of a ClassInfo's properties on a proxy class. */
export function installProps(cls: { prototype: object }, info: ClassInfo<never>): void {
  for (const [name, def] of Object.entries(info.props)) {
    Object.defineProperty(cls.prototype, name, {
      configurable: true,
      enumerable: false,
      get(this: ClientObject<unknown>) {
        return this._readProp(name);
      },
      set:
        def.set === undefined
          ? undefined
          : function (this: ClientObject<unknown>, value: unknown) {
              this._writeProp(name, value);
            },
    });
  }
}

