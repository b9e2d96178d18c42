/** Which entries readers may see, and in what order. */
import type { Problem } from './problems.ts';

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

/** An entry as the content check found it: its file, its collection, its page's path and its data. */
interface CheckedPage {
  file: string;
  collection: string;
  path: string;
  /** Rounds and postcards have neither `draft` nor `publishDate`: published once they exist. */
  data: object;
}

/**
 * The published entries whose page the build did not write (`written(path)` says whether it
 * did), as problems: nothing published may be left out without a word, whatever the cause
 * (a build cache out of step with content/, a route that skips an entry). People have no
 * page of their own.
 */
export function pagesNotWritten(entries: readonly CheckedPage[], now: Date, written: (path: string) => boolean): Problem[] {
  return entries
    .filter((entry) => entry.collection !== 'people' && isPublished(entry.data as Publishable, now) && !written(entry.path))
    .map((entry) => ({
      file: entry.file,
      field: 'page',
      found: `no page at ${entry.path} after the build, though the entry is published`,
      expected: 'its page: build again without the build cache (node_modules/.astro, or ILN_CACHE_DIR), and report it if the page is still missing',
    }));
}
