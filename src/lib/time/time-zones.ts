/**
 * Instants as people in a given zone read them: "Wed 2 December 2026, 20:00 AEDT, Sydney".
 * The same functions format the organisers' announcement at build time and the reader's
 * own time in the browser (`<iln-local-time>` imports them). Every function takes
 * the zone; none reads the clock.
 */
import { formatter, offsetAt } from './dates.ts';

/**
 * English locales whose time-zone names include their own region's abbreviations: CLDR
 * gives "AEDT" only in en-AU, "CET" only in en-GB, "IST" only in en-IN, and so on. The
 * first locale that names a zone with letters wins; US English comes first because it
 * is the only one with "CST" for Chicago.
 */
const ABBREVIATION_LOCALES = ['en-US', 'en-AU', 'en-GB', 'en-IN', 'en-NZ', 'en-IE', 'en-ZA', 'en-CA'] as const;

type Parts = Readonly<Partial<Record<Intl.DateTimeFormatPartTypes, string>>>;

/** Each formatter's parts of each instant it has formatted: a build shows one chat time on many pages. */
const formattedParts = new WeakMap<Intl.DateTimeFormat, Map<number, Parts>>();

function partsOf(format: Intl.DateTimeFormat, instant: Date): Parts {
  let byInstant = formattedParts.get(format);
  if (!byInstant) formattedParts.set(format, (byInstant = new Map()));
  let parts = byInstant.get(instant.getTime());
  if (!parts) {
    parts = Object.freeze(Object.fromEntries(format.formatToParts(instant).map((part) => [part.type, part.value])));
    byInstant.set(instant.getTime(), parts);
  }
  return parts;
}

/**
 * The abbreviation people in `timeZone` use at `instant`: `AEDT` in Sydney's summer and
 * `AEST` in its winter, `CST`/`CDT` in Chicago, `IST` in Kolkata. Where no English
 * abbreviation exists the offset stands in: `UTC+9`, `UTC+5:45`.
 */
export function zoneAbbreviation(timeZone: string, instant: Date): string {
  for (const locale of ABBREVIATION_LOCALES) {
    const name = partsOf(formatter(locale, { timeZone, timeZoneName: 'short' }), instant).timeZoneName;
    if (name && /^[A-Z]{2,5}$/.test(name)) return name;
  }
  const offset = offsetAt(timeZone, instant);
  if (offset === '+00:00') return 'UTC';
  const [hours = '', minutes = ''] = offset.slice(1).split(':');
  return `UTC${offset[0]}${Number(hours)}${minutes === '00' ? '' : `:${minutes}`}`;
}

/**
 * Cities whose zone names IANA has since changed to today's spelling. Browsers still
 * report the old names (Chromium gives `Asia/Calcutta` for a reader in Kolkata), and
 * nobody in Kolkata should be told they are in Calcutta.
 */
const RENAMED_CITIES: Record<string, string> = {
  Asmera: 'Asmara',
  Calcutta: 'Kolkata',
  Dacca: 'Dhaka',
  Enderbury: 'Kanton',
  Faeroe: 'Faroe',
  Godthab: 'Nuuk',
  Katmandu: 'Kathmandu',
  Kiev: 'Kyiv',
  Ponape: 'Pohnpei',
  Rangoon: 'Yangon',
  Saigon: 'Ho Chi Minh',
  Thimbu: 'Thimphu',
  Truk: 'Chuuk',
  Ulan_Bator: 'Ulaanbaatar',
  Uzhgorod: 'Uzhhorod',
};

/**
 * The place a zone is named after, for people: `Australia/Sydney` → `Sydney`,
 * `America/Argentina/Buenos_Aires` → `Buenos Aires`, `Asia/Calcutta` → `Kolkata`.
 * Undefined for zones that are not a place (`UTC`, `Etc/GMT+5`).
 */
export function zoneCity(timeZone: string): string | undefined {
  const [area, ...rest] = timeZone.split('/');
  const city = rest.at(-1);
  if (!city || area === 'Etc') return undefined;
  return (RENAMED_CITIES[city] ?? city).replaceAll('_', ' ');
}

export interface FormatInstantOptions {
  /** Add the zone's city: "…, 20:00 AEDT, Sydney". */
  city?: boolean;
}

/**
 * An instant as a person in `timeZone` reads it, with the weekday so that nobody has to
 * work out whether it is "tomorrow" for them: `Wed 2 December 2026, 20:00 AEDT`.
 * Hours run 0–23, which reads the same in every English-speaking country.
 */
export function formatInstant(instant: Date, timeZone: string, { city = false }: FormatInstantOptions = {}): string {
  const parts = partsOf(
    formatter('en-GB', {
      timeZone,
      weekday: 'short',
      day: 'numeric',
      month: 'long',
      year: 'numeric',
    }),
    instant,
  );
  const place = city ? zoneCity(timeZone) : undefined;
  const time = formatClock(instant, timeZone);
  return `${parts.weekday} ${parts.day} ${parts.month} ${parts.year}, ${time}${place ? `, ${place}` : ''}`;
}

/** Just the time of day in `timeZone`: `21:30 AEDT`. */
export function formatClock(instant: Date, timeZone: string): string {
  const parts = partsOf(formatter('en-GB', { timeZone, hour: 'numeric', minute: '2-digit', hourCycle: 'h23' }), instant);
  return `${Number(parts.hour)}:${parts.minute} ${zoneAbbreviation(timeZone, instant)}`;
}

/**
 * The instant as an ISO 8601 date-time in `timeZone`, with that zone's offset:
 * `2026-12-02T20:00:00+11:00`. For `<time datetime>` and structured data, which should
 * say what the organisers said rather than translate it to UTC.
 */
export function isoInZone(instant: Date, timeZone: string): string {
  const parts = partsOf(
    formatter('en-GB', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
    }),
    instant,
  );
  const offset = offsetAt(timeZone, instant);
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}:${parts.second}${offset === '+00:00' ? 'Z' : offset}`;
}
