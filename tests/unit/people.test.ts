import { describe, expect, test } from 'vitest';
import { coordinatorsOf, countryAnchor, countryContacts, orList, peopleByCountry, roleLabel, type PersonLike } from '../../src/lib/content/people.ts';

const person = (id: string, name: string, role: PersonLike['data']['role'], countries: string[]): PersonLike => ({
  id,
  data: { name, role, countries },
});

const ama = person('ama-owusu', 'Ama Owusu', 'coordinator', ['GH']);
const kofi = person('kofi-asante', 'Kofi Asante', 'ambassador', ['GH']);
const abena = person('abena-boateng', 'Abena Boateng', 'coordinator', ['GH']);
const kate = person('kate-sullivan', 'Kate Sullivan', 'organiser', ['NZ', 'AU']);
const eszter = person('eszter-szabo', 'Eszter Szabó', 'coordinator', ['HU']);

describe('the Volunteers page', () => {
  test('groups people by country, countries by name, coordinators first and then by name', () => {
    const groups = peopleByCountry([kofi, kate, ama, eszter, abena]);
    expect(groups.map((group) => [group.code, group.name, group.people.map((p) => p.id)])).toEqual([
      ['AU', 'Australia', ['kate-sullivan']],
      ['GH', 'Ghana', ['abena-boateng', 'ama-owusu', 'kofi-asante']],
      ['HU', 'Hungary', ['eszter-szabo']],
      ['NZ', 'New Zealand', ['kate-sullivan']],
    ]);
  });

  test('names countries in the locale asked for', () => {
    expect(peopleByCountry([eszter], 'hu')[0]?.name).toBe('Magyarország');
  });

  test('a country appears once for a person who lists it twice', () => {
    expect(peopleByCountry([person('x', 'X', 'ambassador', ['GH', 'GH'])])[0]?.people).toHaveLength(1);
  });

  test('roles read as readers expect, and a country is found by its code', () => {
    expect(roleLabel('coordinator')).toBe('Country coordinator');
    expect(roleLabel('organiser')).toBe('Organiser');
    expect(countryAnchor('GH')).toBe('gh');
  });
});

describe("a country's coordinators", () => {
  test('are its coordinators only, by name, whatever the case of the code', () => {
    expect(coordinatorsOf([kofi, ama, kate, abena], 'gh').map((p) => p.id)).toEqual(['abena-boateng', 'ama-owusu']);
    expect(coordinatorsOf([kate], 'NZ')).toEqual([]);
    expect(countryContacts([kofi, ama, kate, abena], 'gh')).toEqual({ kind: 'coordinators', people: [abena, ama] });
    expect(countryContacts([kofi, ama, kate, abena], 'nz')).toEqual({ kind: 'others', people: [kate] });
    expect(countryContacts([kate], 'PL')).toEqual({ kind: 'others', people: [] });
    expect(coordinatorsOf([ama], 'PL')).toEqual([]);
  });

  test('are joined with "or", as the locale writes it', () => {
    expect(orList(['A'])).toEqual([{ item: 'A' }]);
    expect(orList(['A', 'B'])).toEqual([{ item: 'A' }, { text: ' or ' }, { item: 'B' }]);
    expect(orList(['A', 'B', 'C'])).toEqual([{ item: 'A' }, { text: ', ' }, { item: 'B' }, { text: ', or ' }, { item: 'C' }]);
  });
});
