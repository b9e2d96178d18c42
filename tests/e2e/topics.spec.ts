import { expect, test } from '@playwright/test';
import { SITES, urlOf } from '../support/sites.ts';

test.describe('reading the discussion topics', () => {
  test('the topics page groups every published topic by round, newest round first', async ({ page }) => {
    await page.goto('/topics/');
    const rounds = page.getByRole('main').getByRole('heading', { level: 2 });
    await expect(rounds).toHaveText(['Round 2', 'Round 1, 2025']);
    const round2 = page.getByRole('region', { name: 'Round 2' });
    await expect(round2.getByRole('heading', { level: 3 })).toHaveText([
      'Getting to know you',
      'The role of libraries in disasters',
      'Reading for pleasure',
      'Open access and open data',
      'Wellbeing at work',
      'Leadership without a title',
    ]);
    await expect(page.getByRole('region', { name: 'Round 1, 2025' }).getByRole('listitem')).toHaveCount(8);
  });

  test('a topic page says where it sits in its round and leads to its neighbours', async ({ page }) => {
    await page.goto('/topics/');
    await page.getByRole('link', { name: 'Open access and open data' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Open access and open data');
    await expect(page.getByText('Round 2 · Discussion topic 4')).toBeVisible();
    await expect(page.getByText('Published 26 October 2026')).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: 'Open access where you are' })).toBeVisible();

    const neighbours = page.getByRole('navigation', { name: 'Topics in Round 2' });
    await neighbours.getByRole('link', { name: /Next Wellbeing at work/ }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Wellbeing at work');
    await page
      .getByRole('navigation', { name: 'Topics in Round 2' })
      .getByRole('link', { name: /Previous/ })
      .click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Open access and open data');
  });

  test('the first and last topics of a round do not lead into another round', async ({ page }) => {
    await page.goto('/topics/1/08-looking-back-looking-forward/');
    const neighbours = page.getByRole('navigation', { name: 'Topics in Round 1, 2025' });
    await expect(neighbours.getByRole('link')).toHaveCount(1);
    await expect(neighbours.getByRole('link', { name: /Previous Proving our worth/ })).toBeVisible();

    await page.goto('/topics/2/06-leadership-without-a-title/');
    await expect(page.getByRole('navigation', { name: 'Topics in Round 2' }).getByRole('link', { name: /Next/ })).toHaveCount(0);
  });

  test('a round page lists its dates, numbers and topics in order', async ({ page }) => {
    await page.goto('/rounds/');
    await page.getByRole('link', { name: 'Round 1, 2025' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Round 1, 2025');
    const facts = page.getByRole('main').locator('dl').first();
    await expect(facts).toContainText('Participants712');
    await expect(facts).toContainText('Countries78');
    await expect(facts).toContainText('17 March 2025 to 14 July 2025');
    const topics = page.getByRole('region', { name: 'Discussion topics' }).getByRole('heading', { level: 3 });
    await expect(topics).toHaveCount(8);
    await expect(topics.first()).toHaveText('Getting to know you');
    await expect(topics.nth(3)).toHaveText('Technology and libraries, part 1');
  });

  test('a tag page gathers the topics and news that carry the tag', async ({ page }) => {
    await page.goto('/topics/1/03-advocacy-and-lobbying/');
    await page.getByRole('list', { name: 'Tags' }).getByRole('link', { name: 'advocacy' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tagged “advocacy”');
    await expect(page.getByRole('region', { name: 'Discussion topics' }).getByRole('heading', { level: 3 })).toHaveText([
      'Proving our worth',
      'Advocacy and lobbying',
    ]);
  });

  test('with comments not set up, no page promises a forum: the discussion is in the live chats', async ({ page }) => {
    await page.goto('/topics/');
    const lead = page.getByRole('main').locator('.lead');
    await expect(lead).toContainText('When a topic has a live chat, you are welcome to join it');
    await expect(lead).not.toContainText('open forum');
    await page.goto('/');
    await expect(page.getByRole('main').locator('.lead').first()).not.toContainText('open forum');
    await page.goto('/about/');
    await expect(page.getByRole('main')).toContainText('when a topic has a live chat, anyone is welcome to join it');
    for (const path of ['/', '/topics/', '/about/']) {
      await page.goto(path);
      await expect(page.getByRole('main'), path).not.toContainText(/open forum|join any discussion/);
    }
  });

  test('with comments set up, the home, topics and about pages invite everyone to the forum under each topic', async ({ page }) => {
    for (const path of ['/', '/topics/', '/about/']) {
      await page.goto(urlOf(SITES.comments, path));
      await expect(page.getByRole('main'), path).toContainText('open forum');
    }
  });

  test('a topic names its round as the round’s file does', async ({ page }) => {
    await page.goto('/topics/1/06-library-spaces/');
    await expect(page.getByRole('main').locator('header .eyebrow').getByRole('link')).toHaveText('Round 1, 2025');
  });

  for (const old of ['/2013/05/discussion-topic-library-spaces/', '/archives/p_12.html']) {
    test(`an address from the old blog, ${old}, leads to the topic`, async ({ page }) => {
      await page.goto(old);
      await expect(page).toHaveURL(/\/topics\/1\/06-library-spaces\/$/);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Library spaces');
    });
  }

  test('news articles, including MDX, are listed newest first and readable', async ({ page }) => {
    await page.goto('/news/');
    await expect(page.getByRole('main').getByRole('heading', { level: 2 })).toHaveText([
      'Save the date: Round 3 opens in February',
      'Round 2 partners matched',
      'Applications open for Round 2',
      'Round 1 in numbers',
      'Applications open for Round 1',
    ]);
    await page.getByRole('link', { name: 'Save the date: Round 3 opens in February' }).click();
    await expect(page.getByRole('definition')).toHaveText(['8 February 2027', '1 March 2027', '22 March 2027', '19 July 2027']);
  });
});

test.describe('using a topic as a discussion guide', () => {
  test('the prompts are listed as an outline that leads to each of them', async ({ page }) => {
    await page.goto('/topics/2/06-leadership-without-a-title/');
    const outline = page.getByRole('navigation', { name: 'Prompts to discuss' });
    await expect(outline.getByRole('link')).toHaveText(['A time you led', 'Leaders you admire', 'What gets in the way']);
    await outline.getByRole('link', { name: 'What gets in the way' }).click();
    await expect(page).toHaveURL(/#what-gets-in-the-way$/);
    await expect(page.getByRole('heading', { level: 2, name: 'What gets in the way' })).toBeInViewport();
  });

  test('a footnote is not a prompt: the outline leaves it out, and its number leads to the source it cites', async ({ page }) => {
    await page.goto('/topics/1/07-proving-our-worth/');
    const outline = page.getByRole('navigation', { name: 'Prompts to discuss' });
    await expect(outline.getByRole('link')).toHaveText(['What do you count?', 'Stories that stay with you', 'Measuring what matters']);
    await page.locator('[data-footnote-ref]').first().click();
    await expect(page.getByText('ISO 16439:2014')).toBeInViewport();
  });

  test('a link an editor wrote to another topic’s file leads to that topic’s page, at the prompt it names', async ({ page }) => {
    await page.goto('/topics/1/08-looking-back-looking-forward/');
    await page.getByRole('link', { name: 'first topic of the round' }).click();
    await expect(page).toHaveURL(/\/topics\/1\/01-getting-to-know-you\/#what-do-you-hope-to-learn$/);
    await expect(page.getByRole('heading', { level: 2, name: 'What do you hope to learn?' })).toBeInViewport();
  });

  test('a topic in a series lists every part and marks the one being read', async ({ page }) => {
    await page.goto('/topics/1/05-technology-and-libraries-part-2/');
    const series = page.getByRole('complementary', { name: 'Technology and libraries, part 2 of 2' });
    await expect(series.getByRole('link')).toHaveText(['Technology and libraries, part 1', 'Technology and libraries, part 2']);
    await expect(series.getByRole('link', { name: 'Technology and libraries, part 2' })).toHaveAttribute('aria-current', 'page');
    await expect(series.getByRole('link', { name: 'Technology and libraries, part 1' })).not.toHaveAttribute('aria-current');
    await series.getByRole('link', { name: 'Technology and libraries, part 1' }).click();
    await expect(page.getByRole('complementary', { name: 'Technology and libraries, part 1 of 2' })).toBeVisible();
  });

  test('a code block keeps its text as written, in a monospaced box that wraps on a phone', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto('/topics/1/05-technology-and-libraries-part-2/');
    const block = page.getByRole('main').locator('pre');
    await expect(block).toHaveText(
      '("digital literacy" OR "information literacy") AND (library OR libraries) AND ("older adults" OR seniors) NOT opinion',
    );
    const look = await block.evaluate((pre) => {
      const code = pre.querySelector('code') ?? pre;
      // An inline element has one box per line it runs over.
      return { font: getComputedStyle(code).fontFamily, lines: code.getClientRects().length, overflows: pre.scrollWidth > pre.clientWidth };
    });
    expect(look.font).toMatch(/mono/i);
    expect(look.overflows).toBe(false);
    expect(look.lines).toBeGreaterThan(1);
  });

  test('a table keeps its rows and columns, and on a phone scrolls in its own box rather than the page', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto('/topics/1/07-proving-our-worth/');
    const table = page.getByRole('main').getByRole('table');
    await expect(table.getByRole('columnheader')).toHaveText(['Figure', 'What it shows', 'What it leaves out', 'Who reads it']);
    await expect(table.getByRole('row')).toHaveCount(4);
    // The stylesheet makes the table a block so that it can scroll: the browser must still tell a screen reader it is a table.
    const cdp = await page.context().newCDPSession(page);
    const { nodes } = await cdp.send('Accessibility.getFullAXTree');
    const roles = nodes.map((node) => node.role?.value);
    expect(roles).toContain('table');
    expect(roles.filter((role) => role === 'columnheader')).toHaveLength(4);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  });

  test('a topic outside a series has no series box', async ({ page }) => {
    await page.goto('/topics/1/06-library-spaces/');
    await expect(page.getByRole('complementary')).toHaveCount(0);
  });

  test('printed, a topic keeps its prompts and chat times, in black on white, without the site around it', async ({ page }) => {
    await page.goto('/topics/2/06-leadership-without-a-title/');
    await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: 'Leaders you admire' })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Live chat' })).toContainText('Wed 2 December 2026, 20:00 AEDT, Sydney');
    for (const hidden of [
      page.getByRole('banner'),
      page.getByRole('contentinfo'),
      page.getByRole('navigation', { name: 'Topics in Round 2' }),
      page.getByRole('navigation', { name: 'Prompts to discuss' }),
      page.getByRole('link', { name: 'Add to calendar' }),
    ]) {
      await expect(hidden).toBeHidden();
    }
    const colours = await page.evaluate(() => [
      getComputedStyle(document.body).backgroundColor,
      getComputedStyle(document.querySelector('h1')!).color,
    ]);
    expect(colours).toEqual(['rgb(255, 255, 255)', 'rgb(0, 0, 0)']);
    // On paper, the chat's link is only useful with its address written out.
    const hashtag = page.getByRole('region', { name: 'Live chat' }).getByRole('link', { name: '#ILNchat' }).last();
    expect(await hashtag.evaluate((link) => getComputedStyle(link, '::after').content)).toContain('https://mastodon.social/tags/ILNchat');
  });
});
