/** Where a round stands at a given instant, and what someone who wants to join can do. */
import { type Phase, phasesOf } from '../time/timeline.ts';

export interface RoundDates {
  number: number;
  applicationsOpen: Date;
  applicationsClose: Date;
  /** Midnight UTC of the day partnerships begin. */
  partnershipsStart: Date;
  /** Midnight UTC of the last day of the supported partnership. */
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

const DAY = 24 * 60 * 60 * 1000;

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

/** The status of `round` at `now`. The end date is a whole day: a round finishes when it is over. */
export function roundStatus(round: RoundDates, now: Date): RoundStatus {
  const t = now.getTime();
  if (t < round.applicationsOpen.getTime()) return 'upcoming';
  if (t < round.applicationsClose.getTime()) return 'open';
  if (t < round.partnershipsStart.getTime()) return 'matching';
  if (t < round.partnershipsEnd.getTime() + DAY) return 'running';
  return 'finished';
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

/** The times a round's status changes, in order. */
function roundBoundaries(round: RoundDates): Date[] {
  return [round.applicationsOpen, round.applicationsClose, round.partnershipsStart, new Date(round.partnershipsEnd.getTime() + DAY)];
}

/** Every status `round` goes through, each with its span: what a round's page shows at any instant. */
export function roundPhases(round: RoundDates): Phase<RoundStatus>[] {
  return phasesOf(roundBoundaries(round), (instant) => roundStatus(round, instant));
}

/**
 * What someone who wants to join can do at an instant:
 * - `open`: apply to `round` now
 * - `upcoming`: wait for `round` to open
 * - `none`: no round is open or scheduled
 */
export type Signup<T extends RoundDates = RoundDates> = { state: 'open'; round: T } | { state: 'upcoming'; round: T } | { state: 'none' };

/**
 * The signup situation at `now`: the round open for applications (the one that opened
 * first, should two overlap), else the next to open, else none.
 */
export function signupAt<T extends RoundDates>(rounds: readonly T[], now: Date): Signup<T> {
  const soonest = (status: RoundStatus) =>
    rounds.filter((round) => roundStatus(round, now) === status).sort((a, b) => a.applicationsOpen.getTime() - b.applicationsOpen.getTime())[0];
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
