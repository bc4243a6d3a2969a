import { linksTouching, planLinks } from '../../../shared/links/links';
import type { NoteId } from '../../../shared/ids';
import { operation } from '../../../shared/operations/operation';
import type { LinkActions, LinkDraft, LinkInputs } from './useLinkActions';

// Linking's acting part, loaded after the board's first paint (useLinkActions.ts).

const short = (text: string) => {
  const t = text.trim().replace(/\s+/g, ' ');
  return !t ? 'empty note' : t.length > 60 ? `“${t.slice(0, 60)}…”` : `“${t}”`;
};

/** What the hook keeps for these actions: its inputs, and the link being made. */
export interface LinkState {
  readonly current: LinkInputs;
  draft(): LinkDraft | null;
  setDraft(next: LinkDraft | null): void;
}

/** Linking notes: each link one operation, one undo step, said aloud. */
export function linkActions(
  ref: LinkState,
): Pick<LinkActions, 'linkSelected' | 'finishChoosing' | 'removeSelectedLinks' | 'dragEnd'> {
  const doc = () => ref.current.session.getView().doc;
  const announce = (text: string) => ref.current.announce(text);
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
    const current = ref.draft();
    ref.setDraft(null);
    if (!current) return;
    if (!confirm) return announce('Linking cancelled.');
    const [target, ...others] = selected();
    if (!target || others.length > 0 || target === current.from)
      return announce('Select one other note to link to, then press Enter. Linking cancelled.');
    link(current.from, [target]);
  }

  return {
    linkSelected() {
      if (ref.draft()) return finishChoosing(true);
      const [first, ...rest] = selected();
      if (!first) return announce('Select the note to link from first, for example a barrier, then press L.');
      if (rest.length > 0) return link(first, rest);
      ref.setDraft({ from: first, pointer: null });
      announce(
        `Linking from ${short(doc().notes[first].text)}. Tab or arrow keys to the note it leads to, Enter to link, Escape to cancel.`,
      );
    },
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
    dragEnd(target: NoteId | null) {
      const current = ref.draft();
      ref.setDraft(null);
      if (!current) return;
      if (target && target !== current.from) link(current.from, [target]);
      else announce('Linking cancelled: drop the arrow on another note to link them.');
    },
  };
}
