import { z } from 'zod';
import {
  BoardIdSchema,
  ExerciseIdSchema,
  NoteIdSchema,
  SessionIdSchema,
  TableIdSchema,
  ZoneIdSchema,
} from '../ids';
import { INPUT_SOURCES, SECTORS, SHIFTS, STAFF_GROUPS, codesOf } from './taxonomy';
import { LIMITS } from './limits';

/** The `type` every session file carries, so a stray JSON file is never mistaken for one. */
export const SESSION_FILE_TYPE = 'roundtable.session';
/** The schema version this build writes. Older files are migrated on load. */
export const SESSION_SCHEMA_VERSION = 1;

const label = z.string().trim().min(1, 'must not be empty').max(LIMITS.label);
const optionalText = z.string().max(LIMITS.label);
const coordinate = z.number().finite().min(-LIMITS.coordinate).max(LIMITS.coordinate);
const timestamp = z.iso.datetime();

export const EventDetailsSchema = z.strictObject({
  name: label,
  /** The event day as YYYY-MM-DD, or empty when not yet known. */
  date: z.union([z.literal(''), z.iso.date()]),
  location: optionalText,
  facilitator: optionalText,
  shift: z.enum(codesOf(SHIFTS)).nullable(),
});

export const TableSchema = z.strictObject({
  id: TableIdSchema,
  name: label,
  participantCount: z.number().int().min(0).max(500).nullable(),
  order: z.number().int().min(0),
});

export const ExerciseSchema = z.strictObject({
  id: ExerciseIdSchema,
  templateId: z.string().min(1).max(80),
  templateVersion: z.number().int().min(1),
  title: z.string().trim().min(1, 'must not be empty').max(LIMITS.prompt),
  prompt: z.string().max(LIMITS.prompt),
  order: z.number().int().min(0),
  createdAt: timestamp,
});

export const BoardSchema = z.strictObject({
  id: BoardIdSchema,
  exerciseId: ExerciseIdSchema,
  /** The table whose board this is; null for the room board shared by all tables. */
  tableId: TableIdSchema.nullable(),
});

export const ZoneSchema = z.strictObject({
  id: ZoneIdSchema,
  boardId: BoardIdSchema,
  label,
  /** `seed` when the label is the deck's own words, `ours` when Roundtable added it. */
  source: z.enum(['seed', 'ours']),
  x: coordinate,
  y: coordinate,
  width: z.number().finite().positive().max(LIMITS.coordinate),
  height: z.number().finite().positive().max(LIMITS.coordinate),
  order: z.number().int().min(0),
});

export const NoteSchema = z.strictObject({
  id: NoteIdSchema,
  boardId: BoardIdSchema,
  text: z.string().max(LIMITS.noteText),
  x: coordinate,
  y: coordinate,
  /** The zone the note's centre lies in, kept in step with its position by the operations. */
  zoneId: ZoneIdSchema.nullable(),
  /** `reference` cards are the deck's stimulus text and never count as participant input. */
  kind: z.enum(['participant', 'reference']),
  staffGroup: z.enum(codesOf(STAFF_GROUPS)).nullable(),
  sector: z.enum(codesOf(SECTORS)).nullable(),
  source: z.enum(codesOf(INPUT_SOURCES)).nullable(),
  createdAt: timestamp,
});

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
    tables: recordsOf(TableIdSchema, TableSchema),
    exercises: recordsOf(ExerciseIdSchema, ExerciseSchema),
    boards: recordsOf(BoardIdSchema, BoardSchema),
    zones: recordsOf(ZoneIdSchema, ZoneSchema),
    notes: recordsOf(NoteIdSchema, NoteSchema),
  })
  .superRefine((doc, ctx) => {
    // Every record's key is its id, and every reference points at a record that exists.
    const check = (ok: boolean, path: (string | number)[], message: string) => {
      if (!ok) ctx.addIssue({ code: 'custom', path, message });
    };
    for (const [key, rec] of Object.entries(doc.tables)) check(rec.id === key, ['tables', key, 'id'], 'does not match its key');
    for (const [key, rec] of Object.entries(doc.exercises)) check(rec.id === key, ['exercises', key, 'id'], 'does not match its key');
    for (const [key, rec] of Object.entries(doc.boards)) {
      check(rec.id === key, ['boards', key, 'id'], 'does not match its key');
      check(rec.exerciseId in doc.exercises, ['boards', key, 'exerciseId'], 'names an exercise that does not exist');
      check(rec.tableId === null || rec.tableId in doc.tables, ['boards', key, 'tableId'], 'names a table that does not exist');
    }
    for (const [key, rec] of Object.entries(doc.zones)) {
      check(rec.id === key, ['zones', key, 'id'], 'does not match its key');
      check(rec.boardId in doc.boards, ['zones', key, 'boardId'], 'names a board that does not exist');
    }
    for (const [key, rec] of Object.entries(doc.notes)) {
      check(rec.id === key, ['notes', key, 'id'], 'does not match its key');
      check(rec.boardId in doc.boards, ['notes', key, 'boardId'], 'names a board that does not exist');
      check(rec.zoneId === null || rec.zoneId in doc.zones, ['notes', key, 'zoneId'], 'names a zone that does not exist');
    }
  });

export type EventDetails = z.infer<typeof EventDetailsSchema>;
export type Table = z.infer<typeof TableSchema>;
export type Exercise = z.infer<typeof ExerciseSchema>;
export type Board = z.infer<typeof BoardSchema>;
export type Zone = z.infer<typeof ZoneSchema>;
export type Note = z.infer<typeof NoteSchema>;
export type SessionDocument = z.infer<typeof SessionDocumentSchema>;
