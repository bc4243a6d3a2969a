import { isStopWord, stemOf, WORD } from './tokens';

/** A headline is at most this many words long. */
const MAX_WORDS = 7;

interface Word {
  raw: string;
  /** Null for a stop word. */
  stem: string | null;
  /** Which clause of the note it is in: a headline never runs across a comma or a full stop. */
  clause: number;
}

const CLAUSE_BREAK = /[,;:.!?()[\]/|–—]|\s-\s/;

function wordsOf(text: string): Word[] {
  let clause = 0;
  let end = 0;
  return [...text.matchAll(WORD)].map((m) => {
    if (CLAUSE_BREAK.test(text.slice(end, m.index))) clause++;
    end = m.index + m[0].length;
    const lower = m[0].toLowerCase().replace(/['’].*$/, '');
    return { raw: m[0], stem: isStopWord(lower) ? null : stemOf(lower), clause };
  });
}

/** The words from `from` to `to`, without stop words at either end. */
function trimmed(words: readonly Word[], from: number, to: number): Word[] {
  let a = from;
  let b = to;
  while (a < b && words[a].stem === null) a++;
  while (b > a && words[b].stem === null) b--;
  return words.slice(a, b + 1);
}

/**
 * A group's headline as a phrase in its own notes' words: from `central` (the note most like
 * the others), the shortest run of words holding the terms its notes share (at most seven
 * words, within one clause), grown to two content words when it holds one, e.g. "Specialist
 * advice" or "Isolated when working". With no shared term, the note's opening words.
 */
export function phraseFrom(central: string, shared: ReadonlySet<string>): string {
  const words = wordsOf(central);
  if (words.length === 0) return 'Untitled group';
  const hits = words.map((w, i) => (w.stem !== null && shared.has(w.stem) ? i : -1)).filter((i) => i >= 0);
  let span: Word[];
  if (hits.length === 0) {
    const firstClause = words.filter((w) => w.clause === words[0].clause).length;
    span = trimmed(words, 0, Math.min(firstClause, MAX_WORDS) - 1);
  } else {
    // The window of at most MAX_WORDS words holding the most distinct shared terms, the shortest such.
    let best = { from: hits[0], to: hits[0], terms: 1 };
    for (const from of hits)
      for (const to of hits) {
        if (to < from || to - from >= MAX_WORDS || words[from].clause !== words[to].clause) continue;
        const terms = new Set(
          words
            .slice(from, to + 1)
            .map((w) => w.stem)
            .filter((s) => s && shared.has(s)),
        ).size;
        if (terms > best.terms || (terms === best.terms && to - from < best.to - best.from)) best = { from, to, terms };
      }
    let { from, to } = best;
    // One word says too little: take in the next content word after it (or, at the end, before it).
    const content = (a: number, b: number) => words.slice(a, b + 1).filter((w) => w.stem !== null).length;
    const sameClause = (i: number) => words[i].clause === words[from].clause;
    while (content(from, to) < 2 && to + 1 < words.length && sameClause(to + 1) && to - from + 1 < MAX_WORDS) to++;
    while (content(from, to) < 2 && from > 0 && sameClause(from - 1) && to - from + 1 < MAX_WORDS) from--;
    span = trimmed(words, from, to);
  }
  const text = span.map((w) => w.raw).join(' ');
  return text ? text[0].toLocaleUpperCase() + text.slice(1) : 'Untitled group';
}
