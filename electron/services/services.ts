import path from 'node:path';
import type { ApiHandlers, ApiServer, AppInfo } from '../../shared/api/contract';
import { createDispatcher } from '../../shared/api/dispatch';
import type { ExerciseTemplate } from '../../shared/templates/schema';
import type { AutosaverOptions } from './sessions/autosaver';
import { SessionStore } from './sessions/sessionStore';
import { sessionHandlers } from './sessions/sessionHandlers';
import type { SnapshotPolicy } from './history/snapshots';
import { historyHandlers } from './history/historyHandlers';
import { UserTemplates } from './templates/userTemplates';
import { templateHandlers } from './templates/templateHandlers';
import { exportHandlers } from './export/exportHandlers';
import { ImportService } from './import/importService';
import { importHandlers } from './import/importHandlers';
import { SynthesisWorkspace } from './synthesis/synthesisService';
import { synthesisHandlers, type PdfPrinter } from './synthesis/synthesisHandlers';
import { vectorSource, type VectorSource as CachedVectorSource } from '../themes/synthesisVectors';
import { vectorCacheFile } from '../themes/vectorCache';
import { synthesisProjectHandlers } from './synthesis/synthesisProjectHandlers';
import { SynthesisProjectStore } from './synthesis/synthesisProjectStore';
import type { VectorSource } from './synthesis/projectVectors';
import { RoomService } from './room/roomService';
import { roomHandlers } from './room/roomHandlers';
import { diagnosticsHandlers } from './diagnostics/diagnosticsHandlers';
import { WorkbenchLayoutFile, workbenchHandlers } from './app/workbenchLayout';
import { recordingFailures, recordingSaveFailures, type ErrorLog } from './diagnostics/diagnostics';

export type { UnsavedSession } from './sessions/sessionStore';

export interface ServicesOptions {
  dataDir: string;
  templates: ExerciseTemplate[];
  /** The user's own templates found in the data folder at start (see loadUserTemplates). */
  ownTemplates?: ExerciseTemplate[];
  appInfo: Omit<AppInfo, 'dataDir'>;
  autosave?: AutosaverOptions;
  snapshots?: SnapshotPolicy;
  /** The clock, replaceable in tests. */
  now?: () => Date;
  /** Where failed calls and saves are noted for Help > Copy diagnostics (startServices shares one with the host). */
  errors?: ErrorLog;
  /** The built renderer, whose participant page room mode serves; without it a room serves no page. */
  rendererDir?: string;
  /** Prints the event pack's report to PDF: the desktop app's (electron/main/reportPdf.ts); none in browser mode. */
  printPdf?: PdfPrinter;
  /** The Synthesis workspace's sentence vectors; by default the shipped model's, kept in the data folder's cache/. Null: shared words alone. */
  sentenceVectors?: CachedVectorSource | null;
  /** Sentence vectors for synthesis projects' coding; by default the same cached source as the workspace. */
  synthesisVectors?: VectorSource;
}

/** The shipped model's vectors, kept in the data folder's cache/ by text hash (one source for the workspace and projects). */
function cachedVectors(dataDir: string): CachedVectorSource {
  return vectorSource({ cacheFile: vectorCacheFile(path.join(dataDir, 'cache')) });
}

/**
 * The services behind the API for one data folder, composed by area: each area's handlers
 * (sessions, history, templates, export, import, synthesis, room, diagnostics) come from its
 * own folder, and every change to a session goes through the one SessionStore, the folder's
 * single writer. `dispatch` is what the transports run (with failures noted when `errors` is
 * given); the handlers can also be called directly, in process.
 */
export function createServices(options: ServicesOptions) {
  const store = new SessionStore(options);
  const now = store.now;
  const appInfo: AppInfo = { ...options.appInfo, dataDir: options.dataDir };
  const library = new UserTemplates(options.dataDir, options.templates, options.ownTemplates ?? [], now);
  const host = {
    openSession: (_ctx: unknown, id: Parameters<SessionStore['document']>[0]) => store.document(id),
    applyOperation: store.apply.bind(store),
    whenSaved: store.whenSaved.bind(store),
    onEvent: store.onEvent.bind(store),
  };
  const room = new RoomService(host, options.dataDir, options.rendererDir ?? '', (e) => store.emit(e), now);
  const imports = new ImportService(
    {
      ...host,
      listTemplates: async () => library.list(),
      listSessions: () => store.list(),
      addSessionDocument: (doc) => store.add(doc),
    },
    now,
  );

  const sentenceVectors =
    options.sentenceVectors !== undefined ? options.sentenceVectors : cachedVectors(options.dataDir);
  const handlers = {
    ...diagnosticsHandlers(appInfo, options.templates.length, options.errors),
    ...sessionHandlers(store, (id) => room.closeFor(id)),
    ...templateHandlers(library),
    ...historyHandlers(store),
    ...exportHandlers(store, options.appInfo.version),
    ...importHandlers(imports),
    ...synthesisHandlers(new SynthesisWorkspace(sentenceVectors), {
      appVersion: options.appInfo.version,
      now,
      printPdf: options.printPdf,
    }),
    ...synthesisProjectHandlers(
      new SynthesisProjectStore({
        dataDir: options.dataDir,
        now,
        vectors: options.synthesisVectors ?? sentenceVectors ?? undefined,
        emit: (event) => store.emit(event),
      }),
      { appVersion: options.appInfo.version, now },
    ),
    ...roomHandlers(room),
    ...workbenchHandlers(new WorkbenchLayoutFile(options.dataDir)),
  } satisfies ApiHandlers;

  const dispatch = createDispatcher(handlers);
  if (options.errors) recordingSaveFailures(store, options.errors);
  const server: ApiServer = {
    dispatch: options.errors ? recordingFailures(dispatch, options.errors) : dispatch,
    onEvent: (listener) => store.onEvent(listener),
  };

  return {
    ...handlers,
    ...server,
    /** Resolves once every change applied to the session so far is on disk. */
    whenSaved: store.whenSaved.bind(store),
    /** Writes every unsaved change now; resolves with the sessions that still could not be written. */
    flushAll: store.flushAll.bind(store),
    /** Reopens the room left open when the app last stopped; resolves with what went wrong, or null. */
    resumeRoom: () => room.resume(),
    /** Stops the room's server without closing the room (quitting): the next start reopens it. */
    suspendRoom: () => room.suspend(),
  };
}

/** The running services of one data folder: every API handler, the dispatcher, events, and saving. */
export type Services = ReturnType<typeof createServices>;
