// Functions run inside the page (page.evaluate serialises them): each must be self-contained.

/** Milliseconds of main-thread drawing time by what was drawn, summed over the frames recorded. */
export type Breakdown = Record<string, number>;

/**
 * Starts attributing the board's drawing time: each Konva shape's draw is timed and put under
 * what it draws (notes, zones, group frames, group labels, votes, links), and inside a note
 * the canvas calls are split into its card, shadow, text and badges by the font in use
 * (badges are drawn in 9 px type, the text in 14 px). Also timed: layer clears, cached
 * bitmaps copied, bitmaps rebuilt, and the hit graphs. Wrapping every canvas call costs
 * time of its own, so the figures are for proportions, not for frame times.
 */
export function startBreakdown(): void {
  type Fn = (...args: unknown[]) => unknown;
  const w = window as unknown as {
    Konva: Record<string, { prototype: Record<string, Fn> }>;
    __breakdown: Record<string, number>;
  };
  const K = w.Konva;
  const totals: Record<string, number> = {};
  w.__breakdown = totals;
  const add = (key: string, ms: number) => (totals[key] = (totals[key] ?? 0) + ms);
  let shape: string | null = null;
  let phase = 'card';
  let nested = 0;
  const kinds = new WeakMap<object, string>();
  type ShapeNode = {
    sceneFunc(): Fn;
    getClassName(): string;
    name(): string;
    width(): number;
    getLayer(): unknown;
    getStage(): { children: unknown[] };
  };
  const kindOf = (node: ShapeNode): string => {
    const fn = node.sceneFunc();
    const known = fn && kinds.get(fn);
    if (known) return known;
    const layer = node.getStage().children.indexOf(node.getLayer());
    const source = String(fn);
    // The board's many-in-one shapes are named for what they draw.
    const named: Record<string, string> = {
      'notes-overview': 'notes (overview)',
      'group-frames': 'group frames',
      'group-labels': 'group labels',
      votes: 'votes',
      links: 'links',
    };
    let kind = 'other shapes';
    if (named[node.name()]) kind = named[node.name()];
    else if (node.getClassName() !== 'Shape') kind = layer === 0 ? 'zones' : `Konva ${node.getClassName()}`;
    else if (node.width() === 180) kind = 'notes';
    else if (source.includes('destination-out')) kind = 'group frames';
    else if (source.includes('Untitled group')) kind = 'group labels';
    else if (source.includes('rating')) kind = 'votes';
    else if (source.includes('setLineDash')) kind = 'links';
    else if (layer === 1) kind = 'notes (overview)';
    if (fn) kinds.set(fn, kind);
    return kind;
  };
  const shapeProto = K.Shape.prototype;
  const drawScene = shapeProto.drawScene;
  shapeProto.drawScene = function (this: ShapeNode, ...args: unknown[]) {
    if (nested) return drawScene.apply(this, args);
    const kind = kindOf(this);
    shape = kind;
    phase = 'card';
    nested++;
    const t = performance.now();
    try {
      return drawScene.apply(this, args);
    } finally {
      nested--;
      add(kind === 'notes' ? 'notes: JS and Konva around the canvas calls' : kind, performance.now() - t);
      shape = null;
    }
  };
  const proto = CanvasRenderingContext2D.prototype as unknown as Record<string, Fn>;
  const fontSetter = Object.getOwnPropertyDescriptor(CanvasRenderingContext2D.prototype, 'font')!;
  Object.defineProperty(CanvasRenderingContext2D.prototype, 'font', {
    ...fontSetter,
    set(this: CanvasRenderingContext2D, value: string) {
      if (shape === 'notes') phase = value.includes(' 9px') ? 'badges' : value.includes(' 14px') ? 'text' : phase;
      fontSetter.set!.call(this, value);
    },
  });
  for (const name of ['fillText', 'measureText', 'fill', 'stroke', 'fillRect', 'roundRect', 'arc', 'beginPath']) {
    const own = proto[name];
    proto[name] = function (this: unknown, ...args: unknown[]) {
      if (shape !== 'notes') return own.apply(this, args);
      const t = performance.now();
      try {
        return own.apply(this, args);
      } finally {
        const ms = performance.now() - t;
        const part =
          phase === 'badges'
            ? 'badges'
            : phase === 'text' && (name === 'fillText' || name === 'measureText')
              ? 'text'
              : name === 'fillRect' && phase === 'card'
                ? 'shadow'
                : 'card';
        add(`notes: ${part}`, ms);
        // Taken out of the note's own time, which keeps what is left around the calls.
        add('notes: JS and Konva around the canvas calls', -ms);
      }
    };
  }
  const timeOn = (target: Record<string, Fn>, name: string, key: string) => {
    const own = target[name];
    target[name] = function (this: unknown, ...args: unknown[]) {
      const t = performance.now();
      try {
        return own.apply(this, args);
      } finally {
        add(key, performance.now() - t);
      }
    };
  };
  // Each frame's own figures, to break down the slow frames (see takeBreakdown).
  const frames: { interval: number; parts: Record<string, number> }[] = [];
  (window as unknown as { __breakdownFrames: typeof frames }).__breakdownFrames = frames;
  let last = { ...totals };
  let lastT = 0;
  const onFrame = (t: number) => {
    const parts: Record<string, number> = {};
    for (const [k, v] of Object.entries(totals)) if (v !== (last[k] ?? 0)) parts[k] = v - (last[k] ?? 0);
    if (lastT) frames.push({ interval: t - lastT, parts });
    last = { ...totals };
    lastT = t;
    requestAnimationFrame(onFrame);
  };
  requestAnimationFrame(onFrame);
  timeOn(K.Layer.prototype, 'drawScene', 'all drawing (layers)');
  timeOn(K.Layer.prototype, 'drawHit', 'hit graphs');
  timeOn(K.Node.prototype, '_drawCachedSceneCanvas', 'cached bitmaps copied');
  timeOn(K.Node.prototype, 'cache', 'bitmaps rebuilt');
  timeOn(K.Context.prototype, 'clear', 'layer clears');
}

/**
 * The totals since the last call, and the same parts summed over the slow frames (those whose
 * interval is at or above the 95th percentile), under "slow frames (≥ p95): …". A frame's
 * parts are what ran between its frame callback and the next one's.
 */
export function takeBreakdown(): Record<string, number> {
  const w = window as unknown as {
    __breakdown: Record<string, number>;
    __breakdownFrames: { interval: number; parts: Record<string, number> }[];
  };
  const out = { ...w.__breakdown };
  for (const key of Object.keys(w.__breakdown)) w.__breakdown[key] = 0;
  const frames = w.__breakdownFrames.splice(0);
  // A frame's parts ran between the previous frame callback and its own: what made it late.
  const sorted = frames.map((f) => f.interval).sort((a, b) => a - b);
  const slow = frames.filter((f) => f.interval >= sorted[Math.floor(sorted.length * 0.95)]);
  const key = 'slow frames (≥ p95)';
  out[`${key}: count`] = slow.length;
  for (const f of slow) {
    out[`${key}: interval`] = (out[`${key}: interval`] ?? 0) + f.interval;
    for (const [k, v] of Object.entries(f.parts)) out[`${key}: ${k}`] = (out[`${key}: ${k}`] ?? 0) + v;
  }
  return out;
}
