import { SESSION_SCHEMA_VERSION } from '../../../../shared/document/schema';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ApiEvent } from '../../../../shared/api/contract';
import { instantiateTemplate } from '../../../../shared/templates/instantiate';
import { operation } from '../../../../shared/operations/registry';
import { tempFolder } from '../../../helpers/tempFolder';
import { EVENT, QUICK_AUTOSAVE, servicesFor } from '../../../helpers/services';
import { participantNote } from '../../../helpers/sessions';

const ctx = { clientId: 'test' };

async function sessionWithBoard(dataDir: string) {
  const services = await servicesFor(dataDir);
  const doc = await services.createSession(ctx, EVENT);
  const template = (await services.listTemplates()).find((t) => t.id === 'h2c.d2.ex1')!;
  const exercise = instantiateTemplate(doc, template, new Date().toISOString());
  await services.applyOperation(ctx, doc.id, operation('addExercise', exercise));
  return { services, id: doc.id, boardId: exercise.boards[0].id };
}

function waitFor(services: { onEvent(l: (e: ApiEvent) => void): () => void }, predicate: (e: ApiEvent) => boolean) {
  return new Promise<ApiEvent>((resolve) => {
    const stop = services.onEvent((e) => {
      if (predicate(e)) {
        stop();
        resolve(e);
      }
    });
  });
}

describe('the session services on a real data folder', () => {
  it('writes a new session to its own JSON file at once', async () => {
    const dataDir = await tempFolder();
    const services = await servicesFor(dataDir);
    const doc = await services.createSession(ctx, EVENT);
    const file = JSON.parse(
      await readFile(path.join(dataDir, 'sessions', `${doc.id.replace(':', '-')}.json`), 'utf-8'),
    );
    expect(file).toMatchObject({
      type: 'roundtable.session',
      schemaVersion: SESSION_SCHEMA_VERSION,
      id: doc.id,
      event: EVENT,
    });
  });

  it('autosaves changes and reports Saving then Saved; a fresh start reads them back', async () => {
    const dataDir = await tempFolder();
    const { services, id, boardId } = await sessionWithBoard(dataDir);
    const statuses: string[] = [];
    services.onEvent((e) => e.type === 'saveStatus' && statuses.push(e.status));
    const note = participantNote(boardId, 'Professional isolation', 500, 300);
    const saved = waitFor(services, (e) => e.type === 'saveStatus' && e.status === 'saved');
    await services.applyOperation(ctx, id, operation('addNotes', { notes: [note] }));
    await services.applyOperation(ctx, id, operation('moveNotes', { moves: [{ noteId: note.id, x: 40, y: 300 }] }));
    await saved;
    expect(statuses[0]).toBe('saving');
    expect(statuses.at(-1)).toBe('saved');

    const reopened = await (await servicesFor(dataDir)).openSession(ctx, id);
    expect(reopened.notes[note.id]).toMatchObject({ text: 'Professional isolation', x: 40, y: 300 });
    expect(reopened.notes[note.id].zoneId).toBe(Object.values(reopened.zones).find((z) => z.x === 0)?.id);
  });

  it('coalesces a burst of changes into a few writes', async () => {
    const dataDir = await tempFolder();
    const { services, id, boardId } = await sessionWithBoard(dataDir);
    await services.flushAll();
    let writes = 0;
    services.onEvent((e) => e.type === 'saveStatus' && e.status === 'saved' && writes++);
    for (let i = 0; i < 50; i++) {
      await services.applyOperation(ctx, id, operation('addNotes', { notes: [participantNote(boardId, `note ${i}`)] }));
    }
    await services.flushAll();
    expect(writes).toBeGreaterThanOrEqual(1);
    expect(writes).toBeLessThan(5);
  });

  it('flushAll writes pending changes before it resolves', async () => {
    const dataDir = await tempFolder();
    const services = await servicesFor(dataDir, { ...QUICK_AUTOSAVE, delayMs: 60_000, maxDelayMs: 60_000 });
    const doc = await services.createSession(ctx, EVENT);
    await services.renameSession(ctx, doc.id, 'Renamed before quitting');
    await services.flushAll();
    const reopened = await (await servicesFor(dataDir)).openSession(ctx, doc.id);
    expect(reopened.event.name).toBe('Renamed before quitting');
  });

  it('moves a deleted session aside rather than erasing it', async () => {
    const dataDir = await tempFolder();
    const services = await servicesFor(dataDir);
    const doc = await services.createSession(ctx, EVENT);
    await services.deleteSession(ctx, doc.id);
    expect(await services.listSessions()).toEqual([]);
    const kept = await readdir(path.join(dataDir, 'deleted'));
    expect(kept).toHaveLength(1);
    expect(JSON.parse(await readFile(path.join(dataDir, 'deleted', kept[0]), 'utf-8')).id).toBe(doc.id);
  });

  it('moves a damaged file to quarantine unchanged, lists the others, and says what is wrong when it is opened', async () => {
    const dataDir = await tempFolder();
    const services = await servicesFor(dataDir);
    const good = await services.createSession(ctx, EVENT);
    const damaged = '{"type":"roundtable.session","schemaVersion":1,"id":"sess';
    await writeFile(path.join(dataDir, 'sessions', 'session-damaged.json'), damaged);
    expect((await services.listSessions()).map((s) => s.id)).toEqual([good.id]);
    await expect(services.openSession(ctx, 'session:damaged')).rejects.toMatchObject({
      message: expect.stringMatching(/damaged.*not valid JSON.*cut short.*quarantine/),
    });
    const [moved] = await readdir(path.join(dataDir, 'quarantine'));
    expect(await readFile(path.join(dataDir, 'quarantine', moved.replace('.why.txt', '')), 'utf-8')).toBe(damaged);
  });

  it('keeps changes in memory and reports an error when the file cannot be written, then saves once it can', async () => {
    const dataDir = await tempFolder();
    const { services, id, boardId } = await sessionWithBoard(dataDir);
    await services.flushAll();
    // Something else holds the file's name (a folder in its place): every write fails, even as root.
    const file = path.join(dataDir, 'sessions', `${id.replace(':', '-')}.json`);
    await rm(file);
    await mkdir(path.join(file, 'blocker'), { recursive: true });
    const failed = waitFor(services, (e) => e.type === 'saveStatus' && e.status === 'error');
    await services.applyOperation(
      ctx,
      id,
      operation('addNotes', { notes: [participantNote(boardId, 'kept in memory')] }),
    );
    const event = await failed;
    expect(event.type === 'saveStatus' && event.message).toMatch(/Could not save.*Your changes are kept/);
    expect(Object.values((await services.openSession(ctx, id)).notes).some((n) => n.text === 'kept in memory')).toBe(
      true,
    );

    const saved = waitFor(services, (e) => e.type === 'saveStatus' && e.status === 'saved');
    await rm(file, { recursive: true });
    await saved; // the autosaver retries by itself
    const reopened = await (await servicesFor(dataDir)).openSession(ctx, id);
    expect(Object.values(reopened.notes).some((n) => n.text === 'kept in memory')).toBe(true);
  });
});
