/**
 * Comment threads from GitHub Discussions, shown through giscus: whether comments are set
 * up, which entries have a thread, what each thread is keyed by and where the plain link
 * leads. Pure: the configuration and the entries arrive as arguments.
 */
import type { Problem } from '../content/problems.ts';

import { COMMENT_COLLECTIONS, type CommentCollection } from '../content/collections.ts';

export { COMMENT_COLLECTIONS, type CommentCollection };

export interface CommentsConfig {
  /** GitHub repository that holds the discussions, as `owner/name`. */
  repo: string;
  /** The repository's id, from giscus.app (`R_…`). Empty leaves comments off. */
  repoId: string;
  /** Discussion category new threads are created in, e.g. `Open forum`. */
  category: string;
  /** The category's id, from giscus.app (`DIC_…`). Empty leaves comments off. */
  categoryId: string;
  /**
   * How giscus finds a page's thread. Only `specific` is offered: each entry names its
   * thread with a stable term (see `discussionTerm`), so that neither a new title, a moved
   * file nor a base path (the same page at `/` and at `/interlibnet/`) splits a thread.
   */
  mapping: 'specific';
  /** Language of giscus's own text: one giscus has, such as `en`, `es` or `pt`. */
  lang: string;
  /** The giscus themes that match the site's light and dark themes. */
  theme: { light: string; dark: string };
  /** Which collections have comment threads (an entry can still opt out with `comments: false`). */
  collections: Record<CommentCollection, boolean>;
  /** Ask before anything is loaded from GitHub: a "Load comments" button rather than loading on scroll. */
  requireConsent: boolean;
}

/** What an entry must have for a thread: Astro's `CollectionEntry` fits. */
export type CommentableEntry = {
  id: string;
  data: { comments?: boolean; discussionTerm?: string | undefined };
} & ({ collection: 'topics'; data: { round: number; number: number } } | { collection: 'postcards' | 'news' });

/**
 * The settings giscus needs that are still empty, by their names in the site config:
 * `[]` when comments can be shown.
 */
export function missingCommentSettings(config: CommentsConfig): string[] {
  return (['repo', 'repoId', 'category', 'categoryId'] as const).filter((key) => config[key].trim() === '');
}

/** Settings that are filled in but cannot work, as problems naming the field. */
export function commentSettingProblems(config: CommentsConfig, file = 'src/site.config.ts'): Problem[] {
  const problems: Problem[] = [];
  if (config.repo && !/^[\w.-]+\/[\w.-]+$/.test(config.repo)) {
    problems.push({
      file,
      field: 'comments.repo',
      found: JSON.stringify(config.repo),
      expected: 'a GitHub repository as owner/name, such as interlibnet/interlibnet',
    });
  }
  if (config.mapping !== 'specific') {
    problems.push({
      file,
      field: 'comments.mapping',
      found: JSON.stringify(config.mapping),
      expected: '"specific": threads are keyed by a stable term per entry',
    });
  }
  return problems;
}

/** The one line a build prints about comments: on (where from) or off (and how to turn them on). */
export function commentsStatus(config: CommentsConfig): string {
  const missing = missingCommentSettings(config);
  if (missing.length > 0) {
    return `Comments are off: comments.${missing.join(', comments.')} ${missing.length === 1 ? 'is' : 'are'} empty in src/site.config.ts. docs/comments.md says how to set up GitHub Discussions and giscus.`;
  }
  const collections = COMMENT_COLLECTIONS.filter((collection) => config.collections[collection]);
  const when = config.requireConsent ? 'after the reader agrees' : 'when the reader scrolls to them';
  return `Comments from GitHub Discussions in ${config.repo}, category "${config.category}", under ${collections.join(', ') || 'no collection'}; loaded ${when}.`;
}

/**
 * True when topics can have comment threads at all: only then may a page promise an open
 * forum under each topic. Otherwise the discussion happens in the topics' live chats.
 */
export function topicsHaveComments(config: CommentsConfig): boolean {
  return missingCommentSettings(config).length === 0 && config.collections.topics;
}

/**
 * True when the entry's page shows a comment thread: comments are set up, its collection
 * has them and the entry has not switched them off with `comments: false`.
 */
export function hasComments(entry: CommentableEntry, config: CommentsConfig): boolean {
  return missingCommentSettings(config).length === 0 && config.collections[entry.collection] && entry.data.comments !== false;
}

/**
 * The term that names an entry's thread (giscus's "specific" mapping), made from what
 * never changes about the entry rather than its address or title: a title gets edited, a
 * page address moves with the base path, and either would quietly start a new, empty
 * thread and orphan the old one.
 *
 * - a topic: `topic:<round>/<NN>`, e.g. `topic:2/04`; round and number are fixed for
 *   good, whatever the file is called;
 * - a postcard: `postcard:<folder name>`; a news item: `news:<file name>`.
 *
 * `discussionTerm` in the frontmatter wins, so that a renamed postcard folder or news
 * file keeps its thread: write the term it had before, e.g. `postcard:anna-debrecen`.
 */
export function discussionTerm(entry: CommentableEntry): string {
  const pinned = entry.data.discussionTerm?.trim();
  if (pinned) return pinned;
  switch (entry.collection) {
    case 'topics':
      return `topic:${entry.data.round}/${String(entry.data.number).padStart(2, '0')}`;
    case 'postcards':
      return `postcard:${entry.id}`;
    case 'news':
      return `news:${entry.id}`;
  }
}

/**
 * The repository's discussions, searched for the thread's term: the plain link shown
 * without JavaScript, or when giscus is blocked.
 */
export function discussionSearchUrl(repo: string, term: string): string {
  const url = new URL(`https://github.com/${repo}/discussions`);
  url.searchParams.set('discussions_q', term);
  return url.href;
}

/** The collections named in a comma-separated list (`topics,news`), for an environment override. */
export function parseCommentCollections(list: string): Record<CommentCollection, boolean> {
  const names = list
    .split(',')
    .map((name) => name.trim())
    .filter(Boolean);
  const unknown = names.filter((name) => !(COMMENT_COLLECTIONS as readonly string[]).includes(name));
  if (unknown.length > 0) {
    throw new Error(
      `GISCUS_COLLECTIONS: found ${JSON.stringify(unknown.join(','))}; expected a comma-separated list of ${COMMENT_COLLECTIONS.join(', ')}, or nothing for none`,
    );
  }
  return Object.fromEntries(COMMENT_COLLECTIONS.map((name) => [name, names.includes(name)])) as Record<CommentCollection, boolean>;
}

/**
 * Two entries whose terms are the same would share one thread: most likely a pinned
 * `discussionTerm` copied from another entry. The problem is reported on the entry that
 * pinned the term, since that is the line to change. Two entries that merely derive the
 * same term already break a rule of their own (a topic number used twice, one address for
 * two files), which is reported there.
 */
export function sharedTermProblems(entries: readonly (CommentableEntry & { file: string })[]): Problem[] {
  const owners = new Map<string, string>();
  const problems: Problem[] = [];
  const pinned = (entry: CommentableEntry) => Boolean(entry.data.discussionTerm?.trim());
  for (const entry of [...entries.filter((entry) => !pinned(entry)), ...entries.filter(pinned)]) {
    const term = discussionTerm(entry);
    const owner = owners.get(term);
    if (!owner) owners.set(term, entry.file);
    else if (pinned(entry)) {
      problems.push({
        file: entry.file,
        field: 'discussionTerm',
        found: `${JSON.stringify(term)}, the thread of ${owner} too`,
        expected: 'a term no other entry has, so that each entry keeps its own comments',
      });
    }
  }
  return problems;
}
