import { describe, expect, test } from 'vitest';
import { addressWithWords, mergedIndexes, searchSort } from '../../src/components/SiteSearch.client.ts';

describe('mergedIndexes', () => {
  const bundle = 'https://example.org/interlibnet/pagefind/';

  test('merges every other language’s index, by the bundle’s full address', () => {
    expect(mergedIndexes(['en', 'es', 'pt-br'], 'en', bundle, '/interlibnet/')).toEqual([
      { bundlePath: bundle, language: 'es', baseUrl: '/interlibnet/' },
      { bundlePath: bundle, language: 'pt-br', baseUrl: '/interlibnet/' },
    ]);
  });

  test('compares the page’s language without regard to case, as Pagefind names its indexes', () => {
    expect(mergedIndexes(['en-au', 'fr'], 'en-AU', bundle, '/').map(({ language }) => language)).toEqual(['fr']);
  });

  test('merges nothing when the site is in one language', () => {
    expect(mergedIndexes(['en'], 'en', bundle, '/')).toEqual([]);
  });
});

describe('searchSort', () => {
  test('best match sorts by nothing; newest and oldest first sort by the date key', () => {
    expect(searchSort('', 'date')).toEqual({});
    expect(searchSort('desc', 'date')).toEqual({ date: 'desc' });
    expect(searchSort('asc', 'published')).toEqual({ published: 'asc' });
  });
});

describe('addressWithWords', () => {
  test('keeps the words in q, and the rest of the address as it was', () => {
    expect(addressWithWords('https://example.org/search/', 'open access').href).toBe('https://example.org/search/?q=open+access');
    expect(addressWithWords('https://example.org/search/?q=old#top', 'new').href).toBe('https://example.org/search/?q=new#top');
  });

  test('drops q when the words are cleared', () => {
    expect(addressWithWords('https://example.org/search/?q=old', '').href).toBe('https://example.org/search/');
  });
});
