import { dialogsOf } from '../dialogs/dialogRegistry';
import { useMemo, useRef } from 'react';
import { newCluster, planMembership } from '../../../shared/clustering/grouping';
import { MAX_NOTES_TO_SUGGEST, suggestClusters } from '../../../shared/clustering/suggest';
import type { Cluster } from '../../../shared/document/schema';
import type { ClusterId } from '../../../shared/ids';
import { operation, type Operation } from '../../../shared/operations/registry';
import { announce } from '../a11y/announcer';
import { noteCount } from './clusterGeometry';
import { useSessionView, useWorkbench, useWorkbenchState } from '../hooks/workbenchContext';
import type { ClusterDialog } from './clusterDialogs';
import type { OpenSession } from '../state/openSession';
import { ClusterDetailsDialog, noteSnippet, type ClusterChanges } from './ClusterDetailsDialog';
import { JoinClusterDialog, type JoinChoice } from './JoinClusterDialog';
import { SuggestClustersDialog } from './SuggestClustersDialog';
import { groupAndGather } from './gatherGroup';

interface ClusterDialogHostProps {
  dialog: ClusterDialog;
  onClose(): void;
}

const quoted = (headline: string) => `“${headline.trim() || 'Untitled group'}”`;

/** Carries out the grouping dialogs: each change one operation, one undo step, said aloud. */
export function ClusterDialogHost({ dialog, onClose: close }: ClusterDialogHostProps) {
  // One dialog may lead to the next (a new group, then its name): focus goes back to where the first was opened from.
  const returnTo = useRef(document.activeElement instanceof HTMLElement ? document.activeElement : null);
  const onClose = () => {
    close();
    requestAnimationFrame(() => {
      if (document.activeElement && document.activeElement !== document.body) return;
      // A list row regrouped is drawn again under its new group: its button has the same id there.
      const target = returnTo.current?.isConnected
        ? returnTo.current
        : returnTo.current?.id
          ? document.getElementById(returnTo.current.id)
          : null;
      target?.focus();
    });
  };
  const session = useWorkbenchState((s) => s.openSessions.get(dialog.sessionId)) ?? null;
  const view = useSessionView(session);
  if (!session || !view) return null;
  if (dialog.kind === 'clusterDetails') return <DetailsHost session={session} dialog={dialog} onClose={onClose} />;
  if (dialog.kind === 'joinCluster') return <JoinHost session={session} dialog={dialog} onClose={onClose} />;
  return <SuggestHost session={session} dialog={dialog} onClose={onClose} />;
}

function applyOr(session: OpenSession, op: Operation, fallback: string, joinPrevious = false): boolean {
  if (session.apply(op, { joinPrevious })) return true;
  announce(session.getView().problem ?? fallback);
  return false;
}

function DetailsHost({
  session,
  dialog,
  onClose,
}: {
  session: OpenSession;
  dialog: Extract<ClusterDialog, { kind: 'clusterDetails' }>;
  onClose(): void;
}) {
  const doc = session.getView().doc;
  const cluster = doc.clusters[dialog.clusterId];
  const notes = useMemo(
    () => Object.values(doc.notes).filter((n) => n.clusterId === dialog.clusterId),
    [doc.notes, dialog.clusterId],
  );
  if (!cluster) return null;

  function save(changes: ClusterChanges) {
    const changed = (Object.keys(changes) as (keyof ClusterChanges)[]).filter(
      (k) => JSON.stringify(changes[k]) !== JSON.stringify(cluster[k]),
    );
    if (changed.length > 0) {
      const op = operation('updateCluster', {
        clusterId: cluster.id,
        changes: Object.fromEntries(changed.map((k) => [k, changes[k]])),
      });
      // Naming a group just made is part of making it: one undo step takes both back.
      if (!applyOr(session, op, 'The group could not be changed.', dialog.isNew)) return;
    }
    onClose();
    const quote = changes.quoteNoteId ? ` Quote: ${noteSnippet(doc.notes[changes.quoteNoteId]?.text ?? '', 60)}` : '';
    announce(
      `Group ${quoted(changes.headline)} saved: ${noteCount(notes.length)}, ${changes.subPoints.length} sub-points.${quote}`,
    );
  }

  function ungroup() {
    if (!applyOr(session, operation('deleteCluster', { clusterId: cluster.id }), 'The group could not be ungrouped.'))
      return;
    onClose();
    announce(`Ungrouped ${quoted(cluster.headline)}. Its notes stay where they are. Undo regroups them.`);
  }

  return (
    <ClusterDetailsDialog
      cluster={cluster}
      notes={notes}
      isNew={dialog.isNew}
      onSave={save}
      onUngroup={ungroup}
      onClose={onClose}
    />
  );
}

function JoinHost({
  session,
  dialog,
  onClose,
}: {
  session: OpenSession;
  dialog: Extract<ClusterDialog, { kind: 'joinCluster' }>;
  onClose(): void;
}) {
  const workbench = useWorkbench();
  const doc = session.getView().doc;
  const clusters = useMemo(() => {
    const sizes = new Map<ClusterId, number>();
    for (const n of Object.values(doc.notes))
      if (n.clusterId) sizes.set(n.clusterId, (sizes.get(n.clusterId) ?? 0) + 1);
    return Object.values(doc.clusters)
      .filter((c) => c.boardId === dialog.boardId && sizes.has(c.id))
      .sort((a, b) => a.order - b.order)
      .map((cluster: Cluster) => ({ cluster, size: sizes.get(cluster.id)! }));
  }, [doc, dialog.boardId]);
  const first = doc.notes[dialog.noteIds[0]];
  const current = dialog.noteIds.length === 1 ? (first?.clusterId ?? null) : null;
  const label =
    dialog.noteIds.length === 1 ? `“${noteSnippet(first?.text ?? '', 70)}”` : noteCount(dialog.noteIds.length);

  function choose(choice: JoinChoice) {
    const d = session.getView().doc;
    const into =
      choice.kind === 'new' ? newCluster(d, dialog.boardId) : choice.kind === 'existing' ? choice.clusterId : null;
    const plan = planMembership(d, dialog.noteIds, into);
    if (!plan.ok) return announce(plan.error.message);
    // Joining a group gathers its notes together (a new group of one note stays where it is).
    const gathers = choice.kind === 'existing' || (choice.kind === 'new' && dialog.noteIds.length > 1);
    const apply = (op: Operation) => applyOr(session, op, 'The note could not be grouped.');
    if (
      !(gathers
        ? groupAndGather(session, plan.value.operation, plan.value.clusterId!, apply)
        : apply(plan.value.operation))
    )
      return;
    if (choice.kind === 'new') {
      workbench.showDialog({
        kind: 'clusterDetails',
        sessionId: session.id,
        clusterId: plan.value.clusterId!,
        isNew: true,
      });
      announce('New group made. Name it in the dialog.');
    } else if (choice.kind === 'existing') {
      onClose();
      const size = Object.values(session.getView().doc.notes).filter((n) => n.clusterId === choice.clusterId).length;
      announce(`Added to group ${quoted(d.clusters[choice.clusterId]?.headline ?? '')}, now ${noteCount(size)}.`);
    } else {
      onClose();
      announce(
        plan.value.emptied.length
          ? 'Taken out of its group, which had no other notes and is now ungrouped.'
          : 'Taken out of its group.',
      );
    }
  }

  return (
    <JoinClusterDialog clusters={clusters} current={current} noteLabel={label} onChoose={choose} onClose={onClose} />
  );
}

function SuggestHost({
  session,
  dialog,
  onClose,
}: {
  session: OpenSession;
  dialog: Extract<ClusterDialog, { kind: 'suggestClusters' }>;
  onClose(): void;
}) {
  // Worked out once when the dialog opens; accepting one does not reshuffle the others.
  const { suggestions, considered, total } = useMemo(() => {
    const notes = Object.values(session.getView().doc.notes).filter((n) => n.boardId === dialog.boardId);
    const candidates = notes.filter((n) => n.kind === 'participant' && n.clusterId === null);
    return {
      suggestions: suggestClusters(notes),
      considered: Math.min(candidates.length, MAX_NOTES_TO_SUGGEST),
      total: candidates.length,
    };
  }, [session, dialog.boardId]);

  function accept(suggestion: { noteIds: readonly string[] }, headline: string): boolean {
    const d = session.getView().doc;
    const ids = suggestion.noteIds.filter((id) => d.notes[id as never]) as Parameters<typeof planMembership>[1];
    const plan = planMembership(d, ids, newCluster(d, dialog.boardId, headline));
    if (!plan.ok) {
      announce(plan.error.message);
      return false;
    }
    const apply = (op: Operation) => applyOr(session, op, 'The group could not be made.');
    if (!groupAndGather(session, plan.value.operation, plan.value.clusterId!, apply)) return false;
    announce(`Group ${quoted(headline)} made with ${noteCount(ids.length)}. Undo takes it back.`);
    return true;
  }

  return (
    <SuggestClustersDialog
      suggestions={suggestions}
      notes={session.getView().doc.notes}
      considered={considered}
      skipped={total - considered}
      onAccept={accept}
      onClose={onClose}
    />
  );
}

/** Grouping's dialogs, as the workbench shows them. */
export const CLUSTER_DIALOGS = dialogsOf(['clusterDetails', 'joinCluster', 'suggestClusters'], ClusterDialogHost);
