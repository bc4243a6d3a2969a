import { useMemo, useRef } from 'react';
import type { BoardId, NoteId } from '../../../shared/ids';
import type { OpenSession } from '../state/openSession';
import type { Workbench } from '../state/workbench';
import { late } from '../state/lateCode';
import { useWorkbench } from '../hooks/workbenchContext';
import type { BoardActions, NoteMove } from '../board/useBoardActions';
import type { ClusterController } from './clusterController';

export interface ClusterActions extends ClusterController {
  /** A drag that ended with its note over `targetId`: one step that moves the notes and groups them with the target. */
  dropOnNote(moves: NoteMove[], targetId: NoteId): void;
}

interface Inputs {
  session: OpenSession;
  boardId: BoardId;
  actions: BoardActions;
  announce(text: string): void;
}

export type ClusterInputs = Inputs & { workbench: Workbench };

/** What groups, ungroups and gathers: loaded after the board's first paint (state/lateCode.ts). */
const acting = late(() => import('./clusterActions'));

/** Grouping on the board: each gesture one operation, one undo step, said aloud (clusterActions.ts). */
export function useClusterActions(inputs: Inputs): ClusterActions {
  const workbench = useWorkbench();
  const ref = useRef<ClusterInputs>({ ...inputs, workbench });
  ref.current = { ...inputs, workbench };

  return useMemo<ClusterActions>(() => {
    let actions: ReturnType<typeof import('./clusterActions').clusterActions> | null = null;
    const run = (act: (a: NonNullable<typeof actions>) => void) =>
      acting.run((m) => act((actions ??= m.clusterActions(ref))));
    return {
      group: () => run((a) => a.group()),
      ungroup: () => run((a) => a.ungroup()),
      editGroup: () => run((a) => a.editGroup()),
      selectGroup: () => run((a) => a.selectGroup()),
      takeOut: () => run((a) => a.takeOut()),
      dropOnNote: (moves, targetId) => run((a) => a.dropOnNote(moves, targetId)),
      selectedCluster() {
        const { session, actions: board } = ref.current;
        const d = session.getView().doc;
        const ids = [...board.getSelection()].filter((id) => d.notes[id]);
        const first = ids.length ? d.notes[ids[0]]?.clusterId : null;
        return first && ids.every((id) => d.notes[id]?.clusterId === first) ? first : null;
      },
    };
  }, []);
}
