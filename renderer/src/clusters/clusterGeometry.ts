import { boundsOf, noteRect, rectsIntersect, type Rect } from '../../../shared/document/geometry';
import { GROUP_FRAME, groupLabelRect, groupPatch, topPatchIndex } from '../../../shared/layout/groupLabel';
import type { Cluster, Note, Zone } from '../../../shared/document/schema';
import type { ClusterId, ZoneId } from '../../../shared/ids';
import type { Point } from '../board/viewport';

/** Board units between a group's notes and its outline. */
export const CLUSTER_PADDING = GROUP_FRAME.padding;
/** Height of the label above a group's top note, holding its headline and count. */
export const CLUSTER_LABEL = GROUP_FRAME.label;

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

/**
 * Where a group's patches and label go, from where its notes lie now; null for a group with no
 * notes. The label stops at the right edge of the zone its top note is in (`zones`, when given).
 */
export function clusterFrame(
  cluster: Cluster,
  notes: readonly Note[],
  zones: Readonly<Record<ZoneId, Zone>> = {},
): ClusterFrame | null {
  if (notes.length === 0) return null;
  const patches = notes.map((n) => groupPatch(noteRect(n)));
  const zoneId = notes[topPatchIndex(patches)].zoneId;
  const label = groupLabelRect(cluster.headline, patches, (zoneId && zones[zoneId]) || null);
  return { cluster, notes, patches, label, box: boundsOf([...patches, label])! };
}

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
