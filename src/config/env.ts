/**
 * The environment variables that change a build, read and checked in one place with one
 * schema: each bad value stops the build with the variable's name, what was found and
 * what is expected. src/site.config.ts and src/data/now.ts take their overrides from here;
 * docs/configuration.md lists them.
 */
import { z } from 'astro/zod';
import { parseCommentCollections } from '../lib/site/comments.ts';
import { parseDateTime } from '../lib/time/dates.ts';

const httpsUrl = (what: string) =>
  z.string().refine((value) => URL.canParse(value) && new URL(value).protocol === 'https:', { error: `${what}, an https:// address` });

const schema = z.object({
  /** Origin the site is served from, e.g. `https://interlibnet.github.io`. */
  SITE_URL: z
    .string()
    .refine((value) => URL.canParse(value) && /^https?:$/.test(new URL(value).protocol), {
      error: 'an http:// or https:// address such as https://interlibnet.org',
    })
    .optional(),
  /** Path the site lives under, e.g. `/interlibnet/`. */
  SITE_BASE: z
    .string()
    .regex(/^[/A-Za-z0-9._~-]*$/, { error: 'a path such as /interlibnet/' })
    .optional(),
  /** Another content folder, for tests and benchmarks. */
  ILN_CONTENT_DIR: z.string().min(1, { error: 'a folder such as content' }).optional(),
  /** Entries (and rounds of topics) per list page instead of the usual: small, for tests that page through lists. */
  ILN_LIST_PAGE_SIZE: z.coerce
    .number({ error: 'a whole number of 1 or more' })
    .int({ error: 'a whole number of 1 or more' })
    .min(1, { error: 'a whole number of 1 or more' })
    .optional(),
  /** The instant to build for, instead of now. */
  // With its offset: without one, JavaScript reads a date-time in the machine's own zone.
  ILN_NOW: z
    .string()
    .refine((value) => parseDateTime(value) !== undefined, {
      error: 'an ISO date-time with its offset, such as 2026-11-23T09:00:00+11:00 or 2026-11-22T22:00:00Z',
    })
    .transform((value) => parseDateTime(value)!.instant)
    .optional(),
  /**
   * No longer read: photos are WebP with one JPEG, three files at most (docs/benchmark.md
   * says why AVIF went). Refused rather than ignored, so no build claims to be in AVIF.
   */
  ILN_PHOTO_FORMATS: z.undefined({ error: 'nothing: photos are always WebP with one JPEG, and AVIF is gone (docs/benchmark.md)' }).optional(),
  GISCUS_REPO: z
    .string()
    .regex(/^[\w.-]+\/[\w.-]+$/, { error: 'a repository written owner/name' })
    .optional(),
  /** Empty turns comments off for one build. */
  GISCUS_REPO_ID: z.string().optional(),
  GISCUS_CATEGORY: z.string().optional(),
  /** Empty turns comments off for one build. */
  GISCUS_CATEGORY_ID: z.string().optional(),
  /** Which collections have comment threads: `topics,news`; empty for none. */
  GISCUS_COLLECTIONS: z.string().optional(),
  GISCUS_CONSENT: z.enum(['true', 'false'], { error: 'true or false' }).optional(),
  /** An RSS-to-email service's subscribe endpoint; empty turns the email form off. */
  NEWSLETTER_ACTION: z.union([z.literal(''), httpsUrl('the subscribe endpoint of an RSS-to-email service')]).optional(),
  NEWSLETTER_EMAIL_FIELD: z.string().min(1).optional(),
  /** Sveltia CMS's authenticator, for "Sign in with GitHub" at /admin/. */
  CMS_AUTH_URL: z.union([z.literal(''), httpsUrl('the address of the CMS authenticator')]).optional(),
});

export type Env = z.output<typeof schema> & { commentCollections?: ReturnType<typeof parseCommentCollections> };

/** The variable a problem is about: the first segment of its path. */
const variable = (path: readonly PropertyKey[]) => String(path[0]);

/** Reads the variables that matter from `source`; throws one error naming every bad one. */
export function readEnv(source: Record<string, string | undefined>): Env {
  const result = schema.safeParse(source);
  const problems = result.success
    ? []
    : [...new Map(result.error.issues.map((issue) => [variable(issue.path), issue])).entries()].map(([name, issue]) => {
        return `${name}: found ${JSON.stringify(source[name])}; expected ${issue.message}`;
      });
  let commentCollections: Env['commentCollections'];
  try {
    if (source.GISCUS_COLLECTIONS !== undefined) commentCollections = parseCommentCollections(source.GISCUS_COLLECTIONS);
  } catch (error) {
    problems.push((error as Error).message);
  }
  if (problems.length > 0 || !result.success) throw new Error(`Environment variables the build cannot use:\n  ${problems.join('\n  ')}`);
  return { ...result.data, commentCollections };
}

/** This build's environment, checked. Empty in a browser, where there is none. */
export const env: Env = readEnv(typeof process === 'undefined' ? {} : process.env);
