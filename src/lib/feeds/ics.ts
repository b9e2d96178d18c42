/**
 * iCalendar (RFC 5545) text for "Add to calendar" files and the subscribable calendar.
 *
 * Written here rather than with a generator package: of the two well-kept ones, `ics`
 * folds lines at 75 characters rather than 75 octets (so a title with accents breaks the
 * limit), and `ical-generator` has no DURATION property. What we need is small: timed
 * events in UTC, all-day events, text escaping and folding. The tests read every file
 * back with an independent parser (ical.js).
 */

/** When an event happens: a timed event (written in UTC), or whole days. */
export type EventTime =
  | {
      start: Date;
      /** Length in minutes; without it the event is a moment that ends where it starts. */
      durationMinutes?: number;
    }
  | {
      /** Midnight UTC of the first day, as a bare date in content is read. */
      day: Date;
      days: number;
    };

export interface CalendarEvent {
  /**
   * Globally unique and the same in every build, so that a subscriber's calendar updates
   * the event when its time changes rather than adding a second copy.
   */
  uid: string;
  summary: string;
  description?: string;
  location?: string;
  /** Where to read about the event. */
  url?: string;
  time: EventTime;
  /**
   * Whether the event takes up the person's time (a chat), as opposed to a date to know
   * about (applications open for three weeks), which must not block their calendar.
   */
  busy?: boolean;
}

export interface Calendar {
  /** Who made the file: `-//Organisation//Product//EN`. */
  productId: string;
  /** Shown by calendar apps as the calendar's name when subscribed. */
  name?: string;
  description?: string;
  /** The calendar's own address, for apps that refresh a subscription. */
  url?: string;
  /** How often subscribers should look for changes. */
  refreshHours?: number;
  events: readonly CalendarEvent[];
}

/** Escapes TEXT values (RFC 5545 §3.3.11): backslash, semicolon, comma and line breaks. */
export function escapeText(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

const encoder = new TextEncoder();
const LINE_OCTETS = 75;
/** Room for one character's UTF-8 octets, reused: encoding each character into a new array cost 0.8 s a build at 3,000 entries. */
const characterOctets = new Uint8Array(4);

/**
 * Folds a content line so that no line is longer than 75 octets (RFC 5545 §3.1): the
 * rest continues on lines that begin with one space. Never splits a character's UTF-8
 * bytes across lines.
 */
export function foldLine(line: string): string {
  const lines: string[] = [];
  let current = '';
  let octets = 0;
  for (const character of line) {
    const size = encoder.encodeInto(character, characterOctets).written;
    if (octets + size > LINE_OCTETS) {
      lines.push(current);
      current = ' ';
      octets = 1;
    }
    current += character;
    octets += size;
  }
  lines.push(current);
  return lines.join('\r\n');
}

/** An instant in UTC as iCalendar writes it: `20261202T090000Z`. */
export function utcDateTime(instant: Date): string {
  return instant
    .toISOString()
    .replace(/\.\d{3}/, '')
    .replace(/[-:]/g, '');
}

/** The UTC calendar day of `day`: `20270322`. */
export function dateValue(day: Date): string {
  return day.toISOString().slice(0, 10).replace(/-/g, '');
}

/**
 * A length of time as an iCalendar duration: `PT1H`, `PT1H30M`, `PT45M`, `PT0S`,
 * `P21DT8H`. Days are 24 hours here because every timed event starts in UTC.
 */
export function duration(minutes: number): string {
  const days = Math.floor(minutes / (24 * 60));
  const hours = Math.floor((minutes % (24 * 60)) / 60);
  const rest = minutes % 60;
  if (minutes === 0) return 'PT0S';
  const time = hours || rest ? `T${hours ? `${hours}H` : ''}${rest ? `${rest}M` : ''}` : '';
  return `P${days ? `${days}D` : ''}${time}`;
}

function eventLines(event: CalendarEvent, stamp: Date): string[] {
  const { time } = event;
  const when =
    'day' in time
      ? [`DTSTART;VALUE=DATE:${dateValue(time.day)}`, `DURATION:P${time.days}D`]
      : [`DTSTART:${utcDateTime(time.start)}`, ...(time.durationMinutes === undefined ? [] : [`DURATION:${duration(time.durationMinutes)}`])];
  return [
    'BEGIN:VEVENT',
    `UID:${escapeText(event.uid)}`,
    `DTSTAMP:${utcDateTime(stamp)}`,
    ...when,
    `TRANSP:${event.busy ? 'OPAQUE' : 'TRANSPARENT'}`,
    `SUMMARY:${escapeText(event.summary)}`,
    ...(event.description ? [`DESCRIPTION:${escapeText(event.description)}`] : []),
    ...(event.location ? [`LOCATION:${escapeText(event.location)}`] : []),
    ...(event.url ? [`URL:${event.url}`] : []),
    'END:VEVENT',
  ];
}

/**
 * The whole iCalendar file: CRLF line ends, folded lines, events in the order given.
 * `now` is the DTSTAMP of every event: the instant the file was made.
 */
export function calendarText(calendar: Calendar, now: Date): string {
  const refresh = calendar.refreshHours ? `PT${calendar.refreshHours}H` : undefined;
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${calendar.productId}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    ...(calendar.name ? [`NAME:${escapeText(calendar.name)}`, `X-WR-CALNAME:${escapeText(calendar.name)}`] : []),
    ...(calendar.description ? [`DESCRIPTION:${escapeText(calendar.description)}`, `X-WR-CALDESC:${escapeText(calendar.description)}`] : []),
    ...(calendar.url ? [`SOURCE;VALUE=URI:${calendar.url}`] : []),
    ...(refresh ? [`REFRESH-INTERVAL;VALUE=DURATION:${refresh}`, `X-PUBLISHED-TTL:${refresh}`] : []),
    ...calendar.events.flatMap((event) => eventLines(event, now)),
    'END:VCALENDAR',
  ];
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}
