// Roundtable's adapter for the side-by-side peer harness (a separate tool, not part of the
// product): it measures our board beside Excalidraw, tldraw and a bare Konva floor in one run.
//   node run.mjs --adapter /path/to/roundtable/scripts/bench/peers/roundtable.mjs --pages konva-floor,excalidraw,tldraw
// Build the app first (npx electron-vite build). start() writes one real session per N (the
// board benchmark's: notes in a grid over the template's zones, one in ten in groups, a link
// per 50 notes, revealed dots on one in five) and serves the built app in browser mode; each run
// opens its session by address (?open=<id>), as the desktop app is launched for a file.
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';

const ROOT = path.join(import.meta.dirname, '..', '..', '..');
let sessions = {};

export default {
  name: 'roundtable',

  async start() {
    const { values } = parseArgs({ options: { n: { type: 'string', default: '500,2000,5000,10000' } }, strict: false });
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'roundtable-peers-'));
    const out = execFileSync(
      'npx',
      ['tsx', path.join('scripts', 'bench', 'peers', 'writeSessions.ts'), dataDir, values.n],
      {
        cwd: ROOT,
        encoding: 'utf8',
      },
    );
    sessions = JSON.parse(out.trim().split('\n').pop());
    const child = spawn(
      process.execPath,
      [path.join(ROOT, 'out', 'main', 'serve.js'), '--port', '0', '--data-dir', dataDir],
      {
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    );
    const url = await new Promise((resolve, reject) => {
      let text = '';
      child.stdout.on('data', (chunk) => {
        text += chunk;
        const match = /Roundtable is running at (\S+)/.exec(text);
        if (match) resolve(match[1]);
      });
      child.once('exit', (code) => reject(new Error(`Roundtable's server exited (${code}): ${text}`)));
    });
    process.once('exit', () => child.kill());
    return {
      base: url,
      stop: () => {
        child.kill('SIGINT');
        rmSync(dataDir, { recursive: true, force: true });
      },
    };
  },

  // base carries the access token (?token=…).
  url: ({ n, base }) => `${base}&open=${encodeURIComponent(sessions[n])}`,

  // The board says it drew notes and one of its canvases shows the note colour on ≥ 2% of its
  // pixels. (The board opens zoomed to fit its zones, with notes along the bottom, not at (0,0).)
  ready: `() => {
    const el = document.querySelector('[role="application"][data-notes-drawn]');
    if (!el || !(Number(el.getAttribute('data-notes-drawn')) > 0)) return false;
    const probe = document.createElement('canvas').getContext('2d');
    probe.fillStyle = getComputedStyle(el).getPropertyValue('--board-note').trim() || '#000';
    const c = [1, 3, 5].map((i) => parseInt(probe.fillStyle.slice(i, i + 2), 16));
    for (const canvas of el.querySelectorAll('canvas')) {
      if (!canvas.width) continue;
      const d = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
      let fill = 0;
      for (let i = 0; i < d.length; i += 4)
        if (d[i + 3] > 200 && Math.abs(d[i] - c[0]) < 12 && Math.abs(d[i + 1] - c[1]) < 12 && Math.abs(d[i + 2] - c[2]) < 12) fill++;
      if (fill >= 0.02 * canvas.width * canvas.height) return true;
    }
    return false;
  }`,

  // Pans as a user does: wheel events on the board (the app's own viewport, culling included).
  pan: { wheel: '[role="application"]' },

  info: `() => { const el = document.querySelector('[role="application"]'); const s = window.Konva && window.Konva.stages[0];
    return { notesDrawn: Number(el && el.getAttribute('data-notes-drawn')), scale: s ? s.scaleX() : null,
      canvas: el ? [el.clientWidth, el.clientHeight] : null, layers: s ? s.getLayers().length : null }; }`,
};
