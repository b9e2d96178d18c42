/**
 * What a stranger sends us cannot run or call out: a postcard with every field attacked
 * (tests/fixtures/hostile-postcard) is inert on its page, in every feed item as a careless
 * feed reader would show it, and in search results; and every kind of page keeps to its
 * Content Security Policy, comments and search included.
 */
import { expect, type Page, test } from '@playwright/test';
import Parser from 'rss-parser';
import { site as config } from '../../src/site.config.ts';
import { SITES, type TestSite, urlOf } from '../support/sites.ts';

const HOSTILE = '/postcards/mallory-hostile-markup/';
/** The hostile postcard's library, in its page's text, its feed items' titles and their descriptions. */
const LIBRARY = `Library <img src=x onerror="window.__hostile='library'"> ]]> & Co`;
/** The hostile postcard's imageCredit, shown under its photo, in its feed items and in its structured data. */
const CREDIT = `Eve"></figcaption><script>window.__hostile='credit'</script><img src=x onerror=alert(1)> ]]>`;

/**
 * Everything that would show an attack worked: script globals, dialogs, requests to other
 * hosts, CSP reports. Feed items point at the site's public address (`site.url`), which
 * counts as the site's own but is not reachable from the tests.
 */
async function watch(page: Page, site: TestSite) {
  const outside: string[] = [];
  const dialogs: string[] = [];
  const violations: string[] = [];
  const own = new URL(urlOf(site)).origin;
  const published = new URL(config.url).origin;
  await page.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    if (url.origin === own || url.protocol === 'data:' || url.protocol === 'blob:') return route.continue();
    if (url.origin !== published) outside.push(url.href);
    return route.abort('blockedbyclient');
  });
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const reports = ((window as { __csp?: string[] }).__csp ??= []);
      reports.push(`${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`);
    });
  });
  return {
    async expectNothingRan() {
      const state = await page.evaluate(() => ({
        hostile: (window as { __hostile?: string }).__hostile,
        csp: (window as { __csp?: string[] }).__csp ?? [],
      }));
      expect(state.hostile, 'a hostile script ran').toBeUndefined();
      expect(dialogs, 'dialogs').toEqual([]);
      expect(outside, 'requests to other hosts').toEqual([]);
      return state.csp;
    },
    violations,
  };
}

test.describe('a hostile postcard', () => {
  test.use({ baseURL: urlOf(SITES.postcards) });

  test('its page shows every field as text and loads nothing from elsewhere', async ({ page }) => {
    const watcher = await watch(page, SITES.postcards);
    await page.goto(HOSTILE);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Mallory "><script>window.__hostile='name'</script>`);
    await expect(page.getByText(LIBRARY).first()).toBeVisible();
    const story = page.locator('.story');
    await expect(story.locator('script, iframe, img, svg, [style], [onerror], [onload]')).toHaveCount(0);
    await expect(story.locator('a[href^="javascript:" i]')).toHaveCount(0);
    // A story's headings start below the page's own h1, which stays the only one.
    await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
    await expect(story.getByRole('heading', { name: 'A second heading one' })).toHaveJSProperty('tagName', 'H2');
    // Links out are marked as the contributor's, not endorsed by the site.
    for (const link of await story.locator('a[href]').all()) await expect(link).toHaveAttribute('rel', 'ugc nofollow');
    await expect(story).toContainText('A tracking pixel');
    // The photo keeps its description whole, inside its attribute.
    await expect(page.locator('figure img')).toHaveAttribute('alt', /^A desk"><img src=x onerror=/);
    // The credit is text under the photo, and stays whole inside the structured data's script.
    const caption = page.locator('figure figcaption');
    await expect(caption).toHaveText(`Photo: ${CREDIT}. Shared under CC BY-SA 4.0.`);
    await expect(caption.locator('script, img, [onerror]')).toHaveCount(0);
    await expect(page.locator('figure img')).toHaveCount(1);
    const data = (await page.locator('script[type="application/ld+json"]').allTextContents()).map(
      (text) => JSON.parse(text) as { '@type': string; creditText?: string },
    );
    expect(data.find((item) => item['@type'] === 'ImageObject')?.creditText).toBe(CREDIT);
    for (const link of await story.getByRole('link').all()) await link.click({ trial: true });
    expect(await watcher.expectNothingRan()).toEqual([]);
  });

  for (const feedPath of ['/rss.xml', '/postcards/rss.xml']) {
    test(`its item in ${feedPath}, shown as a careless feed reader would, runs nothing`, async ({ page, request }) => {
      const response = await request.get(feedPath);
      expect(response.ok()).toBe(true);
      const feed = await new Parser().parseString(await response.text());
      const item = feed.items.find((entry) => entry.link?.endsWith(HOSTILE));
      expect(item, 'the hostile postcard is in the feed').toBeDefined();
      expect(item?.title).toContain(`Mallory "><script>window.__hostile='name'</script>`);
      const html = item?.['content:encoded'] ?? '';
      expect(html).toContain('A desk');

      // A reader that pastes the item's HTML into its own page, with no policy of its own.
      const watcher = await watch(page, SITES.postcards);
      await page.setContent(`<!doctype html><html><body>${html}</body></html>`);
      const images = page.locator('img');
      await expect(images).toHaveCount(1);
      await expect(images).toHaveAttribute('alt', /^A desk"><img src=x onerror=.*\]\]>$/);
      await expect(page.locator('body')).toContainText(`Photo: ${CREDIT}. Shared under CC BY-SA 4.0.`);
      await expect(page.locator('script, iframe, svg, [style], [onerror], [onload], a[href^="javascript:" i]')).toHaveCount(0);
      await expect(page.locator('h1')).toHaveCount(0);
      // The contributor's links are marked as theirs; the one link the site adds is the licence's.
      await expect(page.locator('a[rel="license"]')).toHaveAttribute('href', 'https://creativecommons.org/licenses/by-sa/4.0/');
      for (const link of await page.locator('a[href]:not([rel="license"])').all()) await expect(link).toHaveAttribute('rel', 'ugc nofollow');
      await page.waitForLoadState('load');
      await watcher.expectNothingRan();

      // Readers show the description as HTML too: there the contributor's fields are text.
      await page.setContent(`<!doctype html><html><body><p>${item?.content ?? ''}</p></body></html>`);
      await expect(page.locator('p')).toHaveText(`A postcard from ${LIBRARY} in the Netherlands.`);
      await expect(page.locator('body *:not(p)')).toHaveCount(0);
      await watcher.expectNothingRan();
    });
  }

  test('its feed item, opened in a browser, shows the fields as the contributor typed them', async ({ page }) => {
    const watcher = await watch(page, SITES.postcards);
    await page.goto('/postcards/rss.xml');
    const item = page.getByRole('listitem').filter({ hasText: 'Mallory' });
    await expect(item.getByRole('paragraph')).toHaveText(`A postcard from ${LIBRARY} in the Netherlands.`);
    await expect(item.locator('img, script, svg')).toHaveCount(0);
    await watcher.expectNothingRan();
  });

  test('its search result runs nothing', async ({ page }) => {
    const watcher = await watch(page, SITES.postcards);
    await page.goto('/search/?q=Mallory');
    const results = page.getByRole('list', { name: 'Search results' });
    await expect(results.getByRole('link', { name: /Mallory/ }).first()).toBeVisible();
    await expect(results.locator('script, iframe, svg, [onerror], [onload]')).toHaveCount(0);
    expect(await watcher.expectNothingRan()).toEqual([]);
  });
});

test.describe('a news item with hostile markup', () => {
  test.use({ baseURL: urlOf(SITES.postcards) });
  const NEWS = '/news/2026-10-hostile-markup/';

  test('keeps its text, its details and its footnote, and loses every tag and address that could act', async ({ page }) => {
    const watcher = await watch(page, SITES.postcards);
    await page.goto(NEWS);
    const body = page.getByRole('main').locator('.prose');
    await expect(body).toContainText('Hello there.');
    await expect(page.locator('meta[http-equiv="refresh" i], base')).toHaveCount(0);
    await expect(body.locator('script, style, iframe, form, input, button, [onerror], [onload], [style]')).toHaveCount(0);
    await expect(body.locator('a[href^="javascript:" i], a[href^="jav" i]')).toHaveCount(0);
    await expect(body.getByRole('link', { name: 'A script link' })).toHaveCount(0);
    await expect(body.getByText('A script link')).toBeVisible();
    // What an editor may write stays: a details element across Markdown blocks, a checklist, a footnote.
    await body.getByText('What the programme offers').click();
    await expect(body.locator('details')).toContainText('four months of fortnightly topics');
    await expect(body.locator('li.task-list-item')).toHaveText(['☑ Read the topic', '☐ Write to your partner']);
    await body.getByRole('link', { name: '1', exact: true }).click();
    await expect(page).toHaveURL(/#user-content-fn-1$/);
    await expect(page.locator('#user-content-fn-1')).toContainText('The footnote, linked both ways.');
    // A refresh to another host would have left by now.
    await page.waitForTimeout(1500);
    await expect(page).toHaveURL(new RegExp(`${NEWS}#user-content-fn-1$`));
    expect(await watcher.expectNothingRan()).toEqual([]);
  });

  test('with nothing but a backslash before the colon, its script addresses are no links either', async ({ page }) => {
    const watcher = await watch(page, SITES.postcards);
    await page.goto('/news/2026-10-escaped-scheme/');
    const body = page.getByRole('main').locator('.prose');
    await expect(body.getByText('An escaped script link')).toBeVisible();
    await expect(body.getByRole('link', { name: /escaped/ })).toHaveCount(0);
    await expect(body.locator('a[href^="javascript" i]')).toHaveCount(0);
    expect(await watcher.expectNothingRan()).toEqual([]);
  });
});

test.describe('the Content Security Policy', () => {
  const pages: [string, TestSite, string, string][] = [
    ['the home page', SITES.main, '/', 'main'],
    ['a topic with a live chat', SITES.main, '/topics/2/02-the-role-of-libraries-in-disasters/', 'main'],
    // Markdown's code blocks must not bring style attributes, as a syntax highlighter would.
    ['a topic with a code block', SITES.main, '/topics/1/05-technology-and-libraries-part-2/', 'main'],
    ['a postcard', SITES.main, '/postcards/layla-haddad-amman/', 'main'],
    ['the search page with a query', SITES.main, '/search/?q=library', 'search'],
    ['a page under a base path', SITES.base, '/topics/', 'main'],
  ];

  for (const [name, site, path, ready] of pages) {
    test(`${name} loads everything it needs without a violation`, async ({ page }) => {
      const watcher = await watch(page, site);
      await page.goto(urlOf(site, path));
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      if (ready === 'search') await expect(page.getByRole('list', { name: 'Search results' }).getByRole('listitem').first()).toBeVisible();
      await page.waitForLoadState('load');
      expect(await watcher.expectNothingRan()).toEqual([]);
      expect(watcher.violations).toEqual([]);
      // The policy is there, and it allows no inline script it did not hash.
      const policy = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
      expect(policy).toMatch(/script-src 'self'/);
      expect(policy).not.toMatch(/script-src[^;]*'unsafe-inline'/);
      expect(policy).toMatch(/object-src 'none'/);
      expect(policy).toMatch(/base-uri 'self'/);
      expect(policy).toMatch(/img-src 'self' data:;/);
    });
  }

  test('a page with comments frames giscus and nothing else', async ({ page }) => {
    const site = SITES.comments;
    const violations: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
    });
    const requested: string[] = [];
    await page.route(
      (url) => !url.href.startsWith(new URL(urlOf(site)).origin),
      async (route) => {
        const url = new URL(route.request().url());
        requested.push(url.origin);
        if (url.origin === 'https://giscus.app')
          await route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>giscus</title><p>comments</p>' });
        else await route.abort('blockedbyclient');
      },
    );
    await page.goto(urlOf(site, '/topics/2/04-open-access/'));
    await page.getByRole('region', { name: 'Comments' }).scrollIntoViewIfNeeded();
    await expect.poll(() => page.frames().some((frame) => frame.url().startsWith('https://giscus.app/'))).toBe(true);
    expect(new Set(requested)).toEqual(new Set(['https://giscus.app']));
    expect(violations).toEqual([]);
  });
});
