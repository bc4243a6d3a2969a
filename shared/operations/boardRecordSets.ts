import type { SessionDocument } from '../document/schema';

// Adding and removing whole boards with everything on them: what tables, room boards and
// exercises do when they come and go (and what their undo puts back).

export type BoardRecordKind = 'zones' | 'notes' | 'clusters' | 'links' | 'votes';
const ON_BOARDS: readonly BoardRecordKind[] = ['zones', 'notes', 'clusters', 'links', 'votes'];

type Keyed = { id: string };
type RecordSet = Partial<Record<'exercises' | 'boards' | BoardRecordKind, readonly Keyed[]>>;

/** The document with `records` added to their collections (existing ids replaced). */
export function withRecords(doc: SessionDocument, records: RecordSet): SessionDocument {
  const next = { ...doc } as Record<string, unknown>;
  for (const [kind, list] of Object.entries(records)) {
    if (!list || list.length === 0) continue;
    const merged = { ...(doc[kind as keyof RecordSet] as Record<string, unknown>) };
    for (const r of list) merged[r.id] = r;
    next[kind] = merged;
  }
  return next as SessionDocument;
}

/** Everything on the given boards, by kind. */
export function recordsOnBoards(doc: SessionDocument, boardIds: ReadonlySet<string>) {
  const on = <T extends { boardId: string }>(records: Record<string, T>) =>
    Object.values(records).filter((r) => boardIds.has(r.boardId));
  return {
    zones: on(doc.zones),
    notes: on(doc.notes),
    clusters: on(doc.clusters),
    links: on(doc.links),
    votes: on(doc.votes),
  };
}

/** The document without the given boards and everything on them. */
export function withoutBoards(doc: SessionDocument, boardIds: ReadonlySet<string>): SessionDocument {
  const next = {
    ...doc,
    boards: Object.fromEntries(Object.entries(doc.boards).filter(([id]) => !boardIds.has(id))),
  } as Record<string, unknown>;
  for (const kind of ON_BOARDS) {
    next[kind] = Object.fromEntries(
      Object.entries(doc[kind]).filter(([, r]) => !boardIds.has((r as { boardId: string }).boardId)),
    );
  }
  return next as SessionDocument;
}

/** Whether every record in `records` lies on one of `boardIds`. */
export function allOnBoards(records: RecordSet, boardIds: ReadonlySet<string>): boolean {
  return ON_BOARDS.every((kind) =>
    (records[kind] ?? []).every((r) => boardIds.has((r as Keyed & { boardId: string }).boardId)),
  );
}

const ADDED_KINDS = ['boards', ...ON_BOARDS] as const;

/**
 * The first id in `records` that the document already has, in any collection, or that
 * `records` uses twice; null when every id is new. Adding must never replace a record.
 */
export function clashingId(doc: SessionDocument, records: RecordSet): string | null {
  const seen = new Set<string>();
  for (const kind of ADDED_KINDS) {
    const existing = doc[kind] as Record<string, unknown>;
    for (const r of records[kind] ?? []) {
      if (Object.hasOwn(existing, r.id) || seen.has(r.id)) return r.id;
      seen.add(r.id);
    }
  }
  return null;
}

type Refs = {
  zoneId?: string | null;
  clusterId?: string | null;
  quoteNoteId?: string | null;
  noteId?: string;
  fromNoteId?: string;
  toNoteId?: string;
};

/** The first reference from `records` to a zone, note or group that is not among `records` (null when none): what is added stays on its own. */
export function referenceOutside(records: RecordSet): string | null {
  const ids = (kind: BoardRecordKind) => new Set((records[kind] ?? []).map((r) => r.id));
  const [zones, notes, clusters] = [ids('zones'), ids('notes'), ids('clusters')];
  for (const kind of ON_BOARDS) {
    for (const r of (records[kind] ?? []) as (Keyed & Refs)[]) {
      if (r.zoneId && !zones.has(r.zoneId)) return r.zoneId;
      if (r.clusterId && !clusters.has(r.clusterId)) return r.clusterId;
      for (const note of [r.quoteNoteId, r.noteId, r.fromNoteId, r.toNoteId]) if (note && !notes.has(note)) return note;
    }
  }
  return null;
}
