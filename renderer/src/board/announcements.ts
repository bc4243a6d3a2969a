import type { NoteId } from '../../../shared/ids';
import type { Note, SessionDocument } from '../../../shared/document/schema';

// What the board's live region says after each action, in plain words for screen-reader users.

const QUOTE_LIMIT = 120;

/** Where a note is, as a phrase: "in Potential benefits" or "outside any zone". */
export function whereIs(doc: SessionDocument, note: Note): string {
  const zone = note.zoneId ? doc.zones[note.zoneId] : undefined;
  return zone ? `in ${zone.label}` : 'outside any zone';
}

/** "Selected: <note text> in <zone>", with reference cards named as such. */
export function describeSelected(doc: SessionDocument, note: Note): string {
  const text = note.text.trim().replace(/\s+/g, ' ');
  const quoted = !text ? 'empty note' : text.length > QUOTE_LIMIT ? `${text.slice(0, QUOTE_LIMIT)}…` : text;
  const kind = note.kind === 'reference' ? 'reference card: ' : '';
  return `Selected: ${kind}${quoted} ${whereIs(doc, note)}`;
}

/** "Note moved to Benefits", "3 notes moved to Benefits", or "3 notes moved" when they landed in different zones. */
export function describeMove(doc: SessionDocument, noteIds: readonly NoteId[]): string {
  const zoneIds = new Set(noteIds.map((id) => doc.notes[id]?.zoneId ?? null));
  const what = noteIds.length === 1 ? 'Note' : `${noteIds.length} notes`;
  if (zoneIds.size !== 1) return `${what} moved`;
  const [zoneId] = zoneIds;
  const zone = zoneId ? doc.zones[zoneId] : undefined;
  return zone ? `${what} moved to ${zone.label}` : `${what} moved outside any zone`;
}

/** Whether any of the notes is now in a different zone than before. */
export function zoneChanged(before: SessionDocument, after: SessionDocument, noteIds: readonly NoteId[]): boolean {
  return noteIds.some((id) => before.notes[id]?.zoneId !== after.notes[id]?.zoneId);
}

export const REFERENCE_READ_ONLY =
  "Reference cards are the deck's own words and can't be edited or deleted. They can be moved.";

/** "3 notes deleted", noting any reference cards left in place. */
export function describeDeletion(deleted: number, referencesKept: number): string {
  if (deleted === 0) return REFERENCE_READ_ONLY;
  const what = deleted === 1 ? 'Note deleted' : `${deleted} notes deleted`;
  if (referencesKept === 0) return what;
  return `${what}. Reference cards can't be deleted, so ${referencesKept === 1 ? 'one was' : `${referencesKept} were`} kept.`;
}
