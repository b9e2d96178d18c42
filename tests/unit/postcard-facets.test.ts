import { describe, expect, it } from 'vitest';
import { roundName } from '../../src/lib/content/rounds.ts';
import { type FacetPostcard, groupBy } from '../../src/lib/postcards/postcard-facets.ts';

const postcards: (FacetPostcard & { id: string })[] = [
  { id: 'a', country: 'HU', libraryType: 'public', round: 2 },
  { id: 'b', country: 'JO', libraryType: 'academic', round: 1 },
  { id: 'c', country: 'HU', libraryType: 'academic' },
  { id: 'd', country: 'BR', libraryType: 'public', round: 10 },
];
const nameOfRound = (number: number) => roundName({ number });
const ids = (groups: { key: string; label: string; items: { id: string }[] }[]) =>
  groups.map((group) => [group.key, group.label, group.items.map((item) => item.id)]);

describe('groupBy', () => {
  it('groups by country under the lowercase code, labelled and sorted by the country’s name', () => {
    expect(ids(groupBy(postcards, 'countries', (postcard) => postcard, nameOfRound))).toEqual([
      ['br', 'Brazil', ['d']],
      ['hu', 'Hungary', ['a', 'c']],
      ['jo', 'Jordan', ['b']],
    ]);
  });

  it('groups by library type with its label for people', () => {
    expect(ids(groupBy(postcards, 'types', (postcard) => postcard, nameOfRound))).toEqual([
      ['academic', 'Academic library', ['b', 'c']],
      ['public', 'Public library', ['a', 'd']],
    ]);
  });

  it('groups by round in number order, leaving out postcards that name no round', () => {
    expect(ids(groupBy(postcards, 'rounds', (postcard) => postcard, nameOfRound))).toEqual([
      ['1', 'Round 1', ['b']],
      ['2', 'Round 2', ['a']],
      ['10', 'Round 10', ['d']],
    ]);
  });

  it('labels a round by its name when its file gives it one', () => {
    const titled = (number: number) => (number === 1 ? 'Round 1, 2025' : nameOfRound(number));
    expect(groupBy(postcards, 'rounds', (postcard) => postcard, titled).map((group) => group.label)).toEqual([
      'Round 1, 2025',
      'Round 2',
      'Round 10',
    ]);
  });
});
