import path from 'node:path';
import { parseArgs } from 'node:util';
import { appPaths, appRootFrom, appVersion } from '../services/app/appPaths';
import { defaultDataFolder } from '../services/dataFolder/dataFolder';
import { startServices } from '../services/startServices';
import { DataFolderInUseError } from '../services/dataFolder/dataFolderLock';
import { startBrowserModeServer } from './browserServer';

const USAGE = 'Usage: npm run serve -- [--port PORT] [--data-dir DIR]';

/** Browser mode: `npm run serve -- --port PORT --data-dir DIR`. Prints one line with the address to open. */
async function main(): Promise<void> {
  let values: { port?: string; 'data-dir'?: string };
  try {
    ({ values } = parseArgs({ options: { port: { type: 'string' }, 'data-dir': { type: 'string' } }, strict: true }));
  } catch (error) {
    return exitWith(`${(error as Error).message}\n${USAGE}`);
  }
  const port = Number(values.port ?? '0');
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    return exitWith(`--port must be a whole number from 0 to 65535 (0 picks a free port).\n${USAGE}`);
  const root = appRootFrom(import.meta.url);
  const paths = appPaths(root);
  const dataDir = path.resolve(values['data-dir'] ?? defaultDataFolder());

  const { service, problems } = await startServices({
    dataDir,
    templatesDir: paths.templatesDir,
    rendererDir: paths.rendererDir,
    version: appVersion(root),
    mode: 'browser',
    // The app's own data folder gets the practice session on first use; a folder named for an event starts empty.
    sampleOnFirstRun: values['data-dir'] === undefined,
  }).catch((error) => (error instanceof DataFolderInUseError ? exitWith(error.message) : Promise.reject(error)));
  problems.forEach((p) => console.error(`Warning: ${p}`));
  const server = await startBrowserModeServer({ services: service, rendererDir: paths.rendererDir, port }).catch(
    (error) => {
      if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE')
        exitWith(`Port ${port} is already in use. Choose another with --port, or --port 0 for any free port.`);
      throw error;
    },
  );
  console.log(`Roundtable is running at ${server.url}`);

  // Ctrl+C saves first. If a save fails (a full disk, say), the server keeps running so the
  // changes held in memory are not lost, and says so; a second Ctrl+C that fails too quits anyway.
  let warned = false;
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    const unsaved = await service.flushAll();
    stopping = false;
    if (unsaved.length > 0) {
      const names = unsaved.map((u) => `“${u.name}”`).join(', ');
      if (warned) {
        console.error(`Quitting without saving the latest changes to ${names}.`);
        process.exit(1);
      }
      warned = true;
      console.error(
        `Could not save ${names} (the status bar says why). Roundtable keeps running and keeps trying. Fix the problem, then press Ctrl+C to save and stop; if it still cannot save, that Ctrl+C quits without saving.`,
      );
      return;
    }
    await service.suspendRoom();
    await server.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
}

function exitWith(message: string): never {
  console.error(message);
  process.exit(2);
}

void main().catch((error) => {
  console.error(`Roundtable could not start: ${(error as Error).message}`);
  process.exit(1);
});
