/**
 * schema.org structured data (JSON-LD), so that search engines and calendar helpers can
 * show a live chat as an event with its real start and end.
 */
import { site } from '../../site.config.ts';
import { type ChatTopic, chatEvent } from '../feeds/calendar.ts';
import { chatEnd } from '../time/chats.ts';
import { isoInZone } from '../time/time-zones.ts';
import { answerText, type FaqItem } from './faq.ts';
import { absoluteUrl, paths } from './urls.ts';

/** ILN as a schema.org `Organization`, with its profiles elsewhere (`site.social`) as `sameAs`. */
export function organizationData(): Record<string, unknown> {
  return {
    '@type': 'Organization',
    name: site.name,
    url: absoluteUrl(paths.home()),
    ...(site.social.length > 0 && { sameAs: site.social.map((link) => link.href) }),
  };
}

/** A schema.org `Event` for a topic's live chat, its times in the zone it was announced in. */
export function chatEventData(topic: ChatTopic & { summary: string }): Record<string, unknown> {
  const { chat } = topic;
  const page = absoluteUrl(paths.topic(topic.id));
  return {
    '@context': 'https://schema.org',
    '@type': 'Event',
    name: chatEvent(topic).summary,
    description: topic.summary,
    startDate: isoInZone(chat.start, chat.timeZone),
    endDate: isoInZone(chatEnd(chat), chat.timeZone),
    eventAttendanceMode: 'https://schema.org/OnlineEventAttendanceMode',
    eventStatus: 'https://schema.org/EventScheduled',
    location: { '@type': 'VirtualLocation', url: chat.url ?? page },
    organizer: organizationData(),
    isAccessibleForFree: true,
    url: page,
  };
}

/**
 * schema.org `FAQPage` data for a list of questions, each answer as plain text
 * (https://schema.org/FAQPage): made from the same list the page shows.
 */
export function faqPageData(items: readonly FaqItem[], path: string = paths.faq()): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'FAQPage',
    url: absoluteUrl(path),
    mainEntity: items.map((item) => ({
      '@type': 'Question',
      '@id': `${absoluteUrl(path)}#${item.id}`,
      name: item.question,
      acceptedAnswer: { '@type': 'Answer', text: answerText(item.answer) },
    })),
  };
}

/** JSON for a `<script type="application/ld+json">`: `<` is escaped so that no text can close the script. */
export function jsonLd(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
