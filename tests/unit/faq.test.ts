import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CORE_SCHEMA, load } from 'js-yaml';
import { describe, expect, test } from 'vitest';
import { answerParagraphs, answerText, checkFaq } from '../../src/lib/site/faq.ts';
import { faqPageData } from '../../src/lib/site/structured-data.ts';
import { site } from '../../src/site.config.ts';
import { ROOT } from '../support/build.ts';

/** The FAQ as the page's editor wrote it: the `faq` list in src/pages/faq.mdx. */
const written = (
  load(readFileSync(join(ROOT, 'src/pages/faq.mdx'), 'utf8').split(/^---$/m)[1] ?? '', { schema: CORE_SCHEMA }) as {
    faq: unknown;
  }
).faq;

describe('checkFaq', () => {
  test('accepts the FAQ page, which answers what applicants ask', () => {
    const ids = checkFaq(written).map((item) => item.id);
    expect(ids).toEqual(
      expect.arrayContaining([
        'who-can-apply',
        'cost',
        'choose-country',
        'time',
        'partner-does-not-reply',
        'mentors-and-proteges',
        'language',
        'after-the-round',
      ]),
    );
  });

  test('names the file, the item and the field of every problem at once', () => {
    const items = [
      { id: 'cost', question: 'What does it cost?', answer: 'Nothing.' },
      { id: 'cost', question: 'Is it free?', answer: 'Yes.' },
      { id: 'Who Can Apply', question: '', answer: 'Anyone.' },
    ];
    expect(() => checkFaq(items)).toThrowErrorMatchingInlineSnapshot(`
      [Error: src/pages/faq.mdx → faq[1].id: "cost" is used twice; each answer needs its own anchor
      src/pages/faq.mdx → faq[2].id: expected lowercase words joined by hyphens, such as who-can-apply
      src/pages/faq.mdx → faq[2].question: expected text]
    `);
    expect(() => checkFaq(undefined)).toThrow('src/pages/faq.mdx → faq: expected a list of questions');
  });
});

describe('answerParagraphs', () => {
  test('splits paragraphs at blank lines and makes links, adding the base to site paths', () => {
    const base = (path: string) => `/interlibnet${path}`;
    expect(answerParagraphs('Write to us from the [Contact page](/contact/)\nany time.\n\nOr see [Astro](https://astro.build).', base)).toEqual([
      [{ text: 'Write to us from the ' }, { text: 'Contact page', href: '/interlibnet/contact/' }, { text: ' any time.' }],
      [{ text: 'Or see ' }, { text: 'Astro', href: 'https://astro.build' }, { text: '.' }],
    ]);
  });

  test('leaves angle brackets as text for the page to escape', () => {
    expect(answerText('<b>no</b> [tags](/x/)')).toBe('<b>no</b> tags');
  });
});

describe('faqPageData', () => {
  test("has schema.org's FAQPage shape: every question with its accepted answer as text", () => {
    const items = checkFaq(written);
    const data = faqPageData(items, site) as { '@context': string; '@type': string; mainEntity: Record<string, unknown>[] };
    expect(data['@context']).toBe('https://schema.org');
    expect(data['@type']).toBe('FAQPage');
    expect(data.mainEntity).toHaveLength(items.length);
    data.mainEntity.forEach((question, index) => {
      expect(question).toEqual({
        '@type': 'Question',
        '@id': `https://interlibnet.org/faq/#${items[index]!.id}`,
        name: items[index]!.question,
        acceptedAnswer: { '@type': 'Answer', text: expect.any(String) },
      });
      const text = (question.acceptedAnswer as { text: string }).text;
      expect(text.length).toBeGreaterThan(20);
      expect(text).not.toMatch(/\]\(|<a /);
    });
  });
});
