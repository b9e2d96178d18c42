/**
 * Joining the open forum: the comment thread under a topic, postcard or news item comes
 * from giscus (GitHub Discussions), and nothing is asked of giscus.app or GitHub before the
 * reader scrolls to the comments, or agrees to load them where the site asks first.
 *
 * Nothing here leaves the machine: every request to another host is recorded and answered
 * by the test (giscus.app's widget with a stub page that records what giscus tells it),
 * or refused.
 */
import { readFileSync } from 'node:fs';
import { type Page, expect, test } from '@playwright/test';
import { violationsOf } from '../support/axe.ts';
import { GISCUS_TEST_IDS, SITES, type TestSite, outDirOf, urlOf } from '../support/sites.ts';

const STUB = `<!doctype html><html lang="en"><head><title>Comments</title></head><body><p>No comments yet.</p>
<script>window.received = []; addEventListener('message', (event) => window.received.push(event.data));</script></body></html>`;

/** Records every request that leaves this machine; giscus.app's widget gets the stub, the rest are refused. */
async function watchThirdParties(page: Page, { blockGiscus = false } = {}): Promise<URL[]> {
  const requests: URL[] = [];
  await page.route(
    (url) => url.hostname !== 'localhost',
    async (route) => {
      const url = new URL(route.request().url());
      requests.push(url);
      if (!blockGiscus && url.origin === 'https://giscus.app' && url.pathname.endsWith('/widget')) {
        await route.fulfill({ contentType: 'text/html', body: STUB });
      } else await route.abort('blockedbyclient');
    },
  );
  return requests;
}

/** The giscus frame, once its (stub) page has loaded. */
async function giscusFrame(page: Page) {
  await expect(page.frameLocator('iln-comments iframe').getByText('No comments yet.')).toBeVisible();
  return page.frames().find((frame) => frame.url().startsWith('https://giscus.app/'))!;
}

const comments = (page: Page) => page.getByRole('region', { name: 'Comments' });
const at = (site: TestSite, path: string) => urlOf(site, path);

test.describe('comments that load when the reader reaches them', () => {
  test('a topic asks giscus for its own thread only once the reader scrolls to the comments, and only once', async ({ page }) => {
    const requests = await watchThirdParties(page);
    await page.goto(at(SITES.comments, '/topics/2/04-open-access/'));
    await expect(comments(page)).not.toBeInViewport();
    // The element has been told the comments are out of view, and has asked for nothing.
    await expect(page.locator('iln-comments')).toHaveAttribute('data-state', 'waiting');
    expect(requests).toEqual([]);

    await comments(page).scrollIntoViewIfNeeded();
    await giscusFrame(page);
    expect(requests.map((url) => url.origin + url.pathname)).toEqual(['https://giscus.app/en/widget']);
    const asked = Object.fromEntries(requests[0]!.searchParams);
    expect(asked).toMatchObject({
      repo: GISCUS_TEST_IDS.GISCUS_REPO,
      repoId: GISCUS_TEST_IDS.GISCUS_REPO_ID,
      category: GISCUS_TEST_IDS.GISCUS_CATEGORY,
      categoryId: GISCUS_TEST_IDS.GISCUS_CATEGORY_ID,
      term: 'topic:2/04',
      strict: '1',
      theme: 'light',
    });

    await page.evaluate(() => window.scrollTo(0, 0));
    await comments(page).scrollIntoViewIfNeeded();
    await expect(page.locator('giscus-widget')).toHaveCount(1);
    expect(requests).toHaveLength(1);
  });

  test('the thread is dark in the dark theme and follows the reader when they switch', async ({ page }) => {
    const requests = await watchThirdParties(page);
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto(at(SITES.comments, '/topics/2/04-open-access/'));
    await comments(page).scrollIntoViewIfNeeded();
    const frame = await giscusFrame(page);
    expect(requests[0]?.searchParams.get('theme')).toBe('dark');

    const themeSent = () =>
      frame.evaluate(
        () => (window as unknown as { received: { giscus?: { setConfig?: { theme?: string } } }[] }).received.at(-1)?.giscus?.setConfig?.theme,
      );
    await page.emulateMedia({ colorScheme: 'light' });
    await expect.poll(themeSent).toBe('light');
    await page.emulateMedia({ colorScheme: 'dark' });
    await expect.poll(themeSent).toBe('dark');
    expect(requests).toHaveLength(1);
  });

  test('postcards and news have threads named after the entry, and a renamed postcard keeps its old one', async ({ page }) => {
    const requests = await watchThirdParties(page);
    await page.setViewportSize({ width: 1280, height: 4000 }); // the comments are in view at once
    for (const [path, term] of [
      ['/postcards/anna-kovacs-debrecen-public-library/', 'postcard:anna-kovacs-debrecen'],
      ['/news/2026-09-round-2-partners-matched/', 'news:2026-09-round-2-partners-matched'],
    ] as const) {
      requests.length = 0;
      await page.goto(at(SITES.comments, path));
      await giscusFrame(page);
      expect(requests.map((url) => url.searchParams.get('term'))).toEqual([term]);
      const link = comments(page).getByRole('link', { name: 'Join this discussion on GitHub' });
      await expect(link).toHaveAttribute('href', `https://github.com/interlibnet/forum-test/discussions?discussions_q=${encodeURIComponent(term)}`);
    }
  });

  test('an entry with comments switched off has no comment section and loads no script', async ({ page }) => {
    const requests = await watchThirdParties(page);
    await page.goto(at(SITES.comments, '/topics/2/05-wellbeing-at-work/'));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Wellbeing at work');
    await expect(comments(page)).toHaveCount(0);
    // Structured data (JSON-LD) is data, not code.
    await expect(page.locator('script:not([type="application/ld+json"])')).toHaveCount(0);
    expect(requests).toEqual([]);
  });

  test('when giscus is blocked the reader can still join on GitHub', async ({ page }) => {
    const requests = await watchThirdParties(page, { blockGiscus: true });
    await page.goto(at(SITES.comments, '/topics/2/04-open-access/'));
    await comments(page).scrollIntoViewIfNeeded();
    await expect.poll(() => requests.length).toBe(1);
    await expect(comments(page).getByRole('link', { name: 'Join this discussion on GitHub' })).toBeVisible();
  });

  test('when the comments code cannot be loaded the reader is told, and can still join on GitHub', async ({ page }) => {
    const requests = await watchThirdParties(page);
    await page.route('**/_astro/giscus*.js', (route) => route.abort());
    await page.goto(at(SITES.comments, '/topics/2/04-open-access/'));
    await comments(page).scrollIntoViewIfNeeded();
    await expect(comments(page).getByText('The comments could not be loaded here.')).toBeVisible();
    await expect(comments(page).getByRole('link', { name: 'Join this discussion on GitHub' })).toBeVisible();
    expect(requests).toEqual([]);
  });

  test('without JavaScript a plain link leads to the discussion on GitHub', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    const requests = await watchThirdParties(page);
    for (const site of [SITES.comments, SITES.commentsConsent]) {
      await page.goto(at(site, '/topics/2/04-open-access/'));
      await comments(page).scrollIntoViewIfNeeded();
      const link = comments(page).getByRole('link', { name: 'Join this discussion on GitHub' });
      await expect(link).toBeVisible();
      await expect(link).toHaveAttribute('href', 'https://github.com/interlibnet/forum-test/discussions?discussions_q=topic%3A2%2F04');
      await expect(page.getByRole('button', { name: 'Load comments' })).toHaveCount(0);
    }
    expect(requests).toEqual([]);
    await context.close();
  });
});

test.describe('comments that load only after the reader agrees', () => {
  test('nothing is asked of GitHub until the reader presses “Load comments”, which says who hosts them', async ({ page }) => {
    const requests = await watchThirdParties(page);
    await page.goto(at(SITES.commentsConsent, '/topics/2/04-open-access/'));
    await comments(page).scrollIntoViewIfNeeded();
    await expect(page.locator('iln-comments')).toHaveAttribute('data-state', 'waiting');
    await expect(comments(page)).toContainText('Comments are hosted by GitHub.');
    await expect(comments(page).getByRole('link', { name: 'GitHub’s privacy statement' })).toHaveAttribute(
      'href',
      /^https:\/\/docs\.github\.com\/.*privacy-statement$/,
    );
    expect(requests).toEqual([]);

    await page.getByRole('button', { name: 'Load comments' }).click();
    await giscusFrame(page);
    expect(requests).toHaveLength(1);
    expect(requests[0]?.searchParams.get('term')).toBe('topic:2/04');
    await expect(page.getByRole('button', { name: 'Load comments' })).toHaveCount(0);
    await expect(page.locator('[data-widget]')).toBeFocused();
    await expect(comments(page).getByRole('link', { name: 'Join this discussion on GitHub' })).toBeVisible();
  });

  test('a reader who asks not to be asked again gets comments on scroll on later pages, until they take it back', async ({ page }) => {
    const requests = await watchThirdParties(page);
    await page.goto(at(SITES.commentsConsent, '/topics/2/04-open-access/'));
    await comments(page).getByLabel('Load comments on every page without asking again').check();
    await page.getByRole('button', { name: 'Load comments' }).click();
    await giscusFrame(page);
    expect(requests).toHaveLength(1);

    await page.goto(at(SITES.commentsConsent, '/postcards/anna-kovacs-debrecen-public-library/'));
    await expect(comments(page)).not.toBeInViewport();
    await expect(page.locator('iln-comments')).toHaveAttribute('data-state', 'waiting');
    expect(requests).toHaveLength(1);
    await comments(page).scrollIntoViewIfNeeded();
    await giscusFrame(page);
    expect(requests.map((url) => url.searchParams.get('term'))).toEqual(['topic:2/04', 'postcard:anna-kovacs-debrecen']);
    await expect(page.getByRole('button', { name: 'Load comments' })).toHaveCount(0);
    expect(await violationsOf(page, { include: 'iln-comments' })).toEqual([]);

    await comments(page).getByText('Comments load without asking in this browser.').getByRole('button', { name: 'Ask me first again' }).click();
    await expect(comments(page).getByRole('status')).toHaveText('From the next page on, comments wait until you ask for them.');
    await expect(comments(page).getByRole('status')).toBeFocused();

    await page.goto(at(SITES.commentsConsent, '/topics/2/04-open-access/'));
    await comments(page).scrollIntoViewIfNeeded();
    await expect(page.getByRole('button', { name: 'Load comments' })).toBeVisible();
    await expect(page.locator('iln-comments')).toHaveAttribute('data-state', 'waiting');
    expect(requests).toHaveLength(2);
  });

  test('a reader back from signing in to comment finds the comments loaded, with their session', async ({ page }) => {
    const requests = await watchThirdParties(page);
    await page.goto(at(SITES.commentsConsent, '/topics/2/04-open-access/?giscus=session-from-github'));
    await giscusFrame(page);
    await expect(comments(page)).toBeInViewport();
    expect(requests.map((url) => url.searchParams.get('session'))).toEqual(['session-from-github']);
    // giscus keeps the session and takes it out of the address.
    expect(new URL(page.url()).search).toBe('');
  });

  test('a collection whose comments are switched off in the site config has no comment section', async ({ page }) => {
    await page.goto(at(SITES.commentsConsent, '/news/2026-09-round-2-partners-matched/'));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Round 2 partners matched');
    await expect(comments(page)).toHaveCount(0);
    await page.goto(at(SITES.commentsConsent, '/postcards/anna-kovacs-debrecen-public-library/'));
    await expect(comments(page)).toHaveCount(1);
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`the comment section has no WCAG 2.2 AA violations in the ${colorScheme} theme`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      await page.goto(at(SITES.commentsConsent, '/topics/2/04-open-access/'));
      await expect(page.getByRole('button', { name: 'Load comments' })).toBeVisible();
      expect(await violationsOf(page, { include: 'iln-comments' })).toEqual([]);
    });
  }
});

test.describe('a site without comment settings', () => {
  test('has no comment section, script or trace of giscus on any entry', async ({ page }) => {
    for (const path of ['/topics/2/04-open-access/', '/postcards/anna-kovacs-debrecen/', '/news/2026-09-round-2-partners-matched/']) {
      await page.goto(at(SITES.main, path));
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expect(comments(page)).toHaveCount(0);
      await expect(page.locator('iln-comments, [data-term], script:not([type="application/ld+json"])')).toHaveCount(0);
      expect(await page.content()).not.toContain('Join this discussion');
    }
  });

  test('its build says once that comments are off and how to turn them on', () => {
    const log = (site: TestSite) => readFileSync(`${outDirOf(site)}.build.log`, 'utf8');
    const off = log(SITES.main).match(/Comments are off: .*$/gm);
    expect(off).toEqual([
      'Comments are off: comments.repoId, comments.categoryId are empty in src/site.config.ts. docs/comments.md says how to set up GitHub Discussions and giscus.',
    ]);
    expect(log(SITES.comments).match(/Comments from GitHub Discussions.*$/gm)).toEqual([
      'Comments from GitHub Discussions in interlibnet/forum-test, category "Open forum", under topics, postcards, news; loaded when the reader scrolls to them.',
    ]);
    expect(log(SITES.comments)).not.toContain('Comments are off');
  });
});
