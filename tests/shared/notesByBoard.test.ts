import { describe, expect, it } from 'vitest';
import { notesByBoard, notesOfBoard, participantNotesPerBoard } from '../../shared/document/boards';
import { operation } from '../../shared/operations/registry';
import type { BoardId } from '../../shared/ids';
import { applied, participantNote, sessionWithExercise } from '../helpers/sessions';

// A board opening with many notes needs its notes several times before its first frame (the
// board, its header's counts, the fit): one pass over the document's notes serves them all, for
// as long as the notes have not changed.

function session() {
  const { doc, boardId } = sessionWithExercise();
  const other = 'board:elsewhere' as BoardId;
  const withNotes = applied(
    doc,
    operation('addNotes', { notes: [participantNote(boardId, 'Staff'), participantNote(boardId, 'Travel')] }),
  );
  return { doc: withNotes, boardId, other };
}

describe('each board’s notes', () => {
  it('are the notes the board holds, in the document’s order', () => {
    const { doc, boardId, other } = session();
    expect(notesOfBoard(doc, boardId)).toEqual(Object.values(doc.notes).filter((n) => n.boardId === boardId));
    expect(notesOfBoard(doc, other)).toEqual([]);
    const counted = Object.values(doc.notes).filter((n) => n.boardId === boardId && n.kind === 'participant');
    expect(participantNotesPerBoard(doc)).toEqual(new Map([[boardId, counted.length]]));
    expect(counted.length).toBe(2);
  });

  it('are found once while the notes stay the same, and afresh once one changes', () => {
    const { doc, boardId } = session();
    const first = notesByBoard(doc);
    // Another change (a new document object, the same notes) shares the pass.
    const renamed = { ...doc, event: { ...doc.event, name: 'Renamed' } };
    expect(notesByBoard(renamed)).toBe(first);
    expect(notesOfBoard(renamed, boardId)).toBe(first.get(boardId));
    const added = applied(doc, operation('addNotes', { notes: [participantNote(boardId, 'Weekends')] }));
    expect(notesByBoard(added)).not.toBe(first);
    expect(notesOfBoard(added, boardId)).toHaveLength(first.get(boardId)!.length + 1);
    expect(participantNotesPerBoard(added).get(boardId)).toBe(3);
  });
});
