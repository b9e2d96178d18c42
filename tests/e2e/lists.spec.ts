/**
 * Long lists come a page at a time, so that no page grows with the archive: the topics by
 * round, the news and a tag's entries, on the archive site, built with one entry (or one
 * round) per list page (ILN_LIST_PAGE_SIZE). Following "Next" from the first page finds
 * exactly the published entries, each once, in the list's order.
 */
import { expect, type Page, test } from '@playwright/test';
import { contentEntries } from '../support/content.ts';
import { SITES, urlOf } from '../support/sites.ts';

const site = SITES.postcards;
test.use({ baseURL: urlOf(site) });

const published = (collection: 'topics' | 'news') =>
  contentEntries(site.contentDir).filter((entry) => entry.collection === collection && entry.published);

/** Follows "Next" from the current page to the last, reading each page with `read`. */
async function everyPage(page: Page, label: string, read: (page: Page) => Promise<string[]>): Promise<string[][]> {
  const pages: string[][] = [];
  for (;;) {
    pages.push(await read(page));
    const next = page.getByRole('navigation', { name: label }).getByRole('link', { name: 'Next' });
    if ((await next.count()) === 0) return pages;
    const target = new URL((await next.getAttribute('href'))!, page.url()).href;
    await next.click();
    await page.waitForURL(target);
  }
}

test('the topics come a round at a time, newest round first, and together hold every published topic', async ({ page }) => {
  await page.goto('/topics/');
  const main = page.getByRole('main');
  const titles: string[] = [];
  const rounds = await everyPage(page, 'Pages of topics', async () => {
    titles.push(...(await main.getByRole('heading', { level: 3 }).allTextContents()));
    return main.getByRole('heading', { level: 2 }).allTextContents();
  });
  expect(rounds.every((headings) => headings.length === 1)).toBe(true);
  expect(rounds).toHaveLength(new Set(published('topics').map((topic) => topic.data.round)).size);
  expect(titles.sort()).toEqual(
    published('topics')
      .map((topic) => String(topic.data.title))
      .sort(),
  );
  await expect(page).toHaveURL(new RegExp(`/topics/page/${rounds.length}/$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Discussion topics, page ${rounds.length} of ${rounds.length}`);
});

test('the news come a page at a time, newest first, and together hold every published item once', async ({ page }) => {
  await page.goto('/news/');
  const pages = await everyPage(page, 'Pages of news', () => page.getByRole('main').getByRole('article').getByRole('heading').allTextContents());
  expect(pages.every((titles) => titles.length === 1)).toBe(true);
  const expected = published('news')
    .sort((a, b) => new Date(String(b.data.publishDate)).getTime() - new Date(String(a.data.publishDate)).getTime())
    .map((item) => String(item.data.title));
  expect(pages.flat().sort()).toEqual([...expected].sort());
  expect(pages.flat()[0]).toBe(expected[0]);
  await expect(page.getByRole('link', { name: `Page ${pages.length}` })).toHaveAttribute('aria-current', 'page');
});

test('a tag’s page holds a page of its entries and leads to the rest', async ({ page }) => {
  const tagged = contentEntries(site.contentDir).filter(
    (entry) =>
      (entry.collection === 'topics' || entry.collection === 'news') &&
      entry.published &&
      (entry.data.tags as string[] | undefined)?.includes('rounds'),
  );
  expect(tagged.length).toBeGreaterThan(2);
  await page.goto('/tags/');
  await page.getByRole('link', { name: 'rounds', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tagged “rounds”');
  const pages = await everyPage(page, 'Pages tagged “rounds”', () => page.getByRole('main').getByRole('heading', { level: 3 }).allTextContents());
  expect(pages.every((titles) => titles.length === 1)).toBe(true);
  expect(pages.flat().sort()).toEqual(tagged.map((entry) => String(entry.data.title)).sort());
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Tagged “rounds”, page ${pages.length} of ${pages.length}`);
});
