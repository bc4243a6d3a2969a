import { allOnBoards, recordsOnBoards, withoutBoards, withRecords } from './boardRecordSets';
import { fail } from '../result';
import { defineOperation, missing, ok } from './definition';

// The room board: one board per exercise shared by all tables, e.g. for the plenary's
// clusters or the whole room's votes. Tables' boards come and go with their tables.

export const addRoomBoard = defineOperation({ name: 'addRoomBoard', describe: 'Add room board' }).as({
  apply(doc, records) {
    const { board } = records;
    if (board.tableId !== null) return fail('invalid-input', 'A room board belongs to no table.');
    if (!(board.exerciseId in doc.exercises)) return missing('exercise', board.exerciseId);
    if (board.id in doc.boards) return fail('conflict', `The board ${board.id} already exists.`);
    if (Object.values(doc.boards).some((b) => b.exerciseId === board.exerciseId && b.tableId === null)) {
      return fail('conflict', 'This exercise already has a room board.');
    }
    if (!allOnBoards(records, new Set([board.id])))
      return fail('invalid-input', 'Everything added with a room board must be on it.');
    const { board: _board, ...onIt } = records;
    return ok(withRecords(doc, { boards: [board], ...onIt }));
  },
  invert(_before, { board }) {
    return { name: 'removeRoomBoard', args: { boardId: board.id } };
  },
});

export const removeRoomBoard = defineOperation({ name: 'removeRoomBoard', describe: 'Remove room board' }).as({
  apply(doc, { boardId }) {
    const board = doc.boards[boardId];
    if (!board) return missing('board', boardId);
    if (board.tableId !== null)
      return fail(
        'invalid-input',
        'Only the room board can be removed on its own; a table’s boards go with the table.',
      );
    return ok(withoutBoards(doc, new Set([boardId])));
  },
  invert(before, { boardId }) {
    return {
      name: 'addRoomBoard',
      args: { board: before.boards[boardId], ...recordsOnBoards(before, new Set([boardId])) },
    };
  },
});
