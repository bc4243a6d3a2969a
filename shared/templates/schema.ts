import { z } from 'zod';
import { LIMITS } from '../document/limits';
import { ProvenanceSchema, TagSetSchema, VotingSettingsSchema } from '../document/records';

export const TEMPLATE_FILE_TYPE = 'roundtable.template';
export const TEMPLATE_SCHEMA_VERSION = 1;

const text = (max: number) => z.string().trim().min(1).max(max);
const key = z.string().regex(/^[a-z0-9-]{1,60}$/, 'must be lower-case letters, digits and dashes');
const provenance = ProvenanceSchema;

export const TemplateZoneSchema = z.strictObject({ key, label: text(LIMITS.label), source: provenance });

/** What a reference card is in the deck. They are shown as cards and never counted as participant input. */
export const REFERENCE_CARD_KINDS = [
  'stimulus',
  'staff_theme',
  'staff_theme_subpoint',
  'quote',
  'example',
  'statistic',
  'staff_heard',
  'public_heard',
  'what_is_ai',
  'what_is_it',
  'benefit',
  'consideration',
] as const;

export const ReferenceCardSchema = z.strictObject({
  /** The zone the card starts in, or null for the deck's framing cards, set beside the zones. */
  zone: key.nullable(),
  /** The heading the deck gives the card (a staff theme, a category), when it has one. */
  group: text(LIMITS.label).nullable(),
  text: text(LIMITS.noteText),
  kind: z.enum(REFERENCE_CARD_KINDS),
});

/**
 * How the zones are laid out on a board: side-by-side columns; a grid of categories or
 * themes; a From → To pair; or a matrix whose rows are the zones and whose columns are
 * given here (each row × column cell becomes a zone); or a spectrum.
 */
export const TemplateLayoutSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('columns') }),
  z.strictObject({ kind: z.literal('grid'), columns: z.number().int().min(1).max(6) }),
  z.strictObject({ kind: z.literal('fromTo') }),
  z.strictObject({ kind: z.literal('matrix'), columns: z.array(TemplateZoneSchema).min(2).max(6) }),
  /** Positions along one line, from one end to the other (Against ↔ For, National ↔ Local): the zones, in order. */
  z.strictObject({ kind: z.literal('spectrum') }),
]);

export const ExerciseTemplateSchema = z
  .strictObject({
    type: z.literal(TEMPLATE_FILE_TYPE),
    schemaVersion: z.literal(TEMPLATE_SCHEMA_VERSION),
    id: z
      .string()
      .regex(/^[a-z0-9]+(\.[a-z0-9_]+)*$/, 'must be a dotted id like "h2c.d2.ex1"')
      .max(80),
    version: z.number().int().min(1),
    title: text(LIMITS.prompt),
    prompt: text(LIMITS.prompt),
    /** Further questions the deck asks under the main one. */
    subPrompts: z.array(text(LIMITS.prompt)).max(6),
    source: z.strictObject({
      /** The decks it comes from; none for a facilitator's own exercise, which cites no slide either. */
      decks: z.array(z.strictObject({ id: z.string().max(20), title: text(LIMITS.label) })).max(4),
      slideTitle: text(LIMITS.prompt).nullable(),
      promptSource: provenance,
      /** What we noticed about the source that a facilitator may want to know. */
      notes: z.string().max(LIMITS.prompt),
    }),
    layout: TemplateLayoutSchema,
    zones: z.array(TemplateZoneSchema).max(20),
    referenceCards: z.array(ReferenceCardSchema).max(200),
    tags: z.array(TagSetSchema).max(6),
    voting: VotingSettingsSchema.nullable(),
  })
  .superRefine((t, ctx) => {
    const keys = new Set(t.zones.map((z) => z.key));
    if (keys.size !== t.zones.length)
      ctx.addIssue({ code: 'custom', path: ['zones'], message: 'zone keys must be unique' });
    if (t.layout.kind === 'fromTo' && t.zones.length !== 2) {
      ctx.addIssue({ code: 'custom', path: ['zones'], message: 'a From → To layout has exactly two zones' });
    }
    if (t.layout.kind === 'spectrum' && t.zones.length < 2) {
      ctx.addIssue({ code: 'custom', path: ['zones'], message: 'a spectrum has at least two zones, one for each end' });
    }
    // What cites no deck is the facilitator's own: nothing in it may claim to be the deck's words.
    const cited = t.source.decks.length > 0;
    if (cited !== (t.source.slideTitle !== null)) {
      ctx.addIssue({
        code: 'custom',
        path: ['source', 'slideTitle'],
        message: 'names a slide exactly when the template cites a deck',
      });
    }
    if (!cited && t.source.promptSource !== 'ours') {
      ctx.addIssue({
        code: 'custom',
        path: ['source', 'promptSource'],
        message: 'a template that cites no deck is the facilitator’s own: its prompt is “ours”',
      });
    }
    if (!cited) {
      t.zones.forEach((zone, i) => {
        if (zone.source !== 'ours')
          ctx.addIssue({
            code: 'custom',
            path: ['zones', i, 'source'],
            message: 'a template that cites no deck has only zones of its own (“ours”)',
          });
      });
    }
    t.referenceCards.forEach((card, i) => {
      if (card.zone !== null && !keys.has(card.zone)) {
        ctx.addIssue({
          code: 'custom',
          path: ['referenceCards', i, 'zone'],
          message: `names zone "${card.zone}", which the template does not have`,
        });
      }
    });
  });

export type ExerciseTemplate = z.infer<typeof ExerciseTemplateSchema>;
export type TemplateZone = z.infer<typeof TemplateZoneSchema>;
export type ReferenceCard = z.infer<typeof ReferenceCardSchema>;
