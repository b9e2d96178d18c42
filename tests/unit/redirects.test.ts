import { describe, expect, test } from 'vitest';
import { redirectsFile, redirectsFor } from '../../src/integrations/content-contract.ts';
import type { CheckedEntry } from '../../src/lib/content/validate-content.ts';

const NOW = new Date('2026-11-23T12:00:00+11:00');

const topic = (id: string, publishDate: string, redirectFrom: string[]) =>
  ({
    collection: 'topics',
    file: `content/topics/${id}.md`,
    id,
    path: `/topics/${id}/`,
    data: { publishDate: new Date(publishDate), draft: false, redirectFrom },
  }) as unknown as CheckedEntry;

describe('redirects', () => {
  test('published topics and news lead their old addresses to their pages; future entries do not yet', () => {
    const entries = [
      topic('1/06-library-spaces', '2025-05-26T09:00:00+10:00', ['/2013/05/library-spaces/']),
      topic('3/01-x', '2027-03-01T09:00:00+11:00', ['/later/']),
    ];
    expect(redirectsFor(entries, NOW)).toEqual([
      { from: '/2013/05/library-spaces/', to: '/topics/1/06-library-spaces/', file: 'content/topics/1/06-library-spaces.md' },
    ]);
  });

  test('_redirects has one permanent redirect a line, base path on both sides', () => {
    const redirects = [{ from: '/2013/05/library-spaces/', to: '/interlibnet/topics/1/06-library-spaces/', file: 'x' }];
    expect(redirectsFile(redirects)).toBe('/2013/05/library-spaces/ /interlibnet/topics/1/06-library-spaces/ 301\n');
  });
});
