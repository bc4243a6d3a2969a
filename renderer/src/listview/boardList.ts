import { useCallback, useMemo, useSyncExternalStore } from 'react';
import type { Note, SessionDocument, Zone } from '../../../shared/document/schema';
import { zonesOfBoard } from '../../../shared/document/geometry';
import type { BoardId } from '../../../shared/ids';
import type { OpenSession } from '../state/openSession';

export interface NoteGroup {
  /** Null for the notes that lie in no zone. */
  zone: Zone | null;
  /** In reading order: top to bottom, then left to right, as they sit on the board. */
  notes: Note[];
}

export interface BoardList {
  zones: Zone[];
  groups: NoteGroup[];
}

function readingOrder(a: Note, b: Note): number {
  return a.y - b.y || a.x - b.x || a.createdAt.localeCompare(b.createdAt);
}

function sameItems<T>(a: readonly T[], b: readonly T[]): boolean {
  return a.length === b.length && a.every((item, i) => item === b[i]);
}

/**
 * A selector of one board's notes grouped by zone, memoised: it recomputes only when the
 * session's notes or zones change, and hands back the previous groups when this board's own
 * notes did not change (a note added on another table's board leaves this list alone).
 */
export function createBoardListSelector(boardId: BoardId) {
  let lastInput: { notes: SessionDocument['notes']; zones: SessionDocument['zones'] } | null = null;
  let last: BoardList = { zones: [], groups: [] };
  return function select(doc: SessionDocument): BoardList {
    if (lastInput && lastInput.notes === doc.notes && lastInput.zones === doc.zones) return last;
    lastInput = { notes: doc.notes, zones: doc.zones };
    const zones = zonesOfBoard(doc, boardId);
    const byZone = new Map<string | null, Note[]>([...zones.map((z) => [z.id, []] as [string, Note[]]), [null, []]]);
    for (const note of Object.values(doc.notes)) {
      if (note.boardId === boardId) (byZone.get(note.zoneId) ?? byZone.get(null)!).push(note);
    }
    const groups: NoteGroup[] = [...zones, null].map((zone) => ({
      zone,
      notes: byZone.get(zone?.id ?? null)!.sort(readingOrder),
    }));
    const unchanged =
      sameItems(zones, last.zones) &&
      groups.length === last.groups.length &&
      groups.every((g, i) => g.zone === last.groups[i].zone && sameItems(g.notes, last.groups[i].notes));
    if (!unchanged) last = { zones, groups };
    return last;
  };
}

/** One board's notes by zone, re-rendering only when they change. */
export function useBoardList(session: OpenSession, boardId: BoardId): BoardList {
  const select = useMemo(() => createBoardListSelector(boardId), [boardId]);
  const getSnapshot = useCallback(() => select(session.getView().doc), [select, session]);
  return useSyncExternalStore(session.subscribe, getSnapshot);
}
