import { memo, useCallback, type RefObject } from 'react';
import { Shape } from './reactKonva';
import type Konva from 'konva';
import type { Note } from '../../../shared/document/schema';
import { drawNotesOverview, type NotePaint } from './noteDrawing';
import type { Selection } from './selection';

interface NotesOverviewProps {
  notes: readonly Note[];
  selection: Selection;
  paint: RefObject<NotePaint>;
}

/** All the given notes as one shape, for zoomed-out views: thousands of notes cost one node, not thousands. */
export const NotesOverview = memo(function NotesOverview({ notes, selection, paint }: NotesOverviewProps) {
  const sceneFunc = useCallback(
    (ctx: Konva.Context) => drawNotesOverview(ctx, notes, selection, paint.current),
    [notes, selection, paint],
  );
  return <Shape name="notes-overview" sceneFunc={sceneFunc} listening={false} perfectDrawEnabled={false} />;
});
