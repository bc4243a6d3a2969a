import { NOTE_SIZE, zonesOfBoard, type Rect } from '../document/geometry';
import type { Cluster, Note, SessionDocument, Zone } from '../document/schema';
import type { BoardId, ZoneId } from '../ids';
import { readingOrderOf } from './readingOrder';
import { GROUP_FRAME, ZONE_HEADER, groupLabelWidth, type NoteMove } from './tidy';

const GAP = 12;
const MARGIN = 12;

/** One thing to place in a zone: a group's block (frame and label), or a single note. */
interface Item {
  width: number;
  height: number;
  /** Where each of its notes goes, relative to the item's top-left corner. */
  notes: { note: Note; dx: number; dy: number }[];
}

function groupItem(cluster: Cluster, members: readonly Note[], zone: Zone): Item {
  const fits = Math.max(
    1,
    Math.floor((zone.width - 2 * MARGIN - 2 * GROUP_FRAME.padding + GAP) / (NOTE_SIZE.width + GAP)),
  );
  const columns = Math.min(members.length, fits, Math.ceil(Math.sqrt(members.length)));
  const rows = Math.ceil(members.length / columns);
  const rowWidth = columns * NOTE_SIZE.width + (columns - 1) * GAP + 2 * GROUP_FRAME.padding;
  const top = GROUP_FRAME.label + GROUP_FRAME.padding;
  return {
    width: groupLabelWidth(cluster.headline, rowWidth, zone.width - 2 * MARGIN),
    height: GROUP_FRAME.label + rows * NOTE_SIZE.height + (rows - 1) * GAP + 2 * GROUP_FRAME.padding,
    notes: members.map((note, i) => ({
      note,
      dx: GROUP_FRAME.padding + (i % columns) * (NOTE_SIZE.width + GAP),
      dy: top + Math.floor(i / columns) * (NOTE_SIZE.height + GAP),
    })),
  };
}

const noteItem = (note: Note): Item => ({ ...NOTE_SIZE, notes: [{ note, dx: 0, dy: 0 }] });

/**
 * Rows of items across a zone, left to right and top to bottom, below its header; null when
 * they do not all fit inside it (the zone is then left as it is).
 */
function shelve(zone: Zone, items: readonly Item[]): NoteMove[] | null {
  const area: Rect = {
    x: zone.x + MARGIN,
    y: zone.y + ZONE_HEADER + MARGIN,
    width: zone.width - 2 * MARGIN,
    height: zone.height - ZONE_HEADER - 2 * MARGIN,
  };
  const moves: NoteMove[] = [];
  let x = area.x;
  let y = area.y;
  let shelf = 0;
  for (const item of items) {
    if (item.width > area.width) return null;
    if (x > area.x && x + item.width > area.x + area.width) {
      x = area.x;
      y += shelf + GAP;
      shelf = 0;
    }
    if (y + item.height > area.y + area.height) return null;
    for (const { note, dx, dy } of item.notes) moves.push({ noteId: note.id, x: x + dx, y: y + dy });
    x += item.width + GAP;
    shelf = Math.max(shelf, item.height);
  }
  return moves;
}

/**
 * "Tidy board": every zone laid out afresh, in rows below its header: its groups first (in
 * the groups' order, each gathered into a compact block with room for its frame and label,
 * including notes of the group lying in other zones), then its notes in no group, then its
 * reference cards, each set in reading order. Nobody's group changes; a group's notes move to
 * the zone most of them are in. A zone whose contents do not fit is left as it is, and notes
 * outside every zone stay where they are. One list of moves, so one undo step. With `only`,
 * that zone alone is laid out (grouping uses this to make room for a group it gathers there).
 */
export function tidyBoardMoves(doc: SessionDocument, boardId: BoardId, only?: ZoneId): NoteMove[] {
  const zones = zonesOfBoard(doc, boardId);
  const notes = Object.values(doc.notes).filter((n) => n.boardId === boardId);
  const clusters = Object.values(doc.clusters)
    .filter((c) => c.boardId === boardId)
    .sort((a, b) => a.order - b.order);
  const home = new Map<string, ZoneId>();
  const membersOf = new Map<string, Note[]>();
  for (const cluster of clusters) {
    const members = readingOrderOf(
      notes.filter((n) => n.clusterId === cluster.id),
      zones,
    );
    const counts = zones.map((z) => members.filter((n) => n.zoneId === z.id).length);
    const most = Math.max(0, ...counts);
    if (most === 0) continue;
    home.set(cluster.id, zones[counts.indexOf(most)].id);
    membersOf.set(cluster.id, members);
  }
  // A zone that cannot hold everything is left as it is, and so is a zone holding notes of a group
  // that is not gathered (its frame would cross what moves); groups at home there stay as they are too.
  // `only`: that zone alone is laid out; the others are left as they are.
  const frozen = new Set<ZoneId>(only ? zones.filter((z) => z.id !== only).map((z) => z.id) : []);
  for (;;) {
    const laidOut = layOut(zones, notes, clusters, home, membersOf, frozen);
    const wasFrozen = frozen.size;
    laidOut.failed.forEach((z) => frozen.add(z));
    for (const note of notes) if (note.clusterId && !home.has(note.clusterId) && note.zoneId) frozen.add(note.zoneId);
    const stranded = [...home].filter(([, zoneId]) => frozen.has(zoneId));
    if (frozen.size === wasFrozen && stranded.length === 0) {
      const before = new Map(notes.map((n) => [n.id, n]));
      return laidOut.moves.filter((m) => before.get(m.noteId)?.x !== m.x || before.get(m.noteId)?.y !== m.y);
    }
    for (const [clusterId] of stranded) home.delete(clusterId);
  }
}

function layOut(
  zones: readonly Zone[],
  notes: readonly Note[],
  clusters: readonly Cluster[],
  home: ReadonlyMap<string, ZoneId>,
  membersOf: ReadonlyMap<string, Note[]>,
  frozen: ReadonlySet<ZoneId>,
): { moves: NoteMove[]; failed: ZoneId[] } {
  const grouped = (n: Note) => n.clusterId !== null && home.has(n.clusterId);
  const moves: NoteMove[] = [];
  const failed: ZoneId[] = [];
  for (const zone of zones) {
    if (frozen.has(zone.id)) continue;
    const mine = notes.filter((n) => n.zoneId === zone.id && !grouped(n));
    const items: Item[] = [
      ...clusters.filter((c) => home.get(c.id) === zone.id).map((c) => groupItem(c, membersOf.get(c.id)!, zone)),
      ...readingOrderOf(
        mine.filter((n) => n.kind === 'participant'),
        zones,
      ).map(noteItem),
      ...readingOrderOf(
        mine.filter((n) => n.kind !== 'participant'),
        zones,
      ).map(noteItem),
    ];
    const placed = shelve(zone, items);
    if (placed) moves.push(...placed);
    else failed.push(zone.id);
  }
  return { moves, failed };
}
