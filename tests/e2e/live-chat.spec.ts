/**
 * A librarian anywhere in the world finds out when a live chat is, in their own time,
 * whether it is still to come, and puts it in their calendar.
 */
import { readFile } from 'node:fs/promises';
import { expect, type Page, test } from '@playwright/test';
import { TEST_NOW } from '../support/build.ts';
import { formatProblems, parseCalendar } from '../support/ical.ts';

/** content/topics/2/06-leadership-without-a-title.md: 20:00 Sydney summer time, 2 December 2026, for an hour. */
const CHAT_PAGE = '/topics/2/06-leadership-without-a-title/';
const chatOf = (page: Page) => page.getByRole('region', { name: 'Live chat' });
/** The value beside a term in the chat's list of facts. */
const fact = (page: Page, term: string) =>
  chatOf(page)
    .locator('div')
    .filter({ has: page.getByRole('term').getByText(term, { exact: true }) })
    .getByRole('definition');

for (const [timezoneId, local] of [
  ['America/Chicago', 'Wed 2 December 2026, 3:00 CST, Chicago'],
  ['Europe/Budapest', 'Wed 2 December 2026, 10:00 CET, Budapest'],
  ['Asia/Kolkata', 'Wed 2 December 2026, 14:30 IST, Kolkata'],
  ['Pacific/Auckland', 'Wed 2 December 2026, 22:00 NZDT, Auckland'],
] as const) {
  test.describe(`a reader in ${timezoneId}`, () => {
    test.use({ timezoneId });

    test(`sees the chat at ${local}, beside the time as announced in Sydney and in UTC`, async ({ page }) => {
      await page.clock.install({ time: new Date(TEST_NOW) });
      await page.goto(CHAT_PAGE);
      await expect(fact(page, 'Your time')).toHaveText(local);
      await expect(fact(page, 'Your time').locator('time')).toHaveAttribute('datetime', '2026-12-02T09:00:00.000Z');
      await expect(fact(page, 'As announced')).toHaveText('Wed 2 December 2026, 20:00 AEDT, Sydney');
      await expect(fact(page, 'As announced').locator('time')).toHaveAttribute('datetime', '2026-12-02T20:00:00+11:00');
      await expect(fact(page, 'In UTC')).toHaveText('Wed 2 December 2026, 9:00 UTC');
    });
  });
}

test.describe('a reader in Budapest with the page open', () => {
  test.use({ timezoneId: 'Europe/Budapest' });

  test('sees the chat turn from upcoming to happening now, until an hour of their own, to ended', async ({ page }) => {
    await page.clock.install({ time: new Date('2026-12-02T19:57:30+11:00') });
    await page.goto(CHAT_PAGE);
    const chat = chatOf(page);
    await expect(chat.getByText('Upcoming', { exact: true })).toBeVisible();
    await expect(chat.getByText('Starts in 2 minutes.')).toBeVisible();
    await expect(chat.getByText('Happening now')).toBeHidden();

    await page.clock.fastForward('02:30');
    await expect(chat.getByText('Happening now')).toBeVisible();
    await expect(chat.getByText('Until 11:00 CET: join in on Mastodon with #ILNchat.')).toBeVisible();
    await expect(chat.getByText('Upcoming', { exact: true })).toBeHidden();

    await expect(chat.getByRole('link', { name: 'Add to calendar' })).toBeVisible();

    await page.clock.fastForward('01:00:00');
    await expect(chat.getByText('This chat has ended')).toBeVisible();
    await expect(chat.getByText('Happening now')).toBeHidden();
    await expect(chat.getByRole('link', { name: 'Add to calendar' })).toBeHidden();
  });
});

test('a page built before the chat says it has ended when read after it', async ({ page }) => {
  await page.clock.install({ time: new Date('2026-12-09T09:00:00+11:00') });
  await page.goto(CHAT_PAGE);
  await expect(chatOf(page).getByText('This chat has ended')).toBeVisible();
  await expect(chatOf(page).getByText('Upcoming', { exact: true })).toBeHidden();
  await expect(chatOf(page).getByRole('link', { name: 'Add to calendar' })).toBeHidden();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false, timezoneId: 'America/Chicago' });

  test('the Sydney and UTC times remain, with the status as built', async ({ page }) => {
    await page.goto(CHAT_PAGE);
    await expect(fact(page, 'As announced')).toHaveText('Wed 2 December 2026, 20:00 AEDT, Sydney');
    await expect(fact(page, 'In UTC')).toHaveText('Wed 2 December 2026, 9:00 UTC');
    await expect(chatOf(page).getByText('Your time')).toBeHidden();
    await expect(chatOf(page).getByText('Upcoming', { exact: true })).toBeVisible();
    await expect(chatOf(page).getByText('This chat has ended')).toBeHidden();
    await expect(chatOf(page).getByRole('link', { name: 'Add to calendar' })).toBeVisible();
  });

  test('a chat that had ended when the page was built offers no calendar file', async ({ page }) => {
    await page.goto('/topics/2/02-the-role-of-libraries-in-disasters/');
    await expect(chatOf(page).getByText('This chat has ended')).toBeVisible();
    await expect(chatOf(page).getByRole('link', { name: 'Add to calendar' })).toBeHidden();
  });
});

test('“Add to calendar” gives a file that a calendar app reads as the chat’s instant and length', async ({ page }) => {
  await page.clock.install({ time: new Date(TEST_NOW) });
  await page.goto(CHAT_PAGE);
  const download = page.waitForEvent('download');
  await chatOf(page).getByRole('link', { name: 'Add to calendar' }).click();
  const text = await readFile(await (await download).path(), 'utf8');
  expect(formatProblems(text)).toEqual([]);
  const { events } = parseCalendar(text);
  expect(events).toHaveLength(1);
  expect(events[0]).toMatchObject({
    summary: 'ILN live chat #ILNchat: Leadership without a title',
    start: new Date('2026-12-02T09:00:00Z'),
    startInUtc: true,
    end: new Date('2026-12-02T10:00:00Z'),
    url: 'https://interlibnet.org/topics/2/06-leadership-without-a-title/',
  });
  expect(events[0]?.description).toContain('#ILNchat');
});

test('the chat is described to search engines as an online event', async ({ page }) => {
  await page.goto(CHAT_PAGE);
  // The page also describes itself as an article, with breadcrumbs (sharing.spec.ts).
  const scripts = await page.locator('script[type="application/ld+json"]').allTextContents();
  const data = scripts.map((text) => JSON.parse(text)).find((item) => item['@type'] === 'Event');
  expect(data).toMatchObject({
    '@context': 'https://schema.org',
    '@type': 'Event',
    startDate: '2026-12-02T20:00:00+11:00',
    endDate: '2026-12-02T21:00:00+11:00',
    eventAttendanceMode: 'https://schema.org/OnlineEventAttendanceMode',
    location: { '@type': 'VirtualLocation', url: 'https://mastodon.social/tags/ILNchat' },
    organizer: { '@type': 'Organization', name: 'International Librarians Network' },
  });
});

test('a topic without a chat has no chat block', async ({ page }) => {
  await page.goto('/topics/2/04-open-access/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Open access and open data');
  await expect(chatOf(page)).toHaveCount(0);
});
