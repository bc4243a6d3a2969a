import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SESSION_SCHEMA_VERSION } from '../../../../shared/document/schema';
import { operation } from '../../../../shared/operations/registry';
import { instantiateTemplate } from '../../../../shared/templates/instantiate';
import type { SessionId } from '../../../../shared/ids';
import { tempFolder } from '../../../helpers/tempFolder';
import { EVENT, servicesFor } from '../../../helpers/services';
import { participantNote } from '../../../helpers/sessions';

const ctx = { clientId: 'test' };

/** A data folder with two sessions, the first with notes and a snapshot in its history. */
async function twoSessions() {
  const dataDir = await tempFolder();
  const services = await servicesFor(dataDir);
  const victim = await services.createSession(ctx, { ...EVENT, name: 'Morning workshop' });
  const added = instantiateTemplate(victim, (await services.listTemplates())[0], new Date().toISOString());
  await services.applyOperation(ctx, victim.id, operation('addExercise', added));
  await services.applyOperation(
    ctx,
    victim.id,
    operation('addNotes', { notes: [participantNote(added.boards[0].id, 'Staff shortages')] }),
  );
  const other = await services.createSession(ctx, { ...EVENT, name: 'Afternoon workshop' });
  await services.flushAll();
  const fileOf = (id: SessionId) => path.join(dataDir, 'sessions', `${id.replace(':', '-')}.json`);
  return { dataDir, victim: victim.id, other: other.id, fileOf };
}

// Each way a file can be damaged, and what the message must say about it.
const DAMAGE: [string, (text: string) => string, RegExp][] = [
  [
    'cut short (a crash mid-copy)',
    (t) => t.slice(0, Math.floor(t.length / 2)),
    /not valid JSON \(it looks cut short\)/,
  ],
  ['emptied', () => '', /is empty/],
  ['overwritten with something else', () => '<html>not a session</html>', /not valid JSON/],
  ['another kind of JSON file', () => JSON.stringify({ type: 'something.else' }), /not a Roundtable session/],
  ['a record broken by hand', (t) => t.replace('"Staff shortages"', '42'), /text: .*expected string/i],
  [
    'a prototype-polluting key',
    (t) => t.replace('{', '{"__proto__":{"polluted":true},'),
    /__proto__: a key that is not allowed/,
  ],
];

describe('a damaged session file', () => {
  it.each(DAMAGE)(
    '%s: is quarantined unchanged, other sessions open, the last good version is offered and restores',
    async (_what, damage, says) => {
      const { dataDir, victim, other, fileOf } = await twoSessions();
      const damaged = damage(await readFile(fileOf(victim), 'utf-8'));
      await writeFile(fileOf(victim), damaged);

      // A fresh start, as after the crash: the app starts and shows the other session.
      const services = await servicesFor(dataDir);
      expect((await services.listSessions()).map((s) => s.id)).toEqual([other]);
      expect((await services.openSession(ctx, other)).event.name).toBe('Afternoon workshop');
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();

      const [notice] = await services.listStorageNotices();
      expect(notice).toMatchObject({
        kind: 'quarantined',
        sessionId: victim,
        eventName: 'Morning workshop',
        lastGoodSnapshot: { noteCount: 1 },
      });
      if (notice.kind !== 'quarantined') throw new Error('expected a quarantine notice');
      expect(notice.detail).toMatch(says);
      expect(notice.detail).toContain(notice.quarantinedFile);
      expect(notice.message).toMatch(
        /“Morning workshop” could not be opened: its file is damaged.*moved the file to its quarantine folder and did not delete it.*last good version.*with 1 note, can be restored.*other sessions are not affected/s,
      );
      expect(await readFile(notice.quarantinedFile, 'utf-8')).toBe(damaged);
      await expect(stat(fileOf(victim))).rejects.toMatchObject({ code: 'ENOENT' });

      const recovered = await services.recoverSession(ctx, victim, notice.lastGoodSnapshot!.id);
      expect(recovered).toMatchObject({ id: victim, eventName: 'Morning workshop', noteCount: 1 });
      expect(await services.listStorageNotices()).toEqual([]);
      const fresh = await servicesFor(dataDir);
      expect((await fresh.listSessions()).map((s) => s.id).sort()).toEqual([victim, other].sort());
      await services.flushAll();
    },
  );

  it('a file far too large to be a session is quarantined without being read whole', async () => {
    const { dataDir, victim, fileOf } = await twoSessions();
    await writeFile(fileOf(victim), Buffer.alloc(65 * 1024 * 1024, 0x20));
    const services = await servicesFor(dataDir);
    await services.listSessions();
    const [notice] = await services.listStorageNotices();
    expect(notice.kind === 'quarantined' && notice.detail).toMatch(/far larger than any session \(65 MB\)/);
  });

  it('says so plainly when there is no earlier version to offer, and keeps the file', async () => {
    const dataDir = await tempFolder();
    const services = await servicesFor(dataDir);
    const doc = await services.createSession(ctx, EVENT);
    const file = path.join(dataDir, 'sessions', `${doc.id.replace(':', '-')}.json`);
    await writeFile(file, '{"type":"roundtable.sess');
    const fresh = await servicesFor(dataDir);
    expect(await fresh.listSessions()).toEqual([]);
    const [notice] = await fresh.listStorageNotices();
    expect(notice).toMatchObject({ kind: 'quarantined', eventName: null, lastGoodSnapshot: null });
    // No snapshot to take the name from: the notice names the file.
    expect(notice.message).toMatch(
      new RegExp(
        `^The session in ${doc.id.replace(':', '-')}\\.json could not be opened.*no earlier version of it to restore`,
        's',
      ),
    );
    expect(await readdir(path.join(dataDir, 'quarantine'))).toHaveLength(2); // the file and the note of why
  });
});

describe('a session file from a newer Roundtable', () => {
  async function newerFile(extra: (file: Record<string, unknown>) => void) {
    const { dataDir, victim, fileOf } = await twoSessions();
    const file = JSON.parse(await readFile(fileOf(victim), 'utf-8'));
    file.schemaVersion = SESSION_SCHEMA_VERSION + 1;
    extra(file);
    const text = JSON.stringify(file, null, 1);
    await writeFile(fileOf(victim), text);
    return { dataDir, victim, file: fileOf(victim), text };
  }

  it('opens read-only, with the fields it does not know left out, refuses changes, and is never written', async () => {
    const { dataDir, victim, file, text } = await newerFile((f) => {
      f.timers = { 'timer:1': { seconds: 300 } };
      for (const note of Object.values(f.notes as Record<string, Record<string, unknown>>)) note.mood = 'hopeful';
    });
    const before = await stat(file);
    const services = await servicesFor(dataDir);
    expect((await services.listSessions()).map((s) => s.eventName)).toContain('Morning workshop');
    const doc = await services.openSession(ctx, victim);
    expect(Object.values(doc.notes).map((n) => n.text)).toContain('Staff shortages');

    const [notice] = await services.listStorageNotices();
    expect(notice).toMatchObject({
      kind: 'newer-version',
      sessionId: victim,
      eventName: 'Morning workshop',
      canOpen: true,
    });
    // Once, by name, and consistent: it is open read-only (not "update to open it").
    expect(notice.message).toBe(
      `“Morning workshop” was saved by a newer Roundtable (format ${SESSION_SCHEMA_VERSION + 1}; this one reads up to ${SESSION_SCHEMA_VERSION}), ` +
        'so it is open read-only: you can look at it but not change it, and Roundtable will never write to its file. Update Roundtable to change it.',
    );

    await expect(services.renameSession(ctx, victim, 'Changed')).rejects.toMatchObject({
      code: 'unsupported-version',
      message: expect.stringMatching(/read-only/),
    });
    await services.flushAll();
    expect(await readFile(file, 'utf-8')).toBe(text);
    expect((await stat(file)).mtimeMs).toBe(before.mtimeMs);
    expect(await readdir(path.join(dataDir, 'snapshots', victim.replace(':', '-')))).toHaveLength(1); // none added
  });

  it('when it cannot be shown at all, says so, lists it nowhere else and leaves it alone', async () => {
    const { dataDir, victim, file, text } = await newerFile((f) => {
      f.event = { title: 'renamed field in a later format' };
    });
    const services = await servicesFor(dataDir);
    expect((await services.listSessions()).map((s) => s.id)).not.toContain(victim);
    await expect(services.openSession(ctx, victim)).rejects.toMatchObject({
      code: 'unsupported-version',
      message: expect.stringMatching(/cannot show it.*did not change it/),
    });
    expect(await services.listStorageNotices()).toMatchObject([{ kind: 'newer-version', canOpen: false }]);
    expect(await readFile(file, 'utf-8')).toBe(text);
  });
});
