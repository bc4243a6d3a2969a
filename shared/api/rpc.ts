import { z } from 'zod';
import { fail } from '../result';
import { describeIssues } from '../validation';
import type { ApiServer, CallContext } from './contract';
import type { Protocol } from './rpcClient';

export { createApiClient, createProtocolPair, socketProtocol } from './rpcClient';
export type { MessageSocket, Protocol, RpcMessage } from './rpcClient';

const CallMessageSchema = z.strictObject({
  kind: z.literal('call'),
  id: z.number().int().min(0),
  method: z.string().max(64),
  args: z.array(z.unknown()).max(8),
});

/** Serves the API over `protocol` for one client: answers calls through the dispatcher and forwards events. Returns the stop function. */
export function serveApi(protocol: Protocol, server: ApiServer, ctx: CallContext): () => void {
  const stopMessages = protocol.onMessage((raw) => {
    const call = CallMessageSchema.safeParse(raw);
    if (!call.success) {
      // Junk gets a specific answer: a result when it carries a usable id, else a rejection.
      const id = (raw as { id?: unknown } | null)?.id;
      const message = `That message is not a call Roundtable understands: ${describeIssues(call.error)}.`;
      if (typeof id === 'number' && Number.isSafeInteger(id) && id >= 0)
        protocol.send({ kind: 'result', id, result: fail('invalid-input', message) });
      else protocol.send({ kind: 'rejected', message });
      return;
    }
    void server
      .dispatch(call.data.method, call.data.args, ctx)
      .then((result) => protocol.send({ kind: 'result', id: call.data.id, result }));
  });
  const stopEvents = server.onEvent((event) => protocol.send({ kind: 'event', event }));
  return () => {
    stopMessages();
    stopEvents();
  };
}
