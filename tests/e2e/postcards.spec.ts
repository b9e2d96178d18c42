import { expect, test } from '@playwright/test';
import { site as config } from '../../src/site.config.ts';

test.describe('looking at postcards', () => {
  test('the gallery shows every postcard with its photo, library and country by name', async ({ page }) => {
    await page.goto('/postcards/');
    await expect(page.getByText('9 postcards from 9 countries so far.')).toBeVisible();
    const cards = page.getByRole('main').getByRole('article');
    await expect(cards).toHaveCount(9);
    const kwame = cards.filter({ hasText: 'Kwame Mensah' });
    await expect(kwame).toContainText('Kumasi Senior High School Library');
    await expect(kwame).toContainText('Kumasi, Ghana · School library');
    await expect(kwame.getByRole('img')).toHaveAttribute('alt', /A school library with shelves of colourful books/);
  });

  test('the gallery’s introduction keeps the space between its sentences', async ({ page }) => {
    await page.goto('/postcards/');
    await expect(page.getByRole('main').locator('.lead')).toContainText('in their own language. 9 postcards from 9 countries so far.');
  });

  test('a card’s place in a right-to-left script is isolated from the country after it', async ({ page }) => {
    await page.goto('/postcards/');
    const layla = page.getByRole('main').getByRole('article').filter({ hasText: 'ليلى حداد' });
    // Without isolation the comma joins the Arabic run and the line reads "عمّان,Jordan".
    await expect(layla.locator('bdi[lang="ar"]')).toHaveText('عمّان');
    await expect(layla).toContainText('عمّان, Jordan · Academic library');
  });

  test('a postcard page shows the photo with its description and the facts about the library', async ({ page }) => {
    await page.goto('/postcards/');
    await page.getByRole('link', { name: 'Tomasz Nowak' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tomasz Nowak');
    const photo = page.getByRole('img', { name: /A library hall with tall shelves/ });
    await expect(photo).toBeVisible();
    // Visible is not loaded: poll until the browser has decoded the photo.
    await expect.poll(() => photo.evaluate((img: HTMLImageElement) => (img.complete ? img.naturalWidth : 0))).toBeGreaterThan(0);
    const facts = page.getByRole('main').locator('dl');
    await expect(facts).toContainText('LibraryRegional Research Library, Kraków');
    await expect(facts).toContainText('CityKraków');
    await expect(facts).toContainText('CountryPoland');
    await expect(facts).toContainText('Library typeNational library');
  });

  test('a story in Arabic is marked as Arabic and reads right to left', async ({ page }) => {
    await page.goto('/postcards/layla-haddad-amman/');
    const story = page.locator('[lang="ar"][dir="rtl"]').filter({ hasText: 'تحية من عمّان' });
    await expect(story).toBeVisible();
    expect(await story.evaluate((element) => getComputedStyle(element).direction)).toBe('rtl');
    await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
  });

  test('a name in another language is marked with it wherever it appears: beside Previous and Next, under the photo', async ({ page }) => {
    await page.goto('/postcards/layla-haddad-amman/');
    await expect(page.getByRole('figure').locator('figcaption bdi[lang="ar"]')).toHaveText('ليلى حداد');
    const more = page.getByRole('navigation', { name: 'More postcards' });
    await expect(more.locator('[lang="hu"]')).toHaveText('Anna Kovács, Debreceni Városi Könyvtár');
    await page.goto('/postcards/anna-kovacs-debrecen/');
    const arabic = page.getByRole('navigation', { name: 'More postcards' }).locator('[lang="ar"]');
    await expect(arabic).toHaveText('ليلى حداد, مكتبة الجامعة المركزية');
    // The name, read right to left, comes before the library.
    expect(await arabic.evaluate((element) => getComputedStyle(element).direction)).toBe('rtl');
  });

  test('an Arabic name as the title lines up with the line above it', async ({ page }) => {
    await page.goto('/postcards/layla-haddad-amman/');
    const textStart = (selector: string) =>
      page.locator(selector).evaluate((element) => {
        const range = document.createRange();
        range.selectNodeContents(element);
        return Math.round(range.getBoundingClientRect().left);
      });
    const eyebrow = await textStart('main header .eyebrow');
    expect(await textStart('main header h1')).toBe(eyebrow);
  });

  test('a checklist in a story shows which tasks are done, as ☑ and ☐, with no form controls', async ({ page }) => {
    await page.goto('/postcards/liam-nguyen-hobart/');
    const tasks = page.getByRole('main').locator('li.task-list-item');
    await expect(tasks).toHaveText(['☑ Read the discussion topics of Round 2', '☐ Ask my manager for an hour a fortnight to write to a partner']);
    await expect(page.getByRole('main').getByRole('checkbox')).toHaveCount(0);
  });

  test('a story in Hungarian is marked as Hungarian and reads left to right', async ({ page }) => {
    await page.goto('/postcards/anna-kovacs-debrecen/');
    const story = page.getByRole('main').locator('[lang="hu"]').filter({ hasText: 'Üdvözlet Debrecenből' });
    await expect(story).toHaveAttribute('dir', 'ltr');
  });
});

test.describe('whom to ask, and whose photo it is', () => {
  test("a country's page names its coordinator and how to write to them", async ({ page }) => {
    await page.goto('/postcards/countries/');
    await page.getByRole('link', { name: 'Ghana' }).click();
    const contacts = page.getByRole('complementary', { name: 'Contacts in Ghana' });
    await expect(contacts).toHaveText('Questions in Ghana? Write to Ama Owusu at ghana@interlibnet.org, our country coordinator.');
    await expect(contacts.getByRole('link', { name: 'ghana@interlibnet.org' })).toHaveAttribute('href', 'mailto:ghana@interlibnet.org');
  });

  test('a country without a coordinator names the volunteer who looks after it, as the Volunteers page does', async ({ page }) => {
    await page.goto('/postcards/countries/au/');
    const contacts = page.getByRole('complementary', { name: 'Contacts in Australia' });
    await expect(contacts).toHaveText(
      'Questions in Australia? We have no coordinator in Australia yet. Write to Kate Sullivan at team@interlibnet.org, who looks after partners here.',
    );
  });

  test('a country nobody looks after yet points to the team', async ({ page }) => {
    await page.goto('/postcards/countries/pl/');
    const contacts = page.getByRole('complementary', { name: 'Contacts in Poland' });
    await expect(contacts).toContainText('We have no coordinator in Poland yet');
    await expect(contacts.getByRole('link')).toHaveAttribute('href', `mailto:${config.contact.email}`);
  });

  test('a postcard names who took its photo and the licence it is shared under, on the page and in its metadata', async ({ page }) => {
    await page.goto('/postcards/siobhan-obrien-galway/');
    const caption = page.getByRole('main').locator('figure figcaption');
    await expect(caption).toHaveText('Photo: Ciarán Walsh, Galway City Library. Shared under CC BY-SA 4.0.');
    const bySa = 'https://creativecommons.org/licenses/by-sa/4.0/';
    await expect(caption.getByRole('link', { name: 'CC BY-SA 4.0' })).toHaveAttribute('href', bySa);
    // The postcard's own licence replaces the site's in the page's metadata.
    await expect(page.locator('head link[rel="license"]')).toHaveAttribute('href', bySa);
    const data = (await page.locator('script[type="application/ld+json"]').allTextContents()).map(
      (text) => JSON.parse(text) as Record<string, unknown>,
    );
    expect(data.find((item) => item['@type'] === 'ImageObject')).toMatchObject({
      license: bySa,
      creditText: 'Ciarán Walsh, Galway City Library',
      acquireLicensePage: `${config.url}/postcards/siobhan-obrien-galway/`,
      contentUrl: expect.stringMatching(/\.jpe?g$/),
    });
  });

  test("without a credit or licence of its own, the participant is credited under the site's licence", async ({ page }) => {
    await page.goto('/postcards/kwame-mensah-kumasi/');
    const caption = page.getByRole('main').locator('figure figcaption');
    await expect(caption).toHaveText(`Photo: Kwame Mensah. Shared under ${config.license.name}.`);
    await expect(caption.getByRole('link')).toHaveAttribute('href', config.license.url);
    await expect(page.locator('head link[rel="license"]')).toHaveAttribute('href', config.license.url);
  });
});
