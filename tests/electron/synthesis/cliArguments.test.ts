import { spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generatedExport } from '../../../scripts/bench/synthesisData';

// The command line's own behaviour: help, wrong arguments and the exit codes it documents.

const ROOT = path.join(import.meta.dirname, '..', '..', '..');
const run = (...args: string[]) =>
  spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'roundtable.mjs'), ...args], {
    encoding: 'utf8',
    timeout: 180_000,
  });

describe('npx roundtable synthesise, asked for help or given wrong arguments', () => {
  it.each([['--help'], ['-h'], ['synthesise', '--help'], ['synthesise', '-h'], ['synthesize', 'x', '--help']])(
    '%s prints the usage with its exit codes and exits 0',
    (...args) => {
      const result = run(...args);
      expect(result.status).toBe(0);
      expect(result.stdout).toMatch(/^Usage: npx roundtable synthesise/);
      expect(result.stdout).toMatch(/Exit status:\n\s+0 .*\n\s+1 .*\n\s+2 .*\n\s+3 /);
      expect(result.stderr).not.toMatch(/error|Usage/i);
    },
    180_000,
  );

  it('names an unknown option in its own words, with the usage, and exits 2', () => {
    const result = run('synthesise', 'exports', '--outt', 'x');
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/^--outt is not an option of roundtable synthesise\./);
    expect(result.stderr).not.toMatch(/ERR_PARSE_ARGS|positional argument|TypeError/);
    expect(result.stderr).toContain('Usage: npx roundtable synthesise');
  });

  it('says --out needs a folder when it has none', () => {
    const result = run('synthesise', 'exports', '--out');
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/^--out needs a value: --out <folder>\./);
  });
});

describe('the progress bar', () => {
  it('shows with --progress when the output is not a terminal, and not without it', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'roundtable-progress-'));
    try {
      await mkdir(path.join(dir, 'in'));
      await writeFile(path.join(dir, 'in', 'one.roundtable-export.json'), JSON.stringify(generatedExport(1, 10)));
      const quiet = run('synthesise', path.join(dir, 'in'), '--out', path.join(dir, 'out'));
      expect(quiet.status).toBe(0);
      expect(quiet.stderr).not.toContain('Reading exports');
      const shown = run('synthesise', path.join(dir, 'in'), '--out', path.join(dir, 'out'), '--progress');
      expect(shown.status).toBe(0);
      expect(shown.stderr).toMatch(/Reading exports \[.*\] 1\/1 files/);
      expect(shown.stdout).toMatch(/^Synthesised 1 session exports/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 180_000);
});
