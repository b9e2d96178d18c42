/**
 * Postcard stories come from contributors (by pull request or issue form), so they are
 * plain Markdown with a stricter policy than staff pages: HTML typed in a story shows as
 * the text it is, images are not loaded (a remote image would tell another host who reads
 * the page: the alt text is kept instead), links are web or mail addresses only and marked
 * `rel="ugc nofollow"`, headings start below the page's `h1`, and a checklist's boxes are
 * ☑ and ☐ (the sanitiser allows no form controls). The tree then passes the
 * site's one sanitiser (sanitize.ts). Topics and news keep Astro's full Markdown (passed
 * through the same sanitiser by sanitize-markdown.ts) and MDX.
 */
import type { Root } from 'hast';
import type { Nodes as MdastNodes, Parent as MdastParent, Root as MdastRoot } from 'mdast';
import { toHast } from 'mdast-util-to-hast';
import { markdownToMdast } from 'satteri';
import { visit } from 'unist-util-visit';
import { forEachElement } from './elements.ts';
import { ID_PREFIX, safeHtml, taskBoxesAsText } from './sanitize.ts';

/** Containers whose children are blocks, where typed HTML becomes a paragraph of text. */
const BLOCK_PARENTS = new Set(['root', 'blockquote', 'listItem', 'footnoteDefinition']);

/** Typed HTML becomes text and images become their alt text, in the Markdown tree. */
function plainMarkdown(tree: MdastRoot): void {
  visit(tree, (node: MdastNodes, index, parent: MdastParent | undefined) => {
    if (!parent || index === undefined) return;
    if (node.type === 'html') {
      const text = { type: 'text' as const, value: node.value };
      parent.children[index] = (BLOCK_PARENTS.has(parent.type) ? { type: 'paragraph', children: [text] } : text) as never;
      return;
    }
    if (node.type === 'image' || node.type === 'imageReference') {
      parent.children[index] = { type: 'text', value: node.alt ?? '' } as never;
    }
  });
}

const HEADING = /^h([1-6])$/;

/**
 * Story headings move one level down (`#` → `h2`) and links get `rel="ugc nofollow"`.
 * The sanitiser prefixes every id (footnotes') so that a story cannot clobber the page's
 * names; links within the story are prefixed to match.
 */
function storyPolicy(tree: Root): void {
  forEachElement(tree, (node) => {
    const level = HEADING.exec(node.tagName);
    if (level) node.tagName = `h${Math.min(Number(level[1]) + 1, 6)}`;
    if (node.tagName !== 'a') return;
    node.properties.rel = ['ugc', 'nofollow'];
    const { href } = node.properties;
    if (typeof href === 'string' && href.startsWith('#')) node.properties.href = `#${ID_PREFIX}${href.slice(1)}`;
  });
}

/**
 * A story's Markdown tree, with GitHub's extensions (tables, task lists, footnotes,
 * strikethrough, bare links), read by Sätteri, Astro's own Markdown processor: it built the
 * same trees as micromark for the 300 stories of the benchmark's corpus and the tests' in a
 * thirtieth of the time (docs/benchmark.md). The story has no frontmatter (its file's was
 * read already), so a story that starts with a `---` rule keeps it; U+0000 becomes U+FFFD
 * as CommonMark requires, which Sätteri leaves to its caller.
 */
function readMarkdown(markdown: string): MdastRoot {
  return markdownToMdast(markdown.replaceAll('\0', '\uFFFD'), { features: { frontmatter: false }, position: false }) as MdastRoot;
}

/** The HTML of a postcard story, safe to insert into a page: the sanitised tree, serialised. */
export function renderStory(markdown: string): string {
  const mdast = readMarkdown(markdown);
  plainMarkdown(mdast);
  const tree = toHast(mdast, { clobberPrefix: '' }) as Root;
  storyPolicy(tree);
  taskBoxesAsText(tree);
  return safeHtml(tree);
}

/**
 * The HTML of a postcard's story or a person's bio, as renderStory() made it when the entry
 * was loaded (src/loaders/stories.ts). An entry without it was loaded some other way: a bug,
 * not an empty story.
 */
export function storyHtml(entry: { id: string; rendered?: { html: string } | undefined }): string {
  if (entry.rendered === undefined)
    throw new Error(`${entry.id} has no rendered story: src/loaders/stories.ts renders every story and bio when it is loaded`);
  return entry.rendered.html;
}
