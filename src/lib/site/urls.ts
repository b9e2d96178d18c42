/**
 * Every address on the site comes from here. A *path* is the route without the base
 * (`/topics/`), which is what routes, redirects and the content check compare; an *href*
 * adds the base for links (`/interlibnet/topics/`); an absolute URL adds the origin too.
 * Pure: the base, origin and repository come from the caller. Pages and components import
 * `href`, `absoluteUrl` and `editUrl` from src/site-urls.ts, which passes in
 * src/site.config.ts.
 */
import { entryPath } from '../content/collections.ts';
import { CARD_FILE } from './share-cards.ts';

/**
 * A slug for an address: lowercase letters and digits joined by single hyphens, Latin
 * accents removed, other scripts kept as they are.
 * `slugify('Könyvtár & Olvasó')` is `konyvtar-olvaso`; `slugify('مكتبات عامة')` is `مكتبات-عامة`.
 */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .normalize('NFC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * The slug of a tag's page: slugify()'s, or for a tag with no letter or digit (`!!!`, `+`),
 * its characters' code points (`u21-u21-u21`), so that every tag has a page of its own.
 */
export function tagSlug(tag: string): string {
  const characters = [...tag.trim()].map((character) => `u${(character.codePointAt(0) ?? 0).toString(16)}`);
  return slugify(tag) || characters.join('-') || 'tag';
}

/**
 * The id of an entry from its path inside the collection folder: the extension and a
 * trailing `/index` go, each folder and file name is slugified.
 * `3/04-Library Spaces.md` → `3/04-library-spaces`; `anna-debrecen/index.md` → `anna-debrecen`.
 */
export function entryId(entryPath: string): string {
  return entryPath
    .replace(/\.[^/.]+$/, '')
    .replace(/(^|\/)index$/, '')
    .split('/')
    .map(slugify)
    .join('/');
}

/** Page `page` of a list that starts at `path`: `/news/`, then `/news/page/2/`. */
const paged = (path: string, page: number) => (page > 1 ? `${path}page/${page}/` : path);

/** Site paths, without the base. */
export const paths = {
  home: () => '/',
  /** Every topic by round, a few rounds at a time: `/topics/`, `/topics/page/2/`. */
  topics: (page = 1) => paged('/topics/', page),
  topic: (id: string) => entryPath('topics', id),
  /** The "Add to calendar" file of a topic's live chat. */
  chatCalendar: (id: string) => `/topics/${id}/chat.ics`,
  rounds: (page = 1) => paged('/rounds/', page),
  round: (number: number) => entryPath('rounds', String(number)),
  /** Every published topic of a round and its prompts on one page, to print or read offline. */
  roundGuide: (number: number) => `/rounds/${number}/guide/`,
  /** The gallery, one page at a time: `/postcards/`, `/postcards/page/2/`. */
  postcards: (page = 1) => (page > 1 ? `/postcards/page/${page}/` : '/postcards/'),
  postcard: (id: string) => entryPath('postcards', id),
  /** The list of countries, library types or rounds that have postcards. */
  postcardFacet: (facet: 'countries' | 'types' | 'rounds') => `/postcards/${facet}/`,
  /** The postcards of one country (`hu`), library type or round, one page at a time. */
  postcardGroup: (facet: 'countries' | 'types' | 'rounds', key: string, page = 1) => `/postcards/${facet}/${key}/${page > 1 ? `page/${page}/` : ''}`,
  news: (page = 1) => paged('/news/', page),
  newsItem: (id: string) => entryPath('news', id),
  tags: () => '/tags/',
  tag: (tag: string, page = 1) => paged(`/tags/${tagSlug(tag)}/`, page),
  about: () => '/about/',
  /** The program pages, written in MDX under src/pages/. */
  howItWorks: () => '/how-it-works/',
  faq: () => '/faq/',
  codeOfConduct: () => '/code-of-conduct/',
  contact: () => '/contact/',
  volunteer: () => '/volunteer/',
  /** Everyone who runs ILN, by country: the people collection, which has no page per person. */
  volunteers: () => '/volunteers/',
  supporters: () => '/supporters/',
  join: () => '/join/',
  search: () => '/search/',
  /** The search index and Pagefind's scripts, written after every build. */
  searchBundle: () => '/pagefind/',
  follow: () => '/follow/',
  /**
   * The Open Graph image made for a page: `site` (every page without one of its own), or a
   * topic's or news item's (`topics/2/06-leadership`, `news/2026-09-partners-matched`).
   */
  shareImage: (key: string) => `/og/${key}${CARD_FILE.extension}`,
  /** Every live chat and round date, as one subscribable iCalendar file. */
  calendar: () => '/calendar.ics',
  /** RSS feeds: the whole site, or one section (`topics`, `postcards`, `news`). */
  feed: (section?: 'topics' | 'postcards' | 'news') => (section ? `/${section}/rss.xml` : '/rss.xml'),
  roundFeed: (number: number) => `/rounds/${number}/rss.xml`,
  /** The XSL stylesheet that shows a feed as a page when it is opened in a browser. */
  feedStylesheet: () => '/rss.xsl',
  /** Written by @astrojs/sitemap; it lists the sitemap files. */
  sitemap: () => '/sitemap-index.xml',
  robots: () => '/robots.txt',
} as const;

/** Adds the base to a site path: `/topics/` → `/interlibnet/topics/`. */
export function href(path: string, base: string): string {
  return base.replace(/\/$/, '') + path;
}

/** The absolute URL of a site path, for feeds, canonical links and calendars. */
export function absoluteUrl(path: string, origin: string, base: string): string {
  return new URL(href(path, base), origin).href;
}

/**
 * The path of the page a file in `src/pages` makes, or undefined when it makes none of its
 * own: dynamic routes (`[id].astro`) and `_`-prefixed files and folders.
 * `about.mdx` → `/about/`; `topics/index.astro` → `/topics/`; `rss.xml.ts` → `/rss.xml`.
 */
export function pagePath(file: string): string | undefined {
  const segments = file.split('/');
  if (segments.some((segment) => segment.startsWith('_') || segment.includes('['))) return undefined;
  const last = segments.pop() ?? '';
  const endpoint = /^(.+)\.(?:js|mjs|ts|mts)$/.exec(last);
  if (endpoint) return `/${[...segments, endpoint[1]].join('/')}`;
  const page = /^(.+)\.(?:astro|md|mdx|markdown|html)$/.exec(last);
  if (!page) return undefined;
  const name = page[1] === 'index' ? [] : [page[1]];
  return `/${[...segments, ...name].map((segment) => `${segment}/`).join('')}`;
}

/**
 * The page of GitHub's editor for a file of the repository, so that a reader who spots a
 * typo can fix it in the browser. `file` is relative to the repository's root.
 * `editUrl('content/news/x.md', 'https://github.com/interlibnet/interlibnet', 'main')` →
 * `https://github.com/interlibnet/interlibnet/edit/main/content/news/x.md`.
 */
export function editUrl(file: string, repository: string, branch: string): string {
  const encode = (segments: string) => segments.split('/').map(encodeURIComponent).join('/');
  return `${repository.replace(/\/+$/, '')}/edit/${encode(branch)}/${encode(file.replace(/^\.?\/+/, ''))}`;
}

/** Makes `/a/b` and `/a/b/` the same path, to compare addresses. */
export function normalisePath(path: string): string {
  return path.endsWith('/') ? path : `${path}/`;
}
