/**
 * The one sanitiser for the HTML we publish from content: postcard stories on their pages
 * and every feed item's `content:encoded`. HTML is handled as hast nodes, filtered by one
 * allow-list (GitHub's, narrowed) and serialised once by hast-util-to-html; it is never
 * assembled or escaped by hand in strings.
 */
import type { Root, Text } from 'hast';
import { defaultSchema, type Schema, sanitize } from 'hast-util-sanitize';
import { toHtml } from 'hast-util-to-html';
import { forEachElement } from './elements.ts';

const defaults = defaultSchema.attributes ?? {};

/** What the sanitiser puts before every `id` and `name`, so that content cannot clobber the page's own names. */
export const ID_PREFIX = 'user-content-';

/**
 * What may remain: GitHub's allow-list, with links limited to web and mail addresses,
 * `rel` limited to the values we write, the figure and picture markup our own pages and
 * feeds use, and `<abbr>`, whose `title` gives an abbreviation's expansion. No scripts,
 * styles, event handlers, frames, forms or `data:` addresses.
 */
export const SANITIZE_SCHEMA: Schema = {
  ...defaultSchema,
  tagNames: [...(defaultSchema.tagNames ?? []).filter((tag) => tag !== 'input'), 'abbr', 'figure', 'figcaption', 'picture', 'source'],
  attributes: {
    ...defaults,
    a: [...(defaults.a ?? []), ['rel', 'ugc', 'nofollow', 'noopener', 'noreferrer', 'license']],
    img: [...(defaults.img ?? []), 'srcSet', 'sizes', 'loading', 'decoding'],
    source: ['srcSet', 'type', 'sizes', 'media'],
  },
  protocols: {
    ...defaultSchema.protocols,
    href: ['http', 'https', 'mailto'],
    src: ['http', 'https'],
  },
  clobberPrefix: ID_PREFIX,
  // Removed with their content, which is code rather than text.
  strip: ['script', 'style'],
  // An image typed as HTML without a description is valid only with an empty one, which
  // says it is decoration (Markdown's images always have one).
  required: { img: { alt: '' } },
};

/** The characters a task list's ticked and empty boxes become: ☑ and ☐. */
const TASK_BOXES = { checked: '\u2611', unchecked: '\u2610' } as const;

/**
 * Replaces each checkbox of a Markdown task list (`- [x] done`) with ☑ or ☐, in place: the
 * sanitiser removes form controls (and feed readers drop them too), which would leave a list
 * of tasks without saying which are done. Run it on a tree before safeHtml().
 */
export function taskBoxesAsText(tree: Root): void {
  forEachElement(tree, (node, parent, index) => {
    if (node.tagName !== 'input' || node.properties.type !== 'checkbox') return;
    const box: Text = { type: 'text', value: node.properties.checked ? TASK_BOXES.checked : TASK_BOXES.unchecked };
    parent.children.splice(index, 1, box);
  });
}

/** The tree with everything outside the allow-list removed (a new tree; the input is left alone). */
export function sanitizeTree(tree: Root): Root {
  return sanitize(tree, SANITIZE_SCHEMA) as Root;
}

/** Serialises a tree that has been sanitised, with named character references (`&lt;`, `&quot;`) for readability. */
export function serialize(tree: Root): string {
  return toHtml(tree, { characterReferences: { useNamedReferences: true } });
}

/** Sanitises a tree and serialises it: the only way content becomes HTML text outside Astro's own rendering. */
export function safeHtml(tree: Root): string {
  return serialize(sanitizeTree(tree));
}
