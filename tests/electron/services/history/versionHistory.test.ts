import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createServices, type Services } from '../../../../electron/services/services';
import { loadTemplateLibrary } from '../../../../electron/services/templates/templateLibrary';
import type { SnapshotPolicy } from '../../../../electron/services/history/snapshots';
import { invertOperation, operation } from '../../../../shared/operations/registry';
import { SESSION_SCHEMA_VERSION } from '../../../../shared/document/schema';
import type { SessionId } from '../../../../shared/ids';
import { instantiateTemplate } from '../../../../shared/templates/instantiate';
import { tempFolder } from '../../../helpers/tempFolder';
import { EVENT, QUICK_AUTOSAVE, TEMPLATES_DIR } from '../../../helpers/services';
import { participantNote } from '../../../helpers/sessions';

const ctx = { clientId: 'test' };
const DAY = 24 * 3600 * 1000;
const POLICY: SnapshotPolicy = {
  intervalMs: 5 * 60 * 1000,
  maxAgeMs: 30 * DAY,
  maxBytes: 100 * 1024 * 1024,
  maxCount: 300,
};

/** The real services with a clock the test moves, so "five minutes later" takes no time. */
async function servicesWithClock(dataDir: string, policy = POLICY) {
  const clock = { now: new Date('2025-03-04T09:00:00.000Z') };
  const { templates } = await loadTemplateLibrary(TEMPLATES_DIR);
  const services = createServices({
    dataDir,
    templates,
    appInfo: { version: 'test', mode: 'browser', schemaVersion: 1 },
    autosave: QUICK_AUTOSAVE,
    snapshots: policy,
    now: () => clock.now,
  });
  const advance = (ms: number) => (clock.now = new Date(clock.now.getTime() + ms));
  return { services, advance, templates };
}

async function addNote(services: Services, id: Parameters<Services['openSession']>[1], text: string) {
  const doc = await services.openSession(ctx, id);
  const boardId = Object.values(doc.boards)[0].id;
  await services.applyOperation(ctx, id, operation('addNotes', { notes: [participantNote(boardId, text)] }));
  await services.flushAll();
}

/** Waits for the history to hold `count` snapshots: scheduled ones are written after the save that triggers them, without holding it up. */
async function settled(
  services: Services,
  id: Parameters<Services['openSession']>[1],
  count: number,
  newestNotes?: number,
) {
  const done = (list: Awaited<ReturnType<Services['listSnapshots']>>) =>
    list.length === count && (newestNotes === undefined || list[0]?.noteCount === newestNotes);
  for (let i = 0; i < 200 && !done(await services.listSnapshots(ctx, id)); i++)
    await new Promise((r) => setTimeout(r, 10));
  return services.listSnapshots(ctx, id);
}

async function sessionWithExercise(dataDir: string, policy?: SnapshotPolicy) {
  const kit = await servicesWithClock(dataDir, policy);
  const doc = await kit.services.createSession(ctx, EVENT);
  await kit.services.applyOperation(
    ctx,
    doc.id,
    operation('addExercise', instantiateTemplate(doc, kit.templates[0], '2025-03-04T09:00:00.000Z')),
  );
  return { ...kit, id: doc.id };
}

describe('version history', () => {
  it('takes a snapshot while a session changes, at most every five minutes, listed with time and note counts', async () => {
    const { services, advance, id } = await sessionWithExercise(await tempFolder());
    await addNote(services, id, 'Travel time');
    expect(await settled(services, id, 1)).toMatchObject([
      { reason: 'scheduled', takenAt: '2025-03-04T09:00:00.000Z', noteCount: 1, exerciseCount: 1 },
    ]);

    advance(60_000);
    await addNote(services, id, 'One minute later: no new snapshot yet');
    advance(5 * 60_000);
    await addNote(services, id, 'Six minutes later');
    const history = await settled(services, id, 2);
    expect(history.map((s) => [s.takenAt, s.noteCount])).toEqual([
      ['2025-03-04T09:06:00.000Z', 3],
      ['2025-03-04T09:00:00.000Z', 1],
    ]);
    expect(history[0].bytes).toBeGreaterThan(history[1].bytes);
  });

  it('restores a version as one undoable step, keeping a snapshot of what it replaced', async () => {
    const { services, advance, id } = await sessionWithExercise(await tempFolder());
    await addNote(services, id, 'Kept in the early version');
    const [early] = await settled(services, id, 1);
    advance(10 * 60_000);
    await addNote(services, id, 'Added later');
    const before = await services.openSession(ctx, id);

    const version = await services.readSnapshot(ctx, id, early.id);
    const restore = operation('restoreVersion', { document: version, takenAt: early.takenAt });
    await services.applyOperation(ctx, id, restore);
    await services.flushAll();
    const texts = async () =>
      Object.values((await services.openSession(ctx, id)).notes)
        .filter((n) => n.kind === 'participant')
        .map((n) => n.text);
    expect(await texts()).toEqual(['Kept in the early version']);
    const history = await settled(services, id, 3);
    expect(history.find((s) => s.reason === 'before-restore')).toMatchObject({
      noteCount: 2,
      takenAt: '2025-03-04T09:10:00.000Z',
    });

    // Undo is the inverse operation, as the renderer's undo stack applies it.
    await services.applyOperation(ctx, id, invertOperation(before, restore));
    await services.flushAll();
    expect((await texts()).sort()).toEqual(['Added later', 'Kept in the early version']);
  });

  it('refuses to restore a version of another session', async () => {
    const dataDir = await tempFolder();
    const { services, id } = await sessionWithExercise(dataDir);
    const other = await services.createSession(ctx, { ...EVENT, name: 'Another event' });
    await expect(
      services.applyOperation(ctx, id, operation('restoreVersion', { document: other, takenAt: other.updatedAt })),
    ).rejects.toMatchObject({
      code: 'invalid-input',
      message: expect.stringMatching(/belongs to another session/),
    });
    await services.flushAll();
  });

  it('keeps 30 days and a capped number of snapshots, dropping the oldest, never the newest', async () => {
    const { services, advance, id } = await sessionWithExercise(await tempFolder(), { ...POLICY, maxCount: 3 });
    for (let i = 0; i < 5; i++) {
      await addNote(services, id, `note ${i}`);
      await settled(services, id, Math.min(i + 1, 3), i + 1);
      advance(6 * 60_000);
    }
    expect((await services.listSnapshots(ctx, id)).map((s) => s.noteCount)).toEqual([5, 4, 3]);
    advance(31 * DAY);
    await addNote(services, id, 'a month later');
    await settled(services, id, 1, 6);
    expect((await services.listSnapshots(ctx, id)).map((s) => s.noteCount)).toEqual([6]);
  });

  it('caps the bytes a session’s history takes, keeping the newest', async () => {
    const { services, advance, id } = await sessionWithExercise(await tempFolder(), { ...POLICY, maxBytes: 1 });
    for (let i = 0; i < 3; i++) {
      await addNote(services, id, `note ${i}`);
      expect((await settled(services, id, 1, i + 1)).map((s) => s.noteCount)).toEqual([i + 1]);
      advance(6 * 60_000);
    }
  });

  it('refuses a snapshot id that is not one, and a snapshot file edited into something else', async () => {
    const dataDir = await tempFolder();
    const { services, id } = await sessionWithExercise(dataDir);
    await addNote(services, id, 'A note');
    const [snapshot] = await settled(services, id, 1);
    await expect(services.readSnapshot(ctx, id, '../../sessions/x')).rejects.toMatchObject({ code: 'invalid-input' });
    await expect(services.readSnapshot(ctx, id, '20250304T090000000Z-scheduled-n9-e9')).rejects.toMatchObject({
      code: 'not-found',
      message: expect.stringMatching(/no longer in the history/),
    });
    const folder = path.join(dataDir, 'snapshots', id.replace(':', '-'));
    const [name] = await readdir(folder);
    await writeFile(path.join(folder, name), (await readFile(path.join(folder, name), 'utf-8')).slice(0, 100));
    await expect(services.readSnapshot(ctx, id, snapshot.id)).rejects.toMatchObject({
      code: 'invalid-input',
      message: expect.stringMatching(/not valid JSON/),
    });
  });

  it.skipIf((SESSION_SCHEMA_VERSION as number) === 1)(
    'keeps the original of an older-format file before its first save rewrites it',
    async () => {
      const dataDir = await tempFolder();
      const original = await readFile(
        path.join(import.meta.dirname, '..', '..', '..', 'fixtures', 'session.v1.json'),
        'utf-8',
      );
      const id = JSON.parse(original).id as SessionId;
      await mkdir(path.join(dataDir, 'sessions'));
      await writeFile(path.join(dataDir, 'sessions', `${id.replace(':', '-')}.json`), original);
      const { services } = await servicesWithClock(dataDir);
      await services.renameSession(ctx, id, 'Renamed after the update');
      await services.flushAll();

      const [kept] = (await services.listSnapshots(ctx, id)).filter((s) => s.reason === 'before-migration');
      expect(await readFile(path.join(dataDir, 'snapshots', id.replace(':', '-'), `${kept.id}.json`), 'utf-8')).toBe(
        original,
      );
      expect(
        JSON.parse(await readFile(path.join(dataDir, 'sessions', `${id.replace(':', '-')}.json`), 'utf-8'))
          .schemaVersion,
      ).toBe(SESSION_SCHEMA_VERSION);
      // Restoring it gives the old content, migrated to this format.
      expect((await services.readSnapshot(ctx, id, kept.id)).event.name).toBe(JSON.parse(original).event.name);
    },
  );
});
