import { z } from 'zod';
import { LIMITS } from '../document/limits';

export const TEMPLATE_FILE_TYPE = 'roundtable.template';
export const TEMPLATE_SCHEMA_VERSION = 1;

const text = (max: number) => z.string().trim().min(1).max(max);
/** `seed` is the deck's own words, verbatim; `ours` is something Roundtable added. */
const provenance = z.enum(['seed', 'ours']);

export const TemplateZoneSchema = z.strictObject({
  key: z.string().regex(/^[a-z0-9-]{1,40}$/, 'must be lower-case letters, digits and dashes'),
  label: text(LIMITS.label),
  source: provenance,
});

export const ReferenceCardSchema = z.strictObject({
  zone: z.string().max(40),
  text: text(LIMITS.noteText),
  /** What the card is in the deck: a stimulus card, a staff theme's sub-point, a quote, a fact. */
  kind: z.enum(['stimulus', 'staff_theme_subpoint', 'quote', 'fact', 'example', 'public_view']),
});

export const ExerciseTemplateSchema = z
  .strictObject({
    type: z.literal(TEMPLATE_FILE_TYPE),
    schemaVersion: z.literal(TEMPLATE_SCHEMA_VERSION),
    id: z.string().regex(/^[a-z0-9]+(\.[a-z0-9_]+)*$/, 'must be a dotted id like "h2c.d2.ex1"').max(80),
    version: z.number().int().min(1),
    title: text(LIMITS.prompt),
    prompt: text(LIMITS.prompt),
    source: z.strictObject({
      deck: z.string().max(20),
      deckTitle: text(LIMITS.label),
      slideTitle: text(LIMITS.prompt),
      promptSource: provenance,
    }),
    layout: z.strictObject({ kind: z.literal('columns') }),
    zones: z.array(TemplateZoneSchema).min(1).max(20),
    referenceCards: z.array(ReferenceCardSchema).max(200),
    voting: z
      .strictObject({
        source: provenance,
        mode: z.literal('dot'),
        dotsPerParticipant: z.number().int().min(1).max(20),
        perZone: z.boolean(),
      })
      .nullable(),
  })
  .superRefine((t, ctx) => {
    const keys = new Set(t.zones.map((z) => z.key));
    if (keys.size !== t.zones.length) ctx.addIssue({ code: 'custom', path: ['zones'], message: 'zone keys must be unique' });
    t.referenceCards.forEach((card, i) => {
      if (!keys.has(card.zone)) {
        ctx.addIssue({ code: 'custom', path: ['referenceCards', i, 'zone'], message: `names zone "${card.zone}", which the template does not have` });
      }
    });
  });

export type ExerciseTemplate = z.infer<typeof ExerciseTemplateSchema>;
