import { z } from 'zod';
import { INPUT_SOURCES, SECTORS, SHIFTS, STAFF_GROUPS, codesOf } from '../document/taxonomy';
import { PII_KINDS } from './pii';

// Export format v1: what a session hands over to the organisers. It is its own shape, not
// the session file: no canvas positions, no participant numbers, flat lists in a stable
// order, and counts (tallies) instead of individual votes. docs/EXPORT.md explains each field;
// resources/schema/roundtable-export.v1.schema.json is generated from this file.

export const EXPORT_TYPE = 'roundtable.export';
export const EXPORT_SCHEMA_VERSION = 1;

// Plain patterns (not the session's refine-and-transform ids) so the JSON Schema says them too.
const id = (prefix: string) => z.string().regex(new RegExp(`^${prefix}:[A-Za-z0-9_-]{1,64}$`));
const timestamp = z.iso.datetime();
const count = z.number().int().min(0);
const staffGroup = z.enum(codesOf(STAFF_GROUPS));
const sector = z.enum(codesOf(SECTORS));

const ExportTableSchema = z.strictObject({
  id: id('table'),
  name: z.string(),
  order: count,
  participantCount: count.nullable(),
  mix: z.strictObject({
    staffGroups: z.partialRecord(staffGroup, count),
    sectors: z.partialRecord(sector, count),
  }),
});

const ExportBoardSchema = z.strictObject({
  id: id('board'),
  /** Null for the room board shared by all tables. */
  tableId: id('table').nullable(),
  voting: z.enum(['closed', 'open', 'revealed']),
});

const ExportExerciseSchema = z.strictObject({
  id: id('exercise'),
  templateId: z.string(),
  templateVersion: z.number().int().min(1),
  title: z.string(),
  prompt: z.string(),
  order: count,
  plannedMinutes: z.number().int().min(1).nullable(),
  voting: z
    .strictObject({
      dots: z
        .strictObject({ perParticipant: z.number().int(), perItem: z.number().int().nullable(), perZone: z.boolean() })
        .nullable(),
      rating: z.strictObject({ question: z.string(), scale: z.number().int().min(2) }).nullable(),
      stance: z.strictObject({ options: z.array(z.string()) }).nullable(),
    })
    .nullable(),
  boards: z.array(ExportBoardSchema),
});

const ExportZoneSchema = z.strictObject({
  id: id('zone'),
  boardId: id('board'),
  label: z.string(),
  order: count,
  /** Where the zone lies on its board, so an import lays the board out as it was (optional: analysis needs none of it). */
  frame: z
    .strictObject({ x: z.number(), y: z.number(), width: z.number().positive(), height: z.number().positive() })
    .optional(),
});

const ExportNoteSchema = z.strictObject({
  id: id('note'),
  /** Verbatim, except where the PII review redacted a part (then `[redacted <kind>]` stands there). */
  text: z.string(),
  /** `reference` cards are the deck's stimulus text: never participant input. */
  kind: z.enum(['participant', 'reference']),
  countsAsInput: z.boolean(),
  exerciseId: id('exercise'),
  boardId: id('board'),
  tableId: id('table').nullable(),
  zoneId: id('zone').nullable(),
  zoneLabel: z.string().nullable(),
  clusterId: id('cluster').nullable(),
  staffGroup: staffGroup.nullable(),
  sector: sector.nullable(),
  source: z.enum(codesOf(INPUT_SOURCES)).nullable(),
  isQuote: z.boolean(),
  severity: z.number().int().min(1).max(5).nullable(),
  tag: z.string().nullable(),
  /** Dots on this note, whatever the board's voting state (see `votes` for whether the room saw them). */
  dots: count,
  createdAt: timestamp,
  /** Where the note sits on its board, for an import (optional). */
  position: z.strictObject({ x: z.number(), y: z.number() }).optional(),
});

const ExportClusterSchema = z.strictObject({
  id: id('cluster'),
  boardId: id('board'),
  headline: z.string(),
  subPoints: z.array(z.string()),
  quote: z.strictObject({ noteId: id('note'), text: z.string() }).nullable(),
  noteIds: z.array(id('note')),
  size: count,
  order: count,
});

const ExportLinkSchema = z.strictObject({
  id: id('link'),
  boardId: id('board'),
  fromNoteId: id('note'),
  toNoteId: id('note'),
});

/** One board's vote results, as counts only: no participant numbers, so no vote can be traced to a person. */
const ExportBoardVotesSchema = z.strictObject({
  boardId: id('board'),
  exerciseId: id('exercise'),
  tableId: id('table').nullable(),
  /** False while voting is open or closed unrevealed: the organisers get the numbers, the room has not seen them. */
  revealed: z.boolean(),
  dots: z.array(z.strictObject({ noteId: id('note'), count: z.number().int().min(1) })),
  ratings: z.array(
    z.strictObject({
      zoneId: id('zone'),
      zoneLabel: z.string(),
      scale: z.number().int().min(2),
      /** How many gave each rating; index 0 is rating 1. */
      distribution: z.array(count),
    }),
  ),
  stances: z.array(z.strictObject({ phase: z.enum(['before', 'after']), option: z.string(), count: count })),
});

const kindCounts = z.partialRecord(z.enum(PII_KINDS), z.number().int().min(1));

const PiiCheckSchema = z.strictObject({
  ran: z.boolean(),
  /** When the check ran; null when it did not. */
  checkedAt: timestamp.nullable(),
  /** How many flags of each kind were redacted and kept: never the flagged text itself. */
  redacted: kindCounts,
  kept: kindCounts,
});

export const ExportSchema = z.strictObject({
  type: z.literal(EXPORT_TYPE),
  schemaVersion: z.literal(EXPORT_SCHEMA_VERSION),
  app: z.strictObject({ name: z.literal('Roundtable'), version: z.string() }),
  exportedAt: timestamp,
  session: z.strictObject({ id: id('session'), createdAt: timestamp, updatedAt: timestamp, revision: count }),
  /** A whole session, or one table's part of it (for merging into the facilitator's session); absent means the whole session. */
  scope: z.strictObject({ kind: z.literal('table'), tableId: id('table') }).optional(),
  event: z.strictObject({
    name: z.string(),
    date: z.union([z.literal(''), z.iso.date()]),
    location: z.string(),
    /** The facilitator as typed in the event details (staff running the event, not a participant). */
    facilitator: z.string(),
    shift: z.enum(codesOf(SHIFTS)).nullable(),
  }),
  templates: z.array(z.strictObject({ id: z.string(), version: z.number().int().min(1) })),
  tables: z.array(ExportTableSchema),
  exercises: z.array(ExportExerciseSchema),
  zones: z.array(ExportZoneSchema),
  notes: z.array(ExportNoteSchema),
  clusters: z.array(ExportClusterSchema),
  links: z.array(ExportLinkSchema),
  votes: z.array(ExportBoardVotesSchema),
  piiCheck: PiiCheckSchema,
  /** sha256 (hex) of the canonical JSON of this object without `contentHash`. */
  contentHash: z.string().regex(/^sha256:[0-9a-f]{64}$/),
});

export type SessionExport = z.infer<typeof ExportSchema>;
export type UnhashedExport = Omit<SessionExport, 'contentHash'>;
export type ExportNote = SessionExport['notes'][number];
export type ExportBoardVotes = SessionExport['votes'][number];
export type PiiCheckRecord = SessionExport['piiCheck'];
