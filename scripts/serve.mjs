// `npm run serve -- --port PORT --data-dir DIR`: browser mode. Builds if needed, then runs
// the local server, which prints `Roundtable is running at URL`.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { buildIfNeeded, root } from './build-if-needed.mjs';

buildIfNeeded();
const server = spawn(process.execPath, [path.join(root, 'out', 'main', 'serve.js'), ...process.argv.slice(2)], {
  stdio: 'inherit',
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
