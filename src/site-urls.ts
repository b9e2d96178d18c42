/**
 * The site's addresses, as pages and components write them: the pure helpers of
 * src/lib/site/urls.ts with this site's base path, origin and repository from
 * src/site.config.ts passed in, so that a link stays `href(paths.topics())`. Code in
 * src/lib takes those values as parameters instead, and never imports this file.
 */
import * as urls from './lib/site/urls.ts';
import { site } from './site.config.ts';

export { entryId, normalisePath, pagePath, paths, slugify } from './lib/site/urls.ts';

/** Adds the site's base to a site path: `/topics/` → `/interlibnet/topics/` under a base path. */
export const href = (path: string): string => urls.href(path, site.base);

/** The absolute URL of a site path on the site's origin, for feeds, canonical links and calendars. */
export const absoluteUrl = (path: string): string => urls.absoluteUrl(path, site.url, site.base);

/** The page of GitHub's editor for a file of the site's repository, on the branch editors work on. */
export const editUrl = (file: string): string => urls.editUrl(file, site.repository, site.editBranch);
