import type { BoardDecoration } from '../board/boardFeature';
import { VoteLayer } from './VoteLayer';

/** Revealed votes drawn over the notes. */
export const votesOnBoard: BoardDecoration = {
  id: 'votes',
  useBoard({ doc, boardId, resting, zones, theme, paint }) {
    return {
      layers: {
        overNotes: <VoteLayer doc={doc} boardId={boardId} notes={resting} zones={zones} theme={theme} paint={paint} />,
      },
    };
  },
};
