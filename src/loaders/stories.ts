/**
 * Postcard stories and volunteers' bios are rendered once, when their file is loaded, by
 * renderStory() (the story policy and the site's sanitiser) rather than Astro's Markdown,
 * which would pass typed HTML through. The HTML is kept with the entry in the content store
 * (`entry.rendered.html`, read through storyHtml()), so a build with the store kept renders
 * only the stories that changed: rendering every story on its page cost a large archive's
 * builds seconds each time.
 */
import type { LoaderContext } from 'astro/loaders';
import lockfile from '../../package-lock.json?raw';
import storyPolicy from '../lib/html/postcard-story.ts?raw';
import sanitizer from '../lib/html/sanitize.ts?raw';
import treeWalk from '../lib/html/elements.ts?raw';
import { renderStory } from '../lib/html/postcard-story.ts';
import { fingerprint, rendererDigest } from './renderer-digest.ts';

/**
 * What the stored HTML depends on besides the file: the story policy, the sanitiser (with
 * the tree walk it uses) and the version of every package (the Markdown parser's among them). Part of each entry's digest,
 * so that a change to any of them, a fix to the sanitiser above all, renders every story anew
 * instead of keeping HTML that an older sanitiser let through.
 */
export const STORY_RENDERER = fingerprint(storyPolicy, sanitizer, treeWalk, lockfile);

/** The loader context's digest of a file, covering the story renderer too (STORY_RENDERER). */
export function storyDigest(generateDigest: LoaderContext['generateDigest']): LoaderContext['generateDigest'] {
  return rendererDigest(STORY_RENDERER, generateDigest);
}

/** The rendered story an entry keeps in the store, in the shape Astro keeps rendered Markdown. */
export function renderedStory(body: string | undefined): { html: string } {
  return { html: renderStory(body ?? '') };
}
