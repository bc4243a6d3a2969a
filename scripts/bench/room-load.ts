// Room mode under a full room: simulated phones on loopback (in their own process,
// room-phones.ts) join the real room server over real WebSockets, against the real services on
// a real data folder, and add notes; then everyone votes at once. A tenth of the phones resend
// every note (as after a lost connection), to prove nothing is stored twice.
// Reports notes sent, stored and doubled; send → "stored" (on the board) and send → "saved" (on
// disk) latency, p50 / p95 / max; the laptop's event-loop delay and CPU; medians over runs, with
// the machine's load average, since timings on a shared machine are noisy.
// Usage: npx tsx scripts/bench/room-load.ts [--phones 60] [--every-ms 3000] [--seconds 60] [--runs 3]
//   The full room: --phones 200 --every-ms 1000. Profile with: node --cpu-prof --import tsx scripts/bench/room-load.ts …
import { spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { createServices } from '../../electron/services/services';
import { loadTemplateLibrary } from '../../electron/services/templates/templateLibrary';
import { operation } from '../../shared/operations/registry';
import { newTable } from '../../shared/operations/tableOperations';
import type { SessionId } from '../../shared/ids';
import { instantiateTemplate } from '../../shared/templates/instantiate';
import { summarise } from './stats';

const { values } = parseArgs({
  options: {
    phones: { type: 'string', default: '60' },
    'every-ms': { type: 'string', default: '3000' },
    seconds: { type: 'string', default: '60' },
    runs: { type: 'string', default: '3' },
  },
});
const PHONES = Number(values.phones);
const EVERY_MS = Number(values['every-ms']);
const SECONDS = Number(values.seconds);
const RUNS = Number(values.runs);
const TABLES = 10;
const ctx = { clientId: 'bench' };
const ROOT = path.join(import.meta.dirname, '..', '..');

interface Run {
  sent: number;
  stored: number;
  doubled: number;
  dots: number;
  ack: ReturnType<typeof summarise>;
  saved: ReturnType<typeof summarise> | null;
  loopDelayP99: number;
  cpuPercent: number;
  phonesCpuPercent: number;
  load: number;
}

async function run(): Promise<Run> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'roundtable-room-bench-'));
  const rendererDir = await mkdtemp(path.join(os.tmpdir(), 'roundtable-room-page-'));
  await writeFile(path.join(rendererDir, 'participant.html'), '<!doctype html>');
  const { templates } = await loadTemplateLibrary(path.join(ROOT, 'resources', 'templates'));
  const services = createServices({
    dataDir,
    templates,
    appInfo: { version: 'bench', mode: 'browser', schemaVersion: 2 },
    rendererDir,
  });
  let doc = await services.createSession(ctx, {
    name: 'Room load',
    date: '',
    location: '',
    facilitator: '',
    shift: null,
  });
  const sessionId = doc.id as SessionId;
  const template = templates.find((t) => t.id === 'h2c.d2.ex1')!;
  await services.applyOperation(
    ctx,
    sessionId,
    operation('addExercise', instantiateTemplate(doc, template, new Date().toISOString())),
  );
  for (let t = 1; t < TABLES; t++) {
    doc = await services.openSession(ctx, sessionId);
    await services.applyOperation(ctx, sessionId, operation('addTable', newTable(doc, `Table ${t + 1}`)));
  }
  doc = await services.openSession(ctx, sessionId);
  const tables = Object.values(doc.tables)
    .sort((a, b) => a.order - b.order)
    .map((t) => t.id);
  const status = await services.openRoom(ctx, sessionId, '127.0.0.1');
  // The facilitator's window would hear every change; a listener stands in for it.
  services.onEvent(() => {});

  const child = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      path.join(import.meta.dirname, 'room-phones.ts'),
      String(status.port),
      status.joinCode,
      String(PHONES),
      String(EVERY_MS),
      JSON.stringify(tables),
    ],
    { cwd: ROOT, stdio: ['pipe', 'pipe', 'inherit'] },
  );
  const lines = createInterface({ input: child.stdout! });
  const next = (t: string) =>
    new Promise<Record<string, unknown>>((resolve) => {
      const on = (line: string) => {
        const parsed = JSON.parse(line) as Record<string, unknown>;
        if (parsed.t === t) {
          lines.off('line', on);
          resolve(parsed);
        }
      };
      lines.on('line', on);
    });
  await next('ready');
  const loop = monitorEventLoopDelay({ resolution: 10 });
  const cpuBefore = process.cpuUsage();
  const started = Date.now();
  loop.enable();
  child.stdin!.write('write\n');
  await new Promise((r) => setTimeout(r, SECONDS * 1_000));
  child.stdin!.write('stop\n');
  const measured = (await next('measured')) as {
    sent: number;
    stored: number[];
    storedAt: number[];
    saved: number[];
    cpuPercent: number;
  };
  if (process.env.ROOM_BENCH_TIMELINE) {
    // Latency by second of the run: where a tail comes from.
    const first = Math.min(...measured.storedAt);
    const bySecond = new Map<number, number[]>();
    measured.storedAt.forEach((t, i) => {
      const s = Math.floor((t - first) / 1000);
      bySecond.set(s, [...(bySecond.get(s) ?? []), measured.stored[i]]);
    });
    for (const [s, xs] of [...bySecond].sort((a, b) => a[0] - b[0]))
      console.log(`  second ${s}: ${xs.length} notes, p50 ${summarise(xs).median} ms, max ${summarise(xs).max} ms`);
  }
  loop.disable();
  const cpu = process.cpuUsage(cpuBefore);
  const cpuPercent = ((cpu.user + cpu.system) / 1000 / (Date.now() - started)) * 100;

  doc = await services.openSession(ctx, sessionId);
  for (const board of Object.values(doc.boards))
    await services.applyOperation(
      ctx,
      sessionId,
      operation('setBoardState', { boardId: board.id, changes: { voting: 'open' } }),
    );
  await new Promise((r) => setTimeout(r, 1_500));
  child.stdin!.write('vote\n');
  await new Promise((r) => setTimeout(r, 3_000));
  doc = await services.openSession(ctx, sessionId);
  const notes = Object.values(doc.notes).filter((n) => n.id.startsWith('note:room'));
  const texts = notes.map((n) => n.text);
  const dots = Object.values(doc.votes).filter((v) => v.kind === 'dot').length;
  child.stdin!.write('quit\n');
  await new Promise((r) => child.once('exit', r));
  await services.closeRoom();
  await services.flushAll();
  await rm(dataDir, { recursive: true, force: true });
  await rm(rendererDir, { recursive: true, force: true });
  return {
    sent: measured.sent,
    stored: notes.length,
    doubled: texts.length - new Set(texts).size,
    dots,
    ack: summarise(measured.stored),
    saved: measured.saved.length > 0 ? summarise(measured.saved) : null,
    loopDelayP99: loop.percentile(99) / 1e6,
    cpuPercent,
    phonesCpuPercent: measured.cpuPercent,
    load: os.loadavg()[0],
  };
}

const f = (n: number) => n.toFixed(n < 10 ? 1 : 0);
const line = (s: ReturnType<typeof summarise>) => `${f(s.median)} / ${f(s.p95)} / ${f(s.max)} ms`;
console.log(`${PHONES} phones, a note each every ${EVERY_MS} ms, for ${SECONDS} s; ${os.cpus().length} cores`);
const results: Run[] = [];
for (let r = 0; r < RUNS; r++) {
  const result = await run();
  results.push(result);
  console.log(
    `run ${r + 1}: ${result.sent} sent, ${result.stored} stored, ${result.doubled} doubled, ${result.dots} dots; ` +
      `send→stored p50/p95/max ${line(result.ack)}` +
      (result.saved ? `; send→saved ${line(result.saved)}` : '') +
      `; event-loop delay p99 ${f(result.loopDelayP99)} ms; laptop CPU ${f(result.cpuPercent)}% (phones ${f(result.phonesCpuPercent)}%); load average ${result.load.toFixed(1)}`,
  );
}
const median = (xs: number[]) => summarise(xs).median;
console.log(
  `median of ${RUNS}: send→stored p50 ${f(median(results.map((r) => r.ack.median)))} ms, p95 ${f(median(results.map((r) => r.ack.p95)))} ms, max ${f(median(results.map((r) => r.ack.max)))} ms` +
    (results.every((r) => r.saved)
      ? `; send→saved p50 ${f(median(results.map((r) => r.saved!.median)))} ms, p95 ${f(median(results.map((r) => r.saved!.p95)))} ms`
      : '') +
    `; laptop CPU ${f(median(results.map((r) => r.cpuPercent)))}%; every run sent = stored: ${results.every((r) => r.sent === r.stored)}, doubled: ${results.reduce((s, r) => s + r.doubled, 0)}`,
);
process.exit(0);
