import { useCallback, useMemo, useRef, useState } from 'react';
import type Konva from 'konva';
import type { Rect } from '../../../shared/document/geometry';
import type { Note } from '../../../shared/document/schema';
import type { NoteId } from '../../../shared/ids';
import { notesInArea } from './culling';
import type { Point } from './viewport';

/** Shows notes being dragged, without touching the document until the drop. */
export interface DragPreview {
  begin(ids: ReadonlySet<NoteId>): void;
  /** Moves the dragged notes by `offset` board units from where they lie. */
  moveTo(offset: Point): void;
  end(): void;
}

/**
 * Lifts dragged notes onto a group of their own, which a drag moves by changing one
 * position: nothing else is redrawn and React does no work per pointer move. The lifted
 * notes are culled too, against the view shifted by the drag, refreshed only when the drag
 * has gone a good way, so dragging a large selection stays cheap.
 */
export function useDraggedNotes(notes: readonly Note[], drawn: readonly Note[], cullRect: Rect | null) {
  const group = useRef<Konva.Group>(null);
  const [dragging, setDragging] = useState<ReadonlySet<NoteId> | null>(null);
  const [shift, setShift] = useState<Point>({ x: 0, y: 0 });
  const shiftRef = useRef(shift);
  const cullRef = useRef(cullRect);
  cullRef.current = cullRect;

  const updateShift = useCallback((next: Point) => {
    shiftRef.current = next;
    setShift(next);
  }, []);

  const preview = useMemo<DragPreview>(
    () => ({
      begin(ids) {
        group.current?.position({ x: 0, y: 0 });
        updateShift({ x: 0, y: 0 });
        setDragging(ids);
      },
      moveTo(offset) {
        group.current?.position(offset);
        group.current?.getLayer()?.batchDraw();
        const area = cullRef.current;
        const last = shiftRef.current;
        // A tenth of the drawn area is well inside its margin (see culling.ts), so no lifted note goes missing at the edge.
        if (area && (Math.abs(offset.x - last.x) > area.width / 10 || Math.abs(offset.y - last.y) > area.height / 10)) {
          updateShift(offset);
        }
      },
      end() {
        group.current?.position({ x: 0, y: 0 });
        setDragging(null);
      },
    }),
    [updateShift],
  );

  const resting = useMemo(() => (dragging ? drawn.filter((n) => !dragging.has(n.id)) : drawn), [drawn, dragging]);
  const lifted = useMemo(() => {
    if (!dragging || !cullRect) return [];
    const area = { ...cullRect, x: cullRect.x - shift.x, y: cullRect.y - shift.y };
    return notesInArea(
      notes.filter((n) => dragging.has(n.id)),
      area,
    );
  }, [notes, dragging, cullRect, shift]);

  return { group, resting, lifted, preview };
}
