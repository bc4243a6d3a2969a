// The three storage faults a facilitator's laptop meets, made for real: a small disk that
// fills up, a disk that turns read-only, and a file another program has locked (the
// immutable flag: even root cannot replace the file). Each needs root to mount a small
// tmpfs; where that is not possible the tests say so and are skipped.
import { spawnSync } from 'node:child_process';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ApiEvent } from '../../../../shared/api/contract';
import type { SessionId } from '../../../../shared/ids';
import { operation } from '../../../../shared/operations/registry';
import { instantiateTemplate } from '../../../../shared/templates/instantiate';
import type { Services } from '../../../../electron/services/services';
import { tempFolder } from '../../../helpers/tempFolder';
import { EVENT, servicesFor } from '../../../helpers/services';
import { participantNote } from '../../../helpers/sessions';

const ctx = { clientId: 'test' };
const run = (command: string, ...args: string[]) => spawnSync(command, args, { encoding: 'utf-8' });

function canMountSmallDisks(): boolean {
  if (process.platform !== 'linux' || process.getuid?.() !== 0) return false;
  const probe = path.join(process.env.TMPDIR ?? '/tmp', `roundtable-mount-probe-${process.pid}`);
  spawnSync('mkdir', ['-p', probe]);
  const mounted = run('mount', '-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', probe).status === 0;
  if (mounted) run('umount', probe);
  spawnSync('rmdir', [probe]);
  return mounted;
}

const mounts: string[] = [];
afterEach(() => {
  for (const dir of mounts.splice(0)) {
    run('chattr', '-R', '-i', dir);
    run('umount', dir);
  }
});

/** A data folder on its own small disk, with a session holding a board and one saved note. */
async function sessionOnSmallDisk(sizeKb: number) {
  const dataDir = await tempFolder();
  expect(run('mount', '-t', 'tmpfs', '-o', `size=${sizeKb}k`, 'tmpfs', dataDir).status).toBe(0);
  mounts.push(dataDir);
  const services = await servicesFor(dataDir);
  const doc = await services.createSession(ctx, EVENT);
  const added = instantiateTemplate(doc, (await services.listTemplates())[0], new Date().toISOString());
  await services.applyOperation(ctx, doc.id, operation('addExercise', added));
  await services.applyOperation(
    ctx,
    doc.id,
    operation('addNotes', { notes: [participantNote(added.boards[0].id, 'Saved before the fault')] }),
  );
  await services.flushAll();
  const file = path.join(dataDir, 'sessions', `${doc.id.replace(':', '-')}.json`);
  return { dataDir, services, id: doc.id, boardId: added.boards[0].id, file };
}

function nextStatus(services: Services, status: 'saved' | 'error'): Promise<string | null> {
  return new Promise((resolve) => {
    const stop = services.onEvent((e: ApiEvent) => {
      if (e.type === 'saveStatus' && e.status === status) {
        stop();
        resolve(e.message);
      }
    });
  });
}

async function texts(services: Services, id: SessionId) {
  const notes = Object.values((await services.openSession(ctx, id)).notes);
  return notes
    .filter((n) => n.kind === 'participant')
    .map((n) => n.text)
    .sort();
}

/** While the fault lasts: an error that says what to do, the change kept in memory, the saved file whole; then it saves by itself. */
async function expectKeptAndRetried(
  kit: Awaited<ReturnType<typeof sessionOnSmallDisk>>,
  says: RegExp,
  fault: () => Promise<void>,
  mend: () => Promise<void>,
) {
  const { services, id, boardId, file } = kit;
  const savedBefore = await readFile(file, 'utf-8');
  await fault();
  const failed = nextStatus(services, 'error');
  await services.applyOperation(
    ctx,
    id,
    operation('addNotes', { notes: [participantNote(boardId, 'Typed while the disk was in trouble')] }),
  );
  expect(await failed).toMatch(says);
  expect(await failed).toMatch(/Your changes are kept and Roundtable will try again/);
  expect(await texts(services, id)).toEqual(['Saved before the fault', 'Typed while the disk was in trouble']);
  expect(await services.flushAll()).toEqual([{ sessionId: id, name: EVENT.name }]); // what a quit would be told is unsaved
  expect(await readFile(file, 'utf-8')).toBe(savedBefore);

  const saved = nextStatus(services, 'saved');
  await mend();
  await saved;
  const reopened = await servicesFor(kit.dataDir);
  expect(await texts(reopened, id)).toEqual(['Saved before the fault', 'Typed while the disk was in trouble']);
}

describe.skipIf(!canMountSmallDisks())('storage faults, made real on small disks (needs root to mount)', () => {
  it('a full disk: says the disk is full, keeps the change, saves once space is freed', async () => {
    const kit = await sessionOnSmallDisk(256);
    const filler = path.join(kit.dataDir, 'filler');
    await expectKeptAndRetried(
      kit,
      /Could not save “Leeds community event”: the disk is full\. Free some space/,
      async () => {
        await mkdir(filler);
        // Fill every last block, as another program downloading a video would.
        for (let i = 0; ; i++) {
          const wrote = await writeFile(path.join(filler, `${i}`), Buffer.alloc(16 * 1024)).then(
            () => true,
            () => false,
          );
          if (!wrote) break;
        }
        await writeFile(path.join(filler, 'last'), 'x').catch(() => {});
      },
      () => rm(filler, { recursive: true, force: true }),
    );
  });

  it('a disk that turns read-only: says so, keeps the change, saves once it is writable again', async () => {
    const kit = await sessionOnSmallDisk(4096);
    await expectKeptAndRetried(
      kit,
      /the data folder is on a read-only disk/,
      async () => void expect(run('mount', '-o', 'remount,ro', kit.dataDir).status).toBe(0),
      async () => void expect(run('mount', '-o', 'remount,rw', kit.dataDir).status).toBe(0),
    );
  });

  const hasChattr = run('chattr', '--help').error === undefined;
  it.skipIf(!hasChattr)(
    'a file locked by another program: says so, keeps the change, saves once it is released (needs chattr)',
    async () => {
      const kit = await sessionOnSmallDisk(4096);
      await expectKeptAndRetried(
        kit,
        /the file is locked or not permitted \(another program may have it open\)/,
        async () => void expect(run('chattr', '+i', kit.file).status).toBe(0),
        async () => void expect(run('chattr', '-i', kit.file).status).toBe(0),
      );
    },
  );
});
