import { describe, expect, test } from 'vitest';
import { collectTags } from '../../src/lib/content/tags.ts';

interface Item {
  name: string;
  tags?: string[];
}
const tagsOf = (item: Item) => item.tags;
const names = (items: readonly Item[]) => items.map((item) => item.name);

describe('collectTags', () => {
  test('lists the items that use each tag, in the order given', () => {
    const items = [{ name: 'a', tags: ['advocacy', 'leadership'] }, { name: 'b', tags: ['advocacy'] }, { name: 'c' }];
    expect(collectTags(items, tagsOf).map((tag) => [tag.slug, tag.label, names(tag.items)])).toEqual([
      ['advocacy', 'advocacy', ['a', 'b']],
      ['leadership', 'leadership', ['a']],
    ]);
  });

  test('merges tags that share a slug and keeps the label first written', () => {
    const items = [
      { name: 'a', tags: ['Social media'] },
      { name: 'b', tags: ['social-media'] },
      { name: 'c', tags: ['SOCIAL MEDIA'] },
    ];
    expect(collectTags(items, tagsOf).map((tag) => [tag.slug, tag.label, names(tag.items)])).toEqual([
      ['social-media', 'Social media', ['a', 'b', 'c']],
    ]);
  });

  test('lists an item once when it gives the same tag twice', () => {
    expect(names(collectTags([{ name: 'a', tags: ['advocacy', 'advocacy'] }], tagsOf)[0]?.items ?? [])).toEqual(['a']);
  });

  test('lists an item once when it gives one tag in two spellings', () => {
    const items = [
      { name: 'a', tags: ['Social media', 'social-media'] },
      { name: 'b', tags: ['social media'] },
    ];
    expect(collectTags(items, tagsOf).map((tag) => [tag.label, names(tag.items)])).toEqual([['Social media', ['a', 'b']]]);
  });

  test('sorts tags by label', () => {
    expect(collectTags([{ name: 'a', tags: ['wellbeing', 'Advocacy', 'open access'] }], tagsOf).map((tag) => tag.label)).toEqual([
      'Advocacy',
      'open access',
      'wellbeing',
    ]);
  });

  test('reads the tags where the caller says they are', () => {
    const entries = [{ data: { tags: ['advocacy'] } }];
    expect(collectTags(entries, (entry) => entry.data.tags)[0]?.items).toEqual(entries);
  });

  test('is empty when no item has tags', () => {
    expect(collectTags([{ name: 'a' }, { name: 'b', tags: [] }], tagsOf)).toEqual([]);
  });
});
