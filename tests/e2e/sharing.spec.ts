/**
 * Sharing a page: every page names an image to show with its link (a topic's or news
 * item's own card, a postcard's photo, the site's card elsewhere), with its size and
 * alt text, and describes itself to search engines as schema.org data (docs/sharing.md).
 */
import { type APIRequestContext, expect, type Page, test } from '@playwright/test';
import Parser from 'rss-parser';
import sharp from 'sharp';
import { site as config } from '../../src/site.config.ts';
import { SITES, type TestSite, urlOf } from '../support/sites.ts';
import { inkInTitle } from '../support/ink.ts';

const TOPIC = '/topics/2/06-leadership-without-a-title/';
const NEWS = '/news/2026-09-round-2-partners-matched/';
const POSTCARD = '/postcards/layla-haddad-amman/';

/** The page's Open Graph and Twitter tags, by name. */
async function shareTags(page: Page) {
  const meta = (property: string) => page.locator(`meta[property="${property}"], meta[name="${property}"]`).getAttribute('content');
  return {
    type: await meta('og:type'),
    image: await meta('og:image'),
    width: await meta('og:image:width'),
    height: await meta('og:image:height'),
    alt: await meta('og:image:alt'),
    card: await meta('twitter:card'),
  };
}

/** Every JSON-LD document of the page, parsed. */
async function structuredData(page: Page): Promise<Record<string, unknown>[]> {
  return (await page.locator('script[type="application/ld+json"]').allTextContents()).map((text) => JSON.parse(text));
}

/** Fetches a published image address from the test site, and reads what it is. */
async function fetchImage(request: APIRequestContext, site: TestSite, published: string) {
  const path = new URL(published).pathname.slice(site.base.length - 1);
  const response = await request.get(urlOf(site, path));
  expect(response.status(), published).toBe(200);
  const body = Buffer.from(await response.body());
  const { format, width, height } = await sharp(body).metadata();
  return { body, format, width, height, type: response.headers()['content-type'] };
}

test.describe('sharing a topic', () => {
  test('its image is its own 1200×630 card (a PNG), described, as an article with a large card', async ({ page, request }) => {
    await page.goto(TOPIC);
    const tags = await shareTags(page);
    expect(tags).toEqual({
      type: 'article',
      image: `${config.url}/og/topics/2/06-leadership-without-a-title.png`,
      width: '1200',
      height: '630',
      alt: `Round 2 · Topic 6: Leadership without a title. ${config.name}`,
      card: 'summary_large_image',
    });
    const image = await fetchImage(request, SITES.main, tags.image!);
    expect(image).toMatchObject({ type: 'image/png', format: 'png', width: 1200, height: 630 });
    expect(await inkInTitle(image.body)).toBeGreaterThan(5000);
  });

  test('it is a BlogPosting by ILN with breadcrumbs Home > Topics > its round > itself, beside its chat', async ({ page }) => {
    await page.goto(TOPIC);
    const data = await structuredData(page);
    expect(data.map((item) => item['@type']).sort()).toEqual(['BlogPosting', 'BreadcrumbList', 'Event']);
    const article = data.find((item) => item['@type'] === 'BlogPosting')!;
    expect(article).toMatchObject({
      '@context': 'https://schema.org',
      headline: await page.getByRole('heading', { level: 1 }).textContent(),
      url: `${config.url}${TOPIC}`,
      image: `${config.url}/og/topics/2/06-leadership-without-a-title.png`,
      inLanguage: 'en',
      author: { '@type': 'Organization', name: config.name },
      publisher: { '@type': 'Organization', name: config.name },
    });
    expect(new Date(article.datePublished as string).getTime()).not.toBeNaN();
    const crumbs = data.find((item) => item['@type'] === 'BreadcrumbList')!.itemListElement as { position: number; name: string; item: string }[];
    expect(crumbs.map(({ position, name, item }) => [position, name, new URL(item).pathname])).toEqual([
      [1, 'Home', '/'],
      [2, 'Topics', '/topics/'],
      [3, 'Round 2', '/rounds/2/'],
      [4, 'Leadership without a title', TOPIC],
    ]);
  });
});

test('a news item is an article with its own card, a BlogPosting and breadcrumbs Home > News > itself', async ({ page, request }) => {
  await page.goto(NEWS);
  const tags = await shareTags(page);
  expect(tags).toMatchObject({
    type: 'article',
    width: '1200',
    height: '630',
    card: 'summary_large_image',
    alt: `News: Round 2 partners matched. ${config.name}`,
  });
  expect(await fetchImage(request, SITES.main, tags.image!)).toMatchObject({ format: 'png', width: 1200, height: 630 });
  const data = await structuredData(page);
  expect(data.find((item) => item['@type'] === 'BlogPosting')).toMatchObject({ headline: 'Round 2 partners matched', image: tags.image });
  const crumbs = data.find((item) => item['@type'] === 'BreadcrumbList')!.itemListElement as { name: string }[];
  expect(crumbs.map((crumb) => crumb.name)).toEqual(['Home', 'News', 'Round 2 partners matched']);
});

test('a postcard keeps its photo as its image, and its breadcrumbs go through its country', async ({ page, request }) => {
  await page.goto(POSTCARD);
  const tags = await shareTags(page);
  expect(tags.type).toBe('article');
  expect(tags.card).toBe('summary_large_image');
  expect(tags.image).toMatch(/\/_astro\/.+\.jpeg$/);
  expect(tags.alt).toMatch(/reading room/);
  const photo = await fetchImage(request, SITES.main, tags.image!);
  expect(photo).toMatchObject({ format: 'jpeg', width: 1200 });
  expect([tags.width, tags.height]).toEqual([String(photo.width), String(photo.height)]);
  const crumbs = (await structuredData(page)).find((item) => item['@type'] === 'BreadcrumbList')!.itemListElement as { name: string; item: string }[];
  expect(crumbs.map((crumb) => [crumb.name, new URL(crumb.item).pathname])).toEqual([
    ['Home', '/'],
    ['Postcards', '/postcards/'],
    ['Jordan', '/postcards/countries/jo/'],
    [expect.stringContaining((await page.getByRole('heading', { level: 1 }).textContent())!), POSTCARD],
  ]);
});

test('a photo narrower than 1200 px is shared at its own size, and its transparent corners on white', async ({ page, request }) => {
  // Siobhán's photo is a 1,000 × 667 PNG with rounded, transparent corners.
  await page.goto('/postcards/siobhan-obrien-galway/');
  const tags = await shareTags(page);
  const response = await request.get(urlOf(SITES.main, new URL(tags.image!).pathname));
  const file = sharp(Buffer.from(await response.body()));
  expect(await file.metadata()).toMatchObject({ format: 'jpeg', width: 1000, height: 667 });
  expect([tags.width, tags.height]).toEqual(['1000', '667']);
  const corner = await file.extract({ left: 0, top: 0, width: 1, height: 1 }).raw().toBuffer();
  expect(
    [...corner].every((channel) => channel > 240),
    `corner ${[...corner]}`,
  ).toBe(true);
  // The feed item shows the same file, with the same size.
  const feed = await new Parser().parseString(await (await request.get(urlOf(SITES.main, '/postcards/rss.xml'))).text());
  const item = feed.items.find((entry) => entry.link?.endsWith('/postcards/siobhan-obrien-galway/'));
  expect(item?.enclosure?.url).toBe(tags.image);
  expect(item?.['content:encoded']).toMatch(/<img [^>]*width="1000" height="667"/);
});

test('the home page describes ILN as an Organization with its profiles elsewhere', async ({ page }) => {
  await page.goto('/');
  const organization = (await structuredData(page)).find((item) => item['@type'] === 'Organization');
  expect(organization).toEqual({
    '@context': 'https://schema.org',
    '@type': 'Organization',
    name: config.name,
    url: `${config.url}/`,
    sameAs: config.social.map((link) => link.href),
  });
});

test('pages that are not entries share the site’s own card as websites', async ({ page, request }) => {
  for (const path of ['/', '/topics/', '/postcards/', '/about/', '/join/']) {
    await page.goto(path);
    expect(await shareTags(page), path).toEqual({
      type: 'website',
      image: `${config.url}/og/site.png`,
      width: '1200',
      height: '630',
      alt: config.name,
      card: 'summary_large_image',
    });
  }
  expect(await fetchImage(request, SITES.main, `${config.url}/og/site.png`)).toMatchObject({ format: 'png', width: 1200, height: 630 });
});

test('under a base path, a card is published and served under it', async ({ page, request }) => {
  await page.goto(urlOf(SITES.base, TOPIC));
  const { image } = await shareTags(page);
  expect(image).toBe(`${config.url}/interlibnet/og/topics/2/06-leadership-without-a-title.png`);
  expect(await fetchImage(request, SITES.base, image!)).toMatchObject({ format: 'png', width: 1200, height: 630 });
});

test.describe('titles in other scripts', () => {
  for (const [script, path] of [
    ['Arabic', '/topics/1/02-reading-rooms/'],
    ['Japanese', '/topics/1/03-local-history/'],
    ['Greek', '/news/2026-05-greek-libraries/'],
  ]) {
    test(`an entry titled in ${script} has its title drawn on its card`, async ({ page, request }) => {
      await page.goto(urlOf(SITES.noFutureRound, path!));
      const { image, alt } = await shareTags(page);
      expect(alt).toContain(await page.getByRole('heading', { level: 1 }).textContent());
      const card = await fetchImage(request, SITES.noFutureRound, image!);
      expect(card).toMatchObject({ format: 'png', width: 1200, height: 630 });
      expect(await inkInTitle(card.body)).toBeGreaterThan(5000);
    });
  }
});

test('a hostile postcard’s name stays a string inside its breadcrumbs', async ({ page }) => {
  await page.goto(urlOf(SITES.postcards, '/postcards/mallory-hostile-markup/'));
  const crumbs = (await structuredData(page)).find((item) => item['@type'] === 'BreadcrumbList')!.itemListElement as { name: string }[];
  expect(crumbs.at(-1)!.name).toContain(`Mallory "><script>window.__hostile='name'</script>`);
  expect(await page.evaluate(() => (window as { __hostile?: string }).__hostile)).toBeUndefined();
});
