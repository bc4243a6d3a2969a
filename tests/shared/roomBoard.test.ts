import { describe, expect, it } from 'vitest';
import { boardOwner, boardsOfExercise, matchingBoard } from '../../shared/document/boards';
import { SessionDocumentSchema, type SessionDocument } from '../../shared/document/schema';
import { applyOperation, invertOperation, operation, type Operation } from '../../shared/operations/registry';
import { blankCopyOfBoard, newTable } from '../../shared/operations/tableOperations';
import { applied, participantNote, sessionWithExercise } from '../helpers/sessions';

const LATER = '2025-03-04T11:00:00.000Z';
const apply = (doc: SessionDocument, op: Operation) => applied(doc, op, LATER);

describe('the room board', () => {
  it('is laid out like the tables’ boards, comes last, and is removed and restored with its notes', () => {
    const { doc: one, boardId } = sessionWithExercise();
    const doc = apply(one, operation('addTable', newTable(one, 'Table 2')));
    const exerciseId = doc.boards[boardId].exerciseId;
    const room = blankCopyOfBoard(doc, doc.boards[boardId], null);
    const withRoom = apply(doc, operation('addRoomBoard', room));
    expect(SessionDocumentSchema.safeParse(withRoom).error).toBeUndefined();
    expect(boardsOfExercise(withRoom, exerciseId).map((b) => boardOwner(withRoom, b))).toEqual([
      'Table 1',
      'Table 2',
      'Room board',
    ]);
    expect(Object.values(withRoom.zones).filter((z) => z.boardId === room.board.id)).toHaveLength(3);

    const note = participantNote(room.board.id, 'Said in the plenary');
    const full = apply(withRoom, operation('addNotes', { notes: [note] }));
    const remove = operation('removeRoomBoard', { boardId: room.board.id });
    const removed = apply(full, remove);
    expect(removed.notes[note.id]).toBeUndefined();
    expect(apply(removed, invertOperation(full, remove)).notes[note.id]).toEqual(full.notes[note.id]);
  });

  it('is one per exercise, and a table’s board cannot be removed on its own', () => {
    const { doc, boardId } = sessionWithExercise();
    const withRoom = apply(doc, operation('addRoomBoard', blankCopyOfBoard(doc, doc.boards[boardId], null)));
    const again = applyOperation(
      withRoom,
      operation('addRoomBoard', blankCopyOfBoard(withRoom, doc.boards[boardId], null)),
      LATER,
    );
    expect(again).toMatchObject({ ok: false, error: { message: 'This exercise already has a room board.' } });
    expect(applyOperation(doc, operation('removeRoomBoard', { boardId }), LATER)).toMatchObject({
      ok: false,
      error: { code: 'invalid-input' },
    });
  });

  it('moving the room on finds the same table’s board of the next exercise', () => {
    const { doc: one, boardId } = sessionWithExercise();
    const doc = apply(one, operation('addTable', newTable(one, 'Table 2')));
    const exerciseId = doc.boards[boardId].exerciseId;
    const table2 = boardsOfExercise(doc, exerciseId)[1];
    expect(matchingBoard(doc, table2.id, exerciseId)?.id).toBe(table2.id);
    expect(matchingBoard(doc, null, exerciseId)?.id).toBe(boardId);
  });

  it('a table added after another was removed goes after the last one', () => {
    const { doc } = sessionWithExercise();
    const t2 = newTable(doc, 'Table 2');
    const two = apply(doc, operation('addTable', t2));
    const t3 = newTable(two, 'Table 3');
    const three = apply(two, operation('addTable', t3));
    const removed = apply(three, operation('removeTable', { tableId: t2.table.id }));
    expect(newTable(removed, 'Table 4').table.order).toBe(3);
  });
});
