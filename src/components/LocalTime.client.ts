/**
 * `<iln-local-time>`, the browser half of `LocalTime.astro`: times in the reader's zone, and
 * the phase that holds at the moment of reading. The decisions are the exported functions
 * (unit-tested in tests/unit/local-time.test.ts); the element only reads and writes the page.
 */
import { formatTimeLeft } from '../lib/time/durations.ts';
import { formatClock, formatInstant } from '../lib/time/time-zones.ts';
import { type Span, isWithin, nextBoundary } from '../lib/time/timeline.ts';

const MINUTE = 60_000;
// setTimeout cannot wait longer than about 24 days; looking again every hour is cheap.
export const LONGEST_WAIT = 60 * MINUTE;

/** The span a `data-from`/`data-until` pair marks; a missing attribute leaves that end open. */
export function spanOf(from: string | undefined, until: string | undefined): Span {
  return { from: from ? new Date(from) : undefined, until: until ? new Date(until) : undefined };
}

/**
 * Which phases of one group to show at `now`: those whose span holds. Undefined when none
 * does (a clock set before the build): the build's own state then stands.
 */
export function visiblePhases(spans: readonly Span[], now: Date): boolean[] | undefined {
  const shown = spans.map((span) => isWithin(span, now));
  return shown.includes(true) ? shown : undefined;
}

/** The text of a `data-time-left` countdown at `now`. */
export function timeLeftText(now: Date, until: string | undefined): string {
  return formatTimeLeft(now, new Date(until ?? '')) ?? 'no time';
}

/**
 * How long to wait, in milliseconds, before looking again: until the next phase begins or
 * ends, until the next whole minute when a countdown is shown, and never more than an hour.
 */
export function nextLookIn(spans: readonly Span[], now: Date, hasCountdowns: boolean): number {
  const next = nextBoundary(spans, now);
  const untilNextMinute = hasCountdowns ? MINUTE - (now.getTime() % MINUTE) : Infinity;
  return Math.min(next ? next.getTime() - now.getTime() : Infinity, untilNextMinute, LONGEST_WAIT);
}

/**
 * Defines `<iln-local-time>`. The class is made here rather than at the top of the module
 * because `HTMLElement` exists only in a browser, and the unit tests import this module in Node.
 */
export function defineLocalTime(): void {
  customElements.define(
    'iln-local-time',
    class IlnLocalTime extends HTMLElement {
      #timer: ReturnType<typeof setTimeout> | undefined;

      connectedCallback() {
        // Statuses first: they matter most, and do not depend on knowing the reader's zone.
        this.update();
        const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
        try {
          for (const time of this.querySelectorAll<HTMLTimeElement>('time[data-local]')) {
            const instant = new Date(time.dateTime);
            time.textContent = time.dataset.local === 'clock' ? formatClock(instant, zone) : formatInstant(instant, zone, { city: true });
          }
        } catch {
          return; // A zone the platform cannot format: the Sydney and UTC times stand alone.
        }
        for (const element of this.querySelectorAll<HTMLElement>('[data-reveal]')) element.hidden = false;
      }

      disconnectedCallback() {
        clearTimeout(this.#timer);
      }

      /** Shows what holds now, and sets a timer for the next change. */
      update() {
        const now = new Date();
        const spans: Span[] = [];
        for (const group of this.querySelectorAll<HTMLElement>('[data-phases]')) {
          const elements = [...group.querySelectorAll<HTMLElement>(':scope > [data-phase]')];
          const groupSpans = elements.map(({ dataset }) => spanOf(dataset.from, dataset.until));
          spans.push(...groupSpans);
          visiblePhases(groupSpans, now)?.forEach((shown, index) => (elements[index]!.hidden = !shown));
        }
        const countdowns = [...this.querySelectorAll<HTMLElement>('[data-time-left]')];
        for (const element of countdowns) element.textContent = timeLeftText(now, element.dataset.timeLeft);
        clearTimeout(this.#timer);
        this.#timer = setTimeout(() => this.update(), nextLookIn(spans, now, countdowns.length > 0));
      }
    },
  );
}
