import type { Board, Note, SessionDocument } from '../document/schema';
import type { BoardId, NoteId } from '../ids';
import { dotTally, ratingDistribution, stanceTally } from '../voting/tallies';
import { redactSpans } from './pii';
import type { ReviewOutcome } from './review';
import {
  EXPORT_SCHEMA_VERSION,
  EXPORT_TYPE,
  type ExportBoardVotes,
  type ExportNote,
  type UnhashedExport,
} from './schema';

export interface BuildExportOptions {
  appVersion: string;
  /** ISO time of the export. */
  exportedAt: string;
  /** The PII review's outcome and when the check ran; null when no check ran (the export says so). */
  pii: { checkedAt: string; outcome: ReviewOutcome } | null;
}

const byOrder = <T extends { order: number; id: string }>(a: T, b: T) => a.order - b.order || a.id.localeCompare(b.id);

/**
 * The export of a session, everything but its content hash (the services add that, as
 * node:crypto lives there). Pure: the same document and options give the same export.
 * Lists come in reading order: exercises by agenda, boards room first then by table, notes
 * by zone then creation. Redactions apply to this copy only, never to the session.
 */
export function buildExport(doc: SessionDocument, options: BuildExportOptions): UnhashedExport {
  const tables = Object.values(doc.tables).sort(byOrder);
  const tableOrder = new Map(tables.map((t, i) => [t.id, i]));
  const exercises = Object.values(doc.exercises).sort(byOrder);
  const boardRank = (b: Board) => (b.tableId === null ? -1 : (tableOrder.get(b.tableId) ?? 0));
  const boardsOf = (exerciseId: string) =>
    Object.values(doc.boards)
      .filter((b) => b.exerciseId === exerciseId)
      .sort((a, b) => boardRank(a) - boardRank(b) || a.id.localeCompare(b.id));
  const boards = exercises.flatMap((e) => boardsOf(e.id));
  const zonesOf = (boardId: BoardId) =>
    Object.values(doc.zones)
      .filter((z) => z.boardId === boardId)
      .sort(byOrder);
  const zones = boards.flatMap((b) => zonesOf(b.id));
  const zoneRank = new Map(zones.map((z, i) => [z.id, i]));
  const dots = new Map<NoteId, number>();
  boards.forEach((b) => dotTally(doc, b.id).forEach((n, noteId) => dots.set(noteId, n)));

  // Every free-text field goes through the review's redactions under its key (shared/export/piiFields.ts).
  const clean = (key: string, text: string) => {
    const spans = options.pii?.outcome.redactions.get(key);
    return spans ? redactSpans(text, spans) : text;
  };
  const textOf = (note: Note) => clean(note.id, note.text);
  const zoneLabel = (zoneId: string) => {
    const zone = doc.zones[zoneId as keyof typeof doc.zones];
    return zone ? clean(`${zone.id}/label`, zone.label) : null;
  };
  const noteOrder = (a: Note, b: Note) =>
    (a.zoneId === null ? Infinity : zoneRank.get(a.zoneId)!) -
      (b.zoneId === null ? Infinity : zoneRank.get(b.zoneId)!) ||
    a.createdAt.localeCompare(b.createdAt) ||
    a.id.localeCompare(b.id);
  const notes: ExportNote[] = boards.flatMap((board) =>
    Object.values(doc.notes)
      .filter((n) => n.boardId === board.id)
      .sort(noteOrder)
      .map((n) => ({
        id: n.id,
        text: textOf(n),
        kind: n.kind,
        countsAsInput: n.kind === 'participant',
        exerciseId: board.exerciseId,
        boardId: board.id,
        tableId: board.tableId,
        zoneId: n.zoneId,
        zoneLabel: n.zoneId ? zoneLabel(n.zoneId) : null,
        clusterId: n.clusterId,
        staffGroup: n.staffGroup,
        sector: n.sector,
        source: n.source,
        isQuote: n.isQuote,
        severity: n.severity,
        tag: n.tag,
        dots: dots.get(n.id) ?? 0,
        createdAt: n.createdAt,
        position: { x: n.x, y: n.y },
      })),
  );
  const exportedNotes = new Map(notes.map((n) => [n.id, n]));

  const clusters = boards.flatMap((b) =>
    Object.values(doc.clusters)
      .filter((c) => c.boardId === b.id)
      .sort(byOrder)
      .map((c) => {
        const noteIds = notes.filter((n) => n.clusterId === c.id).map((n) => n.id);
        const quote = c.quoteNoteId ? exportedNotes.get(c.quoteNoteId) : undefined;
        return {
          id: c.id,
          boardId: c.boardId,
          headline: clean(`${c.id}/headline`, c.headline),
          subPoints: c.subPoints.map((text, i) => clean(`${c.id}/subPoint/${i}`, text)),
          quote: quote ? { noteId: quote.id, text: quote.text } : null,
          noteIds,
          size: noteIds.length,
          order: c.order,
        };
      }),
  );

  const templates = new Map(
    exercises.map((e) => [`${e.templateId}@${e.templateVersion}`, { id: e.templateId, version: e.templateVersion }]),
  );

  return {
    type: EXPORT_TYPE,
    schemaVersion: EXPORT_SCHEMA_VERSION,
    app: { name: 'Roundtable', version: options.appVersion },
    exportedAt: options.exportedAt,
    session: { id: doc.id, createdAt: doc.createdAt, updatedAt: doc.updatedAt, revision: doc.revision },
    event: {
      ...doc.event,
      name: clean('event/name', doc.event.name),
      location: clean('event/location', doc.event.location),
      facilitator: clean('event/facilitator', doc.event.facilitator),
    },
    templates: [...templates.values()],
    tables: tables.map((t) => ({
      id: t.id,
      name: clean(`${t.id}/name`, t.name),
      order: t.order,
      participantCount: t.participantCount,
      mix: { staffGroups: { ...t.mix.staffGroups }, sectors: { ...t.mix.sectors } },
    })),
    exercises: exercises.map((e) => ({
      id: e.id,
      templateId: e.templateId,
      templateVersion: e.templateVersion,
      title: clean(`${e.id}/title`, e.title),
      prompt: clean(`${e.id}/prompt`, e.prompt),
      order: e.order,
      plannedMinutes: e.plannedMinutes,
      voting: e.voting ? { dots: e.voting.dots, rating: e.voting.rating, stance: e.voting.stance } : null,
      boards: boardsOf(e.id).map((b) => ({ id: b.id, tableId: b.tableId, voting: b.voting })),
    })),
    zones: zones.map((z) => ({
      id: z.id,
      boardId: z.boardId,
      label: clean(`${z.id}/label`, z.label),
      order: z.order,
      frame: { x: z.x, y: z.y, width: z.width, height: z.height },
    })),
    notes,
    clusters,
    links: Object.values(doc.links)
      .filter((l) => exportedNotes.has(l.fromNoteId) && exportedNotes.has(l.toNoteId))
      .sort((a, b) => a.id.localeCompare(b.id))
      .map((l) => ({ id: l.id, boardId: l.boardId, fromNoteId: l.fromNoteId, toNoteId: l.toNoteId })),
    votes: boards.flatMap((b) => boardVotes(doc, b, notes, zoneLabel)),
    piiCheck: options.pii
      ? {
          ran: true,
          checkedAt: options.pii.checkedAt,
          redacted: { ...options.pii.outcome.redacted },
          kept: { ...options.pii.outcome.kept },
        }
      : { ran: false, checkedAt: null, redacted: {}, kept: {} },
  };
}

/** A board's results as counts, or nothing when the board has no votes and no voting. */
function boardVotes(
  doc: SessionDocument,
  board: Board,
  notes: readonly ExportNote[],
  zoneLabel: (zoneId: string) => string | null,
): ExportBoardVotes[] {
  const settings = doc.exercises[board.exerciseId]?.voting ?? null;
  const hasVotes = Object.values(doc.votes).some((v) => v.boardId === board.id);
  if (!hasVotes && (settings === null || board.voting === 'closed')) return [];
  const tally = dotTally(doc, board.id);
  const rating = settings?.rating ?? null;
  const ratedZones = rating
    ? Object.values(doc.zones)
        .filter((z) => z.boardId === board.id)
        .sort(byOrder)
    : [];
  const stances = (['before', 'after'] as const).flatMap((phase) => {
    const counts = stanceTally(doc, board.id, phase);
    const options = [
      ...(settings?.stance?.options ?? []),
      ...[...counts.keys()].filter((o) => !settings?.stance?.options.includes(o)),
    ];
    return options
      .filter((o) => settings?.stance || counts.has(o))
      .map((option) => ({ phase, option, count: counts.get(option) ?? 0 }));
  });
  return [
    {
      boardId: board.id,
      exerciseId: board.exerciseId,
      tableId: board.tableId,
      revealed: board.voting === 'revealed',
      dots: notes
        .filter((n) => n.boardId === board.id && tally.has(n.id as NoteId))
        .map((n) => ({ noteId: n.id, count: tally.get(n.id as NoteId)! })),
      ratings: ratedZones.map((z) => ({
        zoneId: z.id,
        zoneLabel: zoneLabel(z.id) ?? z.label,
        scale: rating!.scale,
        distribution: ratingDistribution(doc, board.id, z.id, rating!.scale),
      })),
      stances,
    },
  ];
}
