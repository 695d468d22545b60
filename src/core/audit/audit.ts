/**
 * The scoring-sheet audit: is this sheet still the template's sheet, and are
 * its scores what the template says? Compares every formula cell with the
 * plan's expected formulas (src/plan/scoring-sheet.ts), the maxima with the
 * criteria tree, the inputs with their rules, and the values saved in the file
 * with the reference engine. Codes and severities: ./findings.ts.
 *
 * Harmless differences are ignored: spacing, case outside string literals,
 * "$" markers, a leading "=", `_xlfn.`-style prefixes, the sheet's own name
 * before a reference. The expected formulas name the rows and columns of the
 * standard layout; they are translated to where each criterion's row and each
 * column actually are on the audited sheet (found by code and header text), so
 * a sheet with rows inserted above the header, rows added among the criteria,
 * or columns moved audits clean when its formulas moved along (as Excel moves
 * them).
 */
import { expectedFormulas, type ExpectedFormulas } from '../scoring/formulas';
import type { CriteriaTree, Criterion } from '../scoring/criteria';
import { computeScores, effectiveMax, otherLanguageTaught, sameCellText, type ItemScore, type ScoreResult } from '../scoring/engine';
import { SCORING_ROWS, TOTAL_KEYS, scoringLayout, type ScoringColumn } from '../scoring/layout';
import { cellAddress, columnLetter, parseCellAddress, type GridCell, type WorkbookGrid } from '../sheet';
import { caseKey, normalizeText } from '../text/normalize';
import {
  AUDIT_MESSAGES,
  AUDIT_SEVERITY,
  type AuditColumnRole,
  type AuditFinding,
  type AuditFindingCode,
  type AuditReport,
  type AuditValue,
} from './findings';
import { SCORING_ROLES, readScoringSheet, type ScoringSheetRead } from './read';

/** Largest difference between a saved value and the reference engine that still counts as equal. */
export const TOTAL_TOLERANCE = 1e-9;

const STRING_LITERAL = /"(?:[^"]|"")*"/g;

/** Applies `f` to the parts of a formula outside its string literals; literals are NFC-normalised. */
function outsideLiterals(formula: string, f: (code: string) => string): string {
  let out = '';
  let last = 0;
  for (const m of formula.matchAll(STRING_LITERAL)) {
    out += f(formula.slice(last, m.index)) + m[0].normalize('NFC');
    last = (m.index ?? 0) + m[0].length;
  }
  return out + f(formula.slice(last));
}

/** A sheet qualifier: 'Chấm điểm'! or Sheet1!. */
const SHEET_QUALIFIER = /'((?:[^']|'')+)'!|([A-Za-z_\u00c0-\uffff][A-Za-z0-9_.\u00c0-\uffff]*)!/g;

/**
 * A formula's comparison key: no leading "=", no whitespace, upper case, no
 * "$", no `_xlfn.`/`_xlws.`/`_xlpm.` prefixes, no qualifier naming `sheetName`
 * itself, all outside string literals (which are kept, NFC).
 */
export function normalizeFormula(formula: string, sheetName?: string): string {
  const text = formula.trim().replace(/^=/, '');
  const own = sheetName === undefined ? null : caseKey(sheetName);
  return outsideLiterals(text, (code) =>
    code
      .replace(SHEET_QUALIFIER, (whole, quoted: string | undefined, plain: string | undefined) => {
        const name = quoted !== undefined ? quoted.replace(/''/g, "'") : (plain as string);
        return own !== null && caseKey(name) === own ? '' : whole;
      })
      .replace(/\s+/g, '')
      .toUpperCase()
      .replace(/\$/g, '')
      .replace(/_XL(FN|WS|PM)\./g, ''),
  );
}

/** A1 references (not after "!", not a function name or defined name). */
const REFERENCE = /(^|[^A-Za-z0-9_.$!'])(\$?)([A-Za-z]{1,3})(\$?)(\d+)(?![A-Za-z0-9_(!])/g;

/**
 * Rewrites every same-sheet A1 reference of a formula through `move` (1-based
 * rows and columns); a reference `move` maps to null becomes "#REF!", as a
 * spreadsheet writes a reference to a deleted row.
 */
export function translateReferences(
  formula: string,
  move: (at: { row: number; column: number }) => { row: number; column: number } | null,
): string {
  return outsideLiterals(formula, (code) =>
    code.replace(REFERENCE, (whole, before: string, colAbs: string, letters: string, rowAbs: string, digits: string) => {
      const at = parseCellAddress(`${letters}${digits}`);
      if (at === null) return whole;
      const to = move(at);
      return to === null ? `${before}#REF!` : `${before}${colAbs}${columnLetter(to.column)}${rowAbs}${to.row}`;
    }),
  );
}

type Side = 'self' | 'assessed';
const COUNTED: Readonly<Record<Side, 'selfCounted' | 'assessedCounted'>> = { self: 'selfCounted', assessed: 'assessedCounted' };

interface Ctx {
  readonly read: ScoringSheetRead;
  readonly findings: AuditFinding[];
  /** Standard (row, column) → where it is on this sheet; null for a template row missing from it. */
  readonly move: (at: { row: number; column: number }) => { row: number; column: number } | null;
  readonly hasCache: boolean;
}

function add(
  ctx: Ctx,
  code: AuditFindingCode,
  cell: string,
  criterion: string | null,
  message: string,
  expected: AuditValue,
  actual: AuditValue,
): void {
  ctx.findings.push({ cell, code, severity: AUDIT_SEVERITY[code], message, criterion, expected, actual });
}

/** A cell's content for a finding: "=formula", the error text, or the value. */
function contentOf(cell: GridCell): AuditValue {
  if (cell.formula !== undefined) return `=${cell.formula}`;
  return cell.error ?? cell.value;
}

/** D, F or H where the template has a formula. */
function checkFormula(ctx: Ctx, cell: GridCell, address: string, expected: string, criterion: string, role: AuditColumnRole): void {
  const want = translateReferences(expected, ctx.move);
  if (cell.formula === undefined) {
    const actual = contentOf(cell);
    const blank = actual === null || (typeof actual === 'string' && normalizeText(actual) === '');
    add(ctx, 'FORMULA_REPLACED_BY_VALUE', address, criterion, AUDIT_MESSAGES.formulaReplaced(criterion, role, blank ? null : actual), `=${want}`, blank ? null : actual);
  } else if (normalizeFormula(cell.formula, ctx.read.sheet) !== normalizeFormula(want, ctx.read.sheet)) {
    add(ctx, 'FORMULA_CHANGED', address, criterion, AUDIT_MESSAGES.formulaChanged(criterion, role), `=${want}`, `=${cell.formula}`);
  }
}

/** D where the template has a number. */
function checkMax(ctx: Ctx, cell: GridCell, address: string, expected: number, criterion: string): void {
  const actual = contentOf(cell);
  if (cell.formula !== undefined || actual !== expected) {
    add(ctx, 'MAX_CHANGED', address, criterion, AUDIT_MESSAGES.maxChanged(criterion, expected, actual), expected, actual);
  }
}

/** The value saved in the file for a formula cell vs the reference engine. */
function checkCached(ctx: Ctx, cell: GridCell, address: string, expected: number | null, criterion: string, role: AuditColumnRole): void {
  if (!ctx.hasCache || cell.formula === undefined || expected === null) return;
  const actual: AuditValue = cell.error ?? cell.value;
  if (actual === null) return;
  if (typeof actual !== 'number' || !(Math.abs(actual - expected) <= TOTAL_TOLERANCE)) {
    add(ctx, 'TOTAL_MISMATCH', address, criterion, AUDIT_MESSAGES.totalMismatch(criterion, role, expected, actual), expected, actual);
  }
}

/** An input cell (E or G) of a scored or bonus row. */
function checkInput(ctx: Ctx, c: Criterion, side: Side, otherTaught: boolean): void {
  const row = ctx.read.byCode.get(c.code);
  if (row === undefined) return;
  const cell = row.cells[side];
  const address = row.address[side];
  const raw = cell.error ?? cell.value;
  if (raw === null || (typeof raw === 'string' && normalizeText(raw) === '')) return;
  const rule = c.rule;
  if (rule?.kind === 'status') {
    const statuses = rule.points.map((p) => p.status);
    if (cell.error !== undefined || !statuses.some((s) => sameCellText(raw, s))) {
      add(ctx, 'SCORE_STATUS_UNKNOWN', address, c.code, AUDIT_MESSAGES.statusUnknown(c.code, side, raw, statuses), statuses.join('; '), raw);
    }
    return;
  }
  if (typeof raw !== 'number' || cell.error !== undefined) {
    add(ctx, 'SCORE_NOT_NUMBER', address, c.code, AUDIT_MESSAGES.scoreNotNumber(c.code, side, raw), null, raw);
    return;
  }
  if (raw < 0) {
    add(ctx, 'SCORE_NEGATIVE', address, c.code, AUDIT_MESSAGES.scoreNegative(c.code, side, raw), 0, raw);
    return;
  }
  if (rule?.kind === 'rate') {
    if (raw > 100) add(ctx, 'SCORE_ABOVE_MAX', address, c.code, AUDIT_MESSAGES.rateAbove100(c.code, side, raw), 100, raw);
    return;
  }
  const max = effectiveMax(c, otherTaught);
  if (max !== null && raw > max) add(ctx, 'SCORE_ABOVE_MAX', address, c.code, AUDIT_MESSAGES.scoreAboveMax(c.code, side, raw, max), max, raw);
}

/** Does the file hold any calculated value of a counted cell or total? (ExcelJS-written files hold none.) */
function hasCachedValues(read: ScoringSheetRead): boolean {
  const rows = [...read.rows, ...[read.totals.items, read.totals.grand].filter((t) => t !== null)];
  return rows.some((r) =>
    (['selfCounted', 'assessedCounted'] as const).some((k) => {
      const cell = r.cells[k];
      return cell.formula !== undefined && (cell.value !== null || cell.error !== undefined);
    }),
  );
}

/** Standard position → position on the audited sheet, by criterion code (rows) and header text (columns). */
function mover(tree: CriteriaTree, read: ScoringSheetRead): Ctx['move'] {
  const layout = scoringLayout(tree, read.sheet);
  // Standard row → row on this sheet (null: that template row is missing here).
  const rows = new Map<number, number | null>();
  for (const c of tree.items) rows.set(layout.rowOf.get(c.code) as number, read.byCode.get(c.code)?.row ?? null);
  rows.set(layout.total14Row, read.totals.items?.row ?? null);
  rows.set(layout.grandTotalRow, read.totals.grand?.row ?? null);
  const offset = read.headerRow - SCORING_ROWS.header;
  return ({ row, column }) => {
    const to = rows.has(row) ? rows.get(row) ?? null : row + offset;
    if (to === null) return null;
    const role: ScoringColumn | undefined = SCORING_ROLES[column - 1];
    return { row: to, column: role === undefined ? column : read.columns[role] };
  };
}

function sortKey(cell: string): [number, number] {
  const at = parseCellAddress(cell);
  return at === null ? [Number.MAX_SAFE_INTEGER, 0] : [at.row, at.column];
}

/** Audits a read scoring sheet against the criteria tree. */
export function auditRead(read: ScoringSheetRead, tree: CriteriaTree): AuditReport {
  const ctx: Ctx = { read, findings: [], move: mover(tree, read), hasCache: hasCachedValues(read) };
  const expected: Record<string, ExpectedFormulas> = expectedFormulas(tree, read.sheet);
  const reference: ScoreResult = computeScores(tree, read.inputs);
  const otherTaught = otherLanguageTaught(read.inputs.otherLanguage);
  const codeColumn = read.columns.code;

  // Template rows, in order.
  let previousRow = read.headerRow;
  for (const c of tree.items) {
    const row = read.byCode.get(c.code);
    if (row === undefined) {
      add(ctx, 'ROW_MISSING', cellAddress(previousRow + 1, codeColumn), c.code, AUDIT_MESSAGES.rowMissing(c.code), c.code, null);
      continue;
    }
    previousRow = row.row;
    const f = expected[c.code];
    if (c.role === 'info' || f === undefined) continue;
    if (f.max !== undefined) checkFormula(ctx, row.cells.max, row.address.max, f.max, c.code, 'max');
    else if (c.max !== null) checkMax(ctx, row.cells.max, row.address.max, c.max, c.code);
    const ref = reference.items[c.code] as ItemScore;
    for (const side of ['self', 'assessed'] as const) {
      const k = COUNTED[side];
      checkFormula(ctx, row.cells[k], row.address[k], f[k], c.code, k);
      checkCached(ctx, row.cells[k], row.address[k], ref[k], c.code, k);
      if (c.role === 'scored' || c.role === 'bonus') checkInput(ctx, c, side, otherTaught);
    }
    const counted = Math.max(ref.selfCounted ?? 0, ref.assessedCounted ?? 0);
    if ((c.role === 'scored' || c.role === 'bonus') && counted > 0 && row.note === '') {
      add(ctx, 'EVIDENCE_MISSING', row.address.note, c.code, AUDIT_MESSAGES.evidenceMissing(c.code, counted), null, null);
    }
  }

  // The two total rows.
  const bonusMax = tree.bonus?.max ?? 0;
  const totals = [
    { key: TOTAL_KEYS.items, read: read.totals.items, max: tree.template.totalMax, self: reference.selfTotal14, assessed: reference.assessedTotal14 },
    { key: TOTAL_KEYS.grand, read: read.totals.grand, max: tree.template.totalMax + bonusMax, self: reference.selfTotal, assessed: reference.assessedTotal },
  ];
  let lastRow = previousRow;
  for (const t of totals) {
    if (t.read === null) {
      add(ctx, 'ROW_MISSING', cellAddress(lastRow + 1, codeColumn), t.key, AUDIT_MESSAGES.rowMissing(t.key), t.key, null);
      lastRow += 1;
      continue;
    }
    lastRow = t.read.row;
    const f = expected[t.key] as ExpectedFormulas;
    checkMax(ctx, t.read.cells.max, t.read.address.max, t.max, t.key);
    for (const side of ['self', 'assessed'] as const) {
      const k = COUNTED[side];
      checkFormula(ctx, t.read.cells[k], t.read.address[k], f[k], t.key, k);
      checkCached(ctx, t.read.cells[k], t.read.address[k], t[side], t.key, k);
    }
  }

  // Rows that are not the template's.
  for (const row of read.rows) {
    if (!tree.byCode.has(row.code)) {
      add(ctx, 'ROW_ADDED', row.address.code, null, AUDIT_MESSAGES.rowAdded(row.code), null, row.code);
    } else {
      const first = read.byCode.get(row.code);
      if (first !== row && first !== undefined) {
        add(ctx, 'ROW_ADDED', row.address.code, row.code, AUDIT_MESSAGES.rowDuplicate(row.code, first.address.code), null, row.code);
      }
    }
  }

  const findings = ctx.findings
    .map((f, i) => ({ f, i, k: sortKey(f.cell) }))
    .sort((a, b) => a.k[0] - b.k[0] || a.k[1] - b.k[1] || a.i - b.i)
    .map((x) => x.f);
  if (!ctx.hasCache) {
    const cell = read.totals.grand?.address.selfCounted ?? '';
    findings.push({
      cell,
      code: 'TOTALS_NOT_CHECKED',
      severity: AUDIT_SEVERITY.TOTALS_NOT_CHECKED,
      message: AUDIT_MESSAGES.totalsNotChecked(),
      criterion: null,
      expected: null,
      actual: null,
    });
  }
  return { ok: !findings.some((f) => f.severity === 'error'), sheet: read.sheet, findings };
}

/** Finds the scoring sheet (`sheetName`'s, or the first with the header) and audits it. */
export function auditScoringSheet(wb: WorkbookGrid, tree: CriteriaTree, sheetName?: string): AuditReport {
  const read = readScoringSheet(wb, sheetName);
  if (read === null) {
    return {
      ok: false,
      sheet: null,
      findings: [
        {
          cell: '',
          code: 'SHEET_NOT_FOUND',
          severity: AUDIT_SEVERITY.SHEET_NOT_FOUND,
          message: AUDIT_MESSAGES.sheetNotFound(sheetName),
          criterion: null,
          expected: null,
          actual: null,
        },
      ],
    };
  }
  return auditRead(read, tree);
}
