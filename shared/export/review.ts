import type { SessionDocument } from '../document/schema';
import { fail, ok, type Result } from '../result';
import { findPii, type PiiKind, type PiiSpan } from './pii';
import { sessionFields, type FreeTextField } from './piiFields';

/** One flag of the PII check, in one free-text field, for the facilitator to redact or keep. */
export interface PiiFlag extends PiiSpan {
  /** `<field key>@<start>-<end>`: stable while the field's text is unchanged. */
  id: string;
  /** The field's key (`note:…`, `cluster:…/subPoint/0`, `table:…/name`, `event/location`…). */
  field: string;
  /** What the field is, in words: "Note", "Sub-point 1 of a group", "Table name"… */
  where: string;
  /** The field's whole text, so the review can show the flag in context. */
  fieldText: string;
}

export type PiiDecision = 'redact' | 'keep';

/** What the facilitator decided, flag by flag (the ids of `piiFlagsOf`). */
export type PiiReview = Readonly<Record<string, PiiDecision>>;

/** Every flag in the given fields, in their order. */
export function piiFlagsIn(fields: readonly FreeTextField[]): PiiFlag[] {
  return fields.flatMap((field) =>
    findPii(field.text).map((s) => ({
      ...s,
      id: `${field.key}@${s.start}-${s.end}`,
      field: field.key,
      where: field.where,
      fieldText: field.text,
    })),
  );
}

/**
 * Every flag in every free-text field of the session: event details, table names, exercise
 * titles and questions, zone names, group headlines and sub-points, and every note (reference
 * cards too: a deck can be edited). A quote is a note's text, so it is checked as that note.
 */
export function piiFlagsOf(doc: SessionDocument): PiiFlag[] {
  return piiFlagsIn(sessionFields(doc));
}

/** The redactions to make, per field key, and the counts the export records; fails if any flag was not decided. */
export interface ReviewOutcome {
  redactions: Map<string, PiiSpan[]>;
  redacted: Partial<Record<PiiKind, number>>;
  kept: Partial<Record<PiiKind, number>>;
}

export function applyReview(flags: readonly PiiFlag[], review: PiiReview): Result<ReviewOutcome> {
  const undecided = flags.filter((f) => review[f.id] !== 'redact' && review[f.id] !== 'keep');
  if (undecided.length > 0) {
    return fail(
      'conflict',
      `${undecided.length} possible personal detail${undecided.length === 1 ? ' was' : 's were'} not reviewed (a note, group or name may have changed since the check). Run Export session again and review every flag.`,
    );
  }
  const outcome: ReviewOutcome = { redactions: new Map(), redacted: {}, kept: {} };
  for (const flag of flags) {
    const decision = review[flag.id];
    const counts = decision === 'redact' ? outcome.redacted : outcome.kept;
    counts[flag.kind] = (counts[flag.kind] ?? 0) + 1;
    if (decision === 'redact')
      outcome.redactions.set(flag.field, [...(outcome.redactions.get(flag.field) ?? []), flag]);
  }
  return ok(outcome);
}
