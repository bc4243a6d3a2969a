import type { CDPSession } from '@playwright/test';

interface TraceEvent {
  name: string;
  ph: string;
  dur?: number;
  ts: number;
  pid: number;
  tid: number;
  args?: { name?: string };
}

/** What a main-thread trace event is counted as, or null for events that are only counted inside another. */
function kindOf(name: string): string | null {
  if (name === 'FireAnimationFrame') return 'animation frames (Konva drawing, JS)';
  if (name === 'EventDispatch') return 'input events (wheel handler)';
  if (name === 'FunctionCall' || name === 'TimerFire') return 'other script (React, timers, messages)';
  if (name === 'Paint' || name === 'PaintImage') return 'paint';
  if (name === 'UpdateLayerTree' || name === 'Layerize' || name === 'Commit' || name === 'PrePaint')
    return 'layers, pre-paint and commit';
  if (name === 'MinorGC' || name === 'MajorGC') return 'garbage collection';
  return null;
}

const LONG_TASK_US = 50_000;

/** The renderer's main-thread work while `during` runs, from a Chrome trace: milliseconds by kind of task. */
export async function mainThreadWork(cdp: CDPSession, during: () => Promise<void>): Promise<Record<string, number>> {
  const events: TraceEvent[] = [];
  const collect = (e: { value: object[] }) => void events.push(...(e.value as TraceEvent[]));
  cdp.on('Tracing.dataCollected', collect);
  const done = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
  await cdp.send('Tracing.start', {
    categories: 'devtools.timeline,disabled-by-default-devtools.timeline',
    transferMode: 'ReportEvents',
  });
  await during();
  await cdp.send('Tracing.end');
  await done;
  cdp.off('Tracing.dataCollected', collect);
  const main = events.find((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  const totals: Record<string, number> = {};
  const add = (key: string, us: number) => (totals[key] = (totals[key] ?? 0) + us / 1000);
  const onMain = events
    .filter((e) => main && e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && e.dur)
    .sort((a, b) => a.ts - b.ts);
  // Each event is counted under the outermost kind it falls in (a GC inside a frame is the frame's).
  // Tasks of 50 ms or more (the slow frames' work) are also broken down on their own.
  let countedUntil = 0;
  let longUntil = 0;
  for (const e of onMain) {
    if (e.name === 'RunTask') {
      add('all tasks', e.dur!);
      if (e.dur! >= LONG_TASK_US) {
        add('long tasks (≥ 50 ms): count', 1000);
        add('long tasks (≥ 50 ms): all', e.dur!);
        longUntil = e.ts + e.dur!;
      }
    }
    const kind = kindOf(e.name);
    if (!kind || e.ts < countedUntil) continue;
    add(kind, e.dur!);
    if (e.ts < longUntil) add(`long tasks (≥ 50 ms): ${kind}`, e.dur!);
    countedUntil = e.ts + e.dur!;
  }
  return totals;
}
