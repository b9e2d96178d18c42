import { absoluteUrl, paths } from '../site-urls.ts';

/** Lets every crawler in and tells it where the sitemap is (with the origin and base path the site is built for). */
export function GET() {
  return new Response(['User-agent: *', 'Allow: /', '', `Sitemap: ${absoluteUrl(paths.sitemap())}`, ''].join('\n'), {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
}
