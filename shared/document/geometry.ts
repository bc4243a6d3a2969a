import type { BoardId, ZoneId } from '../ids';
import type { Note, SessionDocument, Zone } from './schema';

/** Every sticky note is drawn at this size, in board units (1 unit = 1 CSS pixel at 100%). */
export const NOTE_SIZE = { width: 180, height: 110 } as const;

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The rectangle a note covers on its board. */
export function noteRect(note: Pick<Note, 'x' | 'y'>): Rect {
  return { x: note.x, y: note.y, width: NOTE_SIZE.width, height: NOTE_SIZE.height };
}

/** True when the two rectangles overlap or touch. */
export function rectsIntersect(a: Rect, b: Rect): boolean {
  return a.x <= b.x + b.width && b.x <= a.x + a.width && a.y <= b.y + b.height && b.y <= a.y + a.height;
}

/** The smallest rectangle holding all the given ones, or null for none. */
export function boundsOf(rects: Iterable<Rect>): Rect | null {
  const extent = new Extent();
  for (const r of rects) extent.add(r.x, r.y, r.width, r.height);
  return extent.rect();
}

/**
 * The smallest rectangle holding the rectangles and the notes `keep` keeps, or null for none:
 * as boundsOf, without a rectangle made for each note (a board of 10,000 notes is fitted at open).
 */
export function boundsWithNotes<N extends Pick<Note, 'x' | 'y'>>(
  rects: readonly Rect[],
  notes: readonly N[],
  keep: (note: N) => boolean = () => true,
): Rect | null {
  const extent = new Extent();
  for (const r of rects) extent.add(r.x, r.y, r.width, r.height);
  for (const n of notes) if (keep(n)) extent.add(n.x, n.y, NOTE_SIZE.width, NOTE_SIZE.height);
  return extent.rect();
}

class Extent {
  private minX = Infinity;
  private minY = Infinity;
  private maxX = -Infinity;
  private maxY = -Infinity;
  add(x: number, y: number, width: number, height: number): void {
    this.minX = Math.min(this.minX, x);
    this.minY = Math.min(this.minY, y);
    this.maxX = Math.max(this.maxX, x + width);
    this.maxY = Math.max(this.maxY, y + height);
  }
  rect(): Rect | null {
    const { minX, minY, maxX, maxY } = this;
    return minX === Infinity ? null : { x: minX, y: minY, width: maxX - minX, height: maxY - minY };
  }
}

/** The zones of one board, in drawing order. */
export function zonesOfBoard(doc: SessionDocument, boardId: BoardId): Zone[] {
  return Object.values(doc.zones)
    .filter((z) => z.boardId === boardId)
    .sort((a, b) => a.order - b.order);
}

/** The zone a note at (x, y) belongs to: the top-most zone holding the note's centre, or null. */
export function zoneAt(zones: readonly Zone[], x: number, y: number): ZoneId | null {
  const cx = x + NOTE_SIZE.width / 2;
  const cy = y + NOTE_SIZE.height / 2;
  let found: ZoneId | null = null;
  let foundOrder = -1;
  for (const z of zones) {
    if (cx >= z.x && cx <= z.x + z.width && cy >= z.y && cy <= z.y + z.height && z.order > foundOrder) {
      found = z.id;
      foundOrder = z.order;
    }
  }
  return found;
}

/** A free spot for a new note inside a zone: below the notes already there, wrapping into columns. */
export function freeSpotInZone(zone: Rect, notesInZone: readonly Pick<Note, 'x' | 'y'>[]): { x: number; y: number } {
  const gap = 12;
  const header = 48;
  const perColumn = Math.max(1, Math.floor((zone.height - header) / (NOTE_SIZE.height + gap)));
  const perRow = Math.max(1, Math.floor((zone.width - gap) / (NOTE_SIZE.width + gap)));
  const taken = new Set(notesInZone.map((n) => `${Math.round(n.x)},${Math.round(n.y)}`));
  for (let i = 0; i < perColumn * perRow; i++) {
    const col = Math.floor(i / perColumn);
    const row = i % perColumn;
    const x = zone.x + gap + col * (NOTE_SIZE.width + gap);
    const y = zone.y + header + row * (NOTE_SIZE.height + gap);
    if (!taken.has(`${Math.round(x)},${Math.round(y)}`)) return { x, y };
  }
  // A full zone: stack slightly offset from its last slot so the new note stays visible.
  return { x: zone.x + gap + notesInZone.length * 4, y: zone.y + header + notesInZone.length * 4 };
}
