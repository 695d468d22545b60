/**
 * Cell contents: writing `values` / `formulas` (Office.js input rules, sizes
 * checked, protection enforced), reading them back as Office.js returns them,
 * and clearing.
 */
import { type Rect, cellCount, rectContains } from './address';
import { officeError } from './errors';
import { applyFormat, checkDimensions, clearFormats, effectiveFormat, numberFormatAt } from './formats';
import type { Runtime } from './runtime';
import { type SheetState, cellChanged, ensureCell, forEachStoredCell, getCell, pruneCell, tablesOnSheet } from './state';
import { apiValue, parseInput, renderText, valueType } from './values';

/** Office.js refuses to return more than this many cells of values at once (payload limit). */
export const MAX_READ_CELLS = 1_000_000;
const MAX_WRITE_CELLS = 1_000_000;

/** Writing contents on a protected sheet needs every cell unlocked. */
export function assertEditable(sheet: SheetState, rect: Rect): void {
  if (!sheet.protection.protected) return;
  if (cellCount(rect) > 100_000) throw officeError('AccessDenied', `worksheet '${sheet.name}' is protected`);
  for (let r = rect.row; r < rect.row + rect.rows; r++) {
    for (let c = rect.col; c < rect.col + rect.cols; c++) {
      if (effectiveFormat(sheet, r, c).locked) throw officeError('AccessDenied', `worksheet '${sheet.name}' is protected and its cells are locked`);
    }
  }
}

/** Writes range.values or range.formulas (they take the same input; "=..." is a formula in both). */
export function writeContents(rt: Runtime, sheet: SheetState, rect: Rect, input: unknown, what: 'values' | 'formulas'): void {
  let at: (i: number, j: number) => unknown;
  if (Array.isArray(input)) {
    checkDimensions(rect, input, what);
    at = (i, j) => (input[i] as unknown[])[j];
  } else {
    if (cellCount(rect) > MAX_WRITE_CELLS) throw officeError('InvalidArgument', `${what}: one value for ${cellCount(rect)} cells is more than the fake writes`);
    at = () => input;
  }
  assertEditable(sheet, rect);
  for (let i = 0; i < rect.rows; i++) {
    for (let j = 0; j < rect.cols; j++) {
      const row = rect.row + i;
      const col = rect.col + j;
      const parsed = parseInput(at(i, j), numberFormatAt(sheet, row, col) === '@');
      if (parsed.kind === 'skip') continue;
      cellChanged(rt.wb, sheet, row, col);
      if (parsed.kind === 'clear') {
        const cell = getCell(sheet, row, col);
        if (cell !== undefined) {
          cell.value = null;
          delete cell.formula;
          pruneCell(sheet, row, col);
        }
        continue;
      }
      if (parsed.kind === 'formula') {
        const problem = rt.engine.syntaxError(parsed.formula, row);
        if (problem !== null) throw officeError('InvalidArgument', `${what}: ${problem} (a value starting with "=", "+" or "-" is read as a formula)`);
        const cell = ensureCell(sheet, row, col);
        if (cell.formula === undefined) cell.value = 0;
        cell.formula = parsed.formula;
        delete cell.calcPass;
        continue;
      }
      const cell = ensureCell(sheet, row, col);
      cell.value = parsed.value;
      delete cell.formula;
      if (parsed.numberFormat !== undefined && numberFormatAt(sheet, row, col) === 'General') {
        applyFormat(sheet, { row, col, rows: 1, cols: 1 }, { numberFormat: parsed.numberFormat });
      }
    }
  }
  refreshTableHeaders(rt, sheet, rect);
}

/** Table column names follow their header cells, as in Excel. */
function refreshTableHeaders(rt: Runtime, sheet: SheetState, rect: Rect): void {
  for (const table of tablesOnSheet(rt.wb, sheet.id)) {
    if (!table.showHeaders) continue;
    const r = table.rect.row;
    table.columns.forEach((column, k) => {
      const c = table.rect.col + k;
      if (!rectContains(rect, r, c)) return;
      const v = getCell(sheet, r, c)?.value ?? null;
      const text = v === null ? '' : String(apiValue(v));
      column.name = text === '' ? `Column${k + 1}` : text;
    });
  }
}

export type GridKind = 'values' | 'formulas' | 'text' | 'valueTypes' | 'numberFormat';

/** values / formulas / text / valueTypes / numberFormat of a range, as Office.js returns them. */
export function readGrid(sheet: SheetState, rect: Rect, kind: GridKind): unknown[][] {
  if (cellCount(rect) > MAX_READ_CELLS) {
    throw officeError('ResponsePayloadSizeLimitExceeded', `reading ${kind} of ${cellCount(rect)} cells; load a smaller range (e.g. getUsedRange())`);
  }
  const out: unknown[][] = [];
  for (let r = rect.row; r < rect.row + rect.rows; r++) {
    const line: unknown[] = [];
    for (let c = rect.col; c < rect.col + rect.cols; c++) {
      const cell = getCell(sheet, r, c);
      const v = cell?.value ?? null;
      switch (kind) {
        case 'values':
          line.push(apiValue(v));
          break;
        case 'formulas':
          line.push(cell?.formula ?? apiValue(v));
          break;
        case 'text':
          line.push(renderText(v, numberFormatAt(sheet, r, c)));
          break;
        case 'valueTypes':
          line.push(valueType(v));
          break;
        default:
          line.push(numberFormatAt(sheet, r, c));
      }
    }
    out.push(line);
  }
  return out;
}

/** Range.clear(applyTo). */
export function clearRange(rt: Runtime, sheet: SheetState, rect: Rect, applyTo: string): void {
  const mode = applyTo.toLowerCase();
  const contents = mode === 'all' || mode === 'contents' || mode === 'resetcontents';
  const formats = mode === 'all' || mode === 'formats';
  const links = mode === 'all' || mode === 'hyperlinks' || mode === 'removehyperlinks';
  if (!contents && !formats && !links) throw officeError('InvalidArgument', `'${applyTo}' is not a ClearApplyTo value`);
  if (contents) assertEditable(sheet, rect);
  if (formats && sheet.protection.protected && sheet.protection.options.allowFormatCells !== true) {
    throw officeError('AccessDenied', `worksheet '${sheet.name}' is protected`);
  }
  forEachStoredCell(sheet, rect, (cell) => {
    if (contents) {
      cell.value = null;
      delete cell.formula;
    }
    if (links) delete cell.hyperlink;
  });
  if (formats) {
    clearFormats(sheet, rect);
    // Clearing formats also unmerges (conditional formats are removed by the caller).
    sheet.merges = sheet.merges.filter((m) => !(m.row >= rect.row && m.col >= rect.col && m.row + m.rows <= rect.row + rect.rows && m.col + m.cols <= rect.col + rect.cols));
  }
  for (const [key, cell] of [...sheet.cells]) {
    if (cell.value === null && cell.formula === undefined && cell.format === undefined && cell.hyperlink === undefined) sheet.cells.delete(key);
  }
  if (contents) rt.wb.dirty = true;
}
