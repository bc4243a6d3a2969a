import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { expect, test } from './fixtures';

// While the services theme the exports just added, the workspace's bar moves with the sentence
// model's reading of the new notes (the services' synthesisProgress events), and says so in
// words; before, it ran without a value until the whole addition was done.

const EXPORTS = path.join(import.meta.dirname, '..', 'fixtures', 'themes', 'exports');

interface Seen {
  label: string | null;
  value: string | null;
  max: string | null;
  status: string;
}

test('the bar moves while the sentence model reads the new notes', async ({ page, server, offMachineRequests }) => {
  test.setTimeout(120_000);
  const files = (await readdir(EXPORTS)).filter((f) => f.endsWith('.json')).sort();
  await page.goto(server.url);
  await page.getByRole('button', { name: 'Synthesis' }).click();
  const projects = page.getByRole('region', { name: 'Synthesis projects' });
  await projects.getByLabel('New project’s name').fill('Winter listening');
  await projects.getByRole('button', { name: 'Create project' }).click();
  await expect(page.getByLabel('Add export files…')).toBeVisible();

  // Every state the bar and its status show, as the page draws them.
  await page.evaluate(() => {
    const seen: Seen[] = [];
    (window as unknown as { seenProgress: Seen[] }).seenProgress = seen;
    const record = () => {
      const bar = document.querySelector('.synthesis-progress progress');
      if (!bar) return;
      const status = document.querySelector('.synthesis-progress [role="status"]')?.textContent ?? '';
      const state = {
        label: bar.getAttribute('aria-label'),
        value: bar.getAttribute('value'),
        max: bar.getAttribute('max'),
        status,
      };
      const last = seen.at(-1);
      if (!last || JSON.stringify(last) !== JSON.stringify(state)) seen.push(state);
    };
    new MutationObserver(record).observe(document.body, {
      subtree: true,
      childList: true,
      attributes: true,
      characterData: true,
    });
  });
  await page.getByLabel('Add export files…').setInputFiles(files.slice(0, 8).map((f) => path.join(EXPORTS, f)));
  const review = page.getByRole('region', { name: 'Review the themes' });
  await expect(review.getByRole('status')).toContainText('0% of notes in approved themes', { timeout: 90_000 });

  const seen = await page.evaluate(() => (window as unknown as { seenProgress: Seen[] }).seenProgress);
  // The model's reading (checking the files, when slow enough to be told, comes before it).
  const reading = seen.filter(
    (s) => s.label === 'Finding the themes of the new notes' && s.max !== null && s.status.includes('sentence model'),
  );
  // Partway: a value above none and below its maximum, told in words too.
  const partway = reading.find((s) => Number(s.value) > 0 && Number(s.value) < Number(s.max));
  expect(partway, JSON.stringify(seen, null, 1)).toBeDefined();
  expect(partway!.status).toMatch(
    /^Finding the themes of the notes of files 1 to 8 of 8: the sentence model has read [\d,]+ of [\d,]+ new notes and headings…$/,
  );
  // The values only rise.
  const values = reading.map((s) => Number(s.value));
  expect(values).toEqual([...values].sort((a, b) => a - b));
  expect(seen.some((s) => s.status.endsWith('comparing the notes to find their themes…'))).toBe(true);
  expect(offMachineRequests).toEqual([]);
});
