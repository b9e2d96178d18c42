/** Where a round stands at a given instant, and what someone who wants to join can do. */
import { startOfDayIn } from '../time/dates.ts';
import { DAY } from '../time/durations.ts';
import { type Phase, phasesOf } from '../time/timeline.ts';

export interface RoundDates {
  number: number;
  applicationsOpen: Date;
  applicationsClose: Date;
  /** The day partnerships begin, as a bare date (midnight UTC); roundStatus counts it in the programme's zone. */
  partnershipsStart: Date;
  /** The last day of the supported partnership, as a bare date (midnight UTC). */
  partnershipsEnd: Date;
}

/**
 * - `upcoming`: applications have not opened yet
 * - `open`: the signup form is open
 * - `matching`: applications have closed and partners are being matched
 * - `running`: partnerships are under way
 * - `finished`: the supported partnership has ended
 */
export type RoundStatus = 'upcoming' | 'open' | 'matching' | 'running' | 'finished';

/**
 * The one name of a round on every page, feed and calendar: its file's `title` when it has
 * one, otherwise "Round N". `roundName({ number: 3 })` is `Round 3`;
 * `roundName({ number: 1, title: 'Round 1, 2025' })` is `Round 1, 2025`.
 */
export function roundName(round: { number: number; title?: string | undefined }): string {
  return round.title ?? `Round ${round.number}`;
}

/**
 * Looks up round names by number among `rounds`; a number with no round file (which the
 * content check does not allow) still gets "Round N".
 */
export function roundNamesOf(rounds: readonly { number: number; title?: string | undefined }[]): (number: number) => string {
  const names = new Map(rounds.map((round) => [round.number, roundName(round)]));
  return (number) => names.get(number) ?? roundName({ number });
}

/**
 * What a round's page says while it has no topic: the first is posted when partnerships
 * begin, so only before then is it a promise.
 */
export function withoutTopics(status: RoundStatus): string {
  if (status === 'running') return 'No topic of this round has been posted yet.';
  if (status === 'finished') return 'This round has no topics on this site.';
  return 'The first topic of this round is posted when partnerships begin.';
}

/**
 * The times a round's status changes, in order. The partnership dates are whole days in
 * `timeZone`, the programme's (site.timeZone): partnerships begin as their first day begins
 * there, when the round's first topic comes out that morning, and end as their last day does.
 */
function roundBoundaries(round: RoundDates, timeZone: string): [Date, Date, Date, Date] {
  return [
    round.applicationsOpen,
    round.applicationsClose,
    startOfDayIn(round.partnershipsStart, timeZone),
    startOfDayIn(new Date(round.partnershipsEnd.getTime() + DAY), timeZone),
  ];
}

/** Where a round whose status changes at `boundaries` (roundBoundaries) stands at `now`. */
function statusAt([open, close, start, end]: readonly [Date, Date, Date, Date], now: Date): RoundStatus {
  const t = now.getTime();
  if (t < open.getTime()) return 'upcoming';
  if (t < close.getTime()) return 'open';
  if (t < start.getTime()) return 'matching';
  if (t < end.getTime()) return 'running';
  return 'finished';
}

/** The status of `round` at `now`, its partnership days counted in `timeZone`. */
export function roundStatus(round: RoundDates, now: Date, timeZone: string): RoundStatus {
  return statusAt(roundBoundaries(round, timeZone), now);
}

/** Every status `round` goes through, each with its span: what a round's page shows at any instant. */
export function roundPhases(round: RoundDates, timeZone: string): Phase<RoundStatus>[] {
  // The boundaries once: each is a time-zone lookup, and phasesOf asks for the status of every piece.
  const boundaries = roundBoundaries(round, timeZone);
  return phasesOf(boundaries, (instant) => statusAt(boundaries, instant));
}

/**
 * What someone who wants to join can do at an instant:
 * - `open`: apply to `round` now
 * - `upcoming`: wait for `round` to open
 * - `none`: no round is open or scheduled
 */
export type Signup<T extends RoundDates = RoundDates> = { state: 'open'; round: T } | { state: 'upcoming'; round: T } | { state: 'none' };

/** Whether a round's applications are still to open, open, or closed at `now`. */
function applicationsAt(round: RoundDates, now: Date): 'upcoming' | 'open' | 'closed' {
  if (now.getTime() < round.applicationsOpen.getTime()) return 'upcoming';
  return now.getTime() < round.applicationsClose.getTime() ? 'open' : 'closed';
}

/**
 * The signup situation at `now`: the round open for applications (the one that opened
 * first, should two overlap), else the next to open, else none.
 */
export function signupAt<T extends RoundDates>(rounds: readonly T[], now: Date): Signup<T> {
  const soonest = (status: 'open' | 'upcoming') =>
    rounds.filter((round) => applicationsAt(round, now) === status).sort((a, b) => a.applicationsOpen.getTime() - b.applicationsOpen.getTime())[0];
  const open = soonest('open');
  if (open) return { state: 'open', round: open };
  const upcoming = soonest('upcoming');
  return upcoming ? { state: 'upcoming', round: upcoming } : { state: 'none' };
}

/** Every signup situation over time: the join page writes all that are to come, and the browser picks. */
export function signupPhases<T extends RoundDates>(rounds: readonly T[]): Phase<Signup<T>>[] {
  const boundaries = rounds.flatMap((round) => [round.applicationsOpen, round.applicationsClose]);
  return phasesOf(
    boundaries,
    (instant) => signupAt(rounds, instant),
    (signup) => (signup.state === 'none' ? 'none' : `${signup.state} ${signup.round.number}`),
  );
}
