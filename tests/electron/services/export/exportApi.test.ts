import { afterEach, describe, expect, it } from 'vitest';
import { createApiClient, createProtocolPair, serveApi } from '../../../../shared/api/rpc';
import type { SessionExport } from '../../../../shared/export/schema';
import { operation } from '../../../../shared/operations/registry';
import { instantiateTemplate } from '../../../../shared/templates/instantiate';
import type { Services } from '../../../../electron/services/services';
import { tempFolder } from '../../../helpers/tempFolder';
import { EVENT, servicesFor } from '../../../helpers/services';
import { participantNote } from '../../../helpers/sessions';

// Export through the real API transport (argument schemas included) on a real data folder.

const services: Services[] = [];
afterEach(async () => {
  for (const s of services.splice(0)) await s.flushAll();
});

async function client() {
  const service = await servicesFor(await tempFolder());
  services.push(service);
  const [clientEnd, serverEnd] = createProtocolPair();
  serveApi(serverEnd, service, { clientId: 'test' });
  return createApiClient(clientEnd);
}

describe('exportSession over the API', () => {
  it('checks, applies the review to the copy only, and leaves the session as it was', async () => {
    const api = await client();
    const doc = await api.createSession(EVENT);
    const template = (await api.listTemplates()).find((t) => t.id === 'h2c.d2.ex1')!;
    const exercise = instantiateTemplate(doc, template, new Date().toISOString());
    await api.applyOperation(doc.id, operation('addExercise', exercise));
    const note = participantNote(exercise.boards[0].id, 'Ring Mrs Khan on 07700 900123');
    await api.applyOperation(doc.id, operation('addNotes', { notes: [note] }));

    const flags = await api.checkExportPii(doc.id);
    expect(flags.map((f) => [f.kind, f.text, f.field])).toEqual([
      ['name', 'Khan', note.id],
      ['phone', '07700 900123', note.id],
    ]);
    const result = await api.exportSession(doc.id, { [flags[0].id]: 'keep', [flags[1].id]: 'redact' });
    const data = JSON.parse(result.files[0].content) as SessionExport;
    expect(data.notes.find((n) => n.id === note.id)?.text).toBe('Ring Mrs Khan on [redacted phone number]');
    expect(result.files.map((f) => f.name)).toEqual([
      '2025-03-04-leeds-community-event.roundtable-export.json',
      '2025-03-04-leeds-community-event-notes.csv',
      '2025-03-04-leeds-community-event-votes.csv',
      '2025-03-04-leeds-community-event.xlsx',
    ]);
    expect(result.participantNotes).toBe(1);
    expect((await api.openSession(doc.id)).notes[note.id].text).toBe('Ring Mrs Khan on 07700 900123');
  });

  it('refuses a malformed review with a clear error, and a missing decision', async () => {
    const api = await client();
    const doc = await api.createSession(EVENT);
    await expect(api.exportSession(doc.id, { 'note:x@1-2': 'delete' } as never)).rejects.toMatchObject({
      code: 'invalid-input',
    });
    await expect(api.exportSession(doc.id, JSON.parse('{"__proto__": "redact"}'))).rejects.toMatchObject({
      code: 'invalid-input',
    });
    await expect(api.exportSession('session:nosuch', {})).rejects.toMatchObject({ code: 'not-found' });
    expect((await api.exportSession(doc.id, {})).participantNotes).toBe(0);
  });
});
