import { describe, expect, it } from 'vitest';
import { suggestClusters } from '../../../shared/clustering/suggest';
import { termsOf } from '../../../shared/clustering/tokens';
import type { ClusterId, NoteId } from '../../../shared/ids';
import fc from 'fast-check';
import { LEEDS_NOTES, WORKSHOP_THEMES } from './workshopNotes';

type Theme = keyof typeof WORKSHOP_THEMES;

const note = (
  id: string,
  text: string,
  extra: { kind?: 'participant' | 'reference'; clusterId?: ClusterId | null } = {},
) => ({
  id: `note:${id}` as NoteId,
  text,
  kind: extra.kind ?? ('participant' as const),
  clusterId: extra.clusterId ?? null,
});

const workshopNotes = () =>
  Object.entries(WORKSHOP_THEMES).flatMap(([theme, texts]) => texts.map((text, i) => note(`${theme}-${i}`, text)));

const textOf = (id: NoteId) => {
  const [theme, i] = id.slice('note:'.length).split('-');
  return WORKSHOP_THEMES[theme as Theme][Number(i)];
};

/** A headline a facilitator would accept: words in a row from one of the group's notes, seven at most, no stop word at either end, no list of words. */
function expectPhraseOfItsNotes(headline: string, texts: readonly string[]) {
  const words = (t: string) => t.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const said = words(headline).join(' ');
  expect(headline).not.toContain(',');
  expect(words(headline).length).toBeLessThanOrEqual(7);
  expect(
    texts.some((t) => ` ${words(t).join(' ')} `.includes(` ${said} `)),
    `${headline} in ${texts.join(' / ')}`,
  ).toBe(true);
  for (const end of [words(headline)[0] ?? '', words(headline).at(-1) ?? ''])
    expect(termsOf(end), `${headline} ends on a stop word`).not.toEqual([]);
}

const themeOf = (id: NoteId) => id.slice('note:'.length).split('-')[0] as Theme;
const idsOf = (theme: Theme) => WORKSHOP_THEMES[theme].map((_, i) => `note:${theme}-${i}`);

describe('suggestClusters on a table’s workshop notes', () => {
  const suggestions = suggestClusters(workshopNotes());

  it('never puts notes of different themes together', () => {
    for (const s of suggestions) expect(new Set(s.noteIds.map(themeOf)), s.headline).toHaveLength(1);
  });

  it('recovers the travel and care-at-home themes whole', () => {
    for (const theme of ['travel', 'home'] as const) {
      expect(
        suggestions.some((s) => JSON.stringify([...s.noteIds].sort()) === JSON.stringify(idsOf(theme).sort())),
        theme,
      ).toBe(true);
    }
  });

  it('keeps most staffing and record-sharing notes together, leaving out a note that shares one phrase only', () => {
    const staffing = suggestions.filter((s) => themeOf(s.noteIds[0]) === 'staffing');
    expect(staffing).toHaveLength(1);
    // "Recruiting and retaining community nurses is hard" shares only "community nurses" with the others.
    expect(staffing[0].noteIds).toEqual(idsOf('staffing').filter((id) => id !== 'note:staffing-2'));
    const records = suggestions.filter((s) => themeOf(s.noteIds[0]) === 'records');
    expect(records.length).toBeLessThanOrEqual(2);
    expect(records[0].noteIds).toEqual(
      expect.arrayContaining(['note:records-0', 'note:records-1', 'note:records-2', 'note:records-4']),
    );
  });

  it('names each group by a phrase from its own notes, about its theme', () => {
    const headlineOf = (theme: Theme) => suggestions.find((s) => themeOf(s.noteIds[0]) === theme)!.headline;
    expect(headlineOf('travel')).toMatch(/travel/i);
    expect(headlineOf('records')).toMatch(/record/i);
    expect(headlineOf('staffing')).toMatch(/nurs|staff/i);
    expect(headlineOf('home')).toMatch(/home|hospital admissions/i);
    for (const s of suggestions) expectPhraseOfItsNotes(s.headline, s.noteIds.map(textOf));
  });

  it('gives the same suggestions whatever order the notes come in', () => {
    const shuffled = [...workshopNotes()].reverse();
    const key = (list: typeof suggestions) =>
      list.map((s) => [...s.noteIds].sort().join(',') + '|' + s.headline).sort();
    expect(key(suggestClusters(shuffled))).toEqual(key(suggestions));
  });

  it('leaves out reference cards and notes already in a group', () => {
    const notes = [
      ...workshopNotes(),
      note('ref', 'Staff travel time and mileage between patient homes', { kind: 'reference' }),
      note('grouped', 'Travel time between visits', { clusterId: 'cluster:x' as ClusterId }),
    ];
    const all = suggestClusters(notes).flatMap((s) => s.noteIds);
    expect(all).not.toContain('note:ref');
    expect(all).not.toContain('note:grouped');
  });
});

describe('suggestClusters at the edges', () => {
  it('suggests nothing for no notes or one note', () => {
    expect(suggestClusters([])).toEqual([]);
    expect(suggestClusters([note('a', 'Travel time')])).toEqual([]);
  });

  it('groups duplicates, and never groups empty notes or notes of stop words only', () => {
    const result = suggestClusters([
      note('a', 'Travel time'),
      note('b', 'Travel time'),
      note('c', ''),
      note('d', ''),
      note('e', 'and the of'),
      note('f', '!!!'),
    ]);
    expect(result).toEqual([{ noteIds: ['note:a', 'note:b'], headline: 'Travel time' }]);
  });

  it('handles text in other scripts and with accents', () => {
    const result = suggestClusters([
      note('a', 'Café au lait pour le personnel'),
      note('b', 'Le café du personnel est fermé'),
      note('c', 'Ysbyty cymunedol yn bell'),
      note('d', 'Mae’r ysbyty cymunedol yn bell i ffwrdd'),
      note('e', '病院 と 地域 の ケア'),
      note('f', 'ケア は 病院 で'),
    ]);
    const groups = result.map((s) =>
      s.noteIds
        .map((id) => id.slice(5))
        .sort()
        .join(''),
    );
    expect(groups.sort()).toEqual(['ab', 'cd', 'ef']);
    expect(result.find((s) => s.noteIds.includes('note:a' as NoteId))!.headline).toMatch(/café|personnel/i);
  });

  it('copes with very long notes', () => {
    const long = 'Travel between community visits takes most of the day. '.repeat(35);
    const result = suggestClusters([
      note('a', long.slice(0, 2000)),
      note('b', 'Travel between visits'),
      note('c', 'Rota gaps at weekends'),
    ]);
    expect(result).toEqual([{ noteIds: ['note:a', 'note:b'], headline: expect.stringMatching(/travel|visits/i) }]);
  });
});

describe('termsOf', () => {
  it('lower-cases, drops punctuation and stop words, and stems English words', () => {
    expect(termsOf("The nurses' rotas aren't working!").map((t) => t.stem)).toEqual(['nurs', 'rota', 'work']);
    expect(termsOf('Über-busy wards').map((t) => t.word)).toEqual(['über', 'busy', 'wards']);
  });
});

describe('suggestion headlines (found at a Leeds event: "Isolated, when, making", "Specialist, advice, named")', () => {
  const texts = [
    'Feeling isolated when working alone',
    'Isolated when making difficult decisions alone',
    'Specialist advice is hard to get quickly',
    'No named specialist to call for advice',
  ];
  const result = suggestClusters(texts.map((t, i) => note(`n${i}`, t)));

  it('read as phrases from the notes, never a list of words, and never lead with words like "when" or "making"', () => {
    expect(result.map((s) => s.headline)).toEqual(['Isolated when working alone', 'Specialist advice']);
    for (const s of result)
      expectPhraseOfItsNotes(
        s.headline,
        s.noteIds.map((id) => texts[Number(id.slice(6))]),
      );
    expect(termsOf('when making').map((t) => t.word)).toEqual([]);
  });
});

describe('one incidental word or phrase does not join notes about different things (a Leeds board joined autonomy with travel on "visits")', () => {
  const suggest = (texts: readonly string[]) =>
    suggestClusters(texts.map((t, i) => note(`n${String(i).padStart(2, '0')}`, t))).map((s) =>
      s.noteIds.map((id) => texts[Number(id.slice('note:n'.length))]),
    );

  it('leaves two notes sharing only "home visits" apart', () => {
    const texts = ['More autonomy on home visits', 'Travel time between home visits', 'Rota gaps at weekends'];
    expect(suggest(texts)).toEqual([]);
  });

  it('on the Leeds board, never puts the autonomy note with travel, and joins nothing on "work", "clear" or "care" alone', () => {
    const groups = suggest(LEEDS_NOTES);
    expect(groups.flat()).not.toContain('More autonomy, closer relationships with patients');
    const together = (a: string, b: string) => groups.some((g) => g.includes(a) && g.includes(b));
    expect(together('Lone working on home visits', 'Better work-life balance')).toBe(false);
    expect(together('Clear escalation route when a patient deteriorates', 'Clear job descriptions')).toBe(false);
    expect(together('Continuity of care', 'Worry about deskilling in acute care')).toBe(false);
    expect(together('Travel time between visits eats into care', 'Time to write notes between visits')).toBe(true);
  });

  it('keeps only notes sharing two different things with the rest of their suggestion, for any notes', () => {
    const word = fc.constantFrom('travel', 'visits', 'home', 'care', 'team', 'rota', 'parking', 'autonomy', 'records');
    fc.assert(
      fc.property(fc.array(fc.array(word, { minLength: 1, maxLength: 5 }), { maxLength: 14 }), (lists) => {
        const texts = lists.map((words) => words.join(' '));
        const stems = (t: string) => new Set(termsOf(t).map((w) => w.stem));
        for (const group of suggest(texts)) {
          expect(group.length).toBeGreaterThanOrEqual(2);
          group.forEach((text, k) => {
            const others = new Set(group.filter((_, j) => j !== k).flatMap((t) => [...stems(t)]));
            const shared = [...stems(text)].filter((s) => others.has(s));
            // Two different words in common, or all of its words (the same point made again).
            expect(shared.length >= 2 || shared.length === stems(text).size, `${text} in ${group.join(' / ')}`).toBe(
              true,
            );
          });
        }
      }),
    );
  });
});

describe('suggestion headlines stay within one clause of their note', () => {
  it('never runs a headline across a comma', () => {
    const result = suggestClusters([
      note('a', 'Closer relationships with patients, nurses want autonomy'),
      note('b', 'Nurses want autonomy'),
      note('c', 'Rota gaps at weekends'),
    ]);
    expect(result).toHaveLength(1);
    expect(result[0].headline).not.toMatch(/patients nurses/i);
    expect(result[0].headline).toMatch(/autonomy/i);
  });
});
