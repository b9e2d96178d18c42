import { describe, expect, test } from 'vitest';
import { ContentError, describeValue, formatProblem, formatProblems, type Problem, problemsFromIssues } from '../../src/lib/content/problems.ts';
import { CONTRACT_FIELDS, roundSchema, topicSchema } from '../../src/lib/content/schemas.ts';

describe('describeValue', () => {
  test('says a missing field is missing', () => {
    expect(describeValue(undefined)).toBe('nothing (the field is missing)');
  });

  test('says an empty YAML value is empty', () => {
    expect(describeValue(null)).toBe('an empty value');
  });

  test('quotes text, so that a date written as text shows as written', () => {
    expect(describeValue('2024-3-1')).toBe('"2024-3-1"');
  });

  test('calls blank text empty', () => {
    expect(describeValue('')).toBe('empty text');
    expect(describeValue('   ')).toBe('empty text');
  });

  test('shortens long text and gives its length', () => {
    const long = 'a'.repeat(130);
    expect(describeValue(long)).toBe(`"${'a'.repeat(57)}…" (130 characters)`);
  });

  test('does not shorten text of exactly 60 characters', () => {
    const sixty = 'b'.repeat(60);
    expect(describeValue(sixty)).toBe(`"${sixty}"`);
  });

  test('writes numbers and booleans as they are', () => {
    expect(describeValue(12)).toBe('12');
    expect(describeValue(1.5)).toBe('1.5');
    expect(describeValue(false)).toBe('false');
  });

  test('counts a list and names a group of fields', () => {
    expect(describeValue(['a', 'b', 'c'])).toBe('a list of 3');
    expect(describeValue({ start: 'x' })).toBe('a group of fields');
  });
});

const problem = (file: string, field: string, found = '"x"', expected = 'y'): Problem => ({ file, field, found, expected });

describe('formatProblem', () => {
  test('names the file and the field, what was found and what is expected', () => {
    expect(
      formatProblem({
        file: 'content/rounds/1.yaml',
        field: 'signupUrl',
        found: '"http://forms.example/round-1"',
        expected: 'an address starting with https://',
      }),
    ).toBe('content/rounds/1.yaml → signupUrl: found "http://forms.example/round-1"; expected an address starting with https://');
  });

  test('writes out the codes of characters that would act on a terminal, wherever they are', () => {
    const message = formatProblem({ file: 'content/news/x\u001b]8;;.md', field: '\u001b[2J\u009b31m', found: '"\u202e"', expected: 'text' });
    expect(message).toBe('content/news/x<U+001B>]8;;.md → <U+001B>[2J<U+009B>31m: found "<U+202E>"; expected text');
  });
});

describe('formatProblems', () => {
  test('heads the list with the count and indents each problem', () => {
    expect(formatProblems([problem('content/x.md', 'title')])).toBe(
      '1 problem in content (see CONTRIBUTING.md):\n  content/x.md → title: found "x"; expected y',
    );
  });

  test('sorts problems by file, then by field, so that each file’s problems stand together', () => {
    const message = formatProblems([
      problem('content/topics/1/02-b.md', 'title'),
      problem('content/news/2026-08-a.md', 'summary'),
      problem('content/topics/1/02-b.md', 'round'),
    ]);
    expect(message.split('\n')).toEqual([
      '3 problems in content (see CONTRIBUTING.md):',
      '  content/news/2026-08-a.md → summary: found "x"; expected y',
      '  content/topics/1/02-b.md → round: found "x"; expected y',
      '  content/topics/1/02-b.md → title: found "x"; expected y',
    ]);
  });

  test('leaves the list it is given in its order', () => {
    const problems = [problem('b.md', 'a'), problem('a.md', 'a')];
    formatProblems(problems);
    expect(problems.map((p) => p.file)).toEqual(['b.md', 'a.md']);
  });
});

describe('ContentError', () => {
  test('carries the problems and lists them in its message', () => {
    const problems = [problem('content/x.md', 'title'), problem('content/y.md', 'date')];
    const error = new ContentError(problems);
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('ContentError');
    expect(error.problems).toBe(problems);
    expect(error.message).toBe(formatProblems(problems));
  });
});

describe('problemsFromIssues', () => {
  const topic = {
    title: 'Library spaces',
    round: 1,
    number: 6,
    publishDate: '2025-05-26T09:00:00+10:00',
    summary: 'How the buildings we work in shape what we do.',
  };
  const fieldsAt = (collection: string) => (path: string) => CONTRACT_FIELDS[path ? `${collection}.${path}` : collection];
  const problemsOf = (schema: typeof topicSchema | typeof roundSchema, collection: string, data: unknown) => {
    const result = schema.safeParse(data);
    if (result.success) throw new Error('expected the data to break the schema');
    return problemsFromIssues(`content/${collection}/x`, result.error.issues, data, fieldsAt(collection));
  };

  test('suggests the right spelling of a field whose name differs only in case', () => {
    const { publishDate, ...rest } = topic;
    const data = { ...rest, publishdate: publishDate };
    expect(problemsOf(topicSchema, 'topics', data)).toContainEqual({
      file: 'content/topics/x',
      field: 'publishdate',
      found: 'a field the contract does not have: "2025-05-26T09:00:00+10:00"',
      expected: 'publishDate (field names are case-sensitive)',
    });
  });

  test('reports the missing field next to the misspelt one', () => {
    const { publishDate, ...rest } = topic;
    const problems = problemsOf(topicSchema, 'topics', { ...rest, publishdate: publishDate });
    expect(problems.map((p) => p.field).sort()).toEqual(['publishDate', 'publishdate']);
    expect(problems.find((p) => p.field === 'publishDate')?.found).toBe('nothing (the field is missing)');
  });

  test('lists the allowed fields when an unknown field is not a case slip', () => {
    const [problem] = problemsOf(topicSchema, 'topics', { ...topic, author: 'Kate' });
    expect(problem).toEqual({
      file: 'content/topics/x',
      field: 'author',
      found: 'a field the contract does not have: "Kate"',
      expected:
        'only these fields: title, round, number, publishDate, summary, tags, series, chat, draft, redirectFrom, comments, discussionTerm (check the spelling)',
    });
  });

  test('suggests a spelling inside a group of fields, with the whole field path', () => {
    const chat = { start: '2025-05-28T20:00:00+10:00', timeZone: 'Australia/Sydney', platform: 'Mastodon', Hashtag: '#ILNchat' };
    const problems = problemsOf(topicSchema, 'topics', { ...topic, chat });
    expect(problems).toContainEqual(expect.objectContaining({ field: 'chat.Hashtag', expected: 'hashtag (field names are case-sensitive)' }));
  });

  test('names a list item by its position', () => {
    const [problem] = problemsOf(topicSchema, 'topics', { ...topic, tags: ['advocacy', 42] });
    expect(problem).toEqual(expect.objectContaining({ field: 'tags[1]', found: '42' }));
  });

  test('says what was found and expected for a wrong value', () => {
    const round = {
      number: 1,
      applicationsOpen: '2025-02-03T09:00:00+11:00',
      applicationsClose: '2025-02-24T17:00:00+11:00',
      partnershipsStart: '2025-03-17',
      partnershipsEnd: '2025-07-14',
      signupUrl: 'http://forms.example/round-1',
    };
    expect(problemsOf(roundSchema, 'rounds', round)).toEqual([
      { file: 'content/rounds/x', field: 'signupUrl', found: '"http://forms.example/round-1"', expected: 'an address starting with https://' },
    ]);
  });

  test('blames the frontmatter as a whole when it is not a group of fields', () => {
    expect(problemsOf(topicSchema, 'topics', ['a', 'b'])).toEqual([
      { file: 'content/topics/x', field: 'frontmatter', found: 'a list of 2', expected: 'field: value lines, such as title: Library spaces' },
    ]);
  });
});
