/**
 * The page an old address serves where the host cannot answer with a real 301 (GitHub
 * Pages): a valid HTML document that refreshes to the new address at once, asks not to be
 * indexed, names the new address as canonical and links to it for readers whose browser
 * does not follow the refresh. Built as a hast tree and serialised by hast-util-to-html,
 * never from strings, because Astro's own redirect page writes `content="0;url=…"`, which
 * the Nu Html Checker rejects.
 */
import type { Element, ElementContent, Root } from 'hast';
import { toHtml } from 'hast-util-to-html';

export interface RedirectPageOptions {
  /** Where the old address leads, as a link on the site (with the base path): `/topics/1/06-library-spaces/`. */
  to: string;
  /** The same page's absolute URL, for the canonical link: `https://interlibnet.org/topics/1/06-library-spaces/`. */
  canonical: string;
  /** The site's name, for the title. */
  siteName: string;
  /** The page's Content Security Policy, as the other pages' `<meta>` has it; none when undefined. */
  csp?: string | undefined;
}

const element = (tagName: string, properties: Element['properties'], children: ElementContent[] = []): Element => ({
  type: 'element',
  tagName,
  properties,
  children,
});

const text = (value: string): ElementContent => ({ type: 'text', value });

/**
 * The redirect page as a hast tree: `lang`, a title, the refresh (`0; url=…`, with the
 * space the HTML standard expects), `noindex`, the canonical and a visible link. No script.
 */
export function redirectPageTree({ to, canonical, siteName, csp }: RedirectPageOptions): Root {
  const head = [
    element('meta', { charSet: 'utf-8' }),
    ...(csp ? [element('meta', { httpEquiv: ['content-security-policy'], content: csp })] : []),
    element('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' }),
    element('title', {}, [text(`Page moved · ${siteName}`)]),
    element('meta', { httpEquiv: ['refresh'], content: `0; url=${to}` }),
    element('meta', { name: 'robots', content: 'noindex' }),
    element('link', { rel: ['canonical'], href: canonical }),
  ];
  const body = [element('main', {}, [element('p', {}, [text('This page has moved to '), element('a', { href: to }, [text(canonical)]), text('.')])])];
  return {
    type: 'root',
    children: [{ type: 'doctype' }, element('html', { lang: 'en' }, [element('head', {}, head), element('body', {}, body)])],
  };
}

/** The redirect page as HTML text, ready to be written as the old address's `index.html`. */
export function redirectPage(options: RedirectPageOptions): string {
  return `${toHtml(redirectPageTree(options))}\n`;
}
