import { describe, expect, it } from 'vitest';
import { SessionDocumentSchema, type SessionDocument } from '../../shared/document/schema';
import type { ClusterId, ExerciseId, LinkId, NoteId, VoteId } from '../../shared/ids';
import { applyOperation, invertOperation, operation, type Operation } from '../../shared/operations/registry';
import { participantNote, sessionWithExercise } from '../helpers/sessions';

const LATER = '2025-03-04T11:00:00.000Z';

function apply(doc: SessionDocument, op: Operation): SessionDocument {
  const result = applyOperation(doc, op, LATER);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

const records = (d: SessionDocument) => ({
  tables: d.tables,
  exercises: d.exercises,
  boards: d.boards,
  zones: d.zones,
  notes: d.notes,
  clusters: d.clusters,
  links: d.links,
  votes: d.votes,
});

/** Applies op, checks the result is a valid session, undoes it, and checks every record is back. */
function appliesAndUndoes(doc: SessionDocument, op: Operation): SessionDocument {
  const after = apply(doc, op);
  expect(SessionDocumentSchema.safeParse(after).error).toBeUndefined();
  expect(records(apply(after, invertOperation(doc, op)))).toEqual(records(doc));
  return after;
}

/** A board with three participant notes A, B, C. */
function boardWithNotes() {
  const { doc, boardId } = sessionWithExercise();
  const [a, b, c] = ['A', 'B', 'C'].map((t, i) => participantNote(boardId, t, 20, 300 + i * 130));
  return { doc: apply(doc, operation('addNotes', { notes: [a, b, c] })), boardId, a, b, c };
}

const cluster = (boardId: `board:${string}`, quote: NoteId | null = null) => ({
  id: 'cluster:c1' as ClusterId,
  boardId,
  headline: 'Isolation',
  subPoints: ['Fewer colleagues nearby'],
  quoteNoteId: quote,
  order: 0,
});

describe('clusters: the theme → sub-points → quote shape', () => {
  it('groups notes into a cluster with a quote, and ungroups on undo', () => {
    const { doc, boardId, a, b } = boardWithNotes();
    const after = appliesAndUndoes(
      doc,
      operation('createCluster', { cluster: cluster(boardId, a.id), noteIds: [a.id, b.id] }),
    );
    expect([after.notes[a.id].clusterId, after.notes[b.id].clusterId]).toEqual(['cluster:c1', 'cluster:c1']);
  });

  it('refuses a quote from outside the cluster, and notes already in another', () => {
    const { doc, boardId, a, b, c } = boardWithNotes();
    expect(
      applyOperation(doc, operation('createCluster', { cluster: cluster(boardId, c.id), noteIds: [a.id] }), LATER),
    ).toMatchObject({ ok: false });
    const grouped = apply(doc, operation('createCluster', { cluster: cluster(boardId), noteIds: [a.id] }));
    const second = { ...cluster(boardId), id: 'cluster:c2' as ClusterId };
    expect(
      applyOperation(grouped, operation('createCluster', { cluster: second, noteIds: [a.id, b.id] }), LATER),
    ).toMatchObject({
      ok: false,
      error: { message: expect.stringMatching(/already in a group/) },
    });
  });

  it('renames a cluster and chooses its quote, each undoable', () => {
    const { doc, boardId, a, b } = boardWithNotes();
    const grouped = apply(doc, operation('createCluster', { cluster: cluster(boardId), noteIds: [a.id, b.id] }));
    const after = appliesAndUndoes(
      grouped,
      operation('updateCluster', {
        clusterId: 'cluster:c1',
        changes: { headline: 'Working alone', quoteNoteId: b.id },
      }),
    );
    expect(after.clusters['cluster:c1']).toMatchObject({ headline: 'Working alone', quoteNoteId: b.id });
  });
});

describe('deleting notes that other records point at', () => {
  it('takes their links and dots along, clears a quote, and undo puts every one back', () => {
    const { doc, boardId, a, b, c } = boardWithNotes();
    let full = apply(doc, operation('createCluster', { cluster: cluster(boardId, a.id), noteIds: [a.id, b.id] }));
    full = apply(
      full,
      operation('addLinks', { links: [{ id: 'link:l1' as LinkId, boardId, fromNoteId: c.id, toNoteId: a.id }] }),
    );
    full = apply(
      full,
      operation('castVotes', {
        votes: [{ kind: 'dot', id: 'vote:v1' as VoteId, boardId, noteId: a.id, participant: 1, count: 1 }],
      }),
    );
    const after = appliesAndUndoes(full, operation('deleteNotes', { noteIds: [a.id] }));
    expect([Object.keys(after.links), Object.keys(after.votes), after.clusters['cluster:c1'].quoteNoteId]).toEqual([
      [],
      [],
      null,
    ]);
  });

  it('removing an exercise removes its clusters, links and votes, and undo restores them', () => {
    const { doc, boardId, a, b } = boardWithNotes();
    let full = apply(doc, operation('createCluster', { cluster: cluster(boardId, a.id), noteIds: [a.id] }));
    full = apply(
      full,
      operation('addLinks', { links: [{ id: 'link:l1' as LinkId, boardId, fromNoteId: b.id, toNoteId: a.id }] }),
    );
    const exerciseId = Object.keys(full.exercises)[0] as ExerciseId;
    const after = appliesAndUndoes(full, operation('removeExercise', { exerciseId }));
    expect([after.clusters, after.links]).toEqual([{}, {}]);
  });
});

describe('votes, board state and note details', () => {
  it('casts dots, ratings and tallied counts, and withdraws them', () => {
    const { doc, boardId, a } = boardWithNotes();
    const zoneId = Object.values(doc.zones).find((z) => z.boardId === boardId)!.id;
    appliesAndUndoes(
      doc,
      operation('castVotes', {
        votes: [
          { kind: 'dot', id: 'vote:v1' as VoteId, boardId, noteId: a.id, participant: 3, count: 1 },
          { kind: 'dot', id: 'vote:v2' as VoteId, boardId, noteId: a.id, participant: null, count: 7 },
          { kind: 'rating', id: 'vote:v3' as VoteId, boardId, zoneId, value: 4, participant: 3, count: 1 },
        ],
      }),
    );
  });

  it('reveals and locks a board as undoable facilitator steps', () => {
    const { doc, boardId } = boardWithNotes();
    expect(
      appliesAndUndoes(doc, operation('setBoardState', { boardId, changes: { voting: 'revealed', locked: true } }))
        .boards[boardId],
    ).toMatchObject({ voting: 'revealed', locked: true });
  });

  it('sets staff group, sector, quote and severity on several notes; undo restores each note’s own', () => {
    const { doc, a, b } = boardWithNotes();
    const mixed = apply(doc, operation('setNoteDetails', { noteIds: [a.id], changes: { staffGroup: 'nurse' } }));
    const after = appliesAndUndoes(
      mixed,
      operation('setNoteDetails', {
        noteIds: [a.id, b.id],
        changes: { staffGroup: 'doctor', isQuote: true, severity: 4 },
      }),
    );
    expect(after.notes[b.id]).toMatchObject({ staffGroup: 'doctor', isQuote: true, severity: 4 });
  });

  it('refuses participant details on a reference card', () => {
    const { doc } = boardWithNotes();
    const card = Object.values(doc.notes).find((n) => n.kind === 'reference')!;
    expect(
      applyOperation(doc, operation('setNoteDetails', { noteIds: [card.id], changes: { sector: 'acute' } }), LATER),
    ).toMatchObject({ ok: false });
  });
});

describe('batch', () => {
  it('applies all its steps or none', () => {
    const { doc, a } = boardWithNotes();
    const op = operation('batch', {
      operations: [
        operation('editNoteText', { noteId: a.id, text: 'changed' }),
        operation('deleteNotes', { noteIds: ['note:missing'] }),
      ],
    });
    expect(applyOperation(doc, op, LATER).ok).toBe(false);
    expect(doc.notes[a.id].text).toBe('A');
  });

  it('undoes its steps in reverse order', () => {
    const { doc, a } = boardWithNotes();
    appliesAndUndoes(
      doc,
      operation('batch', {
        operations: [
          operation('editNoteText', { noteId: a.id, text: 'one' }),
          operation('editNoteText', { noteId: a.id, text: 'two' }),
          operation('moveNotes', { moves: [{ noteId: a.id, x: 900, y: 900 }] }),
        ],
      }),
    );
  });
});
