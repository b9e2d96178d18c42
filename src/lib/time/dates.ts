/**
 * Dates as editors write them (ISO 8601) and as readers see them. Nothing here reads the
 * clock: functions that depend on the present take `now`.
 */

const BARE_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

/**
 * Reads a bare ISO date (`2024-03-12`) as midnight UTC of that day.
 * Returns `undefined` for anything else, including impossible days such as `2024-02-30`.
 */
export function parseBareDate(text: string): Date | undefined {
  const match = BARE_DATE.exec(text);
  if (!match) return undefined;
  const [, year, month, day] = match.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  const roundTrips = date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return roundTrips ? date : undefined;
}

/**
 * Reads an ISO date-time that carries an offset (`2024-03-12T08:00:00+11:00` or `…Z`).
 * Returns the instant and the offset as written (`+11:00`, `Z` becomes `+00:00`), or
 * `undefined` when the text is not such a date-time.
 */
export function parseDateTime(text: string): { instant: Date; offset: string } | undefined {
  const match = DATE_TIME.exec(text);
  if (!match) return undefined;
  const [, day = '', hours = '', minutes = '', seconds = '00', zone = ''] = match;
  if (!parseBareDate(day) || Number(hours) > 23 || Number(minutes) > 59 || Number(seconds) > 59) return undefined;
  const offset = zone === 'Z' ? '+00:00' : zone;
  const [offsetHours, offsetMinutes] = offset.slice(1).split(':').map(Number) as [number, number];
  if (offsetHours > 14 || offsetMinutes > 59) return undefined;
  const instant = new Date(text);
  return Number.isNaN(instant.getTime()) ? undefined : { instant, offset };
}

/** Reads either form a `publishDate` may take: a bare date or a date-time with an offset. */
export function parseDateOrDateTime(text: string): Date | undefined {
  return parseBareDate(text) ?? parseDateTime(text)?.instant;
}

/** True when `timeZone` is an IANA zone name the platform knows (`Australia/Sydney`, `UTC`). */
export function isTimeZone(timeZone: string): boolean {
  if (/^[+-]\d/.test(timeZone)) return false; // an offset is not a zone: it has no daylight-saving rules
  try {
    formatter('en', { timeZone });
    return true;
  } catch {
    return false;
  }
}

/**
 * A zone name in the platform's capitals: `australia/sydney` → `Australia/Sydney`. Only the
 * capitals change: some platforms answer an alias (Asia/Kolkata) with an older name
 * (Asia/Calcutta), and the name an editor chose is kept then.
 */
export function canonicalTimeZone(timeZone: string): string {
  const resolved = formatter('en', { timeZone }).resolvedOptions().timeZone;
  return resolved.toLowerCase() === timeZone.toLowerCase() ? resolved : timeZone;
}

/** The UTC offset `timeZone` has at `instant`, as `+11:00`, `-05:00` or `+05:30`. */
export function offsetAt(timeZone: string, instant: Date): string {
  const name = formatter('en', { timeZone, timeZoneName: 'longOffset' })
    .formatToParts(instant)
    .find((part) => part.type === 'timeZoneName')?.value;
  // "GMT" alone means an offset of zero; otherwise "GMT+11:00".
  return !name || name === 'GMT' ? '+00:00' : name.slice(3);
}

/**
 * The instant a day begins in `timeZone`: `day` is a bare date as parseBareDate reads it
 * (midnight UTC), so `startOfDayIn(2027-03-22, 'Australia/Sydney')` is 2027-03-21T13:00Z.
 * The offset is looked up twice, at midnight UTC and then near the zone's own midnight, so a
 * day on which the clocks change begins with the offset it has at its start.
 */
export function startOfDayIn(day: Date, timeZone: string): Date {
  let instant = day;
  for (let pass = 0; pass < 2; pass += 1) instant = new Date(day.getTime() - offsetMinutes(offsetAt(timeZone, instant)) * 60_000);
  return instant;
}

/**
 * A date-time whose offset is one `timeZone` keeps at another time of year, but not on its
 * own date (`+10:00` in Sydney's summer, when it is `+11:00`): the mark of a clock change
 * missed, which moves the instant by an hour. The offset the zone has then, and the text
 * with it; undefined for a bare date, a right offset, or one the zone never has.
 */
export function missedClockChange(text: string, timeZone: string): { offset: string; corrected: string } | undefined {
  const parsed = parseDateTime(text);
  if (!parsed || skippedWallTime(text, timeZone)) return undefined;
  const offset = offsetAt(timeZone, parsed.instant);
  if (offset === parsed.offset) return undefined;
  const halfYear = 182 * 24 * 60 * 60 * 1000;
  const otherSeason = [-halfYear, halfYear].map((shift) => offsetAt(timeZone, new Date(parsed.instant.getTime() + shift)));
  if (!otherSeason.includes(parsed.offset)) return undefined;
  const corrected =
    parsed.offset === '+00:00' && text.endsWith('Z') ? `${text.slice(0, -1)}${offset}` : `${text.slice(0, -parsed.offset.length)}${offset}`;
  return { offset, corrected };
}

/**
 * When the wall-clock time `text` writes never happens in `timeZone` (02:30 on the night
 * Sydney's clocks go from 02:00 to 03:00), the hour the clocks skip, as `02:00` and `03:00`
 * with the offsets before and after; undefined when that time exists there (with any
 * offset: another zone's may be meant) or `text` is not a date-time.
 */
export function skippedWallTime(text: string, timeZone: string): { from: string; to: string; before: string; after: string } | undefined {
  const parsed = parseDateTime(text);
  if (!parsed) return undefined;
  const day = 24 * 60 * 60 * 1000;
  const before = offsetAt(timeZone, new Date(parsed.instant.getTime() - day));
  const after = offsetAt(timeZone, new Date(parsed.instant.getTime() + day));
  if (before === after) return undefined;
  const wallTime = text.slice(0, -(text.endsWith('Z') ? 1 : parsed.offset.length));
  const exists = [before, after].some((offset) => {
    const instant = new Date(`${wallTime}${offset}`);
    return !Number.isNaN(instant.getTime()) && offsetAt(timeZone, instant) === offset;
  });
  if (exists) return undefined;
  const change = changeInstant(timeZone, parsed.instant, before);
  return { from: wallClock(change, before), to: wallClock(change, after), before, after };
}

/** `+11:00` → 660, `-03:30` → -210. */
const offsetMinutes = (offset: string) => (offset.startsWith('-') ? -1 : 1) * (Number(offset.slice(1, 3)) * 60 + Number(offset.slice(4, 6)));

/** The hour and minute `instant` shows on a clock `offset` from UTC: `02:00`. */
const wallClock = (instant: number, offset: string) => new Date(instant + offsetMinutes(offset) * 60_000).toISOString().slice(11, 16);

/** The minute within a day of `near` at which `timeZone` leaves the offset `before` (zones change on whole minutes). */
function changeInstant(timeZone: string, near: Date, before: string): number {
  const minute = 60_000;
  let low = Math.floor(near.getTime() / minute) - 24 * 60;
  let high = low + 48 * 60;
  while (high - low > 1) {
    const middle = Math.floor((low + high) / 2);
    if (offsetAt(timeZone, new Date(middle * minute)) === before) low = middle;
    else high = middle;
  }
  return high * minute;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/**
 * One formatter per locale and options, made once: making an Intl.DateTimeFormat costs far
 * more than using one, and a large build formats tens of thousands of dates.
 */
export function formatter(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let made = formatters.get(key);
  if (!made) formatters.set(key, (made = new Intl.DateTimeFormat(locale, options)));
  return made;
}

/**
 * A calendar day for people: "12 March 2024". Always pass the zone the day belongs to:
 * the site's zone for publication instants, `UTC` for bare dates.
 */
export function formatDay(date: Date, timeZone: string, locale = 'en-GB'): string {
  return formatter(locale, { timeZone, day: 'numeric', month: 'long', year: 'numeric' }).format(date);
}

/** The calendar day of `date` in `timeZone` as `YYYY-MM-DD`, for `<time datetime>`. */
export function isoDay(date: Date, timeZone: string): string {
  // The Swedish locale writes dates in ISO order.
  return formatter('sv-SE', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(date);
}
