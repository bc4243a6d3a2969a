import path from 'node:path';
import { loadSessionDocument } from '../../../shared/document/migrations';
import { LIMITS } from '../../../shared/document/limits';
import { newId, type SessionId } from '../../../shared/ids';
import { parseJsonInput, SESSION_FILE_LIMITS } from '../../../shared/inputLimits';
import { fail, ok, type Result } from '../../../shared/result';
import { sessionsFolder } from '../dataFolder/dataFolder';
import { readTextFile } from '../dataFolder/durableJsonFile';
import { describeFileError, SessionFiles } from '../sessions/sessionFiles';

/** The extension of Roundtable's session and export files, which the installers associate with the app. */
export const ROUNDTABLE_FILE_EXTENSION = '.roundtable';

/** The `type` an export file will carry (the export format is a later issue's). */
const EXPORT_FILE_TYPE = 'roundtable.export';

/** The .roundtable files named on a command line: how Windows and Linux pass a double-clicked file. */
export function roundtableFilesIn(argv: readonly string[]): string[] {
  return argv.filter((arg) => !arg.startsWith('-') && arg.toLowerCase().endsWith(ROUNDTABLE_FILE_EXTENSION));
}

export interface AddedSession {
  sessionId: SessionId;
  /** False when the file was already one of the user's sessions, unchanged, so nothing was added. */
  added: boolean;
}

/**
 * Opens a session file from outside the data folder: reads it within the size limits,
 * validates and migrates it, and adds it to the user's sessions. The file itself is never
 * changed, and neither is any session already there: a file holding a session the user
 * already has, in another state, is added as a copy with a new id.
 */
export async function addSessionFromFile(
  dataDir: string,
  file: string,
  now: Date = new Date(),
): Promise<Result<AddedSession>> {
  const what = `“${path.basename(file)}”`;
  let read;
  try {
    read = await readTextFile(file, SESSION_FILE_LIMITS.bytes);
  } catch (error) {
    return fail('storage-failed', describeFileError(error, `read ${what}`));
  }
  if (read.kind === 'missing')
    return fail('not-found', `${what} could not be found at ${path.dirname(file)}. It may have been moved or deleted.`);
  if (read.kind === 'too-large')
    return fail(
      'invalid-input',
      `${what} is far larger than any Roundtable session (${Math.round(read.bytes / 1024 / 1024)} MB), so it was not opened.`,
    );
  const parsed = parseJsonInput(read.text, SESSION_FILE_LIMITS, what);
  if (!parsed.ok) return parsed;
  if ((parsed.value as { type?: unknown } | null)?.type === EXPORT_FILE_TYPE) {
    return fail(
      'invalid-input',
      `${what} is a Roundtable export. This version of Roundtable opens session files only; open the session the export was made from instead.`,
    );
  }
  const loaded = loadSessionDocument(parsed.value, what);
  if (!loaded.ok) return loaded;
  const doc = loaded.value.doc;

  const files = new SessionFiles(dataDir);
  // A file in the data folder's own sessions folder is already one of the user's sessions.
  if (path.resolve(path.dirname(file)) === path.resolve(sessionsFolder(dataDir)))
    return ok({ sessionId: doc.id, added: false });
  let toAdd = doc;
  if ((await files.listIds()).includes(doc.id)) {
    const mine = await files.load(doc.id);
    if (mine.kind === 'ok' && mine.db.data.revision === doc.revision && mine.db.data.updatedAt === doc.updatedAt) {
      return ok({ sessionId: doc.id, added: false });
    }
    const suffix = ` (opened ${now.toISOString().slice(0, 10)})`;
    toAdd = {
      ...doc,
      id: newId('session'),
      event: { ...doc.event, name: doc.event.name.slice(0, LIMITS.label - suffix.length) + suffix },
    };
  }
  try {
    await files.create(toAdd);
  } catch (error) {
    return fail('storage-failed', describeFileError(error, `add ${what} to your sessions`));
  }
  return ok({ sessionId: toAdd.id, added: true });
}
