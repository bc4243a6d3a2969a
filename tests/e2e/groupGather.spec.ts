import type { Locator, Page } from '@playwright/test';
import { NOTE_SIZE } from '../../shared/document/geometry';
import { expect, test } from './fixtures';
import { addNotesInZones, createSessionWithExercise, EXERCISE, savedSession } from './steps';

// Grouping by keyboard gathers the notes into a compact block inside the zone most of them
// are in: the board draws them gliding there (unless the OS asks for reduced motion, when
// they are drawn there at once), and one Undo puts back both where they were and the group.

const NOTES: [string, string][] = [
  ['More autonomy in decisions', 'Potential benefits'],
  ['Career development', 'Potential benefits'],
  ['Travel between visits', 'Potential downsides'],
  ['Buddy system for new starters', 'Mitigations'],
  ['Shared caseload reviews', 'Mitigations'],
  ['Pool cars for rural visits', 'Mitigations'],
];
const GROUPED = ['Buddy system for new starters', 'Pool cars for rural visits', 'Travel between visits'];

/** Records every value the board's data-notes-gliding takes from now on (a glide lasts a quarter of a second). */
async function recordGliding(page: Page) {
  await page.getByRole('application', { name: `Board: ${EXERCISE}` }).evaluate((el) => {
    const seen: number[] = [];
    (window as unknown as { glidingSeen: number[] }).glidingSeen = seen;
    new MutationObserver(() => seen.push(Number(el.getAttribute('data-notes-gliding')))).observe(el, {
      attributes: true,
      attributeFilter: ['data-notes-gliding'],
    });
  });
}
/**
 * The board's next announcement after `last`. The live region is emptied and filled 60 ms
 * later (so a message said twice is heard twice): on a busy machine a read can land in that
 * gap, so an empty region is not yet the answer.
 */
async function nextAnnouncement(said: Locator, last: string): Promise<string> {
  let now = '';
  await expect
    .poll(async () => {
      now = (await said.textContent()) ?? '';
      return now !== '' && now !== last;
    })
    .toBe(true);
  return now;
}
const glidingSeen = (page: Page) => page.evaluate(() => (window as unknown as { glidingSeen: number[] }).glidingSeen);

for (const motion of ['no-preference', 'reduce'] as const) {
  test(`grouping by keyboard gathers the notes into a compact block in their zone (motion: ${motion}); one undo puts all back`, async ({
    page,
    server,
    offMachineRequests,
  }) => {
    await page.emulateMedia({ reducedMotion: motion });
    await page.goto(server.url);
    await createSessionWithExercise(page);
    await addNotesInZones(page, NOTES);
    const board = page.getByRole('application', { name: `Board: ${EXERCISE}` });
    const said = page.locator('.rt-board__sr-only[aria-live]');
    await board.focus();
    // Every note added is on disk before the test reads where they are (the board holds reference cards too).
    const unsaved = async () => {
      const saved = new Set(Object.values((await savedSession(server.dataDir)).notes).map((n) => n.text));
      return NOTES.filter(([text]) => !saved.has(text)).length;
    };
    await expect.poll(unsaved).toBe(0);
    const before = await savedSession(server.dataDir);
    const byText = (text: string) => Object.values(before.notes).find((n) => n.text === text)!;
    const spread = GROUPED.map(byText);
    expect(new Set(spread.map((n) => n.zoneId)).size, 'the notes start in two zones').toBe(2);

    // Tab walks the notes in reading order; Space keeps each of the three as Tab reaches it; G groups them.
    const kept = new Set<string>();
    for (let i = 0; i < 30 && kept.size < GROUPED.length; i++) {
      const last = (await said.textContent()) ?? '';
      await page.keyboard.press('Tab');
      const now = await nextAnnouncement(said, last);
      const reached = GROUPED.find((text) => now.startsWith(`Selected: ${text} `));
      if (!reached) continue;
      await page.keyboard.press('Space');
      await expect(said).toContainText('Kept');
      kept.add(reached);
    }
    expect([...kept].sort()).toEqual([...GROUPED].sort());
    await recordGliding(page);
    await page.keyboard.press('g');
    const name = page.getByRole('dialog', { name: 'Name the new group' });
    await expect(name).toBeVisible();
    await page.keyboard.type('Autonomy and travel');
    await page.keyboard.press('Enter');
    await expect(name).toBeHidden();
    await expect(board).toHaveAttribute('data-notes-gliding', '0');
    const seen = await glidingSeen(page);
    if (motion === 'reduce')
      expect(
        seen.filter((n) => n > 0),
        'no note drawn on its way',
      ).toEqual([]);
    else expect(Math.max(0, ...seen), 'the moved notes were drawn on their way').toBe(GROUPED.length);

    await expect
      .poll(async () => Object.values((await savedSession(server.dataDir)).clusters).map((c) => c.headline))
      .toEqual(['Autonomy and travel']);
    const after = await savedSession(server.dataDir);
    const members = Object.values(after.notes).filter((n) => n.clusterId);
    expect(members.map((n) => n.text).sort()).toEqual([...GROUPED].sort());
    // Inside the zone most of them were in, below its header.
    const zone = Object.values(after.zones).find((z) => z.label === 'Mitigations')!;
    for (const n of members) {
      expect(n.zoneId).toBe(zone.id);
      expect(n.x).toBeGreaterThanOrEqual(zone.x);
      expect(n.y).toBeGreaterThanOrEqual(zone.y + 40);
      expect(n.x + NOTE_SIZE.width).toBeLessThanOrEqual(zone.x + zone.width);
      expect(n.y + NOTE_SIZE.height).toBeLessThanOrEqual(zone.y + zone.height);
    }
    // A compact block: a grid at most two notes wide (as square as the zone allows), a note's gap apart, no holes.
    const xs = [...new Set(members.map((n) => n.x))].sort((a, b) => a - b);
    const ys = [...new Set(members.map((n) => n.y))].sort((a, b) => a - b);
    expect(xs.length).toBeLessThanOrEqual(2);
    expect(xs.length * ys.length).toBeLessThan(members.length + xs.length);
    xs.forEach((x, i) => expect(x).toBe(xs[0] + i * (NOTE_SIZE.width + 12)));
    ys.forEach((y, i) => expect(y).toBe(ys[0] + i * (NOTE_SIZE.height + 12)));

    // One undo: every note back where it was, and in no group.
    await board.focus();
    await page.keyboard.press('Control+z');
    await expect
      .poll(async () => {
        const doc = await savedSession(server.dataDir);
        return Object.values(before.notes).every(
          (n) => doc.notes[n.id].x === n.x && doc.notes[n.id].y === n.y && doc.notes[n.id].clusterId === null,
        );
      })
      .toBe(true);
    await expect(board).toHaveAttribute('data-groups-drawn', '0');
    expect(offMachineRequests).toEqual([]);
  });
}
