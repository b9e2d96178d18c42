import { describe, expect, test } from 'vitest';
import { isPublished, newestFirst, pagesNotWritten, publishedNewestFirst } from '../../src/lib/content/publishing.ts';

const now = new Date('2026-09-14T00:00:00Z');
const ms = (offset: number) => new Date(now.getTime() + offset);

describe('isPublished', () => {
  test('publishes an entry whose publishDate has passed', () => {
    expect(isPublished({ publishDate: new Date('2026-09-01T00:00:00Z') }, now)).toBe(true);
  });

  test('publishes an entry at the exact instant of its publishDate', () => {
    expect(isPublished({ publishDate: now }, now)).toBe(true);
  });

  test('does not publish an entry one millisecond before its publishDate', () => {
    expect(isPublished({ publishDate: ms(1) }, now)).toBe(false);
  });

  test('never publishes an entry with a future publishDate', () => {
    expect(isPublished({ publishDate: new Date('2027-01-01T00:00:00Z') }, now)).toBe(false);
  });

  test('never publishes a draft, even one whose publishDate has passed', () => {
    expect(isPublished({ draft: true, publishDate: new Date('2020-01-01T00:00:00Z') }, now)).toBe(false);
    expect(isPublished({ draft: true }, now)).toBe(false);
  });

  test('publishes an entry without a publishDate, such as a postcard', () => {
    expect(isPublished({}, now)).toBe(true);
    expect(isPublished({ draft: false }, now)).toBe(true);
  });
});

describe('newestFirst', () => {
  const item = (id: string, date: string) => ({ id, date: new Date(date) });
  const sort = (items: { id: string; date: Date }[]) =>
    newestFirst(
      items,
      (i) => i.date,
      (i) => i.id,
    ).map((i) => i.id);

  test('sorts newest first', () => {
    expect(sort([item('old', '2025-01-01'), item('new', '2026-01-01'), item('mid', '2025-06-01')])).toEqual(['new', 'mid', 'old']);
  });

  test('breaks ties with the tie-break key, whatever the input order', () => {
    const b = item('b', '2026-01-01');
    const a = item('a', '2026-01-01');
    expect(sort([b, a])).toEqual(['a', 'b']);
    expect(sort([a, b])).toEqual(['a', 'b']);
  });

  test('leaves the input list as it was', () => {
    const items = [item('old', '2025-01-01'), item('new', '2026-01-01')];
    sort(items);
    expect(items.map((i) => i.id)).toEqual(['old', 'new']);
  });
});

describe('publishedNewestFirst', () => {
  test('leaves out drafts and what is dated after `now`, and orders the rest newest first by publish date, then by id', () => {
    const entry = (id: string, publishDate: string, draft = false) => ({ id, data: { publishDate: new Date(publishDate), draft } });
    const entries = [
      entry('2/01-hello', '2026-02-01'),
      entry('3/02-b', '2026-03-01'),
      entry('3/02-a', '2026-03-01'),
      entry('3/03-draft', '2026-03-02', true),
      entry('4/01-future', '2026-05-01'),
    ];
    expect(publishedNewestFirst(entries, new Date('2026-04-01')).map((e) => e.id)).toEqual(['3/02-a', '3/02-b', '2/01-hello']);
  });
});

describe('pagesNotWritten', () => {
  const now = new Date('2026-11-23T01:00:00Z');
  const entries = [
    { file: 'content/topics/2/06-x.md', collection: 'topics', path: '/topics/2/06-x/', data: { publishDate: new Date('2026-11-22T22:00:00Z') } },
    { file: 'content/topics/2/07-y.md', collection: 'topics', path: '/topics/2/07-y/', data: { publishDate: new Date('2026-12-07T22:00:00Z') } },
    {
      file: 'content/news/2026-12-z.md',
      collection: 'news',
      path: '/news/2026-12-z/',
      data: { publishDate: new Date('2026-11-01T00:00:00Z'), draft: true },
    },
    { file: 'content/rounds/3.yaml', collection: 'rounds', path: '/rounds/3/', data: { number: 3 } },
    { file: 'content/postcards/anna/index.md', collection: 'postcards', path: '/postcards/anna/', data: {} },
    { file: 'content/people/ama.md', collection: 'people', path: '/people/ama/', data: {} },
  ];

  test('names each published entry whose page is missing, with its file', () => {
    const written = new Set(['/rounds/3/']);
    expect(pagesNotWritten(entries, now, (path) => written.has(path))).toEqual([
      expect.objectContaining({
        file: 'content/topics/2/06-x.md',
        field: 'page',
        found: 'no page at /topics/2/06-x/ after the build, though the entry is published',
      }),
      expect.objectContaining({
        file: 'content/postcards/anna/index.md',
        found: 'no page at /postcards/anna/ after the build, though the entry is published',
      }),
    ]);
  });

  test('asks nothing of drafts, entries still to come or people, and nothing when every page is there', () => {
    expect(pagesNotWritten(entries, now, () => true)).toEqual([]);
  });
});
