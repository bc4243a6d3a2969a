import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { SessionFiles } from '../../../../electron/services/sessions/sessionFiles';
import type { RoomStatus } from '../../../../shared/room/protocol';
import { tempFolder } from '../../../helpers/tempFolder';
import { servicesFor } from '../../../helpers/services';
import { phone, rendererFolder, sessionWithExercise, type Phone } from './roomPhones';

// The room survives its server being killed (issue 16, failure 4): SIGKILL of the real process
// holding the room, as the storage kill test does; a new process reopens the room on the same
// address and code; phones rejoin as the same numbers and resend what they had not heard was
// saved, and every note ends up stored exactly once. Only Close room tells phones it has closed.

const ROOT = path.join(import.meta.dirname, '..', '..', '..', '..');
const CHILD = path.join(ROOT, 'scripts', 'kill-test', 'roomChild.ts');
const running: ChildProcess[] = [];
afterEach(() => running.splice(0).forEach((c) => c.exitCode === null && c.kill('SIGKILL')));

function roomProcess(dataDir: string, rendererDir: string, sessionId?: string) {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', CHILD, dataDir, rendererDir, ...(sessionId ? [sessionId] : [])],
    {
      cwd: ROOT,
      stdio: ['pipe', 'pipe', 'inherit'],
    },
  );
  running.push(child);
  const lines: Record<string, unknown>[] = [];
  let buffered = '';
  child.stdout!.on('data', (chunk: Buffer) => {
    buffered += String(chunk);
    const complete = buffered.split('\n');
    buffered = complete.pop() ?? '';
    lines.push(...complete.map((l) => JSON.parse(l) as Record<string, unknown>));
  });
  const line = async (t: string) => {
    for (let i = 0; i < 3000; i++) {
      const found = lines.find((l) => l.t === t);
      if (found) return found;
      if (child.exitCode !== null) throw new Error(`the room process exited (${child.exitCode})`);
      await new Promise((r) => setTimeout(r, 10));
    }
    throw new Error(`no ${t} line`);
  };
  return {
    child,
    status: async () => (await line('room')).status as RoomStatus | null,
    line,
    say: (text: string) => child.stdin!.write(`${text}\n`),
    killed: () =>
      new Promise<void>((resolve) => {
        child.once('exit', () => resolve());
        child.kill('SIGKILL');
      }),
  };
}

/** The client ids a phone has been told are saved (on disk): the ones it may forget. */
const savedBy = (p: Phone) => p.received.flatMap((m) => (m.type === 'saved' ? m.clientNoteIds : []));

describe('a room whose server is killed', () => {
  it('reopens on the same address and code; phones keep their numbers and every note is stored once', async () => {
    const dataDir = await tempFolder();
    const rendererDir = await rendererFolder();
    const prepared = await servicesFor(dataDir);
    const { sessionId, tableIds } = await sessionWithExercise(prepared);
    await prepared.flushAll();

    const first = roomProcess(dataDir, rendererDir, sessionId);
    const status = (await first.status())!;
    const phones = [await phone(status), await phone(status), await phone(status)];
    const joined = [];
    for (const [i, p] of phones.entries()) joined.push(await p.joinAt(status.joinCode, tableIds[i % 2]));
    expect(joined.map((j) => j.participant)).toEqual([501, 502, 503]);
    const sent = phones.map(() => [] as { clientNoteId: string; text: string }[]);
    const add = (p: Phone, i: number, n: number) => {
      const note = { clientNoteId: `p${i}-note-${n}`, text: `Phone ${i} note ${n}` };
      sent[i].push(note);
      p.send({ type: 'addNote', ...note, zoneId: null });
    };
    phones.forEach((p, i) => add(p, i, 1));
    await expect.poll(() => phones.every((p) => savedBy(p).length === 1), { timeout: 10_000 }).toBe(true);
    // Sent just before the kill: some may be saved, some only in memory, some never read.
    phones.forEach((p, i) => add(p, i, 2));
    await first.killed();
    const codes = await Promise.all(phones.map((p) => p.closed));
    expect(codes.every((c) => c !== 1000)).toBe(true);
    expect(phones.flatMap((p) => p.received).filter((m) => m.type === 'closed')).toEqual([]);

    const second = roomProcess(dataDir, rendererDir);
    const reopened = (await second.status())!;
    expect(reopened).toMatchObject({ port: status.port, joinCode: status.joinCode, address: '127.0.0.1' });
    const back: Phone[] = [];
    for (const [i, p] of phones.entries()) {
      const again = await phone(reopened);
      again.send({ type: 'join', token: joined[i].token });
      expect((await again.next('joined')).participant).toBe(joined[i].participant);
      // What the phone has not heard was saved, it sends again.
      const saved = new Set(savedBy(p));
      for (const note of sent[i])
        if (!saved.has(note.clientNoteId)) again.send({ type: 'addNote', ...note, zoneId: null });
      back.push(again);
    }
    back.forEach((p, i) => add(p, i, 3));
    await expect
      .poll(() => back.every((p, i) => new Set([...savedBy(phones[i]), ...savedBy(p)]).size === 3), { timeout: 10_000 })
      .toBe(true);

    second.say('close');
    await second.line('closed');
    for (const p of back) expect((await p.next('closed')).message).toMatch(/closed the room/);
    second.say('quit');
    await new Promise((r) => second.child.once('exit', r));

    const file = await new SessionFiles(dataDir).load(sessionId);
    if (file.kind !== 'ok') throw new Error(file.kind);
    const texts = Object.values(file.db.data.notes)
      .filter((n) => n.kind === 'participant')
      .map((n) => n.text)
      .sort();
    expect(texts).toEqual(
      sent
        .flat()
        .map((n) => n.text)
        .sort(),
    );
  }, 60_000);

  it('is not reopened once Close room has closed it', async () => {
    const dataDir = await tempFolder();
    const rendererDir = await rendererFolder();
    const prepared = await servicesFor(dataDir);
    const { sessionId } = await sessionWithExercise(prepared);
    await prepared.flushAll();
    const first = roomProcess(dataDir, rendererDir, sessionId);
    await first.status();
    first.say('close');
    await first.line('closed');
    await first.killed();
    const second = roomProcess(dataDir, rendererDir);
    expect(await second.status()).toBeNull();
  }, 30_000);
});
