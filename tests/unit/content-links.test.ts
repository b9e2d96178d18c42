import { pathToFileURL } from 'node:url';
import { createSatteriMarkdownProcessor } from '@astrojs/markdown-satteri';
import { describe, expect, test } from 'vitest';
import {
  contentFileHref,
  contentFileLinks,
  contentLinksPlugin,
  linkedContentFile,
  linkProblem,
  pageOfContentFile,
} from '../../src/lib/content/content-links.ts';

describe('contentFileHref', () => {
  test('reads a relative link to a Markdown or MDX file, with its fragment, decoded', () => {
    expect(contentFileHref('03-advocacy.md')).toEqual({ path: '03-advocacy.md', hash: '' });
    expect(contentFileHref('../2/01-getting-to-know-you.mdx#what-do-you-hope-to-learn')).toEqual({
      path: '../2/01-getting-to-know-you.mdx',
      hash: '#what-do-you-hope-to-learn',
    });
    expect(contentFileHref('./K%C3%B6nyvt%C3%A1r.md?plain=1')).toEqual({ path: './Könyvtár.md', hash: '' });
  });

  test('leaves every other address alone', () => {
    for (const href of [
      'https://example.org/a.md',
      '/topics/1/03-advocacy.md',
      '//cdn.example/a.md',
      '#a.md',
      'mailto:a@b.md',
      '../03-advocacy/',
      'notes.md.txt',
    ])
      expect(contentFileHref(href), href).toBeUndefined();
  });
});

describe('linkedContentFile and pageOfContentFile', () => {
  test('resolve a link from one content file to the page of another', () => {
    expect(linkedContentFile('topics/1/08-looking-back.md', '01-getting-to-know-you.md')).toBe('topics/1/01-getting-to-know-you.md');
    expect(linkedContentFile('news/2026-09-matched.md', '../topics/2/01-getting-to-know-you.md')).toBe('topics/2/01-getting-to-know-you.md');
    expect(linkedContentFile('topics/1/08-looking-back.md', '../../../README.md')).toBeUndefined();
    expect(pageOfContentFile('topics/2/01-Getting to know you.md')).toBe('/topics/2/01-getting-to-know-you/');
    expect(pageOfContentFile('postcards/anna-kovacs-debrecen/index.md')).toBe('/postcards/anna-kovacs-debrecen/');
    expect(pageOfContentFile('news/2026-09-matched.mdx')).toBe('/news/2026-09-matched/');
  });

  test('give no page for a person, a round or a file where its collection keeps none', () => {
    for (const file of ['people/ama-owusu.md', 'rounds/1.yaml', 'topics/notes.md', 'postcards/anna/story.md', 'other/x.md'])
      expect(pageOfContentFile(file), file).toBeUndefined();
  });
});

describe('contentFileLinks', () => {
  test('finds inline links and reference definitions to content files, and nothing in code', () => {
    const markdown = [
      'See [advocacy](03-advocacy.md) and [the web](https://example.org/a.md).',
      '',
      'Also [the first topic][first], and `[not a link](04-x.md)`:',
      '',
      '    [indented code](05-y.md)',
      '',
      '[first]: ../2/01-getting-to-know-you.md#prompts',
    ].join('\n');
    expect(contentFileLinks(markdown)).toEqual(['03-advocacy.md', '../2/01-getting-to-know-you.md#prompts']);
  });

  test('a body that names no Markdown file is not parsed at all', () => {
    expect(contentFileLinks('Plain [link](https://example.org/).')).toEqual([]);
  });
});

describe('linkProblem', () => {
  const exists = () => ({ exists: true, draft: false }) as const;
  test('says what is wrong with a link, or nothing when it leads to a page', () => {
    expect(linkProblem('topics/1/08-x.md', '01-y.md', exists)).toBeUndefined();
    expect(linkProblem('topics/1/08-x.md', 'https://example.org/', exists)).toBeUndefined();
    expect(linkProblem('topics/1/08-x.md', '01-y.md', () => ({ exists: false }))).toBe(
      'a link to 01-y.md, but there is no file content/topics/1/01-y.md',
    );
    expect(linkProblem('topics/1/08-x.md', '01-y.md', () => ({ exists: true, draft: true }))).toBe(
      'a link to 01-y.md, a draft, which has no page until its draft: true is removed',
    );
  });
});

describe('contentLinksPlugin, in Astro’s Markdown processor', () => {
  const contentDir = '/site/content';
  /** `markdown` rendered as Astro renders the content file `file`. */
  async function render(markdown: string, file: string, base = '/'): Promise<string> {
    const processor = await createSatteriMarkdownProcessor({ syntaxHighlight: false, hastPlugins: [contentLinksPlugin({ contentDir, base })] });
    return (await processor.render(markdown, { fileURL: pathToFileURL(file) })).code.trim();
  }

  test('turns a link to another entry’s file into its page’s address, with the base and the fragment', async () => {
    expect(await render('[first](01-getting-to-know-you.md#prompts)', '/site/content/topics/1/08-looking-back.md')).toBe(
      '<p><a href="/topics/1/01-getting-to-know-you/#prompts">first</a></p>',
    );
    expect(await render('[round 2](../topics/2/01-getting-to-know-you.md)', '/site/content/news/2026-09-matched.md', '/interlibnet/')).toBe(
      '<p><a href="/interlibnet/topics/2/01-getting-to-know-you/">round 2</a></p>',
    );
  });

  test('leaves web addresses, page addresses and files outside the content folder alone', async () => {
    expect(await render('[web](https://example.org/a.md) [page](../03-advocacy/)', '/site/content/topics/1/08-x.md')).toBe(
      '<p><a href="https://example.org/a.md">web</a> <a href="../03-advocacy/">page</a></p>',
    );
    expect(await render('[readme](../README.md)', '/site/src/pages/about.md')).toBe('<p><a href="../README.md">readme</a></p>');
  });
});
