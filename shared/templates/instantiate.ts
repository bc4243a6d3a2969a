import { newId, type BoardId, type ExerciseId, type ZoneId } from '../ids';
import type { Board, Exercise, Note, SessionDocument, Zone } from '../document/schema';
import type { ExerciseTemplate } from './schema';
import { UNTAGGED_NOTE } from '../document/create';
import { layoutZones, placeReferenceCards, zoneForCard } from './layout';

export interface NewExercise {
  exercise: Exercise;
  boards: Board[];
  zones: Zone[];
  notes: Note[];
  clusters: [];
  links: [];
  votes: [];
}

/** The exercise's prompt as the board shows it: the main question, then any further ones the deck asks. */
function fullPrompt(template: ExerciseTemplate): string {
  return [template.prompt, ...template.subPrompts].join('\n');
}

/**
 * The records that running `template` in `doc` adds: the exercise, one board per table,
 * the template's zones laid out on each board, and its reference cards placed in their zones.
 */
export function instantiateTemplate(doc: SessionDocument, template: ExerciseTemplate, now: string): NewExercise {
  const exerciseId: ExerciseId = newId('exercise');
  const exercise: Exercise = {
    id: exerciseId,
    templateId: template.id,
    templateVersion: template.version,
    title: template.title,
    prompt: fullPrompt(template),
    order: Object.keys(doc.exercises).length,
    plannedMinutes: null,
    voting: template.voting,
    tags: template.tags,
    createdAt: now,
  };
  const tables = Object.values(doc.tables).sort((a, b) => a.order - b.order);
  const boards: Board[] = tables.map((t) => ({
    id: newId('board') as BoardId,
    exerciseId,
    tableId: t.id,
    locked: false,
    voting: 'closed',
  }));
  const placed = layoutZones(template);
  const spots = placeReferenceCards(template.referenceCards, placed);
  const zones: Zone[] = [];
  const notes: Note[] = [];
  for (const board of boards) {
    const zoneIds = new Map<string, ZoneId>();
    placed.forEach((p, order) => {
      const id = newId('zone') as ZoneId;
      zoneIds.set(p.key, id);
      zones.push({
        id,
        boardId: board.id,
        label: p.label,
        source: p.source,
        x: p.x,
        y: p.y,
        width: p.width,
        height: p.height,
        order,
      });
    });
    template.referenceCards.forEach((card, i) => {
      const zone = zoneForCard(card, placed);
      notes.push({
        id: newId('note'),
        boardId: board.id,
        text: card.text,
        ...spots[i],
        zoneId: zone ? zoneIds.get(zone.key)! : null,
        kind: 'reference',
        ...UNTAGGED_NOTE,
        createdAt: now,
      });
    });
  }
  return { exercise, boards, zones, notes, clusters: [], links: [], votes: [] };
}
