/**
 * Topics and news written in Markdown pass the site's one sanitiser (sanitize.ts) inside
 * Astro's Markdown processor, Sätteri: a pull request that puts a `<meta http-equiv>`, an
 * event handler or a `javascript:` link into a topic publishes none of it. MDX files are
 * code, reviewed as code, and are left alone.
 */
import type { Root } from 'hast';
// Types only, of the processor @astrojs/markdown-satteri runs (a dependency of it, pinned with it).
import type { HastPluginDefinition, HastVisitorContext, PluginFactoryContext } from 'satteri';
import { forEachElement } from './elements.ts';
import { ID_PREFIX, sanitizeTree, taskBoxesAsText } from './sanitize.ts';

/**
 * What Markdown can turn into something the sanitiser changes: HTML or an autolink (`<`),
 * a character reference (`&`) or a backslash escape (`javascript\:`), either of which can
 * spell a scheme the pattern after it would not see, a link or image address with a
 * scheme other than http, https and mailto (`[x](javascript:…)`, `[x]: data:…`), a
 * footnote (whose ids get the sanitiser's prefix) and a checklist (whose boxes become ☑
 * and ☐). A document with none of these is rendered as it is: Sätteri escapes its text and
 * attributes, and sanitising every topic would cost a large archive's build seconds.
 */
const NEEDS_SANITISER = [/[<&\\]/, /\]\s*[(:]\s*(?!(?:https?|mailto):)[a-z][a-z\d+.-]*:/i, /\[\^/, /^\s*(?:[-*+]|\d+[.)])\s+\[[ x]\]/im];

/** True when `markdown` may hold something the sanitiser would remove or change. */
export function needsSanitiser(markdown: string): boolean {
  return NEEDS_SANITISER.some((pattern) => pattern.test(markdown));
}

/**
 * The same-page links of a sanitised tree (`#fn-1`) pointed at the ids the sanitiser
 * prefixed (`user-content-fn-1`); a link to an id added later (a heading's) is left alone.
 */
function followPrefixedIds(tree: Root): void {
  const ids = new Set<string>();
  forEachElement(tree, (node) => {
    if (typeof node.properties.id === 'string') ids.add(node.properties.id);
  });
  forEachElement(tree, (node) => {
    const { href } = node.properties;
    if (node.tagName === 'a' && typeof href === 'string' && href.startsWith('#') && ids.has(`${ID_PREFIX}${href.slice(1)}`))
      node.properties.href = `#${ID_PREFIX}${href.slice(1)}`;
  });
}

/** Replaces the document with its sanitised copy: checklist boxes as ☑ and ☐, ids prefixed and followed. */
function sanitiseDocument(root: Parameters<NonNullable<HastPluginDefinition['before']>>[0], context: HastVisitorContext): void {
  // Sätteri's tree is read through handles: a plain copy can be changed before it is sanitised.
  const copy = JSON.parse(JSON.stringify(root)) as Root;
  taskBoxesAsText(copy);
  const clean = sanitizeTree(copy);
  followPrefixedIds(clean);
  for (let index = root.children.length - 1; index >= 0; index -= 1) context.removeChildAt(root, index);
  context.appendChild(root, clean.children as Parameters<HastVisitorContext['appendChild']>[1]);
}

/**
 * The Sätteri plugin: every Markdown document that needsSanitiser() passes the sanitiser
 * whole, before Astro marks its images and gives its headings ids. Astro's processor must
 * read raw HTML into elements (`features.rawHtml`), so that an element opened in one block
 * and closed in another stays one element, and footnotes must carry no prefix of their own
 * (`gfm.footnotes.clobberPrefix: ''`), since the sanitiser adds it.
 */
export function sanitizeMarkdownPlugin() {
  return ({ sourceFormat, source }: PluginFactoryContext): HastPluginDefinition | null => {
    if (sourceFormat !== 'markdown' || !needsSanitiser(source)) return null;
    return { name: 'interlibnet:sanitize', before: sanitiseDocument };
  };
}
