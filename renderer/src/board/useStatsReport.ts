import { useEffect, useRef } from 'react';
import type { ViewportControls } from './useViewport';

/** What the status bar shows about the board. */
export interface BoardStats {
  zoom: number;
  notesDrawn: number;
  notesTotal: number;
}

/** Reports zoom and note counts when they change, at most once a frame however fast the user zooms. */
export function useStatsReport(
  viewport: ViewportControls,
  notesDrawn: number,
  notesTotal: number,
  onStatsChange: ((stats: BoardStats) => void) | undefined,
): void {
  const callback = useRef(onStatsChange);
  callback.current = onStatsChange;
  useEffect(() => {
    let frame = 0;
    let last = '';
    function report() {
      frame = 0;
      const stats = { zoom: viewport.current().scale, notesDrawn, notesTotal };
      const key = `${stats.zoom}/${notesDrawn}/${notesTotal}`;
      if (key === last) return;
      last = key;
      callback.current?.(stats);
    }
    const schedule = () => {
      frame ||= requestAnimationFrame(report);
    };
    schedule();
    const unsubscribe = viewport.subscribe(schedule);
    return () => {
      unsubscribe();
      cancelAnimationFrame(frame);
    };
  }, [viewport, notesDrawn, notesTotal]);
}
