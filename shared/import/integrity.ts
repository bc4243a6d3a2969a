import type { SessionExport } from '../export/schema';

/**
 * The first reference in an export that points nowhere, or an id used twice, described for a
 * person ("notes › 12 › zoneId: zone:x is not one of the export's zones."), or null when
 * everything holds together. The schema checks each record; this checks them together.
 */
export function integrityProblem(data: SessionExport): string | null {
  const seen = new Set<string>();
  const lists = [
    ['tables', data.tables],
    ['exercises', data.exercises],
    ['zones', data.zones],
    ['notes', data.notes],
    ['clusters', data.clusters],
    ['links', data.links],
  ] as const;
  for (const [name, list] of lists) {
    for (let i = 0; i < list.length; i++) {
      if (seen.has(list[i].id)) return `${name} › ${i} › id: ${list[i].id} is used twice.`;
      seen.add(list[i].id);
    }
  }
  const tables = new Set(data.tables.map((t) => t.id));
  if (data.scope && !tables.has(data.scope.tableId))
    return `scope › tableId: ${data.scope.tableId} is not one of the export's tables.`;
  const exercises = new Set(data.exercises.map((e) => e.id));
  const boards = new Map<string, string | null>();
  for (const [e, exercise] of data.exercises.entries()) {
    for (const [b, board] of exercise.boards.entries()) {
      if (boards.has(board.id)) return `exercises › ${e} › boards › ${b} › id: ${board.id} is used twice.`;
      if (board.tableId !== null && !tables.has(board.tableId))
        return `exercises › ${e} › boards › ${b} › tableId: ${board.tableId} is not one of the export's tables.`;
      boards.set(board.id, board.tableId);
    }
  }
  const zones = new Set<string>();
  for (const [i, zone] of data.zones.entries()) {
    if (!boards.has(zone.boardId)) return `zones › ${i} › boardId: ${zone.boardId} is not one of the export's boards.`;
    zones.add(zone.id);
  }
  const clusters = new Set(data.clusters.map((c) => c.id));
  const notes = new Set(data.notes.map((n) => n.id));
  for (const [i, note] of data.notes.entries()) {
    const at = `notes › ${i}`;
    if (!exercises.has(note.exerciseId))
      return `${at} › exerciseId: ${note.exerciseId} is not one of the export's exercises.`;
    if (!boards.has(note.boardId)) return `${at} › boardId: ${note.boardId} is not one of the export's boards.`;
    if (boards.get(note.boardId) !== note.tableId)
      return `${at} › tableId: ${note.tableId ?? 'null'} is not the table of its board.`;
    if (note.zoneId !== null && !zones.has(note.zoneId))
      return `${at} › zoneId: ${note.zoneId} is not one of the export's zones.`;
    if (note.clusterId !== null && !clusters.has(note.clusterId))
      return `${at} › clusterId: ${note.clusterId} is not one of the export's clusters.`;
  }
  for (const [i, cluster] of data.clusters.entries()) {
    if (!boards.has(cluster.boardId))
      return `clusters › ${i} › boardId: ${cluster.boardId} is not one of the export's boards.`;
    const missing = cluster.noteIds.find((id) => !notes.has(id));
    if (missing) return `clusters › ${i} › noteIds: ${missing} is not one of the export's notes.`;
    if (cluster.quote && !notes.has(cluster.quote.noteId))
      return `clusters › ${i} › quote › noteId: ${cluster.quote.noteId} is not one of the export's notes.`;
  }
  for (const [i, link] of data.links.entries()) {
    if (!notes.has(link.fromNoteId) || !notes.has(link.toNoteId))
      return `links › ${i}: it joins a note that is not in the export.`;
  }
  for (const [i, votes] of data.votes.entries()) {
    if (!boards.has(votes.boardId))
      return `votes › ${i} › boardId: ${votes.boardId} is not one of the export's boards.`;
    const missing = votes.dots.find((d) => !notes.has(d.noteId));
    if (missing) return `votes › ${i} › dots: ${missing.noteId} is not one of the export's notes.`;
  }
  return null;
}
