import { newId, type BoardId, type ExerciseId, type ZoneId } from '../ids';
import type { Board, Exercise, Note, SessionDocument, Zone } from '../document/schema';
import { freeSpotInZone } from '../document/geometry';
import type { ExerciseTemplate } from './schema';

const COLUMN = { width: 420, height: 960, gap: 32 } as const;

export interface NewExercise {
  exercise: Exercise;
  boards: Board[];
  zones: Zone[];
  notes: Note[];
}

/**
 * The records that running `template` in `doc` adds: the exercise, one board per table,
 * the template's zones laid out on each board, and its reference cards placed in their zones.
 */
export function instantiateTemplate(doc: SessionDocument, template: ExerciseTemplate, now: string): NewExercise {
  const exerciseId: ExerciseId = newId('exercise');
  const order = Object.keys(doc.exercises).length;
  const exercise: Exercise = {
    id: exerciseId,
    templateId: template.id,
    templateVersion: template.version,
    title: template.title,
    prompt: template.prompt,
    order,
    createdAt: now,
  };
  const tables = Object.values(doc.tables).sort((a, b) => a.order - b.order);
  const boards: Board[] = tables.map((t) => ({ id: newId('board') as BoardId, exerciseId, tableId: t.id }));
  const zones: Zone[] = [];
  const notes: Note[] = [];
  for (const board of boards) {
    const zoneByKey = new Map<string, Zone>();
    template.zones.forEach((tz, i) => {
      const zone: Zone = {
        id: newId('zone') as ZoneId,
        boardId: board.id,
        label: tz.label,
        source: tz.source,
        x: i * (COLUMN.width + COLUMN.gap),
        y: 0,
        width: COLUMN.width,
        height: COLUMN.height,
        order: i,
      };
      zoneByKey.set(tz.key, zone);
      zones.push(zone);
    });
    for (const card of template.referenceCards) {
      const zone = zoneByKey.get(card.zone);
      if (!zone) continue;
      const spot = freeSpotInZone(zone, notes.filter((n) => n.zoneId === zone.id));
      notes.push({
        id: newId('note'),
        boardId: board.id,
        text: card.text,
        ...spot,
        zoneId: zone.id,
        kind: 'reference',
        staffGroup: null,
        sector: null,
        source: null,
        createdAt: now,
      });
    }
  }
  return { exercise, boards, zones, notes };
}
