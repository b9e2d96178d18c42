/**
 * The built sites the browser tests visit. Each is built from its content into its own
 * folder and served by `astro preview` on its own port (see tests/playwright.config.ts).
 */
import { join } from 'node:path';
import { prepareArchive } from '../fixtures/postcards-archive.ts';
import { OUTPUT } from './build.ts';

export interface TestSite {
  name: string;
  contentDir: string;
  /** Writes the site's content into `contentDir` before the build, for generated fixtures. */
  prepare?: (contentDir: string) => Promise<void>;
  port: number;
  /** Base path the site is built for. */
  base: string;
  env: Record<string, string>;
}

/** First port of the test servers; set ILN_TEST_PORT to run two checkouts' tests side by side. */
const FIRST_PORT = Number(process.env.ILN_TEST_PORT ?? 4510);

const site = (name: string, offset: number, contentDir: string, env: Record<string, string> = {}): TestSite => ({
  name,
  contentDir,
  port: FIRST_PORT + offset,
  base: env.SITE_BASE ?? '/',
  env,
});

/** giscus settings that look real but lead nowhere: the browser tests answer giscus.app themselves. */
export const GISCUS_TEST_IDS = {
  GISCUS_REPO: 'interlibnet/forum-test',
  GISCUS_REPO_ID: 'R_kgDOTEST01',
  GISCUS_CATEGORY: 'Open forum',
  GISCUS_CATEGORY_ID: 'DIC_kwDOTEST01',
};

/** A made-up RSS-to-email service: the browser tests answer its subscribe address themselves. */
export const NEWSLETTER_TEST_ACTION = 'https://newsletter.example/subscribe/interlibnet';

export const SITES = {
  /** The sample content in content/, as `npm start` builds it. */
  main: site('main', 0, 'content'),
  /** The same content under a base path, as on GitHub Pages. */
  base: site('base', 1, 'content', { SITE_BASE: '/interlibnet/' }),
  /**
   * Sample content plus a hostile postcard and a generated archive that needs several pages;
   * every other list a page per entry (or per round), so that they page too.
   */
  postcards: { ...site('postcards', 2, join(OUTPUT, 'content', 'postcards'), { ILN_LIST_PAGE_SIZE: '1' }), prepare: prepareArchive },
  /**
   * One round whose applications closed before TEST_NOW and none after it: the join page
   * has no round to offer, only ways to hear about the next one, an email form among them.
   */
  noFutureRound: site('noFutureRound', 3, 'tests/fixtures/no-future-round', { NEWSLETTER_ACTION: NEWSLETTER_TEST_ACTION }),
  /** Comment threads set up with made-up giscus ids, loaded when the reader scrolls to them. */
  comments: site('comments', 17, 'tests/fixtures/comments', GISCUS_TEST_IDS),
  /** Comments that load only after the reader agrees, none under news, under a base path. */
  commentsConsent: site('commentsConsent', 18, 'tests/fixtures/comments', {
    ...GISCUS_TEST_IDS,
    GISCUS_CONSENT: 'true',
    GISCUS_COLLECTIONS: 'topics,postcards',
    SITE_BASE: '/interlibnet/',
  }),
} satisfies Record<string, TestSite>;

export type SiteName = keyof typeof SITES;

export const outDirOf = (site: TestSite) => join(OUTPUT, 'sites', site.name);
export const urlOf = (site: TestSite, path = '/') => `http://localhost:${site.port}${site.base.replace(/\/$/, '')}${path}`;
