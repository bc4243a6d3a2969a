import { describe, expect, it } from 'vitest';
import { SessionDocumentSchema, type SessionDocument } from '../../shared/document/schema';
import type { NoteId, TableId, VoteId } from '../../shared/ids';
import { applyOperation, invertOperation, operation, type Operation } from '../../shared/operations/registry';
import { newTable } from '../../shared/operations/tableOperations';
import { dotTally, ratingDistribution, stanceTally, whyDotNotAllowed } from '../../shared/voting/tallies';
import { applied, participantNote, sessionWithExercise } from '../helpers/sessions';

const LATER = '2025-03-04T11:00:00.000Z';
const apply = (doc: SessionDocument, op: Operation) => applied(doc, op, LATER);

describe('tables', () => {
  it('a table added mid-session gets its own board of each exercise, with the zones and reference cards but no other table’s notes', () => {
    const { doc, boardId } = sessionWithExercise();
    const withNote = apply(doc, operation('addNotes', { notes: [participantNote(boardId, 'Table 1 only')] }));
    const records = newTable(withNote, 'Table 2');
    const after = apply(withNote, operation('addTable', records));
    expect(SessionDocumentSchema.safeParse(after).error).toBeUndefined();
    const board = Object.values(after.boards).find((b) => b.tableId === records.table.id)!;
    const onIt = Object.values(after.notes).filter((n) => n.boardId === board.id);
    expect(onIt.map((n) => n.kind)).toEqual(Array(10).fill('reference'));
    expect(
      Object.values(after.zones)
        .filter((z) => z.boardId === board.id)
        .map((z) => z.label),
    ).toEqual(['Potential benefits', 'Potential downsides', 'Mitigations']);
    expect(onIt.every((n) => after.zones[n.zoneId!]?.boardId === board.id)).toBe(true);
  });

  it('removing a table takes its boards and everything on them, and undo restores it all', () => {
    const { doc } = sessionWithExercise();
    const records = newTable(doc, 'Table 2');
    const two = apply(doc, operation('addTable', records));
    const board = records.boards[0];
    const note = participantNote(board.id, 'Said at table 2');
    const full = apply(two, operation('addNotes', { notes: [note] }));
    const remove = operation('removeTable', { tableId: records.table.id });
    const removed = apply(full, remove);
    expect(removed.notes[note.id]).toBeUndefined();
    expect(SessionDocumentSchema.safeParse(removed).error).toBeUndefined();
    const restored = apply(removed, invertOperation(full, remove));
    expect([restored.tables, restored.boards, restored.notes]).toEqual([full.tables, full.boards, full.notes]);
  });

  it('keeps the last table, saying why', () => {
    const { doc } = sessionWithExercise();
    const only = Object.keys(doc.tables)[0] as TableId;
    expect(applyOperation(doc, operation('removeTable', { tableId: only }), LATER)).toMatchObject({
      ok: false,
      error: { message: expect.stringMatching(/at least one table/) },
    });
  });

  it('records a table’s size and mix of staff groups and sectors, undoably', () => {
    const { doc } = sessionWithExercise();
    const tableId = Object.keys(doc.tables)[0] as TableId;
    const op = operation('updateTable', {
      tableId,
      changes: { participantCount: 6, mix: { staffGroups: { nurse: 4, doctor: 2 }, sectors: { community: 6 } } },
    });
    const after = apply(doc, op);
    expect(after.tables[tableId]).toMatchObject({ participantCount: 6, mix: { staffGroups: { nurse: 4, doctor: 2 } } });
    expect(apply(after, invertOperation(doc, op)).tables).toEqual(doc.tables);
  });
});

describe('tallies and voting limits', () => {
  function votingBoard() {
    const { doc, boardId } = sessionWithExercise();
    const zones = Object.values(doc.zones).filter((z) => z.boardId === boardId);
    const a = participantNote(boardId, 'A', zones[0].x + 20, 200);
    const b = participantNote(boardId, 'B', zones[0].x + 20, 340);
    const c = participantNote(boardId, 'C', zones[1].x + 20, 200);
    let d = apply(doc, operation('addNotes', { notes: [a, b, c] }));
    d = apply(d, operation('setBoardState', { boardId, changes: { voting: 'open' } }));
    return { doc: d, boardId, a, b, c, zones };
  }
  let n = 0;
  const dot = (boardId: `board:${string}`, noteId: NoteId, participant: number | null, count = 1) => ({
    kind: 'dot' as const,
    id: `vote:d${n++}` as VoteId,
    boardId,
    noteId,
    participant,
    count,
  });

  it('counts participants’ dots and tallied counts together, per note', () => {
    const { doc, boardId, a, b } = votingBoard();
    const after = apply(
      doc,
      operation('castVotes', {
        votes: [dot(boardId, a.id, 1), dot(boardId, a.id, 2), dot(boardId, a.id, null, 5), dot(boardId, b.id, 1)],
      }),
    );
    expect(Object.fromEntries(dotTally(after, boardId))).toEqual({ [a.id]: 7, [b.id]: 1 });
  });

  it('enforces dots per person per column and per item, with the reason in words', () => {
    const { doc, boardId, a, b, c } = votingBoard();
    const settings = { perParticipant: 2, perItem: 1, perZone: true };
    expect(whyDotNotAllowed(doc, boardId, settings, 1, a.id)).toBeNull();
    const one = apply(doc, operation('castVotes', { votes: [dot(boardId, a.id, 1)] }));
    expect(whyDotNotAllowed(one, boardId, settings, 1, a.id)).toMatch(/At most 1 dots from one person/);
    const two = apply(one, operation('castVotes', { votes: [dot(boardId, b.id, 1)] }));
    expect(whyDotNotAllowed(two, boardId, settings, 1, a.id)).toMatch(/used all 2 dots in this column/);
    expect(whyDotNotAllowed(two, boardId, settings, 1, c.id)).toBeNull();
    expect(whyDotNotAllowed(two, boardId, settings, 2, a.id)).toBeNull();
    const closed = apply(two, operation('setBoardState', { boardId, changes: { voting: 'revealed' } }));
    expect(whyDotNotAllowed(closed, boardId, settings, 2, a.id)).toMatch(/not open/);
  });

  it('gives the distribution of 1–5 ratings per zone and the stances before and after', () => {
    const { doc, boardId, zones } = votingBoard();
    const rating = (value: number, count: number) => ({
      kind: 'rating' as const,
      id: `vote:r${n++}` as VoteId,
      boardId,
      zoneId: zones[0].id,
      value,
      participant: null,
      count,
    });
    const stance = (phase: 'before' | 'after', option: string) => ({
      kind: 'stance' as const,
      id: `vote:s${n++}` as VoteId,
      boardId,
      phase,
      option,
      participant: null,
      count: 1,
    });
    const after = apply(
      doc,
      operation('castVotes', {
        votes: [
          rating(5, 3),
          rating(4, 1),
          rating(1, 2),
          stance('before', 'Yes'),
          stance('after', 'It depends'),
          stance('after', 'It depends'),
        ],
      }),
    );
    expect(ratingDistribution(after, boardId, zones[0].id, 5)).toEqual([2, 0, 0, 1, 3]);
    expect(Object.fromEntries(stanceTally(after, boardId, 'after'))).toEqual({ 'It depends': 2 });
  });
});
