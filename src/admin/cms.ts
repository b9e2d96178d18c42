/**
 * The CMS at /admin/ (docs/cms.md). Built on its own by src/integrations/cms-bundle.ts, once
 * per version of Sveltia CMS, not with the site: it is a large application that changes only
 * when the package does.
 */
import CMS from '@sveltia/cms';

CMS.init();
