import { describe, expect, it } from 'vitest';
import { SessionDocumentSchema, type SessionDocument } from '../../shared/document/schema';
import { zonesOfBoard } from '../../shared/document/geometry';
import { applyOperation, invertOperation, operation, type Operation } from '../../shared/operations/registry';
import { OperationSchema } from '../../shared/operations/operationSchemas';
import { NOW, participantNote, sessionWithExercise } from '../helpers/sessions';

const LATER = '2025-03-04T11:00:00.000Z';

function apply(doc: SessionDocument, op: Operation): SessionDocument {
  const result = applyOperation(doc, op, LATER);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

/** Applies op then its inverse: the records must be exactly as before. */
function roundTrip(doc: SessionDocument, op: Operation) {
  const after = apply(doc, op);
  const undone = apply(after, invertOperation(doc, op));
  const records = (d: SessionDocument) => ({
    event: d.event,
    tables: d.tables,
    exercises: d.exercises,
    boards: d.boards,
    zones: d.zones,
    notes: d.notes,
  });
  return { after, undone: records(undone), before: records(doc) };
}

describe('note operations', () => {
  it('adds a note into the zone under its centre, and its inverse removes it', () => {
    const { doc, boardId } = sessionWithExercise();
    const [benefits] = zonesOfBoard(doc, boardId);
    const note = participantNote(boardId, 'Deeper relationships', benefits.x + 20, benefits.y + 300);
    const { after, undone, before } = roundTrip(doc, operation('addNotes', { notes: [note] }));
    expect(after.notes[note.id].zoneId).toBe(benefits.id);
    expect(undone).toEqual(before);
    expect(SessionDocumentSchema.safeParse(after).success).toBe(true);
  });

  it('moves several notes as one step, recomputing their zones, and moves them back on undo', () => {
    const { doc, boardId } = sessionWithExercise();
    const [benefits, downsides] = zonesOfBoard(doc, boardId);
    const a = participantNote(boardId, 'A', benefits.x + 10, 500);
    const b = participantNote(boardId, 'B', benefits.x + 10, 700);
    const withNotes = apply(doc, operation('addNotes', { notes: [a, b] }));
    const move = operation('moveNotes', {
      moves: [
        { noteId: a.id, x: downsides.x + 10, y: 500 },
        { noteId: b.id, x: 5000, y: 5000 },
      ],
    });
    const { after, undone } = roundTrip(withNotes, move);
    expect(after.notes[a.id].zoneId).toBe(downsides.id);
    expect(after.notes[b.id].zoneId).toBeNull();
    expect(undone.notes[a.id]).toEqual(withNotes.notes[a.id]);
    expect(after.revision).toBe(withNotes.revision + 1);
  });

  it('edits text and deletes notes with exact inverses', () => {
    const { doc, boardId } = sessionWithExercise();
    const note = participantNote(boardId, 'Before');
    const withNote = apply(doc, operation('addNotes', { notes: [note] }));
    expect(
      roundTrip(withNote, operation('editNoteText', { noteId: note.id, text: 'After' })).after.notes[note.id].text,
    ).toBe('After');
    const deleted = roundTrip(withNote, operation('deleteNotes', { noteIds: [note.id] }));
    expect(deleted.after.notes[note.id]).toBeUndefined();
    expect(deleted.undone).toEqual(deleted.before);
  });

  it('refuses to change a note that is not there, leaving the document as it was', () => {
    const { doc } = sessionWithExercise();
    const result = applyOperation(doc, operation('editNoteText', { noteId: 'note:gone', text: 'x' }), NOW);
    expect(result).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });

  it('never mutates the document it is given', () => {
    const { doc, boardId } = sessionWithExercise();
    const frozen = structuredClone(doc);
    apply(doc, operation('addNotes', { notes: [participantNote(boardId, 'x')] }));
    expect(doc).toEqual(frozen);
  });
});

describe('exercise and session operations', () => {
  it('removing an exercise removes its boards, zones and notes, and undo restores them all', () => {
    const { doc } = sessionWithExercise();
    const exerciseId = Object.keys(doc.exercises)[0] as `exercise:${string}`;
    const { after, undone, before } = roundTrip(doc, operation('removeExercise', { exerciseId }));
    expect(Object.keys(after.notes)).toHaveLength(0);
    expect(Object.keys(after.zones)).toHaveLength(0);
    expect(undone).toEqual(before);
  });

  it('renames the event and undoes the rename', () => {
    const { doc } = sessionWithExercise();
    const { after, undone, before } = roundTrip(doc, operation('updateEventDetails', { changes: { name: 'Renamed' } }));
    expect(after.event.name).toBe('Renamed');
    expect(undone).toEqual(before);
  });
});

describe('OperationSchema (what arrives over IPC or a socket)', () => {
  it('accepts a well-formed operation', () => {
    expect(OperationSchema.safeParse({ name: 'editNoteText', args: { noteId: 'note:abc', text: 'hi' } }).success).toBe(
      true,
    );
  });

  it.each([
    [{ name: 'dropDatabase', args: {} }, 'not an operation'],
    [{ name: 'editNoteText', args: { noteId: 'board:abc', text: 'hi' } }, 'noteId'],
    [{ name: 'editNoteText', args: { noteId: 'note:abc', text: 'x'.repeat(5000) } }, 'text'],
    [{ name: 'moveNotes', args: { moves: [{ noteId: 'note:a', x: Number.NaN, y: 0 }] } }, 'x'],
    [{ name: 'addNotes', args: { notes: [], extra: 1 } }, 'args'],
  ])('refuses %j, naming what is wrong', (input, where) => {
    const parsed = OperationSchema.safeParse(input);
    expect(parsed.success).toBe(false);
    expect(JSON.stringify(parsed.error?.issues)).toContain(where);
  });
});
