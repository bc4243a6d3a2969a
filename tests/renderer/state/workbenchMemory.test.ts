import { readFileSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { createApiClient, createProtocolPair, serveApi } from '../../../shared/api/rpc';
import { ExerciseTemplateSchema } from '../../../shared/templates/schema';
import { WORKBENCH_LAYOUT_FILE } from '../../../electron/services/app/workbenchLayout';
import type { Services } from '../../../electron/services/services';
import { Workbench } from '../../../renderer/src/state/workbench';
import { tempFolder } from '../../helpers/tempFolder';
import { EVENT, servicesFor } from '../../helpers/services';
import { benefitsAndRisks } from '../../helpers/sessions';

/** A window on the services: the workbench started as the app starts it. */
function windowOn(services: Services, clientId: string) {
  const [clientEnd, serverEnd] = createProtocolPair();
  serveApi(serverEnd, services, { clientId });
  const workbench = new Workbench(createApiClient(clientEnd));
  const stop = workbench.start();
  return { workbench, stop };
}

const template = (id: string) =>
  ExerciseTemplateSchema.parse(
    JSON.parse(readFileSync(path.join(import.meta.dirname, '../../../resources/templates', `${id}.json`), 'utf-8')),
  );

async function savedLayout(dataDir: string) {
  return JSON.parse(await readFile(path.join(dataDir, WORKBENCH_LAYOUT_FILE), 'utf-8'));
}

describe('the workbench remembers its layout per data folder', () => {
  it('reopens the tabs, the board showing, its view, the expanded session and the side bar after a reload and a restart', async () => {
    const dataDir = await tempFolder();
    const services = await servicesFor(dataDir);
    const first = windowOn(services, 'window-1');
    const sessionId = await first.workbench.createSession(EVENT);
    const boardId = (await first.workbench.addExercise(sessionId, benefitsAndRisks()))!;
    // A second exercise, on its own tab.
    const other = (await first.workbench.addExercise(sessionId, template('h2c.d1.ex1')))!;
    first.workbench.setView(other, 'list');
    first.workbench.activateTab(boardId);
    first.workbench.showSideBarView('agenda');
    await vi.waitFor(async () => expect((await savedLayout(dataDir)).sideBarView).toBe('agenda'));
    first.stop();

    // A reload: a new window on the same services.
    const reloaded = windowOn(services, 'window-2');
    await vi.waitFor(() => expect(reloaded.workbench.getState().tabs).toHaveLength(2));
    const state = reloaded.workbench.getState();
    expect(state.tabs.map((t) => t.boardId)).toEqual([boardId, other]);
    expect(state.activeBoardId).toBe(boardId);
    expect(state.views).toEqual({ [other]: 'list' });
    expect([...state.expanded]).toEqual([sessionId]);
    expect(state.selectedSessionId).toBe(sessionId);
    expect(state.sideBarView).toBe('agenda');
    expect(state.openSessions.has(sessionId)).toBe(true);
    reloaded.stop();
    await services.flushAll();

    // A restart: new services on the same folder.
    const restarted = windowOn(await servicesFor(dataDir), 'window-3');
    await vi.waitFor(() => expect(restarted.workbench.getState().activeBoardId).toBe(boardId));
    expect(restarted.workbench.getState().tabs).toHaveLength(2);
    restarted.stop();
  });

  it('drops what has gone since (a deleted session), and starts afresh from a damaged file without losing anything else', async () => {
    const dataDir = await tempFolder();
    const services = await servicesFor(dataDir);
    const first = windowOn(services, 'window-1');
    const kept = await first.workbench.createSession(EVENT);
    const keptBoard = (await first.workbench.addExercise(kept, benefitsAndRisks()))!;
    const gone = await first.workbench.createSession({ ...EVENT, name: 'York event' });
    const goneBoard = (await first.workbench.addExercise(gone, benefitsAndRisks()))!;
    await vi.waitFor(async () => expect((await savedLayout(dataDir)).activeBoardId).toBe(goneBoard));
    first.stop();
    await services.deleteSession({ clientId: 'test' }, gone);

    const second = windowOn(services, 'window-2');
    await vi.waitFor(() => expect(second.workbench.getState().tabs).toHaveLength(1));
    expect(second.workbench.getState().activeBoardId).toBe(keptBoard);
    expect([...second.workbench.getState().expanded]).toEqual([kept]);
    second.stop();

    await writeFile(path.join(dataDir, WORKBENCH_LAYOUT_FILE), '{"type": "roundtable.workbenchLayout", "tabs": [');
    const third = windowOn(services, 'window-3');
    await vi.waitFor(() => expect(third.workbench.getState().sessions).toHaveLength(1));
    expect(third.workbench.getState().tabs).toEqual([]);
    // The next change replaces the damaged file with a good one.
    third.workbench.openBoard(kept, keptBoard);
    await vi.waitFor(async () =>
      expect((await savedLayout(dataDir)).tabs).toEqual([{ sessionId: kept, boardId: keptBoard }]),
    );
    third.stop();
  });
});
