import { spawn } from 'node:child_process';
import path from 'node:path';

const ROOT = path.join(import.meta.dirname, '..', '..', '..');

/**
 * Starts the built browser-mode server on a free port over `dataDir`; resolves with its address
 * (token included). `root` is the tree whose build it serves (this one unless another is compared).
 */
export async function startServer(dataDir: string, root = ROOT) {
  const child = spawn(
    process.execPath,
    [path.join(root, 'out', 'main', 'serve.js'), '--port', '0', '--data-dir', dataDir],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (chunk) => {
      out += chunk;
      const match = /Roundtable is running at (\S+)/.exec(out);
      if (match) resolve(match[1]);
    });
    child.once('exit', (code) => reject(new Error(`The server exited (${code}): ${out}`)));
  });
  // A benchmark that fails half-way must not leave a server running.
  process.once('exit', () => child.kill());
  return {
    url,
    stop: () => new Promise<void>((resolve) => (child.once('exit', () => resolve()), child.kill('SIGINT'))),
  };
}
