import { SESSION_SCHEMA_VERSION } from '../../shared/document/schema';
import type { AppInfo } from '../../shared/api/contract';
import { loadTemplateLibrary } from './templates/templateLibrary';
import { loadUserTemplates } from './templates/userTemplates';
import { acquireDataFolderLock, type DataFolderLock } from './dataFolder/dataFolderLock';
import { SessionFiles } from './sessions/sessionFiles';
import { createServices, type Services } from './services';
import type { PdfPrinter } from './synthesis/synthesisHandlers';
import { SnapshotStore, type SnapshotPolicy } from './history/snapshots';
import { removeStaleTempFiles } from './dataFolder/durableJsonFile';
import { quarantineFolder } from './dataFolder/dataFolder';
import { ErrorLog } from './diagnostics/diagnostics';
import { prepareFirstRun } from './app/firstRun';
import { journalFolder } from './history/changeJournal';

export interface StartedServices {
  /** The services, their failed calls and saves noted in `errors`. */
  service: Services;
  /** Start-up problems worth telling the user (a template that failed to load, say); never fatal. */
  problems: string[];
  /** This process's hold on the data folder; released on exit. */
  lock: DataFolderLock;
  /** Recent errors for Help > Copy diagnostics; the host adds its own (a file that would not open, say). */
  errors: ErrorLog;
}

/**
 * The services for one data folder, ready to serve: this process holds the folder's lock
 * (or DataFolderInUseError says who does), the folder exists, the leftovers of writes a
 * crash interrupted are cleared, and the templates are loaded.
 */
export async function startServices(options: {
  dataDir: string;
  templatesDir: string;
  version: string;
  mode: AppInfo['mode'];
  /** How often and how long to keep snapshots; the default suits a workshop. */
  snapshots?: SnapshotPolicy;
  /** Add a practice session the first time the folder is used: for the app's own data folder, not one named with --data-dir. */
  sampleOnFirstRun?: boolean;
  /** The built renderer, for room mode's participant page. */
  rendererDir?: string;
  /** The desktop app's PDF printer for the event pack's report; browser mode has none. */
  printPdf?: PdfPrinter;
}): Promise<StartedServices> {
  const lock = await acquireDataFolderLock(options.dataDir, options.mode);
  try {
    await new SessionFiles(options.dataDir).ensureFolder();
    await new SnapshotStore(options.dataDir).removeStaleTempFiles();
    await removeStaleTempFiles(quarantineFolder(options.dataDir));
    await removeStaleTempFiles(journalFolder(options.dataDir));
    const library = await loadTemplateLibrary(options.templatesDir);
    const firstRun = await prepareFirstRun({
      dataDir: options.dataDir,
      templates: library.templates,
      withSample: options.sampleOnFirstRun ?? false,
    });
    const own = await loadUserTemplates(options.dataDir, library.templates);
    const problems = [...library.problems, ...own.problems, ...(firstRun.problem ? [firstRun.problem] : [])];
    const errors = new ErrorLog();
    problems.forEach((problem) => errors.record('startup', { code: 'startup', message: problem }));
    const sample = firstRun.sampleSessionId ? { sampleSessionId: firstRun.sampleSessionId } : {};
    const service = createServices({
      dataDir: options.dataDir,
      templates: library.templates,
      ownTemplates: own.templates,
      appInfo: { version: options.version, mode: options.mode, schemaVersion: SESSION_SCHEMA_VERSION, ...sample },
      snapshots: options.snapshots,
      errors,
      rendererDir: options.rendererDir,
      printPdf: options.printPdf,
    });
    // A room left open when the app stopped (a restart, a crash) opens again as it was.
    const roomProblem = await service.resumeRoom();
    if (roomProblem) {
      problems.push(roomProblem);
      errors.record('startup', { code: 'startup', message: roomProblem });
    }
    return { service, problems, lock, errors };
  } catch (error) {
    lock.release();
    throw error;
  }
}
