import { z } from 'zod';
import {
  BoardIdSchema,
  ClusterIdSchema,
  ExerciseIdSchema,
  LinkIdSchema,
  NoteIdSchema,
  TableIdSchema,
  VoteIdSchema,
  ZoneIdSchema,
} from '../idSchemas';
import { INPUT_SOURCES, SECTORS, SHIFTS, STAFF_GROUPS, codesOf } from './taxonomy';
import { LIMITS } from './limits';

// The records a session is made of, one schema each. schema.ts puts them together into the
// session document and checks that every reference between them holds.

const label = z.string().trim().min(1, 'must not be empty').max(LIMITS.label);
const optionalText = z.string().max(LIMITS.label);
const coordinate = z.number().finite().min(-LIMITS.coordinate).max(LIMITS.coordinate);
const count = z.number().int().min(0).max(10_000);
const timestamp = z.iso.datetime();
const staffGroup = z.enum(codesOf(STAFF_GROUPS));
const sector = z.enum(codesOf(SECTORS));
/** `seed` is the deck's own words, verbatim; `ours` is something Roundtable added. */
export const ProvenanceSchema = z.enum(['seed', 'ours']);

export const EventDetailsSchema = z.strictObject({
  name: label,
  /** The event day as YYYY-MM-DD, or empty when not yet known. */
  date: z.union([z.literal(''), z.iso.date()]),
  location: optionalText,
  facilitator: optionalText,
  shift: z.enum(codesOf(SHIFTS)).nullable(),
});

/** How many of a table's participants are in each staff group and sector, as far as known. */
export const TableMixSchema = z.strictObject({
  staffGroups: z.partialRecord(staffGroup, count),
  sectors: z.partialRecord(sector, count),
});

export const TableSchema = z.strictObject({
  id: TableIdSchema,
  name: label,
  participantCount: z.number().int().min(0).max(500).nullable(),
  mix: TableMixSchema,
  order: z.number().int().min(0),
});

/** How an exercise votes: dots (per zone or overall), a rating of each zone, a stance before and after. */
export const VotingSettingsSchema = z.strictObject({
  source: ProvenanceSchema,
  dots: z
    .strictObject({
      perParticipant: z.number().int().min(1).max(20),
      perItem: z.number().int().min(1).max(20).nullable(),
      perZone: z.boolean(),
    })
    .nullable(),
  rating: z.strictObject({ question: label, scale: z.number().int().min(2).max(10) }).nullable(),
  stance: z.strictObject({ options: z.array(z.string().trim().min(1).max(60)).min(2).max(6) }).nullable(),
});

/** A set of tags notes can carry (e.g. the AI risk categories). */
export const TagSetSchema = z.strictObject({
  key: z.string().regex(/^[a-z0-9-]{1,60}$/, 'must be lower-case letters, digits and dashes'),
  label,
  values: z.array(label).min(1).max(20),
  source: ProvenanceSchema,
});

export const ExerciseSchema = z.strictObject({
  id: ExerciseIdSchema,
  templateId: z.string().min(1).max(80),
  templateVersion: z.number().int().min(1),
  title: z.string().trim().min(1, 'must not be empty').max(LIMITS.prompt),
  prompt: z.string().max(LIMITS.prompt),
  order: z.number().int().min(0),
  /** Minutes planned for it on the agenda, if the facilitator set them. */
  plannedMinutes: z.number().int().min(1).max(600).nullable(),
  voting: VotingSettingsSchema.nullable(),
  tags: z.array(TagSetSchema).max(6),
  createdAt: timestamp,
});

export const BoardSchema = z.strictObject({
  id: BoardIdSchema,
  exerciseId: ExerciseIdSchema,
  /** The table whose board this is; null for the room board shared by all tables. */
  tableId: TableIdSchema.nullable(),
  /** A locked board takes no changes to its notes until the facilitator unlocks it. */
  locked: z.boolean(),
  /** `open`: votes may be cast and stay hidden; `revealed`: the results show. */
  voting: z.enum(['closed', 'open', 'revealed']),
});

export const ZoneSchema = z.strictObject({
  id: ZoneIdSchema,
  boardId: BoardIdSchema,
  label,
  /** `seed` when the label is the deck's own words, `ours` when Roundtable added it. */
  source: ProvenanceSchema,
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
  staffGroup: staffGroup.nullable(),
  sector: sector.nullable(),
  source: z.enum(codesOf(INPUT_SOURCES)).nullable(),
  /** The table marked it as a quote worth passing on verbatim. */
  isQuote: z.boolean(),
  /** For a barrier: how much it stands in the way, 1 (a little) to 5 (completely). */
  severity: z.number().int().min(1).max(5).nullable(),
  /** A value of one of the exercise's tag sets, as `setKey:value`. */
  tag: z.string().max(LIMITS.label).nullable(),
  clusterId: ClusterIdSchema.nullable(),
  createdAt: timestamp,
});

/** A theme a table found in its notes: the shape central synthesis needs (headline, sub-points, one quote). */
export const ClusterSchema = z.strictObject({
  id: ClusterIdSchema,
  boardId: BoardIdSchema,
  headline: z.string().max(LIMITS.label),
  subPoints: z.array(z.string().trim().min(1).max(LIMITS.label)).max(10),
  quoteNoteId: NoteIdSchema.nullable(),
  order: z.number().int().min(0),
});

/** An arrow from one note to another, e.g. from a barrier to the enabler that answers it. */
export const LinkSchema = z.strictObject({
  id: LinkIdSchema,
  boardId: BoardIdSchema,
  fromNoteId: NoteIdSchema,
  toNoteId: NoteIdSchema,
});

/**
 * Dots on a note, a rating of a zone, or a stance on the question. `participant` is a
 * number given out in the room (never a name), or null for counts the facilitator typed
 * in from a show of hands or paper dots; `count` is how many that record stands for.
 */
const voteBase = {
  id: VoteIdSchema,
  boardId: BoardIdSchema,
  participant: z.number().int().min(1).max(999).nullable(),
  count: z.number().int().min(1).max(10_000),
};

export const VoteSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('dot'), ...voteBase, noteId: NoteIdSchema }),
  z.strictObject({
    kind: z.literal('rating'),
    ...voteBase,
    zoneId: ZoneIdSchema,
    value: z.number().int().min(1).max(10),
  }),
  z.strictObject({
    kind: z.literal('stance'),
    ...voteBase,
    phase: z.enum(['before', 'after']),
    option: z.string().trim().min(1).max(60),
  }),
]);

/** Where the facilitator is in the agenda, and the timer shown on the board and status bar. */
export const FacilitationSchema = z.strictObject({
  currentExerciseId: ExerciseIdSchema.nullable(),
  timer: z.strictObject({
    durationSeconds: z
      .number()
      .int()
      .min(0)
      .max(24 * 3600),
    /** When it was last started, while it runs; null when paused or stopped. */
    runningSince: timestamp.nullable(),
    /** Time already counted before `runningSince`. */
    elapsedSeconds: z
      .number()
      .min(0)
      .max(24 * 3600),
  }),
});

export type EventDetails = z.infer<typeof EventDetailsSchema>;
export type Table = z.infer<typeof TableSchema>;
export type TableMix = z.infer<typeof TableMixSchema>;
export type VotingSettings = z.infer<typeof VotingSettingsSchema>;
export type TagSet = z.infer<typeof TagSetSchema>;
export type Exercise = z.infer<typeof ExerciseSchema>;
export type Board = z.infer<typeof BoardSchema>;
export type Zone = z.infer<typeof ZoneSchema>;
export type Note = z.infer<typeof NoteSchema>;
export type Cluster = z.infer<typeof ClusterSchema>;
export type Link = z.infer<typeof LinkSchema>;
export type Vote = z.infer<typeof VoteSchema>;
export type Facilitation = z.infer<typeof FacilitationSchema>;
