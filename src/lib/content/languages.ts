/** Language tags (BCP 47) as editors write them in `lang`. */

const LANGUAGE_NAMES = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });

/** The tag as BCP 47 spells it (`PL-pl` → `pl-PL`), or undefined when it is not a tag. */
export function canonicalLanguageTag(tag: string): string | undefined {
  try {
    return Intl.getCanonicalLocales(tag)[0];
  } catch {
    return undefined;
  }
}

/**
 * True for a BCP 47 tag whose language is a two- or three-letter code, as every language in
 * the registry is: `hu`, `ar`, `pt-BR`, `PL-pl`, `kri`. A language's name written as a tag
 * (`english`, `Arabic`) is well-formed, since four to eight letters are kept for future
 * registration, but names no language: it would publish a story as `lang="english"`.
 */
export function isLanguageTag(tag: string): boolean {
  const canonical = canonicalLanguageTag(tag);
  return canonical !== undefined && /^[a-z]{2,3}$/.test(new Intl.Locale(canonical).language);
}

let codesByName: Map<string, string> | undefined;

/**
 * The two-letter tag of a language written by its English name, for the error message:
 * `Arabic` → `ar`, `hungarian` → `hu`; undefined for anything else.
 */
export function languageTagFor(name: string): string | undefined {
  if (!codesByName) {
    codesByName = new Map();
    const letters = 'abcdefghijklmnopqrstuvwxyz';
    for (const first of letters)
      for (const second of letters) {
        const language = LANGUAGE_NAMES.of(`${first}${second}`);
        if (language) codesByName.set(language.toLowerCase(), `${first}${second}`);
      }
  }
  return codesByName.get(name.trim().toLowerCase());
}

/** What a `lang` field expects, with the tag of a language given by its name (`Arabic`: `ar`). */
export function languageTagExpected(found: unknown): string {
  const suggestion = typeof found === 'string' ? languageTagFor(found) : undefined;
  return `a language tag such as hu, ar or pt-BR${suggestion ? ` (for ${found as string}, ${suggestion})` : ''}`;
}

/**
 * The direction a language is written in, from the platform's locale data:
 * `rtl` for Arabic, Hebrew, Persian, Urdu and the like, `ltr` otherwise.
 */
export function textDirection(tag: string): 'ltr' | 'rtl' {
  const locale = new Intl.Locale(tag);
  // getTextInfo() is the current name; older engines exposed a `textInfo` getter.
  const info = (locale as { getTextInfo?: () => { direction?: string } }).getTextInfo?.() ??
    (locale as { textInfo?: { direction?: string } }).textInfo;
  return info?.direction === 'rtl' ? 'rtl' : 'ltr';
}
