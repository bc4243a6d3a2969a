import { z } from 'zod';
import { ExerciseIdSchema } from '../ids';
import { BoardSchema, ClusterSchema, ExerciseSchema, LinkSchema, NoteSchema, VoteSchema, ZoneSchema, type SessionDocument } from '../document/schema';
import { fail } from '../result';
import { defineOperation, missing, ok } from './definition';

const newExercise = z.strictObject({
  exercise: ExerciseSchema,
  boards: z.array(BoardSchema).max(100),
  zones: z.array(ZoneSchema).max(2_000),
  notes: z.array(NoteSchema).max(20_000),
  /** What a removed exercise had on its boards, when undo puts it back; a new one has none. */
  clusters: z.array(ClusterSchema).max(5_000).default([]),
  links: z.array(LinkSchema).max(20_000).default([]),
  votes: z.array(VoteSchema).max(50_000).default([]),
});

type RecordKind = 'exercises' | 'boards' | 'zones' | 'notes' | 'clusters' | 'links' | 'votes';

function withRecords<K extends RecordKind>(
  doc: SessionDocument,
  key: K,
  records: readonly SessionDocument[K][keyof SessionDocument[K]][],
): SessionDocument {
  const next = { ...doc[key] } as Record<string, unknown>;
  for (const r of records) next[(r as { id: string }).id] = r;
  return { ...doc, [key]: next };
}

/** Adds an exercise with all its boards, zones and reference cards in one step. */
export const addExercise = defineOperation({
  name: 'addExercise',
  describe: 'Add exercise',
  args: newExercise,
  apply(doc, { exercise, boards, zones, notes, clusters, links, votes }) {
    if (exercise.id in doc.exercises) return fail('conflict', `The exercise ${exercise.id} already exists in this session.`);
    const boardIds = new Set(boards.map((b) => b.id));
    if (boards.some((b) => b.exerciseId !== exercise.id)) return fail('invalid-input', 'Every board must belong to the exercise being added.');
    if (boards.some((b) => b.tableId !== null && !(b.tableId in doc.tables))) return fail('not-found', 'A board names a table this session does not have.');
    if ([...zones, ...notes, ...clusters, ...links, ...votes].some((r) => !boardIds.has(r.boardId))) {
      return fail('invalid-input', 'Every zone, note, cluster, link and vote must belong to one of the exercise’s boards.');
    }
    let next = withRecords(doc, 'exercises', [exercise]);
    next = withRecords(next, 'boards', boards);
    next = withRecords(next, 'zones', zones);
    next = withRecords(next, 'notes', notes);
    next = withRecords(next, 'clusters', clusters);
    next = withRecords(next, 'links', links);
    return ok(withRecords(next, 'votes', votes));
  },
  invert(_before, { exercise }) {
    return { name: 'removeExercise', args: { exerciseId: exercise.id } };
  },
});

/** Removes an exercise and everything on its boards; its inverse puts all of it back. */
export const removeExercise = defineOperation({
  name: 'removeExercise',
  describe: 'Remove exercise',
  args: z.strictObject({ exerciseId: ExerciseIdSchema }),
  apply(doc, { exerciseId }) {
    if (!(exerciseId in doc.exercises)) return missing('exercise', exerciseId);
    const parts = partsOfExercise(doc, exerciseId);
    const drop = <T extends Record<string, unknown>>(rec: T, ids: Set<string>) =>
      Object.fromEntries(Object.entries(rec).filter(([id]) => !ids.has(id))) as T;
    return ok({
      ...doc,
      exercises: drop(doc.exercises, new Set([exerciseId])),
      boards: drop(doc.boards, new Set(parts.boards.map((b) => b.id))),
      zones: drop(doc.zones, new Set(parts.zones.map((z) => z.id))),
      notes: drop(doc.notes, new Set(parts.notes.map((n) => n.id))),
      clusters: drop(doc.clusters, new Set(parts.clusters.map((c) => c.id))),
      links: drop(doc.links, new Set(parts.links.map((l) => l.id))),
      votes: drop(doc.votes, new Set(parts.votes.map((v) => v.id))),
    });
  },
  invert(before, { exerciseId }) {
    return { name: 'addExercise', args: { exercise: before.exercises[exerciseId], ...partsOfExercise(before, exerciseId) } };
  },
});

function partsOfExercise(doc: SessionDocument, exerciseId: string) {
  const boards = Object.values(doc.boards).filter((b) => b.exerciseId === exerciseId);
  const boardIds = new Set<string>(boards.map((b) => b.id));
  const onBoards = <T extends { boardId: string }>(records: Record<string, T>) => Object.values(records).filter((r) => boardIds.has(r.boardId));
  return {
    boards,
    zones: onBoards(doc.zones),
    notes: onBoards(doc.notes),
    clusters: onBoards(doc.clusters),
    links: onBoards(doc.links),
    votes: onBoards(doc.votes),
  };
}
