import { useMemo, useRef } from 'react';
import type { BoardFeature } from '../board/boardFeature';
import { ClusterLabelLayer, ClusterLayer, useClusterFrames } from './ClusterLayer';
import { clusterLabelAt, framesInArea } from './clusterGeometry';
import { useClusterActions } from './useClusterActions';

/** Groups on the board: their frames under the notes, their labels over them, and dropping a note on another groups them. */
export const clustersOnBoard: BoardFeature = {
  id: 'clusters',
  useBoard({ session, boardId, actions, announce, doc, notes, cullRect, theme, fontsReady }) {
    const controller = useClusterActions({ session, boardId, actions, announce });
    const frames = useClusterFrames(doc.clusters, notes, doc.zones);
    const framesRef = useRef(frames);
    framesRef.current = frames;
    const pointer = useMemo(
      () => ({
        dropOnNote: controller.dropOnNote,
        notesAt: (point: { x: number; y: number }) =>
          clusterLabelAt(framesRef.current, point)?.notes.map((n) => n.id) ?? null,
      }),
      [controller],
    );
    return {
      controller,
      pointer,
      layers: {
        underNotes: <ClusterLayer frames={frames} cullRect={cullRect} theme={theme} />,
        overNotes: <ClusterLabelLayer frames={frames} cullRect={cullRect} theme={theme} fontsReady={fontsReady} />,
      },
      stats: { 'groups-drawn': framesInArea(frames, cullRect).length },
    };
  },
};
