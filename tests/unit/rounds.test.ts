import { describe, expect, test } from 'vitest';
import {
  type RoundDates,
  roundName,
  roundNamesOf,
  roundPhases,
  roundStatus,
  signupAt,
  signupPhases,
  withoutTopics,
} from '../../src/lib/content/rounds.ts';
import { phaseAt } from '../../src/lib/time/timeline.ts';

const at = (text: string) => new Date(text);
const ms = (date: Date, offset: number) => new Date(date.getTime() + offset);

/** Round 2 of the sample content: Sydney winter for applications, partnerships into January. */
const round: RoundDates = {
  number: 2,
  applicationsOpen: at('2026-08-03T09:00:00+10:00'),
  applicationsClose: at('2026-08-24T17:00:00+10:00'),
  partnershipsStart: at('2026-09-14T00:00:00Z'),
  partnershipsEnd: at('2027-01-11T00:00:00Z'),
};

/** The programme's zone (site.timeZone), in which partnership days begin and end. */
const SYDNEY = 'Australia/Sydney';

describe('roundStatus', () => {
  test('is upcoming until the instant applications open', () => {
    expect(roundStatus(round, at('2026-01-01T00:00:00Z'), SYDNEY)).toBe('upcoming');
    expect(roundStatus(round, ms(round.applicationsOpen, -1), SYDNEY)).toBe('upcoming');
  });

  test('is open from the instant applications open', () => {
    expect(roundStatus(round, round.applicationsOpen, SYDNEY)).toBe('open');
  });

  test('is still open a moment before applications close', () => {
    expect(roundStatus(round, ms(round.applicationsClose, -1), SYDNEY)).toBe('open');
  });

  test('is matching from the instant applications close until the first day of partnerships begins in Sydney', () => {
    expect(roundStatus(round, round.applicationsClose, SYDNEY)).toBe('matching');
    expect(roundStatus(round, at('2026-09-13T23:59:59.999+10:00'), SYDNEY)).toBe('matching');
  });

  test('is running from midnight in Sydney of the day partnerships start, when that morning’s first topic comes out', () => {
    expect(roundStatus(round, at('2026-09-14T00:00:00+10:00'), SYDNEY)).toBe('running');
    expect(roundStatus(round, at('2026-09-14T09:00:00+10:00'), SYDNEY)).toBe('running');
  });

  test('is running through the whole last day of the partnership in Sydney, in summer time', () => {
    expect(roundStatus(round, at('2027-01-11T00:00:00+11:00'), SYDNEY)).toBe('running');
    expect(roundStatus(round, at('2027-01-11T23:59:59.999+11:00'), SYDNEY)).toBe('running');
  });

  test('is finished from midnight in Sydney of the day after the last day', () => {
    expect(roundStatus(round, at('2027-01-12T00:00:00+11:00'), SYDNEY)).toBe('finished');
    expect(roundStatus(round, at('2030-01-01T00:00:00Z'), SYDNEY)).toBe('finished');
  });

  test('counts the partnership days in the zone it is given', () => {
    expect(roundStatus(round, at('2027-01-11T23:00:00Z'), 'UTC')).toBe('running');
    expect(roundStatus(round, at('2027-01-11T23:00:00Z'), SYDNEY)).toBe('finished');
  });
});

describe('phases of a round and its signup', () => {
  /** The rounds of the sample content (content/rounds/). */
  const round2: RoundDates = {
    number: 2,
    applicationsOpen: new Date('2026-08-03T09:00:00+10:00'),
    applicationsClose: new Date('2026-08-24T17:00:00+10:00'),
    partnershipsStart: new Date('2026-09-14'),
    partnershipsEnd: new Date('2027-01-11'),
  };
  const round3: RoundDates = {
    number: 3,
    applicationsOpen: new Date('2027-02-08T09:00:00+11:00'),
    applicationsClose: new Date('2027-03-01T17:00:00+11:00'),
    partnershipsStart: new Date('2027-03-22'),
    partnershipsEnd: new Date('2027-07-19'),
  };
  const TEST_NOW = new Date('2026-11-23T12:00:00+11:00');

  describe('roundPhases', () => {
    test('agree with roundStatus at every instant that matters', () => {
      const phases = roundPhases(round3, SYDNEY);
      expect(phases.map((phase) => phase.state)).toEqual(['upcoming', 'open', 'matching', 'running', 'finished']);
      for (const instant of [
        TEST_NOW,
        round3.applicationsOpen,
        round3.applicationsClose,
        new Date('2027-03-22T00:00:00+11:00'),
        new Date('2027-05-01T00:00:00Z'),
        new Date('2027-07-20T00:00:00+10:00'),
      ]) {
        expect(phaseAt(phases, instant)?.state).toBe(roundStatus(round3, instant, SYDNEY));
      }
    });
  });

  describe('signupAt', () => {
    test('before a round opens, it is the one to wait for', () => {
      expect(signupAt([round2, round3], TEST_NOW)).toEqual({ state: 'upcoming', round: round3 });
    });

    test('while a round is open, it is the one to apply to', () => {
      expect(signupAt([round2, round3], round3.applicationsOpen)).toEqual({ state: 'open', round: round3 });
      expect(signupAt([round2, round3], new Date('2027-03-01T16:59:59+11:00'))).toEqual({ state: 'open', round: round3 });
    });

    test('after the last round has closed, or with no round at all, there is none', () => {
      expect(signupAt([round2, round3], round3.applicationsClose)).toEqual({ state: 'none' });
      expect(signupAt([round2], TEST_NOW)).toEqual({ state: 'none' });
      expect(signupAt([], TEST_NOW)).toEqual({ state: 'none' });
    });

    test('an open round comes before one that is only scheduled, and the soonest first', () => {
      const round4 = {
        ...round3,
        number: 4,
        applicationsOpen: new Date('2027-08-02T09:00:00+10:00'),
        applicationsClose: new Date('2027-08-23T17:00:00+10:00'),
      };
      expect(signupAt([round4, round3], round3.applicationsOpen)).toEqual({ state: 'open', round: round3 });
      expect(signupAt([round4, round3], TEST_NOW)).toEqual({ state: 'upcoming', round: round3 });
      expect(signupAt([round4, round3], round3.applicationsClose)).toEqual({ state: 'upcoming', round: round4 });
    });
  });

  describe('signupPhases', () => {
    test('list every change: waiting for round 3, round 3 open, nothing scheduled', () => {
      const phases = signupPhases([round2, round3]);
      expect(
        phases.map(({ state, from, until }) => [state.state, 'round' in state ? state.round.number : '-', from?.toISOString(), until?.toISOString()]),
      ).toEqual([
        ['upcoming', 2, undefined, '2026-08-02T23:00:00.000Z'],
        ['open', 2, '2026-08-02T23:00:00.000Z', '2026-08-24T07:00:00.000Z'],
        ['upcoming', 3, '2026-08-24T07:00:00.000Z', '2027-02-07T22:00:00.000Z'],
        ['open', 3, '2027-02-07T22:00:00.000Z', '2027-03-01T06:00:00.000Z'],
        ['none', '-', '2027-03-01T06:00:00.000Z', undefined],
      ]);
    });

    test('agree with signupAt at any instant', () => {
      const phases = signupPhases([round2, round3]);
      for (let t = Date.parse('2026-07-01T00:00:00Z'); t < Date.parse('2027-05-01T00:00:00Z'); t += 6 * 60 * 60 * 1000 + 1234) {
        const instant = new Date(t);
        expect(phaseAt(phases, instant)?.state, instant.toISOString()).toEqual(signupAt([round2, round3], instant));
      }
    });

    test('with no rounds at all, there is never a round to join', () => {
      expect(signupPhases([])).toEqual([{ state: { state: 'none' }, until: undefined }]);
    });
  });
});

describe('roundName', () => {
  test('a round is "Round N" unless its file gives a title, and then the title everywhere', () => {
    expect(roundName({ number: 3 })).toBe('Round 3');
    expect(roundName({ number: 1, title: 'Round 1, 2025' })).toBe('Round 1, 2025');
  });
});

describe('roundNamesOf', () => {
  test('looks a round up by number, with "Round N" for a number no round file has', () => {
    const nameOf = roundNamesOf([{ number: 1, title: 'Round 1, 2025' }, { number: 2 }]);
    expect([1, 2, 7].map(nameOf)).toEqual(['Round 1, 2025', 'Round 2', 'Round 7']);
  });
});

describe('withoutTopics', () => {
  test('promises the first topic only until partnerships begin', () => {
    for (const status of ['upcoming', 'open', 'matching'] as const) {
      expect(withoutTopics(status)).toBe('The first topic of this round is posted when partnerships begin.');
    }
    expect(withoutTopics('running')).toBe('No topic of this round has been posted yet.');
    expect(withoutTopics('finished')).toBe('This round has no topics on this site.');
  });
});
