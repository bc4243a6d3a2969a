import type { SessionExport } from '../export/schema';

// An export states figures that follow from its records: each note's dots (from the votes), its
// zone's label, whether it counts as input (reference cards never do), each group's notes, size
// and quote, each board's results' table, exercise and revealed flag. None is trusted: they are
// worked out again from the records, and a file whose stated figures disagree is refused, since
// the content hash cannot tell an edit from an export (anyone can hash an edited file again).

/** The export with every derived figure worked out again from its records. Pure; assumes `integrityProblem` found nothing. */
export function rederived(data: SessionExport): SessionExport {
  const boards = new Map(data.exercises.flatMap((e) => e.boards.map((b) => [b.id, { ...b, exerciseId: e.id }])));
  const zones = new Map(data.zones.map((z) => [z.id, z]));
  const dots = new Map<string, number>();
  for (const block of data.votes)
    for (const d of block.dots) {
      const key = `${block.boardId}|${d.noteId}`;
      dots.set(key, (dots.get(key) ?? 0) + d.count);
    }
  const notes = data.notes.map((n) => {
    const board = boards.get(n.boardId)!;
    return {
      ...n,
      countsAsInput: n.kind === 'participant',
      exerciseId: board.exerciseId,
      tableId: board.tableId,
      zoneLabel: n.zoneId === null ? null : (zones.get(n.zoneId)?.label ?? null),
      dots: dots.get(`${n.boardId}|${n.id}`) ?? 0,
    };
  });
  const noteById = new Map(notes.map((n) => [n.id, n]));
  const membersOf = new Map<string, string[]>();
  for (const n of notes) {
    if (n.clusterId === null) continue;
    if (!membersOf.has(n.clusterId)) membersOf.set(n.clusterId, []);
    membersOf.get(n.clusterId)!.push(n.id);
  }
  const clusters = data.clusters.map((c) => {
    const members = membersOf.get(c.id) ?? [];
    // The members as a set: the file's order stands when it lists exactly them.
    const memberSet = new Set(members);
    const same =
      members.length === c.noteIds.length &&
      new Set(c.noteIds).size === c.noteIds.length &&
      c.noteIds.every((id) => memberSet.has(id));
    const noteIds = same ? c.noteIds : members;
    const quoted = c.quote ? noteById.get(c.quote.noteId) : undefined;
    return { ...c, noteIds, size: noteIds.length, quote: c.quote && quoted ? { ...c.quote, text: quoted.text } : null };
  });
  const votes = data.votes.map((v) => {
    const board = boards.get(v.boardId)!;
    return {
      ...v,
      exerciseId: board.exerciseId,
      tableId: board.tableId,
      revealed: board.voting === 'revealed',
      ratings: v.ratings.map((r) => ({ ...r, zoneLabel: zones.get(r.zoneId)?.label ?? r.zoneLabel })),
    };
  });
  return { ...data, notes, clusters, votes };
}

const shown = (value: unknown) => (value === undefined ? 'nothing' : JSON.stringify(value));

/**
 * The first place where `stated` and `derived` differ, as a path and both values: keys in the
 * order stated, then those only derived has. The path is spelled out only for the difference found.
 */
export function firstDifference(stated: unknown, derived: unknown, path: string[]): string | null {
  const at = [...path];
  const walk = (a: unknown, b: unknown): boolean => {
    if (Object.is(a, b)) return false;
    if (typeof a === 'object' && a !== null && typeof b === 'object' && b !== null) {
      const x = a as Record<string, unknown>;
      const y = b as Record<string, unknown>;
      for (const key of Object.keys(x)) {
        at.push(key);
        if (walk(x[key], y[key])) return true;
        at.pop();
      }
      for (const key of Object.keys(y)) {
        if (Object.prototype.propertyIsEnumerable.call(x, key)) continue;
        at.push(key);
        if (walk(x[key], y[key])) return true;
        at.pop();
      }
      return false;
    }
    found = `${at.join(' › ')}: the file says ${shown(a)}, its records give ${shown(b)}`;
    return true;
  };
  let found: string | null = null;
  walk(stated, derived);
  return found;
}

/** Records the file's figures refer to but that are not there, or are not where the figures say. */
function missingRecord(data: SessionExport): string | null {
  const zones = new Map(data.zones.map((z) => [z.id, z]));
  const notes = new Map(data.notes.map((n) => [n.id, n]));
  for (const [i, block] of data.votes.entries()) {
    for (const [j, d] of block.dots.entries())
      if (notes.get(d.noteId)?.boardId !== block.boardId)
        return `votes › ${i} › dots › ${j} › noteId: ${d.noteId} is not a note of board ${block.boardId}.`;
    for (const [j, r] of block.ratings.entries()) {
      if (zones.get(r.zoneId)?.boardId !== block.boardId)
        return `votes › ${i} › ratings › ${j} › zoneId: ${r.zoneId} is not a zone of board ${block.boardId}.`;
      if (r.distribution.length !== r.scale)
        return `votes › ${i} › ratings › ${j} › distribution: it has ${r.distribution.length} counts for a scale of ${r.scale}.`;
    }
  }
  return null;
}

/**
 * Why the file's stated figures cannot be believed, or null when every one follows from its
 * records: the field, what the file says and what its records give. For a file whose
 * references hold together (`integrityProblem` found nothing).
 */
export function figuresProblem(data: SessionExport): string | null {
  const missing = missingRecord(data);
  if (missing) return missing;
  const derived = rederived(data);
  for (const list of ['notes', 'clusters', 'votes'] as const) {
    const found = firstDifference(data[list], derived[list], [list]);
    if (found) {
      const note = /^notes › (\d+) › countsAsInput/.exec(found);
      const why =
        note && data.notes[Number(note[1])].kind === 'reference' ? ' (a reference card is never staff input)' : '';
      return `${found}${why}.`;
    }
  }
  return null;
}
