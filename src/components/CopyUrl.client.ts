/**
 * `<iln-copy-url>`, the browser half of `CopyUrl.astro`: shows the copy button where the
 * browser has a clipboard, and says whether the copy worked. The wording is `copyUrl`
 * (unit-tested in tests/unit/copy-url.test.ts); the element only wires it to the page.
 */

/** Copies `address` with `write` (the clipboard's `writeText`) and returns what to tell the reader. */
export async function copyUrl(write: (text: string) => Promise<void>, address: string): Promise<string> {
  try {
    await write(address);
    return 'Copied';
  } catch {
    return 'Could not copy: select the address and copy it';
  }
}

/**
 * Defines `<iln-copy-url>`. The class is made here rather than at the top of the module
 * because `HTMLElement` exists only in a browser, and the unit tests import this module in Node.
 */
export function defineCopyUrl(): void {
  customElements.define(
    'iln-copy-url',
    class IlnCopyUrl extends HTMLElement {
      connectedCallback() {
        const address = this.querySelector('code')?.textContent ?? '';
        const button = this.querySelector('button');
        const status = this.querySelector('[role="status"]');
        if (!button || !status || !navigator.clipboard) return;
        button.hidden = false;
        button.addEventListener('click', async () => {
          status.textContent = await copyUrl((text) => navigator.clipboard.writeText(text), address);
        });
      }
    },
  );
}
