import { z } from 'zod';
import {
  BoardIdSchema,
  ClusterIdSchema,
  ExerciseIdSchema,
  LinkIdSchema,
  NoteIdSchema,
  SessionIdSchema,
  TableIdSchema,
  VoteIdSchema,
  ZoneIdSchema,
} from '../idSchemas';
import { SESSION_FILE_TYPE, SESSION_SCHEMA_VERSION } from './fileType';
import { LIMITS } from './limits';
import {
  BoardSchema,
  ClusterSchema,
  EventDetailsSchema,
  ExerciseSchema,
  FacilitationSchema,
  LinkSchema,
  NoteSchema,
  TableSchema,
  VoteSchema,
  ZoneSchema,
} from './records';

export * from './records';
export { SESSION_FILE_TYPE, SESSION_SCHEMA_VERSION };

const timestamp = z.iso.datetime();

function recordsOf<K extends z.ZodType<string>, V extends z.ZodType>(key: K, value: V) {
  return z.record(key, value).refine((r) => Object.keys(r).length <= LIMITS.notesPerSession, {
    message: `holds more than ${LIMITS.notesPerSession} records`,
  });
}

export const SessionDocumentSchema = z
  .strictObject({
    type: z.literal(SESSION_FILE_TYPE),
    schemaVersion: z.literal(SESSION_SCHEMA_VERSION),
    id: SessionIdSchema,
    /** Increases by one with every applied operation; clients use it to stay in step. */
    revision: z.number().int().min(0),
    createdAt: timestamp,
    updatedAt: timestamp,
    event: EventDetailsSchema,
    facilitation: FacilitationSchema,
    tables: recordsOf(TableIdSchema, TableSchema),
    exercises: recordsOf(ExerciseIdSchema, ExerciseSchema),
    boards: recordsOf(BoardIdSchema, BoardSchema),
    zones: recordsOf(ZoneIdSchema, ZoneSchema),
    notes: recordsOf(NoteIdSchema, NoteSchema),
    clusters: recordsOf(ClusterIdSchema, ClusterSchema),
    links: recordsOf(LinkIdSchema, LinkSchema),
    votes: recordsOf(VoteIdSchema, VoteSchema),
  })
  .superRefine((doc, ctx) => {
    // Every record's key is its id, and every reference points at a record that exists.
    const check = (ok: boolean, path: (string | number)[], message: string) => {
      if (!ok) ctx.addIssue({ code: 'custom', path, message });
    };
    const keyed = (kind: 'tables' | 'exercises' | 'boards' | 'zones' | 'notes' | 'clusters' | 'links' | 'votes') => {
      for (const [key, rec] of Object.entries(doc[kind]))
        check(rec.id === key, [kind, key, 'id'], 'does not match its key');
    };
    (['tables', 'exercises', 'boards', 'zones', 'notes', 'clusters', 'links', 'votes'] as const).forEach(keyed);
    const onBoard = (kind: string, key: string, boardId: string) =>
      check(boardId in doc.boards, [kind, key, 'boardId'], 'names a board that does not exist');
    const noteOnBoard = (path: (string | number)[], noteId: string, boardId: string) =>
      check(
        doc.notes[noteId as keyof typeof doc.notes]?.boardId === boardId,
        path,
        'names a note that is not on the same board',
      );

    for (const [key, b] of Object.entries(doc.boards)) {
      check(b.exerciseId in doc.exercises, ['boards', key, 'exerciseId'], 'names an exercise that does not exist');
      check(
        b.tableId === null || b.tableId in doc.tables,
        ['boards', key, 'tableId'],
        'names a table that does not exist',
      );
    }
    for (const [key, z] of Object.entries(doc.zones)) onBoard('zones', key, z.boardId);
    for (const [key, n] of Object.entries(doc.notes)) {
      onBoard('notes', key, n.boardId);
      check(
        n.zoneId === null || doc.zones[n.zoneId]?.boardId === n.boardId,
        ['notes', key, 'zoneId'],
        'names a zone that is not on its board',
      );
      check(
        n.clusterId === null || doc.clusters[n.clusterId]?.boardId === n.boardId,
        ['notes', key, 'clusterId'],
        'names a cluster that is not on its board',
      );
    }
    for (const [key, c] of Object.entries(doc.clusters)) {
      onBoard('clusters', key, c.boardId);
      check(
        c.quoteNoteId === null || doc.notes[c.quoteNoteId]?.clusterId === c.id,
        ['clusters', key, 'quoteNoteId'],
        'names a note that is not in the cluster',
      );
    }
    for (const [key, l] of Object.entries(doc.links)) {
      onBoard('links', key, l.boardId);
      noteOnBoard(['links', key, 'fromNoteId'], l.fromNoteId, l.boardId);
      noteOnBoard(['links', key, 'toNoteId'], l.toNoteId, l.boardId);
    }
    for (const [key, v] of Object.entries(doc.votes)) {
      onBoard('votes', key, v.boardId);
      if (v.kind === 'dot') noteOnBoard(['votes', key, 'noteId'], v.noteId, v.boardId);
      if (v.kind === 'rating')
        check(
          doc.zones[v.zoneId]?.boardId === v.boardId,
          ['votes', key, 'zoneId'],
          'names a zone that is not on its board',
        );
    }
    const current = doc.facilitation.currentExerciseId;
    check(
      current === null || current in doc.exercises,
      ['facilitation', 'currentExerciseId'],
      'names an exercise that does not exist',
    );
  });

export type SessionDocument = z.infer<typeof SessionDocumentSchema>;
