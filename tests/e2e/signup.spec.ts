/**
 * A librarian who wants to take part finds out whether they can apply now, until when in
 * their own time, or when they can, however old the build of the page they are reading.
 * Test builds are made at TEST_NOW (23 November 2026), when Round 3 is announced for
 * 8 February 2027, 9:00 Sydney time, and closes on 1 March 2027, 17:00.
 */
import { expect, type Page, test } from '@playwright/test';
import { SITES, urlOf } from '../support/sites.ts';

const JOIN = '/join/';
const statusOf = (page: Page) => page.getByRole('region', { name: 'Applications' });
const applyLink = (page: Page) => statusOf(page).getByRole('link', { name: /^Apply/ });

test.describe('a reader in Chicago', () => {
  test.use({ timezoneId: 'America/Chicago' });

  test('before the round opens: when it opens, in their own time, and how to be reminded', async ({ page }) => {
    await page.clock.install({ time: new Date('2026-11-23T11:59:30+11:00') });
    await page.goto(JOIN);
    const status = statusOf(page);
    await expect(status).toContainText('Applications for Round 3 open on 8 February 2027.');
    await expect(status).toContainText('Mon 8 February 2027, 9:00 AEDT, Sydney (Sun 7 February 2027, 22:00 UTC)');
    await expect(status).toContainText('Your time: Sun 7 February 2027, 16:00 CST, Chicago');
    await expect(status).toContainText('In 76 days, 21 hours');
    await expect(applyLink(page)).toHaveCount(0);

    await status.getByRole('link', { name: 'Be reminded when applications open' }).click();
    const calendar = page.getByRole('link', { name: 'Subscribe to our calendar' });
    await expect(calendar).toBeInViewport();
    await expect(calendar).toHaveAttribute('href', '/calendar.ics');
  });

  test('while the round is open: a button to the form, when it closes in their time, and how long is left', async ({ page }) => {
    await page.clock.install({ time: new Date('2027-02-10T11:59:30+11:00') });
    await page.goto(JOIN);
    const status = statusOf(page);
    await expect(status).toContainText('Applications for Round 3 are open.');
    await expect(applyLink(page)).toHaveText('Apply for Round 3');
    await expect(applyLink(page)).toHaveAttribute('href', 'https://forms.interlibnet.org/round-3');
    await expect(status).toContainText('Mon 1 March 2027, 17:00 AEDT, Sydney (6:00 UTC)');
    await expect(status).toContainText('Your time: Mon 1 March 2027, 0:00 CST, Chicago');
    await expect(status).toContainText('Time left: 19 days, 5 hours');
  });

  test('the form is no longer offered the moment applications close, even on a page left open', async ({ page }) => {
    await page.clock.install({ time: new Date('2027-03-01T16:57:30+11:00') });
    await page.goto(JOIN);
    await expect(applyLink(page)).toBeVisible();
    await expect(statusOf(page)).toContainText('Time left: 2 minutes');

    await page.clock.fastForward('03:00');
    await expect(applyLink(page)).toHaveCount(0);
    await expect(statusOf(page)).toContainText('No round is open for applications');
  });

  test('after the round has closed, with no round scheduled: says so and points to the feeds', async ({ page }) => {
    await page.clock.install({ time: new Date('2027-03-05T12:00:00+11:00') });
    await page.goto(JOIN);
    const status = statusOf(page);
    await expect(status).toContainText('No round is open for applications, and the next one has not been announced yet.');
    await expect(status).toContainText('Partnerships of Round 3');
    await expect(applyLink(page)).toHaveCount(0);
    await expect(status.getByRole('link', { name: 'Find out when the next round opens' })).toHaveAttribute('href', '/join/#be-reminded');
  });

  test('the home page shows the same status as the join page', async ({ page }) => {
    await page.clock.install({ time: new Date('2027-02-10T11:59:30+11:00') });
    await page.goto('/');
    const status = page.getByRole('region', { name: 'Take part' });
    await expect(status.getByRole('link', { name: 'Apply for Round 3' })).toHaveAttribute('href', 'https://forms.interlibnet.org/round-3');
    await expect(status).toContainText('Your time: Mon 1 March 2027, 0:00 CST, Chicago');
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the join page shows what held when it was built, in Sydney time and UTC', async ({ page }) => {
    await page.goto(JOIN);
    const status = statusOf(page);
    await expect(status).toContainText('Applications for Round 3 open on 8 February 2027.');
    await expect(status).toContainText('Mon 8 February 2027, 9:00 AEDT, Sydney (Sun 7 February 2027, 22:00 UTC)');
    // The reader's own time needs the script: the lines are in the page, never shown.
    const yourTime = await status.getByText('Your time').all();
    expect(yourTime.length).toBeGreaterThan(0);
    for (const line of yourTime) await expect(line).toBeHidden();
    await expect(status.getByText('Applications for Round 3 are open.')).toBeHidden();
  });

  test('the join page reads as sentences, with a space after each one', async ({ page }) => {
    await page.goto(JOIN);
    await expect(page.getByRole('main')).toContainText('how many librarians took part. How it works tells the whole story');
    expect(await page.getByRole('main').innerText()).not.toMatch(/[a-z]\.[A-Z]/);
  });
});

test.describe('when no round is scheduled', () => {
  const join = urlOf(SITES.noFutureRound, JOIN);

  test('the join page says so and points to the calendar', async ({ page }) => {
    await page.goto(join);
    const status = statusOf(page);
    await expect(status).toContainText('No round is open for applications, and the next one has not been announced yet.');
    await expect(status).toContainText('Partnerships of Round 1, 202616 March 2026 to 13 July 2026');
    await expect(applyLink(page)).toHaveCount(0);
    await status.getByRole('link', { name: 'Find out when the next round opens' }).click();
    await expect(page.getByRole('link', { name: 'Subscribe to our calendar' })).toBeInViewport();
  });

  test('and says the same without JavaScript', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(join);
    await expect(statusOf(page)).toContainText('No round is open for applications');
    await expect(applyLink(page)).toHaveCount(0);
    await context.close();
  });
});
