/**
 * Searching the site: from the header of any page to the search page, by words of any
 * language a page is written in, narrowed by filters, with the keyboard alone and with a
 * screen reader told what was found; and an index that holds every published entry and
 * nothing else, checked against the content files themselves.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { expect, type Locator, type Page, test } from '@playwright/test';
import sharp from 'sharp';
import { violationsOf } from '../support/axe.ts';
import { ROOT } from '../support/build.ts';
import { contentEntries } from '../support/content.ts';
import { outDirOf, SITES, urlOf } from '../support/sites.ts';

/**
 * The programme pages (About, FAQ, How it works…), written in MDX in src/pages, and Our
 * volunteers, made from content/people: each is in the index as a page.
 */
const programmePages = () => [
  ...readdirSync(join(ROOT, 'src/pages'))
    .filter((file) => file.endsWith('.mdx'))
    .map((file) => `/${file.replace(/\.mdx$/, '')}/`),
  '/volunteers/',
];

const ANNA = 'Anna Kovács, Debreceni Városi Könyvtár';

/** The search page's own field (the header has another, named "Search the site"). */
const searchField = (page: Page) => page.getByRole('main').getByRole('searchbox', { name: 'Search this site' });
/** The visible line that says how many results there are. */
const summary = (page: Page) => page.locator('pagefind-summary');
/** A filter's list; once values are chosen, its name says how many. */
const filter = (page: Page, name: string) => page.getByRole('combobox', { name: new RegExp(`^${name}(, \\d+ filters? selected)?$`) });
const results = (page: Page) => page.getByRole('list', { name: 'Search results' });

async function search(page: Page, words: string): Promise<void> {
  await page.goto('/search/');
  await searchField(page).fill(words);
  await expect(summary(page)).toHaveText(new RegExp(`^(\\d+ results?|No results) for ${words}$`));
}

/** Presses Tab until `target` has the focus, as a keyboard user would. */
async function tabTo(page: Page, target: Locator): Promise<void> {
  for (let presses = 0; presses < 60; presses += 1) {
    if (await target.evaluate((element) => element === document.activeElement).catch(() => false)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${target}`);
}

test.describe('searching the site', () => {
  test('a word from the prompts of a topic finds that topic', async ({ page }) => {
    await search(page, 'silence');
    await expect(results(page).getByRole('link', { name: 'Library spaces' })).toBeVisible();
    await expect(results(page).getByRole('listitem').first()).toContainText('Discussion topic · 26 May 2025');
  });

  for (const word of ['Debrecenből', 'olvasóterme']) {
    test(`the Hungarian postcard is found by the Hungarian word “${word}”`, async ({ page }) => {
      await search(page, word);
      const anna = results(page).getByRole('listitem').filter({ hasText: ANNA });
      await expect(anna.getByRole('link', { name: ANNA })).toBeVisible();
      await expect(anna).toContainText('Postcard · Debrecen, Hungary · 2 May 2025');
      await expect(anna.getByRole('img', { name: /A reading room with four shelves/ })).toBeVisible();
    });
  }

  test('the Arabic postcard is found by a word of its Arabic story, and its result is marked as Arabic', async ({ page }) => {
    await search(page, 'عمّان');
    const title = results(page).getByRole('link', { name: /^ليلى حداد/ });
    await expect(title).toBeVisible();
    // A screen reader reads the title and the excerpt with an Arabic voice; the site's own words stay English.
    await expect(title).toHaveAttribute('lang', 'ar');
    await expect(results(page).locator('.pf-result-excerpt[lang="ar"]')).toContainText('عمّان');
    await expect(results(page).getByText('Postcard · عمّان, Jordan')).not.toHaveAttribute('lang', /./);
  });

  test('on a phone, or at 400 % zoom, every filter’s list opens whole inside the screen', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 256 });
    await search(page, 'library');
    for (const name of ['Type', 'Round', 'Country', 'Library type', 'Tag']) {
      await filter(page, name).focus();
      await page.keyboard.press('Enter');
      const list = page.getByRole('listbox').filter({ visible: true });
      await expect(list).toBeVisible();
      const box = (await list.boundingBox())!;
      expect(box.x, name).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width, name).toBeLessThanOrEqual(320);
      for (const option of await list.getByRole('option').all()) {
        const optionBox = (await option.boundingBox())!;
        expect(optionBox.x, `${name}: ${await option.textContent()}`).toBeGreaterThanOrEqual(0);
      }
      await page.keyboard.press('Escape');
      await expect(list).toBeHidden();
    }
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  });

  /** Chooses a value in a filter's list with the mouse; the list closes on its own. */
  async function choose(page: Page, name: string, value: string): Promise<void> {
    await filter(page, name).click();
    await page.getByRole('option', { name: new RegExp(`^${value},`) }).click();
    await expect(filter(page, name)).toHaveAttribute('aria-expanded', 'false');
  }

  test('everything can be narrowed by country, by type, and by both', async ({ page }) => {
    await page.goto('/search/');
    const everything = contentEntries().filter((entry) => entry.published).length + programmePages().length;
    await expect(summary(page)).toHaveText(`${everything} results`);
    const items = results(page).getByRole('listitem');

    await choose(page, 'Country', 'Hungary');
    await expect(summary(page)).toHaveText('1 result');
    await expect(items.getByRole('link')).toHaveText(ANNA);

    await page.getByRole('button', { name: 'Clear Country' }).click();
    await choose(page, 'Type', 'News');
    await expect(summary(page)).toHaveText('5 results');
    const facts = results(page).locator('.result-facts');
    await expect.poll(async () => (await facts.allTextContents()).filter((text) => !text.startsWith('News ·'))).toEqual([]);

    await page.getByRole('button', { name: 'Clear Type' }).click();
    await choose(page, 'Type', 'Postcard');
    await choose(page, 'Country', 'Jordan');
    await expect(summary(page)).toHaveText('1 result');
    await expect(items.getByRole('link')).toHaveText(/^ليلى حداد/);
  });

  test('the results for some words narrow by type', async ({ page }) => {
    await search(page, 'library');
    const total = Number((await summary(page).textContent())?.match(/^\d+/)?.[0]);
    await choose(page, 'Type', 'Postcard');
    await expect(summary(page)).toHaveText(/^\d+ results? for library$/);
    const narrowed = Number((await summary(page).textContent())?.match(/^\d+/)?.[0]);
    expect(narrowed).toBeGreaterThan(0);
    expect(narrowed).toBeLessThan(total);
    const facts = results(page).locator('.result-facts');
    await expect.poll(async () => (await facts.allTextContents()).filter((text) => !text.startsWith('Postcard ·'))).toEqual([]);
  });

  test('results can be ordered newest first', async ({ page }) => {
    const postcards = contentEntries()
      .filter((entry) => entry.collection === 'postcards')
      .sort((a, b) => String(b.data.date).localeCompare(String(a.data.date)));
    await page.goto('/search/');
    await choose(page, 'Type', 'Postcard');
    await page.getByRole('combobox', { name: 'Order' }).selectOption('Newest first');
    const titles = results(page).locator('.pf-result-link');
    const expected = postcards.slice(0, 3).map((entry) => `${entry.data.name}, ${entry.data.library}`);
    await expect.poll(async () => (await titles.allTextContents()).slice(0, 3)).toEqual(expected);
  });

  for (const word of ['quokkafeather', 'wallabyinkwell']) {
    test(`a word written only in a draft (“${word}”) finds nothing`, async ({ page }) => {
      await search(page, word);
      await expect(summary(page)).toHaveText(`No results for ${word}`);
      await expect(results(page).getByRole('link')).toHaveCount(0);
    });
  }

  test('the header’s search form leads to the search page, which searches for the words', async ({ page }) => {
    await page.goto('/postcards/');
    const header = page.getByRole('banner');
    await header.getByRole('searchbox', { name: 'Search the site' }).fill('silence');
    await header.getByRole('button', { name: 'Search' }).click();
    await expect(page).toHaveURL(/\/search\/\?q=silence$/);
    await expect(searchField(page)).toHaveValue('silence');
    await expect(results(page).getByRole('link', { name: 'Library spaces' })).toBeVisible();
  });

  test('nothing moves while the search loads, and its placeholders stay still (Lighthouse scored the page 84 for both)', async ({ page }) => {
    await page.addInitScript(() => {
      (window as unknown as { shifted: number }).shifted = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
          if (!entry.hadRecentInput) (window as unknown as { shifted: number }).shifted += entry.value;
        }
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto('/search/?q=library');
    await expect(page.getByText('Searching needs JavaScript')).toBeHidden();
    await expect(summary(page)).toHaveText(/^\d+ results? for library$/);
    expect(await page.evaluate(() => (window as unknown as { shifted: number }).shifted)).toBeLessThan(0.01);
    const animations = await page.evaluate(() => [...document.querySelectorAll('.pf-skeleton')].map((node) => getComputedStyle(node).animationName));
    expect(animations.filter((name) => name !== 'none')).toEqual([]);
  });

  test('results are announced to screen readers with their count', async ({ page }) => {
    // Live regions are emptied again soon after they speak, so every text they take is recorded.
    await page.addInitScript(() => {
      const spoken: string[] = ((window as unknown as { spoken: string[] }).spoken = []);
      new MutationObserver((records) => {
        for (const record of records) {
          const region = (record.target instanceof Element ? record.target : record.target.parentElement)?.closest('[aria-live]');
          if (region?.textContent) spoken.push(region.textContent);
        }
      }).observe(document, { subtree: true, childList: true, characterData: true });
    });
    await search(page, 'silence');
    // What is said is the count the page shows: "2 results for silence".
    const shown = (await summary(page).textContent()) ?? '';
    expect(shown).toMatch(/^\d+ results? for silence$/);
    await expect.poll(() => page.evaluate(() => (window as unknown as { spoken: string[] }).spoken)).toContain(shown);
  });

  test('everything works with the keyboard alone', async ({ page }) => {
    await page.goto('/');
    await tabTo(page, page.getByRole('searchbox', { name: 'Search the site' }));
    await page.keyboard.type('library');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/search\/\?q=library$/);
    await expect(summary(page)).toHaveText(/^\d+ results for library$/);

    const type = filter(page, 'Type');
    await tabTo(page, type);
    await page.keyboard.press('Enter');
    await expect(type).toHaveAttribute('aria-expanded', 'true');
    await page.keyboard.type('Post');
    await page.keyboard.press('Enter');
    await expect(type).toHaveAttribute('aria-expanded', 'false');
    await expect(type).toHaveAccessibleName('Type, 1 filter selected');
    await expect(summary(page)).toHaveText(/^\d+ results? for library$/);

    const first = results(page).locator('.pf-result-link').first();
    const title = await first.textContent();
    await tabTo(page, first);
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/postcards\/[^/]+\/$/);
    await expect(page).toHaveTitle(`${title} · International Librarians Network`);
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`the search page with results has no WCAG 2.2 AA violations in the ${colorScheme} theme`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      await search(page, 'library');
      await filter(page, 'Type').click();
      await expect(page.getByRole('option', { name: /^Postcard,/ })).toBeVisible();
      expect(await violationsOf(page)).toEqual([]);
    });
  }
});

test('a postcard page takes the language of its story, and the site’s own text around it stays English', async ({ page }) => {
  await page.goto('/postcards/anna-kovacs-debrecen/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'hu');
  const languageOf = (locator: Locator) => locator.evaluate((element) => element.closest('[lang]')?.getAttribute('lang'));
  expect(await languageOf(page.getByRole('banner'))).toBe('en');
  expect(await languageOf(page.getByRole('contentinfo'))).toBe('en');
  expect(await languageOf(page.getByText('Postcard from Hungary'))).toBe('en');
  expect(await languageOf(page.getByText(/^Üdvözlet Debrecenből/))).toBe('hu');
});

test('under a base path, results of every language lead to their pages there', async ({ page }) => {
  await page.goto(urlOf(SITES.base, '/search/?q=silence'));
  await expect(results(page).getByRole('link', { name: 'Library spaces' })).toHaveAttribute('href', '/interlibnet/topics/1/06-library-spaces/');
  await page.goto(urlOf(SITES.base, '/search/?q=olvasóterme'));
  const anna = results(page).getByRole('listitem').filter({ hasText: ANNA });
  await expect(anna.getByRole('link', { name: ANNA })).toHaveAttribute('href', '/interlibnet/postcards/anna-kovacs-debrecen/');
  await expect(anna.getByRole('img')).toHaveAttribute('src', /^\/interlibnet\/_astro\/.+\.webp$/);
  await anna.getByRole('link', { name: ANNA }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Anna Kovács');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the header’s search form leads to the search page, which explains and offers the lists', async ({ page }) => {
    await page.goto('/topics/');
    const header = page.getByRole('banner');
    await header.getByRole('searchbox', { name: 'Search the site' }).fill('library');
    await header.getByRole('searchbox', { name: 'Search the site' }).press('Enter');
    await expect(page).toHaveURL(/\/search\/\?q=library$/);
    const main = page.getByRole('main');
    await expect(main.getByText('Searching needs JavaScript')).toBeVisible();
    for (const [name, path] of [
      ['Discussion topics', '/topics/'],
      ['Postcards', '/postcards/'],
      ['News', '/news/'],
    ] as const) {
      await expect(main.getByRole('link', { name, exact: true })).toHaveAttribute('href', path);
    }
    await main.getByRole('link', { name: 'Postcards', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Postcards');
  });
});

test.describe('the search index', () => {
  const dist = outDirOf(SITES.main);
  interface Fragment {
    url: string;
    /** Language of the index the page is filed under. */
    language: string;
    meta: Record<string, string>;
    filters: Record<string, string[]>;
    /** The text search excerpts are cut from. */
    content: string;
  }
  const fragments = (): Fragment[] => {
    const dir = join(dist, 'pagefind', 'fragment');
    return readdirSync(dir).map((file) => {
      const text = gunzipSync(readFileSync(join(dir, file))).toString('utf8');
      return { ...JSON.parse(text.slice(text.indexOf('{'))), language: file.split('_')[0] };
    });
  };
  const primaryLanguage = (tag: string) => tag.toLowerCase().split('-')[0];

  test('quotes no state a live chat or a round is not in, and no date run into its label', () => {
    const indexed = fragments();
    const chatTopic = indexed.find((fragment) => fragment.url === '/topics/2/02-the-role-of-libraries-in-disasters/');
    expect(chatTopic?.content).toContain('Live chat');
    expect(indexed.find((fragment) => fragment.url === '/rounds/3/')?.meta.title).toBe('Round 3');
    for (const fragment of indexed) {
      expect(fragment.content, fragment.url).not.toMatch(/Starts in|Happening now|This chat has ended/);
      expect(fragment.content, fragment.url).not.toMatch(
        /Applications (?:open on|are open|have closed)|Partnerships are under way|This round finished|Your time/,
      );
      expect(fragment.content, fragment.url).not.toMatch(/(?:Applications|Partnerships)\d/);
    }
  });

  test('holds every published entry, filed under its own language, and nothing else', () => {
    const TYPES: Record<string, string> = { topics: 'Discussion topic', postcards: 'Postcard', news: 'News', rounds: 'Round' };
    const expected = contentEntries()
      .filter((entry) => entry.published)
      .map((entry) => ({ url: entry.path, language: primaryLanguage(entry.lang), type: TYPES[entry.collection] }));
    for (const url of programmePages()) expected.push({ url, language: 'en', type: 'Page' });
    const indexed = fragments().map((fragment) => ({
      url: fragment.url,
      language: primaryLanguage(fragment.language),
      type: fragment.filters.Type?.[0],
    }));
    const byUrl = (a: { url: string }, b: { url: string }) => a.url.localeCompare(b.url);
    expect(indexed.sort(byUrl)).toEqual(expected.sort(byUrl));
    expect(
      expected
        .filter((entry) => entry.language !== 'en')
        .map((entry) => entry.url)
        .sort(),
    ).toEqual(['/postcards/anna-kovacs-debrecen/', '/postcards/layla-haddad-amman/']);
  });

  test('files postcards by country name and library type label, and topics by round and tag', () => {
    const byUrl = new Map(fragments().map((fragment) => [fragment.url, fragment]));
    expect(byUrl.get('/postcards/anna-kovacs-debrecen/')?.filters).toEqual({
      Type: ['Postcard'],
      Round: ['Round 1, 2025'],
      Country: ['Hungary'],
      'Library type': ['Public library'],
    });
    expect(byUrl.get('/topics/2/04-open-access/')?.filters).toMatchObject({
      Type: ['Discussion topic'],
      Round: ['Round 2'],
      Tag: expect.arrayContaining(['open access']),
    });
  });

  test('indexes only the main content, not the header, navigation or footer', () => {
    const about = fragments().find((fragment) => fragment.url === '/about/');
    expect(about?.meta.title).toBe('About the program');
    const text = JSON.parse(JSON.stringify(about)).content as string;
    expect(text).toContain('peer-mentoring program');
    expect(text).not.toContain('Skip to content');
    expect(text).not.toContain('Send a postcard');
  });

  test('excerpts hold what an entry says, not the page furniture around it', () => {
    const content = (url: string) => (fragments().find((fragment) => fragment.url === url) as unknown as { content: string }).content;
    const topic = content('/topics/1/06-library-spaces/');
    expect(topic).toMatch(/^Library spaces\W+Quiet rooms, noisy rooms/);
    for (const furniture of ['Published', 'Discussion topic 6', 'Email this topic', 'Prompts to discuss', 'Edit this page', 'Previous', 'Next']) {
      expect(topic, furniture).not.toContain(furniture);
    }
    const postcard = content('/postcards/layla-haddad-amman/');
    for (const furniture of ['Postcard from', 'Send your own postcard', 'send it by pull request'])
      expect(postcard, furniture).not.toContain(furniture);
  });

  test('gives each postcard a thumbnail made by the image pipeline, the gallery card’s WebP, never the upload', async () => {
    const postcards = fragments().filter((fragment) => fragment.url.startsWith('/postcards/'));
    expect(postcards).toHaveLength(contentEntries().filter((entry) => entry.collection === 'postcards').length);
    for (const postcard of postcards) {
      expect(postcard.meta.image, postcard.url).toMatch(/^\/_astro\/[^/]+\.webp$/);
      const thumbnail = join(dist, postcard.meta.image!);
      expect(existsSync(thumbnail), thumbnail).toBe(true);
      const folder = join(ROOT, 'content', postcard.url);
      const upload = readdirSync(folder).find((file) => /\.(jpe?g|png|webp)$/.test(file))!;
      // The smaller of the photo's two WebP copies (photo-copies.ts), not a file of its own.
      const uploadWidth = (await sharp(join(folder, upload)).metadata()).width;
      expect((await sharp(thumbnail).metadata()).width, postcard.url).toBe(Math.min(800, uploadWidth));
      // A processed copy, never the upload itself (a simple upload may well be the smaller file).
      expect(readFileSync(thumbnail).equals(readFileSync(join(folder, upload))), postcard.url).toBe(false);
      expect(postcard.meta.image_alt, postcard.url).toMatch(/\w{5,}/);
    }
  });
});
