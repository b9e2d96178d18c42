import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { MAILTO_LIMIT, type TopicMail, topicMailto } from '../../src/lib/site/mailto.ts';
import { absoluteUrl as urlOf, paths } from '../../src/lib/site/urls.ts';
import { ROOT } from '../support/build.ts';
import { contentEntries } from '../support/content.ts';

const absoluteUrl = (path: string) => urlOf(path, 'https://interlibnet.org', '/');

/** What a mail app finds in the link: its subject and body, decoded. */
function decode(link: string): { subject: string; body: string; to: string } {
  const url = new URL(link);
  expect(url.protocol).toBe('mailto:');
  const query = new URLSearchParams(url.search.replace(/\+/g, '%2B'));
  return { to: url.pathname, subject: query.get('subject') ?? '', body: query.get('body') ?? '' };
}

/** Every sample topic as the topic page sends it: its `##` headings are the prompts. */
const sampleTopics: TopicMail[] = contentEntries()
  .filter((entry) => entry.collection === 'topics')
  .map((entry) => {
    const text = readFileSync(join(ROOT, entry.file), 'utf8');
    const body = text.split(/^---$/m).slice(2).join('---');
    return {
      title: String(entry.data.title),
      summary: String(entry.data.summary),
      prompts: [...body.matchAll(/^## (.+)$/gm)].map((match) => match[1]!.trim()),
      url: absoluteUrl(entry.path),
    };
  });

const spaces: TopicMail = {
  title: 'Library spaces',
  summary: 'Quiet rooms, noisy rooms, makerspaces & shelves. How is yours used?',
  prompts: ['A walk through your library', 'Quiet and noise', 'If you could change one thing?'],
  url: absoluteUrl(paths.topic('1/06-library-spaces')),
};

describe('topicMailto', () => {
  test('has no recipient, the title as subject, and the summary, every prompt and the address in the body', () => {
    const mail = decode(topicMailto(spaces));
    expect(mail.to).toBe('');
    expect(mail.subject).toBe('Library spaces');
    expect(mail.body).toBe(
      [
        'Quiet rooms, noisy rooms, makerspaces & shelves. How is yours used?',
        '',
        'Prompts to discuss:',
        '1. A walk through your library',
        '2. Quiet and noise',
        '3. If you could change one thing?',
        '',
        'Read the whole topic at https://interlibnet.org/topics/1/06-library-spaces/',
      ].join('\r\n'),
    );
  });

  test('percent-encodes every character a mail app could misread, and breaks lines with CRLF', () => {
    const link = topicMailto({ ...spaces, title: 'Q&A: 100% + more?', summary: 'Ça va? #1 = "oui"\nnext' });
    expect(link).toMatch(/^mailto:\?subject=[^&]*&body=[^&]*$/);
    expect(link).not.toMatch(/[ "#<>\n\r]/);
    expect(link).toContain('%0D%0A');
    expect(decode(link).subject).toBe('Q&A: 100% + more?');
    expect(decode(link).body.startsWith('Ça va? #1 = "oui"\nnext\r\n')).toBe(true);
  });

  test('leaves prompts out from the end, never cutting one, and points to the page for the rest', () => {
    const prompts = Array.from({ length: 40 }, (_, index) => `Prompt number ${index + 1}: what does your library do about this?`);
    const link = topicMailto({ ...spaces, prompts });
    expect(link.length).toBeLessThanOrEqual(MAILTO_LIMIT);
    const { body } = decode(link);
    const kept = body.split('\r\n').filter((line) => /^\d+\. /.test(line));
    expect(kept.length).toBeGreaterThan(5);
    expect(kept.length).toBeLessThan(40);
    kept.forEach((line, index) => expect(line).toBe(`${index + 1}. ${prompts[index]}`));
    expect(body.endsWith(`… read the rest at ${spaces.url}`)).toBe(true);
  });

  test('shortens a summary in a script that encodes long, still ending with the address', () => {
    const summary = 'مكتبات عامة في كل مدينة '.repeat(12).trim().slice(0, 300);
    const link = topicMailto({ ...spaces, title: 'المكتبات العامة', summary });
    expect(link.length).toBeLessThanOrEqual(MAILTO_LIMIT);
    expect(decode(link).body).toContain('…');
    expect(decode(link).body.endsWith(`… read the rest at ${spaces.url}`)).toBe(true);
  });

  test('keeps every sample topic under the limit, the longest with all its prompts and the address', () => {
    expect(sampleTopics.length).toBeGreaterThan(5);
    const longest = sampleTopics.reduce((a, b) => (topicMailto(b).length > topicMailto(a).length ? b : a));
    for (const topic of sampleTopics) expect(topicMailto(topic).length, topic.url).toBeLessThanOrEqual(MAILTO_LIMIT);
    const { body } = decode(topicMailto(longest));
    expect(longest.prompts.length).toBeGreaterThan(0);
    for (const prompt of longest.prompts) expect(body).toContain(prompt);
    expect(body).toContain(longest.url);
  });
});
