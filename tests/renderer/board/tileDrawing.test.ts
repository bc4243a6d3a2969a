import fc from 'fast-check';
import type Konva from 'konva';
import { describe, expect, it } from 'vitest';
import { NOTE_SIZE, type Rect } from '../../../shared/document/geometry';
import type { Cluster, Note } from '../../../shared/document/schema';
import type { ClusterId, NoteId } from '../../../shared/ids';
import { drawNotesOverview, type NotePaint } from '../../../renderer/src/board/noteDrawing';
import { CELL } from '../../../renderer/src/board/spatialIndex';
import type { BoardTheme } from '../../../renderer/src/board/theme';
import { MIN_SCALE } from '../../../renderer/src/board/viewport';
import { TILE, tileArea, tilesCovering, withDrawnArea } from '../../../renderer/src/board/tiles';
import { drawClusterFrames, drawClusterLabels } from '../../../renderer/src/clusters/clusterDrawing';
import { clusterFrame, type ClusterFrame } from '../../../renderer/src/clusters/clusterGeometry';
import { drawLinks, type DrawnLink } from '../../../renderer/src/links/linkDrawing';
import { drawVotes } from '../../../renderer/src/voting/voteDrawing';
import { BOARD, note } from './boardFixtures';

// The board is kept as bitmap tiles (renderer/src/board/layerCache.ts). The shapes that draw
// many things in one pass (the notes when zoomed out, vote badges and numbers, groups' frames and
// labels, links) are drawn once per tile. Each must draw in a tile just what a draw of the whole
// board draws there, and look only at what lies near the tile: zoomed out to the board's least
// zoom (0.1, where the full-size benchmark's "presenter zoom" for 10,000 notes ends), a full-size
// view holds some 30 tiles, and shapes that looked at every note for every tile (vote numbers
// drew every one) took seconds a frame: the benchmark drew no frame in 3 s.

const THEME: BoardTheme = {
  noteFill: '#fff',
  noteText: '#111',
  notePlaceholder: '#888',
  noteShadow: '#0002',
  noteOutline: '',
  referenceFill: '#eee',
  referenceStripe: '#c00',
  referenceCaption: '#333',
  referenceText: '#222',
  selection: '#06f',
  bandFill: '#06f2',
  zoneText: '#123',
  zoneHues: ['#a00', '#0a0', '#00a', '#aa0', '#0aa', '#a0a'],
};
const VOTE_PAINT = { badge: '#05a', badgeText: '#fff', track: '#ddd' };

/** A drawing call that puts ink on the canvas, with the board area it reaches. */
interface Mark {
  call: string;
  box: Rect;
}

/**
 * A 2D context that records what is drawn where, in board units (the drawers draw in board
 * units; the tile's transform is the canvas's business): each fill, stroke, rectangle and text
 * with the box it covers. Text is taken as wide as 0.6 of its font size per character.
 */
function recorder() {
  const marks: Mark[] = [];
  let path: Rect | null = null;
  let fontSize = 10;
  const grow = (x0: number, y0: number, x1: number, y1: number) => {
    const r = { x: Math.min(x0, x1), y: Math.min(y0, y1), width: Math.abs(x1 - x0), height: Math.abs(y1 - y0) };
    if (!path) path = r;
    else {
      const x = Math.min(path.x, r.x);
      const y = Math.min(path.y, r.y);
      path = {
        x,
        y,
        width: Math.max(path.x + path.width, r.x + r.width) - x,
        height: Math.max(path.y + path.height, r.y + r.height) - y,
      };
    }
  };
  const key = (name: string, box: Rect) =>
    `${name}(${[box.x, box.y, box.width, box.height].map((v) => v.toFixed(3)).join(',')})`;
  const ctx = {
    _context: { globalCompositeOperation: 'source-over' },
    fillStyle: '',
    strokeStyle: '',
    lineWidth: 1,
    globalAlpha: 1,
    textAlign: 'start',
    textBaseline: 'alphabetic',
    set font(value: string) {
      fontSize = Number(/([\d.]+)px/.exec(value)?.[1] ?? 10);
    },
    beginPath: () => (path = null),
    closePath: () => {},
    moveTo: (x: number, y: number) => grow(x, y, x, y),
    lineTo: (x: number, y: number) => grow(x, y, x, y),
    arc: (x: number, y: number, r: number) => grow(x - r, y - r, x + r, y + r),
    roundRect: (x: number, y: number, w: number, h: number) => grow(x, y, x + w, y + h),
    setLineDash: () => {},
    measureText: (text: string) => ({ width: text.length * fontSize * 0.6 }),
    fill() {
      if (path) marks.push({ call: key(`fill ${ctx.fillStyle}`, path), box: path });
    },
    stroke() {
      if (path) marks.push({ call: key(`stroke ${ctx.strokeStyle}`, path), box: path });
    },
    fillRect(x: number, y: number, w: number, h: number) {
      const box = { x, y, width: w, height: h };
      marks.push({ call: key(`rect ${ctx.fillStyle}`, box), box });
    },
    fillText(text: string, x: number, y: number) {
      const w = text.length * fontSize * 0.6;
      const box = { x: x - w, y: y - fontSize, width: 2 * w, height: 2 * fontSize };
      marks.push({ call: key(`text ${text}`, box), box });
    },
  };
  return { ctx: ctx as unknown as Konva.Context, marks };
}

function touches(a: Rect, b: Rect): boolean {
  return a.x <= b.x + b.width && a.x + a.width >= b.x && a.y <= b.y + b.height && a.y + a.height >= b.y;
}

function grown(r: Rect, d: number): Rect {
  return { x: r.x - d, y: r.y - d, width: r.width + 2 * d, height: r.height + 2 * d };
}

/** Items whose properties, when read, put the item's key in `seen`: what a drawing looked at. */
function watched<T extends object>(items: readonly T[], keyOf: (item: T) => string, seen: Set<string>): T[] {
  return items.map(
    (item) =>
      new Proxy(item, {
        get(target, prop, receiver) {
          seen.add(keyOf(target));
          return Reflect.get(target, prop, receiver);
        },
      }),
  );
}

/** What one drawer needs: its items (watched), each item's box, and how to draw them all at zoom `scale`. */
interface Drawer {
  name: string;
  /** The board area each watched key's item covers. */
  boxes: Map<string, Rect>;
  draw(ctx: Konva.Context, scale: number): void;
}

/** A board: notes placed by `at`, one in five voted, one in ten in groups of five, a link every fifty, three selected. */
function board(count: number, at: (i: number) => { x: number; y: number }, seen: Set<string>): Drawer[] {
  const notes: Note[] = Array.from({ length: count }, (_, i) => {
    const p = at(i);
    const n = note(`n${i}`, p.x, p.y);
    return {
      ...n,
      kind: i % 13 === 0 ? 'reference' : 'participant',
      clusterId: i % 50 < 5 ? (`cluster:c${Math.floor(i / 50)}` as ClusterId) : null,
    };
  });
  const noteBoxes = new Map(notes.map((n) => [n.id, { x: n.x, y: n.y, ...NOTE_SIZE }]));
  const tally = new Map(notes.filter((_, i) => i % 5 === 0).map((n, i) => [n.id, 1 + (i % 4)]));
  const numbers = new Map(notes.map((n, i) => [n.id, i + 1]));
  const selection = new Set<NoteId>([notes[0].id, notes[count >> 1].id, notes[count - 1].id]);
  const frames: ClusterFrame[] = [];
  for (let i = 0; i + 5 <= count; i += 50) {
    const cluster: Cluster = {
      id: `cluster:c${i / 50}` as ClusterId,
      boardId: BOARD,
      headline: `Theme ${i / 50}`,
      subPoints: [],
      quoteNoteId: notes[i].id,
      order: i / 50,
    };
    frames.push(clusterFrame(cluster, notes.slice(i, i + 5))!);
  }
  const links: DrawnLink[] = [];
  for (let i = 10; i + 1 < count; i += 50) links.push({ from: notes[i], to: notes[i + 1] });
  const paint = (scale: number): NotePaint => ({ theme: THEME, scale });
  const watchedNotes = watched(notes, (n) => n.id, seen);
  const watchedFrames = watched(frames, (f) => f.cluster.id, seen);
  const linkKey = (l: DrawnLink) => `${l.from.id}>${l.to.id}`;
  const watchedLinks = watched(links, linkKey, seen);
  const linkBox = (l: DrawnLink): Rect => {
    const a = noteBoxes.get(l.from.id)!;
    const b = noteBoxes.get(l.to.id)!;
    const x = Math.min(a.x, b.x);
    const y = Math.min(a.y, b.y);
    return { x, y, width: Math.max(a.x, b.x) + NOTE_SIZE.width - x, height: Math.max(a.y, b.y) + NOTE_SIZE.height - y };
  };
  const vote = (ctx: Konva.Context, scale: number, revealed: boolean) =>
    drawVotes(ctx, {
      notes: watchedNotes,
      tally: revealed ? tally : new Map(),
      max: 4,
      ratings: [],
      numbers: revealed ? null : numbers,
      revealed,
      paint: VOTE_PAINT,
      scale,
      pixelRatio: 1,
    });
  return [
    {
      name: 'notes zoomed out',
      boxes: noteBoxes,
      draw: (ctx, scale) => drawNotesOverview(ctx, watchedNotes, selection, paint(scale)),
    },
    { name: 'vote badges', boxes: noteBoxes, draw: (ctx, scale) => vote(ctx, scale, true) },
    { name: 'note numbers', boxes: noteBoxes, draw: (ctx, scale) => vote(ctx, scale, false) },
    {
      name: 'group frames',
      boxes: new Map(frames.map((f) => [f.cluster.id, f.box])),
      draw: (ctx) => drawClusterFrames(ctx, watchedFrames, THEME),
    },
    {
      name: 'group labels',
      boxes: new Map(frames.map((f) => [f.cluster.id, f.box])),
      draw: (ctx) => drawClusterLabels(ctx, watchedFrames, THEME),
    },
    {
      name: 'links',
      boxes: new Map(links.map((l) => [linkKey(l), linkBox(l)])),
      draw: (ctx, scale) => drawLinks(ctx, watchedLinks, scale),
    },
  ];
}

/** Draws with `area` as the tile being drawn (null: the whole board, as when drawn directly), returning the marks and what was looked at. */
function drawIn(drawer: Drawer, area: Rect | null, scale: number, seen: Set<string>) {
  const { ctx, marks } = recorder();
  seen.clear();
  withDrawnArea(area, () => drawer.draw(ctx, scale));
  return { marks, looked: [...seen] };
}

/** Whether `part` is `whole` with some calls left out, in the same order. */
function isSubsequence(part: string[], whole: string[]): boolean {
  let i = 0;
  for (const call of whole) if (i < part.length && part[i] === call) i++;
  return i === part.length;
}

describe('drawing one bitmap tile of a board', () => {
  const scales = fc.constantFrom(0.007, 0.05, 0.2, 0.39);
  const spot = fc.record({ x: fc.integer({ min: -3_000, max: 30_000 }), y: fc.integer({ min: -3_000, max: 20_000 }) });

  it('draws just what a draw of the whole board draws where the tile is, in the same order', () => {
    fc.assert(
      fc.property(fc.array(spot, { minLength: 250, maxLength: 600 }), scales, spot, (spots, scale, centre) => {
        const seen = new Set<string>();
        const k = scale;
        const i = Math.floor((centre.x * k) / TILE);
        const j = Math.floor((centre.y * k) / TILE);
        const tile = tileArea(i, j, k);
        for (const drawer of board(spots.length, (n) => spots[n], seen)) {
          const whole = drawIn(drawer, null, scale, seen).marks;
          const inTile = drawIn(drawer, tile, scale, seen).marks;
          const calls = inTile.map((m) => m.call);
          expect(
            isSubsequence(
              calls,
              whole.map((m) => m.call),
            ),
            drawer.name,
          ).toBe(true);
          const reaching = whole.filter((m) => touches(m.box, tile)).map((m) => m.call);
          expect(isSubsequence(reaching, calls), drawer.name).toBe(true);
        }
      }),
      { numRuns: 40 },
    );
  });

  it('looks only at what lies within a grid cell of the tile', () => {
    fc.assert(
      fc.property(fc.array(spot, { minLength: 250, maxLength: 600 }), scales, spot, (spots, scale, centre) => {
        const seen = new Set<string>();
        const tile = tileArea(Math.floor((centre.x * scale) / TILE), Math.floor((centre.y * scale) / TILE), scale);
        // What a drawing reaches beyond its items (a selection outline, 5 screen pixels), and a cell more.
        const near = grown(tile, CELL + 8 / scale);
        for (const drawer of board(spots.length, (n) => spots[n], seen)) {
          drawIn(drawer, { x: 0, y: 0, width: 1, height: 1 }, scale, seen);
          const { looked } = drawIn(drawer, tile, scale, seen);
          const far = looked.filter((key) => !touches(drawer.boxes.get(key)!, near));
          expect(far, drawer.name).toEqual([]);
        }
      }),
      { numRuns: 40 },
    );
  });

  it('zoomed right out over 10,000 notes, the tiles of a full-size view together look at each note a few times, not once per tile', () => {
    const seen = new Set<string>();
    // As the full-size benchmark's board (scripts/bench/board/sessionOfSize.ts): a grid of 127 columns.
    const drawers = board(10_000, (i) => ({ x: 40 + (i % 127) * 200, y: 1000 + Math.floor(i / 127) * 130 }), seen);
    const scale = MIN_SCALE;
    // A 1286 × 803 canvas centred on the board.
    const view = { x: 12_740 - 643 / scale, y: 6_100 - 401 / scale, width: 1286 / scale, height: 803 / scale };
    const range = tilesCovering(view, scale);
    const tiles: Rect[] = [];
    for (let j = range.j0; j <= range.j1; j++)
      for (let i = range.i0; i <= range.i1; i++) tiles.push(tileArea(i, j, scale));
    expect(tiles.length).toBeGreaterThan(20);
    for (const drawer of drawers) {
      drawIn(drawer, { x: 0, y: 0, width: 1, height: 1 }, scale, seen);
      let looks = 0;
      for (const tile of tiles) looks += drawIn(drawer, tile, scale, seen).looked.length;
      // A note (with what is drawn around it) reaches at most four tiles: a tile is 2,560 board units here.
      expect(looks, drawer.name).toBeLessThanOrEqual(4 * drawer.boxes.size);
    }
  });
});
