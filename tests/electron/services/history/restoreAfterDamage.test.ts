import { appendFile, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { journalFolder } from '../../../../electron/services/history/changeJournal';
import { createServices, type Services } from '../../../../electron/services/services';
import { DEFAULT_SNAPSHOT_POLICY } from '../../../../electron/services/history/snapshots';
import { loadTemplateLibrary } from '../../../../electron/services/templates/templateLibrary';
import type { SessionId } from '../../../../shared/ids';
import { operation } from '../../../../shared/operations/registry';
import { instantiateTemplate } from '../../../../shared/templates/instantiate';
import { folderState } from '../../../helpers/folderState';
import { EVENT, QUICK_AUTOSAVE, TEMPLATES_DIR } from '../../../helpers/services';
import { participantNote } from '../../../helpers/sessions';
import { tempFolder } from '../../../helpers/tempFolder';

// "Restore last good version" after a session's file was damaged must bring back what had
// been saved, not only what the last snapshot (every 5 minutes) held.

const ctx = { clientId: 'restore-test' };

async function servicesAt(dataDir: string, clock: { now: Date }) {
  const { templates } = await loadTemplateLibrary(TEMPLATES_DIR);
  return createServices({
    dataDir,
    templates,
    appInfo: { version: 'test', mode: 'browser', schemaVersion: 1 },
    autosave: QUICK_AUTOSAVE,
    snapshots: DEFAULT_SNAPSHOT_POLICY,
    now: () => clock.now,
  });
}

/** A session given a board, then `count` notes one a minute, each saved: as a table writes them. */
async function sessionWithNotes(count: number) {
  const dataDir = await tempFolder();
  const clock = { now: new Date('2025-03-04T09:00:00.000Z') };
  const services = await servicesAt(dataDir, clock);
  const doc = await services.createSession(ctx, EVENT);
  const template = (await services.listTemplates())[0];
  const added = instantiateTemplate(doc, template, clock.now.toISOString());
  await services.applyOperation(ctx, doc.id, operation('addExercise', added));
  for (let i = 1; i <= count; i++) {
    clock.now = new Date(clock.now.getTime() + 60_000);
    await services.applyOperation(
      ctx,
      doc.id,
      operation('addNotes', { notes: [participantNote(added.boards[0].id, `Note ${i}`)] }),
    );
    await services.flushAll();
  }
  const file = path.join(dataDir, 'sessions', `${doc.id.replace(':', '-')}.json`);
  return { dataDir, clock, id: doc.id as SessionId, file };
}

const texts = async (services: Services, id: SessionId) =>
  Object.values((await services.openSession(ctx, id)).notes)
    .filter((n) => n.kind === 'participant')
    .map((n) => n.text)
    .sort();

describe('restoring a damaged session', () => {
  it('brings back all 8 notes saved over 8 minutes, and says so before the restore', async () => {
    const { dataDir, clock, id, file } = await sessionWithNotes(8);
    const text = await readFile(file, 'utf-8');
    await writeFile(file, text.slice(0, text.length / 2)); // Damaged while the app was closed.

    const after = await servicesAt(dataDir, clock);
    const [notice] = await after.listStorageNotices();
    expect(notice.kind).toBe('quarantined');
    expect(notice.message).toMatch(/Its last good version, from .* with 8 notes, can be restored/);
    const good = notice.kind === 'quarantined' ? notice.lastGoodSnapshot! : null;
    expect((await after.recoverSession(ctx, id, good!.id)).noteCount).toBe(8);
    expect(await texts(after, id)).toEqual(Array.from({ length: 8 }, (_, i) => `Note ${i + 1}`).sort());

    // Damaged again at once: the recovered state is the new last good version.
    await after.flushAll();
    await writeFile(file, '{');
    const again = await servicesAt(dataDir, clock);
    const [second] = await again.listStorageNotices();
    const snapshot = second.kind === 'quarantined' ? second.lastGoodSnapshot! : null;
    await again.recoverSession(ctx, id, snapshot!.id);
    expect(await texts(again, id)).toHaveLength(8);
  });

  it('a journal cut short or edited by hand: replays up to the first bad entry, and the folder is otherwise untouched', async () => {
    const { dataDir, clock, id, file } = await sessionWithNotes(4);
    const journal = path.join(journalFolder(dataDir), `${id.replace(':', '-')}.ndjson`);
    const lines = (await readFile(journal, 'utf-8')).split('\n').filter(Boolean);
    expect(lines).toHaveLength(3); // Notes 2 to 4: note 1 is in the first snapshot.
    // The entry for note 3 is edited so that it no longer follows from the one before it.
    const edited = lines.map((line) => {
      const entry = JSON.parse(line);
      if (JSON.stringify(entry.op).includes('Note 3')) entry.before = '2020-01-01T00:00:00.000Z';
      return JSON.stringify(entry);
    });
    await writeFile(journal, `${edited.join('\n')}\n{"revision": 9`);
    await appendFile(file, 'garbage');

    const after = await servicesAt(dataDir, clock);
    const [notice] = await after.listStorageNotices();
    const before = await folderState(dataDir);
    expect(notice.message).toMatch(/with 2 notes, can be restored/);
    expect(await folderState(dataDir)).toEqual(before); // Looking changes nothing.
    await after.recoverSession(ctx, id, notice.kind === 'quarantined' ? notice.lastGoodSnapshot!.id : '');
    expect(await texts(after, id)).toEqual(['Note 1', 'Note 2']);
  });
});
