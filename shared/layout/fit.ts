import { boundsWithNotes, type Rect } from '../document/geometry';
import type { Note, Zone } from '../document/schema';
import type { Size } from './presentation';

export interface View {
  x: number;
  y: number;
  scale: number;
}

/** Screen pixels left clear around the content. */
const PADDING = 40;
/** Fit never enlarges past life size. */
const MAX_SCALE = 1;

function fitted(content: Rect, size: Size): View {
  const scale = Math.min(
    MAX_SCALE,
    Math.max(1, size.width - 2 * PADDING) / content.width,
    Math.max(1, size.height - 2 * PADDING) / content.height,
  );
  return {
    scale,
    x: (size.width - content.width * scale) / 2 - content.x * scale,
    y: (size.height - content.height * scale) / 2 - content.y * scale,
  };
}

/**
 * "Fit" on the facilitator's board: all of it when its notes can still be read that way
 * (at `readable` zoom or more); otherwise the zones and the notes in them, leaving out the
 * deck's framing cards beside the zones; and when even that is too small, the zones' full
 * width from the top, at no less than `readable`, so the facilitator scrolls down the
 * columns rather than squinting at grey lines.
 */
export function fitForReading(
  zones: readonly Zone[],
  notes: readonly Pick<Note, 'x' | 'y' | 'kind' | 'zoneId'>[],
  size: Size,
  readable: number,
): View | null {
  const all = boundsWithNotes(zones, notes);
  if (!all || all.width <= 0 || all.height <= 0) return null;
  const whole = fitted(all, size);
  if (whole.scale >= readable) return whole;
  const working = boundsWithNotes(zones, notes, (n) => n.kind === 'participant' || n.zoneId !== null)!;
  const focused = fitted(working, size);
  if (focused.scale >= readable) return focused;
  const scale = Math.min(MAX_SCALE, Math.max(readable, (size.width - 2 * PADDING) / working.width));
  return {
    scale,
    x: Math.max(PADDING, (size.width - working.width * scale) / 2) - working.x * scale,
    y: PADDING - working.y * scale,
  };
}
