/**
 * What the content check found, kept for the loaders of the same build: each file's data
 * as its schema returned it, with the file's modification time and, for Markdown and MDX,
 * its text. The check runs first (src/integrations/content-contract.ts); a loader then takes
 * an entry's data from here instead of reading and schema-checking the file again, and
 * Astro's reader takes the body without parsing the frontmatter again. A file changed since
 * (in `astro dev`) is not found here, and its loader reads and checks it itself.
 *
 * The integration and the loaders are loaded as separate module instances, so the store
 * lives on `globalThis` under a registered symbol.
 */
const STORE = Symbol.for('interlibnet.checked-content');

export interface Checked {
  /** When the file was last changed, in ms since the epoch. */
  modified: number;
  data: unknown;
  /** The file's text, for Markdown and MDX. */
  source?: string | undefined;
}

function store(): Map<string, Checked> {
  const global = globalThis as { [STORE]?: Map<string, Checked> };
  global[STORE] ??= new Map();
  return global[STORE];
}

/** Keeps what the check found in the file at `path` (absolute). */
export function rememberChecked(path: string, checked: Checked): void {
  store().set(path, checked);
}

/** The checked data of the file at `path`, if the check saw it as it is now. */
export function checkedData(path: string, modified: number): unknown {
  const checked = store().get(path);
  return checked && checked.modified === modified ? checked.data : undefined;
}

/**
 * True when the check read the file at `path` with exactly this text. The text is let go
 * either way: only the first load of a build compares it, and a large site's texts are
 * tens of MB that would otherwise be held to the build's end.
 */
export function takeCheckedText(path: string, text: string): boolean {
  const checked = store().get(path);
  const same = checked?.source === text;
  if (checked) delete checked.source;
  return same;
}
