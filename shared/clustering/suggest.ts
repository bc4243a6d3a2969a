import type { NoteId } from '../ids';
import type { Note } from '../document/schema';
import { KEPT_SETTINGS, WORDS_SETTINGS, assignPrepared, type AssignSettings } from '../themes/assign';
import { prepare, similarity, type Prepared } from '../themes/similarity';
import { termsOf } from './tokens';
import { phraseFrom } from './phrase';

export { averageLinkage, tfidf, type Vector } from './tfidf';

// "Suggest clusters": groups a board's notes the way the synthesis finds themes across events
// (shared/themes/assign.ts), with the same similarity (shared words on the board; sentence
// embeddings mixed in when vectors are given) and average linkage; then each suggestion keeps
// only the notes that share two different words with the rest of it, so that one incidental
// word does not join notes about different things. A group is named by a phrase from its own
// notes (phrase.ts), not a list of words. The same notes always give the same suggestions.

/** A group the table may accept, edit or dismiss. */
export interface ClusterSuggestion {
  /** Ordered by id, so the same notes always give the same answer. */
  noteIds: NoteId[];
  /** A phrase from its notes, e.g. "Travel time between patient homes". */
  headline: string;
}

export interface SuggestOptions {
  /** Unit-length sentence vectors by text, as the synthesis has them; without them notes are compared by shared words. */
  vectors?: ReadonlyMap<string, ArrayLike<number>> | null;
  /** Two groups join while their average similarity is at least this (default: the synthesis's, see SUGGEST_SETTINGS). */
  threshold?: number;
  /** Keep only notes sharing two different words with the rest of their suggestion (default true; off to measure without it). */
  twoSharedThings?: boolean;
}

/** Suggestions are worked out for at most this many notes at once (the similarity table grows as its square). */
export const MAX_NOTES_TO_SUGGEST = 2_000;

/**
 * The synthesis's settings. Boards compare by shared words: on the labelled set's boards the
 * sentence model joined far more notes of different themes (scripts/bench/suggestOnLabelledSet.ts,
 * docs/bench/suggest.md). The words threshold is set for one table's board: the synthesis's
 * (0.05) leans on the tables' groups, which a board being suggested has not got.
 */
export const SUGGEST_SETTINGS: { embeddings: AssignSettings; words: AssignSettings } = {
  embeddings: KEPT_SETTINGS,
  words: { ...WORDS_SETTINGS, threshold: 0.1 },
};

type SuggestibleNote = Pick<Note, 'id' | 'text' | 'kind' | 'clusterId'>;

/**
 * Proposes groups of two or more of `notes`, taking only participant notes in no cluster
 * (reference cards are the deck's words, not the table's), up to MAX_NOTES_TO_SUGGEST of them.
 * Largest groups first.
 */
export function suggestClusters(notes: readonly SuggestibleNote[], options: SuggestOptions = {}): ClusterSuggestion[] {
  const candidates = notes
    .filter((n) => n.kind === 'participant' && n.clusterId === null)
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .slice(0, MAX_NOTES_TO_SUGGEST);
  const vectors = options.vectors;
  const embedded = !!vectors && candidates.length > 0 && candidates.every((n) => vectors.has(n.text));
  const base = embedded ? SUGGEST_SETTINGS.embeddings : SUGGEST_SETTINGS.words;
  const settings = { ...base, threshold: options.threshold ?? base.threshold };
  const items = prepare(
    candidates.map((n) => ({ id: n.id, text: n.text, vector: embedded ? vectors.get(n.text)! : [], group: null })),
    settings,
  );
  // A note with no words to compare is like no other, whatever the model makes of it.
  const empty = new Set(candidates.flatMap((n, i) => (items[i].words.size === 0 ? [i] : [])));
  const { themes } = assignPrepared(items, settings);
  const stems = candidates.map((n) => termsOf(n.text).map((t) => t.stem));
  return themes
    .map((members) => members.filter((i) => !empty.has(i)))
    .map((members) => (options.twoSharedThings === false ? members : supported(members, stems)))
    .filter((members) => members.length >= 2)
    .sort((a, b) => b.length - a.length || a[0] - b[0])
    .map((members) => ({
      noteIds: members.map((i) => candidates[i].id),
      headline: headlineFor(
        members,
        candidates.map((n) => n.text),
        stems,
        items,
        settings,
      ),
    }));
}

/**
 * The group's headline: a phrase from the note most like the others (ties to the first), holding
 * the words two or more of its notes share, as they were written (see phrase.ts).
 */
function headlineFor(
  members: readonly number[],
  texts: readonly string[],
  stems: readonly string[][],
  items: readonly Prepared[],
  settings: AssignSettings,
): string {
  const centrality = (i: number) =>
    members.reduce((sum, j) => (j === i ? sum : sum + similarity(items[i], items[j], settings)), 0);
  const central = members.reduce((best, i) => (centrality(i) > centrality(best) + 1e-12 ? i : best), members[0]);
  const notesWith = new Map<string, number>();
  for (const i of members) for (const stem of new Set(stems[i])) notesWith.set(stem, (notesWith.get(stem) ?? 0) + 1);
  const shared = new Set([...notesWith].filter(([, count]) => count >= 2).map(([stem]) => stem));
  return phraseFrom(texts[central], shared);
}

/**
 * The members that share at least two different things with the rest of their group, asked
 * again until none drops out: words, with a run of words written side by side in two notes
 * counting once ("home visits" is one thing), or every word of the note (the same point made
 * again). One shared word or phrase ("visits", "care", "home visits") is how notes about
 * different things were joined: "More autonomy on home visits" with "Travel time between home visits".
 */
function supported(members: readonly number[], stems: readonly string[][]): number[] {
  const pairsOf = (terms: readonly string[]) => new Set(terms.slice(1).map((t, k) => `${terms[k]} ${t}`));
  const pairs = new Map(members.map((i) => [i, pairsOf(stems[i])]));
  let kept = [...members];
  for (;;) {
    const next = kept.filter((i) => {
      const rest = kept.filter((j) => j !== i);
      const others = new Set(rest.flatMap((j) => stems[j]));
      const terms = stems[i];
      const shared = new Set(terms.filter((t) => others.has(t)));
      if (shared.size === new Set(terms).size) return shared.size > 0;
      const inRun = terms.slice(1).map((t, k) => rest.some((j) => pairs.get(j)!.has(`${terms[k]} ${t}`)));
      const runs = inRun.filter((on, k) => on && !inRun[k - 1]).length;
      return shared.size - runs >= 2;
    });
    if (next.length === kept.length) return kept;
    kept = next;
  }
}
