import type { Coding, CodedTheme } from '../../../../shared/synthesis/coding';
import type { MergedNote } from '../../../../shared/synthesis/types';

// Codings made by hand for the output tests (the machine's and the analyst's come from elsewhere):
// a theme from explicit note ids, and a seeded split of generated notes into themes and "other".

export function theme(id: string, headline: string, noteIds: string[], extra: Partial<CodedTheme> = {}): CodedTheme {
  return {
    id,
    headline,
    definition: '',
    subPoints: [],
    quoteNoteId: null,
    approved: false,
    noteIds,
    origin: 'machine',
    ...extra,
  };
}

/** A small deterministic generator, so a property's seed gives the same coding every time. */
function random(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) / 2 ** 32;
  };
}

/**
 * Every question and audience's notes split among 1–`maxThemes` themes and "other", at random
 * by `seed`; a share of notes is left out of the coding altogether (they must come out as "other").
 */
export function randomCoding(notes: readonly MergedNote[], seed: number, maxThemes = 6): Coding {
  const rng = random(seed);
  const byQuestion = new Map<string, MergedNote[]>();
  for (const n of notes) {
    const k = `${n.templateId}|${n.audience}`;
    byQuestion.set(k, [...(byQuestion.get(k) ?? []), n]);
  }
  let next = 1;
  return {
    questions: [...byQuestion.values()].map((list) => {
      const count = 1 + Math.floor(rng() * maxThemes);
      const themes = Array.from({ length: count }, () => theme(`t-${next}`, `Theme ${next++}`, []));
      const other: string[] = [];
      for (const n of list) {
        const r = rng();
        if (r < 0.1) continue; // not coded yet
        if (r < 0.25) other.push(n.noteId);
        else themes[Math.floor(rng() * count)].noteIds.push(n.noteId);
      }
      for (const t of themes) t.quoteNoteId = t.noteIds[0] ?? null;
      return { templateId: list[0].templateId, audience: list[0].audience, themes, other };
    }),
  };
}

export const Q = 'ctx.current_barriers';
/** The two hand-made events (handMade.ts) coded by hand: note:b3 is named by no theme. */
export const HAND_CODING: Coding = {
  questions: [
    {
      templateId: Q,
      audience: 'staff',
      themes: [
        theme('t-1', 'Not enough staff', ['note:a1', 'note:a2', 'note:a3', 'note:b1', 'note:b2'], {
          quoteNoteId: 'note:b2',
          definition: 'Shortages of staff on shift',
          subPoints: ['Nights', 'Weekends'],
          approved: true,
        }),
      ],
      other: ['note:a4'],
    },
    { templateId: Q, audience: 'public', themes: [theme('t-2', 'GP appointments', ['note:a5', 'note:a6'])], other: [] },
  ],
};
