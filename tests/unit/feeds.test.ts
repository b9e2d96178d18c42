import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import { describe, expect, test } from 'vitest';
import {
  type FeedSite,
  feedOptions,
  feedsForPage,
  newestItemsFirst,
  newsItem,
  postcardItem,
  roundFeed,
  sectionFeed,
  siteFeed,
  topicItem,
} from '../../src/lib/feeds/feeds.ts';
import { renderStory } from '../../src/lib/html/postcard-story.ts';
import { site } from '../../src/site.config.ts';

const ORIGIN = 'https://interlibnet.org';
const SITE: FeedSite = { name: 'International Librarians Network', lang: 'en', url: ORIGIN, base: '/', feedItems: 50, license: site.license };

const topic = {
  id: '1/07-proving-our-worth',
  data: {
    title: 'Proving our worth',
    round: 1,
    number: 7,
    publishDate: new Date('2025-06-09T09:00:00+10:00'),
    summary: 'Statistics, stories and surveys.',
    tags: ['evaluation', 'advocacy', 'evaluation'],
  },
};

const postcard = {
  id: 'layla-haddad-amman',
  rendered: { html: renderStory('تحية من عمّان! <script>alert("x")</script>\n\n[partner](../anna-kovacs-debrecen/)') },
  data: {
    name: 'ليلى حداد',
    library: 'مكتبة الجامعة المركزية',
    country: 'JO',
    round: 1,
    date: new Date('2025-06-11T00:00:00Z'),
    imageAlt: 'A reading room with a "blue" table & a window.',
    lang: 'ar',
  },
};

const photo = { url: `${ORIGIN}/_astro/photo.abc.jpeg`, length: 44570, type: 'image/jpeg', width: 1200, height: 800 };

describe('which feeds a page announces', () => {
  test('every page announces the whole site’s feed', () => {
    expect(feedsForPage('/', SITE).map((feed) => feed.path)).toEqual(['/rss.xml']);
    expect(feedsForPage('/about/', SITE).map((feed) => feed.path)).toEqual(['/rss.xml']);
    expect(feedsForPage('/rounds/', SITE).map((feed) => feed.path)).toEqual(['/rss.xml']);
  });

  test('section pages announce their section’s feed, round pages their round’s', () => {
    expect(feedsForPage('/topics/', SITE).map((feed) => feed.path)).toEqual(['/rss.xml', '/topics/rss.xml']);
    expect(feedsForPage('/topics/2/04-open-access/', SITE).map((feed) => feed.path)).toEqual(['/rss.xml', '/topics/rss.xml']);
    expect(feedsForPage('/postcards/anna-kovacs-debrecen/', SITE).map((feed) => feed.path)).toEqual(['/rss.xml', '/postcards/rss.xml']);
    expect(feedsForPage('/news/', SITE).map((feed) => feed.path)).toEqual(['/rss.xml', '/news/rss.xml']);
    expect(feedsForPage('/rounds/12/', SITE, { number: 12 }).map((feed) => feed.path)).toEqual(['/rss.xml', '/rounds/12/rss.xml']);
    expect(feedsForPage('/rounds/1/guide/', SITE, { number: 1, title: 'Round 1, 2025' }).map((feed) => feed.title)).toEqual([
      'International Librarians Network',
      'International Librarians Network: Round 1, 2025 discussion topics',
    ]);
  });

  test('a page of a round that does not say which round it is stops the build', () => {
    expect(() => feedsForPage('/rounds/12/', SITE)).toThrow('/rounds/12/ is a page of round 12: give it the round');
    expect(() => feedsForPage('/rounds/12/', SITE, { number: 2 })).toThrow('/rounds/12/ is a page of round 12');
  });

  test('feeds are named for what they carry', () => {
    expect(siteFeed(SITE).title).toBe('International Librarians Network');
    expect(sectionFeed('postcards', SITE).title).toBe('International Librarians Network: postcards');
    expect(roundFeed({ number: 3 }, SITE)).toMatchObject({
      title: 'International Librarians Network: Round 3 discussion topics',
      page: '/rounds/3/',
    });
    expect(roundFeed({ number: 1, title: 'Round 1, 2025' }, SITE)).toMatchObject({
      title: 'International Librarians Network: Round 1, 2025 discussion topics',
      description: 'The discussion topics of Round 1, 2025, as they are posted.',
      path: '/rounds/1/rss.xml',
    });
  });
});

describe('feed items', () => {
  test('a topic says where it sits in its round, by the round’s name, and links to its page permanently', () => {
    const item = topicItem(topic, '<p>See <a href="../03-advocacy-and-lobbying/">advocacy</a>.</p>', 'Round 1, 2025', SITE);
    expect(item).toMatchObject({
      title: 'Round 1, 2025 · Discussion topic 7: Proving our worth',
      link: `${ORIGIN}/topics/1/07-proving-our-worth/`,
      pubDate: topic.data.publishDate,
      description: 'Statistics, stories and surveys.',
      categories: ['evaluation', 'advocacy', 'Round 1, 2025'],
    });
    expect(item.content).toBe(`<p>See <a href="${ORIGIN}/topics/1/03-advocacy-and-lobbying/">advocacy</a>.</p>`);
    expect(item.enclosure).toBeUndefined();
  });

  test('a news item keeps its own title and makes its addresses absolute', () => {
    const news = {
      id: '2026-11-round-3-dates',
      data: { title: 'Save the date', publishDate: new Date('2026-11-16T09:00:00+11:00'), summary: 'Dates.', tags: ['rounds'] },
    };
    const item = newsItem(news, '<a href="../../rounds/3/">Round 3</a>', SITE);
    expect(item).toMatchObject({ title: 'Save the date', link: `${ORIGIN}/news/2026-11-round-3-dates/`, categories: ['rounds'] });
    expect(item.content).toBe(`<a href="${ORIGIN}/rounds/3/">Round 3</a>`);
  });

  test('a postcard carries its processed photo, its date, and its story without the contributor’s HTML', () => {
    const item = postcardItem(postcard, photo, 'Round 1, 2025', SITE);
    expect(item).toMatchObject({
      title: 'Postcard from Jordan: ليلى حداد, مكتبة الجامعة المركزية',
      link: `${ORIGIN}/postcards/layla-haddad-amman/`,
      pubDate: postcard.data.date,
      description: 'A postcard from مكتبة الجامعة المركزية in Jordan.',
      categories: ['Round 1, 2025'],
      enclosure: { url: photo.url, length: 44570, type: 'image/jpeg' },
    });
    expect(item.content).toContain(
      `<img src="${photo.url}" alt="A reading room with a &quot;blue&quot; table &amp; a window." width="1200" height="800">`,
    );
    expect(item.content).toContain('<div lang="ar" dir="rtl"><p>تحية من عمّان! &lt;script>alert("x")&lt;/script></p>');
    expect(item.content).not.toContain('<script');
    expect(item.content).toContain(`<a href="${ORIGIN}/postcards/anna-kovacs-debrecen/" rel="ugc nofollow">partner</a>`);
  });

  test('a photo description that tries to close its attribute stays text inside it', () => {
    const imageAlt = 'A desk"><img src=x onerror=alert(1)><script>alert(2)</script>';
    const item = postcardItem({ ...postcard, data: { ...postcard.data, imageAlt } }, photo, 'Round 1, 2025', SITE);
    const elements: Element[] = [];
    visit(fromHtml(item.content, { fragment: true }), 'element', (node: Element) => void elements.push(node));
    expect(elements.filter((node) => node.tagName === 'img')).toEqual([
      expect.objectContaining({ properties: expect.objectContaining({ alt: imageAlt }) }),
    ]);
    expect(elements.map((node) => node.tagName)).not.toContain('script');
    expect(item.content).toContain('alt="A desk&quot;><img src=x onerror=alert(1)><script>alert(2)</script>"');
  });

  test("a postcard credits its photo's taker and names its licence, the site's unless it has its own", () => {
    expect(postcardItem(postcard, photo, undefined, SITE).content).toContain(
      `<p><em>Photo: <span dir="auto">ليلى حداد</span>. Shared under <a href="${site.license.url}" rel="license">${site.license.name}</a>.</em></p>`,
    );
    const credited = { ...postcard, data: { ...postcard.data, imageCredit: 'Omar Haddad', license: 'CC-BY-SA-4.0' } };
    expect(postcardItem(credited, photo, undefined, SITE).content).toContain(
      'Photo: <span dir="auto">Omar Haddad</span>. Shared under <a href="https://creativecommons.org/licenses/by-sa/4.0/" rel="license">CC BY-SA 4.0</a>.',
    );
  });

  test('a credit that tries to be HTML stays text', () => {
    const imageCredit = '</em><script>alert(1)</script><a href="javascript:alert(2)">x</a>';
    const item = postcardItem({ ...postcard, data: { ...postcard.data, imageCredit } }, photo, undefined, SITE);
    const elements: Element[] = [];
    visit(fromHtml(item.content, { fragment: true }), 'element', (node: Element) => void elements.push(node));
    expect(elements.map((node) => node.tagName)).not.toContain('script');
    expect(elements.filter((node) => node.tagName === 'a' && String(node.properties.href).startsWith('javascript'))).toEqual([]);
    expect(item.content).toContain(
      'Photo: <span dir="auto">&lt;/em>&lt;script>alert(1)&lt;/script>&lt;a href="javascript:alert(2)">x&lt;/a></span>.',
    );
  });

  test('a postcard without a round has no category', () => {
    const item = postcardItem({ ...postcard, data: { ...postcard.data, round: undefined, lang: 'en' } }, photo, undefined, SITE);
    expect(item.categories).toEqual([]);
    expect(item.content).toContain('<div lang="en" dir="ltr">');
  });

  test('items come newest first, and items of the same instant always in the same order', () => {
    const at = (link: string, iso: string) => ({ ...topicItem(topic, '', 'Round 1, 2025', SITE), link, pubDate: new Date(iso) });
    const items = [at('b', '2025-01-01T00:00:00Z'), at('c', '2026-01-01T00:00:00Z'), at('a', '2025-01-01T00:00:00Z')];
    expect(newestItemsFirst(items).map((item) => item.link)).toEqual(['c', 'a', 'b']);
    expect(newestItemsFirst([...items].reverse()).map((item) => item.link)).toEqual(['c', 'a', 'b']);
  });
});

describe('feed options', () => {
  test('the site and section feeds carry only their newest items; a round’s feed carries its whole round', () => {
    const item = topicItem(topic, '', 'Round 1, 2025', SITE);
    const many = Array.from({ length: 60 }, (_, index) => ({
      ...item,
      link: `${ORIGIN}/topics/9/${index}/`,
      pubDate: new Date(Date.UTC(2026, 0, index + 1)),
    }));
    for (const feed of [siteFeed(SITE), sectionFeed('topics', SITE)]) {
      const { items } = feedOptions(feed, many, SITE);
      expect(items).toHaveLength(50);
      expect(items[0]?.pubDate.toISOString()).toBe('2026-03-01T00:00:00.000Z');
      expect(items.at(-1)?.pubDate.toISOString()).toBe('2026-01-11T00:00:00.000Z');
    }
    expect(feedOptions(roundFeed({ number: 9 }, SITE), many, SITE).items).toHaveLength(60);
  });

  test('name the stylesheet, the feed’s own address and the newest item’s date', () => {
    const older = topicItem(topic, '', 'Round 1, 2025', SITE);
    const newer = { ...older, link: `${ORIGIN}/topics/2/01-x/`, pubDate: new Date('2026-08-10T09:00:00+10:00') };
    const options = feedOptions(sectionFeed('topics', SITE), [older, newer], SITE);
    expect(options).toMatchObject({
      title: 'International Librarians Network: discussion topics',
      site: `${ORIGIN}/topics/`,
      stylesheet: '/rss.xsl',
      xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    });
    expect(options.items.map((item) => item.link)).toEqual([newer.link, older.link]);
    expect(options.customData).toBe(
      `<language>en</language><lastBuildDate>Sun, 09 Aug 2026 23:00:00 GMT</lastBuildDate><atom:link href="${ORIGIN}/topics/rss.xml" rel="self" type="application/rss+xml"/>`,
    );
  });

  test('take the site’s name, language, origin and base path from the caller', () => {
    const elsewhere: FeedSite = { ...SITE, name: 'ILN test', lang: 'en-AU', url: 'https://example.org', base: '/iln/', feedItems: 2 };
    expect(siteFeed(elsewhere)).toMatchObject({ title: 'ILN test', limit: 2 });
    const options = feedOptions(sectionFeed('news', elsewhere), [], elsewhere);
    expect(options).toMatchObject({ title: 'ILN test: news', site: 'https://example.org/iln/news/', stylesheet: '/iln/rss.xsl' });
    expect(options.customData).toContain('<language>en-AU</language><atom:link href="https://example.org/iln/news/rss.xml"');
    expect(topicItem(topic, '', 'Round 1, 2025', elsewhere).link).toBe('https://example.org/iln/topics/1/07-proving-our-worth/');
  });

  test('an empty feed has no build date', () => {
    expect(feedOptions(roundFeed({ number: 3 }, SITE), [], SITE).customData).not.toContain('lastBuildDate');
  });
});
