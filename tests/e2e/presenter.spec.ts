// Presenter mode as the room sees it on a projector: every exercise of both decks with a
// realistic 30-note board, measured from the Konva text nodes the canvas draws.
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, RoundtableServer, test } from './fixtures';
import { THIRTY_NOTES } from './seededEvent';
import { createServices } from '../../electron/services/services';
import { loadTemplateLibrary } from '../../electron/services/templates/templateLibrary';
import { newParticipantNote } from '../../shared/document/create';
import { freeSpotInZone } from '../../shared/document/geometry';
import { SESSION_SCHEMA_VERSION, type Cluster } from '../../shared/document/schema';
import { newId, type ClusterId } from '../../shared/ids';
import { applyOperation, operation } from '../../shared/operations/registry';
import { instantiateTemplate } from '../../shared/templates/instantiate';

const ROOT = path.join(import.meta.dirname, '..', '..');
const SCREENSHOTS = process.env.ROUNDTABLE_SCREENSHOTS ? path.join(ROOT, 'docs', 'screenshots') : null;
const SHOWN = ['h2c.d2.ex1', 'h2c.d1.ex1', 'a2d.dg2.ex2b'];

/** A data folder with one session holding every shipped exercise, each board with the thirty notes spread over its zones. */
async function eventWithEveryExercise(dataDir: string): Promise<string[]> {
  await mkdir(dataDir, { recursive: true });
  const { templates } = await loadTemplateLibrary(path.join(ROOT, 'resources', 'templates'));
  const ordered = [...templates].filter((t) => !t.id.startsWith('custom.')).sort((a, b) => a.id.localeCompare(b.id));
  const services = createServices({
    dataDir,
    templates,
    appInfo: { version: 'e2e', mode: 'browser', schemaVersion: SESSION_SCHEMA_VERSION },
  });
  const ctx = { clientId: 'setup' };
  const now = new Date().toISOString();
  const session = await services.createSession(ctx, {
    name: 'Leeds H2C staff event',
    date: '2025-03-04',
    location: 'Leeds',
    facilitator: 'Sam',
    shift: null,
  });
  let doc = session;
  for (const template of ordered) {
    const added = instantiateTemplate(doc, template, now);
    const op = operation('addExercise', added);
    await services.applyOperation(ctx, session.id, op);
    const next = applyOperation(doc, op, now);
    if (!next.ok) throw new Error(next.error.message);
    doc = next.value;
    const board = added.boards[0];
    const zones = added.zones.filter((z) => z.boardId === board.id);
    const taken = new Map<string, { x: number; y: number }[]>();
    for (const n of added.notes) if (n.zoneId) taken.set(n.zoneId, [...(taken.get(n.zoneId) ?? []), n]);
    const notes = THIRTY_NOTES.map((text, i) => {
      const zone = zones.length ? zones[i % zones.length] : null;
      const at = zone
        ? freeSpotInZone(zone, taken.get(zone.id) ?? [])
        : { x: 60 + (i % 6) * 200, y: 60 + Math.floor(i / 6) * 130 };
      if (zone) taken.set(zone.id, [...(taken.get(zone.id) ?? []), at]);
      return newParticipantNote(board.id, text, at, now);
    });
    await services.applyOperation(ctx, session.id, operation('addNotes', { notes }));
    if (template.id === 'h2c.d2.ex1') {
      // Two of the groups the tables made, so the room sees them too.
      const groups: [string, number[]][] = [
        ['Travel and working alone', [0, 2, 16]],
        ['More autonomy, closer relationships', [1, 9, 15]],
      ];
      for (const [headline, members] of groups) {
        const cluster: Cluster = {
          id: newId('cluster') as ClusterId,
          boardId: board.id,
          headline,
          subPoints: [],
          quoteNoteId: null,
          order: groups.findIndex((g) => g[0] === headline),
        };
        await services.applyOperation(
          ctx,
          session.id,
          operation('createCluster', { cluster, noteIds: members.map((m) => notes[m].id) }),
        );
      }
    }
  }
  await services.flushAll();
  return ordered.map((t) => `${t.id}\u0000${t.title}`);
}

interface DrawnNote {
  px: number;
  text: string;
  inCard: boolean;
  onScreen: boolean;
}

/** Every participant note the presenter's canvas draws: its text's size on screen, and whether it is whole and visible. */
async function drawnNotes(page: Page): Promise<DrawnNote[]> {
  return page.evaluate(() => {
    type Box = { x: number; y: number; width: number; height: number };
    type Node = { getClientRect(): Box; getParent(): Node; findOne(s: string): Node };
    type TextNode = Node & { fontSize(): number; text(): string; getAbsoluteScale(): { x: number; y: number } };
    type StageNode = { container(): HTMLElement; width(): number; height(): number; find(s: string): TextNode[] };
    const stages = (window as unknown as { Konva: { stages: StageNode[] } }).Konva.stages;
    const stage = stages.find((s) => s.container().closest('.presenter-canvas'));
    if (!stage) return [];
    const inside = (a: Box, b: Box) =>
      a.x >= b.x - 0.5 &&
      a.y >= b.y - 0.5 &&
      a.x + a.width <= b.x + b.width + 0.5 &&
      a.y + a.height <= b.y + b.height + 0.5;
    const screen = { x: 0, y: 0, width: stage.width(), height: stage.height() };
    return stage.find('.presented-note-text').map((t) => {
      const card = t.getParent().findOne('Rect').getClientRect();
      return {
        px: t.fontSize() * t.getAbsoluteScale().y,
        text: t.text(),
        inCard: inside(t.getClientRect(), card),
        onScreen: inside(card, screen),
      };
    });
  });
}

const words = (text: string) => text.split(/\s+/).filter(Boolean).join(' ');

for (const screen of [
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
]) {
  test(`presenter mode at ${screen.width}×${screen.height} draws every note of every exercise whole and legible`, async ({
    page,
    offMachineRequests,
  }) => {
    test.setTimeout(240_000);
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'roundtable-e2e-presenter-'));
    const exercises = await eventWithEveryExercise(dataDir);
    const server = new RoundtableServer(dataDir);
    await server.start();
    try {
      await page.setViewportSize(screen);
      await page.goto(server.url);
      const [firstId, firstTitle] = exercises[0].split('\u0000');
      await page.getByRole('treeitem', { name: /Leeds H2C staff event/ }).press('ArrowRight');
      await page.getByRole('treeitem', { name: firstTitle }).first().press('Enter');
      await expect(page.getByRole('application', { name: `Board: ${firstTitle}` })).toBeVisible();
      expect(firstId).toBeTruthy();
      await page.keyboard.press('F5');
      const presenter = page.getByRole('region', { name: 'Presenter mode' });
      await expect(presenter).toBeVisible();

      const smallest: Record<string, number> = {};
      for (const [i, entry] of exercises.entries()) {
        const [id, title] = entry.split('\u0000');
        if (i > 0) await page.keyboard.press('PageDown');
        await expect(presenter.getByRole('heading', { level: 1 })).toHaveText(title);
        // The title is shown whole: wrapped, never cut off or ended with an ellipsis.
        const cut = await presenter
          .getByRole('heading', { level: 1 })
          .evaluate((h) => h.scrollHeight > h.clientHeight + 1 || h.scrollWidth > h.clientWidth + 1);
        expect(cut, `${id}: title cut off`).toBe(false);
        await expect(presenter.locator('.presenter-canvas')).toHaveAttribute('data-notes-shown', '30');
        await expect.poll(async () => (await drawnNotes(page)).length, id).toBe(30);
        const drawn = await drawnNotes(page);
        expect(drawn.map((d) => words(d.text)).sort(), `${id}: every note, whole`).toEqual(
          THIRTY_NOTES.map(words).sort(),
        );
        expect(
          drawn.filter((d) => !d.inCard || !d.onScreen).map((d) => d.text),
          `${id}: cut off`,
        ).toEqual([]);
        smallest[id] = Math.min(...drawn.map((d) => d.px));
        if (SCREENSHOTS && SHOWN.includes(id)) {
          await page.screenshot({
            path: path.join(SCREENSHOTS, `presenter-${id}-${screen.width}x${screen.height}.png`),
          });
        }
      }
      if (screen.width === 1366) {
        // The reference cards are folded away; R opens them as a deck, Esc closes it and stays in presenter mode.
        const [, lastTitle] = exercises[exercises.length - 1].split('\u0000');
        await expect(presenter.getByText(/^\d+ reference cards · R shows them/)).toBeVisible();
        await page.keyboard.press('r');
        const deck = presenter.getByRole('region', { name: 'Reference cards' });
        await expect(deck).toContainText(/Reference cards 1–\d+ of \d+/);
        expect(await deck.getByRole('listitem').count()).toBeGreaterThan(0);
        await page.keyboard.press('Escape');
        await expect(deck).toHaveCount(0);
        await expect(presenter.getByRole('heading', { level: 1 })).toHaveText(lastTitle);
        await page.keyboard.press('Escape');
        await expect(presenter).toHaveCount(0);
        await expect(page.getByRole('application', { name: `Board: ${lastTitle}` })).toBeVisible();
      }
      expect(offMachineRequests).toEqual([]);
      console.log(`smallest note text (CSS px) at ${screen.width}×${screen.height}:`, JSON.stringify(smallest));
      const small = Object.entries(smallest).filter(([, px]) => px < 18);
      expect(small, 'exercises whose notes are drawn below 18 px').toEqual([]);
    } finally {
      await server.stop();
      await rm(dataDir, { recursive: true, force: true });
    }
  });
}
