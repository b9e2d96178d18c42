import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { renderedStory, STORY_RENDERER, storyDigest } from '../../src/loaders/stories.ts';
import { ROOT } from '../support/build.ts';

/** A digest like the loader context's: the same for the same text. */
const plainDigest = (data: Record<string, unknown> | string) => createHash('sha1').update(JSON.stringify(data)).digest('hex');

describe('stories kept in the content store', () => {
  test('a story file’s digest covers the story renderer: the same file gets another digest than Astro gives it', () => {
    const digest = storyDigest(plainDigest);
    expect(digest('Hello from Amman.')).toBe(digest('Hello from Amman.'));
    expect(digest('Hello from Amman.')).not.toBe(plainDigest('Hello from Amman.'));
    expect(digest('Hello from Amman.')).not.toBe(digest('Hello from Pune.'));
  });

  test('the renderer’s fingerprint is the story policy, the sanitiser with its tree walk and the locked package versions, so a change to any renders every story again', () => {
    const files = ['src/lib/html/postcard-story.ts', 'src/lib/html/sanitize.ts', 'src/lib/html/elements.ts', 'package-lock.json'];
    const expected = files.reduce((hash, file) => hash.update(readFileSync(join(ROOT, file), 'utf8')), createHash('sha256')).digest('hex');
    expect(STORY_RENDERER).toBe(expected);
  });

  test('the stored story is the sanitised HTML renderStory() makes', () => {
    expect(renderedStory('Hi <script>alert(1)</script> [me](javascript:alert(1))')).toEqual({
      html: '<p>Hi &lt;script>alert(1)&lt;/script> <a rel="ugc nofollow">me</a></p>',
    });
    expect(renderedStory(undefined)).toEqual({ html: '' });
  });
});
