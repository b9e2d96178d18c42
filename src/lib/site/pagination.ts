/** Splits long lists into pages of a fixed size, so that no page grows with the archive. */

export interface Page<T> {
  /** 1-based. */
  number: number;
  /** How many pages there are in all. */
  count: number;
  items: T[];
}

/** The pages of `items`, `size` at a time. An empty list still has one, empty, page. */
export function paginate<T>(items: readonly T[], size: number): Page<T>[] {
  if (!Number.isInteger(size) || size < 1) throw new RangeError(`page size must be a whole number of 1 or more, not ${size}`);
  const count = Math.max(1, Math.ceil(items.length / size));
  return Array.from({ length: count }, (_, index) => ({
    number: index + 1,
    count,
    items: items.slice(index * size, (index + 1) * size),
  }));
}

/** The route segment of a page after the first: `undefined` for page 1, `page/2` for page 2. */
export function pageSegment(number: number): string | undefined {
  return number > 1 ? `page/${number}` : undefined;
}
