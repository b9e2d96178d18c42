import { describe, expect, test } from 'vitest';
import { chatEnd, chatPhases, chatStatus } from '../../src/lib/time/chats.ts';

/** content/topics/2/06-leadership-without-a-title.md */
const chat = { start: new Date('2026-12-02T20:00:00+11:00'), durationMinutes: 60 };

describe('chatStatus', () => {
  test('is upcoming before the start, live until the end, then past', () => {
    expect(chatStatus(chat, new Date('2026-11-23T12:00:00+11:00'))).toBe('upcoming');
    expect(chatStatus(chat, new Date('2026-12-02T19:59:59+11:00'))).toBe('upcoming');
    expect(chatStatus(chat, new Date('2026-12-02T20:00:00+11:00'))).toBe('live');
    expect(chatStatus(chat, new Date('2026-12-02T20:59:59+11:00'))).toBe('live');
    expect(chatStatus(chat, new Date('2026-12-02T21:00:00+11:00'))).toBe('past');
  });

  test('counts the length in real minutes across the night Sydney leaves daylight saving', () => {
    const overnight = { start: new Date('2027-04-04T02:30:00+11:00'), durationMinutes: 60 };
    expect(chatEnd(overnight).toISOString()).toBe('2027-04-03T16:30:00.000Z');
    expect(chatStatus(overnight, new Date('2027-04-04T02:15:00+10:00'))).toBe('live');
    expect(chatStatus(overnight, new Date('2027-04-04T02:30:00+10:00'))).toBe('past');
  });
});

describe('chatPhases', () => {
  test('are the three phases, ending and starting at the same instants', () => {
    expect(chatPhases(chat)).toEqual([
      { state: 'upcoming', until: chat.start },
      { state: 'live', from: chat.start, until: chatEnd(chat) },
      { state: 'past', from: chatEnd(chat), until: undefined },
    ]);
  });
});
