import { afterEach, describe, expect, it } from 'vitest';
import { createApiClient, createProtocolPair, serveApi } from '../../../../shared/api/rpc';
import { formatDiagnostics, withoutContent } from '../../../../shared/api/diagnostics';
import { SESSION_SCHEMA_VERSION } from '../../../../shared/document/schema';
import { operation } from '../../../../shared/operations/registry';
import { instantiateTemplate } from '../../../../shared/templates/instantiate';
import { ApiError } from '../../../../shared/result';
import { ERROR_LOG_CAPACITY, ErrorLog } from '../../../../electron/services/diagnostics/diagnostics';
import { describeFileError } from '../../../../electron/services/sessions/sessionFiles';
import { startServices, type StartedServices } from '../../../../electron/services/startServices';
import { tempFolder } from '../../../helpers/tempFolder';
import { TEMPLATES_DIR } from '../../../helpers/services';
import { participantNote } from '../../../helpers/sessions';

const running: StartedServices[] = [];
afterEach(async () => {
  for (const started of running.splice(0)) {
    await started.service.flushAll();
    started.lock.release();
  }
});

async function start(dataDir: string): Promise<StartedServices> {
  const started = await startServices({ dataDir, templatesDir: TEMPLATES_DIR, version: '1.2.3', mode: 'browser' });
  running.push(started);
  return started;
}

const SECRET_EVENT = {
  name: 'Ward 7 listening event',
  date: '2025-03-04',
  location: 'Leeds General',
  facilitator: 'Priya Shah',
  shift: null,
};
const SECRET_NOTE = 'Night shifts are short of two nurses';

describe('Help > Copy diagnostics', () => {
  it('reports versions, the data folder and recent errors, and nothing a session holds', async () => {
    const dataDir = await tempFolder();
    const { service } = await start(dataDir);
    const [clientEnd, serverEnd] = createProtocolPair();
    serveApi(serverEnd, service, { clientId: 'test' });
    const client = createApiClient(clientEnd);
    const doc = await client.createSession(SECRET_EVENT);
    const template = (await client.listTemplates()).find((t) => t.id === 'h2c.d2.ex1')!;
    const exercise = instantiateTemplate(doc, template, new Date().toISOString());
    await client.applyOperation(doc.id, operation('addExercise', exercise));
    await client.applyOperation(
      doc.id,
      operation('addNotes', { notes: [participantNote(exercise.boards[0].id, SECRET_NOTE)] }),
    );
    // Two calls that fail, as a support person would want to see them.
    await expect(client.openSession('session:gone')).rejects.toMatchObject({ code: 'not-found' });
    await expect(
      client.applyOperation(doc.id, operation('deleteNotes', { noteIds: ['note:nosuch'] })),
    ).rejects.toBeInstanceOf(ApiError);

    const diagnostics = await client.getDiagnostics();
    expect(diagnostics).toMatchObject({
      version: '1.2.3',
      mode: 'browser',
      schemaVersion: SESSION_SCHEMA_VERSION,
      dataDir,
    });
    expect(diagnostics.runtime.node).toBe(process.versions.node);
    expect(diagnostics.templateCount).toBeGreaterThan(0);
    expect(diagnostics.recentErrors.map((e) => [e.where, e.code])).toEqual([
      ['openSession', 'not-found'],
      ['applyOperation', 'not-found'],
    ]);

    const text = formatDiagnostics(diagnostics);
    expect(text).toContain('Version: 1.2.3 (browser mode)');
    expect(text).toContain(`Data folder: ${dataDir}`);
    for (const secret of [
      SECRET_EVENT.name,
      SECRET_EVENT.location,
      SECRET_EVENT.facilitator,
      SECRET_NOTE,
      template.title,
    ]) {
      expect(text).not.toContain(secret);
    }
  });

  it('keeps a failed call failing exactly as before, and the services’ other methods working', async () => {
    const { service } = await start(await tempFolder());
    const error = await service.openSession({ clientId: 'test' }, 'session:gone').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).code).toBe('not-found');
    expect(await service.flushAll()).toEqual([]);
  });
});

describe('the error log', () => {
  it('takes every quoted name out of a message, as file errors name the session they were saving', () => {
    const log = new ErrorLog(() => new Date('2025-03-04T10:00:00Z'));
    const error = Object.assign(new Error('no space left on device'), { code: 'ENOSPC' });
    log.record('autosave', {
      code: 'storage-failed',
      message: describeFileError(error, `save “${SECRET_EVENT.name}”`),
    });
    log.record('open file', { code: 'invalid-input', message: 'The file "Priya’s notes.roundtable" is not valid' });
    expect(log.recent()).toEqual([
      {
        at: '2025-03-04T10:00:00.000Z',
        where: 'autosave',
        code: 'storage-failed',
        message: 'Could not save “…”: the disk is full. Free some space',
      },
      {
        at: '2025-03-04T10:00:00.000Z',
        where: 'open file',
        code: 'invalid-input',
        message: 'The file “…” is not valid',
      },
    ]);
  });

  it('keeps only the most recent errors, each cut to a readable length', () => {
    const log = new ErrorLog();
    for (let i = 0; i < ERROR_LOG_CAPACITY + 5; i++) log.record('test', new Error(`problem ${i} ${'x'.repeat(1000)}`));
    const recent = log.recent();
    expect(recent).toHaveLength(ERROR_LOG_CAPACITY);
    expect(recent[0].message).toMatch(/^problem 5 /);
    expect(recent.every((e) => e.message.length <= 300)).toBe(true);
    expect(withoutContent('Could not rename ‘Team A’ to «Équipe B»')).toBe('Could not rename “…” to “…”');
  });
});
