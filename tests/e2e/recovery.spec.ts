// What a facilitator meets when something went wrong with a session's file, and the
// version history that gets the work back: in Chromium, against the real browser-mode server.
import { spawnSync } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, RoundtableServer, test } from './fixtures';
import { createSessionWithExercise, EXERCISE } from './steps';
import { createServices } from '../../electron/services/services';
import { loadTemplateLibrary } from '../../electron/services/templates/templateLibrary';
import { newParticipantNote } from '../../shared/document/create';
import { SESSION_SCHEMA_VERSION } from '../../shared/document/schema';
import { operation } from '../../shared/operations/registry';
import { instantiateTemplate } from '../../shared/templates/instantiate';

const ROOT = path.join(import.meta.dirname, '..', '..');

/** A data folder holding two sessions written by the real services, the first with notes and a version in its history. */
async function dataFolderWithSessions() {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'roundtable-e2e-recovery-'));
  const { templates } = await loadTemplateLibrary(path.join(ROOT, 'resources', 'templates'));
  const services = createServices({
    dataDir,
    templates,
    appInfo: { version: 'e2e', mode: 'browser', schemaVersion: SESSION_SCHEMA_VERSION },
  });
  const ctx = { clientId: 'setup' };
  const morning = await services.createSession(ctx, {
    name: 'Morning workshop',
    date: '2025-03-04',
    location: 'Leeds',
    facilitator: 'Sam',
    shift: null,
  });
  const added = instantiateTemplate(
    morning,
    templates.find((t) => t.title === EXERCISE)!,
    new Date().toISOString(),
  );
  await services.applyOperation(ctx, morning.id, operation('addExercise', added));
  const notes = ['Staff shortages', 'Travel time'].map((t, i) =>
    newParticipantNote(added.boards[0].id, t, { x: 40 + 200 * i, y: 400 }, new Date().toISOString()),
  );
  await services.applyOperation(ctx, morning.id, operation('addNotes', { notes }));
  await services.createSession(ctx, {
    name: 'Afternoon workshop',
    date: '2025-03-04',
    location: 'Leeds',
    facilitator: 'Sam',
    shift: null,
  });
  await services.flushAll();
  return { dataDir, file: path.join(dataDir, 'sessions', `${morning.id.replace(':', '-')}.json`) };
}

async function withServer(dataDir: string, use: (server: RoundtableServer) => Promise<void>) {
  const server = new RoundtableServer(dataDir);
  await server.start();
  try {
    await use(server);
  } finally {
    await server.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
}

async function openBoard(page: Page, session: RegExp) {
  await page.getByRole('treeitem', { name: session }).click();
  await page.keyboard.press('ArrowRight');
  await page.getByRole('treeitem', { name: EXERCISE }).dblclick();
  await expect(page.getByRole('tab', { name: new RegExp(EXERCISE) })).toBeVisible();
}

test('a damaged session file: the app starts, says what happened, and restores the last good version', async ({
  page,
  offMachineRequests,
}) => {
  const { dataDir, file } = await dataFolderWithSessions();
  const text = await readFile(file, 'utf-8');
  await writeFile(file, text.slice(0, text.length / 2)); // cut short, as by a crash mid-copy
  await withServer(dataDir, async (server) => {
    await page.goto(server.url);
    await expect(page.getByRole('treeitem', { name: /Afternoon workshop/ })).toBeVisible();
    const notice = page.getByRole('group', { name: 'Damaged file: “Morning workshop”' });
    await expect(notice).toContainText(
      '“Morning workshop” could not be opened: its file is damaged (it looks cut short).',
    );
    await expect(notice).toContainText('moved the file to its quarantine folder and did not delete it');
    await expect(notice).toContainText('2 notes, can be restored');
    await notice.getByText('Details').click();
    await expect(notice).toContainText(/not valid JSON.*The damaged file is .*quarantine/);
    await page.screenshot({ path: 'test-results/recovery-damaged-notice.png' });

    await notice.getByRole('button', { name: 'Restore last good version' }).click();
    await expect(notice).toBeHidden();
    await openBoard(page, /Morning workshop/);
    await expect(page.getByRole('contentinfo')).toContainText('2 notes');
    expect(offMachineRequests).toEqual([]);
  });
});

test('a session from a newer Roundtable: said once, up front, by name; every editing control disabled; never written', async ({
  page,
}) => {
  const { dataDir, file } = await dataFolderWithSessions();
  const newer = JSON.parse(await readFile(file, 'utf-8'));
  newer.schemaVersion = SESSION_SCHEMA_VERSION + 1;
  newer.timers = {}; // something this version does not know
  const text = JSON.stringify(newer);
  await writeFile(file, text);
  await withServer(dataDir, async (server) => {
    await page.goto(server.url);
    // Up front, before anything is tried: by the session's name, and saying only that it is open read-only.
    const notice = page.getByRole('group', { name: 'Newer file: “Morning workshop”' });
    await expect(notice).toContainText('“Morning workshop” was saved by a newer Roundtable');
    await expect(notice).toContainText('so it is open read-only');
    await expect(page.getByText('Update Roundtable to open it')).toHaveCount(0);
    await expect(page.getByText(/session:[A-Za-z0-9_-]+/)).toHaveCount(0);

    await openBoard(page, /Morning workshop/);
    await expect(page.getByRole('status', { name: 'Save status' })).toHaveText('Read-only');
    const tools = page.getByRole('toolbar', { name: 'Board tools' });
    for (const control of ['Add note', 'Lock board', 'Group', 'Suggest clusters', 'Undo', 'Redo'])
      await expect(tools.getByRole('button', { name: control, exact: true })).toBeDisabled();
    await expect(
      page.getByRole('group', { name: 'Timer' }).getByRole('button', { name: 'Start timer' }),
    ).toBeDisabled();
    await expect(tools.getByRole('button', { name: 'Zoom in' })).toBeEnabled(); // Looking is still possible.
    await page.screenshot({ path: 'test-results/recovery-read-only.png' });

    // A key that would add a note does nothing, and no error is raised after the fact.
    await page.getByRole('application', { name: new RegExp(`Board: ${EXERCISE}`) }).focus();
    await page.keyboard.press('n');
    await expect(page.getByRole('textbox', { name: 'Note text' })).toHaveCount(0);
    await expect(page.getByRole('contentinfo')).toContainText('2 notes');
    await expect(page.getByRole('contentinfo')).not.toContainText('read-only:');

    // The list view offers nothing that edits either.
    await page.getByRole('tab', { name: 'List' }).click();
    const form = page.getByRole('form', { name: 'Add a note' });
    for (const field of await form.getByRole('textbox').all()) await expect(field).toBeDisabled();
    await server.stop();
    expect(await readFile(file, 'utf-8')).toBe(text);
  });
});

test('version history: restore an earlier version from the palette, then undo the restore', async ({
  page,
  server,
}) => {
  await page.goto(server.url);
  await createSessionWithExercise(page);
  await expect(page.getByRole('status', { name: 'Save status' })).toHaveText('Saved');

  // A note added after the first version was kept.
  await page.getByRole('application', { name: new RegExp(`Board: ${EXERCISE}`) }).focus();
  await page.keyboard.press('n');
  await page.getByRole('textbox', { name: 'Note text' }).fill('Travel time eats into clinic hours');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status', { name: 'Save status' })).toHaveText('Saved');
  await expect(page.getByRole('contentinfo')).toContainText('1 note');

  await page.keyboard.press('Control+Shift+P');
  await page.getByRole('dialog', { name: 'Command palette' }).getByLabel('Type a command').fill('Version history');
  await page.keyboard.press('Enter');
  const history = page.getByRole('dialog', { name: 'Version history' });
  const restore = history.getByRole('button', { name: /Restore the version from .*\(0 notes, 1 exercise\)/ });
  await expect(restore).toBeFocused();
  await page.screenshot({ path: 'test-results/recovery-version-history.png' });
  await restore.press('Enter');
  await expect(history).toBeHidden();
  await expect(page.getByRole('contentinfo')).toContainText('0 notes');

  await page.keyboard.press('Control+z');
  await expect(page.getByRole('contentinfo')).toContainText('1 note');
  await expect(page.getByRole('status', { name: 'Save status' })).toHaveText('Saved');

  // The restore kept a copy of what it replaced (and so did its undo), listed in the history too.
  await page.getByRole('button', { name: 'Version history' }).click();
  await expect(
    page.getByRole('dialog', { name: 'Version history' }).getByText('Before a restore · 1 note, 1 exercise'),
  ).toBeVisible();
});

/** The status bar's items sit side by side inside the window: none overprints another or is pushed off. */
async function expectSideByside(page: Page) {
  const box = async (locator: ReturnType<Page['getByText']>) => (await locator.boundingBox())!;
  const bar = page.getByRole('contentinfo');
  const saved = await box(bar.getByRole('status', { name: 'Save status' }));
  const zoom = await box(bar.getByText(/^Zoom \d+%$/));
  const mode = await box(bar.getByText('Browser mode', { exact: true }));
  const width = page.viewportSize()!.width;
  expect(saved.x + saved.width).toBeLessThanOrEqual(zoom.x);
  expect(zoom.x + zoom.width).toBeLessThanOrEqual(mode.x);
  expect(mode.x + mode.width).toBeLessThanOrEqual(width);
}

/** Root can mount a small tmpfs here (as in CI); elsewhere the disk-full test is skipped, saying so. */
function canMountSmallDisks(): boolean {
  if (process.platform !== 'linux' || process.getuid?.() !== 0) return false;
  const probe = path.join(os.tmpdir(), `roundtable-e2e-probe-${process.pid}`);
  spawnSync('mkdir', ['-p', probe]);
  const mounted = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', probe]).status === 0;
  if (mounted) spawnSync('umount', [probe]);
  spawnSync('rmdir', [probe]);
  return mounted;
}

test('a full disk: the status bar says so, the note stays on the board, and it is saved once space is freed', async ({
  page,
}) => {
  test.skip(!canMountSmallDisks(), 'needs root to mount a small disk');
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'roundtable-e2e-full-'));
  expect(spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=512k', 'tmpfs', dataDir]).status).toBe(0);
  const server = new RoundtableServer(dataDir);
  try {
    await server.start();
    await page.goto(server.url);
    await createSessionWithExercise(page);
    const status = page.getByRole('status', { name: 'Save status' });
    await expect(status).toHaveText('Saved');

    // Another program fills the disk.
    const filler = path.join(dataDir, 'filler');
    spawnSync('mkdir', [filler]);
    for (
      let i = 0;
      spawnSync('dd', ['if=/dev/zero', `of=${path.join(filler, String(i))}`, 'bs=16k', 'count=1']).status === 0;
      i++
    );

    await page.getByRole('application', { name: new RegExp(`Board: ${EXERCISE}`) }).focus();
    await page.keyboard.press('n');
    await page.getByRole('textbox', { name: 'Note text' }).fill('Typed while the disk was full');
    await page.keyboard.press('Enter');
    // Short in the bar, in full in a notice above it; the zoom and the mode keep their place.
    await expect(status).toHaveText('Not saved');
    const notice = page.getByRole('alert', { name: 'Not saved' });
    await expect(notice).toHaveText(
      'Could not save “Leeds community event”: the disk is full. Free some space. Your changes are kept and Roundtable will try again in a moment.',
    );
    const bar = page.getByRole('contentinfo');
    await expect(bar).toContainText('1 note');
    await expectSideByside(page);
    await page.screenshot({ path: 'test-results/recovery-disk-full.png' });

    await rm(filler, { recursive: true, force: true });
    await expect(status).toHaveText('Saved', { timeout: 15_000 });
    // Saved means saved: no stale error left anywhere.
    await expect(notice).toHaveCount(0);
    await expect(bar).not.toContainText('Could not save');
    await expect(bar).not.toContainText('disk is full');
    await expect(page.getByRole('button', { name: 'Details' })).toHaveCount(0);
    await page.screenshot({ path: 'test-results/recovery-disk-recovered.png' });
    const [file] = (await readdir(path.join(dataDir, 'sessions'))).filter((n) => n.endsWith('.json'));
    expect(await readFile(path.join(dataDir, 'sessions', file), 'utf-8')).toContain('Typed while the disk was full');
  } finally {
    await server.stop();
    spawnSync('umount', [dataDir]);
    await rm(dataDir, { recursive: true, force: true });
  }
});

test('115 damaged files: one summary with details and Dismiss all, and the sessions list stays in view', async ({
  page,
}) => {
  const { dataDir, file } = await dataFolderWithSessions();
  const text = await readFile(file, 'utf-8');
  await writeFile(file, text.slice(0, text.length / 2)); // One with a last good version, so a name...
  for (let i = 0; i < 114; i++)
    await writeFile(path.join(dataDir, 'sessions', `session-hostile${i}.json`), '{"type":"roundtable.sess'); // ...and 114 without.
  await withServer(dataDir, async (server) => {
    await page.goto(server.url);
    const notices = page.getByRole('region', { name: 'Needs your attention' });
    // Quarantining 115 files is 115 durable moves: slow on a busy disk, so more time than the usual 10 s.
    await expect(notices).toContainText(
      '115 session files could not be opened: they are damaged, and Roundtable moved them to the quarantine folder without deleting anything.',
      { timeout: 45_000 },
    );
    // Folded away until asked for: the list is not buried.
    await expect(notices.getByRole('group', { name: /^Damaged file:/ })).toHaveCount(0);
    const afternoon = page.getByRole('treeitem', { name: /Afternoon workshop/ });
    await expect(afternoon).toBeInViewport();
    await page.screenshot({ path: 'test-results/recovery-many-damaged.png' });

    await notices.getByText('Details of each file').click();
    await expect(notices.getByRole('group', { name: /^Damaged file:/ })).toHaveCount(115);
    // Every notice carries a name: the session's, or its file's when no snapshot tells it.
    await expect(notices.getByRole('group', { name: 'Damaged file: “Morning workshop”' })).toContainText(
      '2 notes, can be restored',
    );
    const unnamed = notices.getByRole('group', { name: 'Damaged file: session-hostile7.json' });
    await expect(unnamed).toContainText('The session in session-hostile7.json could not be opened');
    await expect(afternoon).toBeInViewport();
    await page.screenshot({ path: 'test-results/recovery-many-damaged-details.png' });
    const { violations } = await new AxeBuilder({ page }).include('.storage-notices').analyze();
    expect(violations).toEqual([]);

    await notices.getByRole('button', { name: 'Dismiss all' }).click();
    await expect(notices).toHaveCount(0);
    await expect(afternoon).toBeVisible();
    expect((await readdir(path.join(dataDir, 'quarantine'))).filter((n) => n.endsWith('.json'))).toHaveLength(115);
  });
});
