/**
 * `<iln-search>`, the browser half of `SiteSearch.astro`: loads Pagefind's Component UI on
 * the search page and sets it up for this site. The decisions are the exported functions
 * (unit-tested in tests/unit/site-search.test.ts); the element only wires them to Pagefind.
 */

interface Instance {
  faceted: boolean;
  searchTerm: string;
  searchSort: Record<string, 'asc' | 'desc'>;
  triggerLoad(): Promise<void>;
  triggerSearch(term: string): void;
  on(event: 'search', callback: (term: string) => void): void;
}
interface PagefindComponents {
  configureInstance(name: string, options: Record<string, unknown>): Instance;
}

/** One more index for Pagefind to search, as its `mergeIndex` option takes it. */
export interface MergedIndex {
  bundlePath: string;
  language: string;
  baseUrl: string;
}

/**
 * The indexes to merge into the one of the page's language. Pagefind keeps one index per
 * page language and searches the one of the page it runs on; the others are merged in so
 * that a postcard is found by words of its own language. The bundle is named by its full
 * URL (`bundleUrl`): Pagefind skips a merge whose path looks like the main index's own.
 */
export function mergedIndexes(languages: readonly string[], pageLanguage: string, bundleUrl: string, baseUrl: string): MergedIndex[] {
  const primary = pageLanguage.toLowerCase();
  return languages.filter((language) => language !== primary).map((language) => ({ bundlePath: bundleUrl, language, baseUrl }));
}

/** Pagefind's sort for the order control: `''` is best match, else by `sortKey` ascending or descending. */
export function searchSort(order: string, sortKey: string): Record<string, 'asc' | 'desc'> {
  return order === 'asc' || order === 'desc' ? { [sortKey]: order } : {};
}

/** The page's address with the search words in `q` (or without `q` when there are none). */
export function addressWithWords(address: string, words: string): URL {
  const url = new URL(address);
  if (words) url.searchParams.set('q', words);
  else url.searchParams.delete('q');
  return url;
}

/**
 * Defines `<iln-search>`. The class is made here rather than at the top of the module
 * because `HTMLElement` exists only in a browser, and the unit tests import this module in Node.
 */
export function defineSearch(): void {
  customElements.define(
    'iln-search',
    class IlnSearch extends HTMLElement {
      async connectedCallback() {
        try {
          await this.start();
        } catch (error) {
          // Pagefind could not load: the lists that hold everything take its place.
          this.dataset.failed = '';
          this.querySelector('[data-ui]')?.setAttribute('hidden', '');
          this.querySelector('[data-fallback]')?.removeAttribute('hidden');
          throw error;
        }
      }

      async start() {
        const { bundle = '', base = '/', sortKey = 'date' } = this.dataset;
        const bundleUrl = new URL(bundle, location.href);
        const [languages] = await Promise.all([
          fetch(new URL('pagefind-entry.json', bundleUrl))
            .then((response) => response.json())
            .then((entry) => Object.keys(entry.languages)),
          loadStyle(new URL('pagefind-component-ui.css', bundleUrl).href),
          import(/* @vite-ignore */ new URL('pagefind-component-ui.js', bundleUrl).href),
        ]);
        const { configureInstance } = (window as unknown as { PagefindComponents: PagefindComponents }).PagefindComponents;
        const instance = configureInstance('default', {
          bundlePath: bundle,
          baseUrl: base,
          mergeIndex: mergedIndexes(languages, document.documentElement.lang, bundleUrl.href, base),
        });

        const term = new URL(location.href).searchParams.get('q');
        const order = this.querySelector<HTMLSelectElement>('[data-order]');
        order?.addEventListener('change', () => {
          instance.searchSort = searchSort(order.value, sortKey);
          instance.triggerSearch(instance.searchTerm);
        });
        // The address keeps the words, so that a search can be shared, reloaded or gone back to.
        instance.on('search', (words) => history.replaceState(history.state, '', addressWithWords(location.href, words)));

        nameFilters(this.querySelector('[data-filters]'));
        this.querySelector('[data-fallback]')?.setAttribute('hidden', '');
        this.querySelector('[data-ui]')?.removeAttribute('hidden');
        // Faceted mode lists everything until words or filters narrow it. It is switched on
        // after loading: Pagefind's own faceted start would run an empty search after the
        // load, overriding words typed while the index was loading.
        await instance.triggerLoad();
        instance.faceted = true;
        instance.triggerSearch(instance.searchTerm || term || '');
      }
    },
  );
}

/**
 * Pagefind 1.6 names a filter's combobox only while something is chosen in it, and a
 * combobox takes no name from its text: until then, name each after its visible label.
 * And it writes an option's value and count with nothing between them, so the option reads
 * "Postcard3" on screen while its name is "Postcard, 3 results": a speech user saying what
 * they see would not match it (WCAG 2.5.3, Label in Name). A space between the two, which
 * the option's flex layout does not draw, makes it read "Postcard 3".
 */
function nameFilters(filters: Element | null) {
  const name = () => {
    for (const trigger of filters?.querySelectorAll('.pf-dropdown-trigger:not([aria-label])') ?? []) {
      trigger.setAttribute('aria-label', trigger.querySelector('.pf-dropdown-trigger-label')?.textContent ?? '');
    }
    for (const count of filters?.querySelectorAll('.pf-dropdown-option-label + .pf-dropdown-option-count') ?? []) {
      if (count.previousSibling instanceof Element) count.before(' ');
    }
  };
  if (filters) new MutationObserver(name).observe(filters, { subtree: true, childList: true, attributeFilter: ['aria-label'] });
  name();
}

function loadStyle(url: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const link = Object.assign(document.createElement('link'), { rel: 'stylesheet', href: url });
    link.addEventListener('load', () => resolve());
    link.addEventListener('error', () => reject(new Error(`could not load ${url}`)));
    document.head.append(link);
  });
}
