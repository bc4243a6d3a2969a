import { z } from 'zod';

// The published shapes of the synthesis's analysis outputs: the codebook, the coded notes and
// the cross-tabs. resources/schema/roundtable-{codebook,coded-notes,cross-tabs}.v1.schema.json
// are generated from these (npx tsx scripts/export-schema.ts); docs/SYNTHESIS-FILES.md explains them.
// Counts are exact in the raw files and, in the shareable ones, a number, "<5" (1 to 4) or "[c]"
// (withheld so that no count under 5 can be worked out from the totals beside it).

const count = z.number().int().min(0);
export const ShownCountSchema = z.union([count, z.literal('<5'), z.literal('[c]')]);
const audience = z.enum(['staff', 'public']);
const meta = {
  schemaVersion: z.literal(1),
  /** True in the raw files, for analysts: exact counts, staff group, sector, table. */
  raw: z.boolean(),
  app: z.strictObject({ name: z.literal('Roundtable'), version: z.string() }),
  generatedAt: z.iso.datetime(),
};

export const CodebookQuoteSchema = z.strictObject({
  /** The note's record id in the exports: look it up in the coded notes. */
  noteId: z.string(),
  eventName: z.string(),
  eventDate: z.string(),
  text: z.string(),
  /** A staff group, else a sector, else the audience. Never a name. */
  label: z.string(),
});

export const CodebookThemeSchema = z.strictObject({
  /** `t-N`, stable for the life of a synthesis project, or "other" for the notes like no theme. */
  themeId: z.string(),
  templateId: z.string(),
  question: z.string(),
  audience,
  headline: z.string(),
  definition: z.string(),
  subPoints: z.array(z.string()),
  notes: ShownCountSchema,
  approved: z.boolean(),
  origin: z.enum(['machine', 'analyst', 'other']),
  quotes: z.array(CodebookQuoteSchema),
});

export const CodebookSchema = z.strictObject({
  type: z.literal('roundtable.codebook'),
  ...meta,
  themes: z.array(CodebookThemeSchema),
});

/** One coded note (a row of the coded notes CSV and Parquet file) in the raw file. */
export const RawCodedNoteSchema = z.strictObject({
  note_id: z.string(),
  /** `t-N`, or "other". */
  theme_id: z.string(),
  theme_headline: z.string(),
  template_id: z.string(),
  question: z.string(),
  audience,
  /** Staff group code (e.g. "nurse"), "" not recorded. */
  staff_group: z.string(),
  sector: z.string(),
  shift: z.string(),
  session_id: z.string(),
  event_name: z.string(),
  event_date: z.string(),
  table: z.string(),
  zone: z.string(),
  /** The table group the note was put in at its table ("" none), and its headline. */
  group_id: z.string(),
  group: z.string(),
  is_quote: z.boolean(),
  text: z.string(),
});

/** One coded note in the shareable file: no staff group, sector, shift or table (they are in the cross-tabs, protected). */
export const SharedCodedNoteSchema = RawCodedNoteSchema.omit({
  staff_group: true,
  sector: true,
  shift: true,
  table: true,
});

export const CROSS_TAB_DIMENSIONS = ['staff_group', 'sector', 'audience', 'shift'] as const;

/** One cell of a cross-tab (a row of the cross-tabs CSV): a theme's notes in one category, or a total. */
export const CrossTabCellSchema = z.strictObject({
  dimension: z.enum(CROSS_TAB_DIMENSIONS),
  template_id: z.string(),
  question: z.string(),
  /** Whose notes; "all" for the audience cross-tab's totals across both. */
  audience: z.enum(['staff', 'public', 'all']),
  /** `t-N`, "other", or "all" for the category's total over every theme. */
  theme_id: z.string(),
  theme_headline: z.string(),
  /** The category's code ("" not recorded), or "all" for the theme's total over every category. */
  code: z.string(),
  label: z.string(),
  count: ShownCountSchema,
});

/** A row of the coded notes, raw or shareable (the published schema of the CSV and Parquet rows). */
export const CodedNoteRowSchema = z.union([RawCodedNoteSchema, SharedCodedNoteSchema]);

export type CodebookQuote = z.infer<typeof CodebookQuoteSchema>;
export type CodebookTheme = z.infer<typeof CodebookThemeSchema>;
export type RawCodedNote = z.infer<typeof RawCodedNoteSchema>;
export type SharedCodedNote = z.infer<typeof SharedCodedNoteSchema>;
export type CrossTabCell = z.infer<typeof CrossTabCellSchema>;
export type CrossTabDimension = (typeof CROSS_TAB_DIMENSIONS)[number];
