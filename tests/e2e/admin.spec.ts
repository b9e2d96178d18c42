/**
 * The coordinators' CMS at /admin/ (docs/cms.md): the page loads Sveltia CMS from the
 * site's own copy of it and its configuration from the site, both under the base path, and
 * shows the sign-in screen. Signing in needs GitHub, so the test stops there; every request
 * that would leave this machine is refused and must go to a host the CMS is allowed to use.
 */
import { expect, test } from '@playwright/test';
import { load } from 'js-yaml';
import { SITES, urlOf } from '../support/sites.ts';

const site = SITES.base;
/** The hosts CMS_CSP allows (src/lib/content/cms-config.ts); nothing from a CDN. */
const ALLOWED_HOSTS = ['api.github.com', 'www.githubstatus.com', 'avatars.githubusercontent.com'];

test('/admin/ loads the bundled CMS and its configuration under the base path and shows the sign-in screen', async ({ page, request }) => {
  const outside: URL[] = [];
  await page.route(
    (url) => url.hostname !== 'localhost',
    async (route) => {
      outside.push(new URL(route.request().url()));
      await route.abort('blockedbyclient');
    },
  );
  const scripts: string[] = [];
  page.on('request', (sent) => {
    if (sent.resourceType() === 'script') scripts.push(new URL(sent.url()).pathname);
  });
  const configLoaded = page.waitForResponse((response) => new URL(response.url()).pathname === `${site.base}admin/config.yml`);

  const html = await (await page.goto(urlOf(site, '/admin/')))!.text();
  // As built, before the CMS adds its own tags: kept out of search engines and the search index.
  expect(html).toContain('<meta name="robots" content="noindex, nofollow">');
  expect(html).not.toContain('data-pagefind-body');
  expect((await configLoaded).status()).toBe(200);
  await expect(page.getByRole('button', { name: 'Sign In Using Access Token' })).toBeVisible();
  await expect(page.getByText('International Librarians Network: editing').first()).toBeVisible();

  expect(scripts.length).toBeGreaterThan(0);
  for (const path of scripts) expect(path.startsWith(`${site.base}admin/cms/`), path).toBe(true);
  for (const url of outside) expect(ALLOWED_HOSTS, url.href).toContain(url.hostname);

  const config = load(await (await request.get(urlOf(site, '/admin/config.yml'))).text()) as { backend: { repo: string }; publish_mode: string };
  expect(config.backend.repo).toBe('interlibnet/interlibnet');
  expect(config.publish_mode).toBe('editorial_workflow');
});
