import { describe, expect, test } from 'vitest';
import { absoluteUrl, editUrl, entryId, href, normalisePath, pagePath, paths, slugify, tagSlug } from '../../src/lib/site/urls.ts';

describe('slugify', () => {
  test('lowercases and joins words with single hyphens', () => {
    expect(slugify('Libraries and Social Media')).toBe('libraries-and-social-media');
  });

  test('removes Latin accents', () => {
    expect(slugify('Könyvtár & Olvasó')).toBe('konyvtar-olvaso');
    expect(slugify('São Paulo')).toBe('sao-paulo');
    expect(slugify('Siobhán Ó Briain')).toBe('siobhan-o-briain');
  });

  test('keeps Arabic letters as they are', () => {
    expect(slugify('مكتبات عامة')).toBe('مكتبات-عامة');
  });

  test('keeps other non-Latin scripts', () => {
    expect(slugify('Библиотека 2')).toBe('библиотека-2');
  });

  test('collapses runs of punctuation and spaces and trims hyphens at both ends', () => {
    expect(slugify('  Hello,   World!  ')).toBe('hello-world');
    expect(slugify('--a--b--')).toBe('a-b');
    expect(slugify('social-media')).toBe('social-media');
  });

  test('keeps digits', () => {
    expect(slugify('Round 3: 2027')).toBe('round-3-2027');
  });

  test('gives the same slug to tags that differ only in case and punctuation', () => {
    expect(slugify('Social media')).toBe(slugify('social-media'));
  });
});

describe('entryId', () => {
  test('drops the extension and slugifies each part', () => {
    expect(entryId('3/04-Library Spaces.md')).toBe('3/04-library-spaces');
  });

  test('drops a trailing index', () => {
    expect(entryId('x/index.md')).toBe('x');
    expect(entryId('anna-debrecen/index.md')).toBe('anna-debrecen');
  });

  test('drops a .yaml or .mdx extension', () => {
    expect(entryId('3.yaml')).toBe('3');
    expect(entryId('2026-11-round-3-dates.mdx')).toBe('2026-11-round-3-dates');
  });

  test('keeps dots inside a folder name', () => {
    expect(entryId('v1.2 notes/index.md')).toBe('v1-2-notes');
  });

  test('keeps a file called index-something', () => {
    expect(entryId('1/01-index-cards.md')).toBe('1/01-index-cards');
  });
});

describe('paths', () => {
  test('give each kind of page its address, starting and ending with a slash', () => {
    expect(paths.home()).toBe('/');
    expect(paths.topic('3/04-library-spaces')).toBe('/topics/3/04-library-spaces/');
    expect(paths.round(2)).toBe('/rounds/2/');
    expect(paths.postcard('anna-debrecen')).toBe('/postcards/anna-debrecen/');
    expect(paths.newsItem('2026-08-applications-open')).toBe('/news/2026-08-applications-open/');
  });

  test('give a long list’s first page the list’s own address and later pages page/N/', () => {
    expect(paths.topics()).toBe('/topics/');
    expect(paths.topics(1)).toBe('/topics/');
    expect(paths.topics(3)).toBe('/topics/page/3/');
    expect(paths.news(2)).toBe('/news/page/2/');
    expect(paths.rounds(2)).toBe('/rounds/page/2/');
    expect(paths.postcards(2)).toBe('/postcards/page/2/');
  });

  test('slugify a tag into its address', () => {
    expect(paths.tag('Social media')).toBe('/tags/social-media/');
    expect(paths.tag('Social media', 2)).toBe('/tags/social-media/page/2/');
  });

  test('give feeds no trailing slash', () => {
    expect(paths.feed()).toBe('/rss.xml');
    expect(paths.feed('topics')).toBe('/topics/rss.xml');
    expect(paths.roundFeed(2)).toBe('/rounds/2/rss.xml');
    expect(paths.calendar()).toBe('/calendar.ics');
  });
});

describe('href', () => {
  test('adds a base such as /interlibnet/ to a path', () => {
    expect(href('/topics/', '/interlibnet/')).toBe('/interlibnet/topics/');
    expect(href('/', '/interlibnet/')).toBe('/interlibnet/');
    expect(href('/rss.xml', '/interlibnet/')).toBe('/interlibnet/rss.xml');
  });

  test('leaves a path alone when the base is /', () => {
    expect(href('/topics/', '/')).toBe('/topics/');
    expect(href('/', '/')).toBe('/');
  });
});

describe('absoluteUrl', () => {
  test('adds the origin and the base', () => {
    expect(absoluteUrl('/topics/3/04-library-spaces/', 'https://example.github.io', '/interlibnet/')).toBe(
      'https://example.github.io/interlibnet/topics/3/04-library-spaces/',
    );
  });

  test('gives the home page under a base a trailing slash', () => {
    expect(absoluteUrl('/', 'https://example.github.io', '/interlibnet/')).toBe('https://example.github.io/interlibnet/');
  });

  test('works without a base', () => {
    expect(absoluteUrl('/rss.xml', 'https://interlibnet.org', '/')).toBe('https://interlibnet.org/rss.xml');
  });

  test('encodes a non-Latin slug as a valid URL', () => {
    expect(absoluteUrl(paths.postcard('مكتبة'), 'https://interlibnet.org', '/')).toBe(
      'https://interlibnet.org/postcards/%D9%85%D9%83%D8%AA%D8%A8%D8%A9/',
    );
  });
});

describe('normalisePath', () => {
  test('adds a missing trailing slash', () => {
    expect(normalisePath('/2013/03/library-spaces')).toBe('/2013/03/library-spaces/');
  });

  test('keeps a path that already ends with a slash', () => {
    expect(normalisePath('/2013/03/library-spaces/')).toBe('/2013/03/library-spaces/');
    expect(normalisePath('/')).toBe('/');
  });
});

describe('pagePath', () => {
  test('gives the address a page file makes', () => {
    expect(pagePath('about.mdx')).toBe('/about/');
    expect(pagePath('index.astro')).toBe('/');
    expect(pagePath('topics/index.astro')).toBe('/topics/');
    expect(pagePath('join/how-to-apply.md')).toBe('/join/how-to-apply/');
  });

  test('gives an endpoint its address without a trailing slash', () => {
    expect(pagePath('rss.xml.ts')).toBe('/rss.xml');
    expect(pagePath('topics/rss.xml.js')).toBe('/topics/rss.xml');
  });

  test('gives nothing for dynamic routes and underscored files', () => {
    expect(pagePath('topics/[...id].astro')).toBeUndefined();
    expect(pagePath('rounds/[number].astro')).toBeUndefined();
    expect(pagePath('_components/Card.astro')).toBeUndefined();
    expect(pagePath('_draft.md')).toBeUndefined();
  });

  test('gives nothing for files that are not pages', () => {
    expect(pagePath('styles.css')).toBeUndefined();
  });
});

describe('editUrl', () => {
  test("opens the file in GitHub's editor on the given repository and branch", () => {
    expect(editUrl('content/topics/1/06-library-spaces.md', 'https://github.com/interlibnet/interlibnet', 'main')).toBe(
      'https://github.com/interlibnet/interlibnet/edit/main/content/topics/1/06-library-spaces.md',
    );
    expect(editUrl('./src/pages/faq.mdx', 'https://github.com/someone/fork/', 'drafts/2027')).toBe(
      'https://github.com/someone/fork/edit/drafts/2027/src/pages/faq.mdx',
    );
  });

  test('encodes each part of the path but keeps its slashes', () => {
    expect(editUrl('content/postcards/zoë ü/index.md', 'https://github.com/interlibnet/interlibnet', 'main')).toBe(
      'https://github.com/interlibnet/interlibnet/edit/main/content/postcards/zo%C3%AB%20%C3%BC/index.md',
    );
  });
});

describe('tagSlug', () => {
  test('a tag’s page is at its slug, and a tag with no letter or digit still has one of its own', () => {
    expect(tagSlug('Social media')).toBe('social-media');
    expect(tagSlug('!!!')).toBe('u21-u21-u21');
    expect(tagSlug(' + ')).toBe('u2b');
    expect(paths.tag('!!!')).toBe('/tags/u21-u21-u21/');
  });
});
