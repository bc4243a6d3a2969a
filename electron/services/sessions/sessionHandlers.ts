import type { AreaHandlers } from '../../../shared/api/contract';
import type { SESSION_METHODS } from '../../../shared/api/methods';
import { summariseSession } from '../../../shared/document/create';
import type { SessionId } from '../../../shared/ids';
import { operation } from '../../../shared/operations/registry';
import type { SessionStore } from './sessionStore';

/** The sessions area of the API: list, create, open, rename, delete and change sessions, all through the store. */
export function sessionHandlers(
  store: SessionStore,
  /** What else must go when a session is deleted (its room). */
  deleted: (id: SessionId) => Promise<void>,
) {
  return {
    listSessions: () => store.list(),
    createSession: (_ctx, event) => store.create(event),
    openSession: (_ctx, id) => store.document(id),
    async renameSession(ctx, id, name) {
      await store.apply(ctx, id, operation('updateEventDetails', { changes: { name } }));
      return summariseSession(await store.document(id));
    },
    async deleteSession(_ctx, id) {
      await store.delete(id);
      await deleted(id);
    },
    applyOperation: (ctx, id, op) => store.apply(ctx, id, op),
  } satisfies AreaHandlers<keyof typeof SESSION_METHODS>;
}
