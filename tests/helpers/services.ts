import path from 'node:path';
import { afterEach } from 'vitest';
import type { AppInfo } from '../../shared/api/contract';
import { createApiClient, createProtocolPair, serveApi } from '../../shared/api/rpc';
import { startServices, type StartedServices } from '../../electron/services/startServices';
import { createServices, type Services } from '../../electron/services/services';
import type { AutosaverOptions } from '../../electron/services/sessions/autosaver';
import { loadTemplateLibrary } from '../../electron/services/templates/templateLibrary';

export const TEMPLATES_DIR = path.join(import.meta.dirname, '..', '..', 'resources', 'templates');
export const QUICK_AUTOSAVE: AutosaverOptions = { delayMs: 20, maxDelayMs: 100, retryMs: 50 };

/** The real services over a real data folder, with the shipped templates. */
export async function servicesFor(
  dataDir: string,
  autosave: AutosaverOptions = QUICK_AUTOSAVE,
  rendererDir?: string,
): Promise<Services> {
  const { templates } = await loadTemplateLibrary(TEMPLATES_DIR);
  return createServices({
    dataDir,
    templates,
    appInfo: { version: 'test', mode: 'browser', schemaVersion: 1 },
    autosave,
    rendererDir,
  });
}

export const EVENT = {
  name: 'Leeds community event',
  date: '2025-03-04',
  location: 'Leeds',
  facilitator: 'Sam',
  shift: null,
};

/**
 * Starts the services on a data folder as the app does (lock, templates, first run), and
 * after each test stops whatever it left running, saved and unlocked. Call at a file's top.
 */
export function startedServicesForTests(mode: AppInfo['mode']) {
  const running: StartedServices[] = [];
  async function start(dataDir: string, sampleOnFirstRun = mode === 'desktop'): Promise<StartedServices> {
    const started = await startServices({
      dataDir,
      templatesDir: TEMPLATES_DIR,
      version: '0.1.0',
      mode,
      sampleOnFirstRun,
    });
    running.push(started);
    return started;
  }
  async function stop(started: StartedServices): Promise<void> {
    await started.service.flushAll();
    started.lock.release();
    running.splice(running.indexOf(started), 1);
  }
  afterEach(async () => {
    for (const started of [...running]) await stop(started);
  });
  return { start, stop };
}

/** A renderer's API client, wired to `services` over an in-memory transport as the renderer is, calling as `clientId`. */
export function apiClientOf(services: Services, clientId: string) {
  const [clientEnd, serverEnd] = createProtocolPair();
  serveApi(serverEnd, services, { clientId });
  return createApiClient(clientEnd);
}
