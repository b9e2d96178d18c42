import { expect, test } from 'vitest';
import { postcardText } from '../../src/lib/postcards/postcard-text.ts';

test('one set of words for a postcard’s page, feed item and search record', () => {
  expect(postcardText({ name: 'Anna Kovács', library: 'Debreceni Városi Könyvtár', city: 'Debrecen', country: 'HU' })).toEqual({
    title: 'Anna Kovács, Debreceni Városi Könyvtár',
    eyebrow: 'Postcard from Hungary',
    place: 'Debrecen, Hungary',
    description: 'A postcard from Debreceni Városi Könyvtár in Hungary.',
    feedTitle: 'Postcard from Hungary: Anna Kovács, Debreceni Városi Könyvtár',
  });
});

test('a postcard without a city is placed by its country alone', () => {
  expect(postcardText({ name: 'Kwame Mensah', library: 'KNUST Library', country: 'GH' }).place).toBe('Ghana');
});
