import { tagSlug } from '../site/urls.ts';

export interface Tag {
  /** URL-safe form: `social-media`. */
  slug: string;
  /** As first written by an editor: `social media`. */
  label: string;
  count: number;
}

/**
 * Every tag used by `items`, merged by slug (so "Social media" and "social-media" are one
 * tag), sorted by label.
 */
export function collectTags(items: readonly { tags?: readonly string[] }[]): Tag[] {
  const tags = new Map<string, Tag>();
  for (const item of items) {
    // One count per item and slug: "Social media" and "social-media" in one item are one tag.
    const seen = new Set<string>();
    for (const label of item.tags ?? []) {
      const slug = tagSlug(label);
      if (seen.has(slug)) continue;
      seen.add(slug);
      const tag = tags.get(slug) ?? { slug, label, count: 0 };
      tag.count += 1;
      tags.set(slug, tag);
    }
  }
  return [...tags.values()].sort((a, b) => a.label.localeCompare(b.label));
}

/** True when `tags` include the tag with this slug. */
export function hasTag(tags: readonly string[] | undefined, slug: string): boolean {
  return (tags ?? []).some((tag) => tagSlug(tag) === slug);
}
