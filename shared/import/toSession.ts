import {
  SESSION_FILE_TYPE,
  SESSION_SCHEMA_VERSION,
  SessionDocumentSchema,
  type Board,
  type Note,
  type SessionDocument,
  type Vote,
  type Zone,
} from '../document/schema';
import type { SessionExport } from '../export/schema';
import type { ExerciseTemplate } from '../templates/schema';
import { fail, ok, type Result } from '../result';
import { importedVoteId } from './recordIds';

// An export turned back into a session: what "Import session export" and a table's merge
// build. The export carries what a board needs (zones' frames, notes' positions); what it
// leaves out is restored from the template where the app knows it (tags, which zone labels
// are the deck's words) and otherwise given a plain default. Votes come back as counts:
// one record per note, zone or option with no participant number, exactly as a tally typed
// in by the facilitator, so the results are the same and still cannot be traced to anyone.
// Every record keeps its id from the file; a vote's id is worked out from its board and what
// it counts (recordIds.ts), so it is as unique as the board's.

type Records<T extends { id: string }> = Record<string, T>;
const byId = <T extends { id: string }>(list: readonly T[]): Records<T> =>
  Object.fromEntries(list.map((r) => [r.id, r]));

const ZONE_WIDTH = 420;
const ZONE_HEIGHT = 600;
const NOTE_STEP = 110;

/** Where a zone goes when the export does not say: side by side, in order. */
function defaultFrame(order: number) {
  return { x: order * (ZONE_WIDTH + 20), y: 0, width: ZONE_WIDTH, height: ZONE_HEIGHT };
}

export interface ImportedRecords {
  tables: SessionDocument['tables'];
  exercises: SessionDocument['exercises'];
  boards: SessionDocument['boards'];
  zones: SessionDocument['zones'];
  notes: SessionDocument['notes'];
  clusters: SessionDocument['clusters'];
  links: SessionDocument['links'];
  votes: SessionDocument['votes'];
}

/** The records of an export as session records, ids kept. `templateOf` finds the template an exercise came from, if the app has it. */
export function recordsFromExport(
  data: SessionExport,
  templateOf: (id: string) => ExerciseTemplate | undefined,
): ImportedRecords {
  const boardList: Board[] = data.exercises.flatMap((e) =>
    e.boards.map((b) => ({ id: b.id, exerciseId: e.id, tableId: b.tableId, locked: false, voting: b.voting }) as Board),
  );
  const exerciseOfBoard = new Map<string, string>(boardList.map((b) => [b.id, b.exerciseId]));
  const templateOfExercise = new Map(data.exercises.map((e) => [e.id, templateOf(e.templateId)]));
  const zones: Zone[] = data.zones.map((z) => {
    const template = templateOfExercise.get(exerciseOfBoard.get(z.boardId)!);
    const seed = template?.zones.some((tz) => tz.label === z.label && tz.source === 'seed') ?? false;
    return {
      id: z.id,
      boardId: z.boardId,
      label: z.label,
      source: seed ? 'seed' : 'ours',
      ...(z.frame ?? defaultFrame(z.order)),
      order: z.order,
    } as Zone;
  });
  const zoneById = new Map<string, Zone>(zones.map((z) => [z.id, z]));
  const placed = new Map<string, number>();
  const notes: Note[] = data.notes.map((n) => {
    let position = n.position;
    if (!position) {
      // No position in the file: stack the zone's notes down it in order.
      const key = n.zoneId ?? n.boardId;
      const k = placed.get(key) ?? 0;
      placed.set(key, k + 1);
      const zone = n.zoneId ? zoneById.get(n.zoneId) : undefined;
      position = {
        x: (zone?.x ?? 0) + 20 + (k % 3) * NOTE_STEP,
        y: (zone?.y ?? 0) + 60 + Math.floor(k / 3) * NOTE_STEP,
      };
    }
    return {
      id: n.id,
      boardId: n.boardId,
      text: n.text,
      x: position.x,
      y: position.y,
      zoneId: n.zoneId,
      kind: n.kind,
      staffGroup: n.staffGroup,
      sector: n.sector,
      source: n.source,
      isQuote: n.isQuote,
      severity: n.severity,
      tag: n.tag,
      clusterId: n.clusterId,
      createdAt: n.createdAt,
    } as Note;
  });
  const votes: Vote[] = [];
  for (const board of data.votes) {
    for (const d of board.dots)
      votes.push({
        kind: 'dot',
        id: importedVoteId(board.boardId, { kind: 'dot', noteId: d.noteId }),
        boardId: board.boardId,
        participant: null,
        count: d.count,
        noteId: d.noteId,
      } as Vote);
    for (const r of board.ratings) {
      r.distribution.forEach((count, i) => {
        if (count > 0)
          votes.push({
            kind: 'rating',
            id: importedVoteId(board.boardId, { kind: 'rating', zoneId: r.zoneId, value: i + 1 }),
            boardId: board.boardId,
            participant: null,
            count,
            zoneId: r.zoneId,
            value: i + 1,
          } as Vote);
      });
    }
    for (const s of board.stances) {
      if (s.count > 0)
        votes.push({
          kind: 'stance',
          id: importedVoteId(board.boardId, { kind: 'stance', phase: s.phase, option: s.option }),
          boardId: board.boardId,
          participant: null,
          count: s.count,
          phase: s.phase,
          option: s.option,
        } as Vote);
    }
  }
  const now = data.exportedAt;
  return {
    tables: byId(
      data.tables.map((t) => ({
        id: t.id,
        name: t.name,
        participantCount: t.participantCount,
        mix: t.mix,
        order: t.order,
      })),
    ) as ImportedRecords['tables'],
    exercises: byId(
      data.exercises.map((e) => {
        const template = templateOfExercise.get(e.id);
        const voting = e.voting ? { source: template?.voting?.source ?? 'ours', ...e.voting } : null;
        return {
          id: e.id,
          templateId: e.templateId,
          templateVersion: e.templateVersion,
          title: e.title,
          prompt: e.prompt,
          order: e.order,
          plannedMinutes: e.plannedMinutes,
          voting,
          tags: template?.tags ?? [],
          createdAt: now,
        };
      }),
    ) as ImportedRecords['exercises'],
    boards: byId(boardList) as ImportedRecords['boards'],
    zones: byId(zones) as ImportedRecords['zones'],
    notes: byId(notes) as ImportedRecords['notes'],
    clusters: byId(
      data.clusters.map((c) => ({
        id: c.id,
        boardId: c.boardId,
        headline: c.headline,
        subPoints: c.subPoints,
        quoteNoteId: c.quote?.noteId ?? null,
        order: c.order,
      })),
    ) as ImportedRecords['clusters'],
    links: byId(data.links) as ImportedRecords['links'],
    votes: byId(votes) as ImportedRecords['votes'],
  };
}

/** A whole session from a session export, checked against the session schema; its id and history start from the export's. */
export function sessionFromExport(
  data: SessionExport,
  templateOf: (id: string) => ExerciseTemplate | undefined,
): Result<SessionDocument> {
  const doc = {
    type: SESSION_FILE_TYPE,
    schemaVersion: SESSION_SCHEMA_VERSION,
    id: data.session.id,
    revision: data.session.revision,
    createdAt: data.session.createdAt,
    updatedAt: data.session.updatedAt,
    event: data.event,
    facilitation: { currentExerciseId: null, timer: { durationSeconds: 0, runningSince: null, elapsedSeconds: 0 } },
    ...recordsFromExport(data, templateOf),
  };
  const checked = SessionDocumentSchema.safeParse(doc);
  if (!checked.success) {
    const issue = checked.error.issues[0];
    return fail(
      'invalid-input',
      `The export cannot become a session: ${issue.path.join(' › ')}: ${issue.message}. Export it again from Roundtable.`,
    );
  }
  return ok(checked.data);
}
