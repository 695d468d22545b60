/** Pure helpers behind the pane's views (no React, no Office): easy to test. */
import type { PaneFinding, Severity } from './excel-api';
import type { StringId } from './i18n';

export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

export const SEVERITY_LABEL: Readonly<Record<Severity, StringId>> = { error: 'severityError', warning: 'severityWarning', info: 'severityInfo' };

/** Catalogue columns in sheet order, then the whole-sheet findings' group. */
const FIELDS: readonly { readonly field: string; readonly label: StringId }[] = [
  { field: 'sheet', label: 'fieldSheet' },
  { field: 'tt', label: 'fieldTt' },
  { field: 'task', label: 'fieldTask' },
  { field: 'unit', label: 'fieldUnit' },
  { field: 'deadline', label: 'fieldDeadline' },
  { field: 'product', label: 'fieldProduct' },
];

export interface FieldGroup {
  readonly field: string;
  readonly label: StringId;
  readonly findings: readonly PaneFinding[];
}

/** A stable key for a finding (React key, "fixed" set). */
export function findingKey(f: PaneFinding): string {
  return `${f.cell}|${f.code}|${f.message}`;
}

export function countBySeverity(findings: readonly PaneFinding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity] += 1;
  return counts;
}

/** Findings by column in sheet order; fields the pane does not know go last, as "Khác". */
export function groupByField(findings: readonly PaneFinding[]): FieldGroup[] {
  const known = new Set(FIELDS.map((f) => f.field));
  const groups: FieldGroup[] = FIELDS.map((f) => ({ ...f, findings: findings.filter((x) => x.field === f.field) }));
  groups.push({ field: 'other', label: 'fieldOther', findings: findings.filter((x) => !known.has(x.field)) });
  return groups.filter((g) => g.findings.length > 0);
}

/** The plan-year box: empty → null; a year 2000–2100 → that number; anything else → 'invalid'. */
export function parsePlanYear(text: string): number | null | 'invalid' {
  const s = text.trim();
  if (s === '') return null;
  if (!/^\d{4}$/.test(s)) return 'invalid';
  const n = Number(s);
  return n >= 2000 && n <= 2100 ? n : 'invalid';
}
