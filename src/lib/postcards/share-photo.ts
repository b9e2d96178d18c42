/**
 * The one processed copy of a postcard photo that leaves the site: the Open Graph image
 * of its page and the enclosure of its feed item. One width and one format, so the build
 * encodes it once.
 */
export const SHARE_PHOTO = { width: 1200, format: 'jpeg' } as const;
