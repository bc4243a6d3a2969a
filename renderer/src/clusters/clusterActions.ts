import { groupToJoin, newCluster, planMembership } from '../../../shared/clustering/grouping';
import type { Note, SessionDocument } from '../../../shared/document/schema';
import { NOTE_SIZE } from '../../../shared/document/geometry';
import type { ClusterId, NoteId } from '../../../shared/ids';
import { operation, type Operation } from '../../../shared/operations/operation';
import { stepsOf } from '../../../shared/layout/gather';
import { noteCount } from './clusterGeometry';
import type { NoteMove } from '../board/useBoardActions';
import { groupAndGather } from './gatherGroup';
import type { ClusterActions, ClusterInputs } from './useClusterActions';

// The grouping gestures' acting part, loaded after the board's first paint (useClusterActions.ts).

const GAP = 12;

/**
 * Where notes dropped onto `target` go: one under another below the lowest note of the
 * target's group in its column (or below the target), so none hides another's text.
 */
export function stackedBelow(doc: SessionDocument, target: Note, moves: readonly NoteMove[]): NoteMove[] {
  const dragged = new Set(moves.map((m) => m.noteId));
  const column = Object.values(doc.notes).filter(
    (n) =>
      !dragged.has(n.id) &&
      (n.id === target.id || (target.clusterId !== null && n.clusterId === target.clusterId)) &&
      Math.abs(n.x - target.x) < NOTE_SIZE.width / 2,
  );
  const lowest = Math.max(...column.map((n) => n.y));
  return moves.map((m, i) => ({ noteId: m.noteId, x: target.x, y: lowest + (NOTE_SIZE.height + GAP) * (i + 1) }));
}

const quoted = (headline: string) => `“${headline.trim() || 'Untitled group'}”`;

/** Grouping on the board: each gesture one operation, one undo step, said aloud. */
export function clusterActions(ref: { readonly current: ClusterInputs }): Omit<ClusterActions, 'selectedCluster'> {
  const doc = () => ref.current.session.getView().doc;
  const announce = (text: string) => ref.current.announce(text);
  const selected = () => [...ref.current.actions.getSelection()].filter((id) => doc().notes[id]);
  const clustersOf = (d: SessionDocument, ids: readonly NoteId[]) => [
    ...new Set(ids.map((id) => d.notes[id]?.clusterId).filter((c): c is ClusterId => !!c)),
  ];
  const apply = (op: Operation) => {
    if (ref.current.session.apply(op)) return true;
    announce(ref.current.session.getView().problem ?? 'That change could not be made.');
    return false;
  };
  const showDetails = (clusterId: ClusterId, isNew: boolean) =>
    ref.current.workbench.showDialog({ kind: 'clusterDetails', sessionId: ref.current.session.id, clusterId, isNew });

  /** Puts notes in a group (an existing one, or a new one it then asks a headline for) and says so. */
  /** `tidy`: the notes then gather into a compact block in their zone (a drop has placed them already). */
  function gather(ids: NoteId[], into: ClusterId | null, extra: Operation[] = [], tidy = false): void {
    const d = doc();
    const fresh = into ? null : newCluster(d, ref.current.boardId);
    const plan = planMembership(d, ids, into ?? fresh!);
    if (!plan.ok) return announce(plan.error.message);
    const steps = [...extra, ...stepsOf(plan.value.operation)];
    const joined = steps.length === 1 ? steps[0] : operation('batch', { operations: steps });
    // The notes then gather into a compact block in their zone, in the same undo step.
    const done = tidy ? groupAndGather(ref.current.session, joined, plan.value.clusterId!, apply) : apply(joined);
    if (!done) return;
    const clusterId = plan.value.clusterId!;
    const after = doc();
    const size = Object.values(after.notes).filter((n) => n.clusterId === clusterId).length;
    if (fresh) {
      announce(`New group of ${noteCount(size)}. Name it in the dialog.`);
      showDetails(clusterId, true);
    } else {
      announce(
        `${noteCount(ids.length)} added to group ${quoted(after.clusters[clusterId]?.headline ?? '')}, now ${noteCount(size)}.`,
      );
    }
  }

  return {
    group() {
      const all = selected();
      // Reference cards are the deck's words, not the table's: grouping leaves them out.
      const ids = all.filter((id) => doc().notes[id]?.kind === 'participant');
      if (ids.length === 0)
        return announce(
          all.length
            ? 'Reference cards stay out of groups: select the table’s own notes.'
            : 'Select the notes to group first.',
        );
      if (ids.length === 1) {
        const { session, boardId } = ref.current;
        return ref.current.workbench.showDialog({
          kind: 'joinCluster',
          sessionId: session.id,
          boardId,
          noteIds: ids,
        });
      }
      gather(ids, groupToJoin(doc(), ids), [], true);
    },
    ungroup() {
      const d = doc();
      const clusters = clustersOf(d, selected());
      if (clusters.length === 0) return announce('The selected notes are in no group.');
      const ops = clusters.map((clusterId) => operation('deleteCluster', { clusterId }));
      if (!apply(ops.length === 1 ? ops[0] : operation('batch', { operations: ops }))) return;
      const names = clusters.map((c) => quoted(d.clusters[c]?.headline ?? '')).join(', ');
      announce(`Ungrouped ${names}. The notes stay where they are.`);
    },
    editGroup() {
      const [clusterId, ...others] = clustersOf(doc(), selected());
      if (!clusterId) return announce('Select a note in a group to edit the group.');
      if (others.length > 0) return announce('The selected notes are in different groups: select notes of one group.');
      showDetails(clusterId, false);
    },
    selectGroup() {
      const d = doc();
      const [clusterId, ...others] = clustersOf(d, selected());
      if (!clusterId || others.length > 0) return announce('Select a note in a group first.');
      const members = Object.values(d.notes)
        .filter((n) => n.clusterId === clusterId)
        .map((n) => n.id);
      ref.current.actions.select(new Set(members));
      announce(
        `Group ${quoted(d.clusters[clusterId].headline)} selected: ${noteCount(members.length)}. Arrow keys move it.`,
      );
    },
    takeOut() {
      const ids = selected();
      const plan = planMembership(doc(), ids, null);
      if (!plan.ok) return announce(plan.error.message);
      if (apply(plan.value.operation))
        announce(
          `${noteCount(ids.length)} taken out of ${plan.value.emptied.length ? 'the group, which is now ungrouped' : 'the group'}.`,
        );
    },
    dropOnNote(moves, targetId) {
      const target = doc().notes[targetId];
      if (!target) return;
      const dragged = moves.map((m) => m.noteId);
      // A reference card dropped, or dropped onto, is only moved: the deck's words stay out of groups.
      if (target.kind === 'reference' || dragged.some((id) => doc().notes[id]?.kind === 'reference'))
        return void apply(operation('moveNotes', { moves }));
      const move = operation('moveNotes', { moves: stackedBelow(doc(), target, moves) });
      // Moving notes about inside their own group is only a move.
      if (target.clusterId && dragged.every((id) => doc().notes[id]?.clusterId === target.clusterId))
        return void apply(operation('moveNotes', { moves }));
      if (target.clusterId) gather(dragged, target.clusterId, [move]);
      else gather([targetId, ...dragged], null, [move]);
    },
  };
}
