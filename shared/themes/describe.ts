import { ThemeSums, type Prepared, type SimilaritySettings } from './similarity';

// What a machine theme is called and shows: its headline is the table-group headline most of
// its notes were written under (the tables' own words), else its most central note's text;
// its sub-points are those the tables wrote under the groups it gathers (each group's under the
// theme holding most of that group's notes, so none is shown twice); its quote is a note a
// table marked as a quote, the one with most dots.

/** What describing a theme needs to know of each note. */
export interface DescribedNote {
  noteId: string;
  text: string;
  /** Its table group's id, or "". */
  groupId: string;
  /** Its table group's headline, or "". */
  group: string;
  isQuote: boolean;
  dots: number;
}

export interface ThemeDescription {
  headline: string;
  subPoints: string[];
  quoteNoteId: string | null;
}

export const HEADLINE_LENGTH = 80;
export const SUB_POINTS = 6;

/** A note's text as a headline: one line, at most 80 characters, cut at a word. */
export function trimmedHeadline(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  if (line.length <= HEADLINE_LENGTH) return line || 'Untitled theme';
  const cut = line.slice(0, HEADLINE_LENGTH - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > HEADLINE_LENGTH / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.-]+$/, '')}…`;
}

/**
 * The `limit` texts written most often, compared without case or surrounding space ("admin" and
 * "Admin" are one), each in the spelling written most often (ties: the first written); ties in text order.
 */
export function mostCommon(values: readonly string[], limit: number): string[] {
  const tally = new Map<string, { count: number; key: string; spellings: Map<string, number> }>();
  // Values come in runs (a table group's notes side by side): a run is counted at once.
  for (let i = 0; i < values.length;) {
    let end = i + 1;
    while (end < values.length && values[end] === values[i]) end++;
    const text = values[i].trim();
    const key = text.toLocaleLowerCase();
    const run = end - i;
    i = end;
    if (!key) continue;
    const entry = tally.get(key) ?? { count: 0, key, spellings: new Map<string, number>() };
    entry.count += run;
    entry.spellings.set(text, (entry.spellings.get(text) ?? 0) + run);
    tally.set(key, entry);
  }
  const spelling = (e: { spellings: Map<string, number> }) =>
    [...e.spellings].reduce((best, next) => (next[1] > best[1] ? next : best))[0];
  return [...tally.values()]
    .sort((a, b) => b.count - a.count || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    .slice(0, limit)
    .map(spelling);
}

/** The member most like the others on average (ties: the first). */
function centralMember(members: readonly number[], items: readonly Prepared[], settings: SimilaritySettings): number {
  const sums = new ThemeSums(items[members[0]].vector.length);
  for (const m of members) sums.add(items[m], m);
  let best = members[0];
  let bestScore = -Infinity;
  for (const m of members) {
    const score = sums.averageSimilarity(items[m], settings);
    if (score > bestScore) [best, bestScore] = [m, score];
  }
  return best;
}

/**
 * Headline, sub-points and quote for each theme (members as indices into `notes` and `items`).
 * `subPointsOf` gives a table group's sub-points by its id.
 */
export function describeThemes(
  themes: readonly (readonly number[])[],
  notes: readonly DescribedNote[],
  items: readonly Prepared[],
  settings: SimilaritySettings,
  subPointsOf: (groupId: string) => readonly string[],
): ThemeDescription[] {
  // Each table group's sub-points go to the theme holding most of its notes (ties: the earlier theme).
  const holders = new Map<string, number[]>();
  themes.forEach((members, t) => {
    for (const m of members) {
      const id = notes[m].groupId;
      if (!id) continue;
      const counts = holders.get(id) ?? new Array<number>(themes.length).fill(0);
      counts[t]++;
      holders.set(id, counts);
    }
  });
  const groupsOfTheme = themes.map((): string[] => []);
  for (const [id, counts] of [...holders].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const t = counts.indexOf(Math.max(...counts));
    groupsOfTheme[t].push(id);
  }
  return themes.map((members, t) => {
    const headlines = mostCommon(
      members.map((m) => notes[m].group),
      1,
    );
    const quotes = members.filter((m) => notes[m].isQuote).sort((a, b) => notes[b].dots - notes[a].dots || a - b);
    return {
      headline: headlines[0] ?? trimmedHeadline(notes[centralMember(members, items, settings)].text),
      subPoints: mostCommon(groupsOfTheme[t].flatMap(subPointsOf), SUB_POINTS),
      quoteNoteId: quotes.length > 0 ? notes[quotes[0]].noteId : null,
    };
  });
}
