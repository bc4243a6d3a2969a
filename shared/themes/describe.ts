import { ThemeSums, type Prepared, type SimilaritySettings } from './similarity';

// What a machine theme is called and shows: its headline is the table-group headline most of
// its notes were written under (the tables' own words), else its most central note's text, and
// never one another theme of the question already has; its sub-points are those the tables wrote
// under the groups it gathers (each group's under the theme holding most of that group's notes,
// so none is shown twice), and where the tables wrote fewer than two, its most central notes'
// own words make up three; its quote is a note a table marked as a quote, the one with most
// dots, else its most central note not already its headline. Notes come here with anything
// personal already withheld (shared/synthesis/piiWithheld.ts).

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
/** At most this many sub-points: the central team's brief asks for 2–5 a theme. */
export const SUB_POINTS = 5;
/** Fewer sub-points than this from the tables, and the theme's central notes make up `FILLED_SUB_POINTS`. */
export const MIN_SUB_POINTS = 2;
export const FILLED_SUB_POINTS = 3;

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

/** The members, most like the others on average first (ties: in member order). */
function byCentrality(members: readonly number[], items: readonly Prepared[], settings: SimilaritySettings): number[] {
  const sums = new ThemeSums(items[members[0]].vector.length);
  for (const m of members) sums.add(items[m], m);
  const scores = members.map((m) => sums.averageSimilarity(items[m], settings));
  return members
    .map((_, k) => k)
    .sort((a, b) => scores[b] - scores[a] || a - b)
    .map((k) => members[k]);
}

const sameText = (text: string) => text.replace(/\s+/g, ' ').trim().toLocaleLowerCase();

/** `wanted`, or, if a theme has it already, `wanted (2)`, `wanted (3)`…: no two themes of a question share a headline. */
function unusedHeadline(wanted: string, taken: Set<string>): string {
  let headline = wanted;
  for (let n = 2; taken.has(sameText(headline)); n++) headline = `${wanted} (${n})`;
  taken.add(sameText(headline));
  return headline;
}

/**
 * Headline, sub-points and quote for each theme (members as indices into `notes` and `items`).
 * `subPointsOf` gives a table group's sub-points by its id; `takenHeadlines`, those of the
 * question's themes already made (a headline is never given twice).
 */
export function describeThemes(
  themes: readonly (readonly number[])[],
  notes: readonly DescribedNote[],
  items: readonly Prepared[],
  settings: SimilaritySettings,
  subPointsOf: (groupId: string) => readonly string[],
  takenHeadlines: Iterable<string> = [],
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
  const taken = new Set([...takenHeadlines].map(sameText));
  return themes.map((members, t) => {
    const [groupHeadline] = mostCommon(
      members.map((m) => notes[m].group),
      1,
    );
    let central: number[] | null = null;
    const ranked = () => (central ??= byCentrality(members, items, settings));
    const headlineNote = groupHeadline === undefined ? ranked()[0] : null;
    const headline = unusedHeadline(groupHeadline ?? trimmedHeadline(notes[headlineNote!].text), taken);
    const quotes = members.filter((m) => notes[m].isQuote).sort((a, b) => notes[b].dots - notes[a].dots || a - b);
    const quote = quotes[0] ?? ranked().find((m) => m !== headlineNote) ?? ranked()[0];
    const subPoints = mostCommon(groupsOfTheme[t].flatMap(subPointsOf), SUB_POINTS);
    if (subPoints.length < MIN_SUB_POINTS) {
      const seen = new Set([headline, ...subPoints].map(sameText));
      for (const m of ranked()) {
        if (subPoints.length >= FILLED_SUB_POINTS) break;
        const point = trimmedHeadline(notes[m].text);
        if (m === headlineNote || seen.has(sameText(point))) continue;
        seen.add(sameText(point));
        subPoints.push(point);
      }
    }
    return { headline, subPoints, quoteNoteId: notes[quote].noteId };
  });
}
