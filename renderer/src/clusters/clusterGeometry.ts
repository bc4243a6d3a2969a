import { boundsOf, noteRect, rectsIntersect, type Rect } from '../../../shared/document/geometry';
import type { Cluster, Note } from '../../../shared/document/schema';
import type { ClusterId } from '../../../shared/ids';
import type { Point } from '../board/viewport';

/** Board units between a group's notes and its outline. */
export const CLUSTER_PADDING = 14;
/** Height of the label above a group's top note, holding its headline and count. */
export const CLUSTER_LABEL = 28;

/** A group as the board draws it: its record, its notes, a tinted patch around each note and its label. */
export interface ClusterFrame {
  cluster: Cluster;
  notes: readonly Note[];
  /**
   * One padded rectangle per note. Notes that lie side by side have overlapping patches, which
   * are drawn as one shape; a group's notes need not be together, and other notes between
   * them are left out of it, not drawn as if they belonged.
   */
  patches: Rect[];
  /** Everything drawn for the group, label included, for culling. */
  box: Rect;
  /** The label above the group's top-left note: its headline and count, and where a press picks up the whole group. */
  label: Rect;
}

/** "1 note", "5 notes". */
export function noteCount(count: number): string {
  return count === 1 ? '1 note' : `${count} notes`;
}

/** Where a group's patches and label go, from where its notes lie now; null for a group with no notes. */
export function clusterFrame(cluster: Cluster, notes: readonly Note[]): ClusterFrame | null {
  if (notes.length === 0) return null;
  const patches = notes.map((n) => {
    const r = noteRect(n);
    return {
      x: r.x - CLUSTER_PADDING,
      y: r.y - CLUSTER_PADDING,
      width: r.width + 2 * CLUSTER_PADDING,
      height: r.height + 2 * CLUSTER_PADDING,
    };
  });
  // The label sits on the top-most note (the left-most of those level with it), as wide as the group's top row.
  const top = patches.reduce((a, b) => (b.y < a.y - 1 || (Math.abs(b.y - a.y) <= 1 && b.x < a.x) ? b : a));
  const row = patches.filter((p) => Math.abs(p.y - top.y) < NOTE_HEIGHT_HALF && p.x >= top.x);
  const right = Math.max(...row.map((p) => p.x + p.width));
  // Wide enough for the headline (about 9 units a character at its size) and the count, if that is wider than the row.
  const wanted = cluster.headline.trim().length * 9 + 90;
  const label = {
    x: top.x,
    y: top.y - CLUSTER_LABEL,
    width: Math.max(right - top.x, Math.min(wanted, MAX_LABEL_WIDTH)),
    height: CLUSTER_LABEL,
  };
  return { cluster, notes, patches, label, box: boundsOf([...patches, label])! };
}

const NOTE_HEIGHT_HALF = 55;
const MAX_LABEL_WIDTH = 420;

/**
 * Each group's notes, reusing the previous array for a group whose notes did not change, so
 * a group's drawing (memoised on its notes) is redone only when one of its own notes moves.
 */
export function membersByCluster(
  notes: readonly Note[],
  previous: ReadonlyMap<ClusterId, readonly Note[]>,
): Map<ClusterId, readonly Note[]> {
  const next = new Map<ClusterId, Note[]>();
  for (const note of notes) if (note.clusterId) next.set(note.clusterId, [...(next.get(note.clusterId) ?? []), note]);
  const result = new Map<ClusterId, readonly Note[]>();
  for (const [id, members] of next) {
    const old = previous.get(id);
    result.set(id, old && old.length === members.length && old.every((n, i) => n === members[i]) ? old : members);
  }
  return result;
}

/** The frames of the groups whose drawing touches `area` (all of them when area is null), in the groups' order. */
export function framesInArea(frames: readonly ClusterFrame[], area: Rect | null): ClusterFrame[] {
  return area ? frames.filter((f) => rectsIntersect(f.box, area)) : [...frames];
}

/** The group whose label band is under a board point, top-most first, or null. */
export function clusterLabelAt(frames: readonly ClusterFrame[], point: Point): ClusterFrame | null {
  for (let i = frames.length - 1; i >= 0; i--) {
    const { label } = frames[i];
    if (
      point.x >= label.x &&
      point.x <= label.x + label.width &&
      point.y >= label.y &&
      point.y <= label.y + label.height
    )
      return frames[i];
  }
  return null;
}
