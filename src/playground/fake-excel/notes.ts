/**
 * Cell notes (ExcelApi 1.18): worksheet.notes and workbook.notes. A note sits
 * on one cell; `getItem(key)` takes the cell's address; a note's place is read
 * with `note.getLocation()` (a Range: load its `address`).
 */
import { cellCount, parseAddress, qualifiedAddress } from './address';
import { officeError } from './errors';
import { type ClassInfo, ClientCollection, ClientObject, type FakeClientResult, defineClass, installProps } from './proxy';
import { FakeRange, rangeArg } from './range';
import type { Runtime } from './runtime';
import { type NoteState, type SheetState, activeSheet, findSheet, sheetById } from './state';

/** Workbook notes ({}), or one sheet's ({ sheetId }). */
export interface NoteScope {
  readonly sheetId?: string;
}

function locate(rt: Runtime, id: string): { sheet: SheetState; note: NoteState } {
  for (const sheet of rt.wb.sheets) {
    const note = sheet.notes.find((n) => n.id === id);
    if (note !== undefined) return { sheet, note };
  }
  throw officeError('ItemNotFound', 'the note was deleted');
}

function assertCanEdit(sheet: SheetState): void {
  if (sheet.protection.protected && sheet.protection.options.allowEditObjects !== true) {
    throw officeError('AccessDenied', `worksheet '${sheet.name}' is protected`);
  }
}

function inScope(rt: Runtime, scope: NoteScope): SheetState[] {
  return scope.sheetId === undefined ? rt.wb.sheets : [sheetById(rt.wb, scope.sheetId)];
}

/** The note at a cell address ("B2" on the scope's sheet, or "Sheet1!B2"). */
function noteAt(rt: Runtime, scope: NoteScope, key: string): NoteState | undefined {
  const parsed = parseAddress(key);
  if (parsed === null || cellCount(parsed.rect) !== 1) throw officeError('InvalidArgument', `'${key}' is not a cell address`);
  let sheet: SheetState | undefined;
  if (parsed.sheet !== undefined) sheet = findSheet(rt.wb, parsed.sheet);
  else sheet = scope.sheetId === undefined ? activeSheet(rt.wb) : sheetById(rt.wb, scope.sheetId);
  if (sheet === undefined || (scope.sheetId !== undefined && sheet.id !== scope.sheetId)) return undefined;
  return sheet.notes.find((n) => n.row === parsed.rect.row && n.col === parsed.rect.col);
}

const NOTE: ClassInfo<string> = defineClass<string>({
  name: 'Note',
  props: {
    content: {
      api: 'Note.content',
      get: (id, rt) => locate(rt, id).note.content,
      set: (id, rt, v) => {
        const { sheet, note } = locate(rt, id);
        assertCanEdit(sheet);
        note.content = String(v ?? '');
      },
    },
    authorName: { api: 'Note.authorName', get: (id, rt) => locate(rt, id).note.authorName },
    visible: {
      api: 'Note.visible',
      get: (id, rt) => locate(rt, id).note.visible,
      set: (id, rt, v) => {
        locate(rt, id).note.visible = v === true;
      },
    },
    width: {
      api: 'Note.width',
      get: (id, rt) => locate(rt, id).note.width,
      set: (id, rt, v) => {
        if (typeof v !== 'number' || v <= 0) throw officeError('InvalidArgument', 'width must be a positive number');
        locate(rt, id).note.width = v;
      },
    },
    height: {
      api: 'Note.height',
      get: (id, rt) => locate(rt, id).note.height,
      set: (id, rt, v) => {
        if (typeof v !== 'number' || v <= 0) throw officeError('InvalidArgument', 'height must be a positive number');
        locate(rt, id).note.height = v;
      },
    },
  },
  nav: {},
});

export class FakeNote extends ClientObject<string> {
  static readonly info = NOTE;
  declare content: string;
  declare readonly authorName: string;
  declare visible: boolean;
  declare width: number;
  declare height: number;

  get _info(): ClassInfo<string> {
    return NOTE;
  }

  getLocation(): FakeRange {
    this._rt.sets.require('Note.getLocation');
    return new FakeRange(this.context, (rt) => {
      const id = this._resolve(rt);
      if (id === null) return null;
      const { sheet, note } = locate(rt, id);
      return { sheetId: sheet.id, rect: { row: note.row, col: note.col, rows: 1, cols: 1 } };
    });
  }

  delete(): void {
    this._act('Note.delete', (id, rt) => {
      const { sheet, note } = locate(rt, id);
      assertCanEdit(sheet);
      sheet.notes = sheet.notes.filter((n) => n !== note);
    });
  }
}
installProps(FakeNote, NOTE as ClassInfo<never>);

const NOTES: ClassInfo<NoteScope> = defineClass<NoteScope>({
  name: 'NoteCollection',
  props: {},
  nav: {},
  item: () => NOTE as ClassInfo<never>,
});

export class FakeNoteCollection extends ClientCollection<NoteScope, FakeNote> {
  static readonly info = NOTES;

  get _info(): ClassInfo<NoteScope> {
    return NOTES;
  }

  _members(scope: NoteScope, rt: Runtime): unknown[] {
    return inScope(rt, scope).flatMap((s) => [...s.notes].sort((a, b) => a.row - b.row || a.col - b.col).map((n) => n.id));
  }

  _makeItem(id: unknown): FakeNote {
    const n = new FakeNote(this.context, () => id as string);
    n._target = id as string;
    return n;
  }

  /** cellAddress: one cell — "B2" (on this sheet), "Sheet1!B2", or a Range. */
  add(cellAddress: FakeRange | string, content: unknown): FakeNote {
    this._sameContext(cellAddress);
    this._rt.sets.require('NoteCollection.add');
    const created = new FakeNote(this.context, () => {
      throw officeError('ItemNotFound', 'the note was not added');
    });
    this._act('NoteCollection.add', (scope, rt) => {
      const home = scope.sheetId === undefined ? undefined : sheetById(rt.wb, scope.sheetId);
      const ref = typeof cellAddress === 'string' && home === undefined && !cellAddress.includes('!') ? rangeArg(rt, cellAddress, activeSheet(rt.wb)) : rangeArg(rt, cellAddress, home);
      const sheet = sheetById(rt.wb, ref.sheetId);
      if (cellCount(ref.rect) !== 1) throw officeError('InvalidArgument', `a note goes on one cell, not ${qualifiedAddress(sheet.name, ref.rect)}`);
      assertCanEdit(sheet);
      if (sheet.notes.some((n) => n.row === ref.rect.row && n.col === ref.rect.col)) {
        throw officeError('ItemAlreadyExists', `${qualifiedAddress(sheet.name, ref.rect)} already has a note`);
      }
      const note: NoteState = { id: `note-${rt.wb.nextId++}`, row: ref.rect.row, col: ref.rect.col, content: String(content ?? ''), authorName: 'Fake Excel', visible: false, width: 144, height: 72 };
      sheet.notes.push(note);
      created._target = note.id;
    });
    return created;
  }

  getItem(key: string): FakeNote {
    this._rt.sets.require('NoteCollection.getItem');
    return new FakeNote(this.context, (rt) => {
      const scope = this._resolve(rt);
      const note = scope === null ? undefined : noteAt(rt, scope, key);
      if (note === undefined) throw officeError('ItemNotFound', `no note at '${key}'`);
      return note.id;
    });
  }

  getItemOrNullObject(key: string): FakeNote {
    this._rt.sets.require('NoteCollection.getItemOrNullObject');
    return new FakeNote(this.context, (rt) => {
      const scope = this._resolve(rt);
      return (scope === null ? undefined : noteAt(rt, scope, key))?.id ?? null;
    })._resolveEagerly('NoteCollection.getItemOrNullObject');
  }

  getCount(): FakeClientResult<number> {
    return this._count('NoteCollection.getCount');
  }
}
