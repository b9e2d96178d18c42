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

/** A list page's title: the list's own on page 1, `News, page 2 of 5` after it. */
export function pageTitle(title: string, page: Pick<Page<unknown>, 'number' | 'count'>): string {
  return page.number > 1 ? `${title}, page ${page.number} of ${page.count}` : title;
}

/**
 * The page numbers a page links to: all of them while there are few, otherwise the
 * first, the last and those near `current`, with `undefined` for each gap, so that the
 * links stay the same few however long the list grows.
 * `pageLinks(7, 20)` → `[1, undefined, 5, 6, 7, 8, 9, undefined, 20]`.
 */
export function pageLinks(current: number, count: number, near = 2): (number | undefined)[] {
  const shown = (number: number) => number === 1 || number === count || Math.abs(number - current) <= near;
  const links: (number | undefined)[] = [];
  for (let number = 1; number <= count; number++) {
    // A gap of a single page shows that page: a link takes no more room than "…".
    if (shown(number) || (shown(number - 1) && shown(number + 1))) links.push(number);
    else if (links.at(-1) !== undefined) links.push(undefined);
  }
  return links;
}
