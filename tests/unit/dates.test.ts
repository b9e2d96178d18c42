import { describe, expect, test } from 'vitest';
import {
  formatDay,
  isTimeZone,
  isoDay,
  missedClockChange,
  skippedWallTime,
  offsetAt,
  parseBareDate,
  parseDateOrDateTime,
  parseDateTime,
  startOfDayIn,
} from '../../src/lib/time/dates.ts';

const utc = (text: string) => new Date(text);

test('runs in a zone that is neither UTC nor Sydney, so a forgotten zone shows', () => {
  // 03:00 UTC on 2 March is still 1 March in Los Angeles (tests/vitest.config.ts sets TZ).
  expect(new Date('2026-03-02T03:00:00Z').getDate()).toBe(1);
});

describe('parseBareDate', () => {
  test('reads a bare date as midnight UTC of that day', () => {
    expect(parseBareDate('2024-03-12')?.toISOString()).toBe('2024-03-12T00:00:00.000Z');
  });

  test('accepts 29 February in a leap year', () => {
    expect(parseBareDate('2024-02-29')?.toISOString()).toBe('2024-02-29T00:00:00.000Z');
  });

  test.each(['2024-02-30', '2023-02-29', '2024-04-31', '2024-13-01', '2024-00-10', '2024-03-00'])('rejects the impossible day %s', (text) => {
    expect(parseBareDate(text)).toBeUndefined();
  });

  test.each(['2024-3-12', '12/03/2024', '2024-03-12T00:00:00Z', ' 2024-03-12', '20240312', ''])(
    'rejects %j, which is not a bare ISO date',
    (text) => {
      expect(parseBareDate(text)).toBeUndefined();
    },
  );
});

describe('parseDateTime', () => {
  test('reads a date-time with a positive offset as the instant it names', () => {
    expect(parseDateTime('2024-03-12T08:00:00+11:00')).toEqual({ instant: utc('2024-03-11T21:00:00Z'), offset: '+11:00' });
  });

  test('reads a negative offset', () => {
    expect(parseDateTime('2024-03-12T08:00:00-05:00')).toEqual({ instant: utc('2024-03-12T13:00:00Z'), offset: '-05:00' });
  });

  test('reads a half-hour offset', () => {
    expect(parseDateTime('2024-03-12T20:00:00+05:30')).toEqual({ instant: utc('2024-03-12T14:30:00Z'), offset: '+05:30' });
  });

  test('reads Z as the offset +00:00', () => {
    expect(parseDateTime('2024-03-12T08:00:00Z')).toEqual({ instant: utc('2024-03-12T08:00:00Z'), offset: '+00:00' });
  });

  test('accepts a time without seconds and one with fractions of a second', () => {
    expect(parseDateTime('2024-03-12T08:00+11:00')?.instant).toEqual(utc('2024-03-11T21:00:00Z'));
    expect(parseDateTime('2024-03-12T08:00:00.250+11:00')?.instant).toEqual(utc('2024-03-11T21:00:00.250Z'));
  });

  test('rejects a date-time without an offset, which would be read in whatever zone the build runs in', () => {
    expect(parseDateTime('2024-03-12T08:00:00')).toBeUndefined();
    expect(parseDateTime('2024-03-12T08:00')).toBeUndefined();
  });

  test('rejects a bare date', () => {
    expect(parseDateTime('2024-03-12')).toBeUndefined();
  });

  test.each([
    ['an impossible day', '2024-02-30T08:00:00+11:00'],
    ['hour 24', '2024-03-12T24:00:00+11:00'],
    ['minute 60', '2024-03-12T08:60:00+11:00'],
    ['second 60', '2024-03-12T08:00:60+11:00'],
    ['an offset beyond +14:00', '2024-03-12T08:00:00+15:00'],
    ['offset minutes beyond 59', '2024-03-12T08:00:00+10:60'],
    ['an offset without a colon', '2024-03-12T08:00:00+1100'],
    ['a space instead of T', '2024-03-12 08:00:00+11:00'],
    ['a zone name instead of an offset', '2024-03-12T08:00:00 AEDT'],
  ])('rejects %s', (_, text) => {
    expect(parseDateTime(text)).toBeUndefined();
  });
});

describe('parseDateOrDateTime', () => {
  test('reads a bare date as midnight UTC', () => {
    expect(parseDateOrDateTime('2025-03-17')).toEqual(utc('2025-03-17T00:00:00Z'));
  });

  test('reads a date-time with its offset', () => {
    expect(parseDateOrDateTime('2025-03-17T09:00:00+11:00')).toEqual(utc('2025-03-16T22:00:00Z'));
  });

  test('rejects a date-time without an offset and an impossible day', () => {
    expect(parseDateOrDateTime('2025-03-17T09:00:00')).toBeUndefined();
    expect(parseDateOrDateTime('2025-02-30')).toBeUndefined();
  });
});

describe('isTimeZone', () => {
  test.each(['Australia/Sydney', 'Asia/Kolkata', 'America/Chicago', 'Europe/Budapest', 'Pacific/Auckland', 'UTC'])(
    'accepts the IANA zone %s',
    (zone) => {
      expect(isTimeZone(zone)).toBe(true);
    },
  );

  test.each(['+11:00', '-05:00', '+10', 'Mars/Olympus_Mons', 'Sydney', ''])('rejects %j, which is not an IANA zone', (zone) => {
    expect(isTimeZone(zone)).toBe(false);
  });
});

describe('startOfDayIn', () => {
  test('is the instant a day begins in a zone, on clock-change days too', () => {
    const day = (text: string) => new Date(`${text}T00:00:00Z`);
    expect(startOfDayIn(day('2027-03-22'), 'Australia/Sydney').toISOString()).toBe('2027-03-21T13:00:00.000Z');
    expect(startOfDayIn(day('2027-07-19'), 'Australia/Sydney').toISOString()).toBe('2027-07-18T14:00:00.000Z');
    // Sydney's clocks go forward at 02:00 on 4 October 2026: the day begins in winter time.
    expect(startOfDayIn(day('2026-10-04'), 'Australia/Sydney').toISOString()).toBe('2026-10-03T14:00:00.000Z');
    expect(startOfDayIn(day('2026-10-05'), 'Australia/Sydney').toISOString()).toBe('2026-10-04T13:00:00.000Z');
    expect(startOfDayIn(day('2026-11-02'), 'America/Chicago').toISOString()).toBe('2026-11-02T06:00:00.000Z');
    expect(startOfDayIn(day('2026-11-02'), 'UTC').toISOString()).toBe('2026-11-02T00:00:00.000Z');
  });
});

describe('offsetAt', () => {
  describe('Australia/Sydney', () => {
    // Summer time ends on the first Sunday of April: 2025-04-06 03:00 AEDT becomes 02:00 AEST,
    // which is 2025-04-05 16:00 UTC.
    test('is +11:00 in the last second of summer time in April', () => {
      expect(offsetAt('Australia/Sydney', utc('2025-04-05T15:59:59Z'))).toBe('+11:00');
    });

    test('is +10:00 from the instant summer time ends in April', () => {
      expect(offsetAt('Australia/Sydney', utc('2025-04-05T16:00:00Z'))).toBe('+10:00');
    });

    test('gives each reading of the repeated hour its own offset', () => {
      // 02:30 happens twice on 2025-04-06: first in summer time, then an hour later in standard time.
      expect(offsetAt('Australia/Sydney', parseDateTime('2025-04-06T02:30:00+11:00')!.instant)).toBe('+11:00');
      expect(offsetAt('Australia/Sydney', parseDateTime('2025-04-06T02:30:00+10:00')!.instant)).toBe('+10:00');
    });

    // Summer time starts on the first Sunday of October: 2026-10-04 02:00 AEST becomes 03:00 AEDT,
    // which is 2026-10-03 16:00 UTC.
    test('is +10:00 in the last second of standard time in October', () => {
      expect(offsetAt('Australia/Sydney', utc('2026-10-03T15:59:59Z'))).toBe('+10:00');
    });

    test('is +11:00 from the instant summer time starts in October', () => {
      expect(offsetAt('Australia/Sydney', utc('2026-10-03T16:00:00Z'))).toBe('+11:00');
    });

    test('is +11:00 in January and +10:00 in July', () => {
      expect(offsetAt('Australia/Sydney', utc('2026-01-15T00:00:00Z'))).toBe('+11:00');
      expect(offsetAt('Australia/Sydney', utc('2026-07-15T00:00:00Z'))).toBe('+10:00');
    });
  });

  test('is +05:30 all year in Asia/Kolkata', () => {
    expect(offsetAt('Asia/Kolkata', utc('2026-01-15T00:00:00Z'))).toBe('+05:30');
    expect(offsetAt('Asia/Kolkata', utc('2026-07-15T00:00:00Z'))).toBe('+05:30');
  });

  test('is -06:00 in winter and -05:00 in summer in America/Chicago', () => {
    expect(offsetAt('America/Chicago', utc('2026-01-15T00:00:00Z'))).toBe('-06:00');
    expect(offsetAt('America/Chicago', utc('2026-07-15T00:00:00Z'))).toBe('-05:00');
  });

  test('switches America/Chicago to summer time at 2:00 on the second Sunday of March', () => {
    // 2026-03-08 02:00 CST is 08:00 UTC.
    expect(offsetAt('America/Chicago', utc('2026-03-08T07:59:59Z'))).toBe('-06:00');
    expect(offsetAt('America/Chicago', utc('2026-03-08T08:00:00Z'))).toBe('-05:00');
  });

  test('is +01:00 in winter and +02:00 in summer in Europe/Budapest', () => {
    expect(offsetAt('Europe/Budapest', utc('2026-01-15T00:00:00Z'))).toBe('+01:00');
    expect(offsetAt('Europe/Budapest', utc('2026-07-15T00:00:00Z'))).toBe('+02:00');
  });

  test('is +13:00 in the southern summer and +12:00 in winter in Pacific/Auckland', () => {
    expect(offsetAt('Pacific/Auckland', utc('2026-01-15T00:00:00Z'))).toBe('+13:00');
    expect(offsetAt('Pacific/Auckland', utc('2026-07-15T00:00:00Z'))).toBe('+12:00');
  });

  test('writes the offset of UTC as +00:00', () => {
    expect(offsetAt('UTC', utc('2026-07-15T00:00:00Z'))).toBe('+00:00');
    expect(offsetAt('Europe/London', utc('2026-01-15T00:00:00Z'))).toBe('+00:00');
  });

  test('does not depend on the zone the process runs in', () => {
    // The process runs in Los Angeles (-07:00 in July); the answer is Sydney's.
    expect(offsetAt('Australia/Sydney', utc('2026-07-15T00:00:00Z'))).not.toBe('-07:00');
  });
});

describe('formatDay', () => {
  // 03:00 UTC on 2 March 2026: 14:00 on 2 March in Sydney, 19:00 on 1 March in Los Angeles.
  const instant = utc('2026-03-02T03:00:00Z');

  test('gives the day in the zone passed, not the zone the process runs in', () => {
    expect(formatDay(instant, 'Australia/Sydney')).toBe('2 March 2026');
    expect(formatDay(instant, 'UTC')).toBe('2 March 2026');
    expect(formatDay(instant, 'America/Los_Angeles')).toBe('1 March 2026');
  });

  test('gives the day Sydney has already reached while UTC has not', () => {
    // 14:00 UTC on 1 March is 01:00 on 2 March in Sydney.
    expect(formatDay(utc('2026-03-01T14:00:00Z'), 'Australia/Sydney')).toBe('2 March 2026');
    expect(formatDay(utc('2026-03-01T14:00:00Z'), 'UTC')).toBe('1 March 2026');
  });

  test('shows a bare date as the day written when formatted in UTC', () => {
    expect(formatDay(parseBareDate('2024-03-12')!, 'UTC')).toBe('12 March 2024');
  });

  test('writes the day in the locale passed', () => {
    expect(formatDay(instant, 'UTC', 'hu')).toBe('2026. március 2.');
    expect(formatDay(instant, 'UTC', 'en-US')).toBe('March 2, 2026');
  });
});

describe('isoDay', () => {
  test('gives YYYY-MM-DD of the day in the zone passed', () => {
    expect(isoDay(utc('2026-03-01T14:00:00Z'), 'Australia/Sydney')).toBe('2026-03-02');
    expect(isoDay(utc('2026-03-01T14:00:00Z'), 'UTC')).toBe('2026-03-01');
    expect(isoDay(utc('2026-03-02T03:00:00Z'), 'America/Los_Angeles')).toBe('2026-03-01');
  });

  test('keeps a bare date on its own day in UTC', () => {
    expect(isoDay(parseBareDate('2024-01-05')!, 'UTC')).toBe('2024-01-05');
  });
});

describe('missedClockChange', () => {
  test('an offset Sydney keeps at another time of year, but not on that date', () => {
    // Sydney's summer time starts on 4 October 2026: +11:00 from then.
    expect(missedClockChange('2026-10-12T09:00:00+10:00', 'Australia/Sydney')).toEqual({ offset: '+11:00', corrected: '2026-10-12T09:00:00+11:00' });
    expect(missedClockChange('2026-06-01T09:00:00+11:00', 'Australia/Sydney')).toEqual({ offset: '+10:00', corrected: '2026-06-01T09:00:00+10:00' });
  });

  test('a right offset, another zone’s offset or a bare date is no clock change missed', () => {
    expect(missedClockChange('2026-10-12T09:00:00+11:00', 'Australia/Sydney')).toBeUndefined();
    expect(missedClockChange('2026-10-12T09:00:00+01:00', 'Australia/Sydney')).toBeUndefined();
    expect(missedClockChange('2026-10-12', 'Australia/Sydney')).toBeUndefined();
    expect(missedClockChange('2026-10-12T09:00:00Z', 'UTC')).toBeUndefined();
  });
});

describe('skippedWallTime', () => {
  test('02:30 on the night Sydney goes from 02:00 to 03:00, with either offset', () => {
    const skipped = { from: '02:00', to: '03:00', before: '+10:00', after: '+11:00' };
    expect(skippedWallTime('2026-10-04T02:30:00+10:00', 'Australia/Sydney')).toEqual(skipped);
    expect(skippedWallTime('2026-10-04T02:30:00+11:00', 'Australia/Sydney')).toEqual(skipped);
    expect(missedClockChange('2026-10-04T02:30:00+11:00', 'Australia/Sydney')).toBeUndefined();
  });

  test('New York skips 02:00-03:00 in March; Lord Howe Island skips half an hour', () => {
    expect(skippedWallTime('2027-03-14T02:15:00-05:00', 'America/New_York')).toEqual({
      from: '02:00',
      to: '03:00',
      before: '-05:00',
      after: '-04:00',
    });
    expect(skippedWallTime('2026-10-04T02:10:00+10:30', 'Australia/Lord_Howe')).toEqual({
      from: '02:00',
      to: '02:30',
      before: '+10:30',
      after: '+11:00',
    });
  });

  test('times that happen: around the change, the hour repeated when clocks go back, a day without a change', () => {
    expect(skippedWallTime('2026-10-04T01:59:00+10:00', 'Australia/Sydney')).toBeUndefined();
    expect(skippedWallTime('2026-10-04T03:00:00+11:00', 'Australia/Sydney')).toBeUndefined();
    expect(skippedWallTime('2026-04-05T02:30:00+11:00', 'Australia/Sydney')).toBeUndefined();
    expect(skippedWallTime('2026-07-01T02:30:00+10:00', 'Australia/Sydney')).toBeUndefined();
    expect(skippedWallTime('2026-10-04', 'Australia/Sydney')).toBeUndefined();
  });
});
