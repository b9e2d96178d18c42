import { describe, expect, it } from 'vitest';
import { pageSegment, paginate } from '../../src/lib/site/pagination.ts';

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
