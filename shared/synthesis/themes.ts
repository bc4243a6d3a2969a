import { averageLinkage, tfidf, type Vector } from '../clustering/suggest';
import { termsOf } from '../clustering/tokens';
import type { Theme, ThemeQuote } from './types';

// Themes across events: the groups tables made on the same question, from every event,
// joined when they are about the same thing. Each group is read as its headline (twice, as
// the table's own summary), its sub-points and its notes; groups are compared by TF-IDF
// cosine and joined by average linkage, the method "Suggest clusters" uses on one board.

/** One table's group on one question, as the synthesis keeps it. */
export interface GroupCandidate {
  headline: string;
  subPoints: string[];
  /** A sample of its notes' text, for similarity only. */
  sampleText: string;
  notes: number;
  dots: number;
  sessionId: string;
  quote: ThemeQuote | null;
}

/** At most this many groups are joined pairwise (the table of similarities grows as its square); the rest join their nearest theme. */
export const MAX_GROUPS_TO_LINK = 1_500;
const THRESHOLD = 0.18;
const MAIN_THEMES = 5;
const SUB_POINTS = 6;
const QUOTES = 3;

/** Themes (up to five, largest first) and the smaller ones kept as "also raised". */
export function themesOf(candidates: readonly GroupCandidate[]): { themes: Theme[]; alsoRaised: Theme[] } {
  if (candidates.length === 0) return { themes: [], alsoRaised: [] };
  const ordered = [...candidates].sort((a, b) => b.notes - a.notes || a.headline.localeCompare(b.headline));
  const documents = ordered.map((c) => {
    const text = `${c.headline}. ${c.headline}. ${c.subPoints.join('. ')}. ${c.sampleText}`;
    return termsOf(text).map((t) => t.stem);
  });
  const { vectors } = tfidf(documents);
  const linked = Math.min(ordered.length, MAX_GROUPS_TO_LINK);
  const groups = averageLinkage(vectors.slice(0, linked), THRESHOLD);
  for (let i = linked; i < ordered.length; i++) nearestGroup(groups, vectors, i).push(i);
  const themes = groups
    .map((members) => themeOf(members.map((i) => ordered[i])))
    .sort((a, b) => b.notes - a.notes || b.events - a.events || a.headline.localeCompare(b.headline));
  return { themes: themes.slice(0, MAIN_THEMES), alsoRaised: themes.slice(MAIN_THEMES) };
}

function cosine(a: Vector, b: Vector): number {
  let sum = 0;
  for (let i = 0, j = 0; i < a.terms.length && j < b.terms.length;) {
    if (a.terms[i] === b.terms[j]) sum += a.weights[i++] * b.weights[j++];
    else if (a.terms[i] < b.terms[j]) i++;
    else j++;
  }
  return sum;
}

/** The group whose members are, on average, most like vector `i`; a group of its own when none shares a word. */
function nearestGroup(groups: number[][], vectors: readonly Vector[], i: number): number[] {
  let best: number[] | null = null;
  let bestScore = THRESHOLD;
  for (const members of groups) {
    const sample = members.slice(0, 20);
    const score = sample.reduce((sum, m) => sum + cosine(vectors[i], vectors[m]), 0) / sample.length;
    if (score >= bestScore) [best, bestScore] = [members, score];
  }
  if (best) return best;
  const own: number[] = [];
  groups.push(own);
  return own;
}

function mostCommon(values: readonly { text: string; weight: number }[], limit: number): string[] {
  const tally = new Map<string, { text: string; weight: number; first: number }>();
  values.forEach(({ text, weight }, first) => {
    const key = text.trim().toLocaleLowerCase();
    if (!key) return;
    const entry = tally.get(key) ?? { text: text.trim(), weight: 0, first };
    entry.weight += weight;
    tally.set(key, entry);
  });
  return [...tally.values()]
    .sort((a, b) => b.weight - a.weight || a.first - b.first)
    .slice(0, limit)
    .map((e) => e.text);
}

function themeOf(members: readonly GroupCandidate[]): Theme {
  const headlines = mostCommon(
    members.map((m) => ({ text: m.headline, weight: m.notes })),
    8,
  );
  return {
    headline: headlines[0] ?? 'Untitled theme',
    subPoints: mostCommon(
      members.flatMap((m) => m.subPoints.map((text) => ({ text, weight: 1 }))),
      SUB_POINTS,
    ),
    notes: members.reduce((sum, m) => sum + m.notes, 0),
    events: new Set(members.map((m) => m.sessionId)).size,
    dots: members.reduce((sum, m) => sum + m.dots, 0),
    quotes: members.flatMap((m) => (m.quote ? [m.quote] : [])).slice(0, QUOTES),
    headlines,
  };
}
