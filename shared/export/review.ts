import type { SessionDocument } from '../document/schema';
import type { NoteId } from '../ids';
import { fail, ok, type Result } from '../result';
import { findPii, type PiiKind, type PiiSpan } from './pii';

/** One flag of the PII check, on one note, for the facilitator to redact or keep. */
export interface PiiFlag extends PiiSpan {
  /** `<note id>@<start>-<end>`: stable while the note's text is unchanged. */
  id: string;
  noteId: NoteId;
  /** The note's whole text, so the review can show the flag in context. */
  noteText: string;
}

export type PiiDecision = 'redact' | 'keep';

/** What the facilitator decided, flag by flag (the ids of `piiFlagsOf`). */
export type PiiReview = Readonly<Record<string, PiiDecision>>;

/** Every flag in every note of the session (reference cards too: a deck can be edited), in board order. */
export function piiFlagsOf(doc: SessionDocument): PiiFlag[] {
  return Object.values(doc.notes).flatMap((note) =>
    findPii(note.text).map((s) => ({
      ...s,
      id: `${note.id}@${s.start}-${s.end}`,
      noteId: note.id,
      noteText: note.text,
    })),
  );
}

/** The redactions to make, per note, and the counts the export records; fails if any flag was not decided. */
export interface ReviewOutcome {
  redactions: Map<NoteId, PiiSpan[]>;
  redacted: Partial<Record<PiiKind, number>>;
  kept: Partial<Record<PiiKind, number>>;
}

export function applyReview(flags: readonly PiiFlag[], review: PiiReview): Result<ReviewOutcome> {
  const undecided = flags.filter((f) => review[f.id] !== 'redact' && review[f.id] !== 'keep');
  if (undecided.length > 0) {
    return fail(
      'conflict',
      `${undecided.length} possible personal detail${undecided.length === 1 ? ' was' : 's were'} not reviewed (a note may have changed since the check). Run Export session again and review every flag.`,
    );
  }
  const outcome: ReviewOutcome = { redactions: new Map(), redacted: {}, kept: {} };
  for (const flag of flags) {
    const decision = review[flag.id];
    const counts = decision === 'redact' ? outcome.redacted : outcome.kept;
    counts[flag.kind] = (counts[flag.kind] ?? 0) + 1;
    if (decision === 'redact')
      outcome.redactions.set(flag.noteId, [...(outcome.redactions.get(flag.noteId) ?? []), flag]);
  }
  return ok(outcome);
}
