// Room mode under a full room: 60 simulated phones (10 tables of 6) on loopback join the real
// room server over real WebSockets, each adding a note every 2–4 seconds, then all voting at once.
// Every note is sent with its own client id and resent once by a tenth of the phones (as a
// phone does after a lost connection), to prove nothing is stored twice.
// Reports notes sent, stored and doubled; latency from send to the phone's "stored" and from
// send to the facilitator's sessionChanged (p50/p95); medians over runs.
// Usage: npx tsx scripts/bench/room-load.ts [seconds=60] [runs=3]
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import WebSocket from 'ws';
import { SessionService } from '../../electron/services/sessionService';
import { loadTemplateLibrary } from '../../electron/services/templateLibrary';
import { operation } from '../../shared/operations/registry';
import { newTable } from '../../shared/operations/tableOperations';
import type { ServerMessage } from '../../shared/room/protocol';
import type { SessionId } from '../../shared/ids';
import { instantiateTemplate } from '../../shared/templates/instantiate';
import { summarise } from './stats';

const seconds = Number(process.argv[2] ?? 60);
const runs = Number(process.argv[3] ?? 3);
const TABLES = 10;
const PER_TABLE = 6;
const ctx = { clientId: 'bench' };

async function run(): Promise<{
  sent: number;
  stored: number;
  doubled: number;
  ack: number[];
  live: number[];
  dots: number;
}> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'roundtable-room-bench-'));
  const rendererDir = await mkdtemp(path.join(os.tmpdir(), 'roundtable-room-page-'));
  await writeFile(path.join(rendererDir, 'participant.html'), '<!doctype html>');
  const { templates } = await loadTemplateLibrary(path.join(import.meta.dirname, '..', '..', 'resources', 'templates'));
  const services = new SessionService({
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
  await services.applyOperation(
    ctx,
    sessionId,
    operation(
      'addExercise',
      instantiateTemplate(
        doc,
        templates.find((t) => t.id === 'h2c.d2.ex1')!,
        new Date().toISOString(),
      ),
    ),
  );
  for (let t = 1; t < TABLES; t++) {
    doc = await services.openSession(ctx, sessionId);
    await services.applyOperation(ctx, sessionId, operation('addTable', newTable(doc, `Table ${t + 1}`)));
  }
  doc = await services.openSession(ctx, sessionId);
  const tables = Object.values(doc.tables).sort((a, b) => a.order - b.order);
  const status = await services.openRoom(ctx, sessionId, '127.0.0.1');

  const sentAt = new Map<string, number>();
  const acked = new Set<string>();
  const live: number[] = [];
  const ack: number[] = [];
  services.onEvent((event) => {
    if (event.type !== 'sessionChanged' || event.operation.name !== 'addNotes') return;
    for (const note of event.operation.args.notes) {
      const key = note.id.replace(/^note:room\d+-/, '');
      const t = sentAt.get(key);
      if (t !== undefined) live.push(performance.now() - t);
    }
  });

  let sent = 0;
  let stopped = false;
  const phones = await Promise.all(
    Array.from({ length: TABLES * PER_TABLE }, async (_, i) => {
      const ws = new WebSocket(`ws://127.0.0.1:${status.port}/room`, { origin: `http://127.0.0.1:${status.port}` });
      await new Promise((resolve) => ws.once('open', resolve));
      let noteIds: string[] = [];
      ws.on('message', (data) => {
        const message = JSON.parse(String(data)) as ServerMessage;
        if (message.type === 'stored') {
          // The first answer only: a resend's own "stored" says nothing about latency.
          const t = acked.has(message.clientNoteId) ? undefined : sentAt.get(message.clientNoteId);
          acked.add(message.clientNoteId);
          if (t !== undefined) ack.push(performance.now() - t);
        } else if (message.type === 'view') {
          noteIds = message.view.notes.filter((n) => !n.reference).map((n) => n.id);
        }
      });
      ws.send(JSON.stringify({ type: 'join', code: status.joinCode }));
      await new Promise((r) => setTimeout(r, 200));
      ws.send(
        JSON.stringify({
          type: 'profile',
          tableId: tables[Math.floor(i / PER_TABLE)].id,
          staffGroup: null,
          sector: null,
        }),
      );
      return { ws, i, notes: () => noteIds };
    }),
  );

  const writers = phones.map(async ({ ws, i }) => {
    let n = 0;
    while (!stopped) {
      await new Promise((r) => setTimeout(r, 2_000 + Math.random() * 2_000));
      if (stopped) break;
      const clientNoteId = `p${i}n${n++}x${Math.random().toString(36).slice(2, 8)}`;
      const message = JSON.stringify({ type: 'addNote', clientNoteId, text: `Phone ${i} note ${n}`, zoneId: null });
      sentAt.set(clientNoteId, performance.now());
      ws.send(message);
      sent++;
      // A tenth of the phones resend, as after a lost connection: must not be stored twice.
      if (i % 10 === 0) setTimeout(() => ws.send(message), 300);
    }
  });
  await new Promise((r) => setTimeout(r, seconds * 1_000));
  stopped = true;
  await Promise.all(writers);

  // Everyone votes at once.
  doc = await services.openSession(ctx, sessionId);
  for (const board of Object.values(doc.boards))
    await services.applyOperation(
      ctx,
      sessionId,
      operation('setBoardState', { boardId: board.id, changes: { voting: 'open' } }),
    );
  await new Promise((r) => setTimeout(r, 1_000));
  for (const { ws, notes } of phones) {
    const ids = notes();
    for (let d = 0; d < 3 && ids.length; d++)
      ws.send(JSON.stringify({ type: 'dot', noteId: ids[Math.floor(Math.random() * ids.length)], add: true }));
  }
  await new Promise((r) => setTimeout(r, 3_000));
  doc = await services.openSession(ctx, sessionId);
  const stored = Object.values(doc.notes).filter((n) => n.id.startsWith('note:room'));
  const texts = stored.map((n) => n.text);
  const dots = Object.values(doc.votes).filter((v) => v.kind === 'dot').length;
  phones.forEach(({ ws }) => ws.close());
  await services.closeRoom();
  await services.flushAll();
  await rm(dataDir, { recursive: true, force: true });
  await rm(rendererDir, { recursive: true, force: true });
  return { sent, stored: stored.length, doubled: texts.length - new Set(texts).size, ack, live, dots };
}

const results = [];
for (let r = 0; r < runs; r++) {
  const result = await run();
  const a = summarise(result.ack);
  const l = summarise(result.live);
  console.log(
    `run ${r + 1}: ${result.sent} notes sent, ${result.stored} stored, ${result.doubled} doubled, ${result.dots} dots; ` +
      `send→stored p50 ${a.median.toFixed(1)} ms p95 ${a.p95.toFixed(1)} ms; send→facilitator p50 ${l.median.toFixed(1)} ms p95 ${l.p95.toFixed(1)} ms`,
  );
  results.push({ ...result, a, l });
}
const median = (xs: number[]) => summarise(xs).median;
console.log(
  `median of ${runs} runs, ${TABLES * PER_TABLE} phones for ${seconds} s: send→stored p50 ${median(results.map((r) => r.a.median)).toFixed(1)} ms, p95 ${median(results.map((r) => r.a.p95)).toFixed(1)} ms; ` +
    `send→facilitator p50 ${median(results.map((r) => r.l.median)).toFixed(1)} ms, p95 ${median(results.map((r) => r.l.p95)).toFixed(1)} ms; ` +
    `every run: sent = stored: ${results.every((r) => r.sent === r.stored)}, doubled: ${results.reduce((s, r) => s + r.doubled, 0)}`,
);
process.exit(0);
