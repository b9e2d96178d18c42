/** Language tags (BCP 47) as editors write them in `lang`. */

/** True for a well-formed BCP 47 tag such as `hu`, `ar` or `pt-BR`. */
export function isLanguageTag(tag: string): boolean {
  try {
    return Intl.getCanonicalLocales(tag).length === 1;
  } catch {
    return false;
  }
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
