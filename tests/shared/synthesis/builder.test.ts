import { describe, expect, it } from 'vitest';
import { SynthesisBuilder } from '../../../shared/synthesis/builder';
import { ExportSchema } from '../../../shared/export/schema';
import { STAFF_GROUPS, SECTORS } from '../../../shared/document/taxonomy';
import { shownCount } from '../../../shared/synthesis/types';
import { EVENT_A, EVENT_B } from './handMade';

function synthesised() {
  const builder = new SynthesisBuilder();
  builder.add(EVENT_A, 'a.json');
  builder.add(EVENT_B, 'b.json');
  return builder;
}

describe('the synthesis of a small hand-made set', () => {
  it('is made of valid exports', () => {
    expect(ExportSchema.safeParse(EVENT_A).success).toBe(true);
    expect(ExportSchema.safeParse(EVENT_B).success).toBe(true);
  });

  it('counts participant notes, never reference cards, with staff and public apart', () => {
    const { totals } = synthesised().result();
    expect(totals).toMatchObject({
      events: 2,
      sessions: 2,
      tables: 2,
      participants: 12,
      participantNotes: 9,
      notesByAudience: { staff: 7, public: 2 },
      dots: 6,
      ratings: 8,
    });
  });

  it('counts by staff group, sector and shift as written by hand, public notes in a row of their own', () => {
    const { counts } = synthesised().result();
    const byCode = (rows: { code: string; count: number }[]) => Object.fromEntries(rows.map((r) => [r.code, r.count]));
    expect(byCode(counts.staffGroup)).toEqual({
      nurse: 3,
      doctor: 1,
      'prefer-not-to-say': 1,
      'admin-manager': 1,
      '': 1,
      public: 2,
    });
    expect(byCode(counts.sector)).toEqual({ acute: 1, community: 1, 'mental-health': 1, '': 4, public: 2 });
    expect(byCode(counts.shift)).toEqual({ 'hospital-to-community': 6, 'analogue-to-digital': 3 });
    expect(byCode(counts.participantsByStaffGroup)).toEqual({ nurse: 8, doctor: 4 });
  });

  it('joins the two events’ staffing groups into one theme, with its quotes labelled by one group or sector', () => {
    const [question] = synthesised().result().questions;
    const staffing = question.themes.staff.find((t) => t.headlines.includes('Staff shortages'))!;
    expect(staffing.headlines).toEqual(expect.arrayContaining(['Staff shortages', 'Not enough staff']));
    expect(staffing).toMatchObject({ notes: 5, events: 2, dots: 6 });
    expect(staffing.subPoints[0]).toBe('Weekends'); // written by both tables
    expect(staffing.quotes).toEqual([
      { text: 'Not enough nurses on nights', label: 'Nurse' },
      // "Prefer not to say" is no label: the sector is used instead.
      { text: 'Staff shortages mean no breaks', label: 'Mental health' },
    ]);
    const labels = new Set<string>([
      ...[...STAFF_GROUPS, ...SECTORS].map((i) => i.label as string),
      'Staff member',
      'Member of the public',
    ]);
    for (const q of question.themes.staff.concat(question.themes.public).flatMap((t) => t.quotes))
      expect(labels.has(q.label)).toBe(true);
  });

  it('keeps the public’s group apart from staff themes', () => {
    const [question] = synthesised().result().questions;
    expect(question.themes.public.map((t) => t.headline)).toEqual(['GP appointments']);
    expect(question.themes.staff.map((t) => t.headline)).not.toContain('GP appointments');
    expect(question.notes).toEqual({ staff: 7, public: 2 });
    expect(question.ungrouped).toBe(2);
  });

  it('merges rating distributions and dots by zone across events', () => {
    const [question] = synthesised().result().questions;
    expect(question.ratings).toEqual([
      { audience: 'staff', zoneLabel: 'Barriers', scale: 5, distribution: [0, 1, 3, 3, 1], mean: 3.5 },
    ]);
    expect(question.dotsByZone).toEqual({ staff: [{ code: 'Barriers', label: 'Barriers', count: 6 }], public: [] });
  });

  it('skips a second copy of the same session', () => {
    const builder = synthesised();
    expect(builder.add(EVENT_A, 'a-again.json')).toBe('duplicate');
    expect(builder.add({ ...EVENT_B, session: { ...EVENT_B.session, id: 'session:other' } }, 'b-renamed.json')).toBe(
      'duplicate',
    );
    const { totals } = builder.result();
    expect(totals).toMatchObject({ sessions: 2, participantNotes: 9, duplicatesSkipped: 2 });
    expect(builder.noteRows()).toHaveLength(9);
  });

  it('names each note row by its export record id and its table group', () => {
    const rows = synthesised().noteRows();
    expect(rows.find((r) => r.noteId === 'note:a3')).toMatchObject({ groupId: 'cluster:a1', staffGroup: 'doctor' });
    expect(new Set(rows.map((r) => r.noteId)).size).toBe(rows.length);
    expect(rows.filter((r) => r.group === '').every((r) => r.groupId === '')).toBe(true);
  });

  it('shows counts from 1 to 4 as "<5"', () => {
    expect([0, 1, 4, 5, 120].map(shownCount)).toEqual(['0', '<5', '<5', '5', '120']);
  });
});
