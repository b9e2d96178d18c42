/**
 * Search engines find every page and only real pages: robots.txt names the sitemap, the
 * sitemap (read with fast-xml-parser, where the site writes it with the `sitemap`
 * package) lists every published page by its absolute address, base path included, and
 * every page names that same address as its canonical URL. What should be published is
 * worked out from the content files.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type APIRequestContext, expect, test } from '@playwright/test';
import { XMLParser } from 'fast-xml-parser';
import { site as config } from '../../src/site.config.ts';
import { builtFiles } from '../support/build.ts';
import { contentEntries } from '../support/content.ts';
import { SITES, type TestSite, outDirOf, urlOf } from '../support/sites.ts';

const ORIGIN = config.url;
const entries = contentEntries();
const SECTION_PAGES = ['/', '/topics/', '/rounds/', '/postcards/', '/news/', '/tags/', '/about/', '/follow/', '/volunteers/'];
const redirects = entries.flatMap((entry) => (entry.data.redirectFrom as string[] | undefined) ?? []);

const xml = new XMLParser({ isArray: (name) => name === 'url' || name === 'sitemap' });
const publicUrl = (path: string, site: TestSite) => `${ORIGIN}${site.base.replace(/\/$/, '')}${path}`;
const local = (url: string, site: TestSite) => url.replace(ORIGIN, `http://localhost:${site.port}`);

async function sitemapUrls(request: APIRequestContext, site: TestSite): Promise<string[]> {
  const robots = await request.get(urlOf(site, '/robots.txt'));
  expect(robots.status()).toBe(200);
  const line = (await robots.text()).split('\n').find((text) => text.startsWith('Sitemap: '));
  expect(line).toBe(`Sitemap: ${publicUrl('/sitemap-index.xml', site)}`);
  const index = xml.parse(await (await request.get(local(line!.slice('Sitemap: '.length), site))).text());
  const urls: string[] = [];
  for (const { loc } of index.sitemapindex.sitemap as { loc: string }[]) {
    expect(loc.startsWith(publicUrl('/', site)), loc).toBe(true);
    const response = await request.get(local(loc, site));
    expect(response.status(), loc).toBe(200);
    urls.push(...(xml.parse(await response.text()).urlset.url as { loc: string }[]).map((url) => url.loc));
  }
  return urls;
}

for (const site of [SITES.main, SITES.base]) {
  test.describe(`the site built for base ${site.base}`, () => {
    test('robots.txt points at a sitemap that lists every published page and nothing else', async ({ request }) => {
      const urls = await sitemapUrls(request, site);
      expect(new Set(urls).size).toBe(urls.length);
      for (const url of urls) expect(url.startsWith(publicUrl('/', site)), url).toBe(true);

      const expected = [...SECTION_PAGES, ...entries.filter((entry) => entry.published).map((entry) => entry.path)];
      expect(urls).toEqual(expect.arrayContaining(expected.map((path) => publicUrl(path, site))));
      for (const entry of entries.filter((candidate) => !candidate.published)) expect(urls, entry.file).not.toContain(publicUrl(entry.path, site));
      expect(redirects.length).toBeGreaterThan(0);
      for (const from of redirects) expect(urls).not.toContain(publicUrl(from, site));
      expect(urls.filter((url) => /404|\.xml$|\.txt$|\.xsl$/.test(url))).toEqual([]);
      expect(urls).not.toContain(publicUrl('/admin/', site));
    });

    test('every page in the sitemap is real and names its own address as canonical', async ({ request }) => {
      for (const url of await sitemapUrls(request, site)) {
        const response = await request.get(local(url, site));
        expect(response.status(), url).toBe(200);
        const canonical = /<link rel="canonical" href="([^"]*)"/.exec(await response.text())?.[1];
        expect(canonical, url).toBe(url);
      }
    });

    test('every page the build wrote is in the sitemap, except redirects, the not-found page and the CMS at /admin/', async ({ request }) => {
      const dist = outDirOf(site);
      const pages = builtFiles(dist)
        .filter((file) => file !== '404.html')
        .filter((file) => !readFileSync(join(dist, file), 'utf8').includes('http-equiv="refresh"'))
        // The editors' tool asks not to be indexed, and astro.config.mjs leaves it out of the sitemap.
        .filter((file) => file !== 'admin/index.html')
        .map((file) => publicUrl(`/${file.replace(/index\.html$/, '')}`, site));
      expect(pages.length).toBeGreaterThan(60);
      expect((await sitemapUrls(request, site)).sort()).toEqual(pages.sort());
    });
  });
}

test('the not-found page names no canonical address and asks not to be indexed', async ({ page }) => {
  await page.goto('/no/such/page/');
  await expect(page.locator('link[rel="canonical"]')).toHaveCount(0);
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
});
