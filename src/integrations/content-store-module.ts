import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** Astro's module of the whole content store, which every build imports before its first page. */
const STORE_MODULE = '\0astro:data-layer-content';
const WRITTEN_AS = 'export default JSON.parse(';
/** Pieces of this many characters compile in linear time. */
const PIECE = 256 * 1024;
/** Where Astro keeps the content store between builds, inside its cache folder (astro/dist/content/paths.js). */
const STORE_FILE = 'data-store.json';

/**
 * Astro writes the content store into the server bundle as one module,
 * `export default JSON.parse("…")`, with the whole store (tens of MB on a large site) in one
 * string literal that Vite/rolldown then parses, transforms and writes out, and that V8
 * compiles before the first page. For a static build the bundle only ever runs on the
 * machine that made it, straight after, so here the module reads the store from the file
 * Astro took it from instead: bundling holds hundreds of MB less and takes seconds less
 * (docs/benchmark.md). A hash taken at bundling time makes sure it reads the same store.
 * In `astro dev` the literal is cut into pieces, which V8 compiles in linear time (one
 * 30 MB literal took 25 s). Any other shape of the module is left as it is.
 */
export function contentStoreModule(): AstroIntegration {
  let storeFile: string | undefined;
  return {
    name: 'interlibnet:content-store-module',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'interlibnet:content-store-module',
                transform: {
                  filter: { id: /^\0astro:data-layer-content$/ },
                  handler(code, id) {
                    if (id !== STORE_MODULE) return undefined;
                    const replaced = command === 'build' && storeFile ? storeModuleReadingFile(code, storeFile) : splitStoreModule(code);
                    return replaced === undefined ? undefined : { code: replaced, map: null };
                  },
                },
              },
            ],
          },
        });
      },
      'astro:config:done': ({ config }) => {
        storeFile = fileURLToPath(new URL(STORE_FILE, config.cacheDir));
      },
    },
  };
}

/** The store's text, when `code` is Astro's `export default JSON.parse("…")` module of it. */
function storeText(code: string): string | undefined {
  const trimmed = code.trim();
  if (!trimmed.startsWith(WRITTEN_AS) || !trimmed.endsWith(')')) return undefined;
  try {
    const text: unknown = JSON.parse(trimmed.slice(WRITTEN_AS.length, -1));
    return typeof text === 'string' ? text : undefined;
  } catch {
    return undefined;
  }
}

/**
 * A module of the same value that reads the store from `file` when it runs, and stops
 * with an error if the file no longer holds the text `code` was made from; undefined if
 * `code` is not Astro's store module.
 */
export function storeModuleReadingFile(code: string, file: string): string | undefined {
  const text = storeText(code);
  if (text === undefined) return undefined;
  const hash = createHash('sha256').update(text).digest('hex');
  const changed = `The content store ${file} changed while the site was being built: build it again.`;
  return [
    `import { readFileSync } from 'node:fs';`,
    `import { createHash } from 'node:crypto';`,
    `const text = readFileSync(${JSON.stringify(file)}, 'utf8');`,
    `if (createHash('sha256').update(text).digest('hex') !== ${JSON.stringify(hash)}) throw new Error(${JSON.stringify(changed)});`,
    `export default JSON.parse(text);`,
  ].join('\n');
}

/** The same module with its one string literal cut into pieces joined with `+`; undefined if it is not that module. */
export function splitStoreModule(code: string): string | undefined {
  const text = storeText(code);
  if (text === undefined || text.length <= PIECE) return undefined;
  const pieces: string[] = [];
  for (let start = 0; start < text.length; start += PIECE) pieces.push(JSON.stringify(text.slice(start, start + PIECE)));
  return `${WRITTEN_AS}${pieces.join('+\n')})`;
}
