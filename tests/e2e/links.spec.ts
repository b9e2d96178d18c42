/**
 * Every link and asset on every page, and the image it names for sharing, leads somewhere
 * real, on the site as built for the root and as built for a base path (`/interlibnet/`, as
 * on GitHub Pages).
 */
import { expect, test } from '@playwright/test';
import { site as config } from '../../src/site.config.ts';
import { SITES, urlOf } from '../support/sites.ts';

for (const site of [SITES.main, SITES.base]) {
  test(`every internal link and asset resolves on the site built for base ${site.base}`, async ({ page, request }) => {
    // A crawl of the whole site: well over a hundred pages, however busy the machine.
    test.setTimeout(180_000);
    const origin = new URL(urlOf(site)).origin;
    const publishedOrigin = new URL(config.url).origin;
    const queue = [urlOf(site)];
    const seen = new Set(queue);
    const broken: string[] = [];
    const outsideBase: string[] = [];

    while (queue.length > 0) {
      const url = queue.shift()!;
      const response = await page.goto(url);
      if (response?.status() !== 200) {
        broken.push(`${url} (${response?.status()})`);
        continue;
      }
      const references = await page.evaluate(() => [
        ...[...document.querySelectorAll('a[href]')].map((a) => (a as HTMLAnchorElement).href),
        ...[...document.querySelectorAll('link[href]')].map((link) => (link as HTMLLinkElement).href),
        ...[...document.querySelectorAll('img')].flatMap((img) => [
          img.currentSrc || img.src,
          ...img.srcset.split(',').map((candidate) => new URL(candidate.trim().split(/\s+/)[0] ?? '', document.baseURI).href),
        ]),
        ...[...document.querySelectorAll('script[src]')].map((script) => (script as HTMLScriptElement).src),
      ]);
      // The image a shared link shows is named by its published address: look for it here.
      const shared = await page.locator('meta[property="og:image"]').getAttribute('content');
      if (shared && new URL(shared).origin === publishedOrigin) references.push(new URL(new URL(shared).pathname, origin).href);
      for (const reference of references) {
        const target = new URL(reference);
        if (target.origin !== origin) continue;
        target.hash = '';
        if (!target.pathname.startsWith(site.base)) outsideBase.push(`${target.pathname} on ${url}`);
        if (seen.has(target.href)) continue;
        seen.add(target.href);
        if (/\.html?$|\/$/.test(target.pathname)) queue.push(target.href);
        else {
          const asset = await request.get(target.href);
          if (asset.status() !== 200) broken.push(`${target.href} (${asset.status()}) on ${url}`);
        }
      }
    }
    expect(broken).toEqual([]);
    expect(outsideBase).toEqual([]);
    expect(seen.size).toBeGreaterThan(60);
  });
}
