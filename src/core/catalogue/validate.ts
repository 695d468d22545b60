/**
 * Checks every row of a task catalogue and reports findings (see findings.ts
 * for the codes and severities).
 *
 * Decisions:
 * - Units are known from, in order: `context.units` (the workbook's
 *   DanhMucDonVi; an empty list counts as none); else the catalogue's section
 *   titles, provided at least one task's unit matches a title exactly or nearly
 *   (otherwise the titles are topics, not units); else nothing, and only the
 *   spelling consistency of the unit column is checked.
 * - A unit cell naming several units ("Văn phòng; Phòng KHTC", separated by
 *   ";", "," or line breaks) is known when every part is; the first part is the
 *   lead unit.
 * - A cell in a legacy encoding gets TEXT_LEGACY_ENCODING and its converted
 *   text is what the other checks see; a damaged cell gets only the error (no
 *   unit/deadline/product/duplicate checks on text whose letters are gone).
 * - One deadline finding per cell at most: DEADLINE_OUTSIDE_PLAN wins over
 *   DEADLINE_BEFORE_ISSUE (a due date in December of the year before is both).
 *   Deadline findings have no fix (re-spelling a deadline does not resolve
 *   them); the parser's `normalized` spelling is used as the fix of
 *   TEXT_LEGACY_ENCODING on deadline cells.
 * - A row with a number but no task, unit, deadline or product gets one
 *   TASK_MISSING, not four findings.
 * - TT_GAP compares each whole number with the previous whole number of the
 *   same section; the first number of a section is never a gap (plans that
 *   number straight through all sections are fine). Decreasing numbers are not
 *   reported.
 * - Work per row is constant: duplicates use maps, unit matching and deadline
 *   parsing are cached per distinct text.
 */

import { parseDeadline, type Deadline } from '../deadline';
import type { SheetGrid } from '../sheet';
import { cellAddress } from '../sheet';
import type { Unit } from '../templates/types';
import { detectDamagedText } from '../text/damage';
import { fixLegacyText, isVietnameseSyllable, type LegacyEncoding } from '../text/legacy';
import { caseKey, foldKey, normalizeMultiline, normalizeText, stripDiacritics } from '../text/normalize';
import {
  DEFAULT_SEVERITY,
  FIX_DESCRIPTIONS,
  MESSAGES,
  type CatalogueColumn,
  type Finding,
  type FindingCode,
  type FindingField,
  type FindingFix,
  type Severity,
  type UnitSource,
  type ValidationReport,
} from './findings';
import {
  CATALOGUE_COLUMNS,
  HEADER_SEARCH_ROWS,
  HEADER_SYNONYMS,
  findCatalogue,
  type CatalogueCell,
  type CatalogueContext,
  type CatalogueSectionRow,
  type CatalogueTaskRow,
} from './read';
import { UnitMatcher, findSpellingVariants, unitKey, type UnitMatch } from './units';

/** A cell's text after the legacy-encoding check. */
type Prepared =
  | { readonly kind: 'plain'; readonly text: string; readonly multiline: string }
  | { readonly kind: 'legacy'; readonly text: string; readonly multiline: string; readonly encoding: LegacyEncoding }
  | { readonly kind: 'damaged'; readonly reason: string };

interface Pending {
  readonly finding: Finding;
  readonly column: number;
  readonly order: number;
}

const PLACEHOLDERS = new Set(['chua co', 'khong', 'khong co', 'chua xac dinh', 'dang cap nhat', 'n/a', 'na', 'none', 'null', 'tbd']);

/** Validates the catalogue on `grid`. Never throws on sheet content. */
export function validateCatalogue(grid: SheetGrid, context: CatalogueContext): ValidationReport {
  return new CatalogueCheck(grid, context).run();
}

class CatalogueCheck {
  private readonly pending: Pending[] = [];
  private readonly prepared = new Map<string, Prepared>();
  private readonly deadlines = new Map<string, Deadline>();
  private readonly words = new Map<string, boolean>();
  private readonly products = new Map<string, 'ok' | 'placeholder' | 'deadline'>();
  private readonly planYear: number | null;
  private readonly issueDate: string | null;

  constructor(
    private readonly grid: SheetGrid,
    private readonly context: CatalogueContext,
  ) {
    const y = context.planYear;
    this.planYear = y !== null && Number.isInteger(y) && y >= 1900 && y <= 2100 ? y : null;
    const d = context.issueDate === null ? null : /^\d{4}-\d{2}-\d{2}/.exec(context.issueDate.trim());
    this.issueDate = d === null ? null : d[0];
  }

  run(): ValidationReport {
    const layout = findCatalogue(this.grid);
    const header = layout.header;
    if (header === null) {
      this.add({ row: 1, column: 1 }, 'sheet', 'COLUMN_MISSING', 'error', MESSAGES.noHeader(HEADER_SEARCH_ROWS));
    } else {
      for (const column of layout.missing) {
        this.add(
          { row: header.row, column: header.firstColumn },
          'sheet',
          'COLUMN_MISSING',
          column === 'tt' ? 'warning' : 'error',
          MESSAGES.columnMissing(column, HEADER_SYNONYMS[column]),
        );
      }
    }

    const sections = layout.rows.filter((r): r is CatalogueSectionRow => r.kind === 'section');
    const tasks = layout.rows.filter((r): r is CatalogueTaskRow => r.kind === 'task');
    for (const section of sections) {
      const cell = section.titleCell;
      if (cell === null || header === null) continue;
      const field = CATALOGUE_COLUMNS.find((c) => header.columns[c] === cell.column) ?? 'task';
      this.legacyCheck(cell, field);
    }

    const units = this.unitSetup(sections, tasks);
    const taskSeen = new Map<string, string>();
    const unitOccurrences: { cell: CatalogueCell; text: string }[] = [];
    let ttSection: CatalogueSectionRow | null | undefined;
    let ttSeen = new Map<string, string>();
    let ttLast: number | null = null;

    for (const row of tasks) {
      const { tt, task, unit, deadline, product } = row.cells;
      const p = {
        task: task === undefined ? null : this.legacyCheck(task, 'task'),
        unit: unit === undefined ? null : this.legacyCheck(unit, 'unit'),
        deadline: deadline === undefined ? null : this.legacyCheck(deadline, 'deadline'),
        product: product === undefined ? null : this.legacyCheck(product, 'product'),
      };
      const ttText = tt === undefined ? '' : normalizeText(tt.text);

      // TT: duplicates and gaps within the section.
      if (ttSection !== row.section) {
        ttSection = row.section;
        ttSeen = new Map();
        ttLast = null;
      }
      if (tt !== undefined && ttText !== '') {
        const m = /^(\d{1,6})\.?$/.exec(ttText);
        const n = m === null ? null : Number(m[1]);
        const key = n === null ? caseKey(ttText) : String(n);
        const earlier = ttSeen.get(key);
        if (earlier !== undefined) {
          this.add(tt, 'tt', 'TT_DUPLICATE', 'warning', MESSAGES.ttDuplicate(ttText, earlier));
        } else {
          ttSeen.set(key, tt.address);
          if (n !== null && ttLast !== null && n > ttLast + 1) {
            this.add(tt, 'tt', 'TT_GAP', 'warning', MESSAGES.ttGap(ttLast, n));
          }
        }
        if (n !== null) ttLast = n;
      }

      // Task.
      const taskText = textOf(p.task);
      if (task !== undefined && p.task?.kind !== 'damaged' && taskText === '') {
        const rest = [p.unit, p.deadline, p.product].some((x) => x !== null && (x.kind === 'damaged' || x.text !== ''));
        if (!rest) {
          this.add(task, 'task', 'TASK_MISSING', 'error', MESSAGES.taskOnlyNumber(ttText));
          continue;
        }
        this.add(task, 'task', 'TASK_MISSING', 'error', MESSAGES.taskMissing());
      }
      if (task !== undefined && taskText !== '') {
        const key = foldKey(taskText);
        const earlier = taskSeen.get(key);
        if (earlier !== undefined) this.add(task, 'task', 'TASK_DUPLICATE', 'warning', MESSAGES.taskDuplicate(earlier));
        else taskSeen.set(key, task.address);
      }

      // Unit.
      if (unit !== undefined && p.unit !== null && p.unit.kind !== 'damaged') {
        if (p.unit.text === '') {
          this.add(unit, 'unit', 'UNIT_MISSING', 'error', MESSAGES.unitMissing());
        } else if (units.matcher === null) {
          unitOccurrences.push({ cell: unit, text: p.unit.text });
        } else {
          this.unitCheck(unit, p.unit, row, units.matcher, units.source);
        }
      }

      // Deadline.
      if (deadline !== undefined && p.deadline !== null && p.deadline.kind !== 'damaged') {
        this.deadlineCheck(deadline, p.deadline.text);
      }

      // Product.
      if (product !== undefined && p.product !== null && p.product.kind !== 'damaged') {
        this.productCheck(product, p.product.text);
      }
    }

    if (units.matcher === null && unitOccurrences.length > 0) {
      const variants = findSpellingVariants(unitOccurrences);
      for (const o of unitOccurrences) {
        const v = variants.get(o.text);
        if (v === undefined) continue;
        this.add(o.cell, 'unit', 'UNIT_UNKNOWN', 'warning', MESSAGES.unitSpelling(o.text, v.majority, v.majorityCount), {
          value: v.majority,
          description: FIX_DESCRIPTIONS.replaceUnit(v.majority),
        });
      }
    }

    const findings = this.pending
      .sort((a, b) => a.finding.row - b.finding.row || a.column - b.column || a.order - b.order)
      .map((x) => x.finding);
    return { sheet: this.grid.name, rows: tasks.length, findings };
  }

  // -------------------------------------------------------------------------

  private add(
    at: { readonly row: number; readonly column: number },
    field: FindingField,
    code: FindingCode,
    severity: Severity,
    message: string,
    fix: FindingFix | null = null,
  ): void {
    const cell = cellAddress(at.row, at.column);
    this.pending.push({ finding: { cell, row: at.row, field, code, severity, message, fix }, column: at.column, order: this.pending.length });
  }

  /** Legacy encoding / damage check of a text cell; returns the text the other checks should see. */
  private legacyCheck(cell: CatalogueCell, field: CatalogueColumn): Prepared {
    const p = this.prepare(cell.text);
    if (p.kind === 'damaged') {
      this.add(cell, field, 'TEXT_LEGACY_ENCODING', 'error', MESSAGES.damagedText(p.reason));
    } else if (p.kind === 'legacy') {
      let value = field === 'unit' || field === 'deadline' ? p.text : p.multiline;
      if (field === 'deadline') {
        const d = this.parse(p.text);
        if (d.ok && d.normalized !== undefined) value = d.normalized;
      }
      this.add(cell, field, 'TEXT_LEGACY_ENCODING', DEFAULT_SEVERITY.TEXT_LEGACY_ENCODING, MESSAGES.legacyEncoding(p.encoding, p.text), {
        value,
        description: FIX_DESCRIPTIONS.convertLegacy(p.encoding),
      });
    }
    return p;
  }

  private prepare(raw: string): Prepared {
    const cached = this.prepared.get(raw);
    if (cached !== undefined) return cached;
    const text = normalizeText(raw);
    let result: Prepared = { kind: 'plain', text, multiline: /[\r\n]/.test(raw) ? normalizeMultiline(raw) : text };
    if (result.text !== '') {
      // detectDamagedText returns null for intact Unicode text, damaged: false for a convertible legacy encoding.
      const damage = this.mayNeedRepair(raw) ? detectDamagedText(raw) : null;
      if (damage !== null && damage.damaged) {
        result = { kind: 'damaged', reason: damage.reason };
      } else if (damage !== null) {
        const legacy = fixLegacyText(raw);
        if (legacy !== null) {
          result = { kind: 'legacy', text: normalizeText(legacy.text), multiline: normalizeMultiline(legacy.text), encoding: legacy.encoding };
        }
      }
    }
    this.prepared.set(raw, result);
    return result;
  }

  /**
   * A cheap gate in front of detectDamagedText/fixLegacyText (which look at
   * every word and would dominate the run time): false only when the text has
   * none of what they act on — replacement, private-use or control characters;
   * Latin-1 signs that are not Vietnamese letters (TCVN3 bytes such as "¸",
   * "®", "«"); words without a vowel; words with non-ASCII letters that are
   * not well-formed Vietnamese syllables (VNI "Thaùng", damaged "nhiệ").
   * Abbreviations made only of capitals and Vietnamese letters ("GD&ĐT") pass.
   */
  private mayNeedRepair(text: string): boolean {
    if (hasTelltaleChar(text)) return true;
    for (const m of text.matchAll(WORD)) {
      const word = m[0];
      let suspicious = this.words.get(word);
      if (suspicious === undefined) {
        suspicious = suspiciousWord(word);
        this.words.set(word, suspicious);
      }
      if (suspicious) return true;
    }
    return false;
  }

  private parse(text: string): Deadline {
    let d = this.deadlines.get(text);
    if (d === undefined) {
      d = parseDeadline(text, this.planYear === null ? {} : { planYear: this.planYear });
      this.deadlines.set(text, d);
    }
    return d;
  }

  // -------------------------------------------------------------------------
  // Units

  private unitSetup(
    sections: readonly CatalogueSectionRow[],
    tasks: readonly CatalogueTaskRow[],
  ): { readonly matcher: UnitMatcher | null; readonly source: UnitSource } {
    const given = this.context.units;
    if (given !== null && given.length > 0) return { matcher: new UnitMatcher(given), source: 'workbook' };
    const titles = new Map<string, Unit>();
    for (const s of sections) {
      const title = this.sectionTitle(s);
      const key = unitKey(title);
      if (key !== '' && !titles.has(key)) titles.set(key, { name: title, aliases: [] });
    }
    if (titles.size > 0) {
      const matcher = new UnitMatcher([...titles.values()]);
      const used = tasks.some((t) => {
        const cell = t.cells.unit;
        if (cell === undefined) return false;
        const p = this.prepare(cell.text);
        return p.kind !== 'damaged' && p.text !== '' && matcher.match(p.text).kind !== 'unknown';
      });
      if (used) return { matcher, source: 'sections' };
    }
    return { matcher: null, source: 'consistency' };
  }

  /** The section's title as the checks see it (converted from a legacy encoding; "" when damaged or absent). */
  private sectionTitle(section: CatalogueSectionRow): string {
    if (section.titleCell === null) return '';
    const p = this.prepare(section.titleCell.text);
    if (p.kind === 'damaged') return '';
    return p.kind === 'legacy' ? stripRoman(p.text) : section.title;
  }

  private sectionUnit(section: CatalogueSectionRow, matcher: UnitMatcher): Unit | null {
    const title = this.sectionTitle(section);
    if (title === '') return null;
    const m = matcher.match(title);
    return m.kind === 'known' ? m.unit : null;
  }

  private unitCheck(
    cell: CatalogueCell,
    p: Exclude<Prepared, { kind: 'damaged' }>,
    row: CatalogueTaskRow,
    matcher: UnitMatcher,
    source: UnitSource,
  ): void {
    const text = p.text;
    let lead: Unit | null = null;
    let match: UnitMatch = matcher.match(text);
    let suggestion: string | null = match.kind === 'near' ? match.suggestion : null;
    /** The text with each unit written correctly, when only diacritics were wrong. */
    let respelled: string | null = null;
    if (match.kind === 'known') {
      lead = match.unit;
      if (!match.exact) respelled = match.unit.name;
    } else {
      const parts = p.multiline
        .split(/[;,\n]/)
        .map((s) => normalizeText(s))
        .filter((s) => s !== '');
      if (parts.length >= 2) {
        const matches = parts.map((part) => matcher.match(part));
        const first = matches[0] as UnitMatch;
        if (matches.every((m) => m.kind === 'known')) {
          lead = first.kind === 'known' ? first.unit : null;
          match = first;
          if (matches.some((m) => m.kind === 'known' && !m.exact)) {
            respelled = matches.map((m, i) => (m.kind === 'known' && !m.exact ? m.unit.name : (parts[i] as string))).join('; ');
          }
        } else if (suggestion === null && matches.every((m) => m.kind !== 'unknown')) {
          suggestion = matches.map((m, i) => (m.kind === 'near' ? m.suggestion : (parts[i] as string))).join('; ');
        }
      }
    }
    if (lead === null) {
      const kind = source === 'workbook' ? 'workbook' : 'sections';
      this.add(
        cell,
        'unit',
        'UNIT_UNKNOWN',
        source === 'workbook' ? 'error' : 'warning',
        MESSAGES.unitUnknown(text, suggestion, kind),
        suggestion === null ? null : { value: suggestion, description: FIX_DESCRIPTIONS.replaceUnit(suggestion) },
      );
      return;
    }
    if (respelled !== null) {
      this.add(cell, 'unit', 'UNIT_UNKNOWN', 'warning', MESSAGES.unitDiacritics(text, respelled), {
        value: respelled,
        description: FIX_DESCRIPTIONS.replaceUnit(respelled),
      });
    }
    if (row.section === null) return;
    const sectionUnit = this.sectionUnit(row.section, matcher);
    if (sectionUnit !== null && foldKey(sectionUnit.name) !== foldKey(lead.name)) {
      this.add(cell, 'unit', 'UNIT_SECTION_MISMATCH', 'warning', MESSAGES.unitSectionMismatch(text, row.section.numeral, this.sectionTitle(row.section)));
    }
  }

  // -------------------------------------------------------------------------
  // Deadline and product

  private deadlineCheck(cell: CatalogueCell, text: string): void {
    if (text === '') {
      this.add(cell, 'deadline', 'DEADLINE_MISSING', 'error', MESSAGES.deadlineMissing());
      return;
    }
    const d = this.parse(text);
    if (!d.ok) {
      this.add(cell, 'deadline', 'DEADLINE_UNPARSED', 'error', MESSAGES.deadlineUnparsed(text, d.error ?? '', d.errorCode === 'invalid-date'));
      return;
    }
    if (d.kind === 'conditional') {
      this.add(cell, 'deadline', 'DEADLINE_CONDITIONAL', 'info', MESSAGES.deadlineConditional(text));
      return;
    }
    if (d.to === null) return;
    if (this.planYear !== null && (d.to < `${this.planYear}-01-01` || d.to > `${this.planYear}-12-31`)) {
      this.add(cell, 'deadline', 'DEADLINE_OUTSIDE_PLAN', 'warning', MESSAGES.deadlineOutsidePlan(text, d.to, this.planYear));
    } else if (this.issueDate !== null && d.to < this.issueDate) {
      this.add(cell, 'deadline', 'DEADLINE_BEFORE_ISSUE', 'warning', MESSAGES.deadlineBeforeIssue(text, d.to, this.issueDate));
    }
  }

  private productCheck(cell: CatalogueCell, text: string): void {
    if (text === '') {
      this.add(cell, 'product', 'PRODUCT_MISSING', 'error', MESSAGES.productMissing());
      return;
    }
    let verdict = this.products.get(text);
    if (verdict === undefined) {
      verdict = isPlaceholder(text) ? 'placeholder' : this.parse(text).ok ? 'deadline' : 'ok';
      this.products.set(text, verdict);
    }
    if (verdict === 'placeholder') {
      this.add(cell, 'product', 'PRODUCT_UNRECOGNIZED', 'warning', MESSAGES.productPlaceholder(text));
    } else if (verdict === 'deadline') {
      this.add(cell, 'product', 'PRODUCT_UNRECOGNIZED', 'warning', MESSAGES.productIsDeadline(text));
    }
  }
}

/** Latin-1 letters that Unicode Vietnamese itself uses. */
const VIETNAMESE_LATIN1 = new Set('àáâãèéêìíòóôõùúýÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝ');
const VIETNAMESE_ONLY = new Set('ăđĩũơưĂĐĨŨƠƯ');

/**
 * Replacement, private-use, surrogate (astral) or control characters, or a
 * Latin-1 sign U+00A1–U+00FF that is not a Vietnamese letter (TCVN3 bytes).
 */
function hasTelltaleChar(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x20) {
      if (c <= 0x08 || c >= 0x0e) return true;
    } else if (c >= 0x7f && c <= 0x9f) {
      return true;
    } else if (c >= 0xa1 && c <= 0xff) {
      if (!VIETNAMESE_LATIN1.has(text[i] as string)) return true;
    } else if (c === 0xfffd || (c >= 0xd800 && c <= 0xf8ff)) {
      return true;
    }
  }
  return false;
}

/** A letter only Unicode Vietnamese has (or a combining mark): never part of legacy text. */
function isVietnameseOnly(ch: string): boolean {
  const c = ch.charCodeAt(0);
  return VIETNAMESE_ONLY.has(ch) || (c >= 0x1ea0 && c <= 0x1ef9) || (c >= 0x300 && c <= 0x36f);
}

const WORD = /[\p{L}\p{M}]+/gu;

function suspiciousWord(word: string): boolean {
  const chars = [...word];
  const capitals = chars.filter((ch) => ch !== ch.toLowerCase()).length;
  if (capitals === 1 && chars.length === 1) return false;
  const nonAscii = chars.filter((ch) => ch.charCodeAt(0) > 0x7f);
  if (capitals >= 2 && nonAscii.every(isVietnameseOnly)) return false;
  const bare = stripDiacritics(word).toLowerCase();
  if (!/[aeiouy]/.test(bare)) return capitals < 2 || nonAscii.length > 0;
  return nonAscii.length > 0 && !isVietnameseSyllable(word);
}

function textOf(p: Prepared | null): string {
  return p === null || p.kind === 'damaged' ? '' : p.text;
}

/** A converted section title may still carry its "II. " prefix (when it was in the same cell). */
function stripRoman(text: string): string {
  return text.replace(/^[IVX]+\.\s+/, '');
}

/** Placeholders, fewer than 3 letters, or digits and punctuation only. */
export function isPlaceholder(text: string): boolean {
  if (!THREE_LETTERS.test(text)) return true;
  return text.length <= 24 && PLACEHOLDERS.has(foldKey(text).replace(/[\s.:;!]+$/, ''));
}

const THREE_LETTERS = /\p{L}[^]*\p{L}[^]*\p{L}/u;

export type { CatalogueContext };
