/**
 * What pages may load, beyond the scripts and styles Astro hashes itself: the policy for
 * Astro's `security.csp` (astro.config.mjs). `public/_headers` adds, for hosts that read
 * it, what a `<meta>` policy cannot say. docs/security.md says why each source is there.
 */
import type { AstroUserConfig } from 'astro';
import { type NewsletterConfig, site } from './site.config.ts';

type CspDirective = NonNullable<Exclude<NonNullable<AstroUserConfig['security']>['csp'], boolean | undefined>['directives']>[number];

/**
 * Where the site's forms may post: the site itself (the header's search form), and the
 * email service's origin when a "Get new topics by email" form is set up.
 * `formAction({ action: 'https://buttondown.com/api/emails/embed-subscribe/iln', emailField: 'email' })`
 * → `form-action 'self' https://buttondown.com`.
 */
export function formAction(newsletter: NewsletterConfig | undefined): `form-action ${string}` {
  if (!newsletter) return "form-action 'self'";
  const url = new URL(newsletter.action);
  if (url.protocol !== 'https:')
    throw new Error(`site.config.ts → newsletter.action: expected an address starting with https://, found ${newsletter.action}`);
  return `form-action 'self' ${url.origin}`;
}

/**
 * What `script-src` and `style-src` allow on every page besides the hashes Astro adds: the
 * site's own files, and WebAssembly for Pagefind. A page that inserts more (the CMS at
 * /admin/) inserts only what is not here, or the policy lists a source twice, which the
 * HTML checker rejects.
 */
export const scriptResources: readonly string[] = ["'self'", "'wasm-unsafe-eval'"];
export const styleResources: readonly string[] = ["'self'"];

/** Directives of every page's Content Security Policy, except `script-src` and `style-src`, which Astro writes. */
export const contentSecurityPolicy: CspDirective[] = [
  "default-src 'self'",
  // Photos are processed at build time and served from the site: no remote image, ever.
  // data: is for the search box's icons, which Pagefind's stylesheet inlines; content
  // cannot use it (the sanitiser drops data: addresses).
  "img-src 'self' data:",
  // Pagefind fetches its index; nothing else is fetched.
  "connect-src 'self'",
  // The comment threads are giscus.app's page in a frame.
  'frame-src https://giscus.app',
  "object-src 'none'",
  "base-uri 'self'",
  // The header's search form goes to /search/; an email form, if one is set up, adds its service.
  formAction(site.newsletter),
  'upgrade-insecure-requests',
];
