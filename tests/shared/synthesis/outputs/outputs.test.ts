import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generatedExport } from '../../../../scripts/bench/synthesisData';
import type { SessionExport } from '../../../../shared/export/schema';
import { SynthesisBuilder } from '../../../../shared/synthesis/builder';
import { synthesisOutputs } from '../../../../shared/synthesis/outputs/outputs';
import type { RawCodedNote } from '../../../../shared/synthesis/outputs/schema';
import { shareableSynthesis } from '../../../../shared/synthesis/shareable';
import { published } from '../../../helpers/publishedSynthesis';
import { isSmall, recoverableCells } from '../../../helpers/disclosure';
import { EVENT_A, EVENT_B } from '../handMade';
import { HAND_CODING, Q, randomCoding } from './codings';

// The codebook, the coded notes and the cross-tabs, from a synthesis, its note rows and a coding
// made by hand: what they say on two hand-counted events, and, over generated syntheses and
// codings, that every note is coded once and no small count can be shown or worked out.

function synthesised(files: readonly SessionExport[]) {
  const builder = new SynthesisBuilder();
  files.forEach((f, i) => builder.add(f, `${i}.json`));
  return builder;
}

describe('synthesis outputs from a coding', () => {
  const builder = synthesised([EVENT_A, EVENT_B]);
  const raw = synthesisOutputs(builder.result(), builder.noteRows(), HAND_CODING, { raw: true });

  it('the raw codebook has every theme with its question, audience, exact count and traced quotes', () => {
    const staffing = raw.codebook.find((t) => t.themeId === 't-1')!;
    expect(staffing).toMatchObject({
      templateId: Q,
      audience: 'staff',
      headline: 'Not enough staff',
      definition: 'Shortages of staff on shift',
      subPoints: ['Nights', 'Weekends'],
      notes: 5,
      approved: true,
      origin: 'machine',
    });
    // The chosen quote first, with its note id and event, labelled by staff group, never a name.
    expect(staffing.quotes[0]).toEqual({
      noteId: 'note:b2',
      eventName: 'Bristol listening event',
      eventDate: '2026-11-01',
      text: 'Too few staff on the ward',
      label: 'Nurse',
    });
    // note:b3 is named by no theme: it is "other", with note:a4.
    expect(raw.codebook.find((t) => t.themeId === 'other' && t.audience === 'staff')!.notes).toBe(2);
    expect(raw.codebook.map((t) => `${t.audience}:${t.themeId}`)).toEqual([
      'staff:t-1',
      'staff:other',
      'public:t-2',
      'public:other',
    ]);
  });

  it('the raw coded notes have every note once, with its theme, question, audience, staff group, sector and event', () => {
    const notes = raw.codedNotes as RawCodedNote[];
    expect(notes.map((n) => n.note_id).sort()).toEqual(
      builder
        .noteRows()
        .map((n) => n.noteId)
        .sort(),
    );
    expect(notes.find((n) => n.note_id === 'note:a1')).toMatchObject({
      theme_id: 't-1',
      theme_headline: 'Not enough staff',
      template_id: Q,
      audience: 'staff',
      staff_group: 'nurse',
      sector: 'acute',
      shift: 'hospital-to-community',
      event_name: 'Leeds listening event',
      table: 'Table 1',
      zone: 'Barriers',
      group_id: 'cluster:a1',
    });
    expect(notes.find((n) => n.note_id === 'note:b3')!.theme_id).toBe('other');
  });

  it('the raw cross-tabs count each theme by staff group, sector, audience and shift, with totals', () => {
    const cell = (dimension: string, themeId: string, code: string) =>
      raw.crossTabs.find((c) => c.dimension === dimension && c.theme_id === themeId && c.code === code)?.count;
    expect(cell('staff_group', 't-1', 'nurse')).toBe(3);
    expect(cell('staff_group', 't-1', 'doctor')).toBe(1);
    expect(cell('staff_group', 't-1', 'prefer-not-to-say')).toBe(1);
    expect(cell('staff_group', 't-1', 'all')).toBe(5);
    expect(cell('staff_group', 'all', 'nurse')).toBe(3);
    expect(cell('sector', 'other', 'community')).toBe(1);
    expect(cell('audience', 't-2', 'public')).toBe(2);
    expect(cell('audience', 't-2', 'staff')).toBe(0);
    expect(cell('shift', 't-1', 'analogue-to-digital')).toBe(2);
    // Public notes have no staff group or sector cross-tab: they have a row of their own elsewhere.
    expect(raw.crossTabs.filter((c) => c.dimension === 'staff_group' && c.audience === 'public')).toEqual([]);
  });

  it('the shareable outputs show no count from 1 to 4, and leave out quotes and notes behind a withheld count', () => {
    const shared = synthesisOutputs(builder.result(), builder.noteRows(), HAND_CODING);
    expect(shared.crossTabs.filter((c) => isSmall(c.count))).toEqual([]);
    expect(shared.codebook.filter((t) => isSmall(t.notes))).toEqual([]);
    for (const t of shared.codebook) if (typeof t.notes !== 'number') expect(t.quotes).toEqual([]);
    const shown = new Set(shared.codebook.filter((t) => typeof t.notes === 'number').map((t) => t.themeId));
    for (const n of shared.codedNotes) expect(shown.has(n.theme_id)).toBe(true);
    expect(shared.codedNotes.every((n) => !('staff_group' in n) && !('sector' in n) && !('table' in n))).toBe(true);
  });
});

describe('properties of the outputs over generated syntheses and codings', () => {
  const events = fc.array(
    fc.record({ seed: fc.integer({ min: 0, max: 10_000 }), size: fc.integer({ min: 1, max: 45 }) }),
    {
      minLength: 1,
      maxLength: 3,
    },
  );

  it('every note is coded exactly once, in its own question and audience, however the coding names it', () => {
    fc.assert(
      fc.property(events, fc.integer(), (list, seed) => {
        const builder = synthesised(list.map((e, i) => generatedExport(e.seed * 10 + i, e.size)));
        const rows = builder.noteRows();
        const coding = randomCoding(rows, seed);
        // A note named twice, and a note no export holds: neither may add a row.
        coding.questions[0]?.themes[0]?.noteIds.push(...rows.slice(0, 3).map((r) => r.noteId), 'note:nowhere');
        const out = synthesisOutputs(builder.result(), rows, coding, { raw: true });
        const notes = out.codedNotes as RawCodedNote[];
        expect(notes.map((n) => n.note_id).sort()).toEqual(rows.map((r) => r.noteId).sort());
        const byId = new Map(rows.map((r) => [r.noteId, r]));
        for (const n of notes) {
          expect(n.template_id).toBe(byId.get(n.note_id)!.templateId);
          expect(n.audience).toBe(byId.get(n.note_id)!.audience);
        }
        const counted = out.codebook.reduce((s, t) => s + (t.notes as number), 0);
        expect(counted).toBe(rows.length);
      }),
      { numRuns: 15 },
    );
  }, 120_000);

  it('no shareable count is 1 to 4, the same figure reads the same everywhere, and no withheld one can be worked out', () => {
    fc.assert(
      fc.property(events, fc.integer(), (list, seed) => {
        const builder = synthesised(list.map((e, i) => generatedExport(e.seed * 10 + i, e.size)));
        const out = synthesisOutputs(builder.result(), builder.noteRows(), randomCoding(builder.noteRows(), seed));
        const p = published(out, shareableSynthesis(builder.result()), false);
        expect([...p.figures].filter(([, v]) => isSmall(v))).toEqual([]);
        for (const line of p.lines) {
          const cells = line.parts.map((x) => p.figures.get(x)!);
          expect({ line: line.name, pinned: recoverableCells(cells, p.figures.get(line.total)!) }).toEqual({
            line: line.name,
            pinned: [],
          });
        }
        expect(p.recoverable(builder.noteRows().length)).toEqual([]);
      }),
      { numRuns: 15 },
    );
  }, 120_000);
});
