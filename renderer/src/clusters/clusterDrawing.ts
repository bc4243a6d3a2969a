import type Konva from 'konva';
import { NOTE_SIZE, type Rect } from '../../../shared/document/geometry';
import type { Note } from '../../../shared/document/schema';
import { FONT_FAMILY } from '../board/boardFont';
import { drawnItems } from '../board/tiles';
import { luminanceOf, withAlpha, type BoardTheme } from '../board/theme';
import { noteCount, type ClusterFrame } from './clusterGeometry';

const RADIUS = 12;
/** How far a frame's outline reaches beyond its patches, in board units. */
const OUTLINE = 2;

const boxOf = (frame: ClusterFrame): Rect => frame.box;

function hueOf(frame: ClusterFrame, theme: BoardTheme): string {
  return theme.zoneHues[frame.cluster.order % theme.zoneHues.length];
}

/**
 * The groups' frames, in their order: a tinted patch around each group's notes, outlined as
 * one. Only the frames in the area being drawn (a bitmap tile asks the spatial index for its own).
 */
export function drawClusterFrames(ctx: Konva.Context, frames: readonly ClusterFrame[], theme: BoardTheme): void {
  const native = ctx._context;
  for (const frame of drawnItems(frames, boxOf, OUTLINE + 1)) {
    const hue = hueOf(frame, theme);
    const { patches } = frame;
    const union = (grow: number) => {
      ctx.beginPath();
      for (const p of patches)
        ctx.roundRect(p.x - grow, p.y - grow, p.width + 2 * grow, p.height + 2 * grow, RADIUS + grow);
    };
    // The outline of the notes' patches taken together: a slightly larger union, its inside cut away.
    union(OUTLINE);
    ctx.fillStyle = withAlpha(hue, 0.75);
    ctx.fill();
    native.globalCompositeOperation = 'destination-out';
    union(0);
    ctx.fillStyle = '#000';
    ctx.fill();
    native.globalCompositeOperation = 'source-over';
    union(0);
    ctx.fillStyle = withAlpha(hue, 0.16);
    ctx.fill();
  }
}

/**
 * The note that carries the group's Quote tag (a small tag on its lower corner, where a note's
 * text seldom reaches): the group's chosen quote, unless it is marked as a quote already, when
 * its own Quote chip says so and the tag would say it twice.
 */
export function groupQuoteTagOn({ cluster, notes }: Pick<ClusterFrame, 'cluster' | 'notes'>): Note | null {
  const quote = notes.find((n) => n.id === cluster.quoteNoteId);
  return quote && !quote.isQuote ? quote : null;
}

/** Dark text on a light hue, white on a dark one, so the label reads in either theme. */
function labelTextOn(hue: string): string {
  return (luminanceOf(hue) ?? 0) > 0.18 ? '#1b2226' : '#ffffff';
}

/** `text` cut with an ellipsis to fit `width` in the context's current font. */
function fitted(ctx: Konva.Context, text: string, width: number): string {
  if (ctx.measureText(text).width <= width) return text;
  let end = text.length;
  while (end > 1 && ctx.measureText(`${text.slice(0, end)}…`).width > width) end--;
  return `${text.slice(0, end)}…`;
}

/** Each group's headline and count on a tab of its hue, and its Quote tag; only those in the area being drawn. */
export function drawClusterLabels(ctx: Konva.Context, frames: readonly ClusterFrame[], theme: BoardTheme): void {
  for (const frame of drawnItems(frames, boxOf, OUTLINE + 1)) {
    const hue = hueOf(frame, theme);
    const { label, cluster, notes } = frame;
    ctx.beginPath();
    ctx.roundRect(label.x, label.y, label.width, label.height, [RADIUS, RADIUS, 0, 0]);
    ctx.fillStyle = hue;
    ctx.fill();
    const count = noteCount(notes.length);
    ctx.fillStyle = labelTextOn(hue);
    ctx.font = `400 13px ${FONT_FAMILY}`;
    const countWidth = ctx.measureText(count).width;
    ctx.fillText(count, label.x + label.width - countWidth - 10, label.y + 20);
    ctx.font = `700 16px ${FONT_FAMILY}`;
    ctx.fillText(
      fitted(ctx, cluster.headline.trim() || 'Untitled group', label.width - countWidth - 30),
      label.x + 10,
      label.y + 20,
    );
    const quote = groupQuoteTagOn(frame);
    if (quote) {
      ctx.font = `600 11px ${FONT_FAMILY}`;
      const width = ctx.measureText('Quote').width + 14;
      const x = quote.x + NOTE_SIZE.width - width - 4;
      const y = quote.y + NOTE_SIZE.height - 20;
      ctx.beginPath();
      ctx.roundRect(x, y, width, 16, 8);
      ctx.fillStyle = hue;
      ctx.fill();
      ctx.fillStyle = labelTextOn(hue);
      ctx.fillText('Quote', x + 7, y + 12);
    }
  }
}
