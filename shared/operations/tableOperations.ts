import type { z } from 'zod';
import { newId, type BoardId, type TableId, type ZoneId } from '../ids';
import type { Board, Note, SessionDocument, Table, Zone } from '../document/schema';
import type { addTableArgs } from './tableOperationArgs';
import { fail } from '../result';
import { defineOperation, missing, ok } from './definition';
import {
  allOnBoards,
  clashingId,
  recordsOnBoards,
  referenceOutside,
  withoutBoards,
  withRecords,
} from './boardRecordSets';

type TableRecords = z.output<typeof addTableArgs>;

/**
 * A new table for a session that may already be running exercises: its own board for
 * each of them, with the same zones and the deck's reference cards, but none of the other
 * tables' notes.
 */
export function newTable(doc: SessionDocument, name: string): TableRecords {
  const order = Math.max(-1, ...Object.values(doc.tables).map((t) => t.order)) + 1;
  const table: Table = {
    id: newId('table'),
    name,
    participantCount: null,
    mix: { staffGroups: {}, sectors: {} },
    order,
  };
  const boards: Board[] = [];
  const zones: Zone[] = [];
  const notes: Note[] = [];
  for (const exercise of Object.values(doc.exercises)) {
    // The first table's board of the exercise is the pattern; the room board has no table.
    const pattern = Object.values(doc.boards).find((b) => b.exerciseId === exercise.id && b.tableId !== null);
    if (!pattern) continue;
    const copy = blankCopyOfBoard(doc, pattern, table.id);
    boards.push(copy.board);
    zones.push(...copy.zones);
    notes.push(...copy.notes);
  }
  return { table, boards, zones, notes, clusters: [], links: [], votes: [] };
}

/**
 * A new board laid out like `pattern`: the same zones and the deck's reference cards, but
 * none of its notes, clusters, links or votes. `tableId` null makes it the room board.
 */
export function blankCopyOfBoard(doc: SessionDocument, pattern: Board, tableId: TableId | null) {
  const board: Board = {
    id: newId('board') as BoardId,
    exerciseId: pattern.exerciseId,
    tableId,
    locked: false,
    voting: 'closed',
  };
  const zones: Zone[] = [];
  const notes: Note[] = [];
  const zoneIds = new Map<ZoneId, ZoneId>();
  for (const zone of Object.values(doc.zones).filter((z) => z.boardId === pattern.id)) {
    const id = newId('zone') as ZoneId;
    zoneIds.set(zone.id, id);
    zones.push({ ...zone, id, boardId: board.id });
  }
  for (const card of Object.values(doc.notes).filter((n) => n.boardId === pattern.id && n.kind === 'reference')) {
    notes.push({
      ...card,
      id: newId('note'),
      boardId: board.id,
      zoneId: card.zoneId && (zoneIds.get(card.zoneId) ?? null),
      clusterId: null,
    });
  }
  return { board, zones, notes, clusters: [], links: [], votes: [] };
}

function recordsOfTable(doc: SessionDocument, tableId: string): Omit<TableRecords, 'table'> {
  const boards = Object.values(doc.boards).filter((b) => b.tableId === tableId);
  return { boards, ...recordsOnBoards(doc, new Set<string>(boards.map((b) => b.id))) };
}

/**
 * Adds a table with its boards (and, when undoing a removal or merging a table from another
 * laptop, everything that was on them). It only ever adds: an id the session already has, in
 * any collection, is refused, and nothing added may point at another table's records, so no
 * other table's notes, groups, links or votes can change.
 */
export const addTable = defineOperation({ name: 'addTable', describe: 'Add table' }).as({
  apply(doc, records) {
    const { table, boards } = records;
    if (table.id in doc.tables) return fail('conflict', `The table ${table.id} already exists.`);
    const clash = clashingId(doc, records);
    if (clash) return fail('conflict', `The session already has ${clash}, so the table was not added.`);
    if (boards.some((b) => b.tableId !== table.id || !(b.exerciseId in doc.exercises))) {
      return fail('invalid-input', 'Every board must belong to the new table and to an exercise of this session.');
    }
    if (!allOnBoards(records, new Set<string>(boards.map((b) => b.id)))) {
      return fail('invalid-input', 'Everything added with a table must be on one of its boards.');
    }
    const { table: _table, ...onBoards } = records;
    const outside = referenceOutside(onBoards);
    if (outside)
      return fail('invalid-input', `Something added with the table refers to ${outside}, which is not part of it.`);
    return ok(withRecords({ ...doc, tables: { ...doc.tables, [table.id]: table } }, onBoards));
  },
  invert(_before, { table }) {
    return { name: 'removeTable', args: { tableId: table.id } };
  },
});

/** Removes a table and its boards with everything on them; undo puts it all back. */
export const removeTable = defineOperation({ name: 'removeTable', describe: 'Remove table' }).as({
  apply(doc, { tableId }) {
    if (!(tableId in doc.tables)) return missing('table', tableId);
    if (Object.keys(doc.tables).length === 1)
      return fail('invalid-input', 'A session needs at least one table. Add another before removing this one.');
    const boardIds = new Set<string>(
      Object.values(doc.boards)
        .filter((b) => b.tableId === tableId)
        .map((b) => b.id),
    );
    const tables = Object.fromEntries(
      Object.entries(doc.tables).filter(([id]) => id !== tableId),
    ) as SessionDocument['tables'];
    return ok(withoutBoards({ ...doc, tables }, boardIds));
  },
  invert(before, { tableId }) {
    return { name: 'addTable', args: { table: before.tables[tableId], ...recordsOfTable(before, tableId) } };
  },
});

/** Renames a table, or records how many sit at it and their mix of staff groups and sectors. */
export const updateTable = defineOperation({ name: 'updateTable', describe: 'Edit table' }).as({
  apply(doc, { tableId, changes }) {
    const table = doc.tables[tableId];
    if (!table) return missing('table', tableId);
    return ok({ ...doc, tables: { ...doc.tables, [tableId]: { ...table, ...changes } } });
  },
  invert(before, { tableId, changes }) {
    const table = before.tables[tableId];
    const previous = Object.fromEntries(Object.keys(changes).map((k) => [k, table?.[k as keyof typeof changes]]));
    return { name: 'updateTable', args: { tableId, changes: previous } };
  },
});
