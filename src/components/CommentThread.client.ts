/**
 * `<iln-comments>`, the browser half of `CommentThread.astro`: puts the giscus widget in
 * place only when the reader reaches the comments, or presses "Load comments" where the
 * site asks for consent; until then nothing is requested from giscus.app or GitHub.
 * giscus comes from our own bundle, on demand. The decisions are the exported functions
 * (unit-tested in tests/unit/comment-thread.test.ts); the element only reads and writes the page.
 */

/** Where a reader's standing consent is kept, in `localStorage`. */
export const CONSENT_KEY = 'iln:comments-consent';

/**
 * Whether the reader has said to load comments without asking. `storage` is a function
 * because merely reading `localStorage` throws where storage is off (private modes, blocked
 * cookies), which means "ask".
 */
export function hasConsent(storage: () => Pick<Storage, 'getItem'>): boolean {
  try {
    return storage().getItem(CONSENT_KEY) === 'given';
  } catch {
    return false;
  }
}

/** Keeps or takes back the reader's consent; where storage is off it is simply not kept. */
export function storeConsent(storage: () => Pick<Storage, 'setItem' | 'removeItem'>, given: boolean): void {
  try {
    if (given) storage().setItem(CONSENT_KEY, 'given');
    else storage().removeItem(CONSENT_KEY);
  } catch {
    // Not remembered: the reader is asked again on the next page.
  }
}

/**
 * How the thread starts on a page at `address`:
 * - `signed-in`: back from signing in through giscus (it adds `?giscus=…`), the reader chose
 *   to comment, so load at once;
 * - `ask`: the site asks first and the reader has not said yes for good;
 * - `when-seen`: load when the comments come into view.
 * `consentGiven` is asked only where the site asks for consent.
 */
export function howToStart(address: string, asksConsent: boolean, consentGiven: () => boolean): 'signed-in' | 'ask' | 'when-seen' {
  if (new URL(address).searchParams.has('giscus')) return 'signed-in';
  return asksConsent && !consentGiven() ? 'ask' : 'when-seen';
}

/** What the thread's `data-*` attributes carry (see CommentThread.astro). */
export interface ThreadSettings {
  repo?: string | undefined;
  repoId?: string | undefined;
  category?: string | undefined;
  categoryId?: string | undefined;
  term?: string | undefined;
  lang?: string | undefined;
  themeLight?: string | undefined;
  themeDark?: string | undefined;
}

/** The giscus theme for the reader's light or dark setting. */
export function giscusTheme({ themeLight, themeDark }: ThreadSettings, dark: boolean): string {
  return (dark ? themeDark : themeLight) ?? 'preferred_color_scheme';
}

/**
 * The `<giscus-widget>` attributes for a thread. The mapping is `specific` and `strict`: the
 * thread is the one whose term matches exactly, never a look-alike found by search.
 */
export function giscusAttributes(settings: ThreadSettings, dark: boolean): Record<string, string> {
  const { repo, repoId, category, categoryId, term, lang } = settings;
  const attributes = {
    repo,
    repoid: repoId,
    category,
    categoryid: categoryId,
    mapping: 'specific',
    term,
    strict: '1',
    lang,
    theme: giscusTheme(settings, dark),
  };
  return Object.fromEntries(Object.entries(attributes).map(([name, value]) => [name, value ?? '']));
}

/**
 * Defines `<iln-comments>`. The class is made here rather than at the top of the module
 * because `HTMLElement` exists only in a browser, and the unit tests import this module in Node.
 */
export function defineComments(): void {
  const storage = () => localStorage;

  customElements.define(
    'iln-comments',
    class IlnComments extends HTMLElement {
      #observer: IntersectionObserver | undefined;

      connectedCallback() {
        const consent = this.querySelector<HTMLElement>('[data-consent]');
        const start = howToStart(location.href, consent !== null, () => hasConsent(storage));
        if (start === 'signed-in') {
          this.scrollIntoView();
          return void this.load();
        }
        if (consent && start === 'ask') {
          consent.hidden = false;
          consent.querySelector('button')?.addEventListener(
            'click',
            () => {
              if (consent.querySelector<HTMLInputElement>('[data-remember]')?.checked) this.remember();
              void this.load(consent);
            },
            { once: true },
          );
          this.dataset.state = 'waiting';
          return;
        }
        if (consent) this.remember();
        this.#observer = new IntersectionObserver((entries) => {
          if (!entries.some((entry) => entry.isIntersecting)) return void (this.dataset.state = 'waiting');
          this.#observer?.disconnect();
          void this.load();
        });
        this.#observer.observe(this);
      }

      disconnectedCallback() {
        this.#observer?.disconnect();
      }

      /** Keeps the reader's consent for the next pages, and offers to take it back. */
      remember() {
        storeConsent(storage, true);
        const forget = this.querySelector<HTMLElement>('[data-forget]')!;
        forget.hidden = false;
        forget.querySelector('button')?.addEventListener(
          'click',
          () => {
            storeConsent(storage, false);
            forget.hidden = true;
            const status = this.querySelector<HTMLElement>('[data-status]')!;
            status.textContent = 'From the next page on, comments wait until you ask for them.';
            status.focus(); // the button is gone: keep the keyboard here
          },
          { once: true },
        );
      }

      async load(consent?: HTMLElement) {
        const slot = this.querySelector<HTMLElement>('[data-widget]')!;
        if (consent) {
          consent.hidden = true;
          slot.focus(); // the button is gone: keep the keyboard where the comments appear
        }
        this.dataset.state = 'loading';
        try {
          await import('giscus');
        } catch {
          this.querySelector<HTMLElement>('[data-failed]')!.hidden = false;
          return void (this.dataset.state = 'failed');
        }
        const dark = matchMedia('(prefers-color-scheme: dark)');
        const widget = document.createElement('giscus-widget');
        for (const [name, value] of Object.entries(giscusAttributes(this.dataset, dark.matches))) widget.setAttribute(name, value);
        // Follows the reader's light or dark setting, also when it changes (giscus passes it on to its frame).
        dark.addEventListener('change', () => widget.setAttribute('theme', giscusTheme(this.dataset, dark.matches)));
        slot.append(widget);
        this.dataset.state = 'loaded';
      }
    },
  );
}
