/**
 * YAML reads ` #` and all that follows it on a line as a comment, so an unquoted
 * `summary: Follow along with #ILNchat` is published as "Follow along with": valid, and
 * silently cut. This finds each plain (unquoted) value cut that way, by its field.
 */

/** Where a value starts that is not a plain scalar: quoted, a flow list or map, a block, an anchor, an alias or a tag. */
const NOT_PLAIN = /^["'[{|>&*!%@`]/;

export interface CutValue {
  /** `summary`, `chat.platform`, `tags`. */
  field: string;
  /** The text YAML dropped, `#ILNchat and share`. */
  dropped: string;
}

/**
 * Each plain value in `yaml` (frontmatter, or a round's file) with text after a ` #`:
 * `key: value #…` and `- value #…`. A comment on a line of its own is a comment, and a
 * value of nothing but a comment (`hashtag: #ILNchat`) is left to the schema, which finds
 * the field empty.
 */
export function cutValues(yaml: string): CutValue[] {
  const found: CutValue[] = [];
  // The keys of the maps the current line is inside, by indentation.
  const parents: { indent: number; key: string }[] = [];
  // The indentation of a line that opened a block scalar (`summary: >`): deeper lines are its text.
  let block: number | undefined;
  for (const line of yaml.split(/\r?\n/)) {
    const match = /^(\s*)(?:-\s+)?(?:([\w-]+):(?:[ \t]+|$))?(.*)$/.exec(line);
    if (!match || !line.trim()) continue;
    const [, space = '', key, rest = ''] = match;
    const indent = space.length;
    if (block !== undefined && indent > block) continue;
    block = undefined;
    if (line.trim().startsWith('#')) continue;
    if (/^[|>][-+\d]*\s*(?:#.*)?$/.test(rest.trim())) block = indent;
    while (parents.length > 0 && (parents.at(-1)?.indent ?? 0) >= indent && !(line.trimStart().startsWith('-') && key === undefined)) parents.pop();
    const field = [...parents.map((parent) => parent.key), ...(key ? [key] : [])].join('.');
    if (key && !rest.trim()) parents.push({ indent, key });
    const value = rest.trim();
    if (!value || NOT_PLAIN.test(value) || value.startsWith('#')) continue;
    const comment = /[ \t]#(.*)$/.exec(value);
    if (comment && field) found.push({ field, dropped: `#${comment[1] ?? ''}`.trim() });
  }
  return found;
}
