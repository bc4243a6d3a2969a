/** Measures the width of a string in the font being laid out. */
export type MeasureText = (text: string) => number;

const ELLIPSIS = '…';

/**
 * Wraps text into at most `maxLines` lines no wider than `maxWidth`: at spaces, keeping
 * the writer's line breaks, splitting words too long for a line, and ending with an
 * ellipsis when the text does not fit.
 */
export function wrapText(text: string, maxWidth: number, maxLines: number, measure: MeasureText): string[] {
  if (maxLines <= 0) return [];
  const lines: string[] = [];
  // One line more than fits tells us whether the text was cut short.
  const limit = maxLines + 1;
  // Line widths are summed word by word, so each word is measured once (callers cache it).
  const space = measure(' ');
  for (const paragraph of text.split('\n')) {
    let line = '';
    let width = 0;
    for (const word of paragraph.split(/[ \t]+/)) {
      if (word === '') continue;
      const wordWidth = measure(word);
      const candidate = line ? width + space + wordWidth : wordWidth;
      if (candidate <= maxWidth) {
        line = line ? `${line} ${word}` : word;
        width = candidate;
        continue;
      }
      if (line) lines.push(line);
      let rest = word;
      let restWidth = wordWidth;
      while (restWidth > maxWidth && lines.length < limit) {
        const cut = longestFittingPrefix(rest, maxWidth, measure);
        lines.push(rest.slice(0, cut));
        rest = rest.slice(cut);
        restWidth = measure(rest);
      }
      line = rest;
      width = restWidth;
      if (lines.length >= limit) break;
    }
    lines.push(line);
    if (lines.length >= limit) break;
  }
  while (lines.length > 0 && lines.length <= maxLines && lines[lines.length - 1] === '') lines.pop();
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = withEllipsis(kept[maxLines - 1], maxWidth, measure);
  return kept;
}

/** How many leading characters of `text` fit in `maxWidth` (at least one, so wrapping always advances). */
function longestFittingPrefix(text: string, maxWidth: number, measure: MeasureText): number {
  let low = 1;
  let high = text.length;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (measure(text.slice(0, mid)) <= maxWidth) low = mid;
    else high = mid - 1;
  }
  return low;
}

function withEllipsis(line: string, maxWidth: number, measure: MeasureText): string {
  let kept = line.trimEnd();
  if (measure(kept + ELLIPSIS) <= maxWidth) return kept + ELLIPSIS;
  // Cut at a space rather than mid-word when that still keeps most of the line.
  const space = kept.lastIndexOf(' ');
  if (space >= kept.length / 2 && measure(kept.slice(0, space) + ELLIPSIS) <= maxWidth)
    return kept.slice(0, space) + ELLIPSIS;
  while (kept && measure(kept + ELLIPSIS) > maxWidth) kept = kept.slice(0, -1).trimEnd();
  return kept + ELLIPSIS;
}
