import { useMemo } from 'react';
import type { BoardDecoration } from '../board/boardFeature';
import { noteNumbers } from '../board/selection';
import { VoteLayer } from './VoteLayer';

/** Revealed votes drawn over the notes; while voting is open, each of the table's notes numbered for picking by digit. */
export const votesOnBoard: BoardDecoration = {
  id: 'votes',
  useBoard({ doc, boardId, notes, resting, zones, theme, paint }) {
    const voting = doc.boards[boardId]?.voting ?? 'closed';
    // Worked out again only when the notes or zones change: the board renders on every recull.
    const numbers = useMemo(() => (voting === 'closed' ? null : noteNumbers(notes, zones)), [voting, notes, zones]);
    return {
      layers: {
        overNotes: (
          <VoteLayer
            doc={doc}
            boardId={boardId}
            notes={resting}
            zones={zones}
            numbers={numbers}
            theme={theme}
            paint={paint}
          />
        ),
      },
      stats: { 'notes-numbered': numbers?.size ?? 0 },
    };
  },
};
