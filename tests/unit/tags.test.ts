import { describe, expect, test } from 'vitest';
import { collectTags, hasTag } from '../../src/lib/content/tags.ts';

describe('collectTags', () => {
  test('counts the items that use each tag', () => {
    expect(collectTags([{ tags: ['advocacy', 'leadership'] }, { tags: ['advocacy'] }, {}])).toEqual([
      { slug: 'advocacy', label: 'advocacy', count: 2 },
      { slug: 'leadership', label: 'leadership', count: 1 },
    ]);
  });

  test('merges tags that share a slug and keeps the label first written', () => {
    expect(collectTags([{ tags: ['Social media'] }, { tags: ['social-media'] }, { tags: ['SOCIAL MEDIA'] }])).toEqual([
      { slug: 'social-media', label: 'Social media', count: 3 },
    ]);
  });

  test('counts an item once when it lists the same tag twice', () => {
    expect(collectTags([{ tags: ['advocacy', 'advocacy'] }])).toEqual([{ slug: 'advocacy', label: 'advocacy', count: 1 }]);
  });

  test('counts an item once when it lists one tag in two spellings', () => {
    expect(collectTags([{ tags: ['Social media', 'social-media'] }, { tags: ['social media'] }])).toEqual([
      { slug: 'social-media', label: 'Social media', count: 2 },
    ]);
  });

  test('sorts tags by label', () => {
    expect(collectTags([{ tags: ['wellbeing', 'Advocacy', 'open access'] }]).map((tag) => tag.label)).toEqual([
      'Advocacy',
      'open access',
      'wellbeing',
    ]);
  });

  test('is empty when no item has tags', () => {
    expect(collectTags([{}, { tags: [] }])).toEqual([]);
  });
});

describe('hasTag', () => {
  test('finds a tag by its slug whatever its spelling', () => {
    expect(hasTag(['Social media', 'advocacy'], 'social-media')).toBe(true);
  });

  test('is false for a tag the item does not have', () => {
    expect(hasTag(['advocacy'], 'social-media')).toBe(false);
  });

  test('is false when the item has no tags', () => {
    expect(hasTag(undefined, 'advocacy')).toBe(false);
  });
});
