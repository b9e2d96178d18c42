/**
 * The words that describe a postcard, in one place, so that its page, its feed item and
 * its search record can never disagree.
 */
import { countryInSentence } from '../content/countries.ts';

export interface PostcardFacts {
  name: string;
  library: string;
  city?: string | undefined;
  country: string;
}

export interface PostcardText {
  /** `Anna Kovács, Debreceni Városi Könyvtár`: the page's title and the search result's. */
  title: string;
  /** `Postcard from Hungary` */
  eyebrow: string;
  /** `Debrecen, Hungary` */
  place: string;
  /** `A postcard from Debreceni Városi Könyvtár in Hungary.`: meta description and feed summary. */
  description: string;
  /** `Postcard from Hungary: Anna Kovács, Debreceni Városi Könyvtár`: the feed item's title. */
  feedTitle: string;
}

export function postcardText({ name, library, city, country }: PostcardFacts): PostcardText {
  const countryLabel = countryInSentence(country);
  const title = `${name}, ${library}`;
  return {
    title,
    eyebrow: `Postcard from ${countryLabel}`,
    place: [city, countryLabel].filter(Boolean).join(', '),
    description: `A postcard from ${library} in ${countryLabel}.`,
    feedTitle: `Postcard from ${countryLabel}: ${title}`,
  };
}
