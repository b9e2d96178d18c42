import { expect, test } from 'vitest';
import { COUNTRY_CODES, countryCodeOf, countryInSentence, countryName, isCountryCode } from '../../src/lib/content/countries.ts';

test('names a country from its ISO code in English', () => {
  expect(countryName('HU')).toBe('Hungary');
  expect(countryName('JO')).toBe('Jordan');
  expect(countryName('BR')).toBe('Brazil');
  expect(countryName('NZ')).toBe('New Zealand');
});

test('names a country in the locale passed', () => {
  expect(countryName('HU', 'hu')).toBe('Magyarország');
  expect(countryName('HU', 'de')).toBe('Ungarn');
});

test('keeps each locale’s names apart', () => {
  expect(countryName('HU', 'hu')).toBe('Magyarország');
  expect(countryName('HU', 'en')).toBe('Hungary');
});

test('accepts exactly the ISO 3166-1 alpha-2 codes, in capitals', () => {
  expect(['HU', 'JO', 'GH', 'NZ'].every(isCountryCode)).toBe(true);
  expect(['hu', 'HUN', 'XX', 'EU', 'UK', ''].some(isCountryCode)).toBe(false);
  // The 249 official codes and XK, Kosovo's code in common use.
  expect(COUNTRY_CODES).toHaveLength(250);
  expect(isCountryCode('XK')).toBe(true);
});

test('every accepted code has a name for people', () => {
  expect(COUNTRY_CODES.filter((code) => countryName(code) === code)).toEqual([]);
});

test('finds the code of a country written in English', () => {
  expect(countryCodeOf('Hungary')).toBe('HU');
  expect(countryCodeOf(' Ghana ')).toBe('GH');
  expect(countryCodeOf('Atlantis')).toBeUndefined();
});

test('a sentence says "the" before the names English says it before, and only those', () => {
  expect(['NL', 'US', 'GB', 'PH', 'AE', 'DO', 'SB', 'BS', 'IM'].map(countryInSentence)).toEqual([
    'the Netherlands',
    'the United States',
    'the United Kingdom',
    'the Philippines',
    'the United Arab Emirates',
    'the Dominican Republic',
    'the Solomon Islands',
    'the Bahamas',
    'the Isle of Man',
  ]);
  expect(['HU', 'NZ', 'JO', 'IE', 'CZ', 'KR'].map(countryInSentence)).toEqual([
    'Hungary',
    'New Zealand',
    'Jordan',
    'Ireland',
    'Czechia',
    'South Korea',
  ]);
});
