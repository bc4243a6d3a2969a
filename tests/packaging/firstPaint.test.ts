import { spawnSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

// What the renderer's first paint loads: the page's entry chunk and every chunk it imports
// statically (a chunk imported on demand loads later). The build lists each chunk's source
// modules in out/renderer/.vite/chunks.json (electron.vite.config.ts). zod and the schemas it
// builds at import cost the first paint ~90 KB and a long task; they load once the board is
// drawn, and the operations' schemas still check every change the user makes before it is sent.
// The window's commands, the list and all-tables views and the synthesis store (~45 KB) are
// kept out of the first paint too, and so is what acts: the operations' behaviours and the
// board's grouping, linking, note-detail and voting actions (~30 KB, renderer/src/state/lateCode.ts),
// which load with the commands (docs/bench/open.md).

const ROOT = path.join(import.meta.dirname, '..', '..');
interface BuiltChunk {
  file: string;
  entry: string | null;
  imports: string[];
  dynamicImports: string[];
  modules: string[];
}
let chunks: BuiltChunk[];

beforeAll(() => {
  const built = spawnSync(
    process.execPath,
    ['--input-type=module', '-e', "(await import('./scripts/build-if-needed.mjs')).buildIfNeeded()"],
    { cwd: ROOT, stdio: 'inherit' },
  );
  expect(built.status).toBe(0);
  chunks = JSON.parse(readFileSync(path.join(ROOT, 'out', 'renderer', '.vite', 'chunks.json'), 'utf8')) as BuiltChunk[];
}, 180_000);

/** The chunks loaded before the first paint of the page `html`: its entry chunk and what that imports statically. */
function firstPaintFiles(html: string): string[] {
  const byFile = new Map(chunks.map((c) => [c.file, c]));
  const entry = chunks.find((c) => c.entry?.endsWith(html));
  expect(entry, `the build has an entry chunk for ${html}`).toBeDefined();
  const seen = new Set<string>();
  const pending = [entry!.file];
  while (pending.length > 0) {
    const file = pending.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    pending.push(...byFile.get(file)!.imports);
  }
  return [...seen];
}

/** The source modules of the chunks loaded before the first paint of the page `html`. */
function firstPaintModules(html: string): string[] {
  const byFile = new Map(chunks.map((c) => [c.file, c]));
  return firstPaintFiles(html).flatMap((f) => byFile.get(f)!.modules.map((m) => m.replaceAll('\\', '/')));
}

describe('the renderer’s first paint', () => {
  it('loads the board’s own code', () => {
    const modules = firstPaintModules('index.html');
    expect(modules).toContain('renderer/src/main.tsx');
    expect(modules).toContain('renderer/src/board/BoardCanvas.tsx');
    expect(modules).toContain('renderer/src/clusters/ClusterLayer.tsx');
  });

  it('weighs at most 600 KB with open-early.js, as the open benchmark counts it (docs/bench/open.md)', () => {
    const files = [...firstPaintFiles('index.html'), 'open-early.js'];
    const bytes = files.reduce((sum, f) => sum + statSync(path.join(ROOT, 'out', 'renderer', f)).size, 0);
    expect(Math.round(bytes / 1024), files.join(', ')).toBeLessThanOrEqual(600);
  });

  it('loads none of what acts: the operations’ behaviours and the board’s actions wait for the commands', () => {
    const modules = firstPaintModules('index.html');
    const acting = modules.filter(
      (m) =>
        /^shared\/operations\/(?!operation\.ts$)/.test(m) ||
        /^shared\/layout\/(gather|tidy|tidyBoard)\.ts$/.test(m) ||
        /^shared\/(clustering\/grouping|templates\/instantiate)\.ts$/.test(m) ||
        /^renderer\/src\/[a-z]+\/(?!use)[a-z][A-Za-z]*Actions\.ts$/.test(m) ||
        /^renderer\/src\/(voting\/RoundBar\.tsx|facilitation\/addRoomBoard\.ts)$/.test(m),
    );
    expect(acting).toEqual([]);
    // Each is still in a chunk the first paint's code loads on demand.
    const lazy = new Set(chunks.flatMap((c) => c.dynamicImports));
    for (const module of [
      'shared/operations/registry.ts',
      'renderer/src/clusters/clusterActions.ts',
      'renderer/src/links/linkActions.ts',
      'renderer/src/paper/noteMetaActions.ts',
      'renderer/src/voting/RoundBar.tsx',
    ]) {
      const holding = chunks.filter((c) => c.modules.includes(module));
      expect(holding.length, module).toBe(1);
      expect(lazy.has(holding[0]!.file), module).toBe(true);
    }
  });

  it('loads no zod, and none of the schemas built with it', () => {
    const modules = firstPaintModules('index.html');
    expect(modules.filter((m) => m.includes('node_modules/zod/'))).toEqual([]);
    const schemas = modules.filter(
      (m) =>
        m.startsWith('shared/') &&
        /(Schemas?|Args)\.ts$|\/(schema|records)\.ts$|shared\/api\/(contract|define|dispatch|rpc)\.ts$/.test(m),
    );
    expect(schemas).toEqual([]);
  });

  it('loads none of the window’s commands, nor the views and workspaces a board opens without', () => {
    const modules = firstPaintModules('index.html');
    // The commands (and the actions they import) load once the board is drawn; keys pressed sooner wait for them.
    expect(modules.filter((m) => /(Commands|\/commandSet)\.ts$/.test(m))).toEqual([]);
    // The list and all-tables views load when first shown; the synthesis workspace's store when it opens.
    expect(
      modules.filter((m) =>
        /^renderer\/src\/(listview\/|workbench\/AllTablesView\.tsx$|synthesis\/synthesisStore\.ts$)/.test(m),
      ),
    ).toEqual([]);
    // The chunks that hold them are still loaded on demand by the first paint's code.
    const lazy = new Set(chunks.flatMap((c) => c.dynamicImports));
    for (const module of ['renderer/src/workbench/commandSet.ts', 'renderer/src/listview/ListView.tsx']) {
      const holding = chunks.filter((c) => c.modules.includes(module));
      expect(holding.length, module).toBe(1);
      expect(lazy.has(holding[0]!.file), module).toBe(true);
    }
  });

  it('has the operations’ schemas in a chunk it loads on demand, to check the user’s changes', () => {
    const lazy = new Set(chunks.flatMap((c) => c.dynamicImports));
    const holding = chunks.filter((c) => c.modules.includes('shared/operations/operationSchemas.ts'));
    expect(holding.length).toBe(1);
    expect(lazy.has(holding[0]!.file)).toBe(true);
    expect(firstPaintModules('index.html')).not.toContain('shared/operations/operationSchemas.ts');
  });
});
