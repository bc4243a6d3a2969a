import { boardsOfExercise } from '../document/boards';
import { zonesOfBoard } from '../document/geometry';
import type { SessionDocument, Zone } from '../document/schema';
import type { ExerciseId } from '../ids';
import { customTemplateId, zonesFromLabels } from './custom';
import { TEMPLATE_FILE_TYPE, TEMPLATE_SCHEMA_VERSION, type ExerciseTemplate, type ReferenceCard } from './schema';

/**
 * A template of an exercise as it stands in a session, named `name`: its prompt, voting
 * and tags, and its first board's zones and reference cards. When the exercise came from
 * a template in `library` that cites a deck, the new one cites the same slide and keeps
 * that template's layout; otherwise it is the facilitator's own, laid out as its board is.
 */
export function templateFromExercise(
  doc: SessionDocument,
  exerciseId: ExerciseId,
  name: string,
  library: readonly ExerciseTemplate[],
  today: string,
): ExerciseTemplate {
  const exercise = doc.exercises[exerciseId];
  if (!exercise) throw new Error('That exercise is no longer in the session.');
  const origin = library.find((t) => t.id === exercise.templateId) ?? null;
  const cites = origin !== null && origin.source.decks.length > 0;
  const [board] = boardsOfExercise(doc, exerciseId);
  const boardZones = board ? zonesOfBoard(doc, board.id) : [];
  const { layout, zones, keyOfZone } = zonesAndLayout(boardZones, origin, cites);
  const cards: ReferenceCard[] = Object.values(doc.notes)
    .filter((n) => n.boardId === board?.id && n.kind === 'reference' && n.text.trim() !== '')
    // A stable sort: cards made together keep the document's order, which is their template's.
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt))
    .slice(0, 200)
    .map((note) => {
      const known = origin?.referenceCards.find((c) => c.text === note.text.trim());
      return {
        zone: note.zoneId ? (keyOfZone.get(note.zoneId) ?? null) : null,
        group: known?.group ?? null,
        text: note.text.trim(),
        kind: known?.kind ?? 'stimulus',
      };
    });
  const originPrompt = origin ? [origin.prompt, ...origin.subPrompts].join('\n') : null;
  const prompt = exercise.prompt.trim() || exercise.title;
  const title = name.trim();
  return {
    type: TEMPLATE_FILE_TYPE,
    schemaVersion: TEMPLATE_SCHEMA_VERSION,
    id: customTemplateId(title, new Set(library.map((t) => t.id))),
    version: 1,
    title,
    prompt,
    subPrompts: [],
    source: {
      decks: cites ? origin.source.decks : [],
      slideTitle: cites ? origin.source.slideTitle : null,
      promptSource: cites && prompt === originPrompt ? origin.source.promptSource : 'ours',
      notes: `Saved by the facilitator from the exercise “${exercise.title}”${origin ? ` (template ${origin.id}, version ${origin.version})` : ''} on ${today}.`,
    },
    layout,
    zones,
    referenceCards: cards,
    tags: exercise.tags,
    voting: exercise.voting,
  };
}

function zonesAndLayout(boardZones: Zone[], origin: ExerciseTemplate | null, cites: boolean) {
  const keyOfZone = new Map<string, string>();
  // A matrix's board zones are its cells: the template's rows and columns say it better than the cells can.
  if (origin?.layout.kind === 'matrix') {
    const columns = origin.layout.columns;
    const cells = new Map<string, string>(
      origin.zones.flatMap((row) => columns.map((c): [string, string] => [`${row.label} · ${c.label}`, row.key])),
    );
    boardZones.forEach((z) => cells.has(z.label) && keyOfZone.set(z.id, cells.get(z.label)!));
    return {
      layout: origin.layout,
      zones: origin.zones.map((z) => ({ ...z, source: cites ? z.source : ('ours' as const) })),
      keyOfZone,
    };
  }
  const seedLabels = new Set(cites ? origin!.zones.filter((z) => z.source === 'seed').map((z) => z.label) : []);
  const zones = zonesFromLabels(
    boardZones.map((z) => z.label),
    (i) => (seedLabels.has(boardZones[i].label) ? 'seed' : 'ours'),
  );
  boardZones.forEach((z, i) => keyOfZone.set(z.id, zones[i].key));
  return { layout: layoutFor(boardZones, origin), zones, keyOfZone };
}

/** The origin's layout when it still fits the board's zones; otherwise what the board itself shows. */
function layoutFor(zones: Zone[], origin: ExerciseTemplate | null): ExerciseTemplate['layout'] {
  const kind = origin?.layout.kind;
  if (
    origin &&
    kind !== 'matrix' &&
    !(kind === 'fromTo' && zones.length !== 2) &&
    !(kind === 'spectrum' && zones.length < 2)
  )
    return origin.layout;
  if (zones.length === 0) return { kind: 'columns' };
  const firstRow = zones.filter((z) => z.y === zones[0].y).length;
  return firstRow === zones.length
    ? { kind: 'columns' }
    : { kind: 'grid', columns: Math.min(6, Math.max(1, firstRow)) };
}
