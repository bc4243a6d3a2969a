import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { assignThemes, KEPT_SETTINGS, type ThemeNote } from '../../../shared/themes/assign';
import { averageLinkageTree, cosineTable, cutTree } from '../../../shared/themes/linkage';

// Small unit vectors along a few directions stand in for sentence embeddings: notes that say
// the same thing point the same way.
const direction = (axis: number, wobble = 0): number[] => {
  const v = new Array<number>(8).fill(0);
  v[axis % 8] = 1;
  v[(axis + 1) % 8] = wobble;
  const norm = Math.hypot(...v);
  return v.map((x) => x / norm);
};
const note = (id: string, axis: number, text: string, group: string | null = null, wobble = 0): ThemeNote => ({
  id,
  text,
  vector: direction(axis, wobble),
  group,
});

describe('assignThemes', () => {
  it('puts notes that say the same thing in one theme, whoever wrote them, and keeps a lone view as "other"', () => {
    const notes = [
      note('a1', 0, 'Not enough staff'),
      note('b1', 1, 'Pay that keeps up with inflation'),
      note('a2', 0, 'Short staffing and vacancies', null, 0.1),
      note('b2', 1, 'Better pay', null, 0.05),
      note('a3', 0, 'Staffing shortages', null, 0.2),
      note('c1', 5, 'Carbon footprint of running AI'),
    ];
    const { themes, other } = assignThemes(notes);
    expect(themes).toEqual([
      ['a1', 'a2', 'a3'],
      ['b1', 'b2'],
    ]);
    expect(other).toEqual(['c1']);
  });

  it("takes a table's group as evidence: two notes it grouped join though their words differ a little", () => {
    const apart = [note('x', 0, 'Rotas'), note('y', 7, 'Self rostering', null, 0.05)];
    const together = apart.map((n) => ({ ...n, group: 'cluster:t1' }));
    expect(assignThemes(apart).themes).toEqual([]);
    expect(assignThemes(together).themes).toEqual([['x', 'y']]);
  });

  it('mixes in the group headline, so a grouped note leans towards what its table called it', () => {
    const headlineVector = direction(0);
    const lone = { ...note('y', 3, 'Overtime is the norm'), group: 'cluster:g' };
    const notes = [note('x', 0, 'No time to think'), { ...lone, headlineVector }];
    const mixed = assignThemes(notes, { ...KEPT_SETTINGS, groupBonus: 0, headlineWeight: 1 });
    const plain = assignThemes(notes, { ...KEPT_SETTINGS, groupBonus: 0, headlineWeight: 0 });
    expect(mixed.themes).toEqual([['x', 'y']]);
    expect(plain.themes).toEqual([]);
  });

  const generated = fc.array(
    fc.record({
      axis: fc.integer({ min: 0, max: 5 }),
      wobble: fc.double({ min: 0, max: 1, noNaN: true }),
      group: fc.option(fc.constantFrom('g1', 'g2', 'g3'), { nil: null }),
      text: fc.constantFrom('Staffing', 'Pay rise', 'No time', 'IT systems dont talk', 'Parking', ''),
    }),
    { maxLength: 40 },
  );
  const notesOf = (list: { axis: number; wobble: number; group: string | null; text: string }[]) =>
    list.map((x, i) => note(`n${i}`, x.axis, x.text, x.group, x.wobble));

  it('gives every note exactly one place, a theme of two or more or "other", on every path', () => {
    fc.assert(
      fc.property(generated, fc.integer({ min: 1, max: 50 }), (list, maxLinked) => {
        const notes = notesOf(list);
        const { themes, other } = assignThemes(notes, { ...KEPT_SETTINGS, maxLinked });
        const placed = [...themes.flat(), ...other].sort();
        expect(placed).toEqual(notes.map((n) => n.id).sort());
        for (const theme of themes) expect(theme.length).toBeGreaterThanOrEqual(2);
        for (let t = 1; t < themes.length; t++) expect(themes[t].length).toBeLessThanOrEqual(themes[t - 1].length);
      }),
    );
  });

  it("keeps each table's group together in one theme when all its notes are linked at once", () => {
    fc.assert(
      fc.property(generated, (list) => {
        const notes = notesOf(list);
        const { themes, other } = assignThemes(notes);
        const home = new Map<string, number>();
        themes.forEach((ids, t) => ids.forEach((id) => home.set(id, t)));
        for (const group of ['g1', 'g2', 'g3']) {
          const ids = notes.filter((n) => n.group === group).map((n) => n.id);
          if (ids.length < 2) continue;
          expect(new Set(ids.map((id) => home.get(id))).size).toBe(1);
          expect(ids.some((id) => other.includes(id))).toBe(false);
        }
      }),
    );
  });

  it("can leave a table's group to split when asked to treat it as evidence only", () => {
    // Two notes a table grouped that point opposite ways: kept together by default, apart on evidence alone.
    const notes = [
      note('x', 0, 'Rotas', 'cluster:t1'),
      { ...note('y', 4, 'Parking', 'cluster:t1'), vector: direction(0).map((v) => -v) },
    ];
    expect(assignThemes(notes).themes).toEqual([['x', 'y']]);
    expect(assignThemes(notes, { ...KEPT_SETTINGS, groupsStayTogether: false }).themes).toEqual([]);
  });

  it('gives the same themes for the same notes', () => {
    fc.assert(
      fc.property(generated, (list) => {
        expect(assignThemes(notesOf(list))).toEqual(assignThemes(notesOf(list)));
      }),
    );
  });
});

describe('averageLinkageTree and cutTree', () => {
  it('joins the most similar first, and a higher threshold never joins more', () => {
    const vectors = [direction(0), direction(0, 0.1), direction(2), direction(2, 0.3), direction(5)];
    const joins = averageLinkageTree(cosineTable(vectors));
    expect(joins[0]).toMatchObject({ a: 0, b: 1 });
    for (let i = 1; i < joins.length; i++)
      expect(joins[i].similarity).toBeLessThanOrEqual(joins[i - 1].similarity + 1e-12);
    expect(Array.from(cutTree(5, joins, 0.9))).toEqual([0, 0, 1, 1, 2]);
    expect(Array.from(cutTree(5, joins, 1.01))).toEqual([0, 1, 2, 3, 4]);
    expect(new Set(cutTree(5, joins, -1)).size).toBe(1);
  });
});
