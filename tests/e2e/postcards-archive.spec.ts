/**
 * The postcards journey on an archive large enough to page: the gallery and each country
 * list exactly the published postcards, stories are inert whatever they contain, and
 * photos are served in modern formats without the camera's metadata.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import exifr from 'exifr';
import Parser from 'rss-parser';
import { CORE_SCHEMA, load } from 'js-yaml';
import { ROOT } from '../support/build.ts';
import { SITES, outDirOf, urlOf } from '../support/sites.ts';

const site = SITES.postcards;
test.use({ baseURL: urlOf(site) });

/** The postcards in the site's content folder, read independently of the site's code. */
function postcardsInContent(): { name: string; country: string }[] {
  const folder = join(site.contentDir, 'postcards');
  return readdirSync(folder).map((slug) => {
    const text = readFileSync(join(folder, slug, 'index.md'), 'utf8');
    const data = load(text.split(/^---$/m)[1] ?? '', { schema: CORE_SCHEMA }) as { name: string; country: string };
    return { name: data.name, country: data.country };
  });
}

/** Follows "Next" from the current page to the last, collecting the card titles. */
async function namesOnEveryPage(page: Page, label: string): Promise<string[]> {
  const names: string[] = [];
  for (;;) {
    const cards = page.getByRole('main').getByRole('article').getByRole('heading');
    names.push(...(await cards.allTextContents()));
    const next = page.getByRole('navigation', { name: label }).getByRole('link', { name: 'Next' });
    if ((await next.count()) === 0) return names;
    const target = new URL((await next.getAttribute('href'))!, page.url()).href;
    await next.click();
    // Read the next page only once it has loaded, never the one being left.
    await page.waitForURL(target);
  }
}

test('the gallery pages through exactly the published postcards, 24 at a time', async ({ page }) => {
  const expected = postcardsInContent();
  expect(expected.length).toBeGreaterThan(48);
  await page.goto('/postcards/');
  await expect(page.getByText(`${expected.length} postcards from`)).toBeVisible();
  await expect(page.getByRole('main').getByRole('article')).toHaveCount(24);
  const names = await namesOnEveryPage(page, 'Pages of postcards');
  expect(names.sort()).toEqual(expected.map((postcard) => postcard.name).sort());
  await expect(page).toHaveURL(/\/postcards\/page\/3\/$/);
  await expect(page.getByRole('link', { name: 'Page 3' })).toHaveAttribute('aria-current', 'page');
});

test('each country lists exactly its postcards, and the index counts the countries', async ({ page }) => {
  const expected = postcardsInContent();
  const countries = new Set(expected.map((postcard) => postcard.country));
  await page.goto('/postcards/');
  await page.getByRole('navigation', { name: 'Browse postcards' }).getByRole('link', { name: 'By country' }).click();
  await expect(page.getByText(`Postcards from ${countries.size} countries.`)).toBeVisible();
  const hungarian = expected.filter((postcard) => postcard.country === 'HU');
  await expect(page.getByRole('listitem').filter({ hasText: 'Hungary' })).toContainText(`(${hungarian.length} postcards)`);
  await page.getByRole('link', { name: 'Hungary' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Postcards from Hungary');
  await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /^\d+ postcards? from Hungary\.$/);
  const names = await namesOnEveryPage(page, 'Pages of Postcards from Hungary');
  expect(names.sort()).toEqual(hungarian.map((postcard) => postcard.name).sort());
});

test('postcards can be browsed by library type and by round', async ({ page }) => {
  await page.goto('/postcards/types/');
  await page.getByRole('link', { name: 'National library' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Postcards from national libraries');
  await expect(page.getByRole('main').getByRole('article').getByRole('heading')).toHaveText(['Tomasz Nowak']);
  await page.goto('/postcards/rounds/');
  await page.getByRole('link', { name: 'Round 1, 2025' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Postcards from Round 1, 2025');
  await expect(page.getByRole('main').getByRole('article').getByRole('heading')).toHaveText(['ليلى حداد', 'Anna Kovács', "Siobhán O'Brien"]);
});

test('a story full of hostile markup is shown as text and runs nothing', async ({ page }) => {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.goto('/postcards/mallory-hostile-markup/');
  const story = page.locator('.story');
  await expect(story).toContainText('<script>window.__hostile');
  await expect(story.locator('script, iframe, img, [style], [onerror]')).toHaveCount(0);
  await expect(story.locator('a[href^="javascript:" i]')).toHaveCount(0);
  await expect(story.getByRole('link', { name: 'a real link' })).toHaveAttribute('href', 'https://example.org/library');
  await expect(story.getByText('Markdown', { exact: true })).toHaveJSProperty('tagName', 'STRONG');
  for (const link of await story.getByRole('link').all()) await link.click({ trial: true });
  expect(await page.evaluate(() => (window as { __hostile?: string }).__hostile)).toBeUndefined();
  expect(dialogs).toEqual([]);
  await expect(page.locator('iframe')).toHaveCount(0);
});

test('photos come as a picture with two WebP widths, the one JPEG as fallback, dimensions and alt text', async ({ page }) => {
  await page.goto('/postcards/');
  const pictures = page.getByRole('main').locator('picture');
  await expect(pictures).toHaveCount(24);
  const first = pictures.first();
  await expect(first.locator('source[type="image/webp"]')).toHaveAttribute('srcset', /^\S+\.webp 800w, \S+\.webp \d+w$/);
  const img = first.locator('img');
  await expect(img).toHaveAttribute('src', /\.jpeg$/);
  await expect(img).toHaveAttribute('width', /^\d+$/);
  await expect(img).toHaveAttribute('height', /^\d+$/);
  await expect(img).toHaveAttribute('alt', /.{5,}/);
  await expect(img).toHaveAttribute('loading', 'eager');
  await expect(pictures.last().locator('img')).toHaveAttribute('loading', 'lazy');
  await expect.poll(() => img.evaluate((element: HTMLImageElement) => element.currentSrc)).toMatch(/\.webp$/);
});

test('no published image carries EXIF camera or location data, and no original upload is published', async () => {
  const original = join(ROOT, 'content/postcards/anna-kovacs-debrecen/photo.jpg');
  // The sample photo does carry a camera and a GPS position, so the check below can fail.
  expect(await exifr.parse(original, { gps: true })).toMatchObject({ Make: 'ExamplePhone', latitude: expect.any(Number) });

  const dist = outDirOf(site);
  const images = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((file) => /\.(jpe?g|png|webp|avif)$/i.test(file));
  // Two or three copies of each of the ten uploads (the archive reuses one photo), and more.
  expect(images.length).toBeGreaterThan(20);
  for (const image of images) {
    const metadata = (await exifr.parse(join(dist, image), { tiff: true, exif: true, gps: true, xmp: true, icc: false }).catch(() => undefined)) as
      Record<string, unknown> | undefined;
    // A generated share card may state its own size; no image may say where, when or with what a photo was taken.
    const revealing = Object.keys(metadata ?? {}).filter((key) =>
      /^(Make|Model|latitude|longitude|GPS|DateTimeOriginal|CreateDate|Software)/.test(key),
    );
    expect(revealing, image).toEqual([]);
  }

  const hash = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');
  const originals = new Set(
    readdirSync(join(ROOT, 'content/postcards'), { recursive: true, encoding: 'utf8' })
      .filter((file) => /\.(jpe?g|png|webp)$/i.test(file))
      .map((file) => hash(join(ROOT, 'content/postcards', file))),
  );
  expect(images.filter((image) => originals.has(hash(join(dist, image))))).toEqual([]);
});

test('each photo is encoded three times at most, and its page, card, thumbnail and share image use only those files', async () => {
  const dist = outDirOf(site);
  const built = readdirSync(join(dist, '_astro'));
  const gallery = readFileSync(join(dist, 'postcards/index.html'), 'utf8');
  const slugs = readdirSync(join(ROOT, 'content/postcards'));
  expect(slugs.length).toBeGreaterThan(5);
  for (const slug of slugs) {
    const html = readFileSync(join(dist, 'postcards', slug, 'index.html'), 'utf8');
    // Astro names every copy of an upload after it: photo.<upload's hash>_<copy's hash>.webp
    const src = /<figure[^>]*>\s*<picture[^>]*>[\s\S]*?<img src="[^"]*\/_astro\/([^"/]+)_[^"/_]+\.jpeg"/.exec(html)?.[1];
    expect(src, slug).toBeDefined();
    const copies = built.filter((file) => file.startsWith(`${src}_`));
    expect(copies.length, `${slug}: ${copies.join(', ')}`).toBeGreaterThanOrEqual(1);
    expect(copies.length, `${slug}: ${copies.join(', ')}`).toBeLessThanOrEqual(3);
    // The page's sources and fallback, the Open Graph image, the search thumbnail and the
    // gallery card all point at those files and nothing else derived from the upload.
    const used = new Set(
      [...(html + gallery).matchAll(/\/_astro\/([^"\s,/]+)/g)].map((match) => match[1]!).filter((file) => file.startsWith(`${src}_`)),
    );
    expect(
      [...used].every((file) => copies.includes(file)),
      slug,
    ).toBe(true);
    expect(used.size, slug).toBe(copies.length);
  }
});

test('a postcard shared on social media shows a processed photo', async ({ page, request }) => {
  await page.goto('/postcards/anna-kovacs-debrecen/');
  const url = await page.locator('meta[property="og:image"]').getAttribute('content');
  // The same 1200 px JPEG the feed carries (sharePhoto), encoded once.
  expect(url).toMatch(/^https:\/\/.+\/_astro\/.+\.jpeg$/);
  const served = await request.get(new URL(url!).pathname);
  expect(served.status()).toBe(200);
  expect(await exifr.parse(Buffer.from(await served.body()), { gps: true }).catch(() => undefined)).toBeUndefined();
  await expect(page.locator('meta[property="og:image:alt"]')).toHaveAttribute('content', /reading room/);
  // The feed's enclosure is that very file.
  const feed = await new Parser().parseString(await (await request.get('/postcards/rss.xml')).text());
  expect(feed.items.find((item) => item.link?.endsWith('/postcards/anna-kovacs-debrecen/'))?.enclosure?.url).toBe(url);
});

test('a postcard page offers a way to send one', async ({ page }) => {
  await page.goto('/postcards/kwame-mensah-kumasi/');
  // The issue form first, the pull request guide second.
  await expect(page.getByRole('link', { name: 'Send your own postcard' })).toHaveAttribute('href', /\/issues\/new\?template=postcard\.yml$/);
  await expect(page.getByRole('link', { name: 'send it by pull request' })).toHaveAttribute('href', /CONTRIBUTING\.md#send-a-postcard$/);
});

test('the postcards feed carries the newest 50 of the archive, so a reader polling it never downloads the whole archive', async ({ request }) => {
  const response = await request.get('/postcards/rss.xml');
  expect(response.ok()).toBe(true);
  const feed = await new Parser().parseString(await response.text());
  const all = postcardsInContent();
  expect(all.length).toBeGreaterThan(50);
  expect(feed.items).toHaveLength(50);
  const dates = feed.items.map((item) => new Date(item.pubDate ?? '').getTime());
  expect(dates).toEqual([...dates].sort((a, b) => b - a));
  // The archive's oldest postcards (1 and 2 January 2024) are among those left out.
  expect(feed.items.some((item) => ['/postcards/archive-028/', '/postcards/archive-001/'].some((path) => item.link?.endsWith(path)))).toBe(false);
});
