/**
 * The people who run ILN (coordinators, ambassadors, organisers), as pages show them:
 * grouped by country for the Volunteers page, and a country's coordinators for the
 * postcards of that country. Pure: entries arrive already loaded.
 */
import { countryName } from './countries.ts';
import { PERSON_ROLES } from './schemas.ts';

export type PersonRole = (typeof PERSON_ROLES)[number];

/** What these helpers need of a person entry. */
export interface PersonLike {
  id: string;
  data: { name: string; role: PersonRole; countries: readonly string[] };
}

const ROLE_LABELS: Record<PersonRole, string> = {
  coordinator: 'Country coordinator',
  ambassador: 'Ambassador',
  organiser: 'Organiser',
};

/** "Country coordinator" for `coordinator`, as readers see it. */
export function roleLabel(role: PersonRole): string {
  return ROLE_LABELS[role];
}

/** Coordinators first, then ambassadors, then organisers; by name within a role. */
function byRoleThenName(a: PersonLike, b: PersonLike): number {
  return PERSON_ROLES.indexOf(a.data.role) - PERSON_ROLES.indexOf(b.data.role) || a.data.name.localeCompare(b.data.name, 'en') || a.id.localeCompare(b.id);
}

/** The people of one country on the Volunteers page. */
export interface CountryPeople<T> {
  /** ISO 3166-1 alpha-2 code, `GH`. */
  code: string;
  /** "Ghana". */
  name: string;
  people: T[];
}

/**
 * Everyone under each of their countries (a person with two countries is under both),
 * countries by name, coordinators first within each.
 * `[{ name: 'Ama', countries: ['GH'] }]` → `[{ code: 'GH', name: 'Ghana', people: [Ama] }]`.
 */
export function peopleByCountry<T extends PersonLike>(people: readonly T[], locale = 'en'): CountryPeople<T>[] {
  const groups = new Map<string, T[]>();
  for (const person of people) {
    for (const code of new Set(person.data.countries)) {
      const group = groups.get(code) ?? [];
      group.push(person);
      groups.set(code, group);
    }
  }
  return [...groups]
    .map(([code, members]) => ({ code, name: countryName(code, locale), people: members.toSorted(byRoleThenName) }))
    .sort((a, b) => a.name.localeCompare(b.name, locale) || a.code.localeCompare(b.code));
}

/** The coordinators of a country (`GH`, any case), by name. */
export function coordinatorsOf<T extends PersonLike>(people: readonly T[], country: string): T[] {
  const code = country.toUpperCase();
  return people.filter((person) => person.data.role === 'coordinator' && person.data.countries.includes(code)).toSorted(byRoleThenName);
}

/**
 * Whom a reader in a country should write to: its coordinators, or, where it has none yet,
 * the organisers and ambassadors who list the country (`kind` says which).
 */
export function countryContacts<T extends PersonLike>(people: readonly T[], country: string): { kind: 'coordinators' | 'others'; people: T[] } {
  const coordinators = coordinatorsOf(people, country);
  if (coordinators.length > 0) return { kind: 'coordinators', people: coordinators };
  const code = country.toUpperCase();
  return { kind: 'others', people: people.filter((person) => person.data.countries.includes(code)).toSorted(byRoleThenName) };
}

/** The anchor of a country's people on the Volunteers page: its code in lowercase, `gh`, as in the postcards' addresses. */
export function countryAnchor(code: string): string {
  return code.toLowerCase();
}

/**
 * Items with the words a reader expects between them, "A or B", "A, B or C", as
 * `Intl.ListFormat` writes them in `locale`, so that a page can wrap each item in a link
 * and keep the words as text: `orList(['A', 'B'])` is `[{ item: 'A' }, { text: ' or ' }, { item: 'B' }]`.
 */
export function orList<T>(items: readonly T[], locale = 'en'): ({ item: T } | { text: string })[] {
  const parts = new Intl.ListFormat(locale, { type: 'disjunction' }).formatToParts(items.map((_, index) => String(index)));
  return parts.map((part) => (part.type === 'element' ? { item: items[Number(part.value)] as T } : { text: part.value }));
}
