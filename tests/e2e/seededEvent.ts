// A data folder holding one event made through the services, as a facilitator's saved work
// would be: one exercise from the shipped templates with the notes given (spread over its
// zones, with their details), dots on some of them and the voting revealed if asked.
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { createServices } from '../../electron/services/services';
import { loadTemplateLibrary } from '../../electron/services/templates/templateLibrary';
import { newParticipantNote } from '../../shared/document/create';
import { freeSpotInZone } from '../../shared/document/geometry';
import { SESSION_SCHEMA_VERSION, type Note, type Vote } from '../../shared/document/schema';
import { newId, type VoteId } from '../../shared/ids';
import { operation } from '../../shared/operations/registry';
import { instantiateTemplate } from '../../shared/templates/instantiate';
import { LEEDS_NOTES } from '../shared/clustering/workshopNotes';

const ROOT = path.join(import.meta.dirname, '..', '..');

/** What tables wrote at the Leeds event: short phrases and a few long sentences. */
export const THIRTY_NOTES = LEEDS_NOTES;

export interface SeededNote {
  text: string;
  details?: Partial<Pick<Note, 'staffGroup' | 'sector' | 'source' | 'isQuote' | 'severity'>>;
  dots?: number;
}

/** Seeds `dataDir` with "Leeds H2C staff event" and the exercise `templateId`; resolves with the exercise's title. */
export async function seedEvent(
  dataDir: string,
  templateId: string,
  notes: readonly SeededNote[],
  options: { reveal?: boolean } = {},
): Promise<string> {
  await mkdir(dataDir, { recursive: true });
  const { templates } = await loadTemplateLibrary(path.join(ROOT, 'resources', 'templates'));
  const template = templates.find((t) => t.id === templateId);
  if (!template) throw new Error(`No shipped template ${templateId}`);
  const services = createServices({
    dataDir,
    templates,
    appInfo: { version: 'e2e', mode: 'browser', schemaVersion: SESSION_SCHEMA_VERSION },
  });
  const ctx = { clientId: 'setup' };
  const now = new Date().toISOString();
  const session = await services.createSession(ctx, {
    name: 'Leeds H2C staff event',
    date: '2025-03-04',
    location: 'Leeds',
    facilitator: 'Sam',
    shift: null,
  });
  const added = instantiateTemplate(session, template, now);
  await services.applyOperation(ctx, session.id, operation('addExercise', added));
  const board = added.boards[0];
  const zones = added.zones.filter((z) => z.boardId === board.id);
  const taken = new Map<string, { x: number; y: number }[]>();
  for (const n of added.notes) if (n.zoneId) taken.set(n.zoneId, [...(taken.get(n.zoneId) ?? []), n]);
  const made = notes.map((seed, i) => {
    const zone = zones[i % zones.length];
    const at = freeSpotInZone(zone, taken.get(zone.id) ?? []);
    taken.set(zone.id, [...(taken.get(zone.id) ?? []), at]);
    return { ...newParticipantNote(board.id, seed.text, at, now), zoneId: zone.id, ...seed.details };
  });
  await services.applyOperation(ctx, session.id, operation('addNotes', { notes: made }));
  const votes: Vote[] = made.flatMap((note, i) =>
    notes[i].dots
      ? [
          {
            kind: 'dot' as const,
            id: newId('vote') as VoteId,
            boardId: board.id,
            noteId: note.id,
            participant: null,
            count: notes[i].dots!,
          },
        ]
      : [],
  );
  if (votes.length) await services.applyOperation(ctx, session.id, operation('castVotes', { votes }));
  if (options.reveal)
    await services.applyOperation(
      ctx,
      session.id,
      operation('setBoardState', { boardId: board.id, changes: { voting: 'revealed' } }),
    );
  await services.flushAll();
  return template.title;
}
