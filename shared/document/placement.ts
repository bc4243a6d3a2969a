import { boundsOf, freeSpotInZone, noteRect, NOTE_SIZE, rectsIntersect, zonesOfBoard } from './geometry';
import type { Note, SessionDocument, Zone } from './schema';
import type { BoardId, ZoneId } from '../ids';

const GAP = 24;

/**
 * Where a note should go when the list view puts it in a zone: the zone's next free slot,
 * or, for "No zone", the first free place in a row below all the zones.
 */
export function spotFor(doc: SessionDocument, boardId: BoardId, zoneId: ZoneId | null): { x: number; y: number } {
  return spotAmong(
    zonesOfBoard(doc, boardId),
    Object.values(doc.notes).filter((n) => n.boardId === boardId),
    zoneId,
  );
}

/** The same spot, from one board's zones and notes (for placing many notes in turn without copying the session). */
export function spotAmong(
  zones: readonly Zone[],
  notes: readonly Pick<Note, 'x' | 'y' | 'zoneId'>[],
  zoneId: ZoneId | null,
): { x: number; y: number } {
  const zone = zoneId ? zones.find((z) => z.id === zoneId) : undefined;
  if (zone)
    return freeSpotInZone(
      zone,
      notes.filter((n) => n.zoneId === zone.id),
    );
  const area = boundsOf(zones) ?? { x: 0, y: 0, width: 0, height: 0 };
  const perRow = zones.length ? Math.max(1, Math.floor((area.width + GAP) / (NOTE_SIZE.width + GAP))) : 4;
  const rects = notes.map(noteRect);
  for (let i = 0; ; i++) {
    const x = area.x + (i % perRow) * (NOTE_SIZE.width + GAP);
    const y = area.y + area.height + GAP * 2 + Math.floor(i / perRow) * (NOTE_SIZE.height + GAP);
    const candidate = { x, y, width: NOTE_SIZE.width, height: NOTE_SIZE.height };
    if (!rects.some((r) => rectsIntersect(r, candidate))) return { x, y };
  }
}
