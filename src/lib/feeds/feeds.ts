/**
 * The RSS feeds people can subscribe to: which feeds exist, which ones a page announces,
 * and the item each entry becomes. Pure: the pages hand in entries already published
 * and, for postcards, the photo already processed.
 */
import type { Element, ElementContent, Root } from 'hast';
import { escapeAttribute } from 'entities';
import { FEED_COLLECTIONS, type FeedCollection } from '../content/collections.ts';
import type { License } from '../content/licenses.ts';
import { type PhotoCredit, photoCredit } from '../postcards/photo-credit.ts';
import { postcardText } from '../postcards/postcard-text.ts';
import { feedHtml, parseHtml, textAsHtml } from '../html/html.ts';
import { textDirection } from '../content/languages.ts';
import { storyHtml } from '../html/postcard-story.ts';
import { newestFirst } from '../content/publishing.ts';
import { roundName } from '../content/rounds.ts';
import { topicLabel } from '../content/topics.ts';
import { absoluteUrl, href, paths } from '../site/urls.ts';

/** A section of the site with a feed of its own: the collections whose registry entry has `feed`. */
export type FeedSection = FeedCollection;

export const FEED_SECTIONS: readonly FeedSection[] = FEED_COLLECTIONS;

/** What feeds take from the site's configuration: the routes pass it in. */
export interface FeedSite {
  /** The site's name, which every feed's title starts with. */
  name: string;
  /** Language of the site's own text: each feed's `<language>`. */
  lang: string;
  /** Origin the site is served from, without the base path. */
  url: string;
  /** Path prefix the site lives under: `/` or `/something/`. */
  base: string;
  /** How many of the newest items the site and section feeds carry. */
  feedItems: number;
  /** The licence of everything the site publishes, credited under each postcard's photo. */
  license: License;
}

export interface Feed {
  /** Site path of the feed file, e.g. `/topics/rss.xml`. */
  path: string;
  /** Name of the feed in readers and in autodiscovery links. */
  title: string;
  /** What a subscriber gets, in a sentence. */
  description: string;
  /** Site path of the page the feed follows. */
  page: string;
  /** How many of the newest items it carries; all when undefined. */
  limit?: number;
}

const SECTIONS: Record<FeedSection, { name: string; description: string; page: string }> = {
  topics: {
    name: 'discussion topics',
    description: 'Every fortnightly discussion topic, as it is posted.',
    page: paths.topics(),
  },
  postcards: {
    name: 'postcards',
    description: 'Photos and short stories from participants’ libraries.',
    page: paths.postcards(),
  },
  news: { name: 'news', description: 'News from the program: rounds opening, partners matched and more.', page: paths.news() },
};

/** Everything the site publishes: topics, postcards and news. */
export function siteFeed(site: FeedSite): Feed {
  return {
    path: paths.feed(),
    title: site.name,
    description: 'Everything the International Librarians Network publishes: discussion topics, postcards and news.',
    page: paths.home(),
    limit: site.feedItems,
  };
}

/** One section of the site. */
export function sectionFeed(section: FeedSection, site: FeedSite): Feed {
  const { name, description, page } = SECTIONS[section];
  return { path: paths.feed(section), title: `${site.name}: ${name}`, description, page, limit: site.feedItems };
}

/** A round as its feed names it: by roundName, its file's title or "Round N". */
export interface FeedRound {
  number: number;
  title?: string | undefined;
}

/** The discussion topics of one round, for its partners. */
export function roundFeed(round: FeedRound, site: FeedSite): Feed {
  const name = roundName(round);
  return {
    path: paths.roundFeed(round.number),
    title: `${site.name}: ${name} discussion topics`,
    description: `The discussion topics of ${name}, as they are posted.`,
    page: paths.round(round.number),
  };
}

/**
 * The feeds a page announces to browsers and feed readers: the whole site's always, and
 * the feed of the section or round the page belongs to (`/topics/2/04-x/` → topics,
 * `/rounds/2/` → Round 2). A page of a round passes the round, so that its feed is called
 * by the round's name; a page under `/rounds/N/` without it is a mistake and stops the build.
 */
export function feedsForPage(path: string, site: FeedSite, round?: FeedRound): Feed[] {
  const number = /^\/rounds\/(\d+)\//.exec(path)?.[1];
  if (number !== undefined && round?.number !== Number(number))
    throw new Error(
      `${path} is a page of round ${number}: give it the round (BaseLayout's \`round\`), so that it announces the round's feed by name`,
    );
  if (round) return [siteFeed(site), roundFeed(round, site)];
  const section = FEED_SECTIONS.find((name) => path.startsWith(`/${name}/`));
  return section ? [siteFeed(site), sectionFeed(section, site)] : [siteFeed(site)];
}

/** A file attached to an item, as RSS describes it. */
export interface Enclosure {
  /** Absolute URL. */
  url: string;
  /** Size in bytes. */
  length: number;
  /** MIME type, e.g. `image/jpeg`. */
  type: string;
}

/** The photo of a postcard as feeds carry it: a processed copy, never the upload itself. */
export interface FeedPhoto extends Enclosure {
  width: number;
  height: number;
}

/** One item of a feed, in the shape `@astrojs/rss` takes. */
export interface FeedItem {
  title: string;
  /** Absolute URL of the entry's page; it is also the item's permanent GUID. */
  link: string;
  pubDate: Date;
  /** Plain-text summary. */
  description: string;
  /** The whole entry as HTML, every address absolute (`content:encoded`). */
  content: string;
  categories: string[];
  enclosure?: Enclosure;
}

interface Topic {
  id: string;
  data: { title: string; round: number; number: number; publishDate: Date; summary: string; tags?: string[] };
}

interface NewsItem {
  id: string;
  data: { title: string; publishDate: Date; summary: string; tags?: string[] };
}

interface Postcard {
  id: string;
  /** The story as renderStory() made it when the postcard was loaded. */
  rendered?: { html: string } | undefined;
  data: {
    name: string;
    library: string;
    city?: string | undefined;
    country: string;
    round?: number | undefined;
    date: Date;
    imageAlt: string;
    lang: string;
    imageCredit?: string | undefined;
    license?: string | undefined;
  };
}

/** Tags, each once, then the round's name: a reader can group items by either. */
function categories(tags: readonly string[] = [], round?: string): string[] {
  return [...new Set(tags), ...(round === undefined ? [] : [round])];
}

/**
 * `Round 2 · Discussion topic 4: Open access and open data`; `html` is the topic's body as
 * rendered on its page, `round` the name of its round (roundName in rounds.ts).
 */
export function topicItem(topic: Topic, html: string, round: string, site: FeedSite): FeedItem {
  const link = absoluteUrl(paths.topic(topic.id), site.url, site.base);
  return {
    title: `${topicLabel(topic.data, round)}: ${topic.data.title}`,
    link,
    pubDate: topic.data.publishDate,
    description: textAsHtml(topic.data.summary),
    content: feedHtml(html, link),
    categories: categories(topic.data.tags, round),
  };
}

/** A news article; `html` is its body as rendered on its page. */
export function newsItem(news: NewsItem, html: string, site: FeedSite): FeedItem {
  const link = absoluteUrl(paths.newsItem(news.id), site.url, site.base);
  return {
    title: news.data.title,
    link,
    pubDate: news.data.publishDate,
    description: textAsHtml(news.data.summary),
    content: feedHtml(html, link),
    categories: categories(news.data.tags),
  };
}

/** "Photo: Anna Kovács. Shared under CC BY 4.0.", as nodes: the credit is the contributor's text, never HTML. */
function creditParagraph({ credit, license }: PhotoCredit): Element {
  return {
    type: 'element',
    tagName: 'p',
    properties: {},
    children: [
      {
        type: 'element',
        tagName: 'em',
        properties: {},
        children: [
          { type: 'text', value: 'Photo: ' },
          // Isolated, so that a name in a right-to-left script keeps the sentence in order.
          { type: 'element', tagName: 'span', properties: { dir: 'auto' }, children: [{ type: 'text', value: credit }] },
          { type: 'text', value: '. Shared under ' },
          { type: 'element', tagName: 'a', properties: { href: license.url, rel: ['license'] }, children: [{ type: 'text', value: license.name }] },
          { type: 'text', value: '.' },
        ],
      },
    ],
  };
}

/**
 * A postcard with its photo as the enclosure and at the top of the content. The story is
 * the contributor's Markdown under the story policy (postcard-story.ts), rendered when the
 * postcard was loaded and read back into nodes, marked with its language and direction;
 * the whole item is built as nodes and passes the sanitiser.
 * `round` is the name of the postcard's round, when it names one.
 */
export function postcardItem(postcard: Postcard, photo: FeedPhoto, round: string | undefined, site: FeedSite): FeedItem {
  const { date, imageAlt, lang } = postcard.data;
  const text = postcardText(postcard.data);
  const link = absoluteUrl(paths.postcard(postcard.id), site.url, site.base);
  const tree: Root = {
    type: 'root',
    children: [
      {
        type: 'element',
        tagName: 'p',
        properties: {},
        children: [
          { type: 'element', tagName: 'img', properties: { src: photo.url, alt: imageAlt, width: photo.width, height: photo.height }, children: [] },
        ],
      },
      creditParagraph(photoCredit(postcard.data, site.license)),
      {
        type: 'element',
        tagName: 'div',
        properties: { lang, dir: textDirection(lang) },
        children: parseHtml(storyHtml(postcard)).children as ElementContent[],
      },
    ],
  };
  return {
    title: text.feedTitle,
    link,
    pubDate: date,
    description: textAsHtml(text.description),
    content: feedHtml(tree, link),
    categories: categories([], round),
    enclosure: { url: photo.url, length: photo.length, type: photo.type },
  };
}

/** Newest first; items of the same instant by address, so that the order never changes between builds. */
export function newestItemsFirst(items: readonly FeedItem[]): FeedItem[] {
  return newestFirst(
    items,
    (item) => item.pubDate,
    (item) => item.link,
  );
}

/**
 * The options `@astrojs/rss` turns into the feed: the newest items first (as many as the
 * feed carries), a link to the
 * feed's own address (readers and the browser view show it as the address to subscribe
 * to) and the stylesheet that makes the feed readable when opened in a browser.
 */
export function feedOptions(feed: Feed, items: readonly FeedItem[], site: FeedSite) {
  const sorted = newestItemsFirst(items).slice(0, feed.limit);
  const newest = sorted[0]?.pubDate;
  return {
    title: feed.title,
    description: feed.description,
    site: absoluteUrl(feed.page, site.url, site.base),
    items: sorted,
    stylesheet: href(paths.feedStylesheet(), site.base),
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    customData: [
      `<language>${site.lang}</language>`,
      // The newest item's date rather than the build's, so that rebuilding changes nothing.
      newest ? `<lastBuildDate>${newest.toUTCString()}</lastBuildDate>` : '',
      `<atom:link href="${escapeAttribute(absoluteUrl(feed.path, site.url, site.base))}" rel="self" type="application/rss+xml"/>`,
    ].join(''),
  };
}
