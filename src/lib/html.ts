/** HTML for places outside the site, such as feed readers: addresses made absolute. */
import { decodeHTMLAttribute, escapeAttribute } from 'entities';
import { ELEMENT_NODE, parse, renderSync, walkSync } from 'ultrahtml';

/** Attributes that hold one address. */
const URL_ATTRIBUTES = new Set(['href', 'src', 'poster', 'cite', 'action', 'formaction', 'background', 'longdesc', 'data']);
/** Attributes that hold a list of `address descriptor` candidates. */
const SRCSET_ATTRIBUTES = new Set(['srcset', 'imagesrcset']);

/** Resolves one address as a browser on `pageUrl` would; leaves one it cannot read as it is. */
function resolve(address: string, pageUrl: string): string {
  try {
    return new URL(address.trim(), pageUrl).href;
  } catch {
    return address;
  }
}

/** `a.jpg 1x, /b.jpg 2x` → every candidate's address resolved, descriptors kept. */
function resolveSrcset(srcset: string, pageUrl: string): string {
  return srcset
    .split(',')
    .filter((candidate) => candidate.trim())
    .map((candidate) => {
      const [address = '', ...descriptors] = candidate.trim().split(/\s+/);
      return [resolve(address, pageUrl), ...descriptors].join(' ');
    })
    .join(', ');
}

/**
 * The same HTML with every address in it absolute, resolved against the page it comes
 * from, the way a browser reads it there: `/interlibnet/_astro/a.jpg` and `../03-x/` on
 * `https://example.org/topics/1/04-y/` become `https://example.org/interlibnet/_astro/a.jpg`
 * and `https://example.org/topics/1/03-x/`. Feed readers show HTML away from the page,
 * where a relative address leads nowhere.
 */
export function absoluteHtml(html: string, pageUrl: string): string {
  const document = parse(html);
  walkSync(document, (node) => {
    if (node.type !== ELEMENT_NODE) return;
    for (const [name, raw] of Object.entries(node.attributes as Record<string, string>)) {
      const attribute = name.toLowerCase();
      if (!URL_ATTRIBUTES.has(attribute) && !SRCSET_ATTRIBUTES.has(attribute)) continue;
      // ultrahtml keeps attribute values as written, entities and all.
      const value = decodeHTMLAttribute(raw);
      const absolute = SRCSET_ATTRIBUTES.has(attribute) ? resolveSrcset(value, pageUrl) : resolve(value, pageUrl);
      node.attributes[name] = escapeAttribute(absolute);
    }
  });
  return renderSync(document);
}
