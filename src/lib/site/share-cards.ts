/**
 * What the site's share cards say, and which cards there are: the build step that draws
 * them and publishes them under /og/ (src/integrations/og-images.ts) and the dev server's
 * route (src/share/og-route.ts) both take the list from `shareCards`. How a card is drawn
 * is src/lib/site/og-image.ts.
 */

/**
 * A card's file: the PNG src/lib/site/og-image.ts encodes, published as `/og/<id>.png`. The
 * address, the cache, the build and the dev server's route all take the format from here.
 */
export const CARD_FILE = { extension: '.png', type: 'image/png' } as const;

/** What a card shows. */
export interface OgCard {
  /** The page's title, in whatever script it is written in. */
  title: string;
  /** The line above the title: `Round 2 · Topic 6`, `News`. */
  eyebrow: string;
  /** The site's name, at the foot of the card. */
  siteName: string;
}

/** A topic's card: its title under `Round 2 · Topic 6`, with the round's name (roundName). */
export function topicCard(topic: { title: string; number: number }, roundName: string, siteName: string): OgCard {
  return { title: topic.title, eyebrow: `${roundName} · Topic ${topic.number}`, siteName };
}

/** A news item's card: its title under `News`. */
export function newsCard(item: { title: string }, siteName: string): OgCard {
  return { title: item.title, eyebrow: 'News', siteName };
}

/** The alt text of a card: what it says, in reading order. */
export function ogImageAlt(card: OgCard): string {
  return `${card.eyebrow}: ${card.title}. ${card.siteName}`;
}

interface ShareCardSources {
  /** Published topics, in the order their cards are wanted. */
  topics: readonly { id: string; data: { title: string; number: number; round: number } }[];
  /** Published news items, likewise. */
  news: readonly { id: string; data: { title: string } }[];
  roundName: (round: number) => string;
  site: { name: string; shortName: string; url: string };
}

/**
 * Every card of the site with the address it is served under /og/: the site's own
 * (`site`), then each topic's (`topics/2/06-advocacy`) and each news item's.
 */
export function shareCards({ topics, news, roundName, site }: ShareCardSources): { id: string; card: OgCard }[] {
  // The site's own card names it twice over, so its foot gives the address instead.
  const home: OgCard = { title: site.name, eyebrow: site.shortName, siteName: new URL(site.url).host };
  return [
    { id: 'site', card: home },
    ...topics.map((topic) => ({ id: `topics/${topic.id}`, card: topicCard(topic.data, roundName(topic.data.round), site.name) })),
    ...news.map((item) => ({ id: `news/${item.id}`, card: newsCard(item.data, site.name) })),
  ];
}
