/**
 * States that follow each other in time: a chat is upcoming, then live, then past; the
 * signup form is closed, then open, then closed again. A build writes every phase that is
 * still to come into the page, and the browser shows the one that holds at the reader's
 * instant, so that a page built last week does not say "open" once the form has closed.
 */

/** A span of time, `from` inclusive and `until` exclusive; a missing end is unbounded. */
export interface Span {
  from?: Date | undefined;
  until?: Date | undefined;
}

/** A state and the span in which it holds. */
export interface Phase<T> extends Span {
  state: T;
}

/** True when `now` lies in the span. */
export function isWithin({ from, until }: Span, now: Date): boolean {
  const t = now.getTime();
  return (!from || from.getTime() <= t) && (!until || t < until.getTime());
}

/** The phase that holds at `now`, if any. */
export function phaseAt<T>(phases: readonly Phase<T>[], now: Date): Phase<T> | undefined {
  return phases.find((phase) => isWithin(phase, now));
}

/** The first start or end of any span that comes after `now`: when the page must look again. */
export function nextBoundary(spans: readonly Span[], now: Date): Date | undefined {
  const t = now.getTime();
  const later = spans.flatMap(({ from, until }) => [from, until]).filter((date): date is Date => !!date && date.getTime() > t);
  return later.sort((a, b) => a.getTime() - b.getTime())[0];
}

/**
 * Cuts time at `boundaries` and asks `stateAt` what holds in each piece, from the
 * beginning of time to the end of it. Neighbouring pieces in the same state (by `key`)
 * become one phase, so that the result is the list of real changes.
 */
export function phasesOf<T>(boundaries: readonly Date[], stateAt: (instant: Date) => T, key: (state: T) => string = String): Phase<T>[] {
  const cuts = [...new Set(boundaries.map((date) => date.getTime()))].sort((a, b) => a - b).map((t) => new Date(t));
  const first = cuts[0];
  const pieces: Phase<T>[] = [
    { state: stateAt(first ? new Date(first.getTime() - 1) : new Date(0)), until: first },
    ...cuts.map((from, index) => ({ state: stateAt(from), from, until: cuts[index + 1] })),
  ];
  return pieces.reduce<Phase<T>[]>((merged, piece) => {
    const last = merged.at(-1);
    if (last && key(last.state) === key(piece.state)) last.until = piece.until;
    else merged.push({ ...piece });
    return merged;
  }, []);
}

/**
 * The attributes that mark one phase in the page: its name and span for `<iln-local-time>`,
 * which shows the phase that holds when the page is read, and `hidden` unless it holds at
 * `now`, so that a reader without JavaScript sees the phase of the build.
 */
export function phaseAttributes({ from, until }: Span, name: string, now: Date) {
  return { 'data-phase': name, 'data-from': from?.toISOString(), 'data-until': until?.toISOString(), hidden: !isWithin({ from, until }, now) };
}

/** The phases that have not ended by `now`: the ones a page built at `now` may still need. */
export function phasesFrom<T>(phases: readonly Phase<T>[], now: Date): Phase<T>[] {
  return phases.filter((phase) => !phase.until || phase.until.getTime() > now.getTime());
}
