// Maps a CDP CPU profile of the cold open back to sources (through the build's source maps) and
// sums its samples by kind of work and by start-up phase. Used by profile.ts.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { SourceMapConsumer, type RawSourceMap } from 'source-map';

export interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}
export interface Profile {
  nodes: ProfileNode[];
  startTime: number;
  samples: number[];
  timeDeltas: number[];
}

export interface Place {
  /** The source file (`npm:<package>` for a library's), or the native frame's name. */
  file: string;
  /** The function with its source file and line. */
  fn: string;
}

/** Where a profile's frames are in the sources of one build (`<root>/out/renderer`). */
export function placesIn(root: string): (frame: ProfileNode['callFrame']) => Place {
  const consumers = new Map<string, SourceMapConsumer | null>();
  function consumerFor(url: string): SourceMapConsumer | null {
    if (consumers.has(url)) return consumers.get(url)!;
    const file = path.join(root, 'out', 'renderer', new URL(url).pathname.replace(/^\//, ''));
    const map = `${file}.map`;
    const consumer = existsSync(map)
      ? new SourceMapConsumer(JSON.parse(readFileSync(map, 'utf8')) as RawSourceMap)
      : null;
    consumers.set(url, consumer);
    return consumer;
  }
  return (frame) => {
    if (!frame.url) return { file: frame.functionName || '(native)', fn: frame.functionName || '(native)' };
    const consumer = frame.url.startsWith('http') ? consumerFor(frame.url) : null;
    const pos = consumer?.originalPositionFor({ line: frame.lineNumber + 1, column: frame.columnNumber });
    if (!pos?.source) return { file: frame.url, fn: frame.functionName || '(anonymous)' };
    const source = pos.source.replace(/^(\.\.\/)+/, '');
    const pkg = /node_modules\/((@[^/]+\/)?[^/]+)/.exec(source)?.[1];
    const file = pkg ? `npm:${pkg}` : source;
    return { file, fn: `${frame.functionName || '(anonymous)'} ${source.split('/').pop()}:${pos.line}` };
  };
}

/** The kind of work a source file is, for the profile's summary. */
export function kindOf(file: string): string {
  if (file === '(program)') return 'parse, compile, style, layout';
  if (file === '(garbage collector)') return 'GC';
  if (file === '(idle)') return 'idle';
  if (/^npm:(react|react-dom|react-reconciler|scheduler)$/.test(file)) return 'React';
  if (file === 'npm:konva' || file === 'npm:react-konva') return 'Konva (with its canvas calls)';
  if (file === 'npm:zod') return 'zod';
  if (/renderer\/src\/board\/(tiles|layerCache|useCachedGroups)\.tsx?$/.test(file)) return 'board: bitmap tiles';
  if (/renderer\/src\/(board|clusters|links|voting)\//.test(file)) return 'board and its features';
  if (/shared\/api\/|renderer\/src\/api\//.test(file)) return 'transfer (rpc, JSON)';
  if (/^(renderer|shared)\//.test(file)) return 'our other code';
  if (file.startsWith('npm:')) return 'other libraries';
  return 'other';
}

export interface Summary {
  /** Self time (ms) by phase, then by kind of work. */
  byPhase: Map<string, Map<string, number>>;
  /** Self time (ms) by source file. */
  byFile: Map<string, number>;
  /** Self time (ms) by function. */
  byFn: Map<string, number>;
  /** Inclusive time (ms) of our own functions by phase (each counted once per call path). */
  ownByPhase: Map<string, Map<string, number>>;
}

const add = (m: Map<string, number>, key: string, ms: number) => m.set(key, (m.get(key) ?? 0) + ms);
const within = (m: Map<string, Map<string, number>>, key: string) => m.get(key) ?? m.set(key, new Map()).get(key)!;

/**
 * Sums a profile's samples. `phaseAt(t)` names the start-up phase a sample taken at `t` (µs, the
 * profile's clock) falls in. A frame without a source (a canvas or DOM call) counts as the kind of
 * the nearest caller that has one.
 */
export function summarise(
  profile: Profile,
  place: (f: ProfileNode['callFrame']) => Place,
  phaseAt: (t: number) => string,
): Summary {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const places = new Map<number, Place>();
  const placeOf = (id: number) => places.get(id) ?? places.set(id, place(byId.get(id)!.callFrame)).get(id)!;
  const kindOfNode = (id: number): string => {
    const own = byId.get(id)!.callFrame;
    if (own.url || /^\((program|garbage collector|idle)\)$/.test(own.functionName)) return kindOf(placeOf(id).file);
    for (let at = parent.get(id); at !== undefined; at = parent.get(at)) {
      if (byId.get(at)!.callFrame.url) return kindOf(placeOf(at).file);
    }
    return 'other';
  };
  const summary: Summary = { byPhase: new Map(), byFile: new Map(), byFn: new Map(), ownByPhase: new Map() };
  let t = profile.startTime;
  profile.samples.forEach((id, i) => {
    const ms = (profile.timeDeltas[i] ?? 0) / 1000;
    t += profile.timeDeltas[i] ?? 0;
    const phase = phaseAt(t);
    add(within(summary.byPhase, phase), kindOfNode(id), ms);
    add(summary.byFile, placeOf(id).file, ms);
    add(summary.byFn, placeOf(id).fn, ms);
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const { fn } = placeOf(at);
      if (seen.has(fn) || !/\.tsx?:/.test(fn)) continue;
      seen.add(fn);
      add(within(summary.ownByPhase, phase), fn, ms);
    }
  });
  return summary;
}
