import type Konva from 'konva';
import { boundsOf, noteRect } from '../../../shared/document/geometry';
import type { Note, Zone } from '../../../shared/document/schema';
import type { SessionExport } from '../../../shared/export/schema';
import { recordsFromExport } from '../../../shared/import/toSession';
import { FONT_FAMILY } from '../board/boardFont';
import { clusterFrame } from '../clusters/clusterGeometry';
import { drawNote } from '../board/noteDrawing';
import { readBoardTheme, withAlpha, type BoardTheme } from '../board/theme';

// A picture of each board for the event pack, drawn from the export itself (so a redacted note
// shows redacted) with the board's own drawing of notes: zones with their labels, groups with
// their headlines, notes with their text. Fitted to the board's content, at twice board scale.

const MARGIN = 40;
const SCALE = 2;
/** A board bigger than this (in board units) is drawn smaller, so the canvas stays within what browsers allow. */
const MAX_SIDE = 7_000;

export interface BoardImage {
  name: string;
  bytes: Uint8Array;
}

function drawZone(ctx: CanvasRenderingContext2D, zone: Zone, theme: BoardTheme) {
  const hue = theme.zoneHues[zone.order % theme.zoneHues.length];
  ctx.beginPath();
  ctx.roundRect(zone.x, zone.y, zone.width, zone.height, 10);
  ctx.fillStyle = withAlpha(hue, 0.08);
  ctx.fill();
  ctx.strokeStyle = withAlpha(hue, 0.45);
  ctx.lineWidth = 1.5;
  ctx.stroke();
  ctx.beginPath();
  ctx.roundRect(zone.x, zone.y, zone.width, 40, [10, 10, 0, 0]);
  ctx.fillStyle = withAlpha(hue, 0.18);
  ctx.fill();
  ctx.fillStyle = theme.zoneText;
  ctx.font = `600 18px ${FONT_FAMILY}`;
  ctx.fillText(zone.label, zone.x + 16, zone.y + 26, zone.width - 32);
}

function drawBoard(
  zones: readonly Zone[],
  notes: readonly Note[],
  clusters: ReturnType<typeof recordsFromExport>['clusters'],
  theme: BoardTheme,
): HTMLCanvasElement {
  const byId = Object.fromEntries(zones.map((z) => [z.id, z]));
  const frames = Object.values(clusters)
    .map((c) =>
      clusterFrame(
        c,
        notes.filter((n) => n.clusterId === c.id),
        byId,
      ),
    )
    .filter((f) => f !== null);
  const bounds = boundsOf([
    ...zones.map((z) => ({ x: z.x, y: z.y, width: z.width, height: z.height })),
    ...notes.map(noteRect),
    ...frames.map((f) => f.box),
  ]) ?? { x: 0, y: 0, width: 400, height: 300 };
  const scale = Math.min(SCALE, (MAX_SIDE * SCALE) / Math.max(bounds.width, bounds.height));
  const canvas = document.createElement('canvas');
  canvas.width = Math.ceil((bounds.width + 2 * MARGIN) * scale);
  canvas.height = Math.ceil((bounds.height + 2 * MARGIN) * scale);
  const ctx = canvas.getContext('2d')!;
  ctx.fillStyle = getComputedStyle(document.documentElement).getPropertyValue('--board-canvas').trim() || '#ffffff';
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.scale(scale, scale);
  ctx.translate(MARGIN - bounds.x, MARGIN - bounds.y);
  zones.forEach((z) => drawZone(ctx, z, theme));
  for (const frame of frames) {
    const hue = theme.zoneHues[frame.cluster.order % theme.zoneHues.length];
    ctx.fillStyle = withAlpha(hue, 0.16);
    for (const p of frame.patches) {
      ctx.beginPath();
      ctx.roundRect(p.x, p.y, p.width, p.height, 8);
      ctx.fill();
    }
    ctx.fillStyle = theme.zoneText;
    ctx.font = `700 16px ${FONT_FAMILY}`;
    ctx.fillText(
      `${frame.cluster.headline.trim() || 'Untitled group'} (${frame.notes.length})`,
      frame.label.x + 10,
      frame.label.y + 20,
      frame.label.width - 20,
    );
  }
  const paint = { theme, scale: 1 };
  for (const note of notes) {
    ctx.save();
    ctx.translate(note.x, note.y);
    // The board's note drawing takes Konva's context, which is a thin wrapper of this one.
    drawNote(ctx as unknown as Konva.Context, note, false, paint);
    ctx.restore();
  }
  return canvas;
}

/** One PNG per board of the export, named "<exercise order>-<exercise>-<table>.png". */
export async function boardImages(data: SessionExport): Promise<BoardImage[]> {
  await document.fonts?.ready;
  const theme = readBoardTheme();
  const records = recordsFromExport(data, () => undefined);
  const tableName = new Map(data.tables.map((t) => [t.id, t.name]));
  const slug = (text: string) =>
    text
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 40);
  const images: BoardImage[] = [];
  for (const exercise of data.exercises) {
    for (const board of exercise.boards) {
      const zones = Object.values(records.zones).filter((z) => z.boardId === board.id);
      const notes = Object.values(records.notes).filter((n) => n.boardId === board.id);
      const clusters = Object.fromEntries(Object.entries(records.clusters).filter(([, c]) => c.boardId === board.id));
      const canvas = drawBoard(zones, notes, clusters as typeof records.clusters, theme);
      const blob = await new Promise<Blob>((resolve, reject) =>
        canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('The board picture could not be made.'))), 'image/png'),
      );
      const table = board.tableId ? (tableName.get(board.tableId) ?? 'table') : 'room-board';
      images.push({
        name: `boards/${String(exercise.order + 1).padStart(2, '0')}-${slug(exercise.title)}-${slug(table)}.png`,
        bytes: new Uint8Array(await blob.arrayBuffer()),
      });
    }
  }
  return images;
}
