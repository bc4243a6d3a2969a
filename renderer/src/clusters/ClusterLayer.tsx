import { useCallback, useMemo, useRef } from 'react';
import type Konva from 'konva';
import { Shape } from '../board/reactKonva';
import type { Rect as Area } from '../../../shared/document/geometry';
import type { Cluster, Note, Zone } from '../../../shared/document/schema';
import type { ClusterId, ZoneId } from '../../../shared/ids';
import { clusterFrame, framesInArea, membersByCluster, type ClusterFrame } from './clusterGeometry';
import type { BoardTheme } from '../board/theme';
import { drawClusterFrames, drawClusterLabels } from './clusterDrawing';

export { groupQuoteTagOn } from './clusterDrawing';

/** The board's groups as frames, recomputed per group only when its record or its notes change. */
export function useClusterFrames(
  clusters: Readonly<Record<ClusterId, Cluster>>,
  notes: readonly Note[],
  zones: Readonly<Record<ZoneId, Zone>>,
): ClusterFrame[] {
  const zonesSeen = useRef(zones);
  const members = useRef<ReadonlyMap<ClusterId, readonly Note[]>>(new Map());
  const frames = useRef(new Map<ClusterId, ClusterFrame | null>());
  return useMemo(() => {
    members.current = membersByCluster(notes, members.current);
    // A zone moved or resized can change where a label must stop: every frame is worked out again.
    const zonesChanged = zonesSeen.current !== zones;
    zonesSeen.current = zones;
    const next = new Map<ClusterId, ClusterFrame | null>();
    const list: ClusterFrame[] = [];
    const ordered = [...members.current.keys()]
      .map((id) => clusters[id])
      .filter((c): c is Cluster => !!c)
      .sort((a, b) => a.order - b.order);
    for (const cluster of ordered) {
      const mine = members.current.get(cluster.id)!;
      const old = frames.current.get(cluster.id);
      const frame =
        old && !zonesChanged && old.cluster === cluster && old.notes === mine
          ? old
          : clusterFrame(cluster, mine, zones);
      next.set(cluster.id, frame);
      if (frame) list.push(frame);
    }
    frames.current = next;
    return list;
  }, [clusters, notes, zones]);
}

interface ClusterLayerProps {
  frames: readonly ClusterFrame[];
  /** The area drawn (see culling.ts); groups wholly outside it are not drawn. */
  cullRect: Area | null;
  theme: BoardTheme;
  /** Texts are measured when drawn, so they are drawn again once the font is ready. */
  fontsReady: boolean;
}

/**
 * The groups (affinity-mapping clusters) under the notes: a tinted patch around each group's
 * notes, outlined as one. One shape draws them all, each tile only its own (clusterDrawing.ts).
 */
export function ClusterLayer({ frames, cullRect, theme }: Omit<ClusterLayerProps, 'fontsReady'>) {
  const shown = useMemo(() => framesInArea(frames, cullRect), [frames, cullRect]);
  const draw = useCallback((ctx: Konva.Context) => drawClusterFrames(ctx, shown, theme), [shown, theme]);
  return <Shape name="group-frames" sceneFunc={draw} listening={false} perfectDrawEnabled={false} />;
}

/**
 * Each group's headline and count, on a tab above its top note. Drawn above the notes, so a
 * note just above the group cannot hide whose group it is.
 */
export function ClusterLabelLayer({ frames, cullRect, theme, fontsReady }: ClusterLayerProps) {
  const shown = useMemo(() => framesInArea(frames, cullRect), [frames, cullRect]);
  // fontsReady: a new draw function once the font is ready, so the labels are measured again.
  const draw = useCallback((ctx: Konva.Context) => drawClusterLabels(ctx, shown, theme), [shown, theme, fontsReady]);
  return <Shape name="group-labels" sceneFunc={draw} listening={false} perfectDrawEnabled={false} />;
}
