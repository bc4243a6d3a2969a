// Writes the app's fonts: Inter 400, 500 and 600 as woff2 only, subset to the characters
// Roundtable can show in it: printable Basic Latin and Latin-1 (what facilitators and
// participants type, names with accents included), the punctuation and symbols the app's own
// text uses (found by reading renderer/, shared/ and the exercise templates), nothing else.
// A character outside the subset is drawn in the system font, per character, as the browser
// does for any font. Run again after adding text with a new symbol: npm run fonts
// Output: renderer/src/styles/fonts/inter-<weight>.woff2 and renderer/src/styles/fonts.css.
import { readdir, readFile, writeFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { format, resolveConfig } from 'prettier';
import subsetFont from 'subset-font';

const ROOT = path.join(import.meta.dirname, '..', '..');
const WEIGHTS = [400, 500, 600];
const SOURCE = (weight: number) =>
  path.join(ROOT, 'node_modules', '@fontsource', 'inter', 'files', `inter-latin-${weight}-normal.woff2`);
const OUT = path.join(ROOT, 'renderer', 'src', 'styles');
/** What the source (Inter's latin file) covers; only these can be in the subset. */
const LATIN_FILE = [
  [0x0000, 0x00ff],
  [0x0131],
  [0x0152, 0x0153],
  [0x02bb, 0x02bc],
  [0x02c6],
  [0x02da],
  [0x02dc],
  [0x2000, 0x206f],
  [0x20ac],
  [0x2122],
  [0x2191],
  [0x2193],
  [0x2212],
  [0x2215],
];
const inLatinFile = (c: number) => LATIN_FILE.some(([a, b = a]) => c >= a && c <= b);

async function filesUnder(dir: string, ext: RegExp): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile() && ext.test(e.name)).map((e) => path.join(e.parentPath, e.name));
}

const codes = new Set<number>();
for (let c = 0x20; c <= 0x7e; c++) codes.add(c);
for (let c = 0xa0; c <= 0xff; c++) codes.add(c);
const sources = [
  ...(await filesUnder(path.join(ROOT, 'renderer', 'src'), /\.(tsx?|css)$/)),
  ...(await filesUnder(path.join(ROOT, 'shared'), /\.ts$/)),
  ...(await filesUnder(path.join(ROOT, 'resources', 'templates'), /\.json$/)),
];
for (const file of sources) for (const ch of await readFile(file, 'utf8')) codes.add(ch.codePointAt(0)!);
const kept = [...codes].filter((c) => c >= 0x20 && inLatinFile(c)).sort((a, b) => a - b);
const text = String.fromCodePoint(...kept);

await mkdir(path.join(OUT, 'fonts'), { recursive: true });
const faces: string[] = [];
for (const weight of WEIGHTS) {
  const subset = await subsetFont(await readFile(SOURCE(weight)), text, { targetFormat: 'woff2' });
  await writeFile(path.join(OUT, 'fonts', `inter-${weight}.woff2`), subset);
  console.log(`inter-${weight}.woff2: ${(subset.length / 1024).toFixed(1)} KB`);
  faces.push(`@font-face {
  font-family: 'Inter';
  font-style: normal;
  font-display: swap;
  font-weight: ${weight};
  src: url(./fonts/inter-${weight}.woff2) format('woff2');
  unicode-range: ${unicodeRange(kept)};
}`);
}
const css = path.join(OUT, 'fonts.css');
const cssText = `/* Written by scripts/fonts/subsetInter.ts (npm run fonts): Inter, woff2 only, subset to the ${kept.length} characters Roundtable shows in it. */\n${faces.join('\n\n')}\n`;
await writeFile(css, await format(cssText, { ...(await resolveConfig(css)), filepath: css }));
console.log(`${kept.length} characters; written renderer/src/styles/fonts.css`);

function unicodeRange(sorted: number[]): string {
  const ranges: [number, number][] = [];
  for (const c of sorted) {
    const last = ranges[ranges.length - 1];
    if (last && c === last[1] + 1) last[1] = c;
    else ranges.push([c, c]);
  }
  const hex = (c: number) => c.toString(16).toUpperCase().padStart(4, '0');
  return ranges.map(([a, b]) => (a === b ? `U+${hex(a)}` : `U+${hex(a)}-${hex(b)}`)).join(',');
}
