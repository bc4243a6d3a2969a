import { spawn } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempFolder } from '../helpers/tempFolder';

const root = path.join(import.meta.dirname, '..', '..');

describe('npm start where Electron cannot be had', () => {
  it('says so in one line and starts browser mode, printing the address', async () => {
    const dataDir = await tempFolder();
    // An unreachable download mirror and an empty cache: the machine is offline as far as Electron is concerned.
    const env = {
      ...process.env,
      ELECTRON_MIRROR: 'http://127.0.0.1:9/',
      electron_config_cache: path.join(dataDir, 'cache'),
    };
    const child = spawn(
      process.execPath,
      [path.join(root, 'scripts', 'start.mjs'), '--port', '0', '--data-dir', dataDir],
      { cwd: root, env },
    );
    const lines = await new Promise<string[]>((resolve, reject) => {
      let out = '';
      child.stdout.on('data', (chunk) => {
        out += chunk;
        if (/Roundtable is running at/.test(out)) resolve(out.trim().split('\n'));
      });
      child.once('exit', (code) => reject(new Error(`start.mjs exited (${code}) early: ${out}`)));
    });
    child.kill('SIGINT');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^Electron is not available on this machine.*browser mode instead\.$/);
    expect(lines[1]).toMatch(/^Roundtable is running at http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]{40,}$/);
  }, 120_000);
});
