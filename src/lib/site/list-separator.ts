/**
 * What a locale puts between two parts of a short list, such as a place's city and country,
 * from the platform's own data rather than a hard-coded comma.
 * `listSeparator('en')` is `", "`; `listSeparator('ja')` is `" "`.
 */
export function listSeparator(locale: string): string {
  const parts = new Intl.ListFormat(locale, { type: 'unit', style: 'short' }).formatToParts(['a', 'b']);
  return parts.find((part) => part.type === 'literal')?.value ?? ', ';
}
