import { memo, useCallback, type RefObject } from 'react';
import { Shape } from './reactKonva';
import type Konva from 'konva';
import { NOTE_SIZE } from '../../../shared/document/geometry';
import type { Note } from '../../../shared/document/schema';
import { drawNote, type NotePaint } from './noteDrawing';

interface NoteShapeProps {
  note: Note;
  selected: boolean;
  paint: RefObject<NotePaint>;
}

/**
 * One note as a single canvas shape. Operations replace a note object only when that note
 * changes, so memoising on it redraws just the notes that changed. The board does its own
 * hit-testing, so the shape never listens for events (no hit-canvas drawing at all).
 */
export const NoteShape = memo(function NoteShape({ note, selected, paint }: NoteShapeProps) {
  const sceneFunc = useCallback(
    (ctx: Konva.Context) => drawNote(ctx, note, selected, paint.current),
    [note, selected, paint],
  );
  return (
    <Shape
      x={note.x}
      y={note.y}
      width={NOTE_SIZE.width}
      height={NOTE_SIZE.height}
      sceneFunc={sceneFunc}
      listening={false}
      perfectDrawEnabled={false}
    />
  );
});
