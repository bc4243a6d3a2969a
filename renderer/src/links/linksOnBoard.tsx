import type { BoardFeature } from '../board/boardFeature';
import { LinkArrows, useDrawnLinks } from './LinkArrows';
import { useLinkActions } from './useLinkActions';

/** Links on the board: arrows in the drag layer (so they follow a dragged note), and Alt+drag from a note to another. */
export const linksOnBoard: BoardFeature = {
  id: 'links',
  useBoard({ session, boardId, actions, announce, doc, cullRect, selection, dragGroup, lifted, paint }) {
    const controller = useLinkActions({ session, boardId, actions, announce });
    const drawn = useDrawnLinks(doc, boardId, cullRect);
    return {
      controller,
      pointer: { altDrag: { start: controller.dragStart, move: controller.dragMove, end: controller.dragEnd } },
      layers: {
        withDragged: (
          <LinkArrows
            links={drawn}
            draft={controller.draft}
            draftTarget={selection.size === 1 ? [...selection][0] : null}
            notes={doc.notes}
            dragGroup={dragGroup}
            lifted={lifted}
            paint={paint}
          />
        ),
      },
      stats: { 'links-drawn': drawn.length },
    };
  },
};
