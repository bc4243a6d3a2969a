import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// The app's fonts are Inter 400/500/600 as woff2 only, subset by scripts/fonts/subsetInter.ts
// (npm run fonts) to the characters Roundtable shows. Text added with a character the subset
// lacks would be drawn in the system font beside Inter: the subset must be written again.

const ROOT = path.join(import.meta.dirname, '..', '..');
const STYLES = path.join(ROOT, 'renderer', 'src', 'styles');
/** What Inter's latin file, the subset's source, can hold. */
const LATIN =
  /[\u0020-\u00ff\u0131\u0152\u0153\u02bb\u02bc\u02c6\u02da\u02dc\u2000-\u206f\u20ac\u2122\u2191\u2193\u2212\u2215]/u;

function covered(range: string): (code: number) => boolean {
  const spans = range.split(',').map((r) =>
    r
      .trim()
      .replace('U+', '')
      .split('-')
      .map((h) => parseInt(h, 16)),
  );
  return (code) => spans.some(([a, b = a]) => code >= a && code <= b);
}

describe('the bundled fonts', () => {
  it('are woff2 files only, one per weight, each a real woff2 font', async () => {
    const css = await readFile(path.join(STYLES, 'fonts.css'), 'utf8');
    const urls = [...css.matchAll(/url\(([^)]+)\)\s*format\('([^']+)'\)/g)];
    expect(urls.map((u) => u[2])).toEqual(['woff2', 'woff2', 'woff2']);
    expect([...css.matchAll(/font-weight: (\d+)/g)].map((m) => m[1])).toEqual(['400', '500', '600']);
    for (const [, url] of urls) {
      const bytes = await readFile(path.join(STYLES, url));
      expect(bytes.subarray(0, 4).toString('latin1')).toBe('wOF2');
    }
    const main = await readFile(path.join(ROOT, 'renderer', 'src', 'main.tsx'), 'utf8');
    expect(main).not.toMatch(/@fontsource/);
  });

  it('hold every character the app’s own text and the exercise templates use that Inter can show', async () => {
    const css = await readFile(path.join(STYLES, 'fonts.css'), 'utf8');
    const ranges = [...css.matchAll(/unicode-range: ([^;]+);/g)].map((m) => covered(m[1]));
    const dirs = [
      path.join(ROOT, 'renderer', 'src'),
      path.join(ROOT, 'shared'),
      path.join(ROOT, 'resources', 'templates'),
    ];
    const missing = new Set<string>();
    for (const dir of dirs) {
      for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
        if (!entry.isFile() || !/\.(tsx?|css|json)$/.test(entry.name)) continue;
        for (const ch of await readFile(path.join(entry.parentPath, entry.name), 'utf8')) {
          if (LATIN.test(ch) && !ranges.every((has) => has(ch.codePointAt(0)!))) missing.add(ch);
        }
      }
    }
    expect([...missing], 'run npm run fonts to subset the fonts again').toEqual([]);
  });
});
