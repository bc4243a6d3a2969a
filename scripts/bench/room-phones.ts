// The simulated phones of the room benchmark, in their own process so that their work does not
// count against the laptop's: N phones join the room over real WebSockets, sit at their tables,
// add a note every `everyMs` (at a random phase), a tenth of them resending each note 300 ms
// later as a phone does after a lost connection; then, on "vote", each adds 3 dots at once.
// Prints one JSON line when ready, and the latencies it measured when told "stop".
// Usage (by room-load.ts): node --import tsx scripts/bench/room-phones.ts PORT CODE PHONES EVERY_MS TABLE_IDS_JSON
import { createInterface } from 'node:readline';
import { performance } from 'node:perf_hooks';
import WebSocket from 'ws';
import type { ServerMessage } from '../../shared/room/protocol';

const [port, code, phonesText, everyText, tablesJson] = process.argv.slice(2);
const PHONES = Number(phonesText);
const EVERY_MS = Number(everyText);
const tables = JSON.parse(tablesJson) as string[];
const origin = `http://127.0.0.1:${port}`;

const sentAt = new Map<string, number>();
const storedSeen = new Set<string>();
const savedSeen = new Set<string>();
const stored: number[] = [];
const storedAt: number[] = [];
const cpuStart = process.cpuUsage();
const wallStart = performance.now();
const saved: number[] = [];
let sent = 0;
let stopped = false;

const phones = await Promise.all(
  Array.from({ length: PHONES }, async (_, i) => {
    const ws = new WebSocket(`ws://127.0.0.1:${port}/room`, { origin });
    await new Promise((resolve, reject) => ws.once('open', resolve).once('error', reject));
    let noteIds: string[] = [];
    ws.on('message', (data) => {
      const message = JSON.parse(String(data)) as ServerMessage;
      if (message.type === 'stored' && !storedSeen.has(message.clientNoteId)) {
        storedSeen.add(message.clientNoteId);
        const t = sentAt.get(message.clientNoteId);
        if (t !== undefined) {
          stored.push(performance.now() - t);
          storedAt.push(t);
        }
      } else if (message.type === 'saved') {
        for (const id of message.clientNoteIds) {
          if (savedSeen.has(id)) continue;
          savedSeen.add(id);
          const t = sentAt.get(id);
          if (t !== undefined) saved.push(performance.now() - t);
        }
      } else if (message.type === 'view') {
        noteIds = message.view.notes.filter((n) => !n.reference).map((n) => n.id);
      }
    });
    ws.send(JSON.stringify({ type: 'join', code }));
    await new Promise((r) => setTimeout(r, 300));
    ws.send(JSON.stringify({ type: 'profile', tableId: tables[i % tables.length], staffGroup: null, sector: null }));
    return { ws, i, notes: () => noteIds };
  }),
);
process.stdout.write(`${JSON.stringify({ t: 'ready' })}\n`);

function write(ws: WebSocket, i: number): Promise<void> {
  return (async () => {
    let n = 0;
    await new Promise((r) => setTimeout(r, Math.random() * EVERY_MS));
    while (!stopped) {
      const clientNoteId = `p${i}n${n++}x${Math.random().toString(36).slice(2, 8)}`;
      const message = JSON.stringify({ type: 'addNote', clientNoteId, text: `Phone ${i} note ${n}`, zoneId: null });
      sentAt.set(clientNoteId, performance.now());
      ws.send(message);
      sent++;
      if (i % 10 === 0) setTimeout(() => ws.readyState === ws.OPEN && ws.send(message), 300);
      await new Promise((r) => setTimeout(r, EVERY_MS * (PHONES === 60 ? 0.5 + Math.random() : 1)));
    }
  })();
}

let writers: Promise<void>[] = [];
createInterface({ input: process.stdin }).on('line', (line) => {
  if (line === 'write') writers = phones.map(({ ws, i }) => write(ws, i));
  if (line === 'stop') {
    stopped = true;
    void Promise.all(writers)
      .then(() => new Promise((r) => setTimeout(r, 3_000)))
      .then(() => {
        const cpu = process.cpuUsage(cpuStart);
        const cpuPercent = ((cpu.user + cpu.system) / 1000 / (performance.now() - wallStart)) * 100;
        process.stdout.write(`${JSON.stringify({ t: 'measured', sent, stored, storedAt, saved, cpuPercent })}\n`);
      });
  }
  if (line === 'vote')
    for (const { ws, notes } of phones) {
      const ids = notes();
      for (let d = 0; d < 3 && ids.length; d++)
        ws.send(JSON.stringify({ type: 'dot', noteId: ids[Math.floor(Math.random() * ids.length)], add: true }));
    }
  if (line === 'quit') {
    phones.forEach(({ ws }) => ws.close());
    setTimeout(() => process.exit(0), 200);
  }
});
