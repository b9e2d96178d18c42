/**
 * What the search index knows about a page besides its text: the filters a reader can
 * combine, the date results can be sorted by, and what a result shows (type, date,
 * thumbnail). Pages describe themselves with a `SearchEntry`; `searchFields` turns it into
 * the `data-pagefind-*` values that `SearchMeta.astro` writes into the page.
 */
import { countryName } from '../content/countries.ts';
import { formatDay } from '../time/dates.ts';
import { libraryTypeLabel } from '../content/library-types.ts';
import type { LibraryType } from '../content/library-types.ts';

/** The kinds of page search results come from. */
export const SEARCH_TYPES = {
  topic: 'Discussion topic',
  postcard: 'Postcard',
  news: 'News',
  round: 'Round',
  page: 'Page',
} as const;

export type SearchType = keyof typeof SEARCH_TYPES;

/** Filter names as readers see them above each group of choices. */
export const SEARCH_FILTERS = {
  type: 'Type',
  round: 'Round',
  country: 'Country',
  libraryType: 'Library type',
  tag: 'Tag',
} as const;

/** The sort key every dated page carries, an ISO 8601 instant. */
export const SEARCH_SORT_DATE = 'date';

export interface SearchEntry {
  type: SearchType;
  /** Title of the result; the page's h1 is used when missing. */
  title?: string;
  /** When the entry was published (or the round opened), and the zone its day belongs to. */
  date?: { value: Date; timeZone: string };
  /** Where a postcard comes from, as shown: `Debrecen, Hungary`. */
  place?: string;
  /** The round's name, as its page gives it (roundName in rounds.ts): `Round 1, 2025`. */
  round?: string;
  /** ISO 3166-1 alpha-2 code. */
  country?: string;
  libraryType?: LibraryType;
  tags?: readonly string[];
  /** A processed thumbnail (from Astro's image pipeline, never the upload itself). */
  image?: { src: string; alt: string };
  /** The language of the title and the text, for the result to carry it: a postcard's `lang`. */
  lang?: string;
}

/** A `[key, value]` pair for one `data-pagefind-*` attribute. */
export type SearchField = readonly [key: string, value: string];

export interface SearchFields {
  filters: SearchField[];
  meta: SearchField[];
  sort: SearchField[];
}

/**
 * The filters, metadata and sort keys of a page, with countries by name and library
 * types by label, as readers choose them.
 * `searchFields({ type: 'postcard', country: 'HU' }).filters` is
 * `[['Type', 'Postcard'], ['Country', 'Hungary']]`.
 */
export function searchFields(entry: SearchEntry): SearchFields {
  const type = SEARCH_TYPES[entry.type];
  const filters: SearchField[] = [[SEARCH_FILTERS.type, type]];
  if (entry.round !== undefined) filters.push([SEARCH_FILTERS.round, entry.round]);
  if (entry.country) filters.push([SEARCH_FILTERS.country, countryName(entry.country)]);
  if (entry.libraryType) filters.push([SEARCH_FILTERS.libraryType, libraryTypeLabel(entry.libraryType)]);
  for (const tag of new Set(entry.tags ?? [])) filters.push([SEARCH_FILTERS.tag, tag]);

  const meta: SearchField[] = [['type', type]];
  if (entry.title) meta.push(['title', entry.title]);
  if (entry.place) meta.push(['place', entry.place]);
  if (entry.date) meta.push(['date', formatDay(entry.date.value, entry.date.timeZone)]);
  if (entry.image) meta.push(['image', entry.image.src], ['image_alt', entry.image.alt]);
  if (entry.lang) meta.push(['lang', entry.lang]);

  // Pagefind leaves pages without the key out of a sorted search, so undated pages only
  // appear when results are ordered by relevance.
  const sort: SearchField[] = entry.date ? [[SEARCH_SORT_DATE, entry.date.value.toISOString()]] : [];
  return { filters, meta, sort };
}
