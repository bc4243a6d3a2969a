import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { ApiEvent, RoundtableApi } from '../../../shared/api/contract';
import { createApiClient, createProtocolPair, serveApi } from '../../../shared/api/rpc';
import { addSessionFromFile } from '../../../electron/services/import/sessionFileImport';
import { Workbench } from '../../../renderer/src/state/workbench';
import { tempFolder } from '../../helpers/tempFolder';
import { servicesFor } from '../../helpers/services';
import { sessionWithExercise } from '../../helpers/sessions';

describe('a session file opened from outside (desktop: double-click, Open with)', () => {
  it('is added to the sessions and shown at its first board, its session selected in the explorer', async () => {
    const dataDir = await tempFolder();
    const services = await servicesFor(dataDir);
    const [clientEnd, serverEnd] = createProtocolPair();
    serveApi(serverEnd, services, { clientId: 'window-1' });
    const client = createApiClient(clientEnd);
    // The main process sends its own events to the window beside the services' (ipc.ts).
    const fromMain: ((event: ApiEvent) => void)[] = [];
    const api: RoundtableApi = {
      ...client,
      onEvent(listener) {
        fromMain.push(listener);
        return client.onEvent(listener);
      },
    };
    const workbench = new Workbench(api);
    workbench.start();
    await vi.waitFor(() => expect(workbench.getState().sessions).toEqual([]));

    const { doc, boardId } = sessionWithExercise();
    const file = path.join(await tempFolder('roundtable-downloads-'), 'Leeds event.roundtable');
    await writeFile(file, JSON.stringify(doc));
    const added = await addSessionFromFile(dataDir, file);
    if (!added.ok) throw new Error(added.error.message);
    fromMain.forEach((send) => send({ type: 'openSessionRequested', sessionId: added.value.sessionId }));

    await vi.waitFor(() => expect(workbench.getState().activeBoardId).toBe(boardId));
    const state = workbench.getState();
    expect(state.selectedSessionId).toBe(doc.id);
    expect(state.expanded.has(doc.id)).toBe(true);
    expect(state.sessions?.map((s) => s.eventName)).toEqual([doc.event.name]);
  });
});
