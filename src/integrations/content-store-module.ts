import type { AstroIntegration } from 'astro';

/** Astro's module of the whole content store, which every build imports before its first page. */
const STORE_MODULE = '\0astro:data-layer-content';
const WRITTEN_AS = 'export default JSON.parse(';
/** Pieces of this many characters compile in linear time. */
const PIECE = 256 * 1024;

/**
 * Astro writes the content store as one module, `export default JSON.parse("…")`, with the
 * whole store in one string literal. V8 compiles a literal that long in more than linear time:
 * 25 s for the 30 MB store of a 3,000-entry site, against 3 s for the same text cut into
 * pieces joined with `+`. This cuts the literal into pieces; the module's value is unchanged.
 * Astro's `experimental.collectionStorage: 'chunked'` cuts the store too, but measures each
 * character's UTF-8 length with its own TextEncoder call while writing, which cost more
 * than it saved (docs/benchmark.md). Any other shape of the module is left as it is.
 */
export function contentStoreModule(): AstroIntegration {
  return {
    name: 'interlibnet:content-store-module',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'interlibnet:content-store-module',
                transform: {
                  filter: { id: /^\0astro:data-layer-content$/ },
                  handler(code, id) {
                    if (id !== STORE_MODULE) return undefined;
                    const pieces = splitStoreModule(code);
                    return pieces === undefined ? undefined : { code: pieces, map: null };
                  },
                },
              },
            ],
          },
        });
      },
    },
  };
}

/** The same module with its one string literal cut into pieces joined with `+`; undefined if it is not that module. */
export function splitStoreModule(code: string): string | undefined {
  const trimmed = code.trim();
  if (!trimmed.startsWith(WRITTEN_AS) || !trimmed.endsWith(')')) return undefined;
  let text: unknown;
  try {
    text = JSON.parse(trimmed.slice(WRITTEN_AS.length, -1));
  } catch {
    return undefined;
  }
  if (typeof text !== 'string' || text.length <= PIECE) return undefined;
  const pieces: string[] = [];
  for (let start = 0; start < text.length; start += PIECE) pieces.push(JSON.stringify(text.slice(start, start + PIECE)));
  return `${WRITTEN_AS}${pieces.join('+\n')})`;
}
