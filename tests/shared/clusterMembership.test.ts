import { describe, expect, it } from 'vitest';
import { SessionDocumentSchema, type SessionDocument } from '../../shared/document/schema';
import type { BoardId, ClusterId, NoteId } from '../../shared/ids';
import { applyOperation, invertOperation, operation, type Operation } from '../../shared/operations/registry';
import { participantNote, sessionWithExercise } from '../helpers/sessions';

const LATER = '2025-03-04T11:00:00.000Z';

function apply(doc: SessionDocument, op: Operation): SessionDocument {
  const result = applyOperation(doc, op, LATER);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

const records = (d: SessionDocument) => ({ notes: d.notes, clusters: d.clusters });

/** Applies op, checks the result is a valid session, undoes it, and checks every record is back. */
function appliesAndUndoes(doc: SessionDocument, op: Operation): SessionDocument {
  const after = apply(doc, op);
  expect(SessionDocumentSchema.safeParse(after).error).toBeUndefined();
  const undone = apply(after, invertOperation(doc, op));
  expect(records(undone)).toEqual(records(doc));
  // Redo after undo gives the same result again.
  expect(records(apply(undone, op))).toEqual(records(after));
  return after;
}

const clusterOf = (boardId: BoardId, id: string, quote: NoteId | null = null) => ({
  id: `cluster:${id}` as ClusterId,
  boardId,
  headline: id,
  subPoints: [],
  quoteNoteId: quote,
  order: 0,
});

/** Four notes A-D; A and B in cluster "travel" with A its quote, C in cluster "rota" as its quote, D in none. */
function groupedBoard() {
  const { doc, boardId } = sessionWithExercise();
  const [a, b, c, d] = ['A', 'B', 'C', 'D'].map((t, i) => participantNote(boardId, t, 20, 300 + i * 130));
  let next = apply(doc, operation('addNotes', { notes: [a, b, c, d] }));
  next = apply(
    next,
    operation('createCluster', { cluster: clusterOf(boardId, 'travel', a.id), noteIds: [a.id, b.id] }),
  );
  next = apply(next, operation('createCluster', { cluster: clusterOf(boardId, 'rota', c.id), noteIds: [c.id] }));
  return { doc: next, boardId, a, b, c, d };
}

describe('setNoteCluster: adding notes to a group and taking them out', () => {
  it('adds a note in no group to an existing group, and undo takes it out again', () => {
    const { doc, d } = groupedBoard();
    const after = appliesAndUndoes(doc, operation('setNoteCluster', { noteIds: [d.id], clusterId: 'cluster:travel' }));
    expect(after.notes[d.id].clusterId).toBe('cluster:travel');
  });

  it('takes a note out of its group; the group keeps its other notes and its quote', () => {
    const { doc, b } = groupedBoard();
    const after = appliesAndUndoes(doc, operation('setNoteCluster', { noteIds: [b.id], clusterId: null }));
    expect(after.notes[b.id].clusterId).toBeNull();
    expect(after.clusters['cluster:travel'].quoteNoteId).not.toBeNull();
  });

  it('moving a group’s quote to another group clears that quote, and undo puts it back', () => {
    const { doc, a } = groupedBoard();
    const after = appliesAndUndoes(doc, operation('setNoteCluster', { noteIds: [a.id], clusterId: 'cluster:rota' }));
    expect(after.notes[a.id].clusterId).toBe('cluster:rota');
    expect(after.clusters['cluster:travel'].quoteNoteId).toBeNull();
    expect(after.clusters['cluster:rota'].quoteNoteId).toBe(doc.clusters['cluster:rota'].quoteNoteId);
  });

  it('gathers notes from several groups and none into one, undone note by note to where each was', () => {
    const { doc, a, c, d } = groupedBoard();
    const after = appliesAndUndoes(
      doc,
      operation('setNoteCluster', { noteIds: [a.id, c.id, d.id], clusterId: 'cluster:travel' }),
    );
    expect([a, c, d].map((n) => after.notes[n.id].clusterId)).toEqual([
      'cluster:travel',
      'cluster:travel',
      'cluster:travel',
    ]);
    expect(after.clusters['cluster:rota'].quoteNoteId).toBeNull();
  });

  it('moving a group’s last note elsewhere, sent as ungroup then move, undoes to the group with its quote', () => {
    const { doc, c } = groupedBoard();
    const after = appliesAndUndoes(
      doc,
      operation('batch', {
        operations: [
          operation('deleteCluster', { clusterId: 'cluster:rota' }),
          operation('setNoteCluster', { noteIds: [c.id], clusterId: 'cluster:travel' }),
        ],
      }),
    );
    expect(after.clusters['cluster:rota']).toBeUndefined();
    expect(after.notes[c.id].clusterId).toBe('cluster:travel');
  });

  it('refuses a group that does not exist or is on another board, changing nothing', () => {
    const { doc, d } = groupedBoard();
    expect(
      applyOperation(doc, operation('setNoteCluster', { noteIds: [d.id], clusterId: 'cluster:nope' }), LATER),
    ).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
    const otherBoard = Object.keys(doc.boards).find((id) => id !== d.boardId) as BoardId | undefined;
    const far = participantNote(otherBoard ?? d.boardId, 'Elsewhere');
    if (otherBoard) {
      const withFar = apply(doc, operation('addNotes', { notes: [far] }));
      expect(
        applyOperation(withFar, operation('setNoteCluster', { noteIds: [far.id], clusterId: 'cluster:travel' }), LATER),
      ).toMatchObject({
        ok: false,
        error: { message: expect.stringMatching(/same board/) },
      });
    }
  });

  it('undoing a change that changed nothing changes nothing', () => {
    const { doc, a } = groupedBoard();
    appliesAndUndoes(doc, operation('setNoteCluster', { noteIds: [a.id], clusterId: 'cluster:travel' }));
  });
});
