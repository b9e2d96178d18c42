/** Country names from ISO 3166-1 alpha-2 codes, through the platform's CLDR data. */

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
