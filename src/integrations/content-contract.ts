import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import { isPublished, pagesNotWritten } from '../lib/content/publishing.ts';
import { formatProblems, formatWarnings, type Problem } from '../lib/content/problems.ts';
import { rememberChecked } from '../loaders/checked-content.ts';
import { readContent, readPages, readPublicFiles } from '../loaders/read-content.ts';
import { href, normalisePath } from '../site-urls.ts';
import { redirectPage } from '../lib/site/redirect-page.ts';
import { contentSecurityPolicy } from '../security.ts';
import { site } from '../site.config.ts';
import { type CheckedEntry, validateContent } from '../lib/content/validate-content.ts';

interface Options {
  /** Content folder, relative to the project root or absolute. */
  contentDir: string;
  /** The instant the site is built for: only published entries get redirects. */
  now: Date;
}

interface Redirect {
  from: string;
  to: string;
  /** The entry that claims the old address. */
  file: string;
}

let checked: readonly CheckedEntry[] = [];

/**
 * Every entry the content check of this build found, drafts and future entries included,
 * for integrations that work from the content before Astro has loaded it (share cards,
 * src/integrations/og-images.ts). Empty until the check has run: list contentContract()
 * first among the integrations.
 */
export function checkedEntries(): readonly CheckedEntry[] {
  return checked;
}

/** The `redirectFrom` paths of the published topics and news, each leading to its entry's page. */
export function redirectsFor(entries: readonly CheckedEntry[], now: Date): Redirect[] {
  return entries.flatMap((entry) =>
    (entry.collection === 'topics' || entry.collection === 'news') && isPublished(entry.data, now)
      ? (entry.data.redirectFrom ?? []).map((from) => ({ from, to: href(entry.path), file: entry.file }))
      : [],
  );
}

/**
 * Checks the whole content folder against the contract before Astro loads it, and stops
 * the build with every problem listed at once; then turns `redirectFrom` into redirects.
 * A redirect that would still land on another route's address stops the build too
 * (`prerenderConflictBehavior: 'error'` in astro.config.mjs).
 */
export function contentContract({ contentDir, now }: Options): AstroIntegration {
  let redirects: Redirect[] = [];
  return {
    name: 'interlibnet:content-contract',
    hooks: {
      'astro:config:setup': async ({ config, updateConfig, logger }) => {
        const root = fileURLToPath(config.root);
        const files = await readContent(root, contentDir);
        const pages = [
          ...(await readPages(root, fileURLToPath(new URL('pages/', config.srcDir)))),
          ...(await readPublicFiles(root, fileURLToPath(config.publicDir))),
        ];
        const { problems, entries, warnings } = validateContent(files, pages, { timeZone: site.timeZone, now });
        if (problems.length > 0) throw contentError(problems);
        if (warnings.length > 0) logger.warn(formatWarnings(warnings));
        // The loaders take what was checked here rather than reading and checking it again.
        const read = new Map(files.map((file) => [file.file, file]));
        for (const entry of entries) {
          const file = read.get(entry.file);
          if (file?.modified !== undefined)
            rememberChecked(resolve(root, entry.file), { modified: file.modified, data: entry.data, source: file.source });
        }
        checked = entries;
        redirects = redirectsFor(entries, now);
        updateConfig({ redirects: Object.fromEntries(redirects.map(({ from, to }) => [from, to])) });
        logger.info(`${files.length} content files follow the contract`);
      },
      // Hosts that read _redirects (Cloudflare Pages, Netlify) answer old addresses with a
      // real 301; everywhere else the redirect pages Astro writes do the same job.
      'astro:build:done': async ({ dir }) => {
        const missing = pagesNotWritten(checked, now, (path) => existsSync(new URL(`.${path}index.html`, dir)));
        if (missing.length > 0) throw contentError(missing);
        if (redirects.length === 0) return;
        await writeFile(new URL('_redirects', dir), redirectsFile(redirects));
        await writeRedirectPages(dir, redirects);
      },
      // Pages in src/pages are checked above: a redirect would replace them before this
      // hook sees them. This catches pages that other integrations inject.
      'astro:routes:resolved': ({ routes }) => {
        const pages = new Set(routes.filter((route) => route.type === 'page' && !route.params.length).map((route) => normalisePath(route.pattern)));
        const clashes = redirects.filter(({ from }) => pages.has(normalisePath(from)));
        if (clashes.length === 0) return;
        throw contentError(clashes.map(({ from, file }) => clash(from, file, 'a page of the site')));
      },
    },
  };
}

/** `_redirects` lines, `from to 301`, with the base path on both sides. Paths are plain site paths (the contract). */
export function redirectsFile(redirects: readonly Redirect[]): string {
  return redirects.map(({ from, to }) => `${href(from)} ${to} 301\n`).join('');
}

/**
 * Replaces the redirect pages Astro wrote (`content="0;url=…"`, which the HTML standard
 * does not allow) with valid ones: see src/lib/site/redirect-page.ts. They carry the site's
 * policy too, and need no script or style of their own.
 */
async function writeRedirectPages(dir: URL, redirects: readonly Redirect[]): Promise<void> {
  const csp = [...contentSecurityPolicy, "script-src 'self'", "style-src 'self'"].join('; ');
  for (const { from, to } of redirects) {
    const folder = new URL(`./${from.replace(/^\/+|\/+$/g, '')}/`, dir);
    await mkdir(folder, { recursive: true });
    const canonical = new URL(to, site.url).href;
    await writeFile(new URL('index.html', folder), redirectPage({ to, canonical, siteName: site.name, csp }));
  }
}

function clash(from: string, file: string, what: string): Problem {
  return {
    file,
    field: 'redirectFrom',
    found: `${from}, the address of ${what}`,
    expected: 'an old address no page, feed or calendar of the site uses',
  };
}

function contentError(problems: Problem[]): AstroError {
  return new AstroError(formatProblems(problems), 'Fix each file as listed, then build again. CONTRIBUTING.md describes every field.');
}
