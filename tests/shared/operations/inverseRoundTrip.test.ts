import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Board, Cluster, Link, Note, SessionDocument, Vote } from '../../../shared/document/schema';
import type { ClusterId, LinkId, NoteId, VoteId } from '../../../shared/ids';
import {
  applyOperation,
  invertOperation,
  operation,
  type Operation,
  type OperationName,
} from '../../../shared/operations/registry';
import { OperationSchema } from '../../../shared/operations/operationSchemas';
import { blankCopyOfBoard, newTable } from '../../../shared/operations/tableOperations';
import { instantiateTemplate } from '../../../shared/templates/instantiate';
import { applied, benefitsAndRisks, NOW, participantNote, sessionWithExercise } from '../../helpers/sessions';

// Every registered operation, on generated sessions: apply it, apply its inverse, apply it
// again (undo, then redo). Undo must give back exactly the session as it was, and redo
// exactly the session the operation made. The table below names every operation, so a new
// one does not compile until it has a generator here.

const LATER = '2025-03-04T11:00:00.000Z';
const TEMPLATE = benefitsAndRisks();

/** What a session holds, without the revision and time that every apply moves on. */
function content(doc: SessionDocument) {
  const { revision: _revision, updatedAt: _updatedAt, ...rest } = doc;
  return rest;
}

const noteSpec = fc.record({
  text: fc.string({ maxLength: 30 }),
  x: fc.integer({ min: 0, max: 3_000 }),
  y: fc.integer({ min: 0, max: 2_000 }),
  reference: fc.boolean(),
  group: fc.integer({ min: -1, max: 2 }),
});

/** A session with one exercise, its notes (some grouped, linked and dotted) and perhaps a second table, a room board or a lock. */
const sessions: fc.Arbitrary<SessionDocument> = fc
  .record({
    notes: fc.array(noteSpec, { maxLength: 10 }),
    links: fc.array(fc.tuple(fc.nat(9), fc.nat(9)), { maxLength: 4 }),
    dots: fc.array(fc.tuple(fc.nat(9), fc.integer({ min: 1, max: 3 })), { maxLength: 4 }),
    secondTable: fc.boolean(),
    roomBoard: fc.boolean(),
    current: fc.boolean(),
    locked: fc.nat(4).map((n) => n === 0),
  })
  .map((spec) => {
    const start = sessionWithExercise();
    const boardId = start.boardId;
    let doc = start.doc;
    const notes: Note[] = spec.notes.map((n, i) => ({
      ...participantNote(boardId, n.text, n.x, n.y),
      id: `note:gen${i}` as NoteId,
      kind: n.reference ? 'reference' : 'participant',
    }));
    if (notes.length > 0) doc = applied(doc, operation('addNotes', { notes }), NOW);
    for (const group of [0, 1, 2]) {
      const members = notes.filter((_, i) => spec.notes[i].group === group).map((n) => n.id);
      if (members.length === 0) continue;
      const cluster: Cluster = {
        id: `cluster:gen${group}` as ClusterId,
        boardId,
        headline: `Group ${group}`,
        subPoints: [],
        quoteNoteId: members[0],
        order: group,
      };
      doc = applied(doc, operation('createCluster', { cluster, noteIds: members }), NOW);
    }
    const links: Link[] = spec.links
      .filter(([from, to]) => from !== to && from < notes.length && to < notes.length)
      .map(([from, to], i) => ({
        id: `link:gen${i}` as LinkId,
        boardId,
        fromNoteId: notes[from].id,
        toNoteId: notes[to].id,
      }));
    if (links.length > 0) doc = applied(doc, operation('addLinks', { links }), NOW);
    const votes: Vote[] = spec.dots
      .filter(([index]) => index < notes.length)
      .map(([index, count], i) => ({
        kind: 'dot',
        id: `vote:gen${i}` as VoteId,
        boardId,
        participant: null,
        count,
        noteId: notes[index].id,
      }));
    if (votes.length > 0) doc = applied(doc, operation('castVotes', { votes }), NOW);
    if (spec.secondTable) doc = applied(doc, operation('addTable', newTable(doc, 'Table 2')), NOW);
    if (spec.roomBoard) doc = applied(doc, operation('addRoomBoard', blankCopyOfBoard(doc, doc.boards[boardId], null)));
    const exerciseId = doc.boards[boardId].exerciseId;
    if (spec.current) doc = applied(doc, operation('setFacilitation', { changes: { currentExerciseId: exerciseId } }));
    if (spec.locked) doc = applied(doc, operation('setBoardState', { boardId, changes: { locked: true } }));
    return doc;
  });

const values = <T>(records: Record<string, T>): T[] => Object.values(records);
const one = <T>(list: readonly T[]) => (list.length === 0 ? null : fc.constantFrom(...list));
const some = <T>(list: readonly T[]) => (list.length === 0 ? null : fc.subarray([...list], { minLength: 1 }));
const label = fc.string({ minLength: 1, maxLength: 20 }).filter((s) => s.trim().length > 0);

type Generator = (doc: SessionDocument) => fc.Arbitrary<Operation> | null;

/** For each operation, valid-looking arguments on a given session (null when the session has nothing it could act on). */
const GENERATORS: Record<OperationName, Generator> = {
  addNotes: (doc) =>
    one(values(doc.boards))?.chain((board) =>
      fc.array(noteSpec, { minLength: 1, maxLength: 3 }).map((specs) =>
        operation('addNotes', {
          notes: specs.map((s, i) => ({
            ...participantNote(board.id, s.text, s.x, s.y),
            id: `note:new${i}` as NoteId,
          })),
        }),
      ),
    ) ?? null,
  deleteNotes: (doc) =>
    some(Object.keys(doc.notes) as NoteId[])?.map((noteIds) => operation('deleteNotes', { noteIds })) ?? null,
  editNoteText: (doc) =>
    one(Object.keys(doc.notes) as NoteId[])?.chain((noteId) =>
      fc.string({ maxLength: 40 }).map((text) => operation('editNoteText', { noteId, text })),
    ) ?? null,
  moveNotes: (doc) =>
    some(Object.keys(doc.notes) as NoteId[])?.chain((ids) =>
      fc
        .tuple(fc.integer({ min: -500, max: 4_000 }), fc.integer({ min: -500, max: 3_000 }))
        .map(([x, y]) => operation('moveNotes', { moves: ids.map((noteId, i) => ({ noteId, x: x + i, y })) })),
    ) ?? null,
  addExercise: (doc) => fc.constant(null).map(() => operation('addExercise', instantiateTemplate(doc, TEMPLATE, NOW))),
  removeExercise: (doc) =>
    one(values(doc.exercises))?.map((e) => operation('removeExercise', { exerciseId: e.id })) ?? null,
  updateEventDetails: () =>
    fc
      .record({ name: label, location: fc.string({ maxLength: 20 }) }, { requiredKeys: [] })
      .map((changes) => operation('updateEventDetails', { changes })),
  restoreVersion: (doc) => {
    const earlier = applied(doc, operation('updateEventDetails', { changes: { name: 'An earlier name' } }));
    return fc.constant(operation('restoreVersion', { document: earlier, takenAt: NOW }));
  },
  setNoteDetails: (doc) =>
    some(
      values(doc.notes)
        .filter((n) => n.kind === 'participant')
        .map((n) => n.id),
    )?.chain((noteIds) =>
      fc
        .record(
          {
            staffGroup: fc.constantFrom(null, 'nurse', 'doctor'),
            isQuote: fc.boolean(),
            severity: fc.constantFrom(null, 1, 5),
            tag: fc.constantFrom(null, 'a tag'),
          },
          { requiredKeys: [] },
        )
        .map((changes) => operation('setNoteDetails', { noteIds, changes: changes as never })),
    ) ?? null,
  restoreNotes: (doc) =>
    some(values(doc.notes))?.chain((notes) =>
      fc
        .string({ maxLength: 20 })
        .map((text) => operation('restoreNotes', { notes: notes.map((n) => ({ ...n, text })) })),
    ) ?? null,
  createCluster: (doc) => {
    const free = values(doc.notes).filter((n) => n.clusterId === null);
    return (
      one(free)?.chain((first) =>
        fc.subarray(free.filter((n) => n.boardId === first.boardId && n.id !== first.id)).map((others) =>
          operation('createCluster', {
            cluster: {
              id: 'cluster:new' as ClusterId,
              boardId: first.boardId,
              headline: '',
              subPoints: [],
              quoteNoteId: null,
              order: 9,
            },
            noteIds: [first.id, ...others.map((n) => n.id)],
          }),
        ),
      ) ?? null
    );
  },
  deleteCluster: (doc) =>
    one(values(doc.clusters))?.map((c) => operation('deleteCluster', { clusterId: c.id })) ?? null,
  updateCluster: (doc) =>
    one(values(doc.clusters))?.chain((c) =>
      fc
        .record(
          {
            headline: fc.string({ maxLength: 20 }),
            subPoints: fc.array(label, { maxLength: 2 }),
            quoteNoteId: fc.constantFrom(
              null,
              ...values(doc.notes)
                .filter((n) => n.clusterId === c.id)
                .map((n) => n.id),
            ),
          },
          { requiredKeys: [] },
        )
        .map((changes) => operation('updateCluster', { clusterId: c.id, changes })),
    ) ?? null,
  setNoteCluster: (doc) =>
    one(values(doc.boards))?.chain((board) => {
      const notes = values(doc.notes).filter((n) => n.boardId === board.id);
      const clusters = values(doc.clusters).filter((c) => c.boardId === board.id);
      const target = fc.constantFrom<(ClusterId | null)[]>(null, ...clusters.map((c) => c.id));
      return (
        some(notes.map((n) => n.id))?.chain((noteIds) =>
          target.map((clusterId) => operation('setNoteCluster', { noteIds, clusterId })),
        ) ?? fc.constant(operation('setNoteCluster', { noteIds: ['note:none' as NoteId], clusterId: null }))
      );
    }) ?? null,
  addLinks: (doc) => {
    const notes = values(doc.notes);
    return (
      one(notes)?.chain((from) =>
        fc.constantFrom(...notes.filter((n) => n.boardId === from.boardId)).map((to) =>
          operation('addLinks', {
            links: [{ id: 'link:new' as LinkId, boardId: from.boardId, fromNoteId: from.id, toNoteId: to.id }],
          }),
        ),
      ) ?? null
    );
  },
  deleteLinks: (doc) =>
    some(Object.keys(doc.links) as LinkId[])?.map((linkIds) => operation('deleteLinks', { linkIds })) ?? null,
  castVotes: (doc) =>
    one(values(doc.notes))?.chain((note) =>
      fc.integer({ min: 1, max: 4 }).map((count) =>
        operation('castVotes', {
          votes: [
            { kind: 'dot', id: 'vote:new' as VoteId, boardId: note.boardId, participant: 1, count, noteId: note.id },
          ],
        }),
      ),
    ) ?? null,
  withdrawVotes: (doc) =>
    some(Object.keys(doc.votes) as VoteId[])?.map((voteIds) => operation('withdrawVotes', { voteIds })) ?? null,
  setBoardState: (doc) =>
    one(values(doc.boards))?.chain((board: Board) =>
      fc
        .record({ locked: fc.boolean(), voting: fc.constantFrom('closed', 'open', 'revealed') }, { requiredKeys: [] })
        .map((changes) => operation('setBoardState', { boardId: board.id, changes: changes as never })),
    ) ?? null,
  addTable: (doc) => label.map((name) => operation('addTable', newTable(doc, name))),
  removeTable: (doc) => one(values(doc.tables))?.map((t) => operation('removeTable', { tableId: t.id })) ?? null,
  updateTable: (doc) =>
    one(values(doc.tables))?.chain((t) =>
      fc
        .record({ name: label, participantCount: fc.constantFrom(null, 0, 7) }, { requiredKeys: [] })
        .map((changes) => operation('updateTable', { tableId: t.id, changes })),
    ) ?? null,
  updateExercise: (doc) =>
    one(values(doc.exercises))?.chain((e) =>
      fc
        .record({ title: label, plannedMinutes: fc.constantFrom(null, 5, 25), order: fc.nat(5) }, { requiredKeys: [] })
        .map((changes) => operation('updateExercise', { exerciseId: e.id, changes })),
    ) ?? null,
  setFacilitation: (doc) =>
    fc
      .record(
        {
          currentExerciseId: fc.constantFrom(null, ...values(doc.exercises).map((e) => e.id)),
          timer: fc.record({
            durationSeconds: fc.nat(600),
            runningSince: fc.constant(null),
            elapsedSeconds: fc.nat(60),
          }),
        },
        { requiredKeys: [] },
      )
      .map((changes) => operation('setFacilitation', { changes })),
  addRoomBoard: (doc) =>
    one(values(doc.boards).filter((b) => b.tableId !== null))?.map((pattern) =>
      operation('addRoomBoard', blankCopyOfBoard(doc, pattern, null)),
    ) ?? null,
  removeRoomBoard: (doc) =>
    one(values(doc.boards).filter((b) => b.tableId === null))?.map((b) =>
      operation('removeRoomBoard', { boardId: b.id }),
    ) ?? null,
  batch: (doc) => {
    const steps = (['editNoteText', 'moveNotes', 'updateTable', 'updateEventDetails'] as const)
      .map((name) => GENERATORS[name](doc))
      .filter((g): g is fc.Arbitrary<Operation> => g !== null);
    return fc
      .array(fc.oneof(...steps), { minLength: 1, maxLength: 3 })
      .map((operations) => operation('batch', { operations }));
  },
};

const applyingNames = new Set<OperationName>();

describe('every operation undoes and redoes exactly, on generated sessions', () => {
  for (const name of Object.keys(GENERATORS) as OperationName[]) {
    it(name, () => {
      fc.assert(
        fc.property(
          sessions.chain((doc) => (GENERATORS[name](doc) ?? fc.constant(null)).map((op) => ({ doc, op }))),
          ({ doc, op }) => {
            if (!op) return;
            const done = applyOperation(doc, op, LATER);
            if (!done.ok) return; // Refused (a locked board, a missing record): nothing to undo.
            applyingNames.add(name);
            const inverse = invertOperation(doc, op);
            expect(OperationSchema.safeParse(inverse).success).toBe(true);
            const undone = applyOperation(done.value, inverse, LATER);
            if (!undone.ok) throw new Error(`The inverse of ${name} did not apply: ${undone.error.message}`);
            expect(content(undone.value)).toEqual(content(doc));
            const redone = applyOperation(undone.value, op, LATER);
            if (!redone.ok) throw new Error(`${name} did not apply again after its undo: ${redone.error.message}`);
            expect(content(redone.value)).toEqual(content(done.value));
          },
        ),
        { numRuns: 40 },
      );
    });
  }

  // Runs after the others (a file's tests run in order): a generator whose operation never applied would prove nothing.
  it('every generator made operations that applied', () => {
    expect(Object.keys(GENERATORS).filter((n) => !applyingNames.has(n as OperationName))).toEqual([]);
  });
});
