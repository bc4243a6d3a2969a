import path from 'node:path';
import { parseArgs } from 'node:util';
import { appPaths, appRootFrom, appVersion } from '../services/appPaths';
import { defaultDataFolder } from '../services/dataFolder';
import { startServices } from '../services/startServices';
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
  if (!Number.isInteger(port) || port < 0 || port > 65535) return exitWith(`--port must be a whole number from 0 to 65535 (0 picks a free port).\n${USAGE}`);
  const root = appRootFrom(import.meta.url);
  const paths = appPaths(root);
  const dataDir = path.resolve(values['data-dir'] ?? defaultDataFolder());

  const { service, problems } = await startServices({ dataDir, templatesDir: paths.templatesDir, version: appVersion(root), mode: 'browser' });
  problems.forEach((p) => console.error(`Warning: ${p}`));
  const server = await startBrowserModeServer({ services: service, rendererDir: paths.rendererDir, port }).catch((error) => {
    if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') exitWith(`Port ${port} is already in use. Choose another with --port, or --port 0 for any free port.`);
    throw error;
  });
  console.log(`Roundtable is running at ${server.url}`);

  const stop = async () => {
    await service.flushAll();
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
