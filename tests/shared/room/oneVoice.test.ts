import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { SessionDocument } from '../../../shared/document/schema';
import type { NoteId, TableId, ZoneId } from '../../../shared/ids';
import { applyOperation, operation } from '../../../shared/operations/registry';
import { newTable } from '../../../shared/operations/tableOperations';
import {
  addNoteOperation,
  dotOperation,
  memberBoard,
  nextRoomNumber,
  rateOperation,
  type RoomMember,
} from '../../../shared/room/participantActions';
import { participantView } from '../../../shared/room/participantView';
import { ExerciseTemplateSchema } from '../../../shared/templates/schema';
import { instantiateTemplate } from '../../../shared/templates/instantiate';
import { applied, NOW, sessionWithExercise } from '../../helpers/sessions';

// One person, one voice, as a property: whatever a room's phones send, in any order, changing
// table as they like, each person's dots in an exercise never pass the budget (per column when
// counted per column), each person has at most one rating of each zone in the exercise, every
// note lands on the board of the table its author sat at, and numbers are never given twice.

function template(id: string) {
  const file = path.join(import.meta.dirname, '..', '..', '..', 'resources', 'templates', `${id}.json`);
  return ExerciseTemplateSchema.parse(JSON.parse(readFileSync(file, 'utf-8')));
}

/** A session at three tables with one exercise (Benefits and risks: dots per column; or the AI use case: dots and a 1–5 rating). */
function roomSession(withRating: boolean): SessionDocument {
  let { doc } = sessionWithExercise();
  if (withRating) {
    doc = applied(doc, operation('removeExercise', { exerciseId: Object.keys(doc.exercises)[0] } as never));
    doc = applied(doc, operation('addExercise', instantiateTemplate(doc, template('a2d.dg2.ex2b'), NOW)));
  }
  doc = applied(doc, operation('addTable', newTable(doc, 'Table 2')));
  doc = applied(doc, operation('addTable', newTable(doc, 'Table 3')));
  for (const board of Object.values(doc.boards))
    doc = applied(doc, operation('setBoardState', { boardId: board.id, changes: { voting: 'open' } }));
  return doc;
}

const action = fc.oneof(
  fc.record({ kind: fc.constant('sit' as const), who: fc.nat(3), table: fc.nat(2) }),
  fc.record({ kind: fc.constant('note' as const), who: fc.nat(3), n: fc.nat(4) }),
  fc.record({ kind: fc.constant('dot' as const), who: fc.nat(3), pick: fc.nat(50), add: fc.boolean() }),
  fc.record({
    kind: fc.constant('rate' as const),
    who: fc.nat(3),
    zone: fc.nat(5),
    value: fc.integer({ min: 1, max: 5 }),
  }),
);

describe('one person, one voice in a room', () => {
  for (const withRating of [false, true])
    it(`holds for any messages in any order (${withRating ? 'dots and ratings' : 'dots per column'})`, () => {
      fc.assert(
        fc.property(fc.array(action, { minLength: 10, maxLength: 80 }), (actions) => {
          let doc = roomSession(withRating);
          const tables = Object.values(doc.tables).sort((a, b) => a.order - b.order);
          const members: RoomMember[] = [];
          for (let i = 0; i < 4; i++) {
            const number = nextRoomNumber(doc, members.at(-1)?.number ?? 0)!;
            expect(members.map((m) => m.number)).not.toContain(number);
            members.push({ number, tableId: null, staffGroup: null, sector: null });
          }
          const sentFrom = new Map<string, TableId>();
          for (const a of actions) {
            const member = members[a.who];
            if (a.kind === 'sit') {
              member.tableId = tables[a.table].id as TableId;
              continue;
            }
            let result;
            if (a.kind === 'note') {
              result = addNoteOperation(doc, member, `note-${a.who}-${a.n}`, `Note ${a.n}`, null, NOW);
              if (result.ok && result.value)
                sentFrom.set(`note:room${member.number}-note-${a.who}-${a.n}`, member.tableId!);
            } else if (a.kind === 'dot') {
              // A note on their own board: what a phone shows them.
              const board = memberBoard(doc, member);
              const notes = Object.values(doc.notes).filter((n) => n.boardId === board?.id);
              if (notes.length === 0) continue;
              result = dotOperation(doc, member, notes[a.pick % notes.length].id, a.add);
            } else {
              const board = Object.values(doc.boards).find((b) => b.tableId === member.tableId);
              const zones = Object.values(doc.zones).filter((z) => z.boardId === board?.id);
              if (zones.length === 0) continue;
              result = rateOperation(doc, member, zones[a.zone % zones.length].id as ZoneId, a.value);
            }
            if (!result.ok || !result.value) continue;
            const next = applyOperation(doc, result.value, NOW);
            if (next.ok) doc = next.value;
          }
          const exercise = Object.values(doc.exercises)[0];
          const dots = exercise.voting!.dots!;
          for (const member of members) {
            const mine = Object.values(doc.votes).filter((v) => v.participant === member.number);
            const dotsByColumn = new Map<number | null, number>();
            for (const v of mine)
              if (v.kind === 'dot') {
                const zone = doc.notes[v.noteId]?.zoneId;
                const key = dots.perZone ? (zone ? doc.zones[zone].order : null) : null;
                dotsByColumn.set(key, (dotsByColumn.get(key) ?? 0) + v.count);
              }
            for (const used of dotsByColumn.values()) expect(used).toBeLessThanOrEqual(dots.perParticipant);
            const ratedZones = mine.flatMap((v) => (v.kind === 'rating' ? [doc.zones[v.zoneId].order] : []));
            expect(new Set(ratedZones).size).toBe(ratedZones.length);
            if (member.tableId) {
              const view = participantView(doc, member, {
                paused: false,
                now: 0,
                hidden: new Set(),
                held: [],
                tableChange: true,
              });
              expect(view.dotsLeft).toBeGreaterThanOrEqual(0);
              expect(view.notes.filter((n) => n.mine).every((n) => doc.notes[n.id as NoteId])).toBe(true);
            }
          }
          for (const [noteId, tableId] of sentFrom)
            if (doc.notes[noteId as NoteId])
              expect(doc.boards[doc.notes[noteId as NoteId].boardId].tableId).toBe(tableId);
        }),
        { numRuns: 300 },
      );
    });

  it('gives numbers above every room number the session already carries, whatever the room file says', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 501, max: 998 }), { maxLength: 8 }), fc.nat(998), (used, lastGiven) => {
        let { doc } = sessionWithExercise();
        const boardId = Object.keys(doc.boards)[0];
        const votes = Object.fromEntries(
          used.map((n, i) => [
            `vote:p${i}`,
            {
              kind: 'rating',
              id: `vote:p${i}`,
              boardId,
              zoneId: Object.keys(doc.zones)[0],
              value: 3,
              participant: n,
              count: 1,
            },
          ]),
        );
        doc = { ...doc, votes: votes as SessionDocument['votes'] };
        const next = nextRoomNumber(doc, lastGiven);
        const highest = Math.max(500, lastGiven, ...used);
        expect(next).toBe(highest < 999 ? highest + 1 : null);
      }),
    );
  });
});
