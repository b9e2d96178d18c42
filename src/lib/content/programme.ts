/** Facts about the program drawn from the round files, so that no page types them twice. */
import { type RoundDates, roundStatus } from './rounds.ts';

/**
 * The rounds a newcomer can still take part in or follow at `now`: every round not yet
 * finished (the one under way, then the next), earliest first. Empty when no round is
 * running or scheduled. Partnership days are counted in `timeZone`, the programme's.
 */
export function roundsAhead<T extends RoundDates>(rounds: readonly T[], now: Date, timeZone: string): T[] {
  return rounds
    .filter((round) => roundStatus(round, now, timeZone) !== 'finished')
    .sort((a, b) => a.applicationsOpen.getTime() - b.applicationsOpen.getTime());
}

export interface RoundFigures {
  /** Participants matched, once known. */
  participants?: number | undefined;
  /** Countries they came from, once known. */
  countries?: number | undefined;
}

export interface ProgrammeFigures {
  /** Every participant of every round that records them. */
  participants: number;
  /**
   * The most countries any one round drew. Countries are not added up: the same country
   * takes part round after round, and rounds record only how many, not which.
   */
  countries: number;
  /** Rounds that record their participants. */
  rounds: number;
}

/**
 * The program's figures from its rounds: participants summed, the largest number of
 * countries in one round. Rounds without figures (not yet matched) count for nothing.
 * `programmeFigures([{ participants: 712, countries: 78 }, { participants: 684, countries: 71 }, {}])`
 * → `{ participants: 1396, countries: 78, rounds: 2 }`.
 */
export function programmeFigures(rounds: readonly RoundFigures[]): ProgrammeFigures {
  const counted = rounds.filter((round) => round.participants !== undefined);
  return {
    participants: counted.reduce((sum, round) => sum + (round.participants ?? 0), 0),
    countries: Math.max(0, ...rounds.map((round) => round.countries ?? 0)),
    rounds: counted.length,
  };
}
