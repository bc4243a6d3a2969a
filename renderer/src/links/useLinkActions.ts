import { useMemo, useRef, useState } from 'react';
import { linksTouching, planLinks } from '../../../shared/links/links';
import type { BoardId, NoteId } from '../../../shared/ids';
import { operation } from '../../../shared/operations/registry';
import type { OpenSession } from '../state/openSession';
import type { LinkController } from './linkController';
import type { BoardActions } from '../board/useBoardActions';
import type { Point } from '../board/viewport';

interface Inputs {
  session: OpenSession;
  boardId: BoardId;
  actions: BoardActions;
  announce(text: string): void;
}

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

const short = (text: string) => {
  const t = text.trim().replace(/\s+/g, ' ');
  return !t ? 'empty note' : t.length > 60 ? `“${t.slice(0, 60)}…”` : `“${t}”`;
};

/** Linking notes, e.g. a barrier to the enabler that answers it: each link one operation, one undo step, said aloud. */
export function useLinkActions(inputs: Inputs): LinkActions {
  const ref = useRef(inputs);
  ref.current = inputs;
  const [draft, setDraftState] = useState<LinkDraft | null>(null);
  const draftRef = useRef(draft);

  const controller = useMemo(() => {
    const doc = () => ref.current.session.getView().doc;
    const announce = (text: string) => ref.current.announce(text);
    const setDraft = (next: LinkDraft | null) => {
      draftRef.current = next;
      setDraftState(next);
    };
    const selected = () => [...ref.current.actions.getSelection()].filter((id) => doc().notes[id]);

    function link(from: NoteId, to: readonly NoteId[]): void {
      const plan = planLinks(doc(), ref.current.boardId, from, to);
      if (!plan.ok) return announce(plan.error.message);
      if (!ref.current.session.apply(operation('addLinks', { links: plan.value }))) {
        return announce(ref.current.session.getView().problem ?? 'The link could not be made.');
      }
      const d = doc();
      const targets = plan.value.map((l) => short(d.notes[l.toNoteId].text)).join(', ');
      announce(`Linked ${short(d.notes[from].text)} to ${targets}. Undo takes it back.`);
    }

    function finishChoosing(confirm: boolean): void {
      const current = draftRef.current;
      setDraft(null);
      if (!current) return;
      if (!confirm) return announce('Linking cancelled.');
      const [target, ...others] = selected();
      if (!target || others.length > 0 || target === current.from)
        return announce('Select one other note to link to, then press Enter. Linking cancelled.');
      link(current.from, [target]);
    }

    return {
      linkSelected() {
        if (draftRef.current) return finishChoosing(true);
        const [first, ...rest] = selected();
        if (!first) return announce('Select the note to link from first, for example a barrier, then press L.');
        if (rest.length > 0) return link(first, rest);
        setDraft({ from: first, pointer: null });
        announce(
          `Linking from ${short(doc().notes[first].text)}. Tab or arrow keys to the note it leads to, Enter to link, Escape to cancel.`,
        );
      },
      choosing: () => draftRef.current !== null && draftRef.current.pointer === null,
      finishChoosing,
      removeSelectedLinks() {
        const ids = linksTouching(doc(), selected());
        if (ids.length === 0) return announce('The selected notes have no links.');
        if (ref.current.session.apply(operation('deleteLinks', { linkIds: ids }))) {
          announce(
            `${ids.length === 1 ? 'Link' : `${ids.length} links`} removed. Undo brings ${ids.length === 1 ? 'it' : 'them'} back.`,
          );
        }
      },
      dragStart(from: NoteId, pointer: Point) {
        setDraft({ from, pointer });
      },
      dragMove(pointer: Point) {
        if (draftRef.current) setDraft({ ...draftRef.current, pointer });
      },
      dragEnd(target: NoteId | null) {
        const current = draftRef.current;
        setDraft(null);
        if (!current) return;
        if (target && target !== current.from) link(current.from, [target]);
        else announce('Linking cancelled: drop the arrow on another note to link them.');
      },
    };
  }, []);

  return useMemo(() => ({ ...controller, draft }), [controller, draft]);
}
