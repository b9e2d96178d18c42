/**
 * The WebP copies of a postcard photo, the only ones readers' browsers load: the smaller
 * for gallery cards (sharp at twice their width) and search thumbnails, the larger for
 * the postcard's page. With the one JPEG (sharePhoto in share-photo.ts), a photo makes at
 * most three files, whatever pages, feeds and the search index show it. Astro never
 * upscales: a photo narrower than a width is encoded at its own width instead.
 */
export const PHOTO_WEBP = { widths: [800, 1600], format: 'webp' } as const;
