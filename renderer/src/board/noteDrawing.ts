import type Konva from 'konva';
import { NOTE_SIZE } from '../../../shared/document/geometry';
import type { Note } from '../../../shared/document/schema';
import type { BoardTheme } from './theme';
import { wrapText } from './noteText';
import { drawNoteBadges } from './noteBadges';
import { FONT_FAMILY } from './boardFont';
import { drawnNotes } from './tiles';

/** What every note is drawn with; kept in one mutable object so a theme change or zoom only needs a redraw. */
export interface NotePaint {
  theme: BoardTheme;
  /** The current zoom: outlines are drawn a fixed number of screen pixels wide. */
  scale: number;
}

/** The note's text box, in board units; the in-place editor uses the same box so text does not jump. */
export const NOTE_TEXT = {
  fontSize: 14,
  lineHeight: 18,
  /** Where a line's baseline sits below its top, as the browser places it in the editor (Inter at 14/18). */
  baseline: 14,
  participant: { left: 12, top: 10, width: NOTE_SIZE.width - 24, maxLines: 5 },
  reference: { left: 18, top: 28, width: NOTE_SIZE.width - 30, maxLines: 4 },
} as const;

/** Below this zoom, text is too small to read, so notes are drawn as plain cards in one pass (see NotesOverview). */
export const DETAIL_SCALE = 0.4;

const RADIUS = 4;
const STRIPE = 6;
const FONTS = {
  participant: `400 ${NOTE_TEXT.fontSize}px ${FONT_FAMILY}`,
  reference: `italic 400 ${NOTE_TEXT.fontSize}px ${FONT_FAMILY}`,
  caption: `600 11px ${FONT_FAMILY}`,
};

const layoutCache = new Map<string, string[]>();
const LAYOUT_CACHE_LIMIT = 20_000;
const wordWidths = { participant: new Map<string, number>(), reference: new Map<string, number>() };
const WORD_CACHE_LIMIT = 50_000;
let measuring: CanvasRenderingContext2D | null = null;

/** Measures text in a note kind's font, remembering each word's width: notes share most of their words. */
function measureIn(kind: Note['kind']): (text: string) => number {
  measuring ??= document.createElement('canvas').getContext('2d')!;
  const ctx = measuring;
  const widths = wordWidths[kind];
  if (widths.size >= WORD_CACHE_LIMIT) widths.clear();
  return (text) => {
    let width = widths.get(text);
    if (width === undefined) {
      ctx.font = FONTS[kind];
      width = ctx.measureText(text).width;
      widths.set(text, width);
    }
    return width;
  };
}

/** The lines a note's text is drawn in, laid out once per distinct text and kind. */
export function noteLines(note: Pick<Note, 'kind' | 'text'>): string[] {
  const key = `${note.kind}\u0000${note.text}`;
  let lines = layoutCache.get(key);
  if (!lines) {
    const box = NOTE_TEXT[note.kind];
    lines = wrapText(note.text, box.width, box.maxLines, measureIn(note.kind));
    if (layoutCache.size >= LAYOUT_CACHE_LIMIT) layoutCache.clear();
    layoutCache.set(key, lines);
  }
  return lines;
}

/** Forgets laid-out text, e.g. once the web font has loaded and measures differently from the fallback. */
export function forgetTextLayout(): void {
  layoutCache.clear();
  wordWidths.participant.clear();
  wordWidths.reference.clear();
}

/** Draws one note at the origin of `ctx`, with its text and, when selected, a thick outline. */
export function drawNote(ctx: Konva.Context, note: Note, selected: boolean, paint: NotePaint): void {
  const { theme } = paint;
  const { width, height } = NOTE_SIZE;
  const reference = note.kind === 'reference';
  // A flat offset shape reads as a shadow at a fraction of the cost of a blurred one.
  ctx.fillStyle = theme.noteShadow;
  ctx.fillRect(1, 2, width, height);
  ctx.beginPath();
  ctx.roundRect(0, 0, width, height, RADIUS);
  ctx.fillStyle = reference ? theme.referenceFill : theme.noteFill;
  ctx.fill();
  if (theme.noteOutline) {
    // High contrast: every card edged, so a black reference card still shows on a black board.
    ctx.lineWidth = 2;
    ctx.strokeStyle = theme.noteOutline;
    ctx.stroke();
  }
  const box = NOTE_TEXT[note.kind];
  if (reference) {
    ctx.beginPath();
    ctx.roundRect(0, 0, STRIPE, height, [RADIUS, 0, 0, RADIUS]);
    ctx.fillStyle = theme.referenceStripe;
    ctx.fill();
    ctx.font = FONTS.caption;
    ctx.fillStyle = theme.referenceCaption;
    ctx.fillText('Reference', box.left, 20);
  }
  const lines = note.text.trim() ? noteLines(note) : null;
  ctx.font = FONTS[note.kind];
  if (lines) {
    ctx.fillStyle = reference ? theme.referenceText : theme.noteText;
    for (let i = 0; i < lines.length; i++) {
      ctx.fillText(lines[i], box.left, box.top + i * NOTE_TEXT.lineHeight + NOTE_TEXT.baseline);
    }
  } else {
    ctx.fillStyle = theme.notePlaceholder;
    ctx.fillText('Empty note', box.left, box.top + NOTE_TEXT.baseline);
  }
  drawNoteBadges(ctx, note, theme);
  if (selected) drawSelectionOutline(ctx, 0, 0, paint);
}

/** A thick outline a little outside the note, the same width on screen at any zoom. */
export function drawSelectionOutline(ctx: Konva.Context, x: number, y: number, paint: NotePaint): void {
  const line = 3 / paint.scale;
  const gap = 2 / paint.scale + line / 2;
  ctx.beginPath();
  ctx.roundRect(x - gap, y - gap, NOTE_SIZE.width + 2 * gap, NOTE_SIZE.height + 2 * gap, RADIUS + gap);
  ctx.lineWidth = line;
  ctx.strokeStyle = paint.theme.selection;
  ctx.stroke();
}

/**
 * Draws many notes as plain cards in one pass, for zoomed-out views where text cannot be
 * read: grey bars stand for the text, and no per-note node or text layout is needed.
 */
export function drawNotesOverview(
  ctx: Konva.Context,
  notes: readonly Note[],
  selection: ReadonlySet<string>,
  paint: NotePaint,
): void {
  const { theme } = paint;
  const { width, height } = NOTE_SIZE;
  const bars = paint.scale >= 0.15;
  for (const note of drawnNotes(notes)) {
    const reference = note.kind === 'reference';
    ctx.fillStyle = reference ? theme.referenceFill : theme.noteFill;
    ctx.fillRect(note.x, note.y, width, height);
    if (reference) {
      ctx.fillStyle = theme.referenceStripe;
      ctx.fillRect(note.x, note.y, STRIPE * 2, height);
    }
    if (bars && note.text) {
      const box = NOTE_TEXT[note.kind];
      const lineCount = Math.min(box.maxLines, Math.ceil(note.text.length / 22));
      ctx.fillStyle = reference ? theme.referenceText : theme.noteText;
      ctx.globalAlpha = 0.25;
      for (let i = 0; i < lineCount; i++) {
        const last = i === lineCount - 1 && lineCount < box.maxLines;
        const barWidth = last ? Math.max(0.3, (note.text.length % 22) / 22) * box.width : box.width;
        ctx.fillRect(note.x + box.left, note.y + box.top + i * NOTE_TEXT.lineHeight + 4, barWidth, 10);
      }
      ctx.globalAlpha = 1;
    }
  }
  if (selection.size === 0) return;
  // An outline reaches 5 screen pixels beyond its note (drawSelectionOutline).
  for (const note of drawnNotes(notes, 6 / paint.scale)) {
    if (selection.has(note.id)) drawSelectionOutline(ctx, note.x, note.y, paint);
  }
}
