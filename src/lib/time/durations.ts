/** Lengths of time for people: "1 hour 30 minutes", "20 days, 5 hours". */

const MINUTE = 60 * 1000;
const HOUR = 60 * MINUTE;
/** A day of 24 hours, in milliseconds. */
export const DAY = 24 * HOUR;

type Unit = 'day' | 'hour' | 'minute';

const units = new Map<Unit, Intl.NumberFormat>();
function unit(value: number, name: Unit): string {
  let format = units.get(name);
  if (!format) units.set(name, (format = new Intl.NumberFormat('en', { style: 'unit', unit: name, unitDisplay: 'long' })));
  return format.format(value);
}

const list = new Intl.ListFormat('en', { style: 'long', type: 'unit' });

/** The length of a chat in minutes: `60` is `1 hour`, `90` is `1 hour, 30 minutes`, `45` is `45 minutes`. */
export function formatMinutes(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return list.format([hours > 0 ? unit(hours, 'hour') : '', rest > 0 || hours === 0 ? unit(rest, 'minute') : ''].filter(Boolean));
}

/**
 * How long is left from `now` until `until`, as precisely as a person needs it: days and
 * hours while a day or more is left, then hours and minutes, then minutes, then
 * "less than a minute". Rounds down, so that it never promises time that is not there.
 * Undefined once `until` has passed.
 */
export function formatTimeLeft(now: Date, until: Date): string | undefined {
  const left = until.getTime() - now.getTime();
  if (left <= 0) return undefined;
  if (left < MINUTE) return 'less than a minute';
  const days = Math.floor(left / DAY);
  const hours = Math.floor((left % DAY) / HOUR);
  const minutes = Math.floor((left % HOUR) / MINUTE);
  const parts =
    days > 0
      ? [unit(days, 'day'), hours > 0 ? unit(hours, 'hour') : '']
      : [hours > 0 ? unit(hours, 'hour') : '', minutes > 0 ? unit(minutes, 'minute') : ''];
  return list.format(parts.filter(Boolean));
}
