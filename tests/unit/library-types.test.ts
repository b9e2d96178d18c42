import { expect, test } from 'vitest';
import { LIBRARY_TYPES, libraryTypeLabel } from '../../src/lib/content/library-types.ts';

test('labels each library type for readers', () => {
  expect(Object.fromEntries(LIBRARY_TYPES.map((type) => [type, libraryTypeLabel(type)]))).toEqual({
    public: 'Public library',
    academic: 'Academic library',
    school: 'School library',
    special: 'Special library',
    national: 'National library',
    government: 'Government library',
    other: 'Other library',
  });
});

test('knows exactly the library types the content contract lists', () => {
  expect(LIBRARY_TYPES).toEqual(['public', 'academic', 'school', 'special', 'national', 'government', 'other']);
});
