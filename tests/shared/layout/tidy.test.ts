import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { noteRect, rectsIntersect, zonesOfBoard } from '../../../shared/document/geometry';
import type { Cluster, SessionDocument } from '../../../shared/document/schema';
import { newId, type ClusterId } from '../../../shared/ids';
import { tidyGroupMoves, ZONE_HEADER } from '../../../shared/layout/tidy';
import { invertOperation, operation } from '../../../shared/operations/registry';
import { clusterFrame } from '../../../renderer/src/clusters/clusterGeometry';
import { noteSpots, notesAtSpots } from '../../helpers/notesInZones';
import { applied, sessionWithExercise } from '../../helpers/sessions';

/** A board of Benefits and risks with notes dropped anywhere in its zones, some of them made a group. */
const boards = fc
  .record({
    spots: noteSpots(2, 14),
    members: fc.array(fc.nat(13), { minLength: 2, maxLength: 6 }),
    headline: fc.constantFrom('Travel and working alone', 'More autonomy, closer relationships', 'IT'),
  })
  .map(({ spots, members, headline }) => {
    const { doc, boardId } = sessionWithExercise();
    const zones = zonesOfBoard(doc, boardId);
    // The template's reference cards go, so the zones are the table's own.
    let d: SessionDocument = applied(doc, operation('deleteNotes', { noteIds: Object.keys(doc.notes) as never }));
    const notes = notesAtSpots(boardId, zones, spots);
    d = applied(d, operation('addNotes', { notes }));
    const ids = [...new Set(members.filter((m) => m < notes.length))].map((m) => notes[m].id);
    const cluster: Cluster = {
      id: newId('cluster') as ClusterId,
      boardId,
      headline,
      subPoints: [],
      quoteNoteId: null,
      order: 0,
    };
    d = applied(d, operation('createCluster', { cluster, noteIds: ids.length ? ids : [notes[0].id] }));
    return { doc: d, clusterId: cluster.id };
  });

describe('tidying a group', () => {
  it('gathers its notes into one zone, its frame and label clear of zone headers and of every other note; undo puts them back', () => {
    let tidied = 0;
    fc.assert(
      fc.property(boards, ({ doc, clusterId }) => {
        const moves = tidyGroupMoves(doc, clusterId);
        if (!moves) return; // no room in the zone: nothing moves
        tidied++;
        const op = operation('moveNotes', { moves });
        const after = applied(doc, op);
        const members = Object.values(after.notes).filter((n) => n.clusterId === clusterId);
        const before = Object.values(doc.notes).filter((n) => n.clusterId === clusterId);
        expect(members.map((n) => n.id).sort()).toEqual(before.map((n) => n.id).sort());
        expect(new Set(members.map((n) => n.zoneId)).size).toBe(1);
        const frame = clusterFrame(after.clusters[clusterId], members, after.zones)!;
        const outside = Object.values(after.notes)
          .filter((n) => n.clusterId !== clusterId)
          .map(noteRect);
        const headers = zonesOfBoard(after, after.clusters[clusterId].boardId).map((z) => ({
          ...z,
          height: ZONE_HEADER,
        }));
        for (const shape of [...frame.patches, frame.label]) {
          expect(outside.some((o) => rectsIntersect(shape, o))).toBe(false);
          expect(headers.some((h) => rectsIntersect(shape, h))).toBe(false);
        }
        const undone = applied(after, invertOperation(doc, op));
        for (const n of before) expect([undone.notes[n.id].x, undone.notes[n.id].y]).toEqual([n.x, n.y]);
      }),
      { numRuns: 120 },
    );
    expect(tidied, 'boards where the group found room').toBeGreaterThan(60);
  });
});
