// In-page source for the cold-open benchmark, added before any page script runs.

/**
 * Polls every animation frame from document start until the board's notes are on the canvas:
 * the board says it drew notes, and one of the board's canvases shows the note colour on at
 * least 2% of its pixels (the board opens zoomed to its zones, with notes along the bottom). The time is taken one frame later (the frame that holds the notes
 * has then been produced), as the peers' harness does. Results land in `window.__openBench`.
 */
export const PAINTED_PROBE = `(() => {
  const state = (window.__openBench = { ready: false, readyAt: 0, polls: 0 });
  let colour = null;
  function noteColour(el) {
    const c = document.createElement('canvas').getContext('2d');
    c.fillStyle = getComputedStyle(el).getPropertyValue('--board-note').trim() || '#000';
    const hex = c.fillStyle;
    return [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  }
  function painted() {
    const el = document.querySelector('[role="application"][data-notes-drawn]');
    if (!el || !(Number(el.getAttribute('data-notes-drawn')) > 0)) return false;
    colour ??= noteColour(el);
    for (const canvas of el.querySelectorAll('canvas')) {
      if (!canvas.width) continue;
      const d = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
      let fill = 0;
      for (let i = 0; i < d.length; i += 4) {
        if (d[i + 3] > 200 && Math.abs(d[i] - colour[0]) < 12 && Math.abs(d[i + 1] - colour[1]) < 12 && Math.abs(d[i + 2] - colour[2]) < 12) fill++;
      }
      if (fill >= 0.02 * canvas.width * canvas.height) return true;
    }
    return false;
  }
  function poll() {
    state.polls++;
    if (painted()) {
      state.probeAt = performance.now();
      requestAnimationFrame(() => { state.readyAt = performance.now(); state.ready = true; performance.mark('bench:painted'); });
      return;
    }
    requestAnimationFrame(poll);
  }
  requestAnimationFrame(poll);
})();`;

/** In-page: what had loaded by the time the notes were painted, and the start-up marks the app leaves. */
export function openFigures(): {
  readyAt: number;
  jsBytes: number;
  jsFiles: { name: string; bytes: number }[];
  fontBytes: number;
  fontFiles: number;
  marks: Record<string, number>;
  documentAt: number;
} {
  const state = (window as unknown as { __openBench: { readyAt: number } }).__openBench;
  const resources = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
  const before = resources.filter((r) => r.responseEnd <= state.readyAt);
  const js = before.filter((r) => /\.m?js(\?|$)/.test(r.name));
  const fonts = before.filter((r) => /\.woff2?(\?|$)/.test(r.name));
  const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
  return {
    readyAt: state.readyAt,
    jsBytes: js.reduce((sum, r) => sum + r.decodedBodySize, 0),
    jsFiles: js.map((r) => ({ name: r.name.replace(/^.*\//, '').replace(/\?.*$/, ''), bytes: r.decodedBodySize })),
    fontBytes: fonts.reduce((sum, r) => sum + r.decodedBodySize, 0),
    fontFiles: fonts.length,
    // The first of each mark: a session opened again later marks again.
    marks: performance
      .getEntriesByType('mark')
      .filter((m) => m.name.startsWith('roundtable:'))
      .reduce<Record<string, number>>((marks, m) => {
        marks[m.name.slice('roundtable:'.length)] ??= Math.round(m.startTime);
        return marks;
      }, {}),
    documentAt: Math.round(navigation.responseEnd),
  };
}
