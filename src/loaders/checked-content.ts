/**
 * What the content check found, kept for the loaders of the same build: each file's data
 * as its schema returned it, with the file's modification time. The check runs first
 * (src/integrations/content-contract.ts); a loader then takes an entry's data from here
 * instead of reading and schema-checking the file again. A file changed since (in
 * `astro dev`) is not found here, and its loader reads and checks it itself.
 *
 * The integration and the loaders are loaded as separate module instances, so the store
 * lives on `globalThis` under a registered symbol.
 */
const STORE = Symbol.for('interlibnet.checked-content');

interface Checked {
  modified: number;
  data: unknown;
}

function store(): Map<string, Checked> {
  const global = globalThis as { [STORE]?: Map<string, Checked> };
  global[STORE] ??= new Map();
  return global[STORE];
}

/** Keeps the checked data of the file at `path` (absolute), as it was at `modified` (ms). */
export function rememberChecked(path: string, modified: number, data: unknown): void {
  store().set(path, { modified, data });
}

/** The checked data of the file at `path`, if the check saw it as it is now. */
export function checkedData(path: string, modified: number): unknown {
  const checked = store().get(path);
  return checked && checked.modified === modified ? checked.data : undefined;
}
