import { describe, expect, it } from 'vitest';
import type { SessionExport } from '../../../shared/export/schema';
import { SynthesisBuilder } from '../../../shared/synthesis/builder';
import { synthesisFiles } from '../../../shared/synthesis/files';
import { EVENT_A, EVENT_B } from './handMade';

// Staff and public apart in every count, chart and theme; people counted as people; unrevealed
// votes left out and said so; tables counted per event. Each reproduces what an organiser saw.

/** Event A with a second, public board: public notes with dots, and ratings from that board. */
function withPublicBoard(): SessionExport {
  const publicNotes = ['Buses stop at six', 'No parking at the hub', 'Leaflets only in English'].map((text, i) => ({
    ...EVENT_A.notes[4],
    id: `note:p${i}`,
    text,
    boardId: 'board:ap',
    tableId: 'table:ap',
    zoneId: 'zone:ap',
    clusterId: null,
    dots: 5 + i,
  }));
  return {
    ...EVENT_A,
    tables: [
      ...EVENT_A.tables,
      {
        ...EVENT_A.tables[0],
        id: 'table:ap',
        name: 'Table 2',
        participantCount: 7,
        mix: { staffGroups: {}, sectors: {} },
      },
    ],
    exercises: [
      {
        ...EVENT_A.exercises[0],
        boards: [...EVENT_A.exercises[0].boards, { id: 'board:ap', tableId: 'table:ap', voting: 'revealed' }],
      },
    ],
    zones: [...EVENT_A.zones, { id: 'zone:ap', boardId: 'board:ap', label: 'Barriers', order: 0 }],
    notes: [...EVENT_A.notes, ...publicNotes],
    votes: [
      ...EVENT_A.votes,
      {
        boardId: 'board:ap',
        exerciseId: EVENT_A.exercises[0].id,
        tableId: 'table:ap',
        revealed: true,
        dots: publicNotes.map((n) => ({ noteId: n.id, count: n.dots })),
        ratings: [{ zoneId: 'zone:ap', zoneLabel: 'Barriers', scale: 5, distribution: [6, 0, 0, 0, 0] }],
        stances: [],
      },
    ],
  };
}

/** Event B with its votes still hidden from the room: its boards' voting still open, so no result is revealed. */
const HIDDEN_B: SessionExport = {
  ...EVENT_B,
  exercises: EVENT_B.exercises.map((e) => ({
    ...e,
    boards: e.boards.map((b) => ({ ...b, voting: b.voting === 'revealed' ? 'open' : b.voting })),
  })),
  votes: EVENT_B.votes.map((v) => ({ ...v, revealed: false })),
};

function synthesised(...files: SessionExport[]) {
  const builder = new SynthesisBuilder();
  files.forEach((f, i) => builder.add(f, `${i}.json`));
  return builder;
}

describe('audiences and people in the synthesis', () => {
  it('reproduction: dots by zone and ratings keep staff and public apart', () => {
    const [q] = synthesised(withPublicBoard()).result().questions;
    expect(q.dotsByZone.staff).toEqual([{ code: 'Barriers', label: 'Barriers', count: 4 }]);
    expect(q.dotsByZone.public).toEqual([{ code: 'Barriers', label: 'Barriers', count: 18 }]);
    expect(q.ratings.map((r) => [r.audience, r.distribution])).toEqual([
      ['staff', [0, 1, 2, 0, 0]],
      ['public', [6, 0, 0, 0, 0]],
    ]);
  });

  it('reproduction: "Who took part" counts people from the tables, never notes; not recorded and prefer-not-to-say stay apart', () => {
    const s = synthesised(withPublicBoard(), EVENT_B).result();
    // Tables: 6 (nurse 4, doctor 2) + 7 (no mix) at Leeds, 6 (nurse 4, doctor 2) at Bristol.
    expect(s.totals.participants).toBe(19);
    const byCode = (rows: { code: string; count: number }[]) => Object.fromEntries(rows.map((r) => [r.code, r.count]));
    expect(byCode(s.counts.participantsByStaffGroup)).toEqual({ nurse: 8, doctor: 4, '': 7 });
    // Notes: public notes are their own row, never staff "Not recorded"; prefer-not-to-say is its own code.
    expect(byCode(s.counts.staffGroup)).toEqual({
      nurse: 3,
      doctor: 1,
      'admin-manager': 1,
      'prefer-not-to-say': 1,
      '': 1,
      public: 5,
    });
    const html = synthesisFiles(s, [], { generatedAt: '2026-11-02T09:00:00.000Z', appVersion: 't' })[3].content;
    expect(html).toMatch(/<h2>Who took part<\/h2>[\s\S]*People[\s\S]*Nurse[\s\S]*<h2>What was written, by whom<\/h2>/);
    expect(html).toContain('Members of the public');
  });

  it('reproduction: unrevealed votes are left out of the results, counted apart and labelled', () => {
    const s = synthesised(EVENT_A, HIDDEN_B).result();
    const [q] = s.questions;
    expect(q.ratings).toEqual([
      { audience: 'staff', zoneLabel: 'Barriers', scale: 5, distribution: [0, 1, 2, 0, 0], mean: 2.6666666666666665 },
    ]);
    expect(q.dotsByZone.staff).toEqual([{ code: 'Barriers', label: 'Barriers', count: 4 }]);
    expect(q.unrevealed).toEqual({ boards: 1, dots: 2, ratings: 5, stances: 0 });
    expect(s.totals).toMatchObject({ dots: 4, ratings: 3, unrevealedVotes: 7 });
    // The staffing theme's dots are the revealed ones only (3 + 1 at Leeds; Bristol's 2 were hidden).
    expect(q.themes.staff.find((t) => t.headlines.includes('Staff shortages'))!.dots).toBe(4);
    const html = synthesisFiles(s, [], { generatedAt: '2026-11-02T09:00:00.000Z', appVersion: 't' })[3].content;
    expect(html).toContain('Not yet revealed to the room, so left out of the results above');
  });

  it('reproduction: tables are counted per event, "Table 1" of Leeds and of Bristol never added together', () => {
    const s = synthesised(EVENT_A, EVENT_B).result();
    expect(s.counts.table.map((r) => [r.label, r.count])).toEqual([
      ['Leeds listening event (2026-11-01) › Table 1', 6],
      ['Bristol listening event (2026-11-01) › Table 1', 3],
    ]);
  });
});
