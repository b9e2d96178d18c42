import { describe, expect, test } from 'vitest';
import { newsCard, ogImageAlt, shareCards, topicCard } from '../../src/lib/site/share-cards.ts';

const SITE = 'International Librarians Network';
const leadership = topicCard({ title: 'Leadership without a title', number: 6 }, 'Round 2', SITE);

describe('cards', () => {
  test('a topic is "Round N · Topic M", a news item "News", and the alt text says what the card says', () => {
    expect(leadership).toEqual({ title: 'Leadership without a title', eyebrow: 'Round 2 · Topic 6', siteName: SITE });
    expect(newsCard({ title: 'Round 2 partners matched' }, SITE).eyebrow).toBe('News');
    expect(ogImageAlt(leadership)).toBe('Round 2 · Topic 6: Leadership without a title. International Librarians Network');
  });
});

describe('shareCards', () => {
  const cards = shareCards({
    topics: [
      { id: '3/01-getting-to-know-you', data: { title: 'Getting to know you', number: 1, round: 3 } },
      { id: '2/06-advocacy', data: { title: 'Advocacy and lobbying', number: 6, round: 2 } },
    ],
    news: [{ id: '2026-03-partners-matched', data: { title: 'Partners matched' } }],
    roundName: (round) => (round === 3 ? 'Round 3, 2026' : `Round ${round}`),
    site: { name: SITE, shortName: 'ILN', url: 'https://interlibnet.org/' },
  });

  test('the site’s card comes first, named by its short name over its address, then the topics and news in the order given', () => {
    expect(cards.map((card) => card.id)).toEqual([
      'site',
      'topics/3/01-getting-to-know-you',
      'topics/2/06-advocacy',
      'news/2026-03-partners-matched',
    ]);
    expect(cards[0]!.card).toEqual({ title: SITE, eyebrow: 'ILN', siteName: 'interlibnet.org' });
  });

  test('a topic’s card names its round as the round’s file does', () => {
    expect(cards.map((card) => card.card.eyebrow)).toEqual(['ILN', 'Round 3, 2026 · Topic 1', 'Round 2 · Topic 6', 'News']);
  });
});
