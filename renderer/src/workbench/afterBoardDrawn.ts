// The moment the window's first board is on screen: start-up work that can wait runs after it.

/** Calls `then` two frames after the first board mounted (its notes are drawn by then); returns a cancel. */
export function afterBoardDrawn(then: () => void): () => void {
  let done = false;
  const go = () => {
    if (done) return;
    done = true;
    observer?.disconnect();
    clearTimeout(fallback);
    requestAnimationFrame(() => requestAnimationFrame(() => then()));
  };
  const fallback = setTimeout(go, 10_000);
  let observer: PerformanceObserver | null = null;
  if (performance.getEntriesByName(BOARD_MOUNTED, 'mark').length > 0) go();
  else if (typeof PerformanceObserver === 'function') {
    observer = new PerformanceObserver((list) => {
      if (list.getEntriesByName(BOARD_MOUNTED).length > 0) go();
    });
    observer.observe({ entryTypes: ['mark'] });
  }
  return () => {
    done = true;
    observer?.disconnect();
    clearTimeout(fallback);
  };
}

/** The mark BoardCanvas leaves once it has mounted. */
const BOARD_MOUNTED = 'roundtable:board-mounted';

/**
 * Calls `then` once the first board is drawn and the window is next idle (at most 500 ms later),
 * so that work which can wait does not hold up the board's first frames; returns a cancel.
 */
export function afterBoardDrawnAndIdle(then: () => void): () => void {
  let idle: number | null = null;
  const cancel = afterBoardDrawn(() => {
    if (typeof requestIdleCallback !== 'function') return then();
    idle = requestIdleCallback(then, { timeout: 500 });
  });
  return () => {
    cancel();
    if (idle !== null) cancelIdleCallback(idle);
  };
}
