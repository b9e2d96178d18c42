/**
 * A newcomer finds out how the program works and whom to ask; partners carry a topic
 * into their conversation; a volunteer fixes a typo. The program pages, the timetable
 * drawn from the round files, the FAQ and its structured data, Email this topic, the
 * printable guide, Edit this page, the email form and the footer's links.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import { site as config } from '../../src/site.config.ts';
import { violationsOf } from '../support/axe.ts';
import { ROOT, TEST_NOW } from '../support/build.ts';
import { contentEntries, contentPeople } from '../support/content.ts';
import { NEWSLETTER_TEST_ACTION, SITES, outDirOf, urlOf } from '../support/sites.ts';

const PROGRAMME = ['/how-it-works/', '/faq/', '/code-of-conduct/', '/contact/', '/volunteer/', '/supporters/'];
const TOPIC = '/topics/1/06-library-spaces/';

/** The subject and body a mail app reads from a `mailto:` link. */
function decodeMailto(link: string) {
  const url = new URL(link);
  const query = new URLSearchParams(url.search);
  return { to: url.pathname, subject: query.get('subject'), body: query.get('body') ?? '' };
}

const timetable = (page: Page) => page.locator('.timetable');

test.describe('How it works', () => {
  test('shows the dates of the round under way and the next, from the round files', async ({ page }) => {
    await page.clock.install({ time: new Date(TEST_NOW) });
    await page.goto('/how-it-works/');
    const round2 = timetable(page).getByRole('table', { name: 'Round 2' });
    await expect(round2.getByRole('row', { name: /Applications/ })).toContainText('3 August 2026 to 24 August 2026');
    await expect(round2.getByRole('row', { name: /Matching/ })).toContainText('24 August 2026 to 14 September 2026');
    await expect(round2.getByRole('row', { name: /Partnerships \(now\)/ })).toContainText('14 September 2026 to 11 January 2027');
    const round3 = timetable(page).getByRole('table', { name: 'Round 3' });
    await expect(round3.getByRole('row', { name: /Applications/ })).toContainText('8 February 2027 to 1 March 2027');
    await expect(timetable(page).getByRole('table', { name: 'Round 1, 2025' })).toHaveCount(0);
    // 712 + 684 participants in the round files; 78 countries in Round 1, the most of any round.
    await expect(page.getByText('So far 1,396 librarians have taken part, with as many as 78 countries in a single round.')).toBeVisible();
  });

  test('marks what is under way when the page is read, not when it was built', async ({ page }) => {
    // Built at TEST_NOW, when Round 2's partnerships were under way; read when Round 3's applications are open.
    await page.clock.install({ time: new Date('2027-02-10T12:00:00+11:00') });
    await page.goto('/how-it-works/');
    const marked = timetable(page).locator('.now').filter({ visible: true });
    await expect(marked).toHaveCount(1);
    await expect(timetable(page).getByRole('table', { name: 'Round 3' }).getByRole('row', { name: 'Applications (now)' })).toBeVisible();
    await expect(
      timetable(page)
        .getByRole('table', { name: 'Round 2' })
        .getByRole('row', { name: /\(now\)/ }),
    ).toHaveCount(0);
  });

  test('says no round is scheduled when the round files hold none to come', async ({ page }) => {
    await page.goto(urlOf(SITES.noFutureRound, '/how-it-works/'));
    await expect(timetable(page)).toContainText('No round is scheduled at the moment.');
    await expect(timetable(page).getByRole('table')).toHaveCount(0);
    await timetable(page).getByRole('link', { name: 'Follow the ILN' }).click();
    await expect(page).toHaveURL(/\/follow\/$/);
  });
});

test.describe('the FAQ', () => {
  test('gives every answer its own address', async ({ page }) => {
    await page.goto('/faq/');
    await page.getByRole('navigation', { name: 'Questions' }).getByRole('link', { name: 'What does it cost?' }).click();
    await expect(page).toHaveURL(/\/faq\/#cost$/);
    const answer = page.getByRole('region', { name: 'What does it cost?' });
    await expect(answer).toContainText('Nothing.');
    await page.goto('/faq/#partner-does-not-reply');
    await expect(page.getByRole('heading', { name: 'What if my partner does not reply?' })).toBeInViewport();
    await page.getByRole('region', { name: 'What if my partner does not reply?' }).getByRole('link', { name: 'Contact page' }).click();
    await expect(page.getByRole('link', { name: config.contact.email })).toHaveAttribute('href', `mailto:${config.contact.email}`);
  });

  test('carries FAQPage data that asks and answers what the page does', async ({ page }) => {
    await page.goto('/faq/');
    const scripts = await page.locator('script[type="application/ld+json"]').allTextContents();
    const data = scripts.map((text) => JSON.parse(text)).find((item) => item['@type'] === 'FAQPage');
    expect(data['@context']).toBe('https://schema.org');
    const questions = await page.locator('main section h2').allTextContents();
    expect(data.mainEntity.map((question: { name: string }) => question.name)).toEqual(questions);
    for (const question of data.mainEntity) {
      expect(question['@type']).toBe('Question');
      expect(question.acceptedAnswer['@type']).toBe('Answer');
      const id = new URL(question['@id']).hash;
      await expect(page.locator(`${id} + p`)).toContainText(question.acceptedAnswer.text.split('\n\n')[0].slice(0, 60));
    }
  });
});

test('Contact gives the team address and says who answers what', async ({ page }) => {
  await page.goto('/contact/');
  await expect(page.getByRole('link', { name: config.contact.email })).toHaveAttribute('href', `mailto:${config.contact.email}`);
  await expect(page.getByRole('heading', { name: 'Who answers what' })).toBeVisible();
});

test.describe('on a topic', () => {
  test("Email this topic opens a message with the topic's prompts and address, to whomever the reader chooses", async ({ page }) => {
    await page.goto(TOPIC);
    const link = page.getByRole('link', { name: 'Email this topic to your partner' });
    const href = (await link.getAttribute('href'))!;
    expect(href.length).toBeLessThanOrEqual(1800);
    const mail = decodeMailto(href);
    expect(mail.to).toBe('');
    expect(mail.subject).toBe('Library spaces');
    const prompts = await page.getByRole('navigation', { name: 'Prompts to discuss' }).getByRole('listitem').allTextContents();
    expect(prompts.length).toBeGreaterThan(0);
    for (const prompt of prompts) expect(mail.body).toContain(prompt.trim());
    expect(mail.body).toContain(await page.locator('link[rel="canonical"]').getAttribute('href'));
    expect(mail.body).toContain('\r\n');
  });

  test('the round page leads to a printable guide with every topic of the round and its prompts', async ({ page }) => {
    await page.goto('/rounds/1/');
    const topics = await page.locator('main article').count();
    expect(topics).toBeGreaterThan(1);
    await page.getByRole('link', { name: 'Discussion guide' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Discussion guide: Round 1, 2025');
    await expect(page.locator('main section')).toHaveCount(topics);
    const library = page.getByRole('region', { name: 'Topic 6: Library spaces' });
    await expect(library.getByRole('listitem')).toHaveText(['A walk through your library', 'Quiet and noise', 'If you could change one thing']);
    // Its footnote's heading is not a prompt.
    const worth = page.getByRole('region', { name: 'Topic 7: Proving our worth' });
    await expect(worth.getByRole('listitem')).toHaveText(['What do you count?', 'Stories that stay with you', 'Measuring what matters']);
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.site-header')).toBeHidden();
    await expect(library).toBeVisible();
  });
});

test.describe('Edit this page', () => {
  /** Every "Edit this page" link of the built main site: the page it is on and where it leads. */
  function editLinks(): { page: string; href: string }[] {
    const out = outDirOf(SITES.main);
    return readdirSync(out, { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('index.html'))
      .flatMap((file) =>
        [...readFileSync(join(out, file), 'utf8').matchAll(/href="([^"]+)"[^>]*>Edit this page on GitHub</g)].map((match) => ({
          page: `/${file.replace(/index\.html$/, '')}`,
          href: match[1]!,
        })),
      );
  }

  test('every edit link opens a file that exists in the repository', () => {
    const links = editLinks();
    expect(links.length).toBeGreaterThan(20);
    for (const { page, href } of links) {
      expect(href.startsWith(`${config.repository}/edit/${config.editBranch}/`), page).toBe(true);
      const file = decodeURIComponent(href.slice(`${config.repository}/edit/${config.editBranch}/`.length));
      expect(existsSync(join(ROOT, file)), `${page} → ${file}`).toBe(true);
    }
  });

  test('every topic, news item, postcard and program page has one, to its own file', () => {
    const byPage = new Map(editLinks().map(({ page, href }) => [page, href]));
    const published = contentEntries().filter((entry) => entry.collection !== 'rounds' && entry.published);
    for (const entry of published) expect(byPage.get(entry.path), entry.path).toMatch(new RegExp(`/${entry.file.replace(/[.]/g, '\\.')}$`));
    for (const path of [...PROGRAMME, '/about/']) expect(byPage.get(path), path).toMatch(new RegExp(`/src/pages${path.replace(/\/$/, '')}\\.mdx$`));
  });

  test('is a link a reader can follow from a topic', async ({ page }) => {
    await page.goto(TOPIC);
    await expect(page.getByRole('link', { name: 'Edit this page on GitHub' })).toHaveAttribute(
      'href',
      `${config.repository}/edit/main/content/topics/1/06-library-spaces.md`,
    );
  });
});

test.describe('Get new topics by email', () => {
  test('is offered only when a service is set up', async ({ page }) => {
    await page.goto('/follow/');
    await expect(page.getByRole('form', { name: 'Get new topics by email' })).toHaveCount(0);
  });

  for (const path of ['/follow/', '/join/']) {
    test(`on ${path} and in the footer, it posts the address straight to the email service`, async ({ page }) => {
      let posted = '';
      await page.route(`${new URL(NEWSLETTER_TEST_ACTION).origin}/**`, async (route) => {
        posted = route.request().postData() ?? '';
        await route.fulfill({ contentType: 'text/html', body: '<title>Thanks</title><p>Check your inbox to confirm.</p>' });
      });
      await page.goto(urlOf(SITES.noFutureRound, path));
      const forms = page.getByRole('form', { name: 'Get new topics by email' });
      await expect(forms).toHaveCount(2);
      await expect(page.getByRole('contentinfo').getByRole('form', { name: 'Get new topics by email' })).toBeVisible();
      const form = forms.first();
      await expect(form).toHaveAttribute('action', NEWSLETTER_TEST_ACTION);
      const csp = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
      expect(csp).toContain("form-action 'self' https://newsletter.example;");
      await form.getByLabel('Your email address').fill('reader@example.org');
      await form.getByRole('button', { name: 'Subscribe' }).click();
      await expect(page.getByText('Check your inbox to confirm.')).toBeVisible();
      expect(posted).toBe('email=reader%40example.org');
    });
  }
});

test('the footer links to the program pages and names every social network', async ({ page }) => {
  await page.goto('/');
  const footer = page.getByRole('contentinfo');
  for (const name of ['How it works', 'Questions', 'Code of conduct', 'Volunteer with us', 'Supporters', 'Contact']) {
    await expect(footer.getByRole('navigation', { name: 'The program' }).getByRole('link', { name, exact: true })).toBeVisible();
  }
  const elsewhere = footer.getByRole('navigation', { name: 'ILN elsewhere' });
  for (const { label, href } of config.social) await expect(elsewhere.getByRole('link', { name: label, exact: true })).toHaveAttribute('href', href);
});

test.describe('Our volunteers', () => {
  test('lists everyone by country, with their role, bio, links and address', async ({ page }) => {
    await page.goto('/volunteer/');
    await page.getByRole('main').getByRole('link', { name: 'Meet our volunteers' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Our volunteers');
    const people = contentPeople();
    // Every country someone looks after has a section, in alphabetical order of the names readers see.
    const countries = [...new Set(people.flatMap((person) => person.data.countries))].map((code) =>
      new Intl.DisplayNames(['en'], { type: 'region' }).of(code),
    );
    await expect(page.getByRole('main').getByRole('heading', { level: 2 })).toHaveText(
      countries.toSorted((a, b) => a!.localeCompare(b!, 'en')) as string[],
    );
    for (const person of people) {
      for (const code of person.data.countries) {
        const country = page.getByRole('region', { name: new Intl.DisplayNames(['en'], { type: 'region' }).of(code) });
        const card = country.getByRole('article').filter({ has: page.getByRole('heading', { name: person.data.name, exact: true }) });
        await expect(card, `${person.file} under ${code}`).toHaveCount(1);
        if (person.data.email)
          await expect(card.getByRole('link', { name: person.data.email })).toHaveAttribute('href', `mailto:${person.data.email}`);
        // Each link names whose it is, so that a list of the page's links tells them apart.
        for (const link of person.data.links ?? [])
          await expect(card.getByRole('link', { name: `${link.label} (${person.data.name})`, exact: true })).toHaveAttribute('href', link.url);
        if (person.data.photoAlt) await expect(card.getByRole('img', { name: person.data.photoAlt })).toBeVisible();
      }
    }
    const ama = page.getByRole('article').filter({ hasText: 'Ama Owusu' });
    await expect(ama).toContainText('Country coordinator');
    await expect(ama).toContainText('the person to write to when a partner has gone quiet');
  });

  test('is linked from the footer and the Contact page', async ({ page }) => {
    await page.goto('/contact/');
    await expect(page.getByRole('main').getByRole('link', { name: 'Our volunteers' })).toHaveAttribute('href', '/volunteers/');
    await page.getByRole('contentinfo').getByRole('link', { name: 'Our volunteers' }).click();
    await expect(page).toHaveURL(/\/volunteers\/$/);
  });
});

test("the footer names the site's content licence, and every page carries it in its metadata", async ({ page }) => {
  for (const path of ['/', '/topics/', '/volunteers/', TOPIC]) {
    await page.goto(path);
    const licence = page.getByRole('contentinfo').getByRole('link', { name: config.license.name });
    await expect(licence, path).toHaveAttribute('href', config.license.url);
    await expect(page.locator('head link[rel="license"]'), path).toHaveAttribute('href', config.license.url);
  }
});

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`in the ${colorScheme} theme`, () => {
    test.use({ colorScheme });
    for (const path of [...PROGRAMME, '/volunteers/', '/rounds/2/guide/', TOPIC]) {
      test(`${path} has no WCAG 2.2 AA violations`, async ({ page }) => {
        await page.goto(path);
        expect(await violationsOf(page)).toEqual([]);
      });
    }
    for (const path of ['/how-it-works/', '/join/']) {
      test(`${path} with no round scheduled and the email form has no WCAG 2.2 AA violations`, async ({ page }) => {
        await page.goto(urlOf(SITES.noFutureRound, path));
        expect(await violationsOf(page)).toEqual([]);
      });
    }
  });
}
