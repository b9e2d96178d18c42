import { expect, test } from '@playwright/test';
import { TEST_NOW } from '../support/build.ts';

test.describe('finding one’s way around', () => {
  test('the home page leads to the round, the latest topic, postcards and news', async ({ page }) => {
    // The round status follows the reader's clock: read the page at the instant it was built for.
    await page.clock.install({ time: new Date(TEST_NOW) });
    await page.goto('/');
    await expect(page).toHaveTitle('International Librarians Network');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Peer mentoring for librarians, across borders');
    await expect(page.getByRole('region', { name: 'Take part' })).toContainText('Applications for Round 3 open on 8 February 2027');
    await expect(
      page.getByRole('region', { name: 'Latest discussion topic' }).getByRole('link', { name: 'Leadership without a title' }),
    ).toBeVisible();
    await expect(page.getByRole('region', { name: 'Recent postcards' }).getByRole('article')).toHaveCount(4);
    await expect(page.getByRole('region', { name: 'Latest news' }).getByRole('article')).toHaveCount(3);
  });

  test('the header navigation reaches every section and marks where the reader is', async ({ page }) => {
    await page.goto('/');
    const nav = page.getByRole('navigation', { name: 'Main' });
    for (const [label, heading] of [
      ['Topics', 'Discussion topics'],
      ['Rounds', 'Rounds'],
      ['Postcards', 'Postcards'],
      ['News', 'News'],
      ['About', 'About the program'],
      ['Join', 'Join the International Librarians Network'],
    ] as const) {
      await nav.getByRole('link', { name: label }).click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
      await expect(nav.getByRole('link', { name: label })).toHaveAttribute('aria-current', 'page');
    }
  });

  test.describe('in forced colours (Windows high contrast)', () => {
    test.use({ forcedColors: 'active' });

    test('the header draws its bar under the current section only', async ({ page }) => {
      const nav = page.getByRole('navigation', { name: 'Main' });
      for (const [path, current] of [
        ['/', undefined],
        ['/news/', 'News'],
      ] as const) {
        await page.goto(path);
        for (const link of await nav.getByRole('link').all()) {
          const name = (await link.textContent())?.trim();
          const bar = await link.evaluate((element) => {
            const style = getComputedStyle(element);
            return style.borderBottomStyle !== 'none' && parseFloat(style.borderBottomWidth) > 0;
          });
          expect(bar, `${name} on ${path}`).toBe(name === current);
        }
      }
    });

    test('buttons keep an outline where their background colour is dropped', async ({ page }) => {
      for (const [path, name] of [
        ['/follow/', 'Copy address'],
        ['/topics/2/06-leadership-without-a-title/', 'Email this topic to your partner'],
        ['/postcards/layla-haddad-amman/', 'Send your own postcard'],
      ] as const) {
        await page.goto(path);
        const button = page
          .getByRole('main')
          .getByRole(path === '/follow/' ? 'button' : 'link', { name })
          .first();
        await expect(button).toBeVisible();
        const border = await button.evaluate((element) => {
          const style = getComputedStyle(element);
          return {
            style: style.borderTopStyle,
            width: parseFloat(style.borderTopWidth),
            colour: style.borderTopColor,
            background: style.backgroundColor,
          };
        });
        expect(border.style, `${name} on ${path}`).toBe('solid');
        expect(border.width, `${name} on ${path}`).toBeGreaterThanOrEqual(1);
        expect(border.colour, `${name} on ${path}`).not.toBe(border.background);
      }
    });
  });

  test('the skip link is the first stop for the keyboard and moves focus to the content', async ({ page }) => {
    await page.goto('/topics/');
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to content' });
    await expect(skip).toBeFocused();
    await expect(skip).toBeInViewport();
    await page.keyboard.press('Enter');
    await expect(page.locator('main')).toBeFocused();
  });

  test('an unknown address shows a helpful page not found', async ({ page }) => {
    const response = await page.goto('/no/such/page/');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('We can’t find that page');
    await page.getByRole('main').getByRole('link', { name: 'Discussion topics' }).click();
    await expect(page).toHaveURL(/\/topics\/$/);
  });
});
