import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { unzipSync } from 'fflate';
import { expect, test } from './fixtures';
import { seriousViolations } from './steps';

// An analyst makes a project and reviews the machine's themes by keyboard alone: merges two,
// splits one, moves a table group, approves a theme, undoes and redoes; then adds five more
// events' exports and finds every decision kept, in this window and after a reload, and
// exports the merged data. Screenshots of the workspace go to docs/screenshots/.

const EXPORTS = path.join(import.meta.dirname, '..', 'fixtures', 'themes', 'exports');
const SHOTS = path.join(import.meta.dirname, '..', '..', 'docs', 'screenshots');

// Screenshots at a common laptop's size.
test.use({ viewport: { width: 1366, height: 768 } });

/** Scrolls the workspace's own scroller (and nothing around it) so `selector`'s top is at the top of the view. */
async function scrollTo(page: Page, selector: string) {
  await page.evaluate((sel) => {
    const scroller = document.querySelector('.synthesis-scroll')!;
    const target = document.querySelector(sel)!;
    scroller.scrollTo(
      0,
      target.getBoundingClientRect().top - scroller.getBoundingClientRect().top + scroller.scrollTop - 8,
    );
  }, selector);
}

async function press(page: Page, target: ReturnType<Page['locator']>, key: string) {
  await target.focus();
  await page.keyboard.press(key);
}

test('review by keyboard: make a project, merge, split, move a table group, approve, undo; five more exports and a reload keep every decision', async ({
  page,
  server,
  offMachineRequests,
}) => {
  // The sentence model reads every note of the exports before their themes are shown.
  test.setTimeout(300_000);
  const files = (await readdir(EXPORTS)).filter((f) => f.endsWith('.json')).sort();
  const first = files.slice(0, 12).map((f) => path.join(EXPORTS, f));
  const later = files.slice(12, 17).map((f) => path.join(EXPORTS, f));
  await page.goto(server.url);
  await press(page, page.getByRole('button', { name: 'Synthesis' }), 'Enter');
  await expect(page.getByRole('heading', { name: /Synthesis: what staff have told us so far/ })).toBeVisible();

  // A new project, named and made by keyboard; the exports go into it.
  const projects = page.getByRole('region', { name: 'Synthesis projects' });
  await projects.getByLabel('New project’s name').focus();
  await page.keyboard.type('Keyboard review');
  await page.keyboard.press('Enter');
  await expect(projects).toContainText('Open: Keyboard review');
  expect(await seriousViolations(page, '.synthesis-workspace')).toEqual([]);
  await page.getByLabel('Add export files…').setInputFiles(first);

  const region = page.getByRole('region', { name: 'Review the themes' });
  const status = region.getByRole('status');
  await expect(status).toContainText('0% of notes in approved themes', { timeout: 150_000 });
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
  // The note's theme and its table group may share a headline: the link to the theme is the first.
  await expect(trace.getByRole('button', { name: firstHeadline }).first()).toBeVisible();

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
  for (const word of [/Merged/i, /Split/i, /Undid/, /Redid/]) await expect(log).toContainText(word);
  // The log names the group by its headline, table and event, and themes by their headlines, never by id.
  await expect(log).toContainText(/Moved the table group ".+" \(.+, .+\) \(\d+ notes?\) to "/);
  await expect(log).not.toContainText(/\bt-\d+\b/);
  expect(await seriousViolations(page, '.synthesis-workspace')).toEqual([]);
  await scrollTo(page, '.review');
  await page.screenshot({ path: path.join(SHOTS, 'synthesis-review.png') });
  await scrollTo(page, '.review-trace');
  await page.screenshot({ path: path.join(SHOTS, 'synthesis-trace.png') });
  await scrollTo(page, '.review-audit');
  await page.screenshot({ path: path.join(SHOTS, 'synthesis-audit-log.png') });

  // Five more events' exports: every decision kept, the new notes counted as not yet reviewed.
  await page.getByLabel('Add export files…').setInputFiles(later);
  await expect(log).toContainText(/Added 5 exports: .* every earlier decision kept/, { timeout: 150_000 });
  await expect(themes.filter({ hasText: 'Split off by hand' })).toHaveCount(1);
  await expect(themes.filter({ hasText: mergedName })).toHaveCount(0);
  await expect(themes.filter({ hasText: '✓ approved' })).toHaveCount(1);
  await expect(status).toContainText('of notes in approved themes');
  expect(progressBefore).toContain('of notes in approved themes');
  expect(await seriousViolations(page, '.synthesis-workspace')).toEqual([]);
  await scrollTo(page, '.synthesis-chart');
  await page.screenshot({ path: path.join(SHOTS, 'synthesis-charts.png') });
  const progressAfter = await status.innerText();

  // The window reloaded: the project opens again from the list, by keyboard, every decision there.
  await page.reload();
  await press(page, page.getByRole('button', { name: 'Synthesis' }), 'Enter');
  await expect(projects.getByRole('list', { name: 'Saved projects' })).toContainText('17 exports');
  expect(await seriousViolations(page, '.synthesis-workspace')).toEqual([]);
  await scrollTo(page, '.synthesis-projects');
  await page.screenshot({ path: path.join(SHOTS, 'synthesis-projects.png') });
  await press(page, projects.getByRole('button', { name: 'Open Keyboard review' }), 'Enter');
  await expect(themes.filter({ hasText: 'Split off by hand' })).toHaveCount(1, { timeout: 30_000 });
  await expect(themes.filter({ hasText: mergedName })).toHaveCount(0);
  await expect(themes.filter({ hasText: '✓ approved' })).toHaveCount(1);
  await expect(status).toHaveText(progressAfter);

  // Each question's themes are numbered 1, 2, 3… in order, however the decisions reordered them.
  const numbers = await page
    .locator('.synthesis-themes')
    .evaluateAll((lists) =>
      lists.map((ol) => [...ol.querySelectorAll(':scope > li')].map((li) => (li as HTMLLIElement).value)),
    );
  expect(numbers.length).toBeGreaterThan(0);
  for (const list of numbers) expect(list).toEqual(list.map((_, i) => i + 1));

  // The new notes are shown as new: in the question's name, on their themes and on the notes.
  // A theme they joined reads as not yet approved; approving it (again) reviews them.
  await expect(region.getByLabel('Question').locator('option:checked')).toContainText(/ \(\d+ new\)$/);
  const withNew = themes.filter({ hasText: / · \d+ new( since)?$/ }).filter({ hasNotText: /^Other / });
  const newBefore = Number(/(\d+) new notes not yet reviewed/.exec(await status.innerText())![1]);
  await press(page, withNew.first(), 'Enter');
  const newHere = Number(/ · (\d+) new/.exec(await withNew.first().innerText())![1]);
  const approval = region.getByRole('checkbox', { name: 'Approved' });
  await expect(approval).not.toBeChecked();
  await press(page, region.getByRole('listbox', { name: /^Notes of / }), 'End');
  await expect(region.getByRole('listbox', { name: /^Notes of / })).toContainText('New, not yet reviewed');
  await press(page, approval, 'Space');
  await expect(approval).toBeChecked();
  const left = newBefore - newHere;
  await expect(status).toContainText(left > 0 ? `· ${left} new notes not yet reviewed` : /themes$/);
  expect(await seriousViolations(page, '.synthesis-workspace')).toEqual([]);

  // The merged data, by keyboard: the reviewed project's files and its audit log.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    press(page, page.getByRole('button', { name: 'Export merged data' }), 'Enter'),
  ]);
  expect(download.suggestedFilename()).toMatch(/-keyboard-review-merged-data\.zip$/);
  const entries = Object.keys(unzipSync(await readFile((await download.path())!)));
  expect(entries).toHaveLength(11);
  expect(entries).toContain('keyboard-review-audit-log.csv');
  for (const end of ['codebook.csv', 'coded-notes.csv', 'coded-notes.parquet', 'cross-tabs.csv'])
    expect(entries.some((n) => n.endsWith(`synthesis-${end}`))).toBe(true);
  expect(offMachineRequests).toEqual([]);
});
