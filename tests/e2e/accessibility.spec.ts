/**
 * WCAG 2.2 AA, checked by axe-core on one page of each kind, in the light and the dark
 * theme: the theme follows the reader's setting, so both are emulated.
 */
import { expect, test } from '@playwright/test';
import { violationsOf } from '../support/axe.ts';

const PAGES = [
  '/',
  '/topics/',
  '/topics/2/02-the-role-of-libraries-in-disasters/',
  '/topics/2/06-leadership-without-a-title/',
  '/topics/1/05-technology-and-libraries-part-2/',
  '/rounds/',
  '/rounds/2/',
  '/rounds/3/',
  '/join/',
  '/postcards/',
  '/postcards/layla-haddad-amman/',
  '/postcards/countries/gh/',
  '/volunteers/',
  '/news/',
  '/news/2026-11-round-3-dates/',
  '/tags/advocacy/',
  '/about/',
  '/no-such-page/',
];

/** Statuses that show only at some instants: the form while it is open, a chat under way. */
const MOMENTS = [
  ['/join/', '2027-02-10T12:00:00+11:00', 'Apply for Round 3'],
  ['/topics/2/06-leadership-without-a-title/', '2026-12-02T20:30:00+11:00', 'Happening now'],
] as const;

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`in the ${colorScheme} theme`, () => {
    test.use({ colorScheme });
    for (const path of PAGES) {
      test(`${path} has no WCAG 2.2 AA violations`, async ({ page }) => {
        await page.goto(path);
        expect(await violationsOf(page)).toEqual([]);
      });
    }
    for (const [path, instant, shown] of MOMENTS) {
      test(`${path} at ${instant} has no WCAG 2.2 AA violations`, async ({ page }) => {
        await page.clock.install({ time: new Date(instant) });
        await page.goto(path);
        await expect(page.getByText(shown)).toBeVisible();
        expect(await violationsOf(page)).toEqual([]);
      });
    }
  });
}

test('the dark theme really is dark, and the light theme light', async ({ browser }) => {
  for (const [colorScheme, dark] of [
    ['light', false],
    ['dark', true],
  ] as const) {
    const context = await browser.newContext({ colorScheme });
    const page = await context.newPage();
    await page.goto('/');
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const [r = 0, g = 0, b = 0] = background.match(/\d+/g)!.map(Number);
    expect((r + g + b) / 3 < 80, `${colorScheme}: ${background}`).toBe(dark);
    await context.close();
  }
});
