import type { Note, Zone } from '../document/schema';

/**
 * The order a reader meets notes in: zone by zone (in the zones' own order, notes outside
 * any zone last), then top to bottom, then left to right; ties by id, so it never varies.
 */
export function readingOrderOf(notes: readonly Note[], zones: readonly Zone[]): Note[] {
  const zoneOrder = new Map(zones.map((z) => [z.id, z.order]));
  const rank = (n: Note) => (n.zoneId !== null ? (zoneOrder.get(n.zoneId) ?? Infinity) : Infinity);
  return [...notes].sort(
    (a, b) => rank(a) - rank(b) || a.y - b.y || a.x - b.x || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
}
