// Presenter mode (F5) for the full-size benchmark: what the room sees. The time from F5 to the
// presenter board painted, then frame intervals and work per frame while the board changes
// under it as in a live session: notes added and moved, and the votes revealed, by another
// client of the same services (the room's phones and a second window reach a board so).
import type { Page } from '@playwright/test';
import WebSocket from 'ws';
import { framesWhileMoving } from '../board/inPage';
import { createApiClient, socketProtocol, type MessageSocket } from '../../../shared/api/rpcClient';
import type { RoundtableApi } from '../../../shared/api/contract';
import { newParticipantNote } from '../../../shared/document/create';
import { NOTE_SIZE, zoneAt, zonesOfBoard } from '../../../shared/document/geometry';
import type { Note, SessionDocument, Zone } from '../../../shared/document/schema';
import type { BoardId, SessionId } from '../../../shared/ids';
import { operation, type Operation } from '../../../shared/operations/registry';

export const PRESENTER_CANVAS = '.presenter-canvas';

/** The services' API over the browser-mode server's socket, as a second client (another window). */
export async function connectApi(pageUrl: string): Promise<RoundtableApi & { close(): void }> {
  const url = new URL(pageUrl);
  const socket = new WebSocket(`ws://${url.host}/api?token=${url.searchParams.get('token')}`, {
    origin: `http://${url.host}`,
  });
  await new Promise((resolve, reject) => (socket.once('open', resolve), socket.once('error', reject)));
  const api = createApiClient(socketProtocol(socket as unknown as MessageSocket));
  return Object.assign(api, { close: () => socket.close() });
}

/**
 * In-page, before F5 is pressed: records when the F5 key arrives, and keeps (as
 * `__presenterPainted`) a promise of the time from it until the presenter board shows its
 * cards and its canvas has been drawn (some pixels not transparent), one frame later (the
 * frame that holds them has then been produced).
 */
export function watchPresenterPainted({ selector }: { selector: string }): void {
  let keyAt = 0;
  window.addEventListener('keydown', (e) => void (e.key === 'F5' && !keyAt && (keyAt = e.timeStamp)), {
    capture: true,
  });
  const drawn = () => {
    const canvas = document.querySelector(`${selector}:not([data-notes-shown="0"]) canvas`) as HTMLCanvasElement | null;
    if (!canvas?.width) return false;
    const d = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
    for (let i = 3; i < d.length; i += 4 * 97) if (d[i] > 0) return true;
    return false;
  };
  (window as unknown as { __presenterPainted: Promise<number> }).__presenterPainted = new Promise((resolve) => {
    requestAnimationFrame(function poll() {
      if (keyAt && drawn()) requestAnimationFrame(() => resolve(performance.now() - keyAt));
      else requestAnimationFrame(poll);
    });
  });
}

export function presenterPainted(): Promise<number> {
  return (window as unknown as { __presenterPainted: Promise<number> }).__presenterPainted;
}

/** The changes a live session makes, in turn: a note added in a zone, a note nudged, a note moved into the next zone. */
export function liveChanges(doc: SessionDocument, boardId: BoardId): () => { op: Operation; adds: number } {
  const zones = zonesOfBoard(doc, boardId);
  // The benchmark's sessions hold most notes outside the zones (presenter mode shows them as "Not in a zone").
  const participants = Object.values(doc.notes).filter((n) => n.boardId === boardId && n.kind === 'participant');
  const centre = (z: Zone) => ({
    x: z.x + z.width / 2 - NOTE_SIZE.width / 2,
    y: z.y + z.height / 2 - NOTE_SIZE.height / 2,
  });
  let step = 0;
  return () => {
    const i = step++;
    const zone = zones[i % zones.length];
    if (i % 3 === 0) {
      const at = { x: zone.x + 20 + ((i * 37) % Math.max(1, zone.width - 220)), y: zone.y + 60 };
      const note: Note = {
        ...newParticipantNote(
          boardId,
          `Live note ${i}: the room adds this while the board is shown`,
          at,
          new Date().toISOString(),
        ),
        zoneId: zoneAt(zones, at.x, at.y),
      };
      return { op: operation('addNotes', { notes: [note] }), adds: 1 };
    }
    const note = participants[(i * 7919) % participants.length];
    if (i % 3 === 1) {
      // A few units either way, kept in its zone (or in none): what presenter mode shows does not change.
      const x = note.x + (i % 2 ? 3 : -3);
      note.x = zoneAt(zones, x, note.y) === note.zoneId ? x : note.x;
      return { op: operation('moveNotes', { moves: [{ noteId: note.id, x: note.x, y: note.y }] }), adds: 0 };
    }
    // Into the next zone (the first, from no zone): presenter mode reflows the two.
    const to = zones[(zones.findIndex((z) => z.id === note.zoneId) + 1) % zones.length];
    Object.assign(note, centre(to), { zoneId: to.id });
    return { op: operation('moveNotes', { moves: [{ noteId: note.id, x: note.x, y: note.y }] }), adds: 0 };
  };
}

/**
 * Applies `next()` every `everyMs` for `ms` through `api`, and reveals the board's votes half
 * way (the votes were set back to open before). Resolves with the wall-clock time each added
 * note was sent, in order, and how many changes were sent.
 */
export async function driveLive(
  api: RoundtableApi,
  sessionId: SessionId,
  boardId: BoardId,
  next: () => { op: Operation; adds: number },
  { ms, everyMs }: { ms: number; everyMs: number },
): Promise<{ addsSentAt: number[]; changes: number; revealedAt: number }> {
  const start = Date.now();
  const addsSentAt: number[] = [];
  let changes = 0;
  let revealedAt = 0;
  for (let tick = 1; Date.now() - start < ms; tick++) {
    if (!revealedAt && Date.now() - start >= ms / 2) {
      revealedAt = Date.now();
      await api.applyOperation(sessionId, operation('setBoardState', { boardId, changes: { voting: 'revealed' } }));
      changes++;
    }
    const { op, adds } = next();
    if (adds) addsSentAt.push(Date.now());
    await api.applyOperation(sessionId, op);
    changes++;
    await new Promise((r) => setTimeout(r, start + tick * everyMs - Date.now()));
  }
  return { addsSentAt, changes, revealedAt };
}

/** For each note added, the time from sent to the first frame whose presenter board counts it. */
export function sentToShown(addsSentAt: number[], shown: { at: number; count: number }[], before: number): number[] {
  return addsSentAt.flatMap((sent, k) => {
    const seen = shown.find((s) => s.count >= before + k + 1 && s.at >= sent);
    return seen ? [seen.at - sent] : [];
  });
}

/** A session shown in presenter mode, with the second client that changes it and what was measured. */
export interface PresenterTarget {
  url: string;
  id: SessionId;
  boardId: BoardId;
  api: RoundtableApi & { close(): void };
  next: () => { op: Operation; adds: number };
  live: { canvas: string; smallestTextPx: number; f5: number[]; changesSent: number; addedToShown: number[] };
}

export async function presenterTarget(serverUrl: string, id: SessionId): Promise<PresenterTarget> {
  const api = await connectApi(serverUrl);
  const doc = await api.openSession(id);
  const boardId = Object.values(doc.boards)[0].id;
  return {
    url: `${serverUrl}&open=${encodeURIComponent(id)}`,
    id,
    boardId,
    api,
    next: liveChanges(doc, boardId),
    live: { canvas: '', smallestTextPx: 0, f5: [], changesSent: 0, addedToShown: [] },
  };
}

/**
 * Presenter mode on `page` (the board open): F5 timed to the presenter board painted, an
 * optional screenshot, then frames for `ms` while the target's second client makes a change
 * every `changeMs` and reveals the votes half way.
 */
export async function presenterLive(
  t: PresenterTarget,
  page: Page,
  { ms, changeMs, screenshot }: { ms: number; changeMs: number; screenshot?: string },
): Promise<{ intervals: number[]; work: number[] }> {
  await t.api.applyOperation(t.id, operation('setBoardState', { boardId: t.boardId, changes: { voting: 'revealed' } }));
  await page.evaluate(watchPresenterPainted, { selector: PRESENTER_CANVAS });
  await page.focus('[role="application"]');
  await page.keyboard.press('F5');
  t.live.f5.push(await page.evaluate(presenterPainted));
  const shown = page.locator(PRESENTER_CANVAS);
  t.live.canvas = await shown.evaluate((el) => `${el.clientWidth}×${el.clientHeight}`);
  t.live.smallestTextPx = Number(await shown.getAttribute('data-smallest-text-px'));
  if (screenshot) await page.screenshot({ path: screenshot });
  // Votes back to open (counts hidden), so that revealing them is one of the live changes.
  await t.api.applyOperation(t.id, operation('setBoardState', { boardId: t.boardId, changes: { voting: 'open' } }));
  await page.waitForTimeout(1500);
  const before = Number(await shown.getAttribute('data-notes-shown'));
  const [frames, sent] = await Promise.all([
    page.evaluate(framesWhileMoving, { ms, mode: 'still' as const, target: PRESENTER_CANVAS, watch: PRESENTER_CANVAS }),
    driveLive(t.api, t.id, t.boardId, t.next, { ms, everyMs: changeMs }),
  ]);
  t.live.changesSent += sent.changes;
  t.live.addedToShown.push(...sentToShown(sent.addsSentAt, frames.shown, before));
  return frames;
}
