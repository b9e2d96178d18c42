/**
 * The program's dates as calendar events: one file per live chat ("Add to calendar") and
 * one subscribable calendar of every chat and round date (`/calendar.ics`).
 */
import { type CalendarEvent, calendarText } from './ics.ts';
import type { RoundDates } from '../content/rounds.ts';
import { formatInstant } from '../time/time-zones.ts';
import { topicLabel } from '../content/topics.ts';
import { absoluteUrl, paths } from '../site/urls.ts';

export interface Chat {
  start: Date;
  timeZone: string;
  durationMinutes: number;
  platform: string;
  hashtag: string;
  url?: string | undefined;
}

/** A published topic that has a live chat. */
export interface ChatTopic {
  id: string;
  title: string;
  round: number;
  /** The round's name, as every page, feed and calendar calls it (roundName in rounds.ts). */
  roundName: string;
  number: number;
  chat: Chat;
  /** Absolute address of the topic's page: the event's link, and the host its UID names. */
  url: string;
}

/** What calendars take from the site's configuration: the routes pass it in. */
export interface CalendarSite {
  /** The site's name and short name, in the calendar's name and its PRODID. */
  name: string;
  shortName: string;
  /** Origin the site is served from, without the base path. */
  url: string;
  /** Path prefix the site lives under: `/` or `/something/`. */
  base: string;
  /** The organisers' zone, in which a round's closing time is announced. */
  timeZone: string;
}

export interface CalendarRound extends RoundDates {
  title: string;
  signupUrl: string;
}

const productId = (site: CalendarSite) => `-//${site.name}//${site.shortName} website//EN`;

/** `<what>@interlibnet.org`: unique to the site at `url` and the same in every build. */
function uid(what: string, url: string): string {
  return `${what}@${new URL(url).hostname}`;
}

/** The calendar event of a topic's live chat. */
export function chatEvent(topic: ChatTopic): CalendarEvent {
  const { chat } = topic;
  const page = topic.url;
  const announced = formatInstant(chat.start, chat.timeZone, { city: true });
  return {
    uid: uid(`chat-${topic.id.replaceAll('/', '-')}`, page),
    summary: `ILN live chat ${chat.hashtag}: ${topic.title}`,
    description: [
      `A live chat on ${chat.platform} about ${topicLabel(topic, topic.roundName)}, “${topic.title}”. Follow and post with ${chat.hashtag}.`,
      `Announced for ${announced}.`,
      ...(chat.url ? [`Join in: ${chat.url}`] : []),
      `The discussion prompts: ${page}`,
    ].join('\n'),
    location: chat.url ?? `${chat.platform}, ${chat.hashtag}`,
    url: page,
    time: { start: chat.start, durationMinutes: chat.durationMinutes },
    busy: true,
  };
}

/** A round's dates: the application window, the moment it closes, and when partnerships begin and end. */
export function roundEvents(round: CalendarRound, site: CalendarSite): CalendarEvent[] {
  const url = (path: string) => absoluteUrl(path, site.url, site.base);
  const uid = (what: string) => `${what}@${new URL(site.url).hostname}`;
  const page = url(paths.round(round.number));
  const closes = formatInstant(round.applicationsClose, site.timeZone, { city: true });
  const windowMinutes = Math.round((round.applicationsClose.getTime() - round.applicationsOpen.getTime()) / 60_000);
  return [
    {
      uid: uid(`round-${round.number}-applications`),
      summary: `${round.title}: applications open`,
      description: `Applications for ${round.title} of the ${site.name} are open until ${closes}.\nApply: ${round.signupUrl}\nHow to join: ${url(paths.join())}`,
      url: url(paths.join()),
      time: { start: round.applicationsOpen, durationMinutes: windowMinutes },
    },
    {
      uid: uid(`round-${round.number}-applications-close`),
      summary: `${round.title}: applications close`,
      description: `Last moment to apply for ${round.title}: ${closes}.\nApply: ${round.signupUrl}`,
      url: url(paths.join()),
      time: { start: round.applicationsClose },
    },
    {
      uid: uid(`round-${round.number}-partnerships-start`),
      summary: `${round.title}: partnerships begin`,
      description: `Partners of ${round.title} are introduced and the first discussion topic is posted.\n${page}`,
      url: page,
      time: { day: round.partnershipsStart, days: 1 },
    },
    {
      uid: uid(`round-${round.number}-partnerships-end`),
      summary: `${round.title}: last day of the supported partnership`,
      description: `The last day of the supported partnership of ${round.title}.\n${page}`,
      url: page,
      time: { day: round.partnershipsEnd, days: 1 },
    },
  ];
}

/** The "Add to calendar" file of one chat. */
export function chatCalendar(topic: ChatTopic, now: Date, site: CalendarSite): string {
  return calendarText({ productId: productId(site), events: [chatEvent(topic)] }, now);
}

/** Every round date and every chat of a published topic, oldest first, as one calendar to subscribe to. */
export function siteCalendar(rounds: readonly CalendarRound[], topics: readonly ChatTopic[], now: Date, site: CalendarSite): string {
  const startOf = (event: CalendarEvent) => ('day' in event.time ? event.time.day : event.time.start).getTime();
  const events = [...rounds.flatMap((round) => roundEvents(round, site)), ...topics.map(chatEvent)].sort(
    (a, b) => startOf(a) - startOf(b) || a.uid.localeCompare(b.uid),
  );
  return calendarText(
    {
      productId: productId(site),
      name: `${site.shortName}: live chats and round dates`,
      description: `Live chats and round dates of the ${site.name}.`,
      url: absoluteUrl(paths.calendar(), site.url, site.base),
      refreshHours: 12,
      events,
    },
    now,
  );
}
