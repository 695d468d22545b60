/**
 * Matching the lead-unit text of a row against the known units.
 *
 * - A match: the text equals a unit's name or one of its aliases up to case,
 *   diacritics, spacing and spacing around "-", "&", "/", "," (see {@link unitKey}).
 *   A match that needs the diacritics ignored is marked `exact: false`: the
 *   unit is real, its spelling is not (the check reports it with the fix).
 * - A near miss (a suggestion is offered, never applied silently):
 *   - a small spelling difference: edit distance on the keys at most
 *     max(2, 15% of the length) for forms whose core (the name without its
 *     "Phòng "/"Ban "/"Tổ " prefix) has 8 letters or more; at most 1 for cores
 *     of 5–7; none for shorter cores, where any edit makes another
 *     abbreviation ("GDTH" vs "GDTX");
 *   - the same unit after removing the prefix and punctuation ("Kế hoạch Tài
 *     chính", "Ban KH&TC" for alias "Phòng KH-TC");
 *   - an abbreviation of the name ("KHTC", "Phòng KT&QLCLGD"): the initials of
 *     the core's words (with or without "và"), at least 3 letters.
 *   When the best near miss points at two different units, none is suggested.
 * - Results are cached per distinct text (a catalogue repeats its units).
 */

import type { Unit } from '../templates/types';
import { caseKey, foldKey, normalizeText } from '../text/normalize';

export type UnitMatch =
  /**
   * `exact`: false when the text matches the unit only once diacritics are
   * ignored ("Van phong" for "Văn phòng"): the unit is real but misspelled.
   */
  | { readonly kind: 'known'; readonly unit: Unit; readonly exact: boolean }
  | { readonly kind: 'near'; readonly unit: Unit; readonly suggestion: string }
  | { readonly kind: 'unknown' };

/** Spacing around - & / , . and trailing punctuation do not make another unit. */
function unitPunctuation(key: string): string {
  return key
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\s*([-&/,.+])\s*/g, '$1')
    .replace(/[.,;:]+$/, '');
}

/** The comparison key of a unit text: folded (no case, no diacritics), no spaces around - & / , . */
export function unitKey(text: string): string {
  return unitPunctuation(foldKey(text));
}

/** The same, keeping diacritics: tells "Văn phòng" from "Van phong". */
export function unitSpellingKey(text: string): string {
  return unitPunctuation(caseKey(text));
}

const PREFIX = /^(?:phong|ban|to) /;

/** The key without the "phòng"/"ban"/"tổ" prefix. */
function coreOf(key: string): string {
  return key.replace(PREFIX, '');
}

/** Letters and digits only. */
function compact(key: string): string {
  return key.replace(/[^a-z0-9]/g, '');
}

/** Initials of the words of a core, with and without the word "và". */
function initialsOf(core: string): string[] {
  const words = core.split(/[^a-z0-9]+/).filter((w) => w !== '');
  if (words.length < 2) return [];
  const all = words.map((w) => w[0]).join('');
  const withoutAnd = words.filter((w) => w !== 'va').map((w) => w[0]).join('');
  return all === withoutAnd ? [all] : [all, withoutAnd];
}

/** The largest edit distance that still counts as a misspelling of a form with this core length. */
export function spellingTolerance(coreLength: number): number {
  if (coreLength >= 8) return Math.max(2, Math.floor(coreLength * 0.15));
  if (coreLength >= 5) return 1;
  return 0;
}

/**
 * Levenshtein distance, or `max + 1` as soon as it must exceed `max`
 * (banded, O(len × max)).
 */
export function editDistance(a: string, b: string, max: number = Number.POSITIVE_INFINITY): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > max) return max + 1;
  if (a.length === 0) return b.length;
  if (b.length === 0) return a.length;
  let prev = new Array<number>(b.length + 1);
  let curr = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    curr[0] = i;
    let rowMin = curr[0];
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const cost = ca === b.charCodeAt(j - 1) ? 0 : 1;
      const v = Math.min(prev[j] + 1, curr[j - 1] + 1, prev[j - 1] + cost);
      curr[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    [prev, curr] = [curr, prev];
  }
  return prev[b.length];
}

/** One spelling of a unit (its name or an alias), prepared for matching. */
interface Form {
  readonly unit: Unit;
  readonly key: string;
  readonly core: string;
  readonly compactCore: string;
  readonly initials: readonly string[];
  readonly tolerance: number;
}

function formOf(unit: Unit, text: string): Form {
  const key = unitKey(text);
  const core = coreOf(key);
  return { unit, key, core, compactCore: compact(core), initials: initialsOf(core), tolerance: spellingTolerance(compact(core).length) };
}

/** True when two unit texts are near misses of each other (symmetric; used when no unit list is known). */
export function nearSameUnit(a: string, b: string): boolean {
  return nearForms(formOf({ name: a, aliases: [] }, a), formOf({ name: b, aliases: [] }, b));
}

function nearForms(fa: Form, fb: Form): boolean {
  if (fa.key === fb.key) return true;
  const tolerance = Math.min(fa.tolerance, fb.tolerance);
  if (tolerance > 0 && editDistance(fa.key, fb.key, tolerance) <= tolerance) return true;
  return abbreviationMatch(fa.compactCore, fb) || abbreviationMatch(fb.compactCore, fa);
}

function abbreviationMatch(compactCore: string, form: Form): boolean {
  if (compactCore === '') return false;
  if (compactCore === form.compactCore) return true;
  return compactCore.length >= 3 && form.initials.includes(compactCore);
}

/** Matches unit texts against a list of units; one instance per validation run (it caches). */
export class UnitMatcher {
  private readonly forms: readonly Form[];
  private readonly exact = new Map<string, Unit>();
  /** Diacritic-aware keys of every name and alias. */
  private readonly spellings = new Set<string>();
  private readonly cache = new Map<string, UnitMatch>();

  constructor(readonly units: readonly Unit[]) {
    const forms: Form[] = [];
    for (const unit of units) {
      for (const text of [unit.name, ...unit.aliases]) {
        if (normalizeText(text) === '') continue;
        const form = formOf(unit, text);
        forms.push(form);
        if (!this.exact.has(form.key)) this.exact.set(form.key, unit);
        this.spellings.add(unitSpellingKey(text));
      }
    }
    this.forms = forms;
  }

  /** How `text` relates to the known units (cached per distinct text). */
  match(text: string): UnitMatch {
    const cached = this.cache.get(text);
    if (cached !== undefined) return cached;
    const result = this.compute(text);
    this.cache.set(text, result);
    return result;
  }

  private compute(text: string): UnitMatch {
    const key = unitKey(text);
    if (key === '') return { kind: 'unknown' };
    const known = this.exact.get(key);
    if (known !== undefined) return { kind: 'known', unit: known, exact: this.spellings.has(unitSpellingKey(text)) };

    // Spelling: the closest form(s) within tolerance.
    let best = Number.POSITIVE_INFINITY;
    let bestUnits = new Set<Unit>();
    for (const form of this.forms) {
      if (form.tolerance === 0) continue;
      const d = editDistance(key, form.key, form.tolerance);
      if (d > form.tolerance) continue;
      if (d < best) {
        best = d;
        bestUnits = new Set([form.unit]);
      } else if (d === best) {
        bestUnits.add(form.unit);
      }
    }
    if (bestUnits.size === 1) return near([...bestUnits][0]);
    if (bestUnits.size > 1) return { kind: 'unknown' };

    // Same unit without prefix / punctuation, or an abbreviation of its name.
    const compactCore = compact(coreOf(key));
    const units = new Set<Unit>();
    for (const form of this.forms) if (abbreviationMatch(compactCore, form)) units.add(form.unit);
    return units.size === 1 ? near([...units][0]) : { kind: 'unknown' };
  }
}

function near(unit: Unit): UnitMatch {
  return { kind: 'near', unit, suggestion: unit.name };
}

/** One occurrence of a unit text in the catalogue (for the consistency check). */
export interface UnitOccurrence {
  /** The unit text, whitespace-normalised. */
  readonly text: string;
}

/** A minority spelling and the majority spelling it should become. */
export interface SpellingVariant {
  readonly text: string;
  readonly majority: string;
  /** Rows that use the majority's spelling(s). */
  readonly majorityCount: number;
}

/** How many of the most frequent spellings a rare spelling is compared with (bounds the work on messy sheets). */
const MAX_LEADERS = 200;

/**
 * Without a unit list: groups spellings that are the same up to case and
 * diacritics, then attaches each group to the most frequent group it nearly
 * matches ({@link nearSameUnit}). Returns, for each text of a minority group,
 * the majority spelling. Ties go to the spelling seen first.
 */
export function findSpellingVariants(occurrences: readonly UnitOccurrence[]): ReadonlyMap<string, SpellingVariant> {
  interface Group {
    readonly key: string;
    readonly first: number;
    count: number;
    readonly spellings: Map<string, number>;
    form?: Form;
  }
  const groups = new Map<string, Group>();
  occurrences.forEach((o, i) => {
    const key = unitKey(o.text);
    if (key === '') return;
    let g = groups.get(key);
    if (g === undefined) {
      g = { key, first: i, count: 0, spellings: new Map() };
      groups.set(key, g);
    }
    g.count += 1;
    g.spellings.set(o.text, (g.spellings.get(o.text) ?? 0) + 1);
  });
  const spellingOf = (g: Group): string => {
    let best = '';
    let bestCount = -1;
    for (const [text, count] of g.spellings) if (count > bestCount) [best, bestCount] = [text, count];
    return best;
  };
  const ordered = [...groups.values()].sort((a, b) => b.count - a.count || a.first - b.first);
  for (const g of ordered) {
    const text = spellingOf(g);
    g.form = formOf({ name: text, aliases: [] }, text);
  }
  const leaders: Group[] = [];
  const result = new Map<string, SpellingVariant>();
  for (const g of ordered) {
    const form = g.form as Form;
    let leader: Group | undefined;
    for (let i = 0; i < leaders.length && i < MAX_LEADERS; i++) {
      if (nearForms(leaders[i].form as Form, form)) {
        leader = leaders[i];
        break;
      }
    }
    if (leader === undefined) {
      leaders.push(g);
      continue;
    }
    const majority = spellingOf(leader);
    for (const spelling of g.spellings.keys()) result.set(spelling, { text: spelling, majority, majorityCount: leader.count });
  }
  return result;
}
