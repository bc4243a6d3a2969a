import { copyFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import type { Plugin } from 'vite';
import react from '@vitejs/plugin-react';

const TFJS_WASM = ['tfjs-backend-wasm.wasm', 'tfjs-backend-wasm-simd.wasm', 'tfjs-backend-wasm-threaded-simd.wasm'];

/**
 * TensorFlow.js's wasm backend (inside @energetic-ai/core, which runs the sentence model) loads
 * its .wasm file from beside the script that holds it. While the main build keeps the package
 * external that is the package's own folder; should a chunk ever bundle it, its .wasm files are
 * copied beside that chunk, or the command line and the app would fall back to shared words.
 */
function tfjsWasmBesideChunks(): Plugin {
  return {
    name: 'roundtable-tfjs-wasm',
    writeBundle(options, bundle) {
      const outDir = options.dir ?? 'out/main';
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk' || !chunk.code.includes(TFJS_WASM[1])) continue;
        for (const wasm of TFJS_WASM)
          copyFileSync(
            resolve(__dirname, 'node_modules/@energetic-ai/core/dist', wasm),
            resolve(outDir, dirname(chunk.fileName), wasm),
          );
      }
    },
  };
}

/**
 * Writes out/renderer/.vite/chunks.json: every chunk of the renderer's build with the chunks it
 * imports statically and on demand, and the source modules it holds. What the first paint
 * loads is the static closure of the page's entry chunk; tests/packaging/firstPaint.test.ts
 * reads it to keep zod and the schemas out of that closure.
 */
function chunkModules(): Plugin {
  return {
    name: 'roundtable-chunk-modules',
    generateBundle(_options, bundle) {
      const chunks = Object.values(bundle).flatMap((c) =>
        c.type !== 'chunk'
          ? []
          : [
              {
                file: c.fileName,
                entry: c.isEntry ? (c.facadeModuleId ?? c.name) : null,
                imports: c.imports,
                dynamicImports: c.dynamicImports,
                modules: Object.keys(c.modules).map((m) => m.replace(__dirname, '').replace(/^[/\\]/, '')),
              },
            ],
      );
      this.emitFile({ type: 'asset', fileName: '.vite/chunks.json', source: JSON.stringify(chunks, null, 1) });
    },
  };
}

// Three builds from one config: the Electron main process (plus the browser-mode server,
// which is plain Node and shares its services), the sandboxed preload, and the renderer.
export default defineConfig({
  main: {
    plugins: [tfjsWasmBesideChunks()],
    build: {
      outDir: 'out/main',
      rollupOptions: {
        input: {
          index: resolve(__dirname, 'electron/main/index.ts'),
          serve: resolve(__dirname, 'electron/server/cli.ts'),
          // `npx roundtable synthesise`: the organisers' command line (scripts/roundtable.mjs runs it).
          synthesise: resolve(__dirname, 'electron/synthesis/cli.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      // A sandboxed preload is one CommonJS file that can require nothing but electron.
      externalizeDeps: false,
      rollupOptions: {
        input: { index: resolve(__dirname, 'electron/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(__dirname, 'renderer'),
    base: './',
    plugins: [react(), chunkModules()],
    // react-konva's Konva core is the board's own, without Konva's animations (renderer/src/board/konvaCore.ts).
    resolve: {
      alias: [
        { find: /^konva\/lib\/Core(\.js)?$/, replacement: resolve(__dirname, 'renderer/src/board/konvaCore.ts') },
      ],
    },
    build: {
      outDir: resolve(__dirname, 'out/renderer'),
      // electron-vite leaves builds unminified by default: the renderer's start-up parses every byte.
      minify: true,
      // Source maps only when asked for (scripts/bench/open/profile.ts maps a profile through them).
      sourcemap: process.env.ROUNDTABLE_SOURCEMAP === '1',
      rollupOptions: {
        input: {
          index: resolve(__dirname, 'renderer/index.html'),
          // Room mode's page for participants' phones: its own small bundle, served by the room server.
          participant: resolve(__dirname, 'renderer/participant.html'),
          // The second presenter window (Facilitate › Present in a second window): the room's view, read only.
          present: resolve(__dirname, 'renderer/present.html'),
        },
      },
    },
  },
});
