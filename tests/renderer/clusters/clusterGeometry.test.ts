import { describe, expect, it } from 'vitest';
import {
  CLUSTER_LABEL,
  CLUSTER_PADDING,
  clusterFrame,
  clusterLabelAt,
  framesInArea,
  membersByCluster,
  noteCount,
} from '../../../renderer/src/clusters/clusterGeometry';
import { stackedBelow } from '../../../renderer/src/clusters/clusterActions';
import type { Cluster, SessionDocument } from '../../../shared/document/schema';
import type { ClusterId } from '../../../shared/ids';
import { BOARD, note } from '../board/boardFixtures';

const cluster = (id: string, headline = 'Travel'): Cluster => ({
  id: `cluster:${id}` as ClusterId,
  boardId: BOARD,
  headline,
  subPoints: [],
  quoteNoteId: null,
  order: 0,
});
const inCluster = (id: string, x: number, y: number, clusterId: string) => ({
  ...note(id, x, y),
  clusterId: `cluster:${clusterId}` as ClusterId,
});

describe('how the board draws a group', () => {
  it('pads each of its notes and puts its label above the top-left note', () => {
    const frame = clusterFrame(cluster('t'), [
      inCluster('a', 300, 200, 't'),
      inCluster('b', 100, 200, 't'),
      inCluster('c', 100, 400, 't'),
    ])!;
    expect(frame.patches[1]).toEqual({
      x: 100 - CLUSTER_PADDING,
      y: 200 - CLUSTER_PADDING,
      width: 180 + 2 * CLUSTER_PADDING,
      height: 110 + 2 * CLUSTER_PADDING,
    });
    // The label spans the top row, from the left-most note to the right edge of the right-most.
    expect(frame.label).toEqual({
      x: 100 - CLUSTER_PADDING,
      y: 200 - CLUSTER_PADDING - CLUSTER_LABEL,
      width: 300 + 180 + CLUSTER_PADDING - (100 - CLUSTER_PADDING),
      height: CLUSTER_LABEL,
    });
    expect(frame.box).toMatchObject({ y: frame.label.y, height: 400 + 110 + CLUSTER_PADDING - frame.label.y });
  });

  it('draws no group that has no notes, and says its count in words', () => {
    expect(clusterFrame(cluster('t'), [])).toBeNull();
    expect([noteCount(1), noteCount(5)]).toEqual(['1 note', '5 notes']);
  });

  it('culls groups outside the drawn area, and finds the group whose label is under a point', () => {
    const near = clusterFrame(cluster('near'), [inCluster('a', 0, 0, 'near')])!;
    const far = clusterFrame(cluster('far'), [inCluster('b', 5000, 5000, 'far')])!;
    expect(framesInArea([near, far], { x: -100, y: -100, width: 1000, height: 800 })).toEqual([near]);
    expect(clusterLabelAt([near, far], { x: 20, y: -CLUSTER_PADDING - 5 })).toBe(near);
    expect(clusterLabelAt([near, far], { x: 20, y: 50 })).toBeNull();
  });

  it('keeps a group’s notes array when none of its notes changed, so its drawing is not redone', () => {
    const a = inCluster('a', 0, 0, 't');
    const b = inCluster('b', 0, 200, 'u');
    const first = membersByCluster([a, b], new Map());
    const moved = { ...b, x: 40 };
    const second = membersByCluster([a, moved], first);
    expect(second.get('cluster:t' as ClusterId)).toBe(first.get('cluster:t' as ClusterId));
    expect(second.get('cluster:u' as ClusterId)).not.toBe(first.get('cluster:u' as ClusterId));
  });

  it('stacks notes dropped onto a group below its lowest note in that column', () => {
    const target = inCluster('a', 100, 100, 't');
    const doc = {
      notes: {
        [target.id]: target,
        'note:b': inCluster('b', 110, 230, 't'),
        'note:c': inCluster('c', 600, 900, 't'),
        'note:d': note('d', 0, 0),
      },
    } as unknown as SessionDocument;
    expect(stackedBelow(doc, target, [{ noteId: 'note:d' as never, x: 120, y: 120 }])).toEqual([
      { noteId: 'note:d', x: 100, y: 230 + 122 },
    ]);
  });
});
