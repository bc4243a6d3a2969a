import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { newCluster, planMembership } from '../../../shared/clustering/grouping';
import { NOTE_SIZE, noteRect, zonesOfBoard } from '../../../shared/document/geometry';
import type { SessionDocument } from '../../../shared/document/schema';
import type { NoteId } from '../../../shared/ids';
import { withGather } from '../../../shared/layout/gather';
import { groupLabelClear, groupLabelRect, groupPatch, topPatchIndex } from '../../../shared/layout/groupLabel';
import { ZONE_HEADER } from '../../../shared/layout/tidy';
import { invertOperation, operation } from '../../../shared/operations/registry';
import { noteSpots, notesAtSpots } from '../../helpers/notesInZones';
import { applied, NOW, sessionWithExercise } from '../../helpers/sessions';

const GAP = 12;

/** Benefits and risks with its reference cards, and notes dropped anywhere in its zones; some of them to be grouped. */
const boards = fc
  .record({
    spots: noteSpots(2, 12),
    members: fc.array(fc.nat(11), { minLength: 2, maxLength: 7 }),
    keepCards: fc.boolean(),
    // The template's zones (420 wide), or narrower ones that hold one note across, as grids do.
    zoneWidth: fc.constantFrom(420, 420, 240, 300),
  })
  .map(({ spots, members, keepCards, zoneWidth }) => {
    const { doc, boardId } = sessionWithExercise();
    zonesOfBoard(doc, boardId).forEach((z, i) => {
      doc.zones[z.id] = { ...doc.zones[z.id], x: i * (zoneWidth + 32), width: zoneWidth };
    });
    const zones = zonesOfBoard(doc, boardId);
    let d: SessionDocument = keepCards
      ? doc
      : applied(doc, operation('deleteNotes', { noteIds: Object.keys(doc.notes) as NoteId[] }));
    const notes = notesAtSpots(boardId, zones, spots);
    d = applied(d, operation('addNotes', { notes }));
    const ids = [...new Set(members.filter((m) => m < notes.length))].map((m) => notes[m].id);
    return { doc: d, boardId, ids: ids.length >= 2 ? ids : [notes[0].id, notes[1].id] };
  });

describe('grouping gathers the notes', () => {
  it('into a compact block inside their zone, in one operation that one undo takes back, membership and all', () => {
    let gathered = 0;
    fc.assert(
      fc.property(boards, ({ doc, boardId, ids }) => {
        const plan = planMembership(doc, ids, newCluster(doc, boardId, 'Travel and working alone'));
        if (!plan.ok) throw new Error(plan.error.message);
        const clusterId = plan.value.clusterId!;
        const { operation: op, moves } = withGather(doc, plan.value.operation, clusterId, NOW);
        const after = applied(doc, op);
        const members = Object.values(after.notes).filter((n) => n.clusterId === clusterId);
        expect(members.map((n) => n.id).sort()).toEqual([...ids].sort());
        if (moves.length > 0) {
          gathered++;
          // All in one zone, below its header, inside its edges.
          const [zoneId, ...others] = new Set(members.map((n) => n.zoneId));
          expect(others).toEqual([]);
          const zone = after.zones[zoneId!];
          for (const n of members) {
            expect(n.x).toBeGreaterThanOrEqual(zone.x);
            expect(n.y).toBeGreaterThanOrEqual(zone.y + ZONE_HEADER);
            expect(n.x + NOTE_SIZE.width).toBeLessThanOrEqual(zone.x + zone.width);
            expect(n.y + NOTE_SIZE.height).toBeLessThanOrEqual(zone.y + zone.height);
          }
          // A compact block: a grid of as near square as the zone allows, rows filled before the next, no holes.
          const xs = [...new Set(members.map((n) => n.x))].sort((a, b) => a - b);
          const ys = [...new Set(members.map((n) => n.y))].sort((a, b) => a - b);
          expect(xs.length).toBeLessThanOrEqual(Math.ceil(Math.sqrt(members.length)));
          expect(xs.length * ys.length).toBeLessThan(members.length + xs.length);
          xs.forEach((x, i) => expect(x).toBe(xs[0] + i * (NOTE_SIZE.width + GAP)));
          ys.forEach((y, i) => expect(y).toBe(ys[0] + i * (NOTE_SIZE.height + GAP)));
        }
        // One undo puts every note back where it was, in the group it was in, and the new group goes.
        const undone = applied(after, invertOperation(doc, op));
        for (const n of Object.values(doc.notes)) {
          expect([undone.notes[n.id].x, undone.notes[n.id].y, undone.notes[n.id].clusterId]).toEqual([
            n.x,
            n.y,
            n.clusterId,
          ]);
        }
        expect(Object.keys(undone.clusters)).toEqual(Object.keys(doc.clusters));
      }),
      { numRuns: 150 },
    );
    expect(gathered, 'boards where the group found room').toBeGreaterThan(75);
  });

  it('a name typed after the gather, however long, keeps its label inside its zone and clear of other notes and headers', () => {
    let spilledBefore = 0;
    fc.assert(
      fc.property(boards, fc.string({ minLength: 20, maxLength: 60 }), ({ doc, boardId, ids }, headline) => {
        // G makes the group unnamed and gathers it, keeping room for "Untitled group"; the name comes a moment later.
        const plan = planMembership(doc, ids, newCluster(doc, boardId, ''));
        if (!plan.ok) throw new Error(plan.error.message);
        const clusterId = plan.value.clusterId!;
        const made = applied(doc, withGather(doc, plan.value.operation, clusterId, NOW).operation);
        if (!groupLabelClear(made, clusterId)) return; // no room even for "Untitled group"
        const renamed = applied(made, operation('updateCluster', { clusterId, changes: { headline } }));
        const members = Object.values(renamed.notes).filter((n) => n.clusterId === clusterId);
        const patches = members.map((n) => groupPatch(noteRect(n)));
        const zone = renamed.zones[members[topPatchIndex(patches)].zoneId!];
        // As the board drew it before: as wide as the headline asked, across the zone's edge.
        const unbounded = groupLabelRect(headline, patches);
        if (unbounded.x + unbounded.width > zone.x + zone.width) spilledBefore++;
        expect(groupLabelClear(renamed, clusterId)).toBe(true);
      }),
      { numRuns: 200 },
    );
    expect(spilledBefore, 'boards where the label used to run past its zone (the finding)').toBeGreaterThan(10);
  });
});
