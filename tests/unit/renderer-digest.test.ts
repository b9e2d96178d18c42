import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { MARKDOWN_RENDERER, rendererDigest } from '../../src/loaders/renderer-digest.ts';
import { ROOT } from '../support/build.ts';

/** A digest like the loader context's: the same for the same text. */
const plainDigest = (data: Record<string, unknown> | string) => createHash('sha1').update(JSON.stringify(data)).digest('hex');

test('a topic’s digest covers the Markdown renderer: the same file gets another digest than Astro gives it', () => {
  const digest = rendererDigest(MARKDOWN_RENDERER, plainDigest);
  expect(digest('Library spaces')).toBe(digest('Library spaces'));
  expect(digest('Library spaces')).not.toBe(plainDigest('Library spaces'));
  expect(digest('Library spaces')).not.toBe(rendererDigest('another renderer', plainDigest)('Library spaces'));
  expect(digest({ title: 'Library spaces' })).toBe(plainDigest({ title: 'Library spaces' }));
});

test('the Markdown renderer’s fingerprint is both Sätteri plugins with what they use and the locked package versions, so a sanitiser fix renders every topic again', () => {
  const files = [
    'src/lib/html/sanitize-markdown.ts',
    'src/lib/html/sanitize.ts',
    'src/lib/html/elements.ts',
    'src/lib/content/content-links.ts',
    'src/lib/site/urls.ts',
    'package-lock.json',
  ];
  const expected = files.reduce((hash, file) => hash.update(readFileSync(join(ROOT, file), 'utf8')), createHash('sha256')).digest('hex');
  expect(MARKDOWN_RENDERER).toBe(expected);
});
