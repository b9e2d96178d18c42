import { dump } from 'js-yaml';
import { cmsConfig } from '../../lib/content/cms-config.ts';
import { site } from '../../site.config.ts';
import { env } from '../../config/env.ts';

/**
 * The site's CMS configuration (src/lib/content/cms-config.ts). `CMS_AUTH_URL` is the address of the
 * GitHub sign-in helper, when there is one (docs/cms.md, "Sign-in").
 */
export const siteCmsConfig = () => cmsConfig({ ...site, authUrl: env.CMS_AUTH_URL || undefined });

/** /admin/config.yml, which /admin/ points Sveltia CMS at. */
export function GET() {
  return new Response(dump(siteCmsConfig(), { lineWidth: -1, noRefs: true }), {
    headers: { 'Content-Type': 'text/yaml; charset=utf-8' },
  });
}
