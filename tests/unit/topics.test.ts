import { describe, expect, test } from 'vitest';
import { compareTopics, neighbours, seriesParts, topicLabel, topicPrompts } from '../../src/lib/content/topics.ts';

const topic = (round: number, number: number) => ({ id: `${round}/${number}`, data: { round, number } });

test('topicLabel names the round and the topic number', () => {
  expect(topicLabel({ round: 3, number: 4 })).toBe('Round 3 · Discussion topic 4');
  expect(topicLabel({ round: 1, number: 6 }, 'Round 1, 2025')).toBe('Round 1, 2025 · Discussion topic 6');
});

describe('compareTopics', () => {
  test('orders by round, then by number within the round', () => {
    const places = [
      { round: 2, number: 1 },
      { round: 1, number: 10 },
      { round: 1, number: 2 },
      { round: 2, number: 3 },
    ];
    expect([...places].sort(compareTopics)).toEqual([
      { round: 1, number: 2 },
      { round: 1, number: 10 },
      { round: 2, number: 1 },
      { round: 2, number: 3 },
    ]);
  });

  test('orders numbers as numbers, not as text', () => {
    expect(compareTopics({ round: 1, number: 9 }, { round: 1, number: 10 })).toBeLessThan(0);
  });
});

describe('neighbours', () => {
  const a1 = topic(1, 1);
  const a2 = topic(1, 2);
  const a3 = topic(1, 3);
  const b1 = topic(2, 1);
  const b2 = topic(2, 2);
  // Deliberately shuffled, as getCollection's order is not fixed.
  const all = [b2, a3, a1, b1, a2];

  test('gives the previous and next topic of the same round', () => {
    expect(neighbours(all, a2)).toEqual({ previous: a1, next: a3 });
  });

  test('gives no previous topic for the first of a round', () => {
    expect(neighbours(all, a1)).toEqual({ previous: undefined, next: a2 });
  });

  test('gives no next topic for the last of a round, rather than the first of the next round', () => {
    expect(neighbours(all, a3)).toEqual({ previous: a2, next: undefined });
    expect(neighbours(all, b1)).toEqual({ previous: undefined, next: b2 });
  });

  test('skips a missing number (an unpublished topic)', () => {
    expect(neighbours([a1, a3], a3)).toEqual({ previous: a1, next: undefined });
  });

  test('gives no neighbours to a topic that is not in the list', () => {
    expect(neighbours([a1, a3], a2)).toEqual({ previous: undefined, next: undefined });
  });
});

describe('labels and series', () => {
  const topic = (round: number, number: number, series?: { name: string; part: number }) => ({
    id: `${round}/${number}`,
    data: { round, number, series },
  });

  describe('topicLabel', () => {
    test('says where a topic sits', () => {
      expect(topicLabel({ round: 3, number: 4 })).toBe('Round 3 · Discussion topic 4');
    });
  });

  describe('seriesParts', () => {
    const part1 = topic(1, 4, { name: 'Technology and libraries', part: 1 });
    const part2 = topic(1, 5, { name: 'Technology and libraries', part: 2 });
    const otherRound = topic(2, 5, { name: 'Technology and libraries', part: 1 });
    const other = topic(1, 6);

    test('lists every part of the series in the round, in order of parts', () => {
      expect(seriesParts([part2, other, otherRound, part1], part2)).toEqual([part1, part2]);
      expect(seriesParts([part2, other, otherRound, part1], otherRound)).toEqual([otherRound]);
    });

    test('is empty for a topic that is not part of a series', () => {
      expect(seriesParts([part1, part2, other], other)).toEqual([]);
    });
  });

  describe('topicPrompts', () => {
    test('are the level-two headings in order, without subheadings or the footnotes’ heading', () => {
      const headings = [
        { depth: 2, slug: 'what-do-you-count', text: 'What do you count?' },
        { depth: 3, slug: 'loans', text: 'Loans' },
        { depth: 2, slug: 'measuring-what-matters', text: 'Measuring what matters' },
        { depth: 2, slug: 'footnote-label', text: 'Footnotes' },
      ];
      expect(topicPrompts(headings).map((heading) => heading.text)).toEqual(['What do you count?', 'Measuring what matters']);
    });
  });
});
