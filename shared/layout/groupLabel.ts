import { NOTE_SIZE, noteRect, rectsIntersect, zonesOfBoard, type Rect } from '../document/geometry';
import type { SessionDocument } from '../document/schema';
import type { ClusterId } from '../ids';

/** How the board frames a group: padding round each note, a label above (renderer/src/clusters/clusterGeometry.ts draws it). */
export const GROUP_FRAME = { padding: 14, label: 28, maxLabel: 420 } as const;
/** A zone's label band (renderer/src/board/ZoneShape.tsx). */
export const ZONE_HEADER = 40;

/**
 * The label's width the board gives a group, from its headline (about 9 units a character, and
 * its count): at least its top row, and no more than `room` (to its zone's right edge) allows;
 * a headline longer than that is cut with an ellipsis on the board.
 */
export function groupLabelWidth(headline: string, rowWidth: number, room = Infinity): number {
  return Math.max(rowWidth, Math.min(headline.trim().length * 9 + 90, GROUP_FRAME.maxLabel, room));
}

/** A note's padded patch, as the board tints it round each of a group's notes. */
export function groupPatch(note: Rect): Rect {
  const p = GROUP_FRAME.padding;
  return { x: note.x - p, y: note.y - p, width: note.width + 2 * p, height: note.height + 2 * p };
}

/** Which of a group's patches its label sits on: the top-most (the left-most of those level with it). */
export function topPatchIndex(patches: readonly Rect[]): number {
  let best = 0;
  for (let i = 1; i < patches.length; i++) {
    const [a, b] = [patches[best], patches[i]];
    if (b.y < a.y - 1 || (Math.abs(b.y - a.y) <= 1 && b.x < a.x)) best = i;
  }
  return best;
}

/**
 * Where a group's label goes, from its notes' patches: above the top patch, as wide as the
 * group's top row or, if wider, as its headline needs, but not past the right edge of `zone`
 * (the zone the top note is in, when it is in one).
 */
export function groupLabelRect(headline: string, patches: readonly Rect[], zone: Rect | null = null): Rect {
  const top = patches[topPatchIndex(patches)];
  const row = patches.filter((p) => Math.abs(p.y - top.y) < NOTE_SIZE.height / 2 && p.x >= top.x);
  const right = Math.max(...row.map((p) => p.x + p.width));
  const room = zone ? zone.x + zone.width - top.x : Infinity;
  return {
    x: top.x,
    y: top.y - GROUP_FRAME.label,
    width: groupLabelWidth(headline, right - top.x, room),
    height: GROUP_FRAME.label,
  };
}

/**
 * Whether a group's label, where its notes are now, stays inside the zone the group's top note
 * is in, below every zone's header and clear of every note outside the group. A group with no
 * notes, or whose top note is in no zone, has nothing to keep clear: true.
 */
export function groupLabelClear(doc: SessionDocument, clusterId: ClusterId): boolean {
  const cluster = doc.clusters[clusterId];
  if (!cluster) return true;
  const members = Object.values(doc.notes).filter((n) => n.clusterId === clusterId);
  if (members.length === 0) return true;
  const patches = members.map((n) => groupPatch(noteRect(n)));
  const top = members[topPatchIndex(patches)];
  const zones = zonesOfBoard(doc, cluster.boardId);
  const zone = zones.find((z) => z.id === top.zoneId);
  if (!zone) return true;
  const label = groupLabelRect(cluster.headline, patches, zone);
  const insideZone = label.x >= zone.x && label.y >= zone.y && label.x + label.width <= zone.x + zone.width;
  const headers = zones.map((z) => ({ x: z.x, y: z.y, width: z.width, height: ZONE_HEADER }));
  const others = Object.values(doc.notes).filter((n) => n.boardId === cluster.boardId && n.clusterId !== clusterId);
  return (
    insideZone &&
    !headers.some((h) => rectsIntersect(label, h)) &&
    !others.some((n) => rectsIntersect(label, noteRect(n)))
  );
}
