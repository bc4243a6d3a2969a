import { z } from 'zod';
import type { Coding, CodedTheme, QuestionCoding } from '../synthesis/coding';

// A synthesis project: many events' exports, the coding of their notes (which theme every
// note is in, per question and audience) and the analyst's review of it, saved on disk as one
// versioned file. The machine proposes the coding; every review decision is a named operation
// (reviewOperations.ts), undoable, and logged with who made it and when.

/** The `type` every synthesis project file carries, so a stray JSON file is never mistaken for one. */
export const SYNTHESIS_PROJECT_TYPE = 'roundtable.synthesisProject';
/** The schema version this build writes. Older files are migrated on load (migrations.ts). */
export const SYNTHESIS_PROJECT_SCHEMA_VERSION = 1;
/** Undo and redo keep this many steps each; older ones are dropped (the audit log keeps every decision). */
export const HISTORY_LIMIT = 100;

export const PROJECT_LIMITS = {
  sources: 5_000,
  notes: 500_000,
  themesPerQuestion: 2_000,
  auditEntries: 200_000,
  text: 2_000,
  subPoints: 12,
} as const;

const timestamp = z.iso.datetime();
const text = z.string().max(PROJECT_LIMITS.text);
/** A note's record id from its export (the same in every file that carries it). */
export const NoteRecordIdSchema = z.string().min(1).max(200);
/** A theme's id: `t-` and a number never reused within a project. */
export const ThemeIdSchema = z.string().regex(/^t-[1-9]\d{0,8}$/, 'a theme id is "t-" and a number, e.g. t-3');

export const CodedThemeSchema: z.ZodType<CodedTheme> = z.strictObject({
  id: ThemeIdSchema,
  headline: text,
  definition: text,
  subPoints: z.array(text).max(PROJECT_LIMITS.subPoints),
  quoteNoteId: NoteRecordIdSchema.nullable(),
  approved: z.boolean(),
  noteIds: z.array(NoteRecordIdSchema).max(PROJECT_LIMITS.notes),
  origin: z.enum(['machine', 'analyst']),
});

export const QuestionCodingSchema: z.ZodType<QuestionCoding> = z.strictObject({
  templateId: z.string().min(1).max(200),
  audience: z.enum(['staff', 'public']),
  themes: z.array(CodedThemeSchema).max(PROJECT_LIMITS.themesPerQuestion),
  other: z.array(NoteRecordIdSchema).max(PROJECT_LIMITS.notes),
});

export const CodingSchema: z.ZodType<Coding> = z.strictObject({
  questions: z.array(QuestionCodingSchema).max(1_000),
});

/** One export file the project was made from. */
export const ProjectSourceSchema = z.strictObject({
  /** The file's name as it was given. */
  name: text,
  /** Where it is read from when the project is made again: a copy in the data folder (the app), or the path given (the command line, relative to the project file). */
  path: text,
  /** The export's own content hash (it names the export, whatever the file is called). */
  contentHash: z.string().min(1).max(200),
  addedAt: timestamp,
});
export type ProjectSource = z.infer<typeof ProjectSourceSchema>;

/** One decision, as the audit log keeps it. */
export const AuditEntrySchema = z.strictObject({
  at: timestamp,
  /** The analyst's name as typed in the workspace ("" when none was given). */
  by: z.string().max(200),
  /** The operation's name (e.g. mergeThemes), or undo, redo, createProject, addFiles, setAnalyst. */
  action: z.string().min(1).max(40),
  /** What was decided, in words: "Merged t-4 into t-2 (Staffing)". */
  summary: text,
});
export type AuditEntry = z.infer<typeof AuditEntrySchema>;

/** An operation as data, checked against its own schema when it is applied (registry.ts). */
const StoredOperationSchema = z.strictObject({ name: z.string().min(1).max(40), args: z.unknown() });

/** One undoable step: what was done, and the operation that undoes it (worked out when it was done). */
export const HistoryStepSchema = z.strictObject({
  label: text,
  op: StoredOperationSchema,
  inverse: StoredOperationSchema,
});
export type HistoryStep = {
  label: string;
  op: { name: string; args: unknown };
  inverse: { name: string; args: unknown };
};

export const SynthesisProjectSchema = z
  .strictObject({
    type: z.literal(SYNTHESIS_PROJECT_TYPE),
    schemaVersion: z.literal(SYNTHESIS_PROJECT_SCHEMA_VERSION),
    id: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'a project id is letters, digits, - and _'),
    name: text,
    createdAt: timestamp,
    updatedAt: timestamp,
    /** The name the analyst typed in the workspace; every decision is logged under it. */
    analyst: z.string().max(200),
    sources: z.array(ProjectSourceSchema).max(PROJECT_LIMITS.sources),
    /** Personal-data findings the analyst reviewed and released, by id. */
    releasedPii: z.array(z.string().min(1).max(2_000)).max(10_000),
    coding: CodingSchema,
    /** Each note that a table grouped, and its group's id: what moveGroup moves. */
    noteGroups: z.record(NoteRecordIdSchema, z.string().min(1).max(200)),
    /** Notes added with later exports and not yet seen in an approved theme: shown as new, not counted as reviewed. */
    unreviewed: z.array(NoteRecordIdSchema).max(PROJECT_LIMITS.notes),
    /** The number the next new theme takes (t-N); it only grows, so an id is never reused. */
    nextThemeNumber: z.number().int().min(1),
    audit: z.array(AuditEntrySchema).max(PROJECT_LIMITS.auditEntries),
    undo: z.array(HistoryStepSchema).max(HISTORY_LIMIT),
    redo: z.array(HistoryStepSchema).max(HISTORY_LIMIT),
  })
  .superRefine((project, ctx) => {
    const problem = codingProblem(project.coding, project.nextThemeNumber);
    if (problem) ctx.addIssue({ code: 'custom', path: ['coding'], message: problem });
  });

export type SynthesisProject = Omit<z.infer<typeof SynthesisProjectSchema>, 'undo' | 'redo' | 'coding'> & {
  coding: Coding;
  undo: HistoryStep[];
  redo: HistoryStep[];
};

/**
 * What is wrong with a coding as a project holds it, or null: every note in exactly one theme
 * or "other" of one question, theme ids unique in the project and each below the next number,
 * each quote a note of its theme.
 */
export function codingProblem(coding: Coding, nextThemeNumber: number): string | null {
  const seenNotes = new Set<string>();
  const seenThemes = new Set<string>();
  const seenQuestions = new Set<string>();
  for (const q of coding.questions) {
    const key = `${q.templateId}|${q.audience}`;
    if (seenQuestions.has(key)) return `the question ${q.templateId} (${q.audience}) appears twice`;
    seenQuestions.add(key);
    const noteOnce = (id: string): string | null => {
      if (seenNotes.has(id)) return `the note ${id} is in more than one place`;
      seenNotes.add(id);
      return null;
    };
    for (const t of q.themes) {
      if (seenThemes.has(t.id)) return `the theme id ${t.id} is used twice`;
      seenThemes.add(t.id);
      if (Number(t.id.slice(2)) >= nextThemeNumber)
        return `the theme ${t.id} is numbered at or above the next theme number (${nextThemeNumber})`;
      for (const id of t.noteIds) {
        const problem = noteOnce(id);
        if (problem) return problem;
      }
      if (t.quoteNoteId !== null && !t.noteIds.includes(t.quoteNoteId))
        return `the quote of ${t.id} (note ${t.quoteNoteId}) is not a note of that theme`;
    }
    for (const id of q.other) {
      const problem = noteOnce(id);
      if (problem) return problem;
    }
  }
  return null;
}
