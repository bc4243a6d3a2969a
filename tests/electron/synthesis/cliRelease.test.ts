import { spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generatedExport } from '../../../scripts/bench/synthesisData';
import { contentHashOf } from '../../../electron/services/export/exportService';

// `roundtable synthesise --release <finding id>`: a possible personal detail the synthesis
// withheld goes back into the results only when an organiser names it, and an id that names
// nothing is refused before anything is written.

const ROOT = path.join(import.meta.dirname, '..', '..', '..');
const run = (...args: string[]) =>
  spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'roundtable.mjs'), ...args], {
    encoding: 'utf8',
    timeout: 180_000,
  });

const SAID = 'Dr Patel said the night rota is unsafe';
let dir = '';

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'roundtable-release-'));
  const { contentHash: _old, ...data } = generatedExport(2, 60);
  const quoted = new Set(data.clusters.map((c) => c.quote?.noteId));
  const note = data.notes.find((n) => n.countsAsInput && n.clusterId !== null && !quoted.has(n.id))!;
  note.text = SAID;
  await mkdir(path.join(dir, 'in'));
  await writeFile(
    path.join(dir, 'in', 'leeds.roundtable-export.json'),
    JSON.stringify({ ...data, contentHash: contentHashOf(data) }),
  );
});
afterAll(() => rm(dir, { recursive: true, force: true }));

// Every note, with its text as the synthesis writes it (withheld parts too), is in the raw notes file.
const notesCsv = async (out: string) => {
  const name = (await readdir(out)).find((n) => n.endsWith('-raw-synthesis-notes.csv'))!;
  return readFile(path.join(out, name), 'utf8');
};

describe('npx roundtable synthesise --release', () => {
  it('lists a withheld finding by id, file, field and kind without its text, and releases it by that id', async () => {
    const withheld = run('synthesise', path.join(dir, 'in'), '--out', path.join(dir, 'out-1'), '--raw');
    expect(withheld.status).toBe(0);
    expect(withheld.stdout).toMatch(/1 possible personal detail was withheld until reviewed/);
    const line = withheld.stdout.split('\n').find((l) => l.includes('leeds.roundtable-export.json  '))!;
    expect(line).toMatch(/Note \(note:.*\)\s+name$/);
    expect(withheld.stdout + withheld.stderr).not.toContain('Patel');
    expect(await notesCsv(path.join(dir, 'out-1'))).toContain('Dr [withheld name] said the night rota is unsafe');
    expect(await notesCsv(path.join(dir, 'out-1'))).not.toContain('Patel');

    const id = line.trim().split(/\s+/)[0];
    const released = run(
      'synthesise',
      path.join(dir, 'in'),
      '--out',
      path.join(dir, 'out-2'),
      '--raw',
      '--release',
      id,
    );
    expect(released.status).toBe(0);
    expect(released.stdout).not.toMatch(/withheld until reviewed/);
    expect(released.stdout).toContain('1 finding(s) released by --release.');
    expect(await notesCsv(path.join(dir, 'out-2'))).toContain(SAID);
  }, 180_000);

  it('refuses an id no finding has, naming it and how to list the ids, and writes nothing', async () => {
    const out = path.join(dir, 'out-3');
    const result = run('synthesise', path.join(dir, 'in'), '--out', out, '--release', 'nope/note:x@0-3');
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('No finding in these exports has the id "nope/note:x@0-3"');
    expect(result.stderr).toContain('without --release to list the withheld findings and their ids');
    await expect(readdir(out)).rejects.toThrow(/ENOENT/);
  }, 180_000);

  it('says --release needs an id when it has none', () => {
    const result = run('synthesise', path.join(dir, 'in'), '--out', path.join(dir, 'x'), '--release');
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/^--release needs a value: --release <finding id>\./);
  });
});
