import { describe, expect, test } from 'vitest';
import {
  articleData,
  breadcrumbData,
  chatEventData,
  homeOrganizationData,
  jsonLd,
  organizationData,
  type StructuredDataSite,
} from '../../src/lib/site/structured-data.ts';
import { site } from '../../src/site.config.ts';
import { leadership } from '../support/chat-topics.ts';

const topic = leadership;
/** A site under a base path, to show that every address comes from what the caller passes. */
const elsewhere: StructuredDataSite = { name: 'ILN test', url: 'https://example.org', base: '/iln/', social: [] };

describe('chatEventData', () => {
  test('describes the chat as an online schema.org Event with its times in Sydney', () => {
    expect(chatEventData(topic, site)).toMatchObject({
      '@type': 'Event',
      name: 'ILN live chat #ILNchat: Leadership without a title',
      startDate: '2026-12-02T20:00:00+11:00',
      endDate: '2026-12-02T21:00:00+11:00',
      eventAttendanceMode: 'https://schema.org/OnlineEventAttendanceMode',
      location: { '@type': 'VirtualLocation', url: 'https://mastodon.social/tags/ILNchat' },
      organizer: { '@type': 'Organization', name: 'International Librarians Network', url: 'https://interlibnet.org/' },
      url: 'https://interlibnet.org/topics/2/06-leadership-without-a-title/',
    });
  });

  test('a chat without a link takes place at the topic page', () => {
    const { url: _, ...chat } = topic.chat;
    expect(chatEventData({ ...topic, chat }, site).location).toEqual({
      '@type': 'VirtualLocation',
      url: 'https://interlibnet.org/topics/2/06-leadership-without-a-title/',
    });
  });

  test('takes the address from the site it is given', () => {
    expect(chatEventData(topic, elsewhere).url).toBe('https://example.org/iln/topics/2/06-leadership-without-a-title/');
  });
});

describe('jsonLd', () => {
  test('cannot close the script it is written into', () => {
    const text = jsonLd({ name: '</script><script>alert(1)</script>' });
    expect(text).not.toContain('</script>');
    expect(JSON.parse(text)).toEqual({ name: '</script><script>alert(1)</script>' });
  });

  test('a hostile headline stays inside its string, whatever it holds', () => {
    const headline = '</SCRIPT><!-- "quoted" \u2028 line separator </script >';
    const text = jsonLd(articleData({ ...article, title: headline }, site));
    expect(text).not.toMatch(/<\/script/i);
    expect(text).not.toContain('<!--');
    expect((JSON.parse(text) as { headline: string }).headline).toBe(headline);
  });
});

describe('organizationData', () => {
  test('names ILN and lists every social profile of site.config.ts as sameAs', () => {
    expect(organizationData(site)).toEqual({
      '@type': 'Organization',
      name: 'International Librarians Network',
      url: 'https://interlibnet.org/',
      sameAs: site.social.map((link) => link.href),
    });
    expect(organizationData(site).sameAs).toContain('https://mastodon.social/@interlibnet');
  });

  test('has no sameAs when the site lists no profiles', () => {
    expect(organizationData(elsewhere)).toEqual({ '@type': 'Organization', name: 'ILN test', url: 'https://example.org/iln/' });
  });

  test("is a document of its own on the home page, with schema.org's context", () => {
    expect(homeOrganizationData(site)).toEqual({ '@context': 'https://schema.org', ...organizationData(site) });
  });
});

const article = {
  title: 'Leadership without a title',
  summary: 'You do not need to be a manager to lead.',
  path: '/topics/2/06-leadership-without-a-title/',
  published: new Date('2026-11-22T22:00:00Z'),
  image: 'https://interlibnet.org/og/topics/2/06-leadership-without-a-title.png',
  lang: 'en',
};

describe('articleData', () => {
  test('is a BlogPosting by ILN with its headline, date, image, address and language', () => {
    expect(articleData(article, site)).toEqual({
      '@context': 'https://schema.org',
      '@type': 'BlogPosting',
      headline: 'Leadership without a title',
      description: 'You do not need to be a manager to lead.',
      datePublished: '2026-11-22T22:00:00.000Z',
      author: organizationData(site),
      publisher: organizationData(site),
      image: 'https://interlibnet.org/og/topics/2/06-leadership-without-a-title.png',
      url: 'https://interlibnet.org/topics/2/06-leadership-without-a-title/',
      mainEntityOfPage: 'https://interlibnet.org/topics/2/06-leadership-without-a-title/',
      inLanguage: 'en',
    });
  });

  test('says when it was changed, when the entry says so', () => {
    expect(articleData({ ...article, modified: new Date('2026-11-30T01:00:00Z') }, site)).toMatchObject({ dateModified: '2026-11-30T01:00:00.000Z' });
    expect(articleData(article, site)).not.toHaveProperty('dateModified');
  });
});

describe('breadcrumbData', () => {
  test('lists the way from the home page to the page, numbered from 1, with absolute addresses', () => {
    const crumbs = [
      { name: 'Home', path: '/' },
      { name: 'Topics', path: '/topics/' },
      { name: 'Round 2', path: '/rounds/2/' },
      { name: 'Leadership without a title', path: '/topics/2/06-leadership-without-a-title/' },
    ];
    expect(breadcrumbData(crumbs, elsewhere)).toEqual({
      '@context': 'https://schema.org',
      '@type': 'BreadcrumbList',
      itemListElement: [
        { '@type': 'ListItem', position: 1, name: 'Home', item: 'https://example.org/iln/' },
        { '@type': 'ListItem', position: 2, name: 'Topics', item: 'https://example.org/iln/topics/' },
        { '@type': 'ListItem', position: 3, name: 'Round 2', item: 'https://example.org/iln/rounds/2/' },
        {
          '@type': 'ListItem',
          position: 4,
          name: 'Leadership without a title',
          item: 'https://example.org/iln/topics/2/06-leadership-without-a-title/',
        },
      ],
    });
  });
});
