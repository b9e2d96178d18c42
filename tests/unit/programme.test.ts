import { describe, expect, test } from 'vitest';
import { programmeFigures, roundsAhead } from '../../src/lib/content/programme.ts';
import type { RoundDates } from '../../src/lib/content/rounds.ts';
import { contentEntries } from '../support/content.ts';

const at = (text: string) => new Date(text);

const round = (number: number, open: string, start: string, end: string): RoundDates => ({
  number,
  applicationsOpen: at(`${open}T09:00:00+11:00`),
  applicationsClose: at(`${open.slice(0, 8)}24T17:00:00+11:00`),
  partnershipsStart: at(`${start}T00:00:00Z`),
  partnershipsEnd: at(`${end}T00:00:00Z`),
});

const one = round(1, '2025-02-03', '2025-03-17', '2025-07-14');
const two = round(2, '2026-08-03', '2026-09-14', '2027-01-11');
const three = round(3, '2027-02-08', '2027-03-22', '2027-07-19');

/** The programme's zone (site.timeZone). */
const SYDNEY = 'Australia/Sydney';

describe('roundsAhead', () => {
  test('is the round under way, then the next, earliest first, whatever order the files come in', () => {
    expect(roundsAhead([three, one, two], at('2026-11-23T12:00:00+11:00'), SYDNEY).map((r) => r.number)).toEqual([2, 3]);
  });

  test('keeps a round until the last day of its partnerships is over in Sydney', () => {
    expect(roundsAhead([one], at('2025-07-14T23:59:00+10:00'), SYDNEY).map((r) => r.number)).toEqual([1]);
    expect(roundsAhead([one], at('2025-07-15T00:00:00+10:00'), SYDNEY)).toEqual([]);
  });

  test('is only the next round between rounds', () => {
    expect(roundsAhead([one, two], at('2025-12-01T00:00:00Z'), SYDNEY).map((r) => r.number)).toEqual([2]);
  });

  test('is empty when no round is running or scheduled: the page says no round is scheduled', () => {
    expect(roundsAhead([one, two, three], at('2028-01-01T00:00:00Z'), SYDNEY)).toEqual([]);
    expect(roundsAhead([], at('2028-01-01T00:00:00Z'), SYDNEY)).toEqual([]);
  });
});

describe('programmeFigures', () => {
  test('adds up participants and takes the most countries of any one round', () => {
    expect(programmeFigures([{ participants: 712, countries: 78 }, { participants: 684, countries: 71 }, {}])).toEqual({
      participants: 1396,
      countries: 78,
      rounds: 2,
    });
  });

  test('is zero before any round records its figures', () => {
    expect(programmeFigures([{}, {}])).toEqual({ participants: 0, countries: 0, rounds: 0 });
    expect(programmeFigures([])).toEqual({ participants: 0, countries: 0, rounds: 0 });
  });

  test('follows the sample round files, so a figure is never typed twice', () => {
    const rounds = contentEntries()
      .filter((entry) => entry.collection === 'rounds')
      .map((entry) => entry.data as { participants?: number; countries?: number });
    const expected = rounds.reduce((sum, r) => sum + (r.participants ?? 0), 0);
    expect(programmeFigures(rounds).participants).toBe(expected);
    expect(programmeFigures(rounds).countries).toBe(Math.max(...rounds.map((r) => r.countries ?? 0)));
  });
});
