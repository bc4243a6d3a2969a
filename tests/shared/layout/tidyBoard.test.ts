import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { noteRect, rectsIntersect, zonesOfBoard } from '../../../shared/document/geometry';
import type { Cluster, SessionDocument } from '../../../shared/document/schema';
import { newId, type BoardId, type ClusterId } from '../../../shared/ids';
import { ZONE_HEADER } from '../../../shared/layout/tidy';
import { tidyBoardMoves } from '../../../shared/layout/tidyBoard';
import { invertOperation, operation } from '../../../shared/operations/registry';
import { clusterFrame } from '../../../renderer/src/clusters/clusterGeometry';
import { noteSpots, notesAtSpots } from '../../helpers/notesInZones';
import { applied, sessionWithExercise } from '../../helpers/sessions';

/** Benefits and risks with its reference cards, notes dropped anywhere in its zones, and up to three groups (some spread over zones). */
const boards = fc
  .record({
    spots: noteSpots(1, 16),
    groups: fc.array(fc.array(fc.nat(15), { minLength: 1, maxLength: 6 }), { maxLength: 3 }),
    headline: fc.constantFrom('Travel and working alone', 'More autonomy, closer relationships', 'IT'),
  })
  .map(({ spots, groups, headline }) => {
    const { doc, boardId } = sessionWithExercise();
    const zones = zonesOfBoard(doc, boardId);
    const notes = notesAtSpots(boardId, zones, spots);
    let d: SessionDocument = applied(doc, operation('addNotes', { notes }));
    const used = new Set<number>();
    groups.forEach((members, order) => {
      const ids = [...new Set(members.filter((m) => m < notes.length && !used.has(m)))];
      if (ids.length === 0) return;
      ids.forEach((m) => used.add(m));
      const cluster: Cluster = {
        id: newId('cluster') as ClusterId,
        boardId,
        headline: `${headline} ${order}`,
        subPoints: [],
        quoteNoteId: null,
        order,
      };
      d = applied(d, operation('createCluster', { cluster, noteIds: ids.map((m) => notes[m].id) }));
    });
    return { doc: d, boardId };
  });

const shapesOf = (doc: SessionDocument, boardId: BoardId) =>
  Object.values(doc.clusters)
    .filter((c) => c.boardId === boardId)
    .map((c) => {
      const members = Object.values(doc.notes).filter((n) => n.clusterId === c.id);
      const frame = clusterFrame(c, members, doc.zones)!;
      return { cluster: c, members, shapes: [...frame.patches, frame.label] };
    });

describe('Tidy board', () => {
  it('changes no one’s group, gathers each group in one zone clear of headers, other notes and other groups, overlaps no notes, and undoes in one step', () => {
    let tidiedGroups = 0;
    fc.assert(
      fc.property(boards, ({ doc, boardId }) => {
        const moves = tidyBoardMoves(doc, boardId);
        if (moves.length === 0) return;
        const op = operation('moveNotes', { moves });
        const after = applied(doc, op);
        // Membership: every note keeps its group; moves name only this board's notes, each once.
        for (const note of Object.values(doc.notes)) expect(after.notes[note.id].clusterId).toBe(note.clusterId);
        expect(new Set(moves.map((m) => m.noteId)).size).toBe(moves.length);
        expect(moves.every((m) => doc.notes[m.noteId]?.boardId === boardId)).toBe(true);
        // In every zone laid out afresh, no two notes overlap.
        const zones = zonesOfBoard(after, boardId);
        const movedZones = new Set(moves.map((m) => after.notes[m.noteId].zoneId));
        for (const zone of zones.filter((z) => movedZones.has(z.id))) {
          const rects = Object.values(after.notes)
            .filter((n) => n.zoneId === zone.id)
            .map(noteRect);
          for (let i = 0; i < rects.length; i++)
            for (let j = i + 1; j < rects.length; j++) expect(rectsIntersect(rects[i], rects[j])).toBe(false);
        }
        // Each group whose notes moved sits in one zone, its frame and label clear of every header, outside note and other group.
        const headers = zones.map((z) => ({ ...z, height: ZONE_HEADER }));
        const groups = shapesOf(after, boardId);
        for (const group of groups) {
          if (!group.members.some((n) => moves.some((m) => m.noteId === n.id))) continue;
          tidiedGroups++;
          expect(new Set(group.members.map((n) => n.zoneId)).size).toBe(1);
          const outside = Object.values(after.notes)
            .filter((n) => n.boardId === boardId && n.clusterId !== group.cluster.id)
            .map(noteRect);
          const otherGroups = groups.filter((g) => g !== group).flatMap((g) => g.shapes);
          for (const shape of group.shapes) {
            expect(headers.some((h) => rectsIntersect(shape, h))).toBe(false);
            expect(outside.some((o) => rectsIntersect(shape, o))).toBe(false);
            expect(otherGroups.some((o) => rectsIntersect(shape, o))).toBe(false);
          }
        }
        // One undo step puts every note back.
        const undone = applied(after, invertOperation(doc, op));
        for (const note of Object.values(doc.notes))
          expect([undone.notes[note.id].x, undone.notes[note.id].y]).toEqual([note.x, note.y]);
      }),
      { numRuns: 150 },
    );
    expect(tidiedGroups).toBeGreaterThan(20);
  });

  it('tidy twice is tidy once: a tidied board asks for no more moves', () => {
    fc.assert(
      fc.property(boards, ({ doc, boardId }) => {
        const moves = tidyBoardMoves(doc, boardId);
        const after = moves.length ? applied(doc, operation('moveNotes', { moves })) : doc;
        expect(tidyBoardMoves(after, boardId)).toEqual([]);
      }),
      { numRuns: 60 },
    );
  });
});
