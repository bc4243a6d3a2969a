import { readdir } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { seriousViolations } from './steps';

// An analyst reviews the machine's themes by keyboard alone: merges two, splits one, moves a
// table group, approves a theme, undoes and redoes; then adds five more events' exports and
// finds every decision kept. Screenshots of the workspace go to docs/screenshots/.

const EXPORTS = path.join(import.meta.dirname, '..', 'fixtures', 'themes', 'exports');
const SHOTS = path.join(import.meta.dirname, '..', '..', 'docs', 'screenshots');

async function press(page: Page, target: ReturnType<Page['locator']>, key: string) {
  await target.focus();
  await page.keyboard.press(key);
}

test('review by keyboard: merge, split, move a table group, approve, undo; five more exports keep every decision', async ({
  page,
  server,
  offMachineRequests,
}) => {
  test.setTimeout(180_000);
  const files = (await readdir(EXPORTS)).filter((f) => f.endsWith('.json')).sort();
  const first = files.slice(0, files.length - 5).map((f) => path.join(EXPORTS, f));
  const later = files.slice(files.length - 5).map((f) => path.join(EXPORTS, f));
  await page.goto(server.url);
  await press(page, page.getByRole('button', { name: 'Synthesis' }), 'Enter');
  await expect(page.getByRole('heading', { name: /Synthesis: what staff have told us so far/ })).toBeVisible();
  await page.getByLabel('Add export files…').setInputFiles(first);

  const region = page.getByRole('region', { name: 'Review the themes' });
  const status = region.getByRole('status');
  await expect(status).toContainText('0% of notes in approved themes', { timeout: 60_000 });
  const analyst = region.getByLabel('Analyst’s name');
  await analyst.focus();
  await page.keyboard.type('Asha Analyst');
  await page.keyboard.press('Enter');

  const themes = region.getByRole('list', { name: /^Themes of / }).getByRole('button');
  const before = await themes.count();
  expect(before).toBeGreaterThan(3);

  // Merge: the second theme into the first.
  await press(page, themes.first(), 'Enter');
  const firstHeadline = (await region.getByRole('heading', { level: 4 }).innerText()).trim();
  const merged = region.getByLabel('Merge into this theme');
  const mergedName = (await merged.locator('option:checked').innerText()).replace(/ \(\d+ notes\)$/, '');
  await press(page, region.getByRole('button', { name: 'Merge', exact: true }), 'Enter');
  await expect(themes).toHaveCount(before - 1);
  await expect(themes.filter({ hasText: mergedName })).toHaveCount(0);

  // Split: two notes of the merged theme chosen with Space, into a new theme.
  const notes = region.getByRole('listbox', { name: `Notes of ${firstHeadline}` });
  await press(page, notes, 'Space');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Space');
  await expect(notes.getByRole('option', { selected: true })).toHaveCount(2);
  await region.getByLabel('New theme’s headline').focus();
  await page.keyboard.type('Split off by hand');
  await press(page, region.getByRole('button', { name: 'Split chosen notes into a new theme' }), 'Enter');
  await expect(themes.filter({ hasText: 'Split off by hand' })).toHaveCount(1);

  // Trace: Enter on a note shows its event, table and zone; its group is one Enter away.
  await press(page, notes, 'Enter');
  const trace = region.getByRole('region', { name: 'Where this note came from' });
  await expect(trace).toContainText('Event');
  await expect(trace).toContainText('Zone');
  await expect(trace.getByRole('button', { name: firstHeadline })).toBeVisible();

  // Move a whole table group to another theme.
  const groups = region.locator('.review-groups').getByRole('button');
  await press(page, groups.nth(1), 'Enter');
  await expect(groups.nth(1)).toHaveAttribute('aria-pressed', 'true');
  await press(page, region.getByRole('button', { name: 'Move group' }), 'Enter');
  await expect(region.getByRole('alert')).toHaveCount(0);

  // Approve, undo, redo.
  const approved = region.getByRole('checkbox', { name: 'Approved' });
  await press(page, approved, 'Space');
  await expect(approved).toBeChecked();
  await expect(status).not.toContainText(/^0% /);
  await press(page, themes.first(), 'Control+z');
  await expect(approved).not.toBeChecked();
  await page.keyboard.press('Control+Shift+z');
  await expect(approved).toBeChecked();
  const progressBefore = await status.innerText();

  await press(page, region.getByText(/^Audit log \(/), 'Enter');
  const log = region.getByRole('table', { name: 'Audit log' });
  await expect(log).toContainText('Asha Analyst');
  for (const word of [/Merged/i, /Split/i, /group/i, /Undid/, /Redid/]) await expect(log).toContainText(word);
  expect(await seriousViolations(page, '.synthesis-workspace')).toEqual([]);
  await region.getByRole('heading', { name: 'Review the themes' }).scrollIntoViewIfNeeded();
  await page.evaluate(() => document.querySelector('.review')?.scrollIntoView({ block: 'start' }));
  await page.screenshot({ path: path.join(SHOTS, 'synthesis-review.png') });
  await trace.scrollIntoViewIfNeeded();
  await page.screenshot({ path: path.join(SHOTS, 'synthesis-trace.png') });

  // Five more events' exports: every decision kept, the new notes counted as not yet reviewed.
  await page.getByLabel('Add export files…').setInputFiles(later);
  await expect(log).toContainText(/Added 5 exports: .* every earlier decision kept/, { timeout: 60_000 });
  await expect(themes.filter({ hasText: 'Split off by hand' })).toHaveCount(1);
  await expect(themes.filter({ hasText: mergedName })).toHaveCount(0);
  await expect(themes.filter({ hasText: '✓ approved' })).toHaveCount(1);
  await expect(status).toContainText('of notes in approved themes');
  expect(progressBefore).toContain('of notes in approved themes');
  expect(await seriousViolations(page, '.synthesis-workspace')).toEqual([]);
  await page.locator('.synthesis-chart').first().scrollIntoViewIfNeeded();
  await page.screenshot({ path: path.join(SHOTS, 'synthesis-charts.png') });
  expect(offMachineRequests).toEqual([]);
});
