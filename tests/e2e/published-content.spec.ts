/**
 * Nothing is silently dropped: every published file in content/ is a page with its own
 * title, and nothing unpublished (drafts, future dates) appears anywhere in the build.
 * The expectations are worked out here from the files themselves, independently of the
 * site's code.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { builtFiles } from '../support/build.ts';
import { contentEntries } from '../support/content.ts';
import { SITES, outDirOf } from '../support/sites.ts';

/** What a reader sees as the page's heading: the title, the postcard's name or the round. */
const headingOf = ({ data }: { data: Record<string, unknown> }) => String(data.title ?? data.name ?? `Round ${data.number}`);

const pages = contentEntries().map((entry) => ({ ...entry, heading: headingOf(entry) }));
const published = pages.filter((page) => page.published);
const unpublished = pages.filter((page) => !page.published);

test('the sample content has published and unpublished files to check', () => {
  expect(published.length).toBe(31);
  expect(unpublished.map((page) => page.file).sort()).toEqual([
    'content/news/2026-12-thank-you-volunteers.md',
    'content/topics/2/07-mentoring-beyond-the-program.md',
    'content/topics/3/01-getting-to-know-you.md',
  ]);
});

for (const entry of published) {
  test(`${entry.file} is published at ${entry.path}`, async ({ page }) => {
    const response = await page.goto(entry.path);
    expect(response?.status()).toBe(200);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(entry.heading);
  });
}

test('drafts and entries dated in the future have no page', async ({ page }) => {
  for (const entry of unpublished) {
    const response = await page.goto(entry.path);
    expect(response?.status(), entry.file).toBe(404);
  }
});

test('no built file mentions a draft or a future entry', () => {
  const dist = outDirOf(SITES.main);
  const builtText = builtFiles(dist, /\.(html|xml|json|ics|txt)$/)
    .map((file) => readFileSync(join(dist, file), 'utf8'))
    .join('\n');
  // Unique words written into the drafts for this test.
  expect(builtText).not.toContain('quokkafeather');
  expect(builtText).not.toContain('wallabyinkwell');
  for (const entry of unpublished) expect(builtText, entry.file).not.toContain(entry.path);
});
