export interface FuzzyMatch {
  score: number;
  /** Indices of the matched characters in the text, for highlighting. */
  positions: number[];
}

/**
 * Matches `query` against `text` as the palette does: every query character must appear in
 * order (case-insensitive, spaces ignored). Matches at word starts and in runs score
 * higher, so "zi" puts "Zoom in" before "Resize image".
 */
export function fuzzyMatch(query: string, text: string): FuzzyMatch | null {
  const needle = query.toLowerCase().replace(/\s+/g, '');
  if (needle === '') return { score: 0, positions: [] };
  const haystack = text.toLowerCase();
  // Jumping ahead to word starts can strand a later letter; plain left-to-right matching cannot.
  const match = matchFrom(needle, haystack, true) ?? matchFrom(needle, haystack, false);
  if (!match) return null;
  // A query that is a plain substring of the text is the strongest hint of intent.
  if (haystack.includes(query.toLowerCase().trim())) match.score += 20;
  return match;
}

function matchFrom(needle: string, haystack: string, preferWordStarts: boolean): FuzzyMatch | null {
  const positions: number[] = [];
  let score = 0;
  let from = 0;
  for (const ch of needle) {
    const index = preferWordStarts ? findWordStart(haystack, ch, from) : haystack.indexOf(ch, from);
    if (index < 0) return null;
    const previous = positions[positions.length - 1];
    if (index === 0 || /[\s:—-]/.test(haystack[index - 1])) score += 8;
    if (previous !== undefined && index === previous + 1) score += 5;
    score -= Math.min(index - from, 10) * 0.1;
    positions.push(index);
    from = index + 1;
  }
  return { score, positions };
}

/** The next position at or after `from` where `ch` starts a word, if the word is near enough to prefer. */
function findWordStart(text: string, ch: string, from: number): number {
  const next = text.indexOf(ch, from);
  if (next < 0) return -1;
  if (next === 0 || /\s/.test(text[next - 1])) return next;
  // Keep a run going (the next letter of the same word) rather than jumping to a later word.
  if (from > 0 && next === from) return next;
  for (let i = next + 1; i < text.length; i++) {
    if (text[i] === ch && /\s/.test(text[i - 1])) return i;
  }
  return next;
}
