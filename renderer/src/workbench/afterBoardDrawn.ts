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
