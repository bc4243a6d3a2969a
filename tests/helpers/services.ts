import path from 'node:path';
import { SessionService } from '../../electron/services/sessionService';
import type { AutosaverOptions } from '../../electron/services/autosaver';
import { loadTemplateLibrary } from '../../electron/services/templateLibrary';

export const TEMPLATES_DIR = path.join(import.meta.dirname, '..', '..', 'resources', 'templates');
export const QUICK_AUTOSAVE: AutosaverOptions = { delayMs: 20, maxDelayMs: 100, retryMs: 50 };

/** The real services over a real data folder, with the shipped templates. */
export async function servicesFor(dataDir: string, autosave: AutosaverOptions = QUICK_AUTOSAVE): Promise<SessionService> {
  const { templates } = await loadTemplateLibrary(TEMPLATES_DIR);
  return new SessionService({ dataDir, templates, appInfo: { version: 'test', mode: 'browser', schemaVersion: 1 }, autosave });
}

export const EVENT = { name: 'Leeds community event', date: '2025-03-04', location: 'Leeds', facilitator: 'Sam', shift: null };
