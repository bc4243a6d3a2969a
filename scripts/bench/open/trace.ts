// Reads a Chromium trace (the JSON `browser.stopTracing()` returns) for the renderer's main thread.

interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; data?: { url?: string; functionName?: string } };
}

/** What the main thread spent its time on between `from` and `to` (ms from the trace's navigation start), by kind. */
export interface MainThreadTime {
  /** Compiling and parsing scripts (v8.compile, v8.compileModule, v8.parseOnBackground on the main thread). */
  compile: number;
  /** Running scripts: module evaluation, event handlers, timers, animation frames, microtasks (compile excluded). */
  script: number;
  /** Style, layout, paint and compositing of the page (the canvas's own drawing is script). */
  rendering: number;
  /** Garbage collection. */
  gc: number;
  /** Busy, all told (every top-level task). */
  busy: number;
  /** The longest top-level tasks, with what they were. */
  longest: { ms: number; what: string }[];
}

const COMPILE = new Set([
  'v8.compile',
  'v8.compileModule',
  'V8.CompileCode',
  'v8.parseOnBackground',
  'V8.ParseFunction',
]);
const RENDERING = new Set(['UpdateLayoutTree', 'Layout', 'Paint', 'PrePaint', 'Layerize', 'UpdateLayer', 'Commit']);
const GC = new Set(['MajorGC', 'MinorGC', 'V8.GC_SCAVENGER', 'BlinkGC.AtomicPhase']);
const TASK = new Set(['RunTask', 'ThreadControllerImpl::RunTask']);

/**
 * The renderer main thread's time from the navigation to the page's `bench:painted` mark (the
 * trace must hold the devtools.timeline, v8, blink.user_timing and loading categories).
 */
export function mainThreadTime(traceJson: string): MainThreadTime & { windowMs: number } {
  const { traceEvents } = JSON.parse(traceJson) as {
    traceEvents: (TraceEvent & { args?: { data?: { documentLoaderURL?: string } } })[];
  };
  const navigation = traceEvents.filter(
    (e) => e.name === 'navigationStart' && /^http/.test(e.args?.data?.documentLoaderURL ?? ''),
  )[0];
  const painted = traceEvents.find((e) => e.name === 'bench:painted');
  if (!navigation || !painted) throw new Error('The trace has no navigation to the app, or no bench:painted mark.');
  const onMain = traceEvents.filter((e) => e.pid === navigation.pid && e.tid === navigation.tid && e.ph === 'X');
  const start = navigation.ts;
  const inWindow = onMain.filter((e) => e.ts >= start && e.ts <= painted.ts);
  const total = (names: Set<string>) =>
    Math.round(inWindow.filter((e) => names.has(e.name)).reduce((sum, e) => sum + (e.dur ?? 0), 0) / 1000);
  const tasks = inWindow.filter((e) => TASK.has(e.name));
  const scripting = new Set([
    'EvaluateScript',
    'v8.evaluateModule',
    'FunctionCall',
    'TimerFire',
    'FireAnimationFrame',
    'RunMicrotasks',
    'EventDispatch',
    'v8.run',
  ]);
  const compile = total(COMPILE);
  const describe = (task: TraceEvent) => {
    const inside = inWindow.filter(
      (e) => e.ts >= task.ts && e.ts < task.ts + (task.dur ?? 0) && e !== task && !TASK.has(e.name),
    );
    const top = inside.sort((a, b) => (b.dur ?? 0) - (a.dur ?? 0))[0];
    const url = top?.args?.data?.url?.replace(/^.*\//, '').replace(/\?.*$/, '');
    return top ? `${top.name}${url ? ` ${url}` : ''}` : 'task';
  };
  return {
    windowMs: Math.round((painted.ts - start) / 1000),
    compile,
    script: Math.max(0, topLevel(inWindow, scripting) - compile),
    rendering: total(RENDERING),
    gc: total(GC),
    busy: Math.round(tasks.reduce((sum, e) => sum + (e.dur ?? 0), 0) / 1000),
    longest: tasks
      .sort((a, b) => (b.dur ?? 0) - (a.dur ?? 0))
      .slice(0, 5)
      .map((t) => ({ ms: Math.round((t.dur ?? 0) / 1000), what: describe(t) })),
  };
}

/** The time covered by events of these names, not counting any nested inside another of them. */
function topLevel(events: TraceEvent[], names: Set<string>): number {
  const spans = events.filter((e) => names.has(e.name)).sort((a, b) => a.ts - b.ts);
  let covered = 0;
  let end = -Infinity;
  for (const e of spans) {
    const stop = e.ts + (e.dur ?? 0);
    if (e.ts >= end) covered += stop - e.ts;
    else if (stop > end) covered += stop - end;
    end = Math.max(end, stop);
  }
  return Math.round(covered / 1000);
}
