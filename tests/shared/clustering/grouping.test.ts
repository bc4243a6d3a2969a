import { describe, expect, it } from 'vitest';
import { groupToJoin, newCluster, planMembership, UNTITLED_GROUP } from '../../../shared/clustering/grouping';
import { SessionDocumentSchema, type SessionDocument } from '../../../shared/document/schema';
import type { ClusterId } from '../../../shared/ids';
import { applyOperation, invertOperation, operation, type Operation } from '../../../shared/operations/registry';
import { participantNote, sessionWithExercise } from '../../helpers/sessions';

const LATER = '2025-03-04T11:00:00.000Z';

function apply(doc: SessionDocument, op: Operation): SessionDocument {
  const result = applyOperation(doc, op, LATER);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

/** Applies a plan's operation, checks the session is valid and that one undo restores notes and clusters. */
function applyPlan(
  doc: SessionDocument,
  into: Parameters<typeof planMembership>[2],
  ids: Parameters<typeof planMembership>[1],
) {
  const plan = planMembership(doc, ids, into);
  if (!plan.ok) throw new Error(plan.error.message);
  const after = apply(doc, plan.value.operation);
  expect(SessionDocumentSchema.safeParse(after).error).toBeUndefined();
  const undone = apply(after, invertOperation(doc, plan.value.operation));
  expect({ notes: undone.notes, clusters: undone.clusters }).toEqual({ notes: doc.notes, clusters: doc.clusters });
  return { after, plan: plan.value };
}

function board() {
  const { doc, boardId } = sessionWithExercise();
  const notes = ['A', 'B', 'C', 'D', 'E'].map((t, i) => participantNote(boardId, t, 20, 300 + i * 130));
  return { doc: apply(doc, operation('addNotes', { notes })), boardId, ids: notes.map((n) => n.id) };
}

describe('grouping plans: one undo step per gesture', () => {
  it('groups loose notes into a new, untitled group ordered after the others', () => {
    const { doc, boardId, ids } = board();
    const fresh = newCluster(doc, boardId);
    expect(fresh).toMatchObject({ headline: UNTITLED_GROUP, order: 0, subPoints: [], quoteNoteId: null });
    const { after } = applyPlan(doc, fresh, [ids[0], ids[1]]);
    expect([ids[0], ids[1]].map((id) => after.notes[id].clusterId)).toEqual([fresh.id, fresh.id]);
    expect(newCluster(after, boardId).order).toBe(1);
  });

  it('Group on a selection with some notes in a group adds the others to the largest group', () => {
    const { doc, boardId, ids } = board();
    const big = newCluster(doc, boardId);
    const withBig = applyPlan(doc, big, [ids[0], ids[1], ids[2]]).after;
    const small = newCluster(withBig, boardId);
    const withBoth = applyPlan(withBig, small, [ids[3]]).after;
    expect(groupToJoin(withBoth, [ids[3], ids[0], ids[4]])).toBe(big.id);
    const { after, plan } = applyPlan(withBoth, big.id, [ids[3], ids[0], ids[4]]);
    expect(plan.emptied).toEqual([small.id]);
    expect(after.clusters[small.id]).toBeUndefined();
    expect([3, 4].map((i) => after.notes[ids[i]].clusterId)).toEqual([big.id, big.id]);
  });

  it('dropping a grouped note onto a loose one makes a new group of both, leaving the old group its other notes', () => {
    const { doc, boardId, ids } = board();
    const old = newCluster(doc, boardId);
    const grouped = applyPlan(doc, old, [ids[0], ids[1]]).after;
    const fresh = newCluster(grouped, boardId);
    const { after } = applyPlan(grouped, fresh, [ids[2], ids[0]]);
    expect(after.notes[ids[0]].clusterId).toBe(fresh.id);
    expect(after.notes[ids[1]].clusterId).toBe(old.id);
  });

  it('taking every note out of a group ungroups it; undo brings it back with its headline and quote', () => {
    const { doc, boardId, ids } = board();
    const theme = { ...newCluster(doc, boardId, 'Travel'), quoteNoteId: ids[0] };
    const grouped = apply(doc, operation('createCluster', { cluster: theme, noteIds: [ids[0], ids[1]] }));
    const { after, plan } = applyPlan(grouped, null, [ids[0], ids[1]]);
    expect(plan.emptied).toEqual([theme.id]);
    expect(after.clusters).toEqual({});
  });

  it('says what is wrong instead of changing nothing silently', () => {
    const { doc, boardId, ids } = board();
    expect(planMembership(doc, [], null)).toMatchObject({ ok: false, error: { message: /Select the notes/ } });
    expect(planMembership(doc, [ids[0]], null)).toMatchObject({ ok: false, error: { message: /in no group/ } });
    expect(planMembership(doc, [ids[0]], 'cluster:gone' as ClusterId)).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
    const fresh = newCluster(doc, boardId);
    const grouped = applyPlan(doc, fresh, [ids[0], ids[1]]).after;
    expect(planMembership(grouped, [ids[0]], fresh.id)).toMatchObject({
      ok: false,
      error: { message: /already in that group/ },
    });
    const reference = Object.values(doc.notes).find((n) => n.kind === 'reference')!;
    expect(planMembership(doc, [ids[0], reference.id], newCluster(doc, boardId))).toMatchObject({
      ok: false,
      error: { message: /Reference cards/ },
    });
  });
});
