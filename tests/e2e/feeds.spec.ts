/**
 * Following the ILN by RSS: every feed, read by an independent parser (rss-parser, built on
 * xml2js, where the site writes its feeds with @astrojs/rss and fast-xml-parser), carries
 * exactly what content/ publishes, with links that work outside the site; pages announce
 * their feeds; a feed opened in a browser reads as a page; the Follow page explains it all.
 * What should be published is worked out from the content files, not from the site's code.
 */
import { appendFile, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { type APIRequestContext, expect, test } from '@playwright/test';
import type { Nodes } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import Parser from 'rss-parser';
import sharp from 'sharp';
import { site as config } from '../../src/site.config.ts';
import { violationsOf } from '../support/axe.ts';
import { build, copyContent, OUTPUT, removeDir, ROOT } from '../support/build.ts';
import { type ContentEntry, contentEntries } from '../support/content.ts';
import { SITES, type TestSite, outDirOf, urlOf } from '../support/sites.ts';

/** The origin the test builds write into feeds (no SITE_URL is set for them). */
const ORIGIN = config.url;
const SITE_NAME = 'International Librarians Network';

/** What a reader shows of a description, which RSS readers read as HTML. */
function textOfHtml(html: string): string {
  const texts: string[] = [];
  const walk = (node: Nodes) => {
    if (node.type === 'text') texts.push(node.value);
    else if ('children' in node) node.children.forEach(walk);
  };
  fromHtml(html, { fragment: true }).children.forEach(walk);
  return texts.join('');
}

const entries = contentEntries();
const published = entries.filter((entry) => entry.published && entry.collection !== 'rounds');
const unpublished = entries.filter((entry) => !entry.published);
const rounds = entries.filter((entry) => entry.collection === 'rounds');
const of = (collection: ContentEntry['collection']) => published.filter((entry) => entry.collection === collection);
/** A round's name: its file's title, else "Round N", as everywhere on the site. */
const roundName = (number: unknown) => {
  const round = rounds.find((entry) => entry.data.number === number);
  return String(round?.data.title ?? `Round ${String(number)}`);
};

interface FeedCase {
  path: string;
  title: string;
  /** Its link on the Follow page. */
  name: string;
  entries: ContentEntry[];
}

const FEEDS: FeedCase[] = [
  { path: '/rss.xml', title: SITE_NAME, name: 'Everything', entries: published },
  { path: '/topics/rss.xml', title: `${SITE_NAME}: discussion topics`, name: 'Discussion topics', entries: of('topics') },
  { path: '/postcards/rss.xml', title: `${SITE_NAME}: postcards`, name: 'Postcards', entries: of('postcards') },
  { path: '/news/rss.xml', title: `${SITE_NAME}: news`, name: 'News', entries: of('news') },
  ...rounds.map((round) => ({
    path: `/rounds/${round.data.number}/rss.xml`,
    // The round's name: its file's title, else "Round N", the same in the feed as on the Follow page.
    title: `${SITE_NAME}: ${roundName(round.data.number)} discussion topics`,
    name: `${roundName(round.data.number)}: discussion topics`,
    entries: of('topics').filter((topic) => topic.data.round === round.data.number),
  })),
];

const parser = new Parser();
type Feed = Awaited<ReturnType<typeof parser.parseString>>;

/** The address on the test server of an absolute URL the site wrote for its public origin. */
const local = (url: string, site: TestSite = SITES.main) => url.replace(ORIGIN, `http://localhost:${site.port}`);
const publicUrl = (path: string, site: TestSite = SITES.main) => `${ORIGIN}${site.base.replace(/\/$/, '')}${path}`;

async function readFeed(request: APIRequestContext, url: string): Promise<{ xml: string; feed: Feed }> {
  const response = await request.get(url);
  expect(response.status(), url).toBe(200);
  const xml = await response.text();
  return { xml, feed: await parser.parseString(xml) };
}

const dateOf = (entry: ContentEntry) => new Date(String(entry.data.publishDate ?? entry.data.date));

/** Every address in an HTML fragment: href, src and the like, and each srcset candidate. */
function addressesIn(html: string): string[] {
  const single = [...html.matchAll(/\s(?:href|src|poster|cite|action|data)\s*=\s*(["'])(.*?)\1/gi)].map((match) => match[2] ?? '');
  const sets = [...html.matchAll(/\ssrcset\s*=\s*(["'])(.*?)\1/gi)].flatMap((match) =>
    (match[2] ?? '').split(',').map((candidate) => candidate.trim().split(/\s+/)[0] ?? ''),
  );
  return [...single, ...sets];
}

test('the sample content gives every feed something to check', () => {
  expect(FEEDS.map((feed) => [feed.path, feed.entries.length])).toEqual([
    ['/rss.xml', 28],
    ['/topics/rss.xml', 14],
    ['/postcards/rss.xml', 9],
    ['/news/rss.xml', 5],
    ['/rounds/1/rss.xml', 8],
    ['/rounds/2/rss.xml', 6],
    ['/rounds/3/rss.xml', 0],
  ]);
});

for (const expected of FEEDS) {
  test(`${expected.path} carries every published entry of its section, newest first, with permanent GUIDs`, async ({ request }) => {
    const { feed } = await readFeed(request, expected.path);
    expect(feed.title).toBe(expected.title);
    expect(feed.feedUrl).toBe(publicUrl(expected.path));

    const byLink = new Map(expected.entries.map((entry) => [publicUrl(entry.path), entry]));
    const links = feed.items.map((item) => item.link);
    expect([...links].sort()).toEqual([...byLink.keys()].sort());
    expect(new Set(links).size).toBe(links.length);
    expect(feed.items.map((item) => item.guid)).toEqual(links);

    const times = feed.items.map((item) => new Date(item.pubDate ?? '').getTime());
    expect(times).toEqual([...times].sort((a, b) => b - a));

    for (const item of feed.items) {
      const entry = byLink.get(item.link ?? '')!;
      const data = entry.data;
      expect(new Date(item.pubDate ?? '').getTime(), entry.file).toBe(dateOf(entry).getTime());
      expect(item['content:encoded'], entry.file).toBeTruthy();
      if (entry.collection === 'topics') {
        expect(item.title).toBe(`${roundName(data.round)} · Discussion topic ${data.number}: ${data.title}`);
        expect(textOfHtml(item.content ?? '')).toBe(data.summary);
        expect(item.categories).toEqual(expect.arrayContaining([...(data.tags as string[]), roundName(data.round)]));
      } else if (entry.collection === 'news') {
        expect(item.title).toBe(data.title);
        expect(textOfHtml(item.content ?? '')).toBe(data.summary);
      } else {
        expect(item.title).toContain(`${data.name}, ${data.library}`);
        expect(item.enclosure?.url, entry.file).toBeTruthy();
        if (data.round !== undefined) expect(item.categories).toContain(roundName(data.round));
      }
    }
  });
}

for (const site of [SITES.main, SITES.base]) {
  test(`every item and every address in the items works outside the site built for base ${site.base}`, async ({ request }) => {
    const onSite = new Set<string>();
    const relative: string[] = [];
    for (const expected of FEEDS) {
      const { feed } = await readFeed(request, urlOf(site, expected.path));
      for (const item of feed.items) {
        onSite.add(item.link ?? '');
        for (const address of addressesIn(item['content:encoded'] ?? '')) {
          if (!/^[a-z][a-z\d+.-]*:/i.test(address)) relative.push(`${address} in ${item.link}`);
          else if (address.startsWith(`${ORIGIN}/`)) onSite.add(address.replace(/#.*$/, ''));
        }
      }
    }
    expect(relative).toEqual([]);
    const outsideBase = [...onSite].filter((url) => !url.startsWith(publicUrl('/', site)));
    expect(outsideBase).toEqual([]);
    for (const url of onSite) {
      const response = await request.get(local(url, site));
      expect(response.status(), url).toBe(200);
    }
    // The relative links written in content/ are there, made absolute, not dropped.
    const { feed } = await readFeed(request, urlOf(site, '/rss.xml'));
    const content = (path: string) => feed.items.find((item) => item.link === publicUrl(path, site))?.['content:encoded'] ?? '';
    expect(content('/topics/1/07-proving-our-worth/')).toContain(`href="${publicUrl('/topics/1/03-advocacy-and-lobbying/', site)}"`);
    expect(content('/news/2026-11-round-3-dates/')).toContain(`href="${publicUrl('/rounds/3/', site)}"`);
  });
}

test('the MDX news article is in the feed as rendered on its page', async ({ request }) => {
  const { feed } = await readFeed(request, '/news/rss.xml');
  const item = feed.items.find((candidate) => candidate.link === publicUrl('/news/2026-11-round-3-dates/'));
  expect(item?.['content:encoded']).toContain('<dt>Applications open</dt><dd>8 February 2027</dd>');
  expect(item?.['content:encoded']).not.toContain('export const');
});

test('a task list in a topic keeps which tasks are done, as ☑ and ☐, without the page’s form controls', async ({ request }) => {
  const { feed } = await readFeed(request, '/topics/rss.xml');
  const item = feed.items.find((candidate) => candidate.link === publicUrl('/topics/1/01-getting-to-know-you/'));
  const html = item?.['content:encoded'] ?? '';
  expect(html).toContain('☑ Find your partner');
  expect(html).toContain('☐ Work out the time difference');
  expect(html).not.toContain('<input');
});

test('no feed mentions a draft or an entry dated in the future', async ({ request }) => {
  expect(unpublished.length).toBeGreaterThan(0);
  for (const { path } of FEEDS) {
    const { xml } = await readFeed(request, path);
    // Unique words written into the drafts for this test.
    expect(xml, path).not.toContain('quokkafeather');
    expect(xml, path).not.toContain('wallabyinkwell');
    for (const entry of unpublished) expect(xml, `${path}: ${entry.file}`).not.toContain(entry.path);
  }
});

test('each postcard carries a processed JPEG of its photo, of exactly the length and type the feed states', async ({ request }) => {
  const { feed } = await readFeed(request, '/postcards/rss.xml');
  expect(feed.items).toHaveLength(of('postcards').length);
  for (const item of feed.items) {
    const entry = of('postcards').find((postcard) => publicUrl(postcard.path) === item.link)!;
    const { url = '', length, type } = item.enclosure ?? {};
    const response = await request.get(local(url));
    expect(response.status(), url).toBe(200);
    const body = await response.body();
    expect(body.byteLength, url).toBe(Number(length));
    expect(response.headers()['content-type']).toBe(type);
    expect(type).toBe('image/jpeg');
    expect([...body.subarray(0, 3)]).toEqual([0xff, 0xd8, 0xff]);
    const upload = await readFile(join(ROOT, entry.file.replace(/index\.md$/, ''), String(entry.data.image)));
    expect(body.equals(upload), `${entry.file}: the upload itself is in the feed`).toBe(false);
    expect(item['content:encoded']).toContain(`<img src="${url}"`);
  }
});

test("each postcard's item credits its photo and names its licence: its own, or the site's", async ({ request }) => {
  const { feed } = await readFeed(request, '/postcards/rss.xml');
  for (const item of feed.items) {
    const entry = of('postcards').find((postcard) => publicUrl(postcard.path) === item.link)!;
    const credit = String(entry.data.imageCredit ?? entry.data.name);
    // The sample postcards use the site's licence or CC BY-SA 4.0.
    expect([undefined, 'CC-BY-SA-4.0'], entry.file).toContain(entry.data.license);
    const [name, url] = entry.data.license
      ? ['CC BY-SA 4.0', 'https://creativecommons.org/licenses/by-sa/4.0/']
      : [config.license.name, config.license.url];
    const html = item['content:encoded'] ?? '';
    expect(html.replace(/<[^>]+>/g, ''), entry.file).toContain(`Photo: ${credit}. Shared under ${name}.`);
    expect(html, entry.file).toContain(`<a href="${url}" rel="license">${name}</a>`);
  }
  // The sample content has a postcard of each kind.
  expect(of('postcards').some((postcard) => postcard.data.imageCredit && postcard.data.license)).toBe(true);
  expect(of('postcards').some((postcard) => !postcard.data.imageCredit && !postcard.data.license)).toBe(true);
});

test.describe('a feed opened in a browser', () => {
  test('reads as a page: what a feed is, the address to subscribe with, and the items with working links', async ({ page }) => {
    await page.goto('/rss.xml');
    await expect(page).toHaveTitle(`${SITE_NAME} (RSS feed)`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(SITE_NAME);
    const about = page.getByRole('complementary', { name: 'About this feed' });
    await expect(about).toContainText('This is a web feed');
    await expect(about.getByText(publicUrl('/rss.xml'), { exact: true })).toBeVisible();
    const items = page.getByRole('list', { name: 'Latest items' }).getByRole('listitem');
    await expect(items).toHaveCount(published.length);
    // A description is HTML for readers (`&amp;`); the page shows the text it was made from.
    for (const entry of of('news')) {
      await expect(items.filter({ hasText: String(entry.data.title) }).getByRole('paragraph')).toHaveText(String(entry.data.summary));
    }

    // Item links are absolute, on the public origin: serve that origin from the test server.
    await page.route(`${ORIGIN}/**`, async (route) => route.fulfill({ response: await page.request.fetch(local(route.request().url())) }));
    await items.first().getByRole('link').click();
    await expect(page).toHaveURL(publicUrl('/topics/2/06-leadership-without-a-title/'));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Leadership without a title');
    await page.unrouteAll({ behavior: 'wait' });
  });

  test('leads to the Follow page and the website under the base path', async ({ page }) => {
    await page.goto(urlOf(SITES.base, '/topics/rss.xml'));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`${SITE_NAME}: discussion topics`);
    await expect(page.getByText(publicUrl('/topics/rss.xml', SITES.base), { exact: true })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Visit the ILN website' })).toHaveAttribute('href', publicUrl('/topics/', SITES.base));
    await page.getByRole('link', { name: 'What is a feed reader, and which feeds can I follow?' }).click();
    await expect(page).toHaveURL(urlOf(SITES.base, '/follow/'));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Follow the ILN');
  });

  test('says so when a feed has nothing in it yet', async ({ page }) => {
    await page.goto('/rounds/3/rss.xml');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`${SITE_NAME}: Round 3 discussion topics`);
    await expect(page.getByText('Nothing has been posted here yet.')).toBeVisible();
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    test.describe(`in the ${colorScheme} theme`, () => {
      test.use({ colorScheme });
      test('has no WCAG 2.2 AA violations', async ({ page }) => {
        await page.goto('/rss.xml');
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
        // Chromium puts a banner of its own into pages it styles with XSLT; it is the browser's, not ours.
        expect(await violationsOf(page, { exclude: 'xslt-warning-banner' })).toEqual([]);
      });
    });
  }
});

const ANNOUNCED: [string, string[]][] = [
  ['/', []],
  ['/about/', []],
  ['/tags/advocacy/', []],
  ['/rounds/', []],
  ['/topics/', ['/topics/rss.xml']],
  ['/topics/2/04-open-access/', ['/topics/rss.xml']],
  ['/postcards/', ['/postcards/rss.xml']],
  ['/postcards/anna-kovacs-debrecen/', ['/postcards/rss.xml']],
  ['/news/', ['/news/rss.xml']],
  ['/news/2026-11-round-3-dates/', ['/news/rss.xml']],
  ['/rounds/2/', ['/rounds/2/rss.xml']],
  ['/follow/', []],
];

test('every page announces the site feed, and section and round pages their own, each a real feed', async ({ page, request }) => {
  for (const [path, extra] of ANNOUNCED) {
    await page.goto(path);
    const links = await page
      .locator('head link[rel="alternate"][type="application/rss+xml"]')
      .evaluateAll((elements) => elements.map((link) => ({ href: link.getAttribute('href') ?? '', title: link.getAttribute('title') ?? '' })));
    expect(
      links.map((link) => link.href),
      path,
    ).toEqual(['/rss.xml', ...extra].map((feed) => publicUrl(feed)));
    for (const link of links) {
      const { feed } = await readFeed(request, local(link.href));
      expect(feed.title, `${path}: ${link.href}`).toBe(link.title);
    }
  }
});

test('under a base path, pages announce their feeds with the base', async ({ page }) => {
  await page.goto(urlOf(SITES.base, '/rounds/1/'));
  const hrefs = await page
    .locator('head link[rel="alternate"][type="application/rss+xml"]')
    .evaluateAll((elements) => elements.map((link) => link.getAttribute('href')));
  expect(hrefs).toEqual([publicUrl('/rss.xml', SITES.base), publicUrl('/rounds/1/rss.xml', SITES.base)]);
});

test.describe('the Follow page', () => {
  test('is linked from the footer and lists every feed and the calendar with their addresses', async ({ page, request }) => {
    await page.goto('/');
    await page.getByRole('contentinfo').getByRole('link', { name: 'Follow by RSS or calendar' }).click();
    await expect(page).toHaveURL(/\/follow\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Follow the ILN');
    const main = page.getByRole('main');
    await expect(main.getByRole('heading', { level: 2 })).toHaveText(['What is a feed?', 'How to subscribe', 'Our feeds', 'Calendar']);
    await expect(main).toContainText('A feed reader is an app');
    await expect(main).toContainText('NetNewsWire');

    for (const expected of FEEDS) {
      const link = main.getByRole('link', { name: expected.name, exact: true });
      await expect(link).toHaveAttribute('href', expected.path);
      await expect(main.getByText(publicUrl(expected.path), { exact: true })).toBeVisible();
      const { feed } = await readFeed(request, expected.path);
      expect(feed.title).toBe(expected.title);
    }

    await expect(main).toContainText('A calendar of every live chat and round date.');
    await expect(main.getByText(publicUrl('/calendar.ics'), { exact: true })).toBeVisible();
    await expect(main.getByRole('link', { name: 'Subscribe in your calendar app' })).toHaveAttribute(
      'href',
      publicUrl('/calendar.ics').replace(/^https?:/, 'webcal:'),
    );
  });

  test('copies a feed’s address with one click', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('/follow/');
    await page.getByRole('button', { name: 'Copy address of the Postcards feed' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Copied' })).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(publicUrl('/postcards/rss.xml'));
  });

  test('keeps every address selectable without JavaScript', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(urlOf(SITES.main, '/follow/'));
    await expect(page.getByText(publicUrl('/news/rss.xml'), { exact: true })).toBeVisible();
    await expect(page.getByRole('button', { name: /Copy address/ })).toHaveCount(0);
    await context.close();
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`has no WCAG 2.2 AA violations in the ${colorScheme} theme`, async ({ browser }) => {
      const context = await browser.newContext({ colorScheme });
      const page = await context.newPage();
      await page.goto(urlOf(SITES.main, '/follow/'));
      expect(await violationsOf(page)).toEqual([]);
      await context.close();
    });
  }
});

/**
 * A second build, months later, of content a contributor has since changed: a postcard with
 * HTML in its story and a photo that carries EXIF data. Built here, not served.
 */
test.describe('a later build of changed content', () => {
  // One build for the three tests, in one worker.
  test.describe.configure({ mode: 'serial' });
  const LATER = '2027-03-23T12:00:00+11:00';
  const outDir = join(OUTPUT, 'sites', 'feeds-later');
  let contentDir = '';

  const readBuilt = async (dist: string, path: string) => parser.parseString(await readFile(join(dist, path), 'utf8'));

  test.beforeAll(async () => {
    test.setTimeout(300_000);
    // A fresh build every run: the content cache of an earlier run points at a removed copy.
    await removeDir(outDir);
    await removeDir(join(outDir, '../.cache/feeds-later'));
    contentDir = await copyContent('content');
    const postcard = join(contentDir, 'postcards/anna-kovacs-debrecen');
    await appendFile(
      join(postcard, 'index.md'),
      '\nLook: <script>alert("quokka")</script> <img src=x onerror="alert(1)"> <iframe src="https://evil.example/"></iframe> [click me](javascript:alert(1))\n',
    );
    const photo = join(postcard, 'photo.jpg');
    const withExif = await sharp(await readFile(photo))
      .withExif({ IFD0: { ImageDescription: 'wombatlocation 47.53N 21.62E', Copyright: 'wombatlocation' } })
      .jpeg()
      .toBuffer();
    await writeFile(photo, withExif);
    const result = await build({ contentDir, outDir, env: { ILN_NOW: LATER } });
    expect(result.code, result.output).toBe(0);
  });

  test.afterAll(async () => {
    if (contentDir) await removeDir(contentDir);
  });

  test('every item keeps its GUID, and the topics published since join their feeds', async () => {
    for (const { path } of FEEDS) {
      const first = await readBuilt(outDirOf(SITES.main), path);
      const later = await readBuilt(outDir, path);
      const guids = new Map(later.items.map((item) => [item.link, item.guid]));
      for (const item of first.items) expect(guids.get(item.link), `${path}: ${item.link}`).toBe(item.guid);
    }
    const round3 = await readBuilt(outDir, '/rounds/3/rss.xml');
    expect(round3.items.map((item) => item.guid)).toEqual([publicUrl('/topics/3/01-getting-to-know-you/')]);
  });

  test('HTML a contributor wrote in a postcard comes out as text, and script links lose their script', async () => {
    const feed = await readBuilt(outDir, '/postcards/rss.xml');
    const content = feed.items.find((item) => item.link === publicUrl('/postcards/anna-kovacs-debrecen/'))?.['content:encoded'] ?? '';
    // Shown as text: the `<` that would open a tag is escaped.
    expect(content).toContain('&lt;script>alert("quokka")&lt;/script>');
    expect(content).toContain('click me');
    expect(content).not.toMatch(/javascript:/i);
    expect(content).not.toMatch(/<(script|iframe)\b/i);
    expect(content).not.toMatch(/<img\b[^>]*\ssrc="x"/i);
    expect(content).not.toMatch(/<[a-z][^>]*\son[a-z]+=/i);
    expect(content).not.toMatch(/href="javascript:/i);
  });

  test('the photo in the feed carries none of the upload’s EXIF data', async () => {
    const feed = await readBuilt(outDir, '/postcards/rss.xml');
    const item = feed.items.find((candidate) => candidate.link === publicUrl('/postcards/anna-kovacs-debrecen/'));
    const file = await readFile(join(outDir, new URL(item?.enclosure?.url ?? '').pathname));
    expect(file.byteLength).toBe(Number(item?.enclosure?.length));
    const upload = await readFile(join(contentDir, 'postcards/anna-kovacs-debrecen/photo.jpg'));
    expect(upload.includes('wombatlocation')).toBe(true);
    expect(file.includes('wombatlocation')).toBe(false);
    expect(file.includes('Exif\0\0')).toBe(false);
  });
});
