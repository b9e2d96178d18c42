import { describe, expect, test } from 'vitest';
import { type CalendarRound, type CalendarSite, type ChatTopic, chatCalendar, chatEvent, siteCalendar } from '../../src/lib/feeds/calendar.ts';
import { leadership } from '../support/chat-topics.ts';
import { formatProblems, parseCalendar } from '../support/ical.ts';

const NOW = new Date('2026-11-23T12:00:00+11:00');
const SITE: CalendarSite = {
  name: 'International Librarians Network',
  shortName: 'ILN',
  url: 'https://interlibnet.org',
  base: '/',
  timeZone: 'Australia/Sydney',
};

/** content/topics/2/05-wellbeing-at-work.md: 90 minutes, no link. */
const wellbeing: ChatTopic = {
  id: '2/05-wellbeing-at-work',
  title: 'Wellbeing at work',
  round: 2,
  roundName: 'Round 2',
  number: 5,
  chat: {
    start: new Date('2026-11-18T20:00:00+11:00'),
    timeZone: 'Australia/Sydney',
    durationMinutes: 90,
    platform: 'Mastodon',
    hashtag: '#ILNchat',
  },
  url: 'https://interlibnet.org/topics/2/05-wellbeing-at-work/',
};

const round3: CalendarRound = {
  number: 3,
  title: 'Round 3',
  applicationsOpen: new Date('2027-02-08T09:00:00+11:00'),
  applicationsClose: new Date('2027-03-01T17:00:00+11:00'),
  partnershipsStart: new Date('2027-03-22'),
  partnershipsEnd: new Date('2027-07-19'),
  signupUrl: 'https://forms.interlibnet.org/round-3',
};

describe('chatEvent', () => {
  test('names the chat with its hashtag and says where and when it was announced', () => {
    const event = chatEvent(leadership);
    expect(event.uid).toBe('chat-2-06-leadership-without-a-title@interlibnet.org');
    expect(event.summary).toBe('ILN live chat #ILNchat: Leadership without a title');
    expect(event.description).toContain('Follow and post with #ILNchat');
    expect(event.description).toContain('Announced for Wed 2 December 2026, 20:00 AEDT, Sydney.');
    expect(event.url).toBe('https://interlibnet.org/topics/2/06-leadership-without-a-title/');
    expect(event.location).toBe('https://mastodon.social/tags/ILNchat');
    expect(chatEvent(wellbeing).location).toBe('Mastodon, #ILNchat');
  });

  test('calls the round by its name, as its page does', () => {
    expect(chatEvent(leadership).description).toContain('about Round 2 · Discussion topic 6, “Leadership without a title”');
    expect(chatEvent({ ...wellbeing, round: 1, roundName: 'Round 1, 2025' }).description).toContain('about Round 1, 2025 · Discussion topic 5');
  });
});

describe('chatCalendar', () => {
  test('is one event that a calendar app reads as the right instant and length', () => {
    const text = chatCalendar(leadership, NOW, SITE);
    expect(formatProblems(text)).toEqual([]);
    const { events } = parseCalendar(text);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      uid: 'chat-2-06-leadership-without-a-title@interlibnet.org',
      start: new Date('2026-12-02T09:00:00Z'),
      startInUtc: true,
      end: new Date('2026-12-02T10:00:00Z'),
      duration: 'PT1H',
      url: 'https://interlibnet.org/topics/2/06-leadership-without-a-title/',
      stamp: NOW,
    });
  });

  test('keeps the same UID when the chat moves, so that calendars update rather than duplicate it', () => {
    const moved = { ...leadership, chat: { ...leadership.chat, start: new Date('2026-12-03T20:00:00+11:00') } };
    expect(parseCalendar(chatCalendar(moved, NOW, SITE)).events[0]?.uid).toBe(parseCalendar(chatCalendar(leadership, NOW, SITE)).events[0]?.uid);
  });
});

describe('siteCalendar', () => {
  const text = siteCalendar([round3], [leadership, wellbeing], NOW, SITE);
  const { properties, events } = parseCalendar(text);

  test('is a calendar to subscribe to, that says how often to look again', () => {
    expect(formatProblems(text)).toEqual([]);
    expect(properties['x-wr-calname']).toBe('ILN: live chats and round dates');
    expect(properties['refresh-interval']).toBe('PT12H');
  });

  test('has every chat and each round’s dates, oldest first, at the right instants', () => {
    expect(events.map((event) => [event.summary, event.start])).toEqual([
      ['ILN live chat #ILNchat: Wellbeing at work', new Date('2026-11-18T09:00:00Z')],
      ['ILN live chat #ILNchat: Leadership without a title', new Date('2026-12-02T09:00:00Z')],
      ['Round 3: applications open', new Date('2027-02-07T22:00:00Z')],
      ['Round 3: applications close', new Date('2027-03-01T06:00:00Z')],
      ['Round 3: partnerships begin', '2027-03-22'],
      ['Round 3: last day of the supported partnership', '2027-07-19'],
    ]);
    expect(events[2]?.end).toEqual(new Date('2027-03-01T06:00:00Z'));
    expect(events[2]?.duration).toBe('P21DT8H');
    expect(events[2]?.description).toContain('open until Mon 1 March 2027, 17:00 AEDT, Sydney');
    expect(new Set(events.map((event) => event.uid)).size).toBe(events.length);
  });
});
