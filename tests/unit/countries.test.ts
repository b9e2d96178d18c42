import { expect, test } from 'vitest';
import { countryName } from '../../src/lib/content/countries.ts';

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
