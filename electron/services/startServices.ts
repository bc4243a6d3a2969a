import { SESSION_SCHEMA_VERSION } from '../../shared/document/schema';
import type { AppInfo } from '../../shared/api/contract';
import { loadTemplateLibrary } from './templateLibrary';
import { SessionFiles } from './sessionFiles';
import { SessionService } from './sessionService';

export interface StartedServices {
  service: SessionService;
  /** Start-up problems worth telling the user (a template that failed to load, say); never fatal. */
  problems: string[];
}

/** The services for one data folder, ready to serve: the folder exists and the templates are loaded. */
export async function startServices(options: {
  dataDir: string;
  templatesDir: string;
  version: string;
  mode: AppInfo['mode'];
}): Promise<StartedServices> {
  await new SessionFiles(options.dataDir).ensureFolder();
  const library = await loadTemplateLibrary(options.templatesDir);
  const service = new SessionService({
    dataDir: options.dataDir,
    templates: library.templates,
    appInfo: { version: options.version, mode: options.mode, schemaVersion: SESSION_SCHEMA_VERSION },
  });
  return { service, problems: library.problems };
}
