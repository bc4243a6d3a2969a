import { applyOperation, operation } from '../operations/registry';
import { instantiateTemplate } from '../templates/instantiate';
import type { ExerciseTemplate } from '../templates/schema';
import { createSessionDocument, newParticipantNote } from '../document/create';
import { freeSpotInZone, zonesOfBoard } from '../document/geometry';
import type { EventDetails, Note, SessionDocument } from '../document/schema';

/** The sample's event: plainly a practice, not a real event. */
export const SAMPLE_EVENT: EventDetails = {
  name: 'Practice event',
  date: '',
  location: '',
  facilitator: '',
  shift: null,
};

/** The template the sample prefers: Benefits and risks, the simplest board of the decks. */
export const SAMPLE_TEMPLATE_ID = 'h2c.d2.ex1';

/** The sample's notes: each teaches one thing a facilitator does on the day. */
export const SAMPLE_NOTES = [
  'This is a sample note. Double-click the board, or press N, to add your own.',
  'Drag a note to move it, or select it and use the arrow keys.',
  'Select a note and press Enter to edit it, or Delete to remove it.',
  'Delete this practice session whenever you like: everything you do is saved on this computer.',
] as const;

/**
 * The practice session made on a data folder's first run: one exercise (Benefits and risks
 * when it is among `templates`, else the first) with a few notes saying how the board works.
 * With no templates at all it is an empty session.
 */
export function createSampleSession(templates: readonly ExerciseTemplate[], now: string): SessionDocument {
  let doc = createSessionDocument(SAMPLE_EVENT, now);
  const template = templates.find((t) => t.id === SAMPLE_TEMPLATE_ID) ?? templates[0];
  if (!template) return doc;
  const added = applyOperation(doc, operation('addExercise', instantiateTemplate(doc, template, now)), now);
  if (!added.ok) throw new Error(`The sample session could not be made: ${added.error.message}`);
  doc = added.value;
  const board = Object.values(doc.boards)[0];
  const zones = zonesOfBoard(doc, board.id);
  const notes: Note[] = [];
  SAMPLE_NOTES.forEach((text, i) => {
    const zone = zones[i % Math.max(zones.length, 1)];
    const inZone = [...Object.values(doc.notes), ...notes].filter((n) => zone && n.zoneId === zone.id);
    const spot = zone ? freeSpotInZone(zone, inZone) : { x: 100 + i * 200, y: 100 };
    // The zone is set here so the next note in the same zone finds this one; addNotes recomputes it anyway.
    notes.push({ ...newParticipantNote(board.id, text, spot, now), zoneId: zone?.id ?? null });
  });
  const withNotes = applyOperation(doc, operation('addNotes', { notes }), now);
  if (!withNotes.ok) throw new Error(`The sample session could not be made: ${withNotes.error.message}`);
  return withNotes.value;
}
