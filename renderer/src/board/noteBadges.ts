import type Konva from 'konva';
import { NOTE_SIZE } from '../../../shared/document/geometry';
import type { Note } from '../../../shared/document/schema';
import { metaBadges } from '../../../shared/notes/noteMeta';
import { FONT_FAMILY } from './boardFont';
import type { BoardTheme } from './theme';

// Read when drawing: noteDrawing imports this file, so its constants are not ready while this one loads.
const font = () => `700 9px ${FONT_FAMILY}`;
const HEIGHT = 13;
const PAD = 4;
const GAP = 3;
/** Badges straddle the note's top edge, so they never cover the text, which starts below it. */
const TOP = -HEIGHT / 2;
const PIP = 3;
const PIP_STEP = 8;

const widths = new Map<string, number>();

function badgeWidth(ctx: Konva.Context, text: string): number {
  let width = widths.get(text);
  if (width === undefined) {
    width = ctx.measureText(text).width + 2 * PAD;
    widths.set(text, width);
  }
  return width;
}

/** How wide a row of chips is, given each one's text width with its padding. */
export function badgesWidth(badges: readonly string[], width: (text: string) => number): number {
  return badges.reduce((sum, b) => sum + width(b), 0) + GAP * Math.max(0, badges.length - 1);
}

/** The room on a note's top edge for its chips: its width less the margins and the severity pips. */
export function badgeRoom(note: Pick<Note, 'severity'>): number {
  return NOTE_SIZE.width - 16 - (note.severity ? 5 * PIP_STEP + 4 + GAP : 0);
}

/**
 * A note's details drawn small on its top edge: severity as five pips on the left
 * ("Severity 4" reads as four filled), words such as Quote, Public, Nurse, Acute on the right, shortened where they would not fit (metaBadges).
 * Drawn only with the note's text (close enough to read), and only when there is something to show.
 */
export function drawNoteBadges(ctx: Konva.Context, note: Note, theme: BoardTheme): void {
  if (note.kind !== 'participant') return;
  if (!note.severity && !note.isQuote && note.source !== 'public' && !note.staffGroup && !note.sector) return;
  ctx.font = font();
  const room = badgeRoom(note);
  const badges = metaBadges(note, (list) => badgesWidth(list, (t) => badgeWidth(ctx, t)) <= room);
  ctx.textBaseline = 'middle';
  if (note.severity) {
    ctx.beginPath();
    ctx.roundRect(8, TOP, 5 * PIP_STEP + 4, HEIGHT, HEIGHT / 2);
    ctx.fillStyle = theme.noteText;
    ctx.fill();
    ctx.lineWidth = 1;
    for (let i = 0; i < 5; i++) {
      ctx.beginPath();
      ctx.arc(8 + 2 + PIP_STEP / 2 + i * PIP_STEP, 0, PIP, 0, Math.PI * 2);
      ctx.strokeStyle = theme.noteFill;
      if (i < note.severity) {
        ctx.fillStyle = theme.noteFill;
        ctx.fill();
      } else ctx.stroke();
    }
  }
  let right = NOTE_SIZE.width - 8;
  for (let i = badges.length - 1; i >= 0; i--) {
    const width = badgeWidth(ctx, badges[i]);
    right -= width;
    ctx.beginPath();
    ctx.roundRect(right, TOP, width, HEIGHT, 3);
    ctx.fillStyle = theme.noteText;
    ctx.fill();
    ctx.fillStyle = theme.noteFill;
    ctx.fillText(badges[i], right + PAD, 0.5);
    right -= GAP;
  }
  ctx.textBaseline = 'alphabetic';
}
