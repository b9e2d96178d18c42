/**
 * Reads iCalendar files the way a calendar app would: with ical.js, an independent,
 * well-kept parser, and never with our own code. Also checks the raw text for what a
 * parser forgives but the standard (RFC 5545) requires.
 */
import ICAL from 'ical.js';

export interface ParsedEvent {
  uid: string;
  summary: string;
  description: string | undefined;
  location: string | undefined;
  url: string | undefined;
  /** An instant for timed events; `YYYY-MM-DD` for all-day ones. */
  start: Date | string;
  /** True when DTSTART is written in UTC (ends in Z). */
  startInUtc: boolean;
  end: Date | string;
  /** DURATION as written, e.g. `PT1H`, or undefined. */
  duration: string | undefined;
  stamp: Date;
}

export interface ParsedCalendar {
  properties: Record<string, string>;
  events: ParsedEvent[];
}

const timeOf = (time: ICAL.Time) => (time.isDate ? time.toString() : time.toJSDate());

/** Parses `text` with ical.js; throws if the parser cannot read it. */
export function parseCalendar(text: string): ParsedCalendar {
  const calendar = new ICAL.Component(ICAL.parse(text));
  const properties = Object.fromEntries(calendar.getAllProperties().map((property) => [property.name, String(property.getFirstValue())]));
  const events = calendar.getAllSubcomponents('vevent').map((component) => {
    const event = new ICAL.Event(component);
    const value = (name: string) => {
      const found = component.getFirstPropertyValue(name);
      return found === null || found === undefined ? undefined : String(found);
    };
    return {
      uid: event.uid,
      summary: event.summary,
      description: event.description ?? undefined,
      location: event.location ?? undefined,
      url: value('url'),
      start: timeOf(event.startDate),
      startInUtc: event.startDate.zone === ICAL.Timezone.utcTimezone,
      end: timeOf(event.endDate),
      duration: value('duration'),
      stamp: (component.getFirstPropertyValue('dtstamp') as ICAL.Time).toJSDate(),
    };
  });
  return { properties, events };
}

/**
 * What RFC 5545 asks of the raw text, as a list of problems (empty when all is well):
 * CRLF line ends, no line longer than 75 octets, continuation lines that begin with a
 * space, and no character's bytes split across a fold.
 */
export function formatProblems(text: string): string[] {
  const problems: string[] = [];
  if (!text.endsWith('\r\n')) problems.push('the file does not end with CRLF');
  if (/[^\r]\n/.test(text)) problems.push('a line ends with LF alone');
  const lines = text.replace(/\r\n$/, '').split('\r\n');
  const encoder = new TextEncoder();
  const decoder = new TextDecoder('utf-8', { fatal: true });
  lines.forEach((line, index) => {
    const bytes = encoder.encode(line);
    if (bytes.length > 75) problems.push(`line ${index + 1} has ${bytes.length} octets: ${line}`);
    if (line.includes('\uFFFD')) problems.push(`line ${index + 1} has a broken character`);
    if (index > 0 && !/^[ \t]/.test(line) && !/^[A-Z-]+[;:]/.test(line))
      problems.push(`line ${index + 1} is neither a property nor a continuation: ${line}`);
    decoder.decode(bytes);
  });
  return problems;
}
