import { tagSlug } from '../site/urls.ts';

export interface Tag<T> {
  /** URL-safe form: `social-media`. */
  slug: string;
  /** As first written by an editor: `social media`. */
  label: string;
  /** The items that use the tag, in the order they were given. */
  items: T[];
}

/**
 * Every tag used by `items` (their tags as `tagsOf` reads them), merged by slug (so "Social
 * media" and "social-media" are one tag), each with the items that use it, sorted by label.
 * One pass over the items, however many tags they use.
 */
export function collectTags<T>(items: readonly T[], tagsOf: (item: T) => readonly string[] | undefined): Tag<T>[] {
  const tags = new Map<string, Tag<T>>();
  for (const item of items) {
    // One entry per item and slug: "Social media" and "social-media" in one item are one tag.
    const seen = new Set<string>();
    for (const label of tagsOf(item) ?? []) {
      const slug = tagSlug(label);
      if (seen.has(slug)) continue;
      seen.add(slug);
      const tag = tags.get(slug) ?? { slug, label, items: [] };
      tag.items.push(item);
      tags.set(slug, tag);
    }
  }
  return [...tags.values()].sort((a, b) => a.label.localeCompare(b.label));
}
