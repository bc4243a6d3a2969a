import os from 'node:os';
import path from 'node:path';

/** The app's name as it appears in the per-user data folder's path. */
export const APP_FOLDER_NAME = 'Roundtable';

/**
 * The per-user data folder, the same one Electron's `app.getPath('userData')` gives for an
 * app named Roundtable, so the desktop app and browser mode see the same sessions.
 */
export function defaultDataFolder(env: NodeJS.ProcessEnv = process.env, platform = process.platform): string {
  if (platform === 'win32')
    return path.join(env.APPDATA ?? path.join(os.homedir(), 'AppData', 'Roaming'), APP_FOLDER_NAME);
  if (platform === 'darwin') return path.join(os.homedir(), 'Library', 'Application Support', APP_FOLDER_NAME);
  return path.join(env.XDG_CONFIG_HOME || path.join(os.homedir(), '.config'), APP_FOLDER_NAME);
}

/** Where the session files live inside a data folder. */
export function sessionsFolder(dataDir: string): string {
  return path.join(dataDir, 'sessions');
}

/** Where deleted sessions go: moved aside, never erased, so a mistaken delete can be recovered by hand. */
export function deletedFolder(dataDir: string): string {
  return path.join(dataDir, 'deleted');
}

/** Where each session's version history lives, one folder per session. */
export function snapshotsFolder(dataDir: string): string {
  return path.join(dataDir, 'snapshots');
}

/** Where a damaged session file is moved, never erased, so it can still be examined or mended by hand. */
export function quarantineFolder(dataDir: string): string {
  return path.join(dataDir, 'quarantine');
}

/** The file that says which process is the data folder's one writer. */
export function lockFile(dataDir: string): string {
  return path.join(dataDir, 'roundtable.lock');
}

/** Where the user's own exercise templates live, one `<id>.json` each. */
export function userTemplatesFolder(dataDir: string): string {
  return path.join(dataDir, 'templates');
}

/** Where each session's room keeps its state between restarts (join code, participants), one `<session>.json` each. */
export function roomsFolder(dataDir: string): string {
  return path.join(dataDir, 'rooms');
}
