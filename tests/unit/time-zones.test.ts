import { describe, expect, test } from 'vitest';
import { formatClock, formatInstant, isoInZone, zoneAbbreviation, zoneCity } from '../../src/lib/time/time-zones.ts';

/** The live chat of "Leadership without a title": 20:00 in Sydney's summer. */
const CHAT = new Date('2026-12-02T20:00:00+11:00');

describe('formatInstant', () => {
  test('shows the instant as the organisers announced it, and as readers elsewhere see it', () => {
    expect(formatInstant(CHAT, 'Australia/Sydney', { city: true })).toBe('Wed 2 December 2026, 20:00 AEDT, Sydney');
    expect(formatInstant(CHAT, 'UTC', { city: true })).toBe('Wed 2 December 2026, 9:00 UTC');
    expect(formatInstant(CHAT, 'America/Chicago', { city: true })).toBe('Wed 2 December 2026, 3:00 CST, Chicago');
    expect(formatInstant(CHAT, 'Europe/Budapest', { city: true })).toBe('Wed 2 December 2026, 10:00 CET, Budapest');
    expect(formatInstant(CHAT, 'Asia/Kolkata', { city: true })).toBe('Wed 2 December 2026, 14:30 IST, Kolkata');
    expect(formatInstant(CHAT, 'Pacific/Auckland', { city: true })).toBe('Wed 2 December 2026, 22:00 NZDT, Auckland');
  });

  test('names the weekday and date of the reader, which may be another day than Sydney’s', () => {
    const morningInSydney = new Date('2027-03-10T08:00:00+11:00');
    expect(formatInstant(morningInSydney, 'Australia/Sydney')).toBe('Wed 10 March 2027, 8:00 AEDT');
    expect(formatInstant(morningInSydney, 'America/Chicago')).toBe('Tue 9 March 2027, 15:00 CST');
  });

  test('tells apart the hour that happens twice when Sydney leaves daylight saving (first Sunday of April)', () => {
    expect(formatInstant(new Date('2027-04-03T15:30:00Z'), 'Australia/Sydney')).toBe('Sun 4 April 2027, 2:30 AEDT');
    expect(formatInstant(new Date('2027-04-03T16:30:00Z'), 'Australia/Sydney')).toBe('Sun 4 April 2027, 2:30 AEST');
  });

  test('skips the hour that never happens when Sydney starts daylight saving (first Sunday of October)', () => {
    expect(formatInstant(new Date('2026-10-03T15:59:00Z'), 'Australia/Sydney')).toBe('Sun 4 October 2026, 1:59 AEST');
    expect(formatInstant(new Date('2026-10-03T16:00:00Z'), 'Australia/Sydney')).toBe('Sun 4 October 2026, 3:00 AEDT');
  });

  test('a chat at 20:00 Sydney time moves for readers elsewhere when Sydney’s clocks change', () => {
    const before = new Date('2027-03-31T20:00:00+11:00');
    const after = new Date('2027-04-07T20:00:00+10:00');
    expect([before, after].map((instant) => formatClock(instant, 'Australia/Sydney'))).toEqual(['20:00 AEDT', '20:00 AEST']);
    expect([before, after].map((instant) => formatClock(instant, 'America/Chicago'))).toEqual(['4:00 CDT', '5:00 CDT']);
    expect([before, after].map((instant) => formatClock(instant, 'Europe/Budapest'))).toEqual(['11:00 CEST', '12:00 CEST']);
    expect([before, after].map((instant) => formatClock(instant, 'Asia/Kolkata'))).toEqual(['14:30 IST', '15:30 IST']);
    // New Zealand leaves daylight saving on the same night, so Auckland keeps 22:00.
    expect([before, after].map((instant) => formatClock(instant, 'Pacific/Auckland'))).toEqual(['22:00 NZDT', '22:00 NZST']);
  });

  test('a chat announced in Sydney’s spring keeps its Sydney time across the October change', () => {
    const before = new Date('2026-09-30T20:00:00+10:00');
    const after = new Date('2026-10-07T20:00:00+11:00');
    expect(formatInstant(before, 'Australia/Sydney')).toBe('Wed 30 September 2026, 20:00 AEST');
    expect(formatInstant(after, 'Australia/Sydney')).toBe('Wed 7 October 2026, 20:00 AEDT');
    expect(formatInstant(before, 'UTC')).toBe('Wed 30 September 2026, 10:00 UTC');
    expect(formatInstant(after, 'UTC')).toBe('Wed 7 October 2026, 9:00 UTC');
  });

  test('does not depend on the zone of the machine it runs on', () => {
    expect(process.env.TZ).toBe('America/Los_Angeles');
    expect(formatInstant(CHAT, 'Australia/Sydney')).toBe('Wed 2 December 2026, 20:00 AEDT');
  });
});

describe('zoneAbbreviation', () => {
  test('uses the abbreviation people in the zone use, in summer and winter', () => {
    const summer = new Date('2026-12-02T09:00:00Z');
    const winter = new Date('2026-07-02T09:00:00Z');
    expect([summer, winter].map((instant) => zoneAbbreviation('Australia/Sydney', instant))).toEqual(['AEDT', 'AEST']);
    expect([summer, winter].map((instant) => zoneAbbreviation('America/Chicago', instant))).toEqual(['CST', 'CDT']);
    expect([summer, winter].map((instant) => zoneAbbreviation('Europe/Budapest', instant))).toEqual(['CET', 'CEST']);
    expect([summer, winter].map((instant) => zoneAbbreviation('Asia/Kolkata', instant))).toEqual(['IST', 'IST']);
    expect([summer, winter].map((instant) => zoneAbbreviation('Pacific/Auckland', instant))).toEqual(['NZDT', 'NZST']);
    expect([summer, winter].map((instant) => zoneAbbreviation('Europe/London', instant))).toEqual(['GMT', 'BST']);
  });

  test('falls back to the offset from UTC where English has no abbreviation', () => {
    const instant = new Date('2026-12-02T09:00:00Z');
    expect(zoneAbbreviation('Asia/Tokyo', instant)).toBe('UTC+9');
    expect(zoneAbbreviation('Asia/Kathmandu', instant)).toBe('UTC+5:45');
    expect(zoneAbbreviation('America/Sao_Paulo', instant)).toBe('UTC-3');
    expect(zoneAbbreviation('UTC', instant)).toBe('UTC');
  });
});

describe('zoneCity', () => {
  test('names the place a zone is named after', () => {
    expect(zoneCity('Australia/Sydney')).toBe('Sydney');
    expect(zoneCity('America/Argentina/Buenos_Aires')).toBe('Buenos Aires');
    expect(zoneCity('UTC')).toBeUndefined();
    // Browsers report some zones by their old names; people live in today's cities.
    expect(zoneCity('Asia/Calcutta')).toBe('Kolkata');
    expect(zoneCity('Asia/Saigon')).toBe('Ho Chi Minh');
    expect(zoneCity('Europe/Kiev')).toBe('Kyiv');
    expect(zoneCity('Etc/GMT+5')).toBeUndefined();
  });
});

describe('isoInZone', () => {
  test('writes the instant with the offset the zone has then', () => {
    expect(isoInZone(CHAT, 'Australia/Sydney')).toBe('2026-12-02T20:00:00+11:00');
    expect(isoInZone(new Date('2027-04-07T20:00:00+10:00'), 'Australia/Sydney')).toBe('2027-04-07T20:00:00+10:00');
    expect(isoInZone(CHAT, 'Asia/Kolkata')).toBe('2026-12-02T14:30:00+05:30');
    expect(isoInZone(CHAT, 'America/Chicago')).toBe('2026-12-02T03:00:00-06:00');
    expect(isoInZone(CHAT, 'UTC')).toBe('2026-12-02T09:00:00Z');
  });

  test('round-trips: the text means the same instant', () => {
    for (const zone of ['Australia/Sydney', 'Asia/Kolkata', 'America/Chicago', 'Pacific/Auckland']) {
      expect(new Date(isoInZone(CHAT, zone)).getTime()).toBe(CHAT.getTime());
    }
  });
});
