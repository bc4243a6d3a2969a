import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { createSessionWithExercise, palette } from './steps';

// Smaller things a facilitator tripped on at 1366×768, each checked as they would notice it.
test.use({ viewport: { width: 1366, height: 768 } });

const SCREENSHOTS = process.env.ROUNDTABLE_SCREENSHOTS
  ? path.join(import.meta.dirname, '..', '..', 'docs', 'screenshots')
  : null;

async function addExercise(page: Page, title: string) {
  await palette(page, 'Add exercise');
  const add = page.getByRole('dialog', { name: 'Add exercise' });
  await add.getByLabel('Filter').fill(title);
  await page.keyboard.press('Enter');
  await expect(add).toBeHidden();
}

test('board tabs that overflow scroll, and the tab shown is in view', async ({ page, server }) => {
  await page.goto(server.url);
  await createSessionWithExercise(page);
  for (const title of ['generalist skill sets', 'Recruiting staff', 'Encouraging clinical staff', 'non-clinical staff'])
    await addExercise(page, title);
  const tabs = page.getByRole('tablist', { name: 'Open boards' }).getByRole('tab');
  await expect(tabs).toHaveCount(5);
  const strip = page.locator('.tab-strip');
  const fits = await strip.evaluate((el) => ({
    scrolls: el.scrollWidth > el.clientWidth,
    right: el.getBoundingClientRect().right,
  }));
  expect(fits.scrolls).toBe(true);
  expect(fits.right).toBeLessThanOrEqual(1366);
  await expect(tabs.last()).toHaveAttribute('aria-selected', 'true');
  await expect(tabs.last()).toBeInViewport({ ratio: 1 });
  // A title that is the prompt too is not said twice in the board's header.
  await expect(page.locator('.board-header')).toContainText('Exercise 2b) How can non-clinical staff');
  await expect(page.locator('.board-prompt')).toHaveCount(0);
  await page.screenshot({ path: test.info().outputPath('tabs.png') });
});

test('Add table with its mix open and Print board fit a 768 px screen: they scroll inside, their buttons in view', async ({
  page,
  server,
}) => {
  await page.goto(server.url);
  await createSessionWithExercise(page);
  await palette(page, 'Add table');
  const table = page.getByRole('dialog', { name: 'Add table' });
  await table.getByText('Staff groups and sectors at this table').click();
  await expect(table.getByRole('button', { name: 'Add table' })).toBeInViewport({ ratio: 1 });
  await page.screenshot({ path: test.info().outputPath('add-table.png') });
  await table.getByRole('button', { name: 'Cancel' }).click();
  await palette(page, 'Print board');
  const print = page.getByRole('dialog', { name: 'Print board' });
  await expect(print.getByRole('button', { name: /Print/ }).last()).toBeInViewport({ ratio: 1 });
  await page.screenshot({ path: test.info().outputPath('print-board.png') });
});

test('Edit table works from the explorer before any board is open', async ({ page, server }) => {
  await page.goto(server.url);
  await createSessionWithExercise(page);
  await page.getByRole('tablist', { name: 'Open boards' }).getByRole('tab').first().focus();
  await page.keyboard.press('Control+w');
  await expect(page.getByRole('tablist', { name: 'Open boards' }).getByRole('tab')).toHaveCount(0);
  await palette(page, 'Edit table');
  await expect(page.getByRole('dialog', { name: 'Edit table' })).toBeVisible();
});

/**
 * Every visible select (in the open dialog, if one is) that is narrower than it would be with
 * room to show its text whole: the option it shows, and every option of a short fixed list
 * (zones, staff groups), which the browser sizes a select to when nothing squeezes it.
 */
async function truncatedSelects(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const scope = document.querySelector('dialog[open]') ?? document;
    return [...scope.querySelectorAll('select')].flatMap((select) => {
      if (!select.offsetParent) return [];
      const has = select.getBoundingClientRect().width;
      const shown = select.selectedOptions[0]?.text ?? '';
      // The width it takes, unsqueezed, for its options (or, in a long list of notes, the one it shows).
      const probe = select.cloneNode(true) as HTMLSelectElement;
      if (select.options.length > 12) probe.replaceChildren(new Option(shown));
      probe.style.cssText = 'position:absolute;visibility:hidden;width:auto;min-width:0;max-width:none;flex:none';
      select.parentElement!.append(probe);
      const needs = probe.getBoundingClientRect().width;
      probe.remove();
      const label = select.labels?.[0];
      const own = label
        ? [...label.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE || !n.contains(select))
        : [];
      const name =
        own
          .map((n) => n.textContent)
          .join('')
          .trim() ||
        select.getAttribute('aria-label') ||
        select.id;
      return needs > has + 0.5 ? [`${name} ("${shown}"): needs ${Math.ceil(needs)} px, has ${Math.floor(has)}`] : [];
    });
  });
}

test('no select box cuts its words short at 1366×768: new session, agenda, list view, note details, export', async ({
  page,
  server,
}) => {
  test.setTimeout(120_000);
  await page.goto(server.url);
  await page.getByRole('button', { name: 'New session' }).first().click();
  const session = page.getByRole('dialog', { name: 'New session' });
  await expect(session.getByLabel('Shift')).toBeVisible();
  const cut: string[] = [];
  cut.push(...(await truncatedSelects(page)).map((s) => `New session ${s}`));
  await page.keyboard.press('Escape');
  await createSessionWithExercise(page, 'generalist skill sets');
  await page.getByRole('button', { name: 'Agenda' }).click();
  await expect(page.getByLabel('Plan from a deck')).toBeVisible();
  cut.push(...(await truncatedSelects(page)).map((s) => `Agenda ${s}`));
  if (SCREENSHOTS) await page.screenshot({ path: path.join(SCREENSHOTS, 'agenda-deck-1366x768.png') });
  await page.getByRole('button', { name: 'Agenda' }).click();
  await page.getByRole('tab', { name: 'List', exact: true }).click();
  await page.getByRole('textbox', { name: 'New note' }).fill('Fear of being blamed when things go wrong');
  await page.getByRole('textbox', { name: 'New note' }).press('Control+Enter');
  await expect(page.getByRole('textbox', { name: 'Note text' })).toHaveCount(1);
  cut.push(...(await truncatedSelects(page)).map((s) => `List view ${s}`));
  await page.screenshot({
    path: SCREENSHOTS ? path.join(SCREENSHOTS, 'list-view-selects-1366x768.png') : test.info().outputPath('list.png'),
  });
  await palette(page, 'Export session');
  await expect(page.getByRole('dialog', { name: /Export/ })).toBeVisible();
  cut.push(...(await truncatedSelects(page)).map((s) => `Export ${s}`));
  expect(cut).toEqual([]);
});
