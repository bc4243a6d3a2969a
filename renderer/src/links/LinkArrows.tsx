import { useCallback, useMemo, type RefObject } from 'react';
import { Shape } from '../board/reactKonva';
import type Konva from 'konva';
import { rectsIntersect, type Rect } from '../../../shared/document/geometry';
import type { Note, SessionDocument } from '../../../shared/document/schema';
import type { BoardId, NoteId } from '../../../shared/ids';
import { arrowBetween, arrowBounds, arrowToPoint, linksOfBoard } from '../../../shared/links/links';
import { drawArrow, drawLinks, type DrawnLink } from './linkDrawing';
import type { NotePaint } from '../board/noteDrawing';
import type { LinkDraft } from './useLinkActions';

export type { DrawnLink };

/** The board's links whose arrow crosses the drawn area (see culling.ts); recomputed only when links, notes or that area change. */
export function useDrawnLinks(doc: SessionDocument, boardId: BoardId, cullRect: Rect | null): DrawnLink[] {
  const { links, notes } = doc;
  return useMemo(() => {
    if (!cullRect) return [];
    const drawn: DrawnLink[] = [];
    for (const link of linksOfBoard(doc, boardId)) {
      const from = notes[link.fromNoteId];
      const to = notes[link.toNoteId];
      const arrow = from && to ? arrowBetween(from, to) : null;
      if (arrow && rectsIntersect(cullRect, arrowBounds(arrow))) drawn.push({ from, to });
    }
    return drawn;
    // doc changes on every edit; only its links and notes matter here.
  }, [links, notes, boardId, cullRect]);
}

interface LinkArrowsProps {
  links: readonly DrawnLink[];
  draft: LinkDraft | null;
  /** The note being made a link to while the keyboard chooses (the selected note). */
  draftTarget: NoteId | null;
  notes: Readonly<Record<NoteId, Note>>;
  /** The group dragged notes are lifted onto: arrows of dragged notes follow its offset. */
  dragGroup: RefObject<Konva.Group | null>;
  lifted: readonly Note[];
  paint: RefObject<NotePaint>;
}

/**
 * Every link's arrow as one canvas shape, in the layer the drag moves: an arrow whose note
 * is being dragged follows it while the drag lasts, with no React work per pointer move.
 * A link being made is drawn dashed, to the pointer or to the chosen note. A bitmap tile
 * draws only the arrows that reach it (linkDrawing.ts).
 */
export function LinkArrows({ links, draft, draftTarget, notes, dragGroup, lifted, paint }: LinkArrowsProps) {
  const liftedIds = useMemo(() => new Set(lifted.map((n) => n.id)), [lifted]);
  const sceneFunc = useCallback(
    (ctx: Konva.Context) => {
      const { theme, scale } = paint.current;
      const offset = dragGroup.current?.position() ?? { x: 0, y: 0 };
      const at = (n: Note) => (liftedIds.has(n.id) ? { x: n.x + offset.x, y: n.y + offset.y } : n);
      ctx.strokeStyle = theme.zoneText;
      ctx.fillStyle = theme.zoneText;
      ctx.lineWidth = 2.5 / Math.max(scale, 0.5);
      drawLinks(ctx, links, scale, liftedIds.size ? at : undefined);
      const source = draft ? notes[draft.from] : undefined;
      if (!source) return;
      const target = draftTarget && draftTarget !== source.id ? notes[draftTarget] : undefined;
      ctx.strokeStyle = theme.selection;
      ctx.fillStyle = theme.selection;
      ctx.setLineDash([8 / scale, 6 / scale]);
      const arrow = draft?.pointer ? arrowToPoint(source, draft.pointer) : target ? arrowBetween(source, target) : null;
      if (arrow) drawArrow(ctx, arrow, scale);
      ctx.setLineDash([]);
    },
    [links, draft, draftTarget, notes, dragGroup, liftedIds, paint],
  );
  return <Shape name="links" sceneFunc={sceneFunc} listening={false} perfectDrawEnabled={false} />;
}
