/**
 * The main journey by keyboard alone: skip link, navigation, search, a topic and its chat
 * in a calendar, a postcard, the gallery's next page. Every stop of the focus must be
 * visible: an outline or a shadow, on screen.
 */
import { expect, type Locator, type Page, test } from '@playwright/test';
import { TEST_NOW } from '../support/build.ts';
import { SITES, urlOf } from '../support/sites.ts';

/** Where the focus is, and whether a sighted keyboard user can see it there. */
async function focusState(page: Page) {
  return page.evaluate(() => {
    const element = document.activeElement;
    if (!element || element === document.body) return { name: 'body', visible: false, onScreen: false };
    // The focused element's own ring, or one its box shows while it has the focus (Pagefind
    // draws a search result's ring around the result's card, with :focus-within).
    const rings = (candidate: Element) => {
      const style = getComputedStyle(candidate);
      return (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) || style.boxShadow !== 'none';
    };
    let ringed = rings(element);
    for (let parent = element.parentElement, up = 0; !ringed && parent && up < 3; parent = parent.parentElement, up += 1) {
      ringed = parent.matches(':focus-within') && rings(parent);
    }
    const box = element.getBoundingClientRect();
    const onScreen = box.width > 0 && box.height > 0 && box.bottom > 0 && box.right > 0 && box.top < innerHeight && box.left < innerWidth;
    const name = `${element.tagName.toLowerCase()} "${(element.getAttribute('aria-label') ?? element.textContent ?? '').trim().slice(0, 40)}"`;
    return { name, visible: ringed, onScreen };
  });
}

/** Fails unless the focused element shows its focus on screen. */
async function expectVisibleFocus(page: Page): Promise<void> {
  const { name, visible, onScreen } = await focusState(page);
  expect(visible, `focus indicator on ${name}`).toBe(true);
  expect(onScreen, `${name} is on screen`).toBe(true);
}

/** Presses Tab until `target` has the focus, checking at every stop that the focus can be seen. */
async function tabTo(page: Page, target: Locator): Promise<void> {
  for (let presses = 0; presses < 80; presses += 1) {
    await page.keyboard.press('Tab');
    // Past the last link the focus leaves the page for the browser's own controls, then comes back to the top.
    if ((await focusState(page)).name !== 'body') await expectVisibleFocus(page);
    if (await target.evaluate((element) => element === document.activeElement).catch(() => false)) return;
  }
  throw new Error(`Tab never reached ${target}`);
}

test('the main journey works with the keyboard alone, and the focus is always visible', async ({ page }) => {
  test.setTimeout(60_000);
  await page.clock.install({ time: new Date(TEST_NOW) });

  // The skip link comes first and moves the focus past the header.
  await page.goto('/');
  await tabTo(page, page.getByRole('link', { name: 'Skip to content' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('main')).toBeFocused();

  // The header's navigation.
  await page.goto('/');
  await tabTo(page, page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Topics' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Discussion topics');

  // The header's search leads to the search page, and a result to its topic.
  await tabTo(page, page.getByRole('search', { name: 'Site' }).getByRole('searchbox'));
  await page.keyboard.type('leadership');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/search\/\?q=leadership$/);
  const result = page.getByRole('list', { name: 'Search results' }).getByRole('link', { name: 'Leadership without a title' });
  await expect(result).toBeVisible();
  await tabTo(page, result);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Leadership without a title');

  // Its live chat, still to come, goes into a calendar: the download starts from the keyboard.
  const calendar = page.getByRole('link', { name: 'Add to calendar' });
  await tabTo(page, calendar);
  const download = page.waitForEvent('download');
  await page.keyboard.press('Enter');
  expect((await download).suggestedFilename()).toBe('06-leadership-without-a-title-chat.ics');

  // A postcard, from the gallery.
  await tabTo(page, page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Postcards' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Postcards');
  const first = page.getByRole('main').getByRole('article').first().getByRole('link');
  const name = (await first.textContent())?.trim() ?? '';
  await tabTo(page, first);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
});

test('the gallery’s next page is reached with the keyboard', async ({ page }) => {
  // The sample content fits on one page: the archive site has several.
  await page.goto(urlOf(SITES.postcards, '/postcards/'));
  await tabTo(page, page.getByRole('navigation', { name: 'Pages of postcards' }).getByRole('link', { name: 'Next' }));
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/postcards\/page\/2\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Postcards, page 2 of \d+$/);
});
