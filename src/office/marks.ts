/**
 * Marks findings on cells without touching their values or formats: each mark
 * is a conditional format whose formula carries our signature (so the cell's
 * own fill is never changed, and "Clear marks" removes exactly what we added),
 * plus a note where the host has notes (ExcelApi 1.18) and the cell has none.
 */
import { hostSupports } from './requirements';

export type MarkSeverity = 'error' | 'warning' | 'info';

export interface Mark {
  /** A1 address in the sheet. */
  readonly cell: string;
  readonly severity: MarkSeverity;
  /** The note text (all findings of the cell). */
  readonly text: string;
}

export const MARK_FILL: Readonly<Record<MarkSeverity, string>> = { error: '#F8CBAD', warning: '#FFE699', info: '#DDEBF7' };
export const NOTE_PREFIX = 'Thi đua: ';
/** True everywhere; the text argument is our signature. */
export function markFormula(severity: MarkSeverity): string {
  return `=N("thidua:${severity}")=0`;
}
export function isOurMarkFormula(formula: string | undefined): boolean {
  return typeof formula === 'string' && formula.includes('"thidua:');
}
/** At most this many cells are marked per run; the pane lists every finding. */
export const MAX_MARKS = 2000;

export interface MarkState {
  readonly formats: Excel.ConditionalFormatCollection;
  readonly notes: Excel.NoteCollection | null;
}

/**
 * Queues loads of the sheet's conditional formats and notes (part of a caller's sync).
 * The rule goes through `customOrNullObject`: `custom` on a user's data bar, color
 * scale, icon set or cell-value format would fail the whole batch.
 */
export function loadMarkState(sheet: Excel.Worksheet): MarkState {
  const formats = sheet.getRange().conditionalFormats;
  formats.load('items/type, items/customOrNullObject/rule/formula');
  let notes: Excel.NoteCollection | null = null;
  if (hostSupports('notes').ok) {
    notes = sheet.notes;
    notes.load('items/content');
  }
  return { formats, notes };
}

/** Queues deletion of our earlier marks; returns how many. Needs loadMarkState + sync first. */
export function queueClearMarks(state: MarkState): number {
  let n = 0;
  for (const cf of state.formats.items) {
    if (cf.type !== 'Custom') continue;
    const custom = cf.customOrNullObject;
    if (custom.isNullObject) continue;
    if (isOurMarkFormula(custom.rule.formula)) {
      cf.delete();
      n++;
    }
  }
  for (const note of state.notes?.items ?? []) {
    if (note.content.startsWith(NOTE_PREFIX)) note.delete();
  }
  return n;
}

/** Queues new marks. `occupiedNotes` are cells that already hold a (user's) note. */
export function queueMarks(sheet: Excel.Worksheet, marks: readonly Mark[], occupiedNotes: ReadonlySet<string>, withNotes: boolean): number {
  const shown = marks.slice(0, MAX_MARKS);
  for (const m of shown) {
    const cf = sheet.getRange(m.cell).conditionalFormats.add('Custom');
    cf.custom.rule.formula = markFormula(m.severity);
    cf.custom.format.fill.color = MARK_FILL[m.severity];
    if (withNotes && !occupiedNotes.has(m.cell)) sheet.notes.add(m.cell, NOTE_PREFIX + m.text);
  }
  return shown.length;
}
