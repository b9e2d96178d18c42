/** Which entries readers may see, and in what order. */

interface Publishable {
  draft?: boolean;
  publishDate?: Date;
}

/**
 * True when an entry may appear anywhere on the site at `now`: it is not a draft and its
 * `publishDate`, if it has one, has passed. Entries without a publish date (rounds,
 * postcards) are published as soon as they exist.
 */
export function isPublished(entry: Publishable, now: Date): boolean {
  if (entry.draft) return false;
  return !entry.publishDate || entry.publishDate.getTime() <= now.getTime();
}

/** Sorts newest first by a date, then by `tieBreak` so that the order never depends on the file system. */
export function newestFirst<T>(items: readonly T[], dateOf: (item: T) => Date, tieBreak: (item: T) => string): T[] {
  return [...items].sort((a, b) => dateOf(b).getTime() - dateOf(a).getTime() || tieBreak(a).localeCompare(tieBreak(b)));
}

/**
 * The topics or news readers may see at `now`, newest first by publish date, then by id:
 * the order of every list and feed of them.
 */
export function publishedNewestFirst<T extends { id: string; data: Publishable & { publishDate: Date } }>(entries: readonly T[], now: Date): T[] {
  return newestFirst(
    entries.filter((entry) => isPublished(entry.data, now)),
    (entry) => entry.data.publishDate,
    (entry) => entry.id,
  );
}
