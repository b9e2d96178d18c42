import { describe, expect, test } from 'vitest';
import { COLLECTION_NAMES, COLLECTIONS, COMMENT_COLLECTIONS, entryPath, FEED_COLLECTIONS } from '../../src/lib/content/collections.ts';
import { paths } from '../../src/lib/site/urls.ts';

describe('the collection registry', () => {
  test('lists the contract’s collections in its order', () => {
    expect(COLLECTION_NAMES).toEqual(['rounds', 'topics', 'postcards', 'news', 'people']);
  });

  test.each([
    ['rounds', '3.yaml', true],
    ['rounds', 'three.yaml', false],
    ['topics', '2/04-open-access.md', true],
    ['topics', '2/04-open-access.mdx', true],
    ['topics', '2/4-open-access.md', false],
    ['postcards', 'anna-kovacs-debrecen/index.md', true],
    ['postcards', 'anna-kovacs-debrecen.md', false],
    ['news', '2026-09-round-2-partners-matched.md', true],
    ['news', 'round-2-partners-matched.md', false],
    ['people', 'ama-owusu.md', true],
    ['people', 'ghana/ama-owusu.md', false],
    ['people', 'ama-owusu.mdx', false],
  ] as const)('%s accepts %s: %s', (collection, file, accepted) => {
    expect(COLLECTIONS[collection].fileName.test(file)).toBe(accepted);
  });

  test('feeds and comments follow the registry', () => {
    expect(FEED_COLLECTIONS).toEqual(['topics', 'postcards', 'news']);
    expect(COMMENT_COLLECTIONS).toEqual(['topics', 'postcards', 'news']);
  });

  test('an entry’s page is its section and id, as the addresses say', () => {
    expect(entryPath('topics', '2/04-open-access')).toBe('/topics/2/04-open-access/');
    expect(paths.round(3)).toBe(entryPath('rounds', '3'));
    expect(paths.postcard('anna-kovacs-debrecen')).toBe('/postcards/anna-kovacs-debrecen/');
    expect(paths.newsItem('2026-09-x')).toBe('/news/2026-09-x/');
  });
});
