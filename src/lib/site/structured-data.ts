/**
 * schema.org structured data (JSON-LD), so that search engines and calendar helpers can
 * show a live chat as an event with its real start and end, a topic or news item as an
 * article, a page's place in the site as breadcrumbs, and ILN as an organisation. Built as
 * objects and written by `jsonLd`, never by pasting strings: titles come from strangers.
 * The site's name and address come in from the caller (`site` from src/site.config.ts).
 */
import { type ChatTopic, chatEvent } from '../feeds/calendar.ts';
import { chatEnd } from '../time/chats.ts';
import { isoInZone } from '../time/time-zones.ts';
import { answerText, type FaqItem } from './faq.ts';
import { absoluteUrl, paths } from './urls.ts';

/** What structured data needs to know of the site: its name, address and profiles elsewhere. */
export interface StructuredDataSite {
  name: string;
  /** Origin, without the base path. */
  url: string;
  /** Base path: `/` or `/something/`. */
  base: string;
  /** Absolute addresses of ILN's profiles on other networks. */
  social: readonly { href: string }[];
}

const SCHEMA = 'https://schema.org';
const pageUrl = (site: StructuredDataSite, path: string) => absoluteUrl(path, site.url, site.base);

/** ILN as a schema.org `Organization`, with its profiles elsewhere (`site.social`) as `sameAs`. */
export function organizationData(site: StructuredDataSite): Record<string, unknown> {
  return {
    '@type': 'Organization',
    name: site.name,
    url: pageUrl(site, paths.home()),
    ...(site.social.length > 0 && { sameAs: site.social.map((link) => link.href) }),
  };
}

/** The home page's `Organization`, as a document of its own. */
export function homeOrganizationData(site: StructuredDataSite): Record<string, unknown> {
  return { '@context': SCHEMA, ...organizationData(site) };
}

/** An article: a discussion topic or a news item. */
export interface ArticleInput {
  title: string;
  summary: string;
  /** Site path of the page, without the base. */
  path: string;
  published: Date;
  /** When it was last changed, if the entry says so. */
  modified?: Date | undefined;
  /** Absolute URL of the image it is shared with. */
  image: string;
  /** Language of the text (BCP 47). */
  lang: string;
}

/**
 * A schema.org `BlogPosting` for a topic or news item (https://schema.org/BlogPosting):
 * ILN is its author and publisher, as no entry names a person.
 */
export function articleData(article: ArticleInput, site: StructuredDataSite): Record<string, unknown> {
  const url = pageUrl(site, article.path);
  return {
    '@context': SCHEMA,
    '@type': 'BlogPosting',
    headline: article.title,
    description: article.summary,
    datePublished: article.published.toISOString(),
    ...(article.modified && { dateModified: article.modified.toISOString() }),
    author: organizationData(site),
    publisher: organizationData(site),
    image: article.image,
    url,
    mainEntityOfPage: url,
    inLanguage: article.lang,
  };
}

/**
 * A schema.org `BreadcrumbList` (https://schema.org/BreadcrumbList) from the home page down
 * to the page itself: `[{ name: 'Home', path: '/' }, { name: 'Topics', path: '/topics/' }, …]`.
 */
export function breadcrumbData(crumbs: readonly { name: string; path: string }[], site: StructuredDataSite): Record<string, unknown> {
  return {
    '@context': SCHEMA,
    '@type': 'BreadcrumbList',
    itemListElement: crumbs.map((crumb, index) => ({
      '@type': 'ListItem',
      position: index + 1,
      name: crumb.name,
      item: pageUrl(site, crumb.path),
    })),
  };
}

/** A schema.org `Event` for a topic's live chat, its times in the zone it was announced in. */
export function chatEventData(topic: ChatTopic & { summary: string }, site: StructuredDataSite): Record<string, unknown> {
  const { chat } = topic;
  const page = pageUrl(site, paths.topic(topic.id));
  return {
    '@context': SCHEMA,
    '@type': 'Event',
    name: chatEvent(topic).summary,
    description: topic.summary,
    startDate: isoInZone(chat.start, chat.timeZone),
    endDate: isoInZone(chatEnd(chat), chat.timeZone),
    eventAttendanceMode: 'https://schema.org/OnlineEventAttendanceMode',
    eventStatus: 'https://schema.org/EventScheduled',
    location: { '@type': 'VirtualLocation', url: chat.url ?? page },
    organizer: organizationData(site),
    isAccessibleForFree: true,
    url: page,
  };
}

/**
 * schema.org `FAQPage` data for a list of questions, each answer as plain text
 * (https://schema.org/FAQPage): made from the same list the page shows.
 */
export function faqPageData(items: readonly FaqItem[], site: StructuredDataSite, path: string = paths.faq()): Record<string, unknown> {
  return {
    '@context': SCHEMA,
    '@type': 'FAQPage',
    url: pageUrl(site, path),
    mainEntity: items.map((item) => ({
      '@type': 'Question',
      '@id': `${pageUrl(site, path)}#${item.id}`,
      name: item.question,
      acceptedAnswer: { '@type': 'Answer', text: answerText(item.answer) },
    })),
  };
}

/** JSON for a `<script type="application/ld+json">`: `<` is escaped so that no text can close the script. */
export function jsonLd(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
