import { useSyncExternalStore, type ReactNode } from 'react';
import type { Cluster, Note } from '../../../shared/document/schema';
import type { BoardId, ClusterId } from '../../../shared/ids';
import { operation } from '../../../shared/operations/registry';
import { announce } from '../a11y/announcer';
import { noteCount } from '../clusters/clusterGeometry';
import { noteSnippet } from '../clusters/ClusterDetailsDialog';
import { useWorkbench } from '../hooks/workbenchContext';
import type { OpenSession } from '../state/openSession';
import '../clusters/clusters.css';

interface ListClustersProps {
  session: OpenSession;
  boardId: BoardId;
  /** This zone's notes, in reading order; those in a group are shown under its headline. */
  notes: readonly Note[];
  /** Draws one note's row, described by the heading it sits under. */
  renderRow(note: Note, describedBy: string): ReactNode;
  /** On a locked board the groups are shown, with nothing to edit or ungroup. */
  locked?: boolean;
}

/** The groups of one zone of the list view: headline, count, sub-points and quote, then their notes; edit or ungroup by keyboard. */
export function ListClusters({ session, boardId, notes, renderRow, locked = false }: ListClustersProps) {
  const workbench = useWorkbench();
  // Clusters change without their notes changing (a new headline): follow them directly.
  const clusters = useSyncExternalStore(session.subscribe, () => session.getView().doc.clusters);
  const allNotes = useSyncExternalStore(session.subscribe, () => session.getView().doc.notes);
  const grouped = new Map<ClusterId, Note[]>();
  for (const note of notes)
    if (note.clusterId && clusters[note.clusterId])
      grouped.set(note.clusterId, [...(grouped.get(note.clusterId) ?? []), note]);
  if (grouped.size === 0) return null;
  const ordered = [...grouped.keys()].map((id) => clusters[id]).sort((a, b) => a.order - b.order);
  const sizeOf = (id: ClusterId) =>
    Object.values(allNotes).filter((n) => n.clusterId === id && n.boardId === boardId).length;

  function ungroup(cluster: Cluster) {
    if (!session.apply(operation('deleteCluster', { clusterId: cluster.id })))
      return announce(session.getView().problem ?? 'The group could not be ungrouped.');
    announce(`Ungrouped “${cluster.headline || 'Untitled group'}”. Its notes stay in this zone. Undo regroups them.`);
  }

  return ordered.map((cluster) => {
    const mine = grouped.get(cluster.id)!;
    const headingId = `list-group-${cluster.id.replace(':', '-')}-${mine[0].zoneId?.replace(':', '-') ?? 'none'}`;
    const total = sizeOf(cluster.id);
    const quote = cluster.quoteNoteId ? allNotes[cluster.quoteNoteId] : undefined;
    return (
      <section key={cluster.id} className="list-group" aria-labelledby={headingId}>
        <div className="list-group-header">
          <h4 id={headingId} className="list-group-title">
            <span className="visually-hidden">Group: </span>
            {cluster.headline.trim() || 'Untitled group'}
          </h4>
          <span className="list-group-count">
            {total === mine.length ? noteCount(total) : `${noteCount(total)}, ${mine.length} in this zone`}
          </span>
          {!locked && (
            <>
              <button
                type="button"
                className="button"
                aria-describedby={headingId}
                onClick={() =>
                  workbench.showDialog({
                    kind: 'clusterDetails',
                    sessionId: session.id,
                    clusterId: cluster.id,
                    isNew: false,
                  })
                }
              >
                Edit group
              </button>
              <button type="button" className="button" aria-describedby={headingId} onClick={() => ungroup(cluster)}>
                Ungroup
              </button>
            </>
          )}
        </div>
        {cluster.subPoints.length > 0 && (
          <ul className="list-group-points" aria-label="Sub-points">
            {cluster.subPoints.map((point, i) => (
              <li key={i}>{point}</li>
            ))}
          </ul>
        )}
        <p className="list-group-quote">
          <span className="list-group-quote-label">Quote:</span>{' '}
          {quote ? `“${noteSnippet(quote.text, 160)}”` : 'none chosen yet'}
        </p>
        <ul className="list-notes">{mine.map((note) => renderRow(note, headingId))}</ul>
      </section>
    );
  });
}
