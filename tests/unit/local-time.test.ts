import { describe, expect, test } from 'vitest';
import { LONGEST_WAIT, nextLookIn, spanOf, timeLeftText, visiblePhases } from '../../src/components/LocalTime.client.ts';

const t = (iso: string) => new Date(iso);
const MINUTE = 60_000;

// A chat as LiveChat.astro writes it: upcoming, live for an hour, then past.
const START = '2026-12-02T09:00:00.000Z';
const END = '2026-12-02T10:00:00.000Z';
const chat = [spanOf(undefined, START), spanOf(START, END), spanOf(END, undefined)];

describe('spanOf', () => {
  test('reads ISO instants, and leaves a missing end open', () => {
    expect(spanOf(START, END)).toEqual({ from: t(START), until: t(END) });
    expect(spanOf(undefined, END)).toEqual({ from: undefined, until: t(END) });
    expect(spanOf('', undefined)).toEqual({ from: undefined, until: undefined });
  });
});

describe('visiblePhases', () => {
  test('shows only the phase that holds at the instant', () => {
    expect(visiblePhases(chat, t('2026-12-01T23:00:00Z'))).toEqual([true, false, false]);
    expect(visiblePhases(chat, t(START))).toEqual([false, true, false]);
    expect(visiblePhases(chat, t('2026-12-02T09:59:59Z'))).toEqual([false, true, false]);
    expect(visiblePhases(chat, t(END))).toEqual([false, false, true]);
  });

  test('leaves the build’s state alone when no phase holds (a clock set before the build)', () => {
    const fromBuild = [spanOf(START, END), spanOf(END, undefined)];
    expect(visiblePhases(fromBuild, t('2026-11-30T00:00:00Z'))).toBeUndefined();
    expect(visiblePhases([], t(START))).toBeUndefined();
  });
});

describe('timeLeftText', () => {
  test('says how long is left, rounded down', () => {
    expect(timeLeftText(t('2026-12-02T07:29:30Z'), START)).toBe('1 hour, 30 minutes');
    expect(timeLeftText(t('2026-12-02T08:59:01Z'), START)).toBe('less than a minute');
  });

  test('says "no time" once the instant has passed', () => {
    expect(timeLeftText(t(START), START)).toBe('no time');
    expect(timeLeftText(t(END), START)).toBe('no time');
  });
});

describe('nextLookIn', () => {
  test('waits until the next phase begins or ends', () => {
    expect(nextLookIn(chat, t('2026-12-02T08:30:00Z'), false)).toBe(30 * MINUTE);
    expect(nextLookIn(chat, t('2026-12-02T09:45:00Z'), false)).toBe(15 * MINUTE);
  });

  test('never waits more than an hour, nor at all past the last change', () => {
    expect(nextLookIn(chat, t('2026-11-01T00:00:00Z'), false)).toBe(LONGEST_WAIT);
    expect(nextLookIn(chat, t('2026-12-03T00:00:00Z'), false)).toBe(LONGEST_WAIT);
    expect(nextLookIn([], t('2026-12-03T00:00:00Z'), false)).toBe(LONGEST_WAIT);
  });

  test('with a countdown on the page, looks again at the next whole minute', () => {
    expect(nextLookIn(chat, t('2026-12-02T08:30:45Z'), true)).toBe(15_000);
    expect(nextLookIn([], t('2026-11-01T00:00:00Z'), true)).toBe(MINUTE);
    expect(nextLookIn(chat, t('2026-12-02T08:59:59.500Z'), true)).toBe(500);
  });
});
