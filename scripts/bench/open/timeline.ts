// The cold open's main thread as a timeline: one traced open of the built app at a given CPU
// slow-down, listing each task of the renderer's main thread that took longer than --min ms (ms
// from navigation, length, what ran inside it) between the app's start-up marks. To see which
// task a phase's time is in, where a profile (profile.ts) says only which functions.
//   npx tsx scripts/bench/open/timeline.ts --notes 10000 --throttle 4 [--min 8]
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import { startServer } from '../board/server';
import { writeSessionOfSize } from '../board/sessionOfSize';
import { PAINTED_PROBE } from './probe';
import { CHROMIUM_LAUNCH } from '../../lib/chromiumLaunch';

const { values } = parseArgs({
  options: {
    notes: { type: 'string', default: '10000' },
    throttle: { type: 'string', default: '4' },
    min: { type: 'string', default: '8' },
  },
});

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { data?: { url?: string; functionName?: string; documentLoaderURL?: string; type?: string } };
}

const TASK = new Set(['RunTask', 'ThreadControllerImpl::RunTask']);
const dataDir = await mkdtemp(path.join(os.tmpdir(), 'roundtable-timeline-'));
const sessionId = await writeSessionOfSize(dataDir, Number(values.notes));
const server = await startServer(dataDir);
const browser = await chromium.launch(CHROMIUM_LAUNCH);
try {
  const url = `${server.url}&open=${encodeURIComponent(sessionId)}`;
  let json = '';
  const frames: { ts: number; bytes: number }[] = [];
  for (const traced of [false, true]) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: Number(values.throttle) });
    await page.addInitScript({ content: PAINTED_PROBE });
    if (traced) {
      await cdp.send('Network.enable');
      cdp.on('Network.webSocketFrameReceived', (e) =>
        frames.push({ ts: e.timestamp * 1e6, bytes: e.response.payloadData.length }),
      );
    }
    if (traced)
      await browser.startTracing(page, {
        categories: [
          'devtools.timeline',
          'v8',
          'blink.user_timing',
          'loading',
          'disabled-by-default-devtools.timeline',
        ],
      });
    await page.goto(url);
    await page.waitForFunction(
      () => (window as unknown as { __openBench: { ready: boolean } }).__openBench.ready,
      null,
      {
        timeout: 60_000,
        polling: 50,
      },
    );
    if (traced) json = (await browser.stopTracing()).toString('utf8');
    await context.close();
  }
  const events = (JSON.parse(json) as { traceEvents: TraceEvent[] }).traceEvents;
  const nav = events.find((e) => e.name === 'navigationStart' && /^http/.test(e.args?.data?.documentLoaderURL ?? ''))!;
  const at = (e: TraceEvent) => ((e.ts - nav.ts) / 1000).toFixed(0).padStart(5);
  const main = events.filter((e) => e.pid === nav.pid && e.tid === nav.tid);
  const marks = main.filter((e) => /^(roundtable|bench):/.test(e.name) && e.ph !== 'X');
  const painted = marks.find((m) => m.name === 'bench:painted')!;
  const rows: { ts: number; line: string }[] = marks.map((m) => ({ ts: m.ts, line: `${at(m)}        — ${m.name}` }));
  for (const f of frames.filter((f) => f.bytes > 10_000))
    rows.push({
      ts: f.ts,
      line: `${at(f as never)}        — a socket frame of ${Math.round(f.bytes / 1024)} KB arrived`,
    });
  for (const task of main.filter((e) => e.ph === 'X' && TASK.has(e.name) && e.ts >= nav.ts && e.ts <= painted.ts)) {
    const ms = (task.dur ?? 0) / 1000;
    if (ms < Number(values.min)) continue;
    const inside = main
      .filter(
        (e) => e.ph === 'X' && e !== task && !TASK.has(e.name) && e.ts >= task.ts && e.ts < task.ts + (task.dur ?? 0),
      )
      .sort((a, b) => (b.dur ?? 0) - (a.dur ?? 0))
      .slice(0, 4)
      .map((e) => {
        const d = e.args?.data;
        const what = d?.url?.replace(/^.*\//, '') ?? d?.functionName ?? d?.type ?? '';
        return `${e.name}${what ? `(${what})` : ''} ${((e.dur ?? 0) / 1000).toFixed(0)}`;
      });
    rows.push({ ts: task.ts, line: `${at(task)} ${ms.toFixed(0).padStart(5)}  ${inside.join(', ')}` });
  }
  rows.sort((a, b) => a.ts - b.ts);
  console.log(`${values.notes} notes at ${values.throttle}x, tasks ≥ ${values.min} ms (start, ms, inside)`);
  for (const r of rows) console.log(r.line);
} finally {
  await browser.close();
  await server.stop();
  await rm(dataDir, { recursive: true, force: true });
}
