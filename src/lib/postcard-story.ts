/**
 * Postcard stories come from contributors by pull request, so they are rendered as plain
 * Markdown only: micromark escapes raw HTML (`<script>`, `<iframe>`, `style=` and
 * `onerror=` all become visible text) and drops links with dangerous protocols such as
 * `javascript:`. Topics and news, written by staff, keep Astro's full Markdown and MDX.
 */
import { micromark } from 'micromark';
import { gfm, gfmHtml } from 'micromark-extension-gfm';

/** The HTML of a postcard story, safe to insert into a page or a feed. */
export function renderStory(markdown: string): string {
  return micromark(markdown, {
    allowDangerousHtml: false,
    allowDangerousProtocol: false,
    extensions: [gfm()],
    htmlExtensions: [gfmHtml()],
  });
}
