import { describe, expect, test } from 'vitest';
import { searchFields } from '../../src/lib/search/search.ts';

describe('searchFields', () => {
  test('files a postcard by type, round name, country name and library type label', () => {
    const { filters } = searchFields({ type: 'postcard', round: 'Round 1, 2025', country: 'HU', libraryType: 'public' });
    expect(filters).toEqual([
      ['Type', 'Postcard'],
      ['Round', 'Round 1, 2025'],
      ['Country', 'Hungary'],
      ['Library type', 'Public library'],
    ]);
  });

  test('records the language of a postcard, for its result to carry', () => {
    expect(searchFields({ type: 'postcard', lang: 'ar' }).meta).toContainEqual(['lang', 'ar']);
    expect(searchFields({ type: 'topic' }).meta.map(([key]) => key)).not.toContain('lang');
  });

  test('files a topic under each of its tags once', () => {
    const { filters } = searchFields({ type: 'topic', round: 'Round 2', tags: ['open access', 'open access', 'publishing'] });
    expect(filters).toEqual([
      ['Type', 'Discussion topic'],
      ['Round', 'Round 2'],
      ['Tag', 'open access'],
      ['Tag', 'publishing'],
    ]);
  });

  test('shows the day in the zone it belongs to, and sorts by the exact instant', () => {
    // 9 am in Sydney on 7 October is still 6 October in UTC (and in Los Angeles, where the tests run).
    const value = new Date('2026-10-07T09:00:00+11:00');
    const { meta, sort } = searchFields({ type: 'news', date: { value, timeZone: 'Australia/Sydney' } });
    expect(meta).toContainEqual(['date', '7 October 2026']);
    expect(sort).toEqual([['date', '2026-10-06T22:00:00.000Z']]);
  });

  test('gives a postcard result its title, place and thumbnail', () => {
    const { meta } = searchFields({
      type: 'postcard',
      title: 'Anna Kovács, Debreceni Városi Könyvtár',
      place: 'Debrecen, Hungary',
      image: { src: '/_astro/photo.webp', alt: 'A reading room' },
    });
    expect(meta).toEqual([
      ['type', 'Postcard'],
      ['title', 'Anna Kovács, Debreceni Városi Könyvtár'],
      ['place', 'Debrecen, Hungary'],
      ['image', '/_astro/photo.webp'],
      ['image_alt', 'A reading room'],
    ]);
  });

  test('an undated page has no sort key and no date', () => {
    expect(searchFields({ type: 'page' })).toEqual({ filters: [['Type', 'Page']], meta: [['type', 'Page']], sort: [] });
  });
});
