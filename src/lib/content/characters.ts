/**
 * Characters no published text may hold: control characters (other than tab and line
 * breaks), which make the feeds unreadable XML and calendars invalid; the direction
 * overrides, embeddings and isolates, which can turn the site's own text around a name
 * backwards; non-characters and lone halves of a surrogate pair. They come in unseen with
 * text copied from PDFs and word processors, or on purpose.
 */
// eslint-disable-next-line no-control-regex -- control characters are what it looks for
const FORBIDDEN = /[\u{0}-\u{8}\u{B}\u{C}\u{E}-\u{1F}\u{7F}-\u{9F}\u{202A}-\u{202E}\u{2066}-\u{2069}\u{FDD0}-\u{FDEF}\u{FFFE}\u{FFFF}\u{D800}-\u{DFFF}]/u;

const FORBIDDEN_ALL = new RegExp(FORBIDDEN.source, 'gu');

/** `U+001B`: a character's code as Unicode writes it. */
const codeName = (code: number) => `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;

/**
 * `text` with each forbidden character written as its code (`<U+001B>`): what a message
 * prints of a file name or field name, so that an escape sequence in a YAML key cannot
 * clear or restyle the terminal of whoever runs the check.
 */
export function showingForbidden(text: string): string {
  return text.replace(FORBIDDEN_ALL, (character) => `<${codeName(character.codePointAt(0) ?? 0)}>`);
}

export const CHARACTERS_EXPECTED =
  'text without control or direction-override characters, which come in unseen with text copied from PDFs and word processors: delete the character, or type the text again';

/** `a control character (U+000B) after "Chat"`, or undefined when `text` has none. */
export function forbiddenCharacter(text: string): string | undefined {
  const match = FORBIDDEN.exec(text);
  if (!match) return undefined;
  const code = match[0].codePointAt(0) ?? 0;
  const kind = code >= 0x202a && code <= 0x2069 ? 'a direction-override character' : code >= 0xfdd0 ? 'a character that is not text' : 'a control character';
  const name = codeName(code);
  const before = [...text.slice(0, match.index)].slice(-20).join('').trimStart();
  return `${kind} (${name}) ${before ? `after ${JSON.stringify(before)}` : 'at the start'}`;
}

/**
 * The fields of `data` (frontmatter, or a round's YAML) whose text holds a forbidden
 * character, by their path (`chat.platform`, `tags`), with what was found.
 */
export function fieldsWithForbiddenCharacters(data: unknown, path = ''): { field: string; found: string }[] {
  if (typeof data === 'string') {
    const found = forbiddenCharacter(data);
    return found ? [{ field: path, found }] : [];
  }
  if (Array.isArray(data)) return data.flatMap((item) => fieldsWithForbiddenCharacters(item, path)).slice(0, 1);
  if (data && typeof data === 'object')
    return Object.entries(data).flatMap(([key, value]) => {
      const field = path ? `${path}.${key}` : key;
      const inName = forbiddenCharacter(key);
      return inName ? [{ field, found: `${inName} in the field's name` }] : fieldsWithForbiddenCharacters(value, field);
    });
  return [];
}
