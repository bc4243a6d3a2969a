import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SAMPLE_EVENT, SAMPLE_NOTES } from '../../../../shared/sample/sampleSession';
import { FIRST_RUN_FILE } from '../../../../electron/services/app/firstRun';
import { tempFolder } from '../../../helpers/tempFolder';
import { EVENT, startedServicesForTests } from '../../../helpers/services';

const ctx = { clientId: 'test' };
const { start, stop } = startedServicesForTests('desktop');

describe('the first run of a data folder', () => {
  it('creates the data folder and a practice session, marked as the sample, with one exercise and a few notes', async () => {
    const dataDir = path.join(await tempFolder(), 'not', 'there', 'yet', 'Roundtable');
    const { service } = await start(dataDir);

    const sessions = await service.listSessions();
    expect(sessions).toHaveLength(1);
    expect(sessions[0]).toMatchObject({
      eventName: SAMPLE_EVENT.name,
      exerciseCount: 1,
      noteCount: SAMPLE_NOTES.length,
    });
    const info = await service.getAppInfo();
    expect(info.sampleSessionId).toBe(sessions[0].id);
    expect(info.dataDir).toBe(dataDir);

    const doc = await service.openSession(ctx, sessions[0].id);
    const [exercise] = Object.values(doc.exercises);
    expect(exercise.templateId).toBe('h2c.d2.ex1');
    const notes = Object.values(doc.notes).filter((n) => n.kind === 'participant');
    expect(notes.map((n) => n.text)).toEqual([...SAMPLE_NOTES]);
    // Every sample note sits in a column of the board, where the facilitator will look for it.
    expect(notes.every((n) => n.zoneId !== null)).toBe(true);
  });

  it('happens once: a restart adds no second sample, and a deleted sample stays deleted', async () => {
    const dataDir = await tempFolder();
    const first = await start(dataDir);
    const [sample] = await first.service.listSessions();
    await stop(first);

    const second = await start(dataDir);
    expect((await second.service.listSessions()).map((s) => s.id)).toEqual([sample.id]);
    await second.service.deleteSession(ctx, sample.id);
    await stop(second);

    const third = await start(dataDir);
    expect(await third.service.listSessions()).toEqual([]);
    const record = JSON.parse(await readFile(path.join(dataDir, FIRST_RUN_FILE), 'utf-8'));
    expect(record).toMatchObject({ type: 'roundtable.firstRun', sampleSessionId: sample.id });
  });

  it('adds no sample to a folder named with --data-dir, nor to one that already holds sessions', async () => {
    const named = await tempFolder();
    const { service } = await start(named, false);
    expect(await service.listSessions()).toEqual([]);
    expect((await service.getAppInfo()).sampleSessionId).toBeUndefined();

    // A folder used before first runs were recorded: it holds a session, and no record.
    const used = await tempFolder();
    const before = await start(used, false);
    const mine = await before.service.createSession(ctx, EVENT);
    await stop(before);
    await rm(path.join(used, FIRST_RUN_FILE));
    const after = await start(used);
    expect((await after.service.listSessions()).map((s) => s.id)).toEqual([mine.id]);
  });

  it('treats a damaged first-run record as done, rather than adding a sample again', async () => {
    const dataDir = await tempFolder();
    await writeFile(path.join(dataDir, FIRST_RUN_FILE), '{"type": "roundt');
    const { service } = await start(dataDir);
    expect(await service.listSessions()).toEqual([]);
  });
});
