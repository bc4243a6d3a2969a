import type { SessionDocument } from '../document/schema';
import { fail } from '../result';
import { defineOperation, missing, ok } from './definition';

// Clusters, links and votes: the records that sit on a board beside its notes.

function without<T extends Record<string, unknown>>(records: T, ids: Iterable<string>): T {
  const next = { ...records };
  for (const id of ids) delete next[id];
  return next;
}

/** Adds a cluster and puts the given notes (none of them in a cluster yet) in it. */
export const createCluster = defineOperation({ name: 'createCluster', describe: 'Group notes' }).as({
  apply(doc, { cluster, noteIds }) {
    if (cluster.id in doc.clusters) return fail('conflict', `The cluster ${cluster.id} already exists.`);
    if (!(cluster.boardId in doc.boards)) return missing('board', cluster.boardId);
    if (cluster.quoteNoteId !== null && !noteIds.includes(cluster.quoteNoteId))
      return fail('invalid-input', 'A cluster’s quote must be one of its notes.');
    const notes = { ...doc.notes };
    for (const id of noteIds) {
      const note = notes[id];
      if (!note) return missing('note', id);
      if (note.boardId !== cluster.boardId)
        return fail('invalid-input', 'Only notes on the same board can be grouped.');
      if (note.clusterId !== null)
        return fail(
          'conflict',
          'Some of these notes are already in a group: take them out of it first, or add the others to that group.',
        );
      notes[id] = { ...note, clusterId: cluster.id };
    }
    return ok({ ...doc, clusters: { ...doc.clusters, [cluster.id]: cluster }, notes });
  },
  invert(_before, { cluster }) {
    return { name: 'deleteCluster', args: { clusterId: cluster.id } };
  },
});

/** Ungroups: removes the cluster, leaving its notes where they are, in no cluster. */
export const deleteCluster = defineOperation({ name: 'deleteCluster', describe: 'Ungroup notes' }).as({
  apply(doc, { clusterId }) {
    if (!(clusterId in doc.clusters)) return missing('cluster', clusterId);
    const notes = { ...doc.notes };
    for (const note of Object.values(doc.notes))
      if (note.clusterId === clusterId) notes[note.id] = { ...note, clusterId: null };
    return ok({ ...doc, clusters: without(doc.clusters, [clusterId]), notes });
  },
  invert(before, { clusterId }) {
    const noteIds = Object.values(before.notes)
      .filter((n) => n.clusterId === clusterId)
      .map((n) => n.id);
    return { name: 'createCluster', args: { cluster: before.clusters[clusterId], noteIds } };
  },
});

/** Renames a cluster, edits its sub-points or chooses its quote. */
export const updateCluster = defineOperation({ name: 'updateCluster', describe: 'Edit group' }).as({
  apply(doc, { clusterId, changes }) {
    const cluster = doc.clusters[clusterId];
    if (!cluster) return missing('cluster', clusterId);
    const quote = changes.quoteNoteId;
    if (quote && doc.notes[quote]?.clusterId !== clusterId)
      return fail('invalid-input', 'A cluster’s quote must be one of its notes.');
    return ok({ ...doc, clusters: { ...doc.clusters, [clusterId]: { ...cluster, ...changes } } });
  },
  invert(before, { clusterId, changes }) {
    const cluster = before.clusters[clusterId];
    const previous = Object.fromEntries(Object.keys(changes).map((k) => [k, cluster?.[k as keyof typeof changes]]));
    return { name: 'updateCluster', args: { clusterId, changes: previous } };
  },
});

/** Adds links (arrows between two notes of one board). */
export const addLinks = defineOperation({ name: 'addLinks', describe: 'Link notes' }).as({
  apply(doc, { links }) {
    const next = { ...doc.links };
    for (const link of links) {
      if (link.id in next) return fail('conflict', `The link ${link.id} already exists.`);
      const [from, to] = [doc.notes[link.fromNoteId], doc.notes[link.toNoteId]];
      if (!from || !to) return missing('note', !from ? link.fromNoteId : link.toNoteId);
      if (from.boardId !== link.boardId || to.boardId !== link.boardId)
        return fail('invalid-input', 'A link joins two notes of the same board.');
      if (from.id === to.id) return fail('invalid-input', 'A note cannot be linked to itself.');
      next[link.id] = link;
    }
    return ok({ ...doc, links: next });
  },
  invert(_before, { links }) {
    return { name: 'deleteLinks', args: { linkIds: links.map((l) => l.id) } };
  },
});

export const deleteLinks = defineOperation({ name: 'deleteLinks', describe: 'Remove links' }).as({
  apply(doc, { linkIds }) {
    for (const id of linkIds) if (!(id in doc.links)) return missing('link', id);
    return ok({ ...doc, links: without(doc.links, linkIds) });
  },
  invert(before, { linkIds }) {
    return { name: 'addLinks', args: { links: linkIds.map((id) => before.links[id]) } };
  },
});

/** Records votes: dots on notes, ratings of zones, stances; cast in turn or typed in as counts. */
export const castVotes = defineOperation({ name: 'castVotes', describe: 'Vote' }).as({
  apply(doc, { votes }) {
    const next = { ...doc.votes };
    for (const vote of votes) {
      if (vote.id in next) return fail('conflict', `The vote ${vote.id} already exists.`);
      if (!(vote.boardId in doc.boards)) return missing('board', vote.boardId);
      if (vote.kind === 'dot' && doc.notes[vote.noteId]?.boardId !== vote.boardId) return missing('note', vote.noteId);
      if (vote.kind === 'rating' && doc.zones[vote.zoneId]?.boardId !== vote.boardId)
        return missing('zone', vote.zoneId);
      next[vote.id] = vote;
    }
    return ok({ ...doc, votes: next });
  },
  invert(_before, { votes }) {
    return { name: 'withdrawVotes', args: { voteIds: votes.map((v) => v.id) } };
  },
});

export const withdrawVotes = defineOperation({ name: 'withdrawVotes', describe: 'Remove votes' }).as({
  apply(doc, { voteIds }) {
    for (const id of voteIds) if (!(id in doc.votes)) return missing('vote', id);
    return ok({ ...doc, votes: without(doc.votes, voteIds) });
  },
  invert(before, { voteIds }) {
    return { name: 'castVotes', args: { votes: voteIds.map((id) => before.votes[id]) } };
  },
});

/** Locks or unlocks a board, or opens, reveals or closes its voting: each a facilitator step that can be undone. */
export const setBoardState = defineOperation({ name: 'setBoardState', describe: 'Change board' }).as({
  apply(doc, { boardId, changes }) {
    const board = doc.boards[boardId];
    if (!board) return missing('board', boardId);
    return ok({ ...doc, boards: { ...doc.boards, [boardId]: { ...board, ...changes } } });
  },
  invert(before, { boardId, changes }) {
    const board = before.boards[boardId];
    const previous = Object.fromEntries(Object.keys(changes).map((k) => [k, board?.[k as keyof typeof changes]]));
    return { name: 'setBoardState', args: { boardId, changes: previous } };
  },
});

/** The links, votes and cluster quotes that point at any of `noteIds`: what deleting those notes must take along. */
export function dependentsOfNotes(doc: SessionDocument, noteIds: ReadonlySet<string>) {
  return {
    links: Object.values(doc.links).filter((l) => noteIds.has(l.fromNoteId) || noteIds.has(l.toNoteId)),
    votes: Object.values(doc.votes).filter((v) => v.kind === 'dot' && noteIds.has(v.noteId)),
    quotedClusters: Object.values(doc.clusters).filter((c) => c.quoteNoteId !== null && noteIds.has(c.quoteNoteId)),
  };
}
