/**
 * The ways to browse postcards: by country, by library type and by round. Each facet
 * groups postcards under a key that is stable in an address (the ISO code, the type, the
 * round number) and a label for people.
 */
import { countryName } from '../content/countries.ts';
import { libraryTypeLabel } from '../content/library-types.ts';
import type { LibraryType } from '../content/library-types.ts';

export interface FacetPostcard {
  country: string;
  libraryType: LibraryType;
  round?: number | undefined;
}

export const FACETS = ['countries', 'types', 'rounds'] as const;
export type FacetName = (typeof FACETS)[number];

export interface Group<T> {
  /** Address segment: `hu`, `academic`, `2`. */
  key: string;
  /** For people: "Hungary", "Academic library", "Round 2" (a round by its name, roundName in rounds.ts). */
  label: string;
  items: T[];
}

interface Facet {
  /** "Postcards by country". */
  title: string;
  keyOf: (postcard: FacetPostcard) => string | undefined;
  labelOf: (key: string, nameOfRound: (number: number) => string) => string;
  /** Order of the groups: by label, or by number for rounds. */
  compare: (a: Group<unknown>, b: Group<unknown>) => number;
}

const byLabel = (a: Group<unknown>, b: Group<unknown>) => a.label.localeCompare(b.label, 'en');

export const FACET: Record<FacetName, Facet> = {
  countries: {
    title: 'Postcards by country',
    keyOf: (postcard) => postcard.country.toLowerCase(),
    labelOf: (key) => countryName(key.toUpperCase()),
    compare: byLabel,
  },
  types: {
    title: 'Postcards by library type',
    keyOf: (postcard) => postcard.libraryType,
    labelOf: (key) => libraryTypeLabel(key as LibraryType),
    compare: byLabel,
  },
  rounds: {
    title: 'Postcards by round',
    keyOf: (postcard) => (postcard.round === undefined ? undefined : String(postcard.round)),
    labelOf: (key, nameOfRound) => nameOfRound(Number(key)),
    compare: (a, b) => Number(a.key) - Number(b.key),
  },
};

/**
 * Groups `items` by a facet, keeping their order within each group. Items without a key
 * (a postcard that names no round) are in no group of that facet. `nameOfRound` gives each
 * round's name, as its page has it (the data layer's roundNames).
 */
export function groupBy<T>(
  items: readonly T[],
  facet: FacetName,
  dataOf: (item: T) => FacetPostcard,
  nameOfRound: (number: number) => string,
): Group<T>[] {
  const { keyOf, labelOf, compare } = FACET[facet];
  const groups = new Map<string, Group<T>>();
  for (const item of items) {
    const key = keyOf(dataOf(item));
    if (key === undefined) continue;
    const group = groups.get(key) ?? { key, label: labelOf(key, nameOfRound), items: [] };
    group.items.push(item);
    groups.set(key, group);
  }
  return [...groups.values()].sort(compare);
}
