import { beforeEach, expect, it, vi } from 'vitest';
import { operation } from '../../../shared/operations/operation';
import { tempFolder } from '../../helpers/tempFolder';
import { EVENT, apiClientOf, servicesFor } from '../../helpers/services';

// What acts (the operations' behaviours, the board's actions) loads after the board's first
// paint (renderer/src/state/lateCode.ts). What the user does before then must wait for it and
// run once it is there, in the order it was done. Each test loads the renderer's modules afresh.

let lateCode: typeof import('../../../renderer/src/state/lateCode');
beforeEach(async () => {
  vi.resetModules();
  lateCode = await import('../../../renderer/src/state/lateCode');
});

/** A module whose load the test lets finish (`arrive`) or fail (`fail`). */
function heldBack<M>(module: M) {
  let arrive!: () => void;
  let fail!: () => void;
  let loads = 0;
  const importer = () => {
    loads++;
    return new Promise<M>((resolve, reject) => {
      arrive = () => resolve(module);
      fail = () => reject(new Error('offline'));
    });
  };
  return { importer, arrive: () => arrive(), fail: () => fail(), loads: () => loads };
}

const settle = () => new Promise((r) => setTimeout(r, 0));

it('runs what was asked before the late code loaded once all of it has, in the order asked, and later at once', async () => {
  const done: string[] = [];
  const clusters = heldBack({ name: 'clusters' });
  const links = heldBack({ name: 'links' });
  const clusterCode = lateCode.late(clusters.importer);
  const linkCode = lateCode.late(links.importer);

  linkCode.run((m) => done.push(`${m.name} 1`));
  clusterCode.run((m) => done.push(`${m.name} 2`));
  linkCode.run((m) => done.push(`${m.name} 3`));
  expect(clusterCode.get()).toBeNull();
  links.arrive();
  await settle();
  // One module there is not enough: a drop onto a note (grouping) after a drag (the board) keeps its order.
  expect(done).toEqual([]);
  clusters.arrive();
  await lateCode.loadLateCode();
  expect(done).toEqual(['links 1', 'clusters 2', 'links 3']);

  clusterCode.run((m) => done.push(`${m.name} 4`));
  expect(done).toEqual(['links 1', 'clusters 2', 'links 3', 'clusters 4']);
});

it('tries a failed load again, and runs what waited once it succeeds', async () => {
  vi.useFakeTimers();
  try {
    const done: string[] = [];
    const code = heldBack({ name: 'votes' });
    lateCode.late(code.importer).run((m) => done.push(m.name));
    code.fail();
    await vi.advanceTimersByTimeAsync(1_000);
    expect(code.loads()).toBe(2);
    expect(done).toEqual([]);
    code.arrive();
    await vi.advanceTimersByTimeAsync(0);
    expect(done).toEqual(['votes']);
  } finally {
    vi.useRealTimers();
  }
});

it('applies another window’s change that arrives before the operations have loaded once they have', async () => {
  const { OpenSession } = await import('../../../renderer/src/state/openSession');
  const { operations } = await import('../../../renderer/src/state/operationsLoading');
  const services = await servicesFor(await tempFolder());
  const api = apiClientOf(services, 'renderer');
  const created = await api.createSession(EVENT);
  const session = new OpenSession(api, created);
  const events: Parameters<Parameters<typeof api.onEvent>[0]>[0][] = [];
  api.onEvent((e) => events.push(e));

  await apiClientOf(services, 'other window').applyOperation(
    created.id,
    operation('updateEventDetails', { changes: { name: 'Renamed in the other window' } }),
  );
  await new Promise((r) => setTimeout(r, 20));
  const changed = events.filter((e) => e.type === 'sessionChanged');
  expect(changed).toHaveLength(1);

  expect(operations.get()).toBeNull();
  session.receive(changed[0]);
  expect(session.getView().doc.event.name).toBe(EVENT.name);
  await operations.load();
  await settle();
  expect(session.getView().doc.event.name).toBe('Renamed in the other window');
  expect(session.getView().doc.revision).toBe(created.revision + 1);
});
