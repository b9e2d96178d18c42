/**
 * HTML kept in the content store depends on more than its file: on the code that rendered
 * it and the packages that code uses. A fingerprint of that code is made part of each
 * entry's digest, so that a change to it, a fix to the sanitiser above all, renders every
 * entry again instead of keeping HTML that an older sanitiser let through. Astro itself
 * starts the store afresh only when its own version or the site's config changes.
 */
import { createHash } from 'node:crypto';
import type { LoaderContext } from 'astro/loaders';
import lockfile from '../../package-lock.json?raw';
import contentLinks from '../lib/content/content-links.ts?raw';
import treeWalk from '../lib/html/elements.ts?raw';
import markdownSanitizer from '../lib/html/sanitize-markdown.ts?raw';
import sanitizer from '../lib/html/sanitize.ts?raw';
import urls from '../lib/site/urls.ts?raw';

/** One SHA-256 of the texts given, in order. */
export function fingerprint(...sources: readonly string[]): string {
  return sources.reduce((hash, source) => hash.update(source), createHash('sha256')).digest('hex');
}

/**
 * What Astro's rendering of a Markdown topic or news body depends on besides the file: the
 * two Sätteri plugins astro.config.mjs adds (the sanitiser, with its tree walk, and the
 * links to content files made page addresses), and every package's version.
 */
export const MARKDOWN_RENDERER = fingerprint(markdownSanitizer, sanitizer, treeWalk, contentLinks, urls, lockfile);

/** The loader context's digest of a file, covering `renderer` too. */
export function rendererDigest(renderer: string, generateDigest: LoaderContext['generateDigest']): LoaderContext['generateDigest'] {
  return (data) => generateDigest(typeof data === 'string' ? `${renderer}\n${data}` : data);
}
