import type { ClusterId } from '../../../shared/ids';
import { withGather } from '../../../shared/layout/gather';
import type { Operation } from '../../../shared/operations/operation';
import { glidesOf } from '../board/noteGlide';
import type { OpenSession } from '../state/openSession';

/**
 * Applies a grouping step `op` together with the gather of the group `clusterId` into a
 * compact block in its zone, as one operation (one undo step), and has the board draw the
 * moved notes gliding there. `apply` applies an operation and says whether it did (the
 * session's own apply unless given). False when nothing was applied.
 */
export function groupAndGather(
  session: OpenSession,
  op: Operation,
  clusterId: ClusterId,
  apply: (op: Operation) => boolean = (o) => session.apply(o),
): boolean {
  const before = session.getView().doc;
  const { operation, moves } = withGather(before, op, clusterId, new Date().toISOString());
  if (!apply(operation)) return false;
  // The document has the notes there already; the glide is drawing only.
  if (moves.length) glidesOf(session).start(before, moves, performance.now());
  return true;
}
