import { z } from 'zod';
import { SessionIdSchema } from '../../idSchemas';
import { LIMITS } from '../../document/limits';
import { EventDetailsSchema, type SessionDocument } from '../../document/schema';
import type { SessionSummary } from '../../document/create';
import { OperationSchema } from '../../operations/operationSchemas';
import { method, nothing, returns } from '../define';

const sessionName = z.string().trim().min(1, 'must not be empty').max(LIMITS.label);

/** The sessions in the data folder, and every change to one. */
export const SESSION_METHODS = {
  listSessions: method({ args: z.tuple([]), result: returns<SessionSummary[]>() }),
  createSession: method({ args: z.tuple([EventDetailsSchema]), result: returns<SessionDocument>() }),
  openSession: method({ args: z.tuple([SessionIdSchema]), result: returns<SessionDocument>() }),
  renameSession: method({ args: z.tuple([SessionIdSchema, sessionName]), result: returns<SessionSummary>() }),
  deleteSession: method({ args: z.tuple([SessionIdSchema]), result: nothing }),
  /** Applies one operation to a session; resolves with the session's new revision once applied (saving follows). */
  applyOperation: method({
    args: z.tuple([SessionIdSchema, OperationSchema]),
    result: z.object({ revision: z.number().int() }),
  }),
};
