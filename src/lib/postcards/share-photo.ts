/**
 * The one processed copy of a postcard photo that leaves the site: the Open Graph image
 * of its page and the enclosure of its feed item. One width and one format, so the build
 * encodes it once.
 */
const SHARE_WIDTH = 1200;

/**
 * The options of that copy for a photo `width` pixels wide (upright). Astro never enlarges
 * a photo but reports the width asked for, so a narrower photo asks for its own: the sizes
 * in the page's `og:image` and the feed item's `<img>` are then the file's. A transparent
 * PNG is laid on white, where a JPEG would otherwise turn it black.
 * Read only `width` of an imported photo: reading its `src` makes Astro publish the upload.
 */
export function sharePhoto({ width }: { width: number }) {
  return { width: Math.min(SHARE_WIDTH, width), format: 'jpeg', background: '#ffffff' } as const;
}
