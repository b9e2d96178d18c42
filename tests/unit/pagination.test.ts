import { describe, expect, it } from 'vitest';
import { pageLinks, pageSegment, pageTitle, paginate } from '../../src/lib/site/pagination.ts';

describe('paginate', () => {
  it('splits a list into pages of the given size, the last one shorter', () => {
    const pages = paginate([1, 2, 3, 4, 5], 2);
    expect(pages.map((page) => page.items)).toEqual([[1, 2], [3, 4], [5]]);
    expect(pages.map((page) => page.number)).toEqual([1, 2, 3]);
    expect(pages.every((page) => page.count === 3)).toBe(true);
  });

  it('keeps one empty page for an empty list, so the gallery still exists', () => {
    expect(paginate([], 24)).toEqual([{ number: 1, count: 1, items: [] }]);
  });

  it('never makes a page larger than the size, however long the archive', () => {
    const pages = paginate(
      Array.from({ length: 1000 }, (_, index) => index),
      24,
    );
    expect(pages).toHaveLength(42);
    expect(Math.max(...pages.map((page) => page.items.length))).toBe(24);
  });

  it('refuses a size that is not a whole number of at least 1', () => {
    expect(() => paginate([1], 0)).toThrow(RangeError);
    expect(() => paginate([1], 1.5)).toThrow(RangeError);
  });
});

describe('pageSegment', () => {
  it('gives the first page no segment and later pages page/N', () => {
    expect(pageSegment(1)).toBeUndefined();
    expect(pageSegment(2)).toBe('page/2');
  });
});

describe('pageTitle', () => {
  it('keeps the list’s title on page 1 and says which page after it', () => {
    expect(pageTitle('News', { number: 1, count: 5 })).toBe('News');
    expect(pageTitle('News', { number: 2, count: 5 })).toBe('News, page 2 of 5');
  });
});

describe('pageLinks', () => {
  it('links every page while there are few', () => {
    expect(pageLinks(3, 5)).toEqual([1, 2, 3, 4, 5]);
    expect(pageLinks(1, 1)).toEqual([1]);
  });

  it('links the first, the last and the pages near the current one, with a gap for the rest', () => {
    expect(pageLinks(7, 20)).toEqual([1, undefined, 5, 6, 7, 8, 9, undefined, 20]);
    expect(pageLinks(1, 20)).toEqual([1, 2, 3, undefined, 20]);
    expect(pageLinks(20, 20)).toEqual([1, undefined, 18, 19, 20]);
  });

  it('shows a single missing page rather than a gap', () => {
    expect(pageLinks(4, 20)).toEqual([1, 2, 3, 4, 5, 6, undefined, 20]);
  });

  it('stays the same few links however long the list grows', () => {
    for (const count of [50, 500, 5000]) expect(pageLinks(Math.floor(count / 2), count).length).toBeLessThanOrEqual(9);
  });
});
