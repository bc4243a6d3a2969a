// `npm start`: the desktop app. Electron's package fetches its binary on first run; where
// that cannot happen (an offline machine), say so in one line and start browser mode.
import { spawn, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { buildIfNeeded, root } from './build-if-needed.mjs';

function electronBinary() {
  const installer = path.join(root, 'node_modules', 'electron', 'install.js');
  const fetched = spawnSync(process.execPath, [installer], { cwd: root, stdio: 'ignore', timeout: 120_000 });
  if (fetched.status !== 0) return null;
  try {
    return createRequire(import.meta.url)('electron');
  } catch {
    return null;
  }
}

function run(command, args) {
  const child = spawn(command, args, { cwd: root, stdio: 'inherit' });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

buildIfNeeded();
const electron = electronBinary();
if (electron) {
  run(electron, [root, ...process.argv.slice(2)]);
} else {
  console.log(
    'Electron is not available on this machine (its binary could not be downloaded), so Roundtable starts in browser mode instead.',
  );
  run(process.execPath, [path.join(root, 'out', 'main', 'serve.js'), ...process.argv.slice(2)]);
}
