import { spawnSync } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generatedExport } from '../../../scripts/bench/synthesisData';
import { tempFolder } from '../../helpers/tempFolder';

// The command line's progress on stderr: reading the exports, then embedding their notes, one
// bar after the other. (On a terminal the bars share one line, so a bar still running when the
// next starts draws over it; with --progress and no terminal each bar's figures are lines.)

const ROOT = path.join(import.meta.dirname, '..', '..', '..');
const run = (...args: string[]) =>
  spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'roundtable.mjs'), ...args], {
    encoding: 'utf8',
    timeout: 240_000,
  });

async function exportsFolder(count: number): Promise<string> {
  const dir = await tempFolder();
  await mkdir(path.join(dir, 'in'));
  for (let i = 1; i <= count; i++)
    await writeFile(path.join(dir, 'in', `e${i}.roundtable-export.json`), JSON.stringify(generatedExport(i, 40)));
  return dir;
}

/** Every line of the reading bar comes before the embedding bar's first, and each bar ends at its total. */
function expectStagesInTurn(stderr: string, files: number) {
  const lines = stderr.split(/\r?\n/).filter((l) => /^(Reading exports|Embedding notes) /.test(l));
  const firstEmbedding = lines.findIndex((l) => l.startsWith('Embedding notes'));
  expect(firstEmbedding).toBeGreaterThan(0);
  expect(lines.slice(firstEmbedding).filter((l) => l.startsWith('Reading exports'))).toEqual([]);
  expect(lines[firstEmbedding - 1]).toMatch(new RegExp(`Reading exports \\[=+\\] ${files}/${files} files$`));
  expect(lines.at(-1)).toMatch(/Embedding notes \[=+\] (\d+)\/\1 new texts$/);
}

describe('the progress bars of roundtable synthesise --progress', () => {
  it('with --project, reading the exports ends before embedding their notes starts', async () => {
    const dir = await exportsFolder(3);
    const result = run(
      'synthesise',
      '--project',
      path.join(dir, 'p.roundtable-synthesis.json'),
      path.join(dir, 'in'),
      '--out',
      path.join(dir, 'out'),
      '--progress',
    );
    expect(result.stderr).not.toMatch(/Error|at .*\.js:/);
    expect(result.status).toBe(0);
    expectStagesInTurn(result.stderr, 3);
    expect(result.stdout).toMatch(/^Made the project .* from 3 exports\./);
  }, 240_000);

  it('without a project, the same: reading, then embedding', async () => {
    const dir = await exportsFolder(2);
    const result = run(
      'synthesise',
      path.join(dir, 'in'),
      '--out',
      path.join(dir, 'out'),
      '--vector-cache',
      path.join(dir, 'cache'),
      '--progress',
    );
    expect(result.status).toBe(0);
    expectStagesInTurn(result.stderr, 2);
  }, 240_000);
});
