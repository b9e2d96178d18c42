/**
 * The one place the site is configured. Pages, components, `astro.config.mjs` and the
 * content check all read from here; nothing else hard-codes a URL, a zone or a name.
 *
 * `SITE_URL` and `SITE_BASE` override the address for a deployment elsewhere (for
 * example GitHub Pages under `/interlibnet/`); `ILN_CONTENT_DIR` points the build at
 * another content folder, which the tests use for their fixtures. The `GISCUS_*` variables
 * override the comment settings (see `comments` below).
 */
import { env } from './config/env.ts';
import type { License } from './lib/content/licenses.ts';
import type { CommentsConfig } from './lib/site/comments.ts';

export interface NavLink {
  /** Text of the link. */
  label: string;
  /** Site path without the base, starting and ending with `/`. */
  path: string;
}

export interface SocialLink {
  /** The network's name, which is also what a screen reader says: `Mastodon`, `Bluesky`. */
  label: string;
  /** Absolute `https://` address. */
  href: string;
}

/** How to reach the team (the Contact page, the FAQ). */
export interface ContactConfig {
  /** The team's address: every "write to us" is a `mailto:` to it. */
  email: string;
  /** An optional external contact form (`https://`), offered beside the address. */
  formUrl?: string;
}

/**
 * A "Get new topics by email" form posted straight to an RSS-to-email service, which
 * sends the site's feed to subscribers: no script, and no address is kept by us.
 * docs/configuration.md says how to set one up.
 */
export interface NewsletterConfig {
  /** The service's subscribe endpoint (`https://`): the form's `action`, and added to the CSP's `form-action`. */
  action: string;
  /** Name of the email field the service expects, such as `email` or `EMAIL`. */
  emailField: string;
  /** Fields the service needs sent as they are (a list id, a tag). */
  hidden?: Record<string, string>;
}

export interface SiteConfig {
  /** Full name, used in titles and the footer. */
  name: string;
  /** Short name for tight spaces. */
  shortName: string;
  /** Default meta description. */
  description: string;
  /** Language of the site's own text (BCP 47). */
  lang: string;
  /** Origin the site is served from, without the base path. */
  url: string;
  /** Path prefix the site lives under: `/` or `/something/`. */
  base: string;
  /**
   * IANA zone the organisers work in. Publication days are shown in it; a bare date
   * (`2024-03-12`, midnight UTC) shows as the day written because Sydney is ahead of UTC.
   */
  timeZone: string;
  /** Folder of the content collections, relative to the project root. */
  contentDir: string;
  /** Header navigation, in order. */
  nav: NavLink[];
  /** Links in the footer to ILN elsewhere: any networks, each named. */
  social: SocialLink[];
  /** Where contributors edit content (postcards arrive as pull requests here). */
  repository: string;
  /** The branch "Edit this page" opens in GitHub's editor: `<repository>/edit/<editBranch>/<file>`. */
  editBranch: string;
  contact: ContactConfig;
  /** The email subscription form; none is shown while this is undefined. */
  newsletter: NewsletterConfig | undefined;
  /**
   * The licence of everything the site publishes (topics, news, postcards, photos), named
   * in the footer and in every page's `<link rel="license">`. A postcard's own `license`
   * field overrides it for that postcard.
   */
  license: License;
  /** The issue form that sends a postcard without Git: what every "Send a postcard" link offers first. */
  sendPostcardForm: string;
  /** The step-by-step guide to sending a postcard by pull request, offered second. */
  sendPostcardGuide: string;
  /** How many items the home page shows of each section. */
  home: { postcards: number; news: number };
  /**
   * How many of the newest items the site feed and the section feeds carry, so that a reader
   * polling every hour never downloads megabytes. A round's feed carries its whole round.
   */
  feedItems: number;
  /**
   * Long lists come a page at a time, so that no page grows with the archive: `pageSize`
   * entries per page of the news, of a tag and of the rounds, and `roundsPerPage` rounds,
   * each with all its topics, per page of the topics.
   */
  lists: { pageSize: number; roundsPerPage: number };
  postcards: {
    /** Postcards per gallery page; a round brings hundreds, so pages stay this size. */
    pageSize: number;
  };
  /** Comment threads from GitHub Discussions through giscus; docs/comments.md says how to set them up. */
  comments: CommentsConfig;
}

/** Ensures a base path starts and ends with one slash. */
function normaliseBase(base: string): string {
  const trimmed = base.replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

const REPOSITORY = 'https://github.com/interlibnet/interlibnet';

/**
 * The email form from NEWSLETTER_ACTION (and NEWSLETTER_EMAIL_FIELD, default `email`), so
 * that one build can try it; an empty NEWSLETTER_ACTION turns it off.
 */
function newsletterFromEnv(): NewsletterConfig | undefined {
  if (!env.NEWSLETTER_ACTION) return undefined;
  return { action: env.NEWSLETTER_ACTION, emailField: env.NEWSLETTER_EMAIL_FIELD ?? 'email' };
}

export const site = {
  name: 'International Librarians Network',
  shortName: 'ILN',
  description:
    'A volunteer-run peer-mentoring program that pairs librarians across countries, with fortnightly discussion topics, postcards from libraries and program news.',
  lang: 'en',
  url: (env.SITE_URL ?? 'https://interlibnet.org').replace(/\/+$/, ''),
  base: normaliseBase(env.SITE_BASE ?? '/'),
  timeZone: 'Australia/Sydney',
  contentDir: env.ILN_CONTENT_DIR ?? 'content',
  nav: [
    { label: 'Topics', path: '/topics/' },
    { label: 'Rounds', path: '/rounds/' },
    { label: 'Postcards', path: '/postcards/' },
    { label: 'News', path: '/news/' },
    { label: 'About', path: '/about/' },
    { label: 'Join', path: '/join/' },
  ],
  social: [
    { label: 'Mastodon', href: 'https://mastodon.social/@interlibnet' },
    { label: 'Bluesky', href: 'https://bsky.app/profile/interlibnet.org' },
    { label: 'Facebook', href: 'https://www.facebook.com/interlibnet' },
    { label: 'LinkedIn', href: 'https://www.linkedin.com/company/interlibnet' },
    { label: 'GitHub', href: REPOSITORY },
  ],
  repository: REPOSITORY,
  editBranch: 'main',
  // A contact form, if the team sets one up, goes in formUrl: 'https://…'.
  contact: { email: 'team@interlibnet.org' } as ContactConfig,
  // An RSS-to-email service's subscribe form, e.g. for Buttondown:
  // { action: 'https://buttondown.com/api/emails/embed-subscribe/interlibnet', emailField: 'email' }
  newsletter: newsletterFromEnv(),
  license: { id: 'CC-BY-4.0', name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' },
  sendPostcardForm: `${REPOSITORY}/issues/new?template=postcard.yml`,
  sendPostcardGuide: `${REPOSITORY}/blob/main/CONTRIBUTING.md#send-a-postcard`,
  home: { postcards: 4, news: 3 },
  feedItems: 50,
  // About 40 KB of HTML a page: ten years of rounds stay well under 100 KB a list page.
  lists: { pageSize: env.ILN_LIST_PAGE_SIZE ?? 20, roundsPerPage: env.ILN_LIST_PAGE_SIZE ?? 4 },
  // WebP only: AVIF made the large benchmark build several times slower (docs/benchmark.md).
  postcards: { pageSize: 24 },
  // The ids come from https://giscus.app once Discussions and the giscus app are set up.
  // While either is empty there are no comment sections, and the build says so once.
  // An empty GISCUS_REPO_ID or GISCUS_CATEGORY_ID turns comments off for one build.
  comments: {
    repo: env.GISCUS_REPO ?? 'interlibnet/interlibnet',
    repoId: env.GISCUS_REPO_ID ?? '',
    category: env.GISCUS_CATEGORY ?? 'Open forum',
    categoryId: env.GISCUS_CATEGORY_ID ?? '',
    mapping: 'specific',
    lang: 'en',
    theme: { light: 'light', dark: 'dark' },
    collections: env.commentCollections ?? { topics: true, postcards: true, news: true },
    requireConsent: env.GISCUS_CONSENT === 'true',
  },
} satisfies SiteConfig;
