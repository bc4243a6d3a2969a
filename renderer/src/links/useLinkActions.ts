import { useMemo, useRef, useState } from 'react';
import type { BoardId, NoteId } from '../../../shared/ids';
import type { OpenSession } from '../state/openSession';
import { late } from '../state/lateCode';
import type { LinkController } from './linkController';
import type { BoardActions } from '../board/useBoardActions';
import type { Point } from '../board/viewport';

interface Inputs {
  session: OpenSession;
  boardId: BoardId;
  actions: BoardActions;
  announce(text: string): void;
}

export type LinkInputs = Inputs;

/** A link being made: from a note to the pointer (Alt+drag) or to the selected note (keyboard). */
export interface LinkDraft {
  from: NoteId;
  /** Where an Alt+drag's pointer is, in board units; null while the keyboard picks the target. */
  pointer: Point | null;
}

export interface LinkActions extends LinkController {
  draft: LinkDraft | null;
  /** Alt+drag from a note: started, moved, dropped on a note (or nowhere, which cancels). */
  dragStart(from: NoteId, pointer: Point): void;
  dragMove(pointer: Point): void;
  dragEnd(target: NoteId | null): void;
}

/** What makes and removes links: loaded after the board's first paint (state/lateCode.ts). */
const acting = late(() => import('./linkActions'));

/**
 * Linking notes, e.g. a barrier to the enabler that answers it: each link one operation, one
 * undo step, said aloud (linkActions.ts). The arrow being drawn is kept here.
 */
export function useLinkActions(inputs: Inputs): LinkActions {
  const ref = useRef(inputs);
  ref.current = inputs;
  const [draft, setDraftState] = useState<LinkDraft | null>(null);
  const draftRef = useRef(draft);

  const controller = useMemo(() => {
    const setDraft = (next: LinkDraft | null) => {
      draftRef.current = next;
      setDraftState(next);
    };
    const state = {
      get current() {
        return ref.current;
      },
      draft: () => draftRef.current,
      setDraft,
    };
    let actions: ReturnType<typeof import('./linkActions').linkActions> | null = null;
    const run = (act: (a: NonNullable<typeof actions>) => void) =>
      acting.run((m) => act((actions ??= m.linkActions(state))));
    return {
      linkSelected: () => run((a) => a.linkSelected()),
      choosing: () => draftRef.current !== null && draftRef.current.pointer === null,
      finishChoosing: (confirm: boolean) => run((a) => a.finishChoosing(confirm)),
      removeSelectedLinks: () => run((a) => a.removeSelectedLinks()),
      dragStart(from: NoteId, pointer: Point) {
        setDraft({ from, pointer });
      },
      dragMove(pointer: Point) {
        if (draftRef.current) setDraft({ ...draftRef.current, pointer });
      },
      dragEnd: (target: NoteId | null) => run((a) => a.dragEnd(target)),
    };
  }, []);

  return useMemo(() => ({ ...controller, draft }), [controller, draft]);
}
