import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SESSION_SCHEMA_VERSION } from '../../../../shared/document/schema';
import { addSessionFromFile, roundtableFilesIn } from '../../../../electron/services/import/sessionFileImport';
import { SessionFiles } from '../../../../electron/services/sessions/sessionFiles';
import { tempFolder } from '../../../helpers/tempFolder';
import { servicesFor } from '../../../helpers/services';
import { participantNote, sessionWithExercise } from '../../../helpers/sessions';

const ctx = { clientId: 'test' };
const NOW = new Date('2025-03-05T09:00:00Z');

/** A session file as a colleague would send it: somewhere outside the data folder. */
async function sharedSessionFile(name = 'Leeds event.roundtable') {
  const { doc, boardId } = sessionWithExercise();
  const note = participantNote(boardId, 'Lone working after dark');
  const withNote = { ...doc, revision: 2, notes: { ...doc.notes, [note.id]: note } };
  const file = path.join(await tempFolder('roundtable-downloads-'), name);
  const text = JSON.stringify(withNote);
  await writeFile(file, text);
  return { file, doc: withNote, text };
}

describe('opening a .roundtable file', () => {
  it('finds the files on a command line, as Windows and Linux pass a double-clicked file', () => {
    expect(
      roundtableFilesIn([
        '/opt/Roundtable/roundtable',
        '--no-sandbox',
        '/home/sam/Leeds event.roundtable',
        'notes.json',
        'C:\\Users\\Sam\\B.ROUNDTABLE',
      ]),
    ).toEqual(['/home/sam/Leeds event.roundtable', 'C:\\Users\\Sam\\B.ROUNDTABLE']);
  });

  it('adds the session to the user’s sessions, leaving the file itself as it was', async () => {
    const dataDir = await tempFolder();
    const { file, doc, text } = await sharedSessionFile();
    const added = await addSessionFromFile(dataDir, file, NOW);
    expect(added).toEqual({ ok: true, value: { sessionId: doc.id, added: true } });

    const services = await servicesFor(dataDir);
    expect(await services.listSessions()).toMatchObject([{ id: doc.id, eventName: doc.event.name, noteCount: 1 }]);
    expect((await services.openSession(ctx, doc.id)).notes).toEqual(doc.notes);
    expect(await readFile(file, 'utf-8')).toBe(text);

    // Opening the same file again shows the same session; nothing is added twice.
    expect(await addSessionFromFile(dataDir, file, NOW)).toEqual({
      ok: true,
      value: { sessionId: doc.id, added: false },
    });
    expect(await new SessionFiles(dataDir).listIds()).toEqual([doc.id]);
  });

  it('adds a copy, never an overwrite, when the user already has that session in another state', async () => {
    const dataDir = await tempFolder();
    const { file, doc } = await sharedSessionFile();
    await addSessionFromFile(dataDir, file, NOW);
    await writeFile(file, JSON.stringify({ ...doc, revision: 9, event: { ...doc.event, name: 'Leeds, afternoon' } }));

    const copy = await addSessionFromFile(dataDir, file, NOW);
    if (!copy.ok) throw new Error(copy.error.message);
    expect(copy.value.added).toBe(true);
    expect(copy.value.sessionId).not.toBe(doc.id);
    const services = await servicesFor(dataDir);
    const names = (await services.listSessions()).map((s) => s.eventName).sort();
    expect(names).toEqual(['Leeds, afternoon (opened 2025-03-05)', doc.event.name]);
    expect((await services.openSession(ctx, doc.id)).revision).toBe(2);
  });

  it('refuses a file that is not a session it can open, saying why, and adds nothing', async () => {
    const dataDir = await tempFolder();
    const folder = await tempFolder('roundtable-downloads-');
    const cases: [string, string, RegExp][] = [
      [
        'export.roundtable',
        JSON.stringify({ type: 'roundtable.export', schemaVersion: 1 }),
        /is a Roundtable export.*opens session files only/,
      ],
      [
        'cut-short.roundtable',
        '{"type": "roundtable.session", "schemaVersion": 1, "id": "sess',
        /“cut-short\.roundtable” is damaged: it is not valid JSON \(it looks cut short\)/,
      ],
      [
        'newer.roundtable',
        JSON.stringify({ type: 'roundtable.session', schemaVersion: SESSION_SCHEMA_VERSION + 1 }),
        /newer Roundtable.*Update Roundtable/,
      ],
      ['shopping.roundtable', JSON.stringify({ milk: 2 }), /is not a Roundtable session/],
    ];
    for (const [name, text, message] of cases) {
      await writeFile(path.join(folder, name), text);
      const result = await addSessionFromFile(dataDir, path.join(folder, name), NOW);
      expect(result.ok, name).toBe(false);
      if (!result.ok) expect(result.error.message, name).toMatch(message);
    }
    const missing = await addSessionFromFile(dataDir, path.join(folder, 'moved.roundtable'), NOW);
    expect(missing).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(await new SessionFiles(dataDir).listIds()).toEqual([]);
  });
});
