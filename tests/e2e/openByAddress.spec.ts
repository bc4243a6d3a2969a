import type { Browser, Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { writeSessionOfSize } from '../../scripts/bench/board/sessionOfSize';
import { EXERCISE, createSessionWithExercise, savedSession } from './steps';

// Opened by its address (`?open=<id>`, as the desktop app is launched for a double-clicked
// file), a session is asked for by index.html's first script, before the app's own scripts
// have loaded; the app then takes that one connection over for everything else it does.
test('a session opened by its address shows its board, over the one connection the page opened first', async ({
  browser,
  page,
  server,
  offMachineRequests,
}) => {
  await page.goto(server.url);
  await createSessionWithExercise(page);
  const board = page.getByRole('application', { name: new RegExp(`Board: ${EXERCISE}`) });
  await board.focus();
  await page.keyboard.press('n');
  await page.getByRole('textbox', { name: 'Note text' }).fill('Shorter journeys for patients');
  await page.keyboard.press('Enter');
  await expect
    .poll(async () => Object.values((await savedSession(server.dataDir)).notes).map((n) => n.text))
    .toContain('Shorter journeys for patients');
  const { id, notes } = await savedSession(server.dataDir);
  // The exercise's own prompts are notes too.
  const count = Object.keys(notes).length;
  await expect(board).toHaveAttribute('data-notes-drawn', `${count}`);

  // A fresh window, as a second launch of the app for the file would be.
  const context = await browser.newContext();
  const opened = await context.newPage();
  const sockets: string[] = [];
  const sent: string[] = [];
  opened.on('websocket', (ws) => {
    sockets.push(ws.url());
    ws.on('framesent', (frame) => sent.push(String(frame.payload)));
  });
  // What was on the page in the first frame that showed the board's notes.
  await opened.addInitScript({
    content: `(() => {
      const look = () => {
        const board = document.querySelector('[role="application"][data-notes-drawn]');
        if (!board || !(Number(board.getAttribute('data-notes-drawn')) > 0)) return requestAnimationFrame(look);
        window.__firstDrawn = {
          menus: !!document.querySelector('[role="menubar"]'),
          sessions: !!document.querySelector('[role="tree"]'),
          status: !!document.querySelector('.status-bar')?.textContent,
        };
      };
      requestAnimationFrame(look);
    })();`,
  });
  await opened.goto(`${server.url}&open=${encodeURIComponent(id)}`);
  const shown = opened.getByRole('application', { name: new RegExp(`Board: ${EXERCISE}`) });
  await expect(shown).toHaveAttribute('data-notes-drawn', `${count}`);
  // The board mounts alone first, so its notes are painted sooner; the menus, side bar and
  // status bar follow once it is drawn.
  expect(await opened.evaluate(() => (window as unknown as { __firstDrawn: unknown }).__firstDrawn)).toEqual({
    menus: false,
    sessions: false,
    status: false,
  });
  await expect(opened.getByRole('menubar', { name: 'Main menu' })).toBeVisible();
  await expect(opened.locator('.status-bar')).not.toBeEmpty();
  // The sessions list came over the same connection, and so does a change made now.
  await expect(opened.getByRole('treeitem', { name: /Leeds community event/ })).toBeVisible();
  await shown.focus();
  await opened.keyboard.press('n');
  await opened.getByRole('textbox', { name: 'Note text' }).fill('More time with families');
  await opened.keyboard.press('Enter');
  await expect(shown).toHaveAttribute('data-notes-drawn', `${count + 1}`);
  await expect.poll(async () => Object.keys((await savedSession(server.dataDir)).notes).length).toBe(count + 1);
  // The first window hears of it: events reach windows as before.
  await expect(board).toHaveAttribute('data-notes-drawn', `${count + 1}`);
  expect(sockets).toHaveLength(1);
  // The session was the first thing asked for, before the workbench's own start-up calls.
  expect(JSON.parse(sent[0])).toMatchObject({ kind: 'call', method: 'openSession', args: [id] });
  expect(sent.slice(1).map((f) => JSON.parse(f).method)).not.toContain('openSession');
  await context.close();
  expect(offMachineRequests).toEqual([]);
});

// The operations' schemas load after the board is drawn. A note added and typed before they
// arrive is on the board at once, its editor opens on it, and it is saved once they have
// checked it. The schemas' script is held back here until the note has been typed.
test('a note added and typed before the change checks have loaded is kept and saved', async ({
  browser,
  page,
  server,
  offMachineRequests,
}) => {
  const { first, count, id } = await savedExercise(page, server);

  const { context, opened, held } = await withScriptHeld(browser, /\/assets\/operationSchemas-[^/]*\.js$/);
  const sent: string[] = [];
  opened.on('websocket', (ws) => ws.on('framesent', (frame) => sent.push(JSON.parse(String(frame.payload)).method)));
  await opened.goto(`${server.url}&open=${encodeURIComponent(id)}`);
  const board = opened.getByRole('application', { name: new RegExp(`Board: ${EXERCISE}`) });
  await expect(board).toHaveAttribute('data-notes-drawn', `${count}`);
  await board.focus();
  await opened.keyboard.press('n');
  await opened.getByRole('textbox', { name: 'Note text' }).fill('Quicker handovers');
  await opened.keyboard.press('Enter');
  await expect(board).toHaveAttribute('data-notes-drawn', `${count + 1}`);
  // Not sent yet: the checks have not loaded.
  expect(held.asked).toBe(true);
  expect(sent).not.toContain('applyOperation');

  held.release();
  await expect
    .poll(async () => Object.values((await savedSession(server.dataDir)).notes).map((n) => n.text))
    .toContain('Quicker handovers');
  // The first window hears of it too.
  await expect(first).toHaveAttribute('data-notes-drawn', `${count + 1}`);
  await context.close();
  expect(offMachineRequests).toEqual([]);
});

// The window's commands (and the actions they import) load after the board is drawn, and what
// acts with them (the operations' behaviours and the board's actions, renderer/src/state/lateCode.ts):
// a key pressed on the board, or a double-click on it, before they have loaded runs once they
// have (the double-click's note where it was), and the menus, which list the commands, wait too.
for (const { name, script, ask, text } of [
  {
    name: 'a key pressed on the board before the commands have loaded runs once they have',
    script: /\/assets\/commandSet-[^/]*\.js$/,
    ask: async (opened: Page, board: Locator) => (await board.focus(), await opened.keyboard.press('n')),
    text: 'Fewer handovers',
  },
  {
    name: 'a note added by double-click before the board’s actions have loaded is added once they have',
    script: /\/assets\/(registry|clusterActions)-[^/]*\.js$/,
    ask: async (opened: Page, board: Locator) => {
      const box = (await board.boundingBox())!;
      await opened.mouse.dblclick(box.x + box.width * 0.78, box.y + box.height * 0.4);
    },
    text: 'Shorter waits',
  },
]) {
  test(name, async ({ browser, page, server, offMachineRequests }) => {
    const { count, id } = await savedExercise(page, server);

    const { context, opened, held } = await withScriptHeld(browser, script);
    await opened.goto(`${server.url}&open=${encodeURIComponent(id)}`);
    const board = opened.getByRole('application', { name: new RegExp(`Board: ${EXERCISE}`) });
    await expect(board).toHaveAttribute('data-notes-drawn', `${count}`);
    await expect.poll(() => held.asked).toBe(true);
    await ask(opened, board);
    const editor = opened.getByRole('textbox', { name: 'Note text' });
    // Nothing can run it yet, and the menus wait too.
    await expect(opened.getByRole('menubar', { name: 'Main menu' })).toHaveCount(0);
    await expect(editor).toHaveCount(0);
    await expect(board).toHaveAttribute('data-notes-drawn', `${count}`);

    held.release();
    await expect(editor).toBeVisible();
    await editor.fill(text);
    await opened.keyboard.press('Enter');
    await expect(board).toHaveAttribute('data-notes-drawn', `${count + 1}`);
    await expect(opened.getByRole('menubar', { name: 'Main menu' })).toBeVisible();
    await expect
      .poll(async () => Object.values((await savedSession(server.dataDir)).notes).map((n) => n.text))
      .toContain(text);
    await context.close();
    expect(offMachineRequests).toEqual([]);
  });
}

// Opening draws the board once, at the view it opens at: its layer stays hidden until the view
// is fitted (the stage draws as soon as it is given its size), and the first frame draws each
// group straight onto the canvas, its bitmap tiles following in idle time.
test('a board opened by its address is drawn only at its fitted view, first without tiles', async ({
  browser,
  page,
  server,
}) => {
  const { count, id } = await savedExercise(page, server);

  const context = await browser.newContext();
  const opened = await context.newPage();
  // Every draw of the board's layer, as Konva arrives: whether it showed, at which zoom, and
  // how many tiles and direct group draws the layer's tile cache had made by then.
  await opened.addInitScript({
    content: `(() => {
      const draws = (window.__layerDraws = []);
      Object.defineProperty(window, 'Konva', {
        configurable: true,
        set(konva) {
          Object.defineProperty(window, 'Konva', { value: konva, writable: true, configurable: true });
          queueMicrotask(() => {
            const own = konva.Layer.prototype.drawScene;
            konva.Layer.prototype.drawScene = function (...args) {
              const result = own.apply(this, args);
              const counts = this.boardTiles && this.boardTiles.counts;
              draws.push({
                visible: this.isVisible(),
                scale: this.getStage() ? this.getStage().scaleX() : null,
                frameTiles: counts ? counts.frameTiles : null,
                direct: counts ? counts.direct : null,
              });
              return result;
            };
          });
        },
      });
    })();`,
  });
  await opened.goto(`${server.url}&open=${encodeURIComponent(id)}`);
  const board = opened.getByRole('application', { name: new RegExp(`Board: ${EXERCISE}`) });
  await expect(board).toHaveAttribute('data-notes-drawn', `${count}`);
  type Draw = { visible: boolean; scale: number; frameTiles: number; direct: number };
  const draws = () => opened.evaluate(() => (window as unknown as { __layerDraws: Draw[] }).__layerDraws);
  await expect.poll(async () => (await draws()).filter((d) => d.visible).length).toBeGreaterThan(0);
  // Its tiles are drawn once the window is idle, ready for a pan.
  await expect
    .poll(() =>
      opened.evaluate(() =>
        (
          window as unknown as { Konva: { stages: { getLayers(): { boardTiles: { tiles(): number } }[] }[] } }
        ).Konva.stages[0]
          .getLayers()[0]
          .boardTiles.tiles(),
      ),
    )
    .toBeGreaterThan(0);
  const shown = (await draws()).filter((d) => d.visible);
  const scale = await opened.evaluate(() =>
    (window as unknown as { Konva: { stages: { scaleX(): number }[] } }).Konva.stages[0].scaleX(),
  );
  expect(scale).not.toBe(1);
  expect(new Set(shown.map((d) => d.scale))).toEqual(new Set([scale]));
  expect(shown[0]).toMatchObject({ frameTiles: 0 });
  expect(shown[0].direct).toBeGreaterThan(0);
  await context.close();
});

// The first frame mounts and draws only the notes in view; the margin kept drawn around the view
// for pans (culling.ts) follows once that frame is painted, so the board ends as it always did.
test('a board opened by its address first draws the notes in view, then the margin around it', async ({
  browser,
  server,
}) => {
  const id = await writeSessionOfSize(server.dataDir, 1000);
  const context = await browser.newContext();
  const opened = await context.newPage();
  // How many notes the board drew in each frame from the first one with notes.
  await opened.addInitScript({
    content: `(() => {
      const counts = (window.__drawnByFrame = []);
      const look = () => {
        const board = document.querySelector('[role="application"][data-notes-drawn]');
        const drawn = board ? Number(board.getAttribute('data-notes-drawn')) : 0;
        if (drawn > 0) counts.push(drawn);
        if (counts.length < 120) requestAnimationFrame(look);
      };
      requestAnimationFrame(look);
    })();`,
  });
  await opened.goto(`${server.url}&open=${encodeURIComponent(id)}`);
  const board = opened.getByRole('application', { name: /^Board: / });
  await expect(board).toHaveAttribute('data-notes-total', /^10\d\d$/);
  const byFrame = () => opened.evaluate(() => (window as unknown as { __drawnByFrame: number[] }).__drawnByFrame);
  await expect.poll(async () => (await byFrame()).length).toBe(120);
  const counts = await byFrame();
  const final = Number(await board.getAttribute('data-notes-drawn'));
  // Those in view are a few of the board's notes; the margin holds many more.
  expect(counts[0]).toBeGreaterThan(0);
  expect(final).toBeGreaterThan(2 * counts[0]);
  expect(counts.at(-1)).toBe(final);
  await context.close();
});

/**
 * A new session with the exercise, made in `page` and saved: its board there, how many notes it
 * holds (the exercise's own prompts are notes too) and its id, to open it afresh by address.
 */
/** A fresh window whose scripts named by `script` are held back until `held.release()`; `held.asked` once one is asked for. */
async function withScriptHeld(browser: Browser, script: RegExp) {
  const context = await browser.newContext();
  const opened = await context.newPage();
  let release: () => void = () => {};
  const until = new Promise<void>((r) => (release = r));
  const held = { asked: false, release: () => release() };
  await opened.route(script, async (route) => {
    held.asked = true;
    await until;
    await route.continue();
  });
  return { context, opened, held };
}

async function savedExercise(page: Page, server: { url: string; dataDir: string }) {
  await page.goto(server.url);
  await createSessionWithExercise(page);
  const first = page.getByRole('application', { name: new RegExp(`Board: ${EXERCISE}`) });
  const count = Number(await first.getAttribute('data-notes-drawn'));
  expect(count).toBeGreaterThan(0);
  return { first, count, id: await savedWith(server.dataDir, count) };
}

/** The saved session's id once its file holds `count` notes (read again while a save is writing it). */
async function savedWith(dataDir: string, count: number): Promise<string> {
  let id = '';
  await expect
    .poll(async () => {
      const saved = await savedSession(dataDir).catch(() => null);
      id = saved?.id ?? '';
      return saved ? Object.keys(saved.notes).length : -1;
    })
    .toBe(count);
  return id;
}
