import { expect, type Page, test } from '@playwright/test';

/**
 * Pages are plain HTML and CSS: a feature that needs a script adds its own, small one.
 * So far there is one, <iln-local-time> (src/components/LocalTime.client.ts), which puts
 * times in the reader's zone and keeps chat and round statuses true at the moment of
 * reading. It is inlined, so even the pages that have it fetch no script.
 */

/** Script requests the page makes, and the script elements that run code (JSON-LD is data). */
async function scriptsOf(page: Page, path: string) {
  const requests: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') requests.push(request.url());
  });
  await page.goto(path);
  return { requests, code: page.locator('script:not([type="application/ld+json"])') };
}

for (const path of [
  '/topics/',
  '/topics/1/04-technology-and-libraries-part-1/',
  '/topics/2/04-open-access/',
  '/postcards/',
  '/postcards/anna-kovacs-debrecen/',
  '/news/',
  '/about/',
]) {
  test(`${path} loads no JavaScript`, async ({ page }) => {
    const { requests, code } = await scriptsOf(page, path);
    expect(requests).toEqual([]);
    await expect(code).toHaveCount(0);
    // Entries carry structured data (JSON-LD), which is data, not code.
    await expect(page.locator('script')).toHaveCount(await page.locator('script[type="application/ld+json"]').count());
  });
}

// Pages with a live chat or a round's status carry the one small script, and nothing more.
for (const path of ['/', '/join/', '/rounds/3/', '/topics/2/06-leadership-without-a-title/']) {
  test(`${path} loads only the iln-local-time script`, async ({ page }) => {
    const { requests, code } = await scriptsOf(page, path);
    expect(requests).toEqual([]);
    await expect(code).toHaveCount(1);
    await expect(code).toHaveAttribute('type', 'module');
    await expect.poll(() => page.evaluate(() => customElements.get('iln-local-time') !== undefined)).toBe(true);
  });
}
