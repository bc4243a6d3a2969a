// A process holding an open room, for killing: the real services started as browser mode starts
// them (data-folder lock, crash leftovers cleared, a room left open reopened), with a room opened
// for SESSION_ID on 127.0.0.1 when asked. It prints the room's status as one JSON line, and obeys
// "close" (Close room) and "quit" (as Ctrl+C: save, suspend the room, exit) on stdin.
// Usage: node --import tsx scripts/kill-test/roomChild.ts DATA_DIR RENDERER_DIR [SESSION_ID]
import path from 'node:path';
import { createInterface } from 'node:readline';
import { startServices } from '../../electron/services/startServices';
import type { SessionId } from '../../shared/ids';

const [dataDir, rendererDir, sessionId] = process.argv.slice(2);
const ctx = { clientId: 'room-kill-test' };
const { service, problems } = await startServices({
  dataDir,
  rendererDir,
  templatesDir: path.join(import.meta.dirname, '..', '..', 'resources', 'templates'),
  version: 'room-kill-test',
  mode: 'browser',
});
const status = sessionId
  ? await service.openRoom(ctx, sessionId as SessionId, '127.0.0.1')
  : await service.getRoomStatus();
process.stdout.write(`${JSON.stringify({ t: 'room', status, problems })}\n`);
createInterface({ input: process.stdin }).on('line', (line) => {
  if (line === 'close') void service.closeRoom().then(() => process.stdout.write('{"t":"closed"}\n'));
  if (line === 'quit')
    void service
      .flushAll()
      .then(() => service.suspendRoom())
      .then(() => process.exit(0));
});
