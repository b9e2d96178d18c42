import { describe, expect, test } from 'vitest';
import { formatMinutes, formatTimeLeft } from '../../src/lib/time/durations.ts';

describe('formatMinutes', () => {
  test('says how long a chat lasts', () => {
    expect(formatMinutes(60)).toBe('1 hour');
    expect(formatMinutes(90)).toBe('1 hour, 30 minutes');
    expect(formatMinutes(45)).toBe('45 minutes');
    expect(formatMinutes(120)).toBe('2 hours');
  });
});

describe('formatTimeLeft', () => {
  const close = new Date('2027-03-01T17:00:00+11:00');
  const before = (ms: number) => new Date(close.getTime() - ms);
  const MINUTE = 60_000;
  const HOUR = 60 * MINUTE;
  const DAY = 24 * HOUR;

  test('days and hours while a day or more is left', () => {
    expect(formatTimeLeft(new Date('2027-02-08T09:00:00+11:00'), close)).toBe('21 days, 8 hours');
    expect(formatTimeLeft(before(DAY), close)).toBe('1 day');
    expect(formatTimeLeft(before(DAY + 59 * MINUTE), close)).toBe('1 day');
  });

  test('hours and minutes on the last day, then minutes', () => {
    expect(formatTimeLeft(before(5 * HOUR + 12 * MINUTE + 30_000), close)).toBe('5 hours, 12 minutes');
    expect(formatTimeLeft(before(2 * HOUR), close)).toBe('2 hours');
    expect(formatTimeLeft(before(12 * MINUTE), close)).toBe('12 minutes');
    expect(formatTimeLeft(before(59_000), close)).toBe('less than a minute');
  });

  test('nothing once the moment has passed', () => {
    expect(formatTimeLeft(close, close)).toBeUndefined();
    expect(formatTimeLeft(new Date(close.getTime() + 1), close)).toBeUndefined();
  });
});
