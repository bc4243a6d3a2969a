import { LIMITS } from '../document/limits';
import type { VotingSettings } from '../document/schema';
import { TEMPLATE_FILE_TYPE, TEMPLATE_SCHEMA_VERSION, type ExerciseTemplate, type TemplateZone } from './schema';

/** The layouts a facilitator can choose for an exercise of their own. */
export type CustomLayout = 'columns' | 'grid' | 'fromTo' | 'spectrum';

/** How a facilitator's own exercise is voted on: not at all, with dots, or with a 1–N rating. */
export type CustomVoting =
  | { kind: 'none' }
  | { kind: 'dots'; perParticipant: number; perItem: number | null }
  | { kind: 'rating'; question: string; scale: number };

/** What the "New custom exercise" dialog asks for. */
export interface CustomExerciseInput {
  title: string;
  prompt: string;
  /** The zones' labels, in order. */
  zones: string[];
  layout: CustomLayout;
  voting: CustomVoting;
}

export type CustomExerciseField = 'title' | 'prompt' | 'zones' | 'voting';
export type CustomExerciseErrors = Partial<Record<CustomExerciseField, string>>;

/** The prefix of every template a facilitator makes, so it can never take a shipped template's id. */
export const CUSTOM_TEMPLATE_PREFIX = 'custom.';

/** At most this many zones: the template schema's own limit. */
export const MAX_CUSTOM_ZONES = 20;

/** What is wrong with the dialog's input, field by field, in words that say what to do; empty when it is fine. */
export function validateCustomExercise(input: CustomExerciseInput): CustomExerciseErrors {
  const errors: CustomExerciseErrors = {};
  const title = input.title.trim();
  if (title === '') errors.title = 'Enter a title, for example “What would help you work in the community?”.';
  else if (title.length > LIMITS.prompt) errors.title = `Keep the title to ${LIMITS.prompt} characters or fewer.`;
  const prompt = input.prompt.trim();
  if (prompt === '') errors.prompt = 'Enter the question the tables answer.';
  else if (prompt.length > LIMITS.prompt) errors.prompt = `Keep the prompt to ${LIMITS.prompt} characters or fewer.`;
  errors.zones = zonesProblem(
    input.zones.map((z) => z.trim()).filter((z) => z !== ''),
    input.layout,
  );
  if (!errors.zones) delete errors.zones;
  const voting = votingProblem(input.voting);
  if (voting) errors.voting = voting;
  return errors;
}

function zonesProblem(labels: string[], layout: CustomLayout): string | undefined {
  if (labels.length === 0) return 'Enter at least one zone, one label per line.';
  if (labels.length > MAX_CUSTOM_ZONES) return `Use at most ${MAX_CUSTOM_ZONES} zones; this has ${labels.length}.`;
  const long = labels.find((l) => l.length > LIMITS.label);
  if (long) return `Keep each zone label to ${LIMITS.label} characters or fewer (“${long.slice(0, 30)}…” is longer).`;
  const seen = new Set<string>();
  for (const label of labels) {
    if (seen.has(label.toLowerCase())) return `Two zones are both called “${label}”: give each zone its own label.`;
    seen.add(label.toLowerCase());
  }
  if (layout === 'fromTo' && labels.length !== 2)
    return `From → To needs exactly two zones (from, then to); this has ${labels.length}.`;
  if (layout === 'spectrum' && labels.length < 2)
    return 'A spectrum needs at least two zones, one for each end, for example “Against” and “For”.';
  return undefined;
}

function votingProblem(voting: CustomVoting): string | undefined {
  const whole = (n: number, lo: number, hi: number) => Number.isInteger(n) && n >= lo && n <= hi;
  if (voting.kind === 'dots') {
    if (!whole(voting.perParticipant, 1, 20)) return 'Give each person between 1 and 20 dots.';
    if (voting.perItem !== null && !whole(voting.perItem, 1, voting.perParticipant)) {
      return `The per-item limit must be between 1 and the ${voting.perParticipant} dots each person has, or left empty for none.`;
    }
  }
  if (voting.kind === 'rating') {
    if (voting.question.trim() === '') return 'Enter the rating question, for example “How enthusiastic are you?”.';
    if (voting.question.trim().length > LIMITS.label)
      return `Keep the rating question to ${LIMITS.label} characters or fewer.`;
    if (!whole(voting.scale, 2, 10)) return 'The rating scale runs from 1 to a number between 2 and 10.';
  }
  return undefined;
}

/** Lower-case words joined by `joiner`, nothing else: for ids and zone keys. */
function slug(text: string, joiner: '_' | '-', max: number): string {
  const words = text
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .filter(Boolean);
  return words
    .join(joiner)
    .slice(0, max)
    .replace(/[-_]+$/, '');
}

/** A template id for `title` that none of `taken` has: `custom.<slug>`, numbered when needed. */
export function customTemplateId(title: string, taken: ReadonlySet<string>): string {
  const base = `${CUSTOM_TEMPLATE_PREFIX}${slug(title, '_', 60) || 'exercise'}`;
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}_${n}`)) return `${base}_${n}`;
}

/** Zones for the given labels, each with a unique key made from its label. */
export function zonesFromLabels(
  labels: readonly string[],
  source: (i: number) => 'seed' | 'ours' = () => 'ours',
): TemplateZone[] {
  const keys = new Set<string>();
  return labels.map((label, i) => {
    const base = slug(label, '-', 50) || 'zone';
    let key = base;
    for (let n = 2; keys.has(key); n++) key = `${base}-${n}`;
    keys.add(key);
    return { key, label: label.trim(), source: source(i) };
  });
}

/** The template's voting settings from the dialog's choice; dots count per zone, as in the decks' boards. */
export function votingSettings(voting: CustomVoting): VotingSettings | null {
  if (voting.kind === 'none') return null;
  const base = { source: 'ours' as const, dots: null, rating: null, stance: null };
  if (voting.kind === 'dots')
    return { ...base, dots: { perParticipant: voting.perParticipant, perItem: voting.perItem, perZone: false } };
  return { ...base, rating: { question: voting.question.trim(), scale: voting.scale } };
}

/**
 * The facilitator's own exercise as a template: it cites no deck, and everything in it is
 * marked ours. Call validateCustomExercise first; the services validate it again on saving.
 */
export function buildCustomTemplate(
  input: CustomExerciseInput,
  takenIds: ReadonlySet<string>,
  today: string,
): ExerciseTemplate {
  const title = input.title.trim();
  return {
    type: TEMPLATE_FILE_TYPE,
    schemaVersion: TEMPLATE_SCHEMA_VERSION,
    id: customTemplateId(title, takenIds),
    version: 1,
    title,
    prompt: input.prompt.trim(),
    subPrompts: [],
    source: {
      decks: [],
      slideTitle: null,
      promptSource: 'ours',
      notes: `Made by the facilitator in Roundtable on ${today}.`,
    },
    layout: input.layout === 'grid' ? { kind: 'grid', columns: 3 } : { kind: input.layout },
    zones: zonesFromLabels(input.zones.map((z) => z.trim()).filter((z) => z !== '')),
    referenceCards: [],
    tags: [],
    voting: votingSettings(input.voting),
  };
}
