import { encodeXML } from 'entities';
import stylesheet from '../feeds/feed-style.xsl?raw';
import { site } from '../site.config.ts';
import { href, paths } from '../site-urls.ts';

/** The stylesheet every feed names, with the site's addresses filled in (they depend on the base path). */
export function GET() {
  const filled = stylesheet
    .replaceAll('%LANG%', encodeXML(site.lang))
    .replaceAll('%SITE%', encodeXML(site.shortName))
    .replaceAll('%FOLLOW%', encodeXML(href(paths.follow())));
  return new Response(filled, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
}
