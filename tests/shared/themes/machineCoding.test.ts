import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { extendCoding, machineCoding, themeNumberAfter, type CodingNote } from '../../../shared/themes/machineCoding';
import { trimmedHeadline } from '../../../shared/themes/describe';
import type { Coding } from '../../../shared/synthesis/coding';

// Unit vectors along a few directions stand in for sentence embeddings: notes that say the
// same thing point the same way. Vectors are looked up by text, as the synthesis passes them.
const DIMENSIONS = 8;
const direction = (axis: number, wobble = 0): number[] => {
  const v = new Array<number>(DIMENSIONS).fill(0);
  v[axis % DIMENSIONS] = 1;
  v[(axis + 1) % DIMENSIONS] = wobble;
  const norm = Math.hypot(...v);
  return v.map((x) => x / norm);
};

interface Spec {
  id: string;
  text: string;
  axis: number;
  wobble?: number;
  groupId?: string;
  group?: string;
  isQuote?: boolean;
  dots?: number;
  templateId?: string;
  audience?: 'staff' | 'public';
}

function build(specs: readonly Spec[], headlines: Record<string, number> = {}) {
  const vectors = new Map<string, number[]>();
  const notes: CodingNote[] = specs.map((s) => {
    vectors.set(s.text, direction(s.axis, s.wobble ?? 0));
    return {
      noteId: s.id,
      text: s.text,
      groupId: s.groupId ?? '',
      group: s.group ?? '',
      isQuote: s.isQuote ?? false,
      dots: s.dots ?? 0,
      templateId: s.templateId ?? 'ctx.current_barriers',
      audience: s.audience ?? 'staff',
    };
  });
  for (const [headline, axis] of Object.entries(headlines)) vectors.set(headline, direction(axis));
  return { notes, vectors };
}

const placesOf = (coding: Coding) =>
  coding.questions.flatMap((q) => [
    ...q.themes.flatMap((t) => t.noteIds.map((id) => [id, `${q.templateId}|${q.audience}|${t.id}`])),
    ...q.other.map((id) => [id, `${q.templateId}|${q.audience}|other`]),
  ]);

describe('machineCoding', () => {
  const staffing: Spec[] = [
    { id: 'n1', text: 'Not enough staff', axis: 0, groupId: 'g1', group: 'Staffing' },
    { id: 'n2', text: 'Short staffing and vacancies', axis: 0, wobble: 0.1, groupId: 'g1', group: 'Staffing' },
    { id: 'n3', text: 'Staffing shortages', axis: 0, wobble: 0.2, groupId: 'g2', group: 'Not enough staff' },
    { id: 'n4', text: '2 RNs for 28 beds on nights', axis: 0, wobble: 0.15, isQuote: true, dots: 3 },
    { id: 'n5', text: 'Pay that keeps up with inflation', axis: 2, isQuote: true },
    { id: 'n6', text: 'Better pay   for band 5s and the cost of living now', axis: 2, wobble: 0.1 },
    { id: 'n7', text: 'Carbon footprint of running AI', axis: 5 },
    { id: 'p1', text: 'GP appointments', axis: 0, audience: 'public' },
    { id: 'p2', text: 'Cannot get a GP', axis: 0, wobble: 0.1, audience: 'public' },
  ];

  it('themes every note per question and audience, names themes by the tables’ headlines, quotes a marked note', () => {
    const { notes, vectors } = build(staffing, { Staffing: 0, 'Not enough staff': 0 });
    const coding = machineCoding({
      notes,
      vectors,
      subPointsOf: (g) => (g === 'g1' ? ['Weekends', 'Nights'] : ['Weekends']),
    });
    expect(coding.questions.map((q) => q.audience)).toEqual(['staff', 'public']);
    const [staff, publicInput] = coding.questions;
    expect(staff.themes.map((t) => [t.id, t.noteIds])).toEqual([
      ['t-1', ['n1', 'n2', 'n3', 'n4']],
      ['t-2', ['n5', 'n6']],
    ]);
    expect(staff.other).toEqual(['n7']);
    // "Staffing" heads two of its notes, "Not enough staff" one: the most common wins.
    expect(staff.themes[0]).toMatchObject({
      headline: 'Staffing',
      subPoints: ['Weekends', 'Nights'],
      quoteNoteId: 'n4',
      approved: false,
      origin: 'machine',
      definition: '',
    });
    // No table grouped the pay notes: the most central note's text, trimmed, is the headline.
    expect(['Pay that keeps up with inflation', 'Better pay for band 5s and the cost of living now']).toContain(
      staff.themes[1].headline,
    );
    expect(staff.themes[1].quoteNoteId).toBe('n5');
    expect(publicInput.themes.map((t) => [t.id, t.noteIds])).toEqual([['t-3', ['p1', 'p2']]]);
    // No table marked a quote or wrote sub-points for the GP notes: one of them is quoted
    // word for word, and the other's words are its sub-point (the first is its headline).
    const gp = publicInput.themes[0];
    expect(['p1', 'p2']).toContain(gp.quoteNoteId);
    expect([gp.headline, ...gp.subPoints].sort()).toEqual(['Cannot get a GP', 'GP appointments']);
  });

  it('themes by shared words alone when no vectors are given', () => {
    const { notes } = build([
      { id: 'a', text: 'Parking costs too much', axis: 0 },
      { id: 'b', text: 'Parking at the hospital', axis: 3 },
      { id: 'c', text: 'Rotas come out late', axis: 0 },
    ]);
    const [q] = machineCoding({ notes, vectors: null }).questions;
    expect(q.themes.map((t) => t.noteIds)).toEqual([['a', 'b']]);
    expect(q.other).toEqual(['c']);
  });

  it('says which texts have no vector, rather than theming them by guesswork', () => {
    const { notes, vectors } = build([{ id: 'a', text: 'Parking', axis: 0, groupId: 'g', group: 'Travel' }]);
    expect(() => machineCoding({ notes, vectors })).toThrow(
      /No sentence vector was given for 1 text \(the first: "Travel"\)/,
    );
  });

  it('cuts a long note to a one-line headline at a word', () => {
    const long =
      'We need   more staff on every ward because the rotas are always short and nobody can take a break at all';
    const headline = trimmedHeadline(long);
    expect(headline.length).toBeLessThanOrEqual(80);
    expect(headline.endsWith('…')).toBe(true);
    expect(headline).not.toMatch(/\s{2}/);
    expect(long.replace(/\s+/g, ' ').startsWith(headline.slice(0, -1))).toBe(true);
  });
});

const generated = fc.array(
  fc.record({
    axis: fc.integer({ min: 0, max: 5 }),
    wobble: fc.double({ min: 0, max: 1, noNaN: true }),
    group: fc.option(fc.constantFrom('g1', 'g2', 'g3'), { nil: null }),
    text: fc.constantFrom('Staffing', 'Pay rise', 'No time', 'IT systems dont talk', 'Parking', ''),
    templateId: fc.constantFrom('q.a', 'q.b'),
    audience: fc.constantFrom('staff' as const, 'public' as const),
    isQuote: fc.boolean(),
  }),
  { maxLength: 40 },
);
type Generated = typeof generated extends fc.Arbitrary<infer T> ? T : never;

/** Notes from generated records; each text is made unique so its vector is its own. */
function notesOf(list: Generated) {
  return build(
    list.map((x, i) => ({
      id: `note:${String(i).padStart(3, '0')}`,
      text: `${x.text} ${i}`,
      axis: x.axis,
      wobble: x.wobble,
      groupId: x.group ?? undefined,
      group: x.group ? `Headline ${x.group}` : undefined,
      templateId: x.templateId,
      audience: x.audience,
      isQuote: x.isQuote,
    })),
    { 'Headline g1': 0, 'Headline g2': 2, 'Headline g3': 4 },
  );
}

/** Every theme of every question of `coding`, with the notes it was made from. */
function describedRightly(coding: Coding, notes: readonly CodingNote[], fresh: (themeId: string) => boolean) {
  const byId = new Map(notes.map((n) => [n.noteId, n]));
  for (const q of coding.questions) {
    const headlines = q.themes.map((t) => t.headline.toLocaleLowerCase());
    expect(new Set(headlines).size).toBe(headlines.length);
    for (const t of q.themes.filter((theme) => fresh(theme.id))) {
      expect(t.noteIds).toContain(t.quoteNoteId);
      expect(t.subPoints.length).toBeLessThanOrEqual(5);
      // Each member's words are a headline or a sub-point candidate: with two or more members
      // beside the headline's, there are at least two sub-points.
      const texts = new Set(t.noteIds.map((id) => trimmedHeadline(byId.get(id)!.text).toLocaleLowerCase()));
      texts.delete(t.headline.toLocaleLowerCase());
      expect(t.subPoints.length).toBeGreaterThanOrEqual(Math.min(2, texts.size));
    }
  }
}

describe('machineCoding, for every input', () => {
  it('gives every theme a quote of its own notes, 2 to 5 sub-points where its notes allow, and a headline no other theme of its question has', () => {
    fc.assert(
      fc.property(generated, fc.integer({ min: 0, max: 40 }), (list, split) => {
        const all = notesOf(list);
        const coding = machineCoding({ notes: all.notes.slice(0, split), vectors: all.vectors });
        describedRightly(coding, all.notes, () => true);
        const before = new Set(coding.questions.flatMap((q) => q.themes.map((t) => t.id)));
        const { coding: extended } = extendCoding(coding, all, themeNumberAfter(coding));
        describedRightly(extended, all.notes, (id) => !before.has(id));
      }),
    );
  });

  it('puts every note in exactly one theme or "other", of its own question and audience, with ids t-1, t-2, …', () => {
    fc.assert(
      fc.property(generated, fc.integer({ min: 1, max: 30 }), (list, maxLinked) => {
        const { notes, vectors } = notesOf(list);
        const coding = machineCoding({ notes, vectors, settings: { ...defaults, maxLinked } });
        const places = placesOf(coding);
        expect(places.map(([id]) => id).sort()).toEqual(notes.map((n) => n.noteId).sort());
        for (const [id, place] of places) {
          const note = notes.find((n) => n.noteId === id)!;
          expect(place.startsWith(`${note.templateId}|${note.audience}|`)).toBe(true);
        }
        const ids = coding.questions.flatMap((q) => q.themes.map((t) => t.id));
        expect(ids).toEqual(ids.map((_, i) => `t-${i + 1}`));
        for (const q of coding.questions)
          for (const t of q.themes) {
            expect(t.noteIds.length).toBeGreaterThanOrEqual(2);
            if (t.quoteNoteId !== null) expect(t.noteIds).toContain(t.quoteNoteId);
          }
      }),
    );
  });

  it('does not depend on the order the notes (and so the files) come in', () => {
    fc.assert(
      fc.property(
        generated.chain((list) =>
          fc.tuple(
            fc.constant(list),
            fc.shuffledSubarray(
              list.map((_, i) => i),
              { minLength: list.length },
            ),
          ),
        ),
        ([list, order]) => {
          const { notes, vectors } = notesOf(list);
          const shuffled = order.map((i) => notes[i]);
          expect(machineCoding({ notes: shuffled, vectors })).toEqual(machineCoding({ notes, vectors }));
        },
      ),
    );
  });
});

const defaults = { alpha: 0.85, headlineWeight: 0.5, threshold: 0.38, groupBonus: 0.5, maxLinked: 1_500 };

describe('extendCoding', () => {
  it('adds a new note to the existing theme it is most like, and themes the rest among themselves with new ids', () => {
    const before = build([
      { id: 'a1', text: 'Not enough staff', axis: 0 },
      { id: 'a2', text: 'Staffing shortages', axis: 0, wobble: 0.1 },
      { id: 'b1', text: 'Better pay', axis: 2 },
      { id: 'b2', text: 'Pay rise', axis: 2, wobble: 0.1 },
    ]);
    const coding = machineCoding(before);
    // An analyst renamed and approved t-2; a theme t-7 was made by a split and later emptied by merges.
    coding.questions[0].themes[1] = { ...coding.questions[0].themes[1], headline: 'Pay', approved: true };
    const after = build([
      ...[
        { id: 'a1', text: 'Not enough staff', axis: 0 },
        { id: 'a2', text: 'Staffing shortages', axis: 0, wobble: 0.1 },
        { id: 'b1', text: 'Better pay', axis: 2 },
        { id: 'b2', text: 'Pay rise', axis: 2, wobble: 0.1 },
      ],
      { id: 'c1', text: 'Vacancies everywhere', axis: 0, wobble: 0.05 },
      { id: 'c2', text: 'IT systems do not talk', axis: 4 },
      { id: 'c3', text: 'Logins for every system', axis: 4, wobble: 0.1 },
      { id: 'c4', text: 'Carbon footprint', axis: 6 },
    ]);
    const { coding: extended, nextThemeNumber, placed } = extendCoding(coding, after, 8);
    const [q] = extended.questions;
    expect(q.themes.map((t) => [t.id, t.noteIds])).toEqual([
      ['t-1', ['a1', 'a2', 'c1']],
      ['t-2', ['b1', 'b2']],
      ['t-8', ['c2', 'c3']],
    ]);
    expect(q.themes[1]).toMatchObject({ headline: 'Pay', approved: true });
    expect(q.other).toEqual(['c4']);
    expect(nextThemeNumber).toBe(9);
    expect(Object.fromEntries(placed)).toEqual({ c1: 't-1', c2: 't-8', c3: 't-8', c4: 'other' });
  });

  it('moves no coded note, places every new note exactly once, and never reuses a theme id', () => {
    fc.assert(
      fc.property(generated, fc.integer({ min: 0, max: 40 }), fc.integer({ min: 1, max: 20 }), (list, split, gap) => {
        const all = notesOf(list);
        const first = { notes: all.notes.slice(0, split), vectors: all.vectors };
        const coding = machineCoding(first);
        const next = themeNumberAfter(coding) + gap;
        const { coding: extended, nextThemeNumber, placed } = extendCoding(coding, all, next);
        const places = new Map(placesOf(extended) as [string, string][]);
        expect(placesOf(extended).length).toBe(all.notes.length);
        expect(places.size).toBe(all.notes.length);
        for (const [id, place] of placesOf(coding)) expect(places.get(id)).toBe(place);
        const fresh = all.notes.slice(split).map((n) => n.noteId);
        expect([...placed.keys()].sort()).toEqual([...fresh].sort());
        const oldIds = new Set(coding.questions.flatMap((q) => q.themes.map((t) => t.id)));
        for (const q of extended.questions)
          for (const t of q.themes)
            if (!oldIds.has(t.id)) {
              expect(Number(t.id.slice(2))).toBeGreaterThanOrEqual(next);
              expect(Number(t.id.slice(2))).toBeLessThan(nextThemeNumber);
            }
        const ids = extended.questions.flatMap((q) => q.themes.map((t) => t.id));
        expect(new Set(ids).size).toBe(ids.length);
      }),
    );
  });
});
