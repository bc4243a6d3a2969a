import { NOTE_SIZE, noteRect, rectsIntersect, zonesOfBoard, type Rect } from '../document/geometry';
import type { Note, SessionDocument, Zone } from '../document/schema';
import type { ClusterId, NoteId } from '../ids';

import { GROUP_FRAME, groupLabelWidth, ZONE_HEADER } from './groupLabel';

export { GROUP_FRAME, groupLabelWidth, ZONE_HEADER };
const GAP = 12;
const STEP = 12;

export interface NoteMove {
  noteId: NoteId;
  x: number;
  y: number;
}

/** Everything drawn for a group laid out as a block at (x, y) of `columns` × `rows` notes: frame and label (no wider than `room`). */
function blockShapes(x: number, y: number, columns: number, rows: number, labelWidth: number, room: Rect): Rect[] {
  const width = columns * NOTE_SIZE.width + (columns - 1) * GAP + 2 * GROUP_FRAME.padding;
  const height = rows * NOTE_SIZE.height + (rows - 1) * GAP + 2 * GROUP_FRAME.padding;
  const frame = { x: x - GROUP_FRAME.padding, y: y - GROUP_FRAME.padding, width, height };
  const label = {
    x: frame.x,
    y: frame.y - GROUP_FRAME.label,
    width: Math.max(width, Math.min(labelWidth, room.x + room.width - frame.x)),
    height: GROUP_FRAME.label,
  };
  return [frame, label];
}

const inside = (inner: Rect, outer: Rect) =>
  inner.x >= outer.x &&
  inner.y >= outer.y &&
  inner.x + inner.width <= outer.x + outer.width &&
  inner.y + inner.height <= outer.y + outer.height;

/** The zone most of the notes are in (the first such in zone order), or null when none is in a zone. */
function homeZone(zones: readonly Zone[], notes: readonly Note[]): Zone | null {
  let best: Zone | null = null;
  let most = 0;
  for (const zone of zones) {
    const count = notes.filter((n) => n.zoneId === zone.id).length;
    if (count > most) [best, most] = [zone, count];
  }
  return best;
}

/**
 * Where a group's notes go to sit together: a compact block (as square as the zone's width
 * allows) in the zone most of them are in, at the first spot, reading from the top left, where
 * its frame and label stay inside the zone, below its header, and clear of every note outside
 * the group. Null when the group has no notes in a zone or the zone has no such spot: the
 * notes then stay where they are. Moving only; membership is unchanged.
 */
export function tidyGroupMoves(doc: SessionDocument, clusterId: ClusterId): NoteMove[] | null {
  const cluster = doc.clusters[clusterId];
  if (!cluster) return null;
  const members = Object.values(doc.notes)
    .filter((n) => n.clusterId === clusterId)
    .sort((a, b) => a.y - b.y || a.x - b.x);
  const zones = zonesOfBoard(doc, cluster.boardId);
  const zone = homeZone(zones, members);
  if (!zone || members.length === 0) return null;
  const mine = new Set(members.map((n) => n.id));
  const others = Object.values(doc.notes)
    .filter((n) => n.boardId === cluster.boardId && !mine.has(n.id))
    .map(noteRect);
  const headers = zones.map((z) => ({ x: z.x, y: z.y, width: z.width, height: ZONE_HEADER }));
  const fits = Math.max(1, Math.floor((zone.width - 2 * GROUP_FRAME.padding + GAP) / (NOTE_SIZE.width + GAP)));
  const columns = Math.min(members.length, fits, Math.ceil(Math.sqrt(members.length)));
  const rows = Math.ceil(members.length / columns);
  const rowWidth = columns * NOTE_SIZE.width + (columns - 1) * GAP + 2 * GROUP_FRAME.padding;
  const labelWidth = groupLabelWidth(cluster.headline, rowWidth);
  const area = { x: zone.x, y: zone.y + ZONE_HEADER, width: zone.width, height: zone.height - ZONE_HEADER };
  const startY = area.y + GROUP_FRAME.label + GROUP_FRAME.padding;
  const startX = area.x + GROUP_FRAME.padding;
  for (let y = startY; y + NOTE_SIZE.height <= area.y + area.height; y += STEP) {
    for (let x = startX; x + NOTE_SIZE.width <= area.x + area.width; x += STEP) {
      const shapes = blockShapes(x, y, columns, rows, labelWidth, area);
      if (!shapes.every((s) => inside(s, area))) continue;
      if (shapes.some((s) => others.some((o) => rectsIntersect(s, o)) || headers.some((h) => rectsIntersect(s, h))))
        continue;
      return members.map((n, i) => ({
        noteId: n.id,
        x: x + (i % columns) * (NOTE_SIZE.width + GAP),
        y: y + Math.floor(i / columns) * (NOTE_SIZE.height + GAP),
      }));
    }
  }
  return null;
}
