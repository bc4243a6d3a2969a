// The synthesis workspace's note list at national scale: a project of --exports generated
// exports (about 200 participant notes each, scripts/bench/synthesisData.ts; 1,000 exports
// give 200,000 notes) made in a data folder by the app's own store (shared words, no model),
// then the built browser-mode app (npm run build) opened on it in Chromium, the largest
// question's first theme chosen, and its note list (renderer/src/synthesis/NoteList.tsx,
// virtualised) scrolled by the mouse wheel for --seconds. Reports the intervals between
// painted frames (requestAnimationFrame), median and 95th percentile, over --runs scrolls,
// with the machine's load: at frame rate the median is about 16.7 ms.
// Usage: npx tsx scripts/bench/synthesis-scroll.ts [--exports 1000] [--runs 3] [--seconds 4] [--keep <folder>]
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import { SynthesisProjectStore } from '../../electron/services/synthesis/synthesisProjectStore';
import { wordsOnly } from '../../electron/services/synthesis/projectVectors';
import { startServer } from './board/server';
import { generatedExport } from './synthesisData';
import { summarise } from './stats';
import { CHROMIUM_LAUNCH } from '../lib/chromiumLaunch';

const { values } = parseArgs({
  options: {
    exports: { type: 'string', default: '1000' },
    runs: { type: 'string', default: '3' },
    seconds: { type: 'string', default: '4' },
    keep: { type: 'string' },
  },
});
const EXPORTS = Number(values.exports);
const RUNS = Number(values.runs);
const SECONDS = Number(values.seconds);

// The exports, written once (kept between invocations with --keep, the same folder synthesis-scale.ts keeps).
const folder = values.keep ? path.resolve(values.keep) : await mkdtemp(path.join(os.tmpdir(), 'roundtable-scroll-'));
await mkdir(folder, { recursive: true });
const have = new Set(await readdir(folder));
const nameOf = (i: number) => `event-${String(i).padStart(5, '0')}.roundtable-export.json`;
for (let i = 0; i < EXPORTS; i++)
  if (!have.has(nameOf(i))) await writeFile(path.join(folder, nameOf(i)), JSON.stringify(generatedExport(i), null, 2));

const dataDir = await mkdtemp(path.join(os.tmpdir(), 'roundtable-scroll-data-'));
const store = new SynthesisProjectStore({ dataDir, vectors: wordsOnly });
const files = await Promise.all(
  Array.from({ length: EXPORTS }, async (_, i) => ({
    name: nameOf(i),
    text: await readFile(path.join(folder, nameOf(i)), 'utf8'),
  })),
);
const made = await store.create('Scroll benchmark', files, 'Bench');
console.log(`A project of ${EXPORTS} exports, ${made.notes.length.toLocaleString('en-GB')} notes, in ${dataDir}`);

const server = await startServer(dataDir);
const browser = await chromium.launch(CHROMIUM_LAUNCH);
const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
await page.goto(server.url);
await page.getByRole('button', { name: 'Synthesis' }).click();
await page.getByRole('button', { name: 'Open Scroll benchmark' }).click({ timeout: 300_000 });
const region = page.getByRole('region', { name: 'Review the themes' });
await region
  .getByRole('list', { name: /^Themes of / })
  .first()
  .getByRole('button')
  .first()
  .click({ timeout: 300_000 });
const list = region.getByRole('listbox', { name: /^Notes of / });
await list.waitFor({ timeout: 120_000 });
const themeLabel = await region.getByRole('heading', { level: 4 }).innerText();
const themeSize =
  /\d[\d,]* notes?/.exec(
    await region
      .getByRole('list', { name: /^Themes of / })
      .first()
      .getByRole('button')
      .first()
      .innerText(),
  )?.[0] ?? 'notes';
const box = (await list.boundingBox())!;

const perRun: { median: number; p95: number }[] = [];
for (let run = 0; run < RUNS; run++) {
  // As a string: the page must not see helpers the TypeScript loader adds to functions.
  await page.evaluate(`(() => {
    window.frames_ = [];
    window.stop_ = false;
    const tick = (t) => {
      window.frames_.push(t);
      if (!window.stop_) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  })()`);
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  const end = Date.now() + SECONDS * 1000;
  // Down then back up, a wheel step every 16 ms, as a trackpad scrolls.
  for (let step = 0; Date.now() < end; step++) {
    await page.mouse.wheel(0, run % 2 === 0 ? 400 : -400);
    await page.waitForTimeout(16);
  }
  const frames = (await page.evaluate('window.stop_ = true, window.frames_')) as number[];
  const gaps = frames.slice(1).map((t, i) => t - frames[i]);
  const s = summarise(gaps);
  perRun.push({ median: s.median, p95: s.p95 });
  console.log(`run ${run + 1}: ${gaps.length} frames, median ${s.median.toFixed(1)} ms, p95 ${s.p95.toFixed(1)} ms`);
}
console.log(
  `\n${EXPORTS} exports (${made.notes.length.toLocaleString('en-GB')} notes), list of "${themeLabel}" (${themeSize}): ` +
    `frame interval median ${summarise(perRun.map((r) => r.median)).median.toFixed(1)} ms, ` +
    `p95 ${summarise(perRun.map((r) => r.p95)).median.toFixed(1)} ms (medians of ${RUNS} runs); ` +
    `load ${os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`,
);

await browser.close();
await server.stop();
await rm(dataDir, { recursive: true, force: true });
if (!values.keep) await rm(folder, { recursive: true, force: true });
