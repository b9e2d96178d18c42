/**
 * Countries, in one place: which codes the contract accepts (ISO 3166-1 alpha-2, from
 * i18n-iso-countries' list) and how they are named for people (the platform's CLDR data
 * through `Intl.DisplayNames`, in any locale).
 */
import countries from 'i18n-iso-countries';

/** Every ISO 3166-1 alpha-2 code, `AD` to `ZW`. */
export const COUNTRY_CODES: readonly string[] = Object.keys(countries.getAlpha2Codes()).sort();

const known = new Set(COUNTRY_CODES);

/** True for an ISO 3166-1 alpha-2 code written in capitals: `HU`, not `hu` or `HUN`. */
export function isCountryCode(code: string): boolean {
  return known.has(code);
}

/** The code for a country's English name (`Hungary` → `HU`), or undefined when there is none. */
export function countryCodeOf(name: string): string | undefined {
  return countries.getSimpleAlpha2Code(name.trim(), 'en');
}

const displayNames = new Map<string, Intl.DisplayNames>();

/**
 * The name of a country for people, in `locale`: `countryName('HU')` is "Hungary".
 * Falls back to the code itself for a code the platform does not know.
 */
export function countryName(code: string, locale = 'en'): string {
  let names = displayNames.get(locale);
  if (!names) {
    names = new Intl.DisplayNames([locale], { type: 'region', fallback: 'code' });
    displayNames.set(locale, names);
  }
  return names.of(code) ?? code;
}

/** English names said with "the": plural names, and names of a union, a republic or a kingdom. */
const WITH_THE = /^(?:Netherlands|Philippines|Bahamas|Gambia|Maldives|Comoros|Isle of Man)$|\b(?:Islands|Republic|States|Kingdom|Emirates|Territories)$/;

/**
 * The English name of a country as a sentence says it: "the Netherlands", "the United
 * States", "Hungary". For "A postcard from … in …" and "Postcard from …".
 */
export function countryInSentence(code: string): string {
  const name = countryName(code);
  return WITH_THE.test(name) ? `the ${name}` : name;
}
