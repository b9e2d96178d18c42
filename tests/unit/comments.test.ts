import { describe, expect, test } from 'vitest';
import {
  type CommentableEntry,
  type CommentsConfig,
  commentSettingProblems,
  commentsStatus,
  discussionSearchUrl,
  discussionTerm,
  hasComments,
  missingCommentSettings,
  parseCommentCollections,
  sharedTermProblems,
  topicsHaveComments,
} from '../../src/lib/site/comments.ts';
import { newsSchema, topicSchema } from '../../src/lib/content/schemas.ts';
import { formatProblem } from '../../src/lib/content/problems.ts';

const configured: CommentsConfig = {
  repo: 'interlibnet/interlibnet',
  repoId: 'R_kgDOExample',
  category: 'Open forum',
  categoryId: 'DIC_kwDOExample',
  mapping: 'specific',
  lang: 'en',
  theme: { light: 'light', dark: 'dark' },
  collections: { topics: true, postcards: true, news: true },
  requireConsent: false,
};

const topic = (round: number, number: number, extra: CommentableEntry['data'] = {}): CommentableEntry => ({
  collection: 'topics',
  id: `${round}/${String(number).padStart(2, '0')}-some-title`,
  data: { round, number, ...extra },
});
const postcard = (id: string, extra: CommentableEntry['data'] = {}): CommentableEntry => ({ collection: 'postcards', id, data: extra });
const news = (id: string, extra: CommentableEntry['data'] = {}): CommentableEntry => ({ collection: 'news', id, data: extra });

describe('discussionTerm', () => {
  test('names a topic by its round and two-digit number, whatever its file or title', () => {
    expect(discussionTerm(topic(2, 4))).toBe('topic:2/04');
    expect(discussionTerm({ ...topic(2, 4), id: '2/04-a-new-title-for-the-topic' })).toBe('topic:2/04');
    expect(discussionTerm(topic(13, 112))).toBe('topic:13/112');
  });

  test('names a postcard and a news item by their id', () => {
    expect(discussionTerm(postcard('anna-kovacs-debrecen'))).toBe('postcard:anna-kovacs-debrecen');
    expect(discussionTerm(news('2026-09-round-2-partners-matched'))).toBe('news:2026-09-round-2-partners-matched');
  });

  test('keeps the thread of a renamed entry when the frontmatter pins its old term', () => {
    expect(discussionTerm(postcard('anna-kovacs-debrecen-library', { discussionTerm: 'postcard:anna-kovacs-debrecen' }))).toBe(
      'postcard:anna-kovacs-debrecen',
    );
    expect(discussionTerm(topic(3, 2, { discussionTerm: '  topic:3/01 ' }))).toBe('topic:3/01');
    expect(discussionTerm(news('2026-10-x', { discussionTerm: '' }))).toBe('news:2026-10-x');
  });
});

test('pages promise an open forum under topics only when topics have threads', () => {
  expect(topicsHaveComments(configured)).toBe(true);
  expect(topicsHaveComments({ ...configured, repoId: '' })).toBe(false);
  expect(topicsHaveComments({ ...configured, collections: { topics: false, postcards: true, news: true } })).toBe(false);
});

describe('hasComments', () => {
  test('is true for every entry of a collection with comments, when giscus is set up', () => {
    expect(hasComments(topic(2, 4), configured)).toBe(true);
    expect(hasComments(postcard('a'), configured)).toBe(true);
    expect(hasComments(news('b', { comments: true }), configured)).toBe(true);
  });

  test('is false without the repository or category id', () => {
    expect(hasComments(topic(2, 4), { ...configured, repoId: '' })).toBe(false);
    expect(hasComments(topic(2, 4), { ...configured, categoryId: '  ' })).toBe(false);
  });

  test('is false for a collection switched off in the config, and for an entry switched off by itself', () => {
    const noNews = { ...configured, collections: { topics: true, postcards: true, news: false } };
    expect(hasComments(news('b'), noNews)).toBe(false);
    expect(hasComments(topic(2, 4), noNews)).toBe(true);
    expect(hasComments(topic(2, 5, { comments: false }), configured)).toBe(false);
  });
});

describe('the comment settings', () => {
  test('lists what is missing by its name in the site config', () => {
    expect(missingCommentSettings(configured)).toEqual([]);
    expect(missingCommentSettings({ ...configured, repoId: '', categoryId: '' })).toEqual(['repoId', 'categoryId']);
    expect(missingCommentSettings({ ...configured, repo: '' })).toEqual(['repo']);
  });

  test('says in one line whether comments are on, and how to turn them on', () => {
    expect(commentsStatus({ ...configured, repoId: '', categoryId: '' })).toBe(
      'Comments are off: comments.repoId, comments.categoryId are empty in src/site.config.ts. docs/comments.md says how to set up GitHub Discussions and giscus.',
    );
    expect(commentsStatus({ ...configured, categoryId: '' })).toMatch(/^Comments are off: comments\.categoryId is empty/);
    expect(commentsStatus(configured)).toBe(
      'Comments from GitHub Discussions in interlibnet/interlibnet, category "Open forum", under topics, postcards, news; loaded when the reader scrolls to them.',
    );
    expect(commentsStatus({ ...configured, requireConsent: true, collections: { topics: true, postcards: false, news: false } })).toBe(
      'Comments from GitHub Discussions in interlibnet/interlibnet, category "Open forum", under topics; loaded after the reader agrees.',
    );
  });

  test('reports a repository that is not owner/name, naming the file and the field', () => {
    expect(commentSettingProblems(configured)).toEqual([]);
    expect(commentSettingProblems({ ...configured, repo: 'https://github.com/interlibnet/interlibnet' }).map(formatProblem)).toEqual([
      'src/site.config.ts → comments.repo: found "https://github.com/interlibnet/interlibnet"; expected a GitHub repository as owner/name, such as interlibnet/interlibnet',
    ]);
  });

  test('reads the collections with comments from a comma-separated list', () => {
    expect(parseCommentCollections('topics, postcards')).toEqual({ topics: true, postcards: true, news: false });
    expect(parseCommentCollections('')).toEqual({ topics: false, postcards: false, news: false });
    expect(() => parseCommentCollections('topics,rounds')).toThrow(
      'GISCUS_COLLECTIONS: found "rounds"; expected a comma-separated list of topics, postcards, news, or nothing for none',
    );
  });
});

test('the plain link searches the repository’s discussions for the thread’s term', () => {
  expect(discussionSearchUrl('interlibnet/interlibnet', 'topic:2/04')).toBe(
    'https://github.com/interlibnet/interlibnet/discussions?discussions_q=topic%3A2%2F04',
  );
  expect(discussionSearchUrl('o/r', 'postcard:joão & co')).toBe('https://github.com/o/r/discussions?discussions_q=postcard%3Ajo%C3%A3o+%26+co');
});

test('two entries with the same term are a problem for the one that pinned it, naming the other', () => {
  const problems = sharedTermProblems([
    {
      ...postcard('anna-kovacs-debrecen-library', { discussionTerm: 'postcard:anna-kovacs-debrecen' }),
      file: 'content/postcards/anna-kovacs-debrecen-library/index.md',
    },
    { ...postcard('anna-kovacs-debrecen'), file: 'content/postcards/anna-kovacs-debrecen/index.md' },
    { ...topic(2, 4), file: 'content/topics/2/04-open-access.md' },
    { ...topic(2, 5, { discussionTerm: 'topic:2/05' }), file: 'content/topics/2/05-wellbeing.md' },
  ]);
  expect(problems.map(formatProblem)).toEqual([
    'content/postcards/anna-kovacs-debrecen-library/index.md → discussionTerm: found "postcard:anna-kovacs-debrecen", the thread of content/postcards/anna-kovacs-debrecen/index.md too; expected a term no other entry has, so that each entry keeps its own comments',
  ]);
});

describe('the frontmatter fields', () => {
  const base = { title: 'Open access', round: 2, number: 4, publishDate: '2026-10-26', summary: 'Free to read.' };

  test('comments is on unless an entry says false, and discussionTerm is optional', () => {
    expect(topicSchema.parse(base)).toMatchObject({ comments: true });
    expect(topicSchema.parse(base).discussionTerm).toBeUndefined();
    expect(topicSchema.parse({ ...base, comments: false, discussionTerm: 'topic:2/03' })).toMatchObject({
      comments: false,
      discussionTerm: 'topic:2/03',
    });
    expect(newsSchema.parse({ title: 'x', publishDate: '2026-10-26', summary: 'y', comments: false }).comments).toBe(false);
  });

  test('say what they expect when they are written wrongly', () => {
    const messages = (data: unknown) => topicSchema.safeParse(data).error?.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    expect(messages({ ...base, comments: 'no', discussionTerm: '' })).toEqual([
      'comments: true or false',
      'discussionTerm: text of 1 to 100 characters',
    ]);
  });
});
