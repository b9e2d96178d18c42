import { describe, expect, test } from 'vitest';
import { calendarText, duration, escapeText, foldLine, utcDateTime } from '../../src/lib/feeds/ics.ts';
import { formatProblems, parseCalendar } from '../support/ical.ts';

const NOW = new Date('2026-11-23T12:00:00+11:00');

describe('escapeText', () => {
  test('escapes backslashes, semicolons, commas and line breaks', () => {
    expect(escapeText('Back\\slash; semi, comma\nnew line\r\nand CRLF')).toBe('Back\\\\slash\\; semi\\, comma\\nnew line\\nand CRLF');
  });
});

describe('foldLine', () => {
  test('leaves a line of 75 octets alone and folds a longer one', () => {
    const exact = `SUMMARY:${'x'.repeat(67)}`;
    expect(foldLine(exact)).toBe(exact);
    const long = `SUMMARY:${'x'.repeat(200)}`;
    const folded = foldLine(long).split('\r\n');
    expect(folded.length).toBe(3);
    expect(folded.map((line) => line.length)).toEqual([75, 75, 60]);
    expect(folded.slice(1).every((line) => line.startsWith(' '))).toBe(true);
    expect(folded.map((line, index) => (index ? line.slice(1) : line)).join('')).toBe(long);
  });

  test('counts octets, not characters, and never splits a character', () => {
    const line = `SUMMARY:${'Könyvtár és olvasó, مكتبات عامة, 図書館 🌏 '.repeat(5)}`;
    const folded = foldLine(line);
    expect(formatProblems(`${folded}\r\n`)).toEqual([]);
    expect(folded.split('\r\n').length).toBeGreaterThan(3);
    expect(folded.replace(/\r\n /g, '')).toBe(line);
  });
});

describe('values', () => {
  test('writes instants in UTC and lengths as durations', () => {
    expect(utcDateTime(new Date('2026-12-02T20:00:00+11:00'))).toBe('20261202T090000Z');
    expect([60, 90, 45, 0].map(duration)).toEqual(['PT1H', 'PT1H30M', 'PT45M', 'PT0S']);
    expect([24 * 60, 21 * 24 * 60 + 8 * 60, 24 * 60 + 5].map(duration)).toEqual(['P1D', 'P21DT8H', 'P1DT5M']);
  });
});

describe('calendarText', () => {
  const text = calendarText(
    {
      productId: '-//ILN//test//EN',
      name: 'ILN chats',
      description: 'Chats, dates; and more',
      events: [
        {
          uid: 'chat-1@example.org',
          summary: 'ILN live chat #ILNchat: Könyvtárak, terek; és emberek',
          description: 'First line, with a comma.\nSecond line; with a semicolon and a backslash \\.',
          location: 'Mastodon, #ILNchat',
          url: 'https://example.org/topics/2/06-leadership-without-a-title/',
          time: { start: new Date('2026-12-02T20:00:00+11:00'), durationMinutes: 90 },
          busy: true,
        },
        { uid: 'moment@example.org', summary: 'Applications close', time: { start: new Date('2027-03-01T17:00:00+11:00') } },
        { uid: 'day@example.org', summary: 'Partnerships begin', time: { day: new Date('2027-03-22'), days: 1 } },
      ],
    },
    NOW,
  );

  test('follows the format: CRLF, folded lines, a calendar with its events', () => {
    expect(formatProblems(text)).toEqual([]);
    expect(text.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//ILN//test//EN\r\n')).toBe(true);
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
  });

  test('reads back in an independent parser with the same text and instants', () => {
    const { properties, events } = parseCalendar(text);
    expect(properties['x-wr-calname']).toBe('ILN chats');
    expect(properties.description).toBe('Chats, dates; and more');
    const [chat, moment, day] = events;
    expect(chat).toMatchObject({
      uid: 'chat-1@example.org',
      summary: 'ILN live chat #ILNchat: Könyvtárak, terek; és emberek',
      description: 'First line, with a comma.\nSecond line; with a semicolon and a backslash \\.',
      location: 'Mastodon, #ILNchat',
      url: 'https://example.org/topics/2/06-leadership-without-a-title/',
      start: new Date('2026-12-02T09:00:00Z'),
      startInUtc: true,
      end: new Date('2026-12-02T10:30:00Z'),
      duration: 'PT1H30M',
      stamp: NOW,
    });
    expect(moment).toMatchObject({ start: new Date('2027-03-01T06:00:00Z'), end: new Date('2027-03-01T06:00:00Z'), duration: undefined });
    expect(day).toMatchObject({ start: '2027-03-22', end: '2027-03-23', duration: 'P1D' });
  });

  test('stamps every event with the instant the file was made', () => {
    expect(text.match(/^DTSTAMP:.*$/gm)).toEqual(Array(3).fill('DTSTAMP:20261123T010000Z'));
  });

  test('only a chat takes up time in the calendar; dates to know about do not', () => {
    expect(text.match(/^TRANSP:.*$/gm)).toEqual(['TRANSP:OPAQUE', 'TRANSP:TRANSPARENT', 'TRANSP:TRANSPARENT']);
  });
});
