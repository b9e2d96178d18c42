/**
 * Links from one entry to another by its file, as editors write them on GitHub, where they
 * work: `[Advocacy and lobbying](03-advocacy-and-lobbying.md)` in a topic. On the site that
 * address leads nowhere, so the rendering turns it into the page's address
 * (contentLinksPlugin), and the content check warns of a link that names a file without a
 * page (linkProblem).
 */
import { posix } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { SatteriProcessorOptions } from '@astrojs/markdown-satteri';
import type { Nodes as MdastNodes } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { visit } from 'unist-util-visit';
import { href as withBase, entryId } from '../site/urls.ts';
import { COLLECTION_NAMES, COLLECTIONS, entryPath } from './collections.ts';

/** Text that may link to a content file: a document without it need not be looked at. */
const MENTIONS_CONTENT_FILE = /\.mdx?\b/i;

/** A link's file path and fragment, when it is a relative link to a Markdown or MDX file. */
export interface ContentFileHref {
  /** The file as written, decoded: `../2/01-getting-to-know-you.md`. */
  path: string;
  /** `#how-did-you-get-here`, or empty. */
  hash: string;
}

/**
 * `href` as a link to a content file: relative (no scheme, not from the site's root) and
 * ending in `.md` or `.mdx` before any `?` or `#`; undefined for every other address.
 * `03-advocacy.md#why` → `{ path: '03-advocacy.md', hash: '#why' }`.
 */
export function contentFileHref(href: string): ContentFileHref | undefined {
  if (/^[a-z][a-z\d+.-]*:/i.test(href) || href.startsWith('/') || href.startsWith('#')) return undefined;
  const [, raw = '', hash = ''] = /^([^?#]*)(?:\?[^#]*)?(#.*)?$/.exec(href) ?? [];
  if (!/\.mdx?$/i.test(raw)) return undefined;
  try {
    return { path: decodeURI(raw), hash };
  } catch {
    return { path: raw, hash };
  }
}

/**
 * The file a link in `fromFile` leads to, both relative to the content folder:
 * `topics/1/07-x.md` and `../2/01-y.md` give `topics/2/01-y.md`; undefined for a link that
 * leaves the content folder.
 */
export function linkedContentFile(fromFile: string, linkPath: string): string | undefined {
  const target = posix.normalize(posix.join(posix.dirname(fromFile), linkPath));
  return target === '..' || target.startsWith('../') ? undefined : target;
}

/**
 * The site path of the page a content file makes, `topics/2/01-y.md` → `/topics/2/01-y/`;
 * undefined for a file that makes no page of its own (a person, a round's YAML) or that is
 * not where its collection keeps files.
 */
export function pageOfContentFile(file: string): string | undefined {
  const [folder, ...rest] = file.split('/');
  const collection = COLLECTION_NAMES.find((name) => name === folder);
  if (!collection || collection === 'people' || collection === 'rounds') return undefined;
  const entry = rest.join('/');
  return COLLECTIONS[collection].fileName.test(entry) ? entryPath(collection, entryId(entry)) : undefined;
}

/**
 * Every link in a Markdown body that leads to a content file, as written, in order: inline
 * links and reference definitions. A body without `.md` in it is not parsed.
 */
export function contentFileLinks(markdown: string): string[] {
  if (!MENTIONS_CONTENT_FILE.test(markdown)) return [];
  const links: string[] = [];
  visit(fromMarkdown(markdown), (node: MdastNodes) => {
    if ((node.type === 'link' || node.type === 'definition') && contentFileHref(node.url)) links.push(node.url);
  });
  return links;
}

/**
 * What the content check knows of the file a link leads to: whether it exists, is a draft,
 * and, for a topic or news item, its publishDate as written and as an instant.
 */
export type LinkTarget = { exists: false } | { exists: true; draft: boolean; published?: Published };

/** A publishDate as the file writes it, and the instant it means. */
export interface Published {
  written: string;
  instant: Date;
}

/**
 * Why a link written in the content file `fromFile` (relative to the content folder) cannot
 * lead to a page, in the words of the content check (what was found), or undefined when it
 * can. `target` says whether the file it leads to exists, is a draft, and when it is
 * published; `fromPublished`, when the linking file is published itself: a page that comes
 * out before the page it links to has a link to nowhere until then.
 */
export function linkProblem(fromFile: string, link: string, target: (file: string) => LinkTarget, fromPublished?: Published): string | undefined {
  const parsed = contentFileHref(link);
  if (!parsed) return undefined;
  const file = linkedContentFile(fromFile, parsed.path);
  if (file === undefined) return `a link to ${link}, which leads out of the content folder`;
  const found = target(file);
  if (!found.exists) return `a link to ${link}, but there is no file content/${file}`;
  if (pageOfContentFile(file) === undefined) return `a link to ${link}: content/${file} has no page of its own`;
  if (found.draft) return `a link to ${link}, a draft, which has no page until its draft: true is removed`;
  if (fromPublished && found.published && found.published.instant.getTime() > fromPublished.instant.getTime())
    return `a link to ${link}, published at ${found.published.written}, after this page (${fromPublished.written}): until then the link leads to no page`;
  return undefined;
}

type HastPluginEntry = NonNullable<SatteriProcessorOptions['hastPlugins']>[number];
/** A plugin of Sätteri, Astro's Markdown and MDX processor, that works on the HTML tree. */
type HastPlugin = Extract<HastPluginEntry, { name: string }>;
/** What Sätteri tells a plugin's factory about a document before parsing it. */
type PluginFactoryContext = Parameters<Extract<HastPluginEntry, (...args: never[]) => unknown>>[0];

/**
 * A plugin for Astro's Markdown and MDX (`satteri({ hastPlugins })` in astro.config.mjs): in
 * a file of the content folder (`contentDir`, absolute), a link to another content file
 * becomes the address of that file's page, under `base`, keeping its fragment. Other links,
 * and links in files outside the content folder, are left as they are. A document outside
 * the folder, or without `.md` in it, is not visited at all.
 */
export function contentLinksPlugin({ contentDir, base }: { contentDir: string; base: string }) {
  const folder = contentDir.split('\\').join('/');
  return ({ fileURL, source }: PluginFactoryContext): HastPlugin | null => {
    if (!fileURL || !MENTIONS_CONTENT_FILE.test(source)) return null;
    const fromFile = posix.relative(folder, fileURLToPath(fileURL).split('\\').join('/'));
    if (fromFile.startsWith('../') || posix.isAbsolute(fromFile)) return null;
    return {
      name: 'interlibnet:content-links',
      element: {
        filter: ['a'],
        visit(node, context) {
          const href = node.properties?.href;
          const link = typeof href === 'string' ? contentFileHref(href) : undefined;
          const target = link && linkedContentFile(fromFile, link.path);
          const page = target && pageOfContentFile(target);
          if (link && page) context.setProperty(node, 'href', withBase(page, base) + link.hash);
        },
      },
    };
  };
}
