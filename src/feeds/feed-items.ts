/**
 * Turns published entries into feed items: renders each topic and news body to HTML as its
 * page shows it (Markdown and MDX alike, through Astro's container API) and makes a
 * 1200-pixel JPEG of each postcard photo for the enclosure. The feed endpoints in
 * src/pages/ query the collections and call this; each entry is rendered once per build
 * however many feeds carry it.
 */
import { readFile } from 'node:fs/promises';
import { getContainerRenderer } from '@astrojs/mdx/container-renderer';
import type { AstroRuntimeLogger } from 'astro';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { getConfiguredImageService, getImage, imageConfig } from 'astro:assets';
import { loadRenderers } from 'astro:container';
import { type CollectionEntry, render } from 'astro:content';
import { roundNames } from '../data/entries.ts';
import { type FeedItem, type FeedPhoto, newsItem, postcardItem, topicItem } from '../lib/feeds/feeds.ts';
import { sharePhoto } from '../lib/postcards/share-photo.ts';
import { site } from '../site.config.ts';

let container: Promise<AstroContainer> | undefined;
const rendered = new Map<string, Promise<string>>();
const photos = new Map<string, Promise<FeedPhoto>>();

/** The body of a topic or news entry as HTML, exactly as its page renders it. */
function bodyHtml(entry: CollectionEntry<'topics'> | CollectionEntry<'news'>): Promise<string> {
  const key = `${entry.collection}/${entry.id}`;
  let html = rendered.get(key);
  if (!html) {
    container ??= loadRenderers([getContainerRenderer()]).then((renderers) => AstroContainer.create({ renderers }));
    html = (async () => {
      const { Content } = await render(entry);
      return (await container).renderToString(Content);
    })();
    rendered.set(key, html);
  }
  return html;
}

/**
 * A processed copy of a postcard photo, never the upload (which may carry the place it was
 * taken in its EXIF data). Astro writes the file at the end of the build; its length is
 * that of the same transformation run here, by the same image service with the same
 * options, which tests/e2e/feeds.spec.ts checks against the file served.
 */
function feedPhoto(postcard: CollectionEntry<'postcards'>, logger: AstroRuntimeLogger): Promise<FeedPhoto> {
  let photo = photos.get(postcard.id);
  if (!photo) {
    photo = (async () => {
      const { image } = postcard.data;
      const processed = await getImage({ src: image, ...sharePhoto(image) });
      // Astro publishes the upload itself, EXIF and all, once the image's `src` is read; its
      // file path is not `src`, and is what Astro's own image step gives the service as `src`.
      const original = (image as { fsPath?: string }).fsPath;
      if (!original)
        throw new Error(`content/postcards/${postcard.id} → image: Astro gave no file path for the photo, so its feed copy cannot be measured`);
      const service = await getConfiguredImageService();
      if (!('transform' in service)) throw new Error('the image service cannot process images locally, so feed photos cannot be measured');
      // A service may be split into one for builds and one for the server: a build uses the first.
      const config = { ...imageConfig, service: 'build' in imageConfig.service ? imageConfig.service.build : imageConfig.service };
      const { data } = await service.transform(await readFile(original), { ...processed.options, src: original }, config, logger);
      return {
        url: new URL(processed.src, site.url).href,
        length: data.byteLength,
        type: 'image/jpeg',
        width: Number(processed.options.width),
        height: Number(processed.options.height),
      };
    })();
    photos.set(postcard.id, photo);
  }
  return photo;
}

/** What a feed carries: published entries only. */
export interface FeedEntries {
  topics?: readonly CollectionEntry<'topics'>[];
  news?: readonly CollectionEntry<'news'>[];
  postcards?: readonly CollectionEntry<'postcards'>[];
}

const items = new Map<string, Promise<FeedItem>>();

/** Each entry's item is made once per build, however many feeds carry it. */
function itemOnce(key: string, make: () => Promise<FeedItem>): Promise<FeedItem> {
  let item = items.get(key);
  if (!item) items.set(key, (item = make()));
  return item;
}

/**
 * Feed items for published entries, in no particular order (feedOptions sorts them);
 * `logger` is the endpoint's. With a `limit`, only the newest that many of each list
 * (each already newest first, from src/data) are made: no entry a feed cannot carry is
 * rendered for it.
 */
export async function feedItems(
  { topics = [], news = [], postcards = [] }: FeedEntries,
  logger: AstroRuntimeLogger,
  limit?: number,
): Promise<FeedItem[]> {
  const newest = <T>(list: readonly T[]) => list.slice(0, limit);
  const nameOfRound = await roundNames();
  return Promise.all([
    ...newest(topics).map((topic) =>
      itemOnce(`topics/${topic.id}`, async () => topicItem(topic, await bodyHtml(topic), nameOfRound(topic.data.round), site)),
    ),
    ...newest(news).map((item) => itemOnce(`news/${item.id}`, async () => newsItem(item, await bodyHtml(item), site))),
    ...newest(postcards).map((postcard) =>
      itemOnce(`postcards/${postcard.id}`, async () => {
        const { round } = postcard.data;
        return postcardItem(postcard, await feedPhoto(postcard, logger), round === undefined ? undefined : nameOfRound(round), site);
      }),
    ),
  ]);
}
