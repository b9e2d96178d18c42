/**
 * The configuration of the browser CMS at /admin/ (Sveltia CMS, see docs/cms.md): one
 * collection per content collection, at the paths CONTRIBUTING.md gives, with a
 * field for every field of the schemas in schemas.ts. tests/unit/cms-config.test.ts holds
 * the two to each other, so a field added to a schema must be added here too.
 *
 * Everything an editor reads here (labels, hints, pattern messages) is written for
 * volunteers who have never seen the files behind the form.
 */
import type { CmsConfig, Collection, Field } from '@sveltia/cms';
import { COUNTRY_CODES, countryName } from './countries.ts';
import { LIBRARY_TYPES, libraryTypeLabel } from './library-types.ts';
import { roleLabel } from './people.ts';
import { PERSON_ROLES } from './schemas.ts';

/** What the configuration depends on: the parts of src/site.config.ts it reads. */
export interface CmsSettings {
  /** `https://github.com/<owner>/<name>`: where entries are read from and saved to. */
  repository: string;
  /** Origin of the live site, without the base path. */
  url: string;
  /** Path prefix the site lives under: `/` or `/something/`. */
  base: string;
  /** Folder of the content collections, relative to the repository root. */
  contentDir: string;
  /** IANA zone the organisers work in: dates and times are picked in it. */
  timeZone: string;
  /** Name shown on the sign-in screen. */
  name: string;
  /**
   * Address of the GitHub sign-in helper (Sveltia's Cloudflare Worker, docs/cms.md). Without
   * one, editors sign in with a personal access token only.
   */
  authUrl?: string | undefined;
}

/** Photos a postcard may carry (validate-content.ts checks the same limits on every pull request). */
const PHOTO_TYPES = 'image/jpeg,image/png,image/webp';
const PHOTO_MAX_BYTES = 5 * 1024 * 1024;

/** An old address, as isRedirectPath() in schemas.ts accepts it. */
export const REDIRECT_PATH = '^(?:/(?!\\.{1,2}(?:/|$))[a-z0-9._~-]+)+/?$';

/** A licence id, as isLicenseId() in licenses.ts accepts it. */
export const LICENSE_ID = '^[A-Za-z0-9]+(?:[.-][A-Za-z0-9]+)*\\+?$';

/** A folder name made of lowercase words joined by hyphens, such as anna-kovacs-debrecen. */
const SLUG_WORDS = '[a-z0-9]+(?:-[a-z0-9]+)*';

/** `owner/name` from a GitHub address. */
export function repositoryName(repository: string): string {
  const match = /^https:\/\/github\.com\/([^/]+\/[^/]+?)(?:\.git)?\/?$/.exec(repository);
  if (!match?.[1]) throw new Error(`site.repository: found ${JSON.stringify(repository)}; expected https://github.com/<owner>/<name>`);
  return match[1];
}

const title = (hint: string): Field => ({ name: 'title', label: 'Title', widget: 'string', minlength: 1, maxlength: 120, hint });

const summary = (hint: string, required = true): Field => ({
  name: 'summary',
  label: 'Summary',
  widget: 'text',
  required,
  minlength: required ? 1 : 0,
  maxlength: 300,
  hint,
});

const wholeNumber = (name: string, label: string, hint: string, { required = true, min = 1 } = {}): Field => ({
  name,
  label,
  widget: 'number',
  value_type: 'int',
  min,
  step: 1,
  required,
  hint,
});

/** A day and time picked on a Sydney clock and written with Sydney's offset at that moment. */
const zonedDateTime = (name: string, label: string, hint: string, timeZone: string): Field => ({
  name,
  label,
  widget: 'datetime',
  input_timezone: timeZone,
  hint,
});

/** A day without a time, written as 2026-03-12. */
const day = (name: string, label: string, hint: string): Field => ({ name, label, widget: 'datetime', type: 'date', hint });

const tags = (): Field => ({
  name: 'tags',
  label: 'Tags',
  widget: 'list',
  required: false,
  hint: 'Words readers can browse by, such as advocacy or social media. Type one tag and press Enter, then the next: a comma stays part of the tag.',
});

const draft = (what: string): Field => ({
  name: 'draft',
  label: 'Draft',
  widget: 'boolean',
  default: false,
  required: false,
  hint: `On keeps this ${what} off the site entirely, whatever its publish date.`,
});

const redirectFrom = (): Field => ({
  name: 'redirectFrom',
  label: 'Old addresses',
  label_singular: 'old address',
  widget: 'list',
  required: false,
  max: 10,
  field: {
    name: 'path',
    label: 'Old address',
    widget: 'string',
    // The same rule as isRedirectPath() in schemas.ts: / then lowercase parts, none of them . or ..
    pattern: [REDIRECT_PATH, 'An address on this site: / then lowercase letters, digits, . _ ~ - in parts separated by /, such as /2013/05/library-spaces/'],
  },
  hint: 'Only for pages that moved here from an older site: each old address (the part after the domain, such as /2013/05/library-spaces/) will lead to this page. At most 10.',
});

const comments = (what: string): Field => ({
  name: 'comments',
  label: 'Comment section',
  widget: 'select',
  required: false,
  options: [
    { label: 'Show it', value: true },
    { label: 'Leave it off this page', value: false },
  ],
  hint: `Leave this empty to show the comment section under this ${what}, as usual.`,
});

const discussionTerm = (example: string): Field => ({
  name: 'discussionTerm',
  label: 'Comment thread name',
  widget: 'string',
  required: false,
  minlength: 1,
  maxlength: 100,
  hint: `Leave this empty. Only if this entry was renamed after people had commented: write its old name, such as ${example}, so the comments stay with it.`,
});

const body = (label: string, hint: string, editorComponents: string[] = []): Field => ({
  name: 'body',
  label,
  widget: 'markdown',
  editor_components: editorComponents,
  hint,
});

function roundsCollection(settings: CmsSettings, folder: string): Collection {
  const { timeZone } = settings;
  return {
    name: 'rounds',
    label: 'Rounds',
    label_singular: 'round',
    description: 'One mentoring round each: when applications open and close and when partnerships run.',
    folder,
    format: 'yaml',
    extension: 'yaml',
    identifier_field: 'number',
    slug: { template: '{{fields.number}}', editable: false },
    summary: 'Round {{number}}',
    sortable_fields: ['number'],
    fields: [
      wholeNumber('number', 'Round number', 'The file is named after it (3 becomes 3.yaml). Never change the number of a round that already exists.'),
      { name: 'title', label: 'Title', widget: 'string', required: false, minlength: 1, hint: 'Leave empty for "Round" and the number, such as Round 3.' },
      zonedDateTime('applicationsOpen', 'Applications open', `When the signup form opens, on the ${timeZone} clock.`, timeZone),
      zonedDateTime('applicationsClose', 'Applications close', `When the signup form closes, on the ${timeZone} clock. After applications open.`, timeZone),
      day('partnershipsStart', 'Partnerships start', 'The day matches are sent out.'),
      day('partnershipsEnd', 'Partnerships end', 'The day the supported partnership ends. After partnerships start.'),
      {
        name: 'signupUrl',
        label: 'Application form',
        widget: 'string',
        type: 'url',
        pattern: ['^https://', 'An address starting with https://'],
        hint: 'The address of the external application form, starting with https://',
      },
      wholeNumber('participants', 'Participants matched', 'Fill in after matching: how many people were matched.', { required: false, min: 0 }),
      wholeNumber('countries', 'Countries', 'Fill in after matching: how many countries they came from.', { required: false, min: 0 }),
      summary('One paragraph about the round, up to 300 characters.', false),
    ],
  };
}

function topicsCollection(settings: CmsSettings, folder: string): Collection {
  const { timeZone } = settings;
  return {
    name: 'topics',
    label: 'Discussion topics',
    label_singular: 'discussion topic',
    description: 'The fortnightly topics emailed to partners and opened for discussion.',
    folder,
    path: '{{fields.round}}/{{slug}}',
    extension: 'md',
    format: 'yaml-frontmatter',
    slug: {
      template: '{{fields.number}}-{{title}}',
      editable: ['create'],
      pattern: [`^\\d{2,}-${SLUG_WORDS}$`, 'The topic number with two digits, a hyphen, then a few words in lowercase joined by hyphens, such as 04-open-access'],
      hint: 'The file name: the topic number with two digits (04, not 4), a hyphen and a few words, such as 04-open-access. It becomes the address of the page and cannot be changed later.',
    },
    summary: 'Round {{round}}, topic {{number}}: {{title}}',
    sortable_fields: ['publishDate', 'round', 'number', 'title'],
    view_groups: [{ name: 'round', label: 'Round', field: 'round' }],
    preview_path: 'topics/{{fields.round}}/{{slug}}/',
    aliases_field: false,
    fields: [
      title('1 to 120 characters.'),
      wholeNumber('round', 'Round', 'The round number, such as 3. The round must already exist under Rounds; the topic is saved in that round\'s folder.'),
      wholeNumber('number', 'Topic number', '"Discussion topic N": unique in the round, and the same as the start of the file name.'),
      zonedDateTime(
        'publishDate',
        'Publish on',
        `The ${timeZone} day and time the topic may appear, such as 9:00 on a Monday. Nothing shows before then.`,
        timeZone,
      ),
      summary('1 to 300 characters, shown in lists, feeds and search results.'),
      tags(),
      {
        name: 'series',
        label: 'Series',
        widget: 'object',
        required: false,
        hint: 'Only for a topic in parts, such as "Technology and libraries", part 2.',
        fields: [
          { name: 'name', label: 'Series name', widget: 'string', minlength: 1, hint: 'The same in every part, such as Technology and libraries.' },
          wholeNumber('part', 'Part', 'Which part this is: 1, 2, 3…'),
        ],
      },
      {
        name: 'chat',
        label: 'Live chat',
        widget: 'object',
        required: false,
        hint: 'Only if there is a live chat about this topic.',
        fields: [
          zonedDateTime(
            'start',
            'Starts',
            `Pick the day and time on the ${timeZone} clock, as the chat is announced. The offset (+11:00 in Sydney's summer, +10:00 in its winter) is written for you.`,
            timeZone,
          ),
          {
            name: 'timeZone',
            label: 'Time zone',
            widget: 'string',
            default: timeZone,
            readonly: true,
            hint: `Chats are entered in ${timeZone} time here. To announce one in another zone, ask a maintainer to edit the file on GitHub.`,
          },
          { ...wholeNumber('durationMinutes', 'Length in minutes', 'Usually 60.'), default: 60 },
          { name: 'platform', label: 'Where', widget: 'string', default: 'Mastodon', minlength: 1, hint: 'The platform, such as Mastodon.' },
          {
            name: 'hashtag',
            label: 'Hashtag',
            widget: 'string',
            default: '#ILNchat',
            pattern: ['^#', 'A hashtag, starting with #, such as #ILNchat'],
            hint: 'The hashtag to follow, such as #ILNchat.',
          },
          {
            name: 'url',
            label: 'Link',
            widget: 'string',
            type: 'url',
            required: false,
            pattern: ['^https://', 'An address starting with https://'],
            hint: 'Optional: a link to the chat or its hashtag, starting with https://',
          },
        ],
      },
      draft('topic'),
      redirectFrom(),
      comments('topic'),
      discussionTerm('topic:2/04'),
      body('Prompts', 'Give each prompt a heading of its own (Heading 2) with a paragraph under it: the headings become the list of prompts at the top of the page.'),
    ],
  };
}

/** Every country, by name, saved as its two-letter code. */
const countryOptions = () =>
  COUNTRY_CODES.map((code) => ({ label: `${countryName(code)} (${code})`, value: code })).sort((a, b) => a.label.localeCompare(b.label, 'en'));

function postcardsCollection(folder: string): Collection {
  return {
    name: 'postcards',
    label: 'Postcards',
    label_singular: 'postcard',
    description: 'A participant\'s photo of their library and a few paragraphs about it, in any language.',
    folder,
    path: '{{slug}}/index',
    extension: 'md',
    format: 'yaml-frontmatter',
    // The photo is saved in the postcard's own folder, beside index.md.
    media_folder: '',
    public_folder: '',
    slug: {
      template: '{{name}}-{{city}}',
      editable: ['create'],
      pattern: [`^(?!(?:page|countries|types|rounds)$)${SLUG_WORDS}$`, 'Lowercase letters and digits joined by hyphens, such as anna-kovacs-debrecen'],
      hint: 'The folder name: the participant\'s name and city in lowercase joined by hyphens, such as anna-kovacs-debrecen. It becomes the address of the page and cannot be changed later.',
    },
    summary: '{{name}}, {{library}} ({{country}})',
    sortable_fields: ['date', 'name', 'country'],
    preview_path: 'postcards/{{slug}}/',
    aliases_field: false,
    fields: [
      { name: 'name', label: 'Name', widget: 'string', minlength: 1, maxlength: 80, hint: 'The participant\'s name as they want it shown.' },
      { name: 'library', label: 'Library', widget: 'string', minlength: 1, maxlength: 120, hint: 'The library\'s name.' },
      { name: 'city', label: 'City', widget: 'string', required: false, minlength: 1, hint: 'The city or town.' },
      { name: 'country', label: 'Country', widget: 'select', options: countryOptions(), hint: 'Type to search. Saved as the two-letter code, such as HU.' },
      {
        name: 'libraryType',
        label: 'Library type',
        widget: 'select',
        options: LIBRARY_TYPES.map((type) => ({ label: libraryTypeLabel(type), value: type })),
      },
      wholeNumber('round', 'Round', 'The round the participant took part in, as a number. Optional.', { required: false }),
      day('date', 'Date', 'The day the postcard was sent.'),
      {
        name: 'image',
        label: 'Photo',
        widget: 'image',
        accept: PHOTO_TYPES,
        choose_url: false,
        media_libraries: { default: { config: { max_file_size: PHOTO_MAX_BYTES, slugify_filename: true } } },
        hint: 'A JPEG, PNG or WebP photo at least 800 pixels wide and at most 5 MB. The site removes the camera details and location before publishing.',
      },
      {
        name: 'imageAlt',
        label: 'Photo description',
        widget: 'text',
        minlength: 5,
        maxlength: 250,
        hint: 'What the photo shows, for people who cannot see it: 5 to 250 characters, such as "A reading room with tall shelves and a long table".',
      },
      {
        name: 'lang',
        label: 'Language',
        widget: 'string',
        required: false,
        pattern: ['^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$', 'A language tag such as hu, ar or pt-BR'],
        hint: 'The language of the text as a tag such as hu, ar or pt-BR. Leave empty for English. Arabic, Hebrew, Persian and Urdu are shown right to left.',
      },
      {
        name: 'imageCredit',
        label: 'Photo credit',
        widget: 'string',
        required: false,
        minlength: 1,
        maxlength: 120,
        hint: 'Only if someone other than the participant took the photo: their name, up to 120 characters, shown under it as "Photo: …".',
      },
      {
        name: 'license',
        label: 'Licence',
        widget: 'string',
        required: false,
        pattern: [LICENSE_ID, 'An SPDX licence id such as CC-BY-4.0, CC-BY-SA-4.0 or CC0-1.0'],
        hint: "Leave empty for the site's licence (CC BY 4.0). Otherwise the SPDX id of the licence the photo and story are shared under, such as CC-BY-SA-4.0.",
      },
      // No redirectFrom: postcards never had older addresses.
      comments('postcard'),
      discussionTerm('postcard:anna-kovacs-debrecen'),
      body('Story', 'A few paragraphs about the library, in plain text: bold, italics, lists and links are fine; HTML is shown as text.'),
    ],
  };
}

function peopleCollection(folder: string): Collection {
  return {
    name: 'people',
    label: 'People',
    label_singular: 'person',
    description: 'Country coordinators, ambassadors and organisers, shown by country on the Volunteers page.',
    folder,
    extension: 'md',
    format: 'yaml-frontmatter',
    // A photo is saved beside the person's file.
    media_folder: '',
    public_folder: '',
    slug: {
      template: '{{name}}',
      editable: ['create'],
      pattern: [`^${SLUG_WORDS}$`, 'Lowercase letters and digits joined by hyphens, such as ama-owusu'],
      hint: "The file name: the person's name in lowercase joined by hyphens, such as ama-owusu.",
    },
    summary: '{{name}} ({{role}})',
    sortable_fields: ['name', 'role'],
    preview_path: 'volunteers/',
    fields: [
      { name: 'name', label: 'Name', widget: 'string', minlength: 1, maxlength: 80, hint: 'As they want it shown, up to 80 characters.' },
      {
        name: 'role',
        label: 'Role',
        widget: 'select',
        options: PERSON_ROLES.map((role) => ({ label: roleLabel(role), value: role })),
        hint: 'Country coordinators are shown on the postcard pages of their countries as the person to write to.',
      },
      {
        name: 'countries',
        label: 'Countries',
        label_singular: 'country',
        widget: 'list',
        min: 1,
        field: { name: 'country', label: 'Country', widget: 'select', options: countryOptions() },
        hint: 'The countries they look after or come from: at least one. Type to search; saved as two-letter codes such as GH.',
      },
      {
        name: 'photo',
        label: 'Photo',
        widget: 'image',
        required: false,
        accept: PHOTO_TYPES,
        choose_url: false,
        media_libraries: { default: { config: { max_file_size: PHOTO_MAX_BYTES, slugify_filename: true } } },
        hint: 'Optional: a JPEG, PNG or WebP portrait. The site removes the camera details and location before publishing.',
      },
      {
        name: 'photoAlt',
        label: 'Photo description',
        widget: 'text',
        required: false,
        minlength: 5,
        maxlength: 250,
        hint: 'Required with a photo: what it shows, for people who cannot see it, 5 to 250 characters.',
      },
      {
        name: 'links',
        label: 'Links',
        label_singular: 'link',
        widget: 'list',
        required: false,
        fields: [
          { name: 'label', label: 'Label', widget: 'string', minlength: 1, hint: 'What the link is, such as Mastodon.' },
          { name: 'url', label: 'Address', widget: 'string', type: 'url', pattern: ['^https://', 'An address starting with https://'], hint: 'Starting with https://' },
        ],
        hint: 'Optional: their pages elsewhere.',
      },
      {
        name: 'email',
        label: 'Email',
        widget: 'string',
        type: 'email',
        required: false,
        hint: 'Optional: shown to readers who need a contact in their country. Use a role address (ghana@…) where there is one.',
      },
      body('Bio', 'Two or three sentences about them, in plain text: bold, italics and links are fine; HTML is shown as text.'),
    ],
  };
}

function newsCollection(settings: CmsSettings, folder: string): Collection {
  const { timeZone } = settings;
  return {
    name: 'news',
    label: 'News',
    label_singular: 'news item',
    description: 'Program news: rounds opening, partners matched, thanks.',
    folder,
    extension: 'md',
    format: 'yaml-frontmatter',
    slug: {
      template: '{{year}}-{{month}}-{{title}}',
      editable: ['create'],
      pattern: [`^\\d{4}-\\d{2}-${SLUG_WORDS}$`, 'The year and month of the publish date, then a few words, such as 2026-09-round-2-partners-matched'],
      hint: 'The file name: the year and month of the publish date, then a few words in lowercase joined by hyphens, such as 2026-09-round-2-partners-matched. Change the month if the item is published in another month.',
    },
    summary: '{{title}}',
    sortable_fields: ['publishDate', 'title'],
    preview_path: 'news/{{slug}}/',
    aliases_field: false,
    fields: [
      title('1 to 120 characters.'),
      zonedDateTime('publishDate', 'Publish on', `The ${timeZone} day and time the item may appear. Nothing shows before then. Its year and month start the file name.`, timeZone),
      summary('1 to 300 characters, shown in lists, feeds and search results.'),
      tags(),
      draft('news item'),
      redirectFrom(),
      comments('news item'),
      discussionTerm('news:2026-09-round-2-partners-matched'),
      body('Text', 'The news item itself.'),
    ],
  };
}

/**
 * The CMS configuration for a site, served as /admin/config.yml. Collections live under
 * `contentDir`; the repository's default branch is where published entries go, and every
 * draft becomes a pull request (editorial workflow).
 */
export function cmsConfig(settings: CmsSettings): CmsConfig {
  const folder = (collection: string) => `${settings.contentDir.replace(/^\.?\/+|\/+$/g, '')}/${collection}`;
  const siteUrl = `${settings.url}${settings.base}`.replace(/\/+$/, '');
  const authUrl = settings.authUrl?.replace(/\/+$/, '');
  if (authUrl !== undefined && !/^https:\/\/[^/]+/.test(authUrl)) {
    throw new Error(`CMS_AUTH_URL: found ${JSON.stringify(settings.authUrl)}; expected the sign-in helper's address, such as https://sveltia-cms-auth.example.workers.dev`);
  }
  return {
    backend: {
      name: 'github',
      repo: repositoryName(settings.repository),
      branch: 'main',
      // "Sign in with GitHub" needs the helper that holds the OAuth app's secret; a token needs nothing.
      ...(authUrl ? { base_url: authUrl } : {}),
      auth_methods: authUrl ? ['oauth', 'token'] : ['token'],
      commit_messages: {
        create: 'Add {{collection}} “{{slug}}” from the CMS',
        update: 'Update {{collection}} “{{slug}}” from the CMS',
        delete: 'Delete {{collection}} “{{slug}}” from the CMS',
        uploadMedia: 'Upload “{{path}}” from the CMS',
        deleteMedia: 'Delete “{{path}}” from the CMS',
      },
    },
    publish_mode: 'editorial_workflow',
    app_title: `${settings.name}: editing`,
    site_url: siteUrl,
    logo: { src: `${settings.base}favicon.svg` },
    // Sveltia needs a folder for files uploaded outside a postcard. No form uploads there (the text
    // editors have no image button), and a file put there by hand fails the content check
    // ("a file outside the collections") instead of going out unprocessed, camera details and all.
    media_folder: folder('uploads'),
    public_folder: '/uploads',
    // A postcard's photo is the participant's own: no stock photo section (whose providers the
    // page's Content Security Policy blocks anyway, so it only showed errors).
    media_libraries: { stock_assets: false },
    slug: { encoding: 'ascii', clean_accents: true },
    // An optional field left empty is left out of the file: the content contract rejects empty text.
    output: { omit_empty_optional_fields: true },
    collections: [
      topicsCollection(settings, folder('topics')),
      roundsCollection(settings, folder('rounds')),
      postcardsCollection(folder('postcards')),
      newsCollection(settings, folder('news')),
      peopleCollection(folder('people')),
    ],
  };
}

/**
 * What the CMS needs from a Content Security Policy on /admin/ only, as Astro's `Astro.csp`
 * takes it (docs/cms.md explains each). The CMS itself is bundled and served from the site.
 */
export const CMS_CSP = {
  directives: [
    // The configuration, GitHub's REST and GraphQL APIs, GitHub's status (shown when GitHub is down),
    // and the photos being uploaded, which the CMS reads back as blob: and data: URLs.
    "connect-src 'self' https://api.github.com https://www.githubstatus.com blob: data:",
    // The editor's GitHub avatar; entries' photos are fetched through the API and shown as blob: URLs.
    "img-src 'self' https://avatars.githubusercontent.com blob: data:",
    "media-src 'self' blob:",
    // Its fonts and icons are bundled with it.
    "font-src 'self'",
    // Converting a phone's HEIC photo runs in a worker.
    "worker-src 'self' blob:",
  ],
  /**
   * The bundle and the chunks it imports on demand; the HEIC and WebP converters are
   * WebAssembly. A resource given here replaces Astro's default 'self', so 'self' is repeated.
   */
  scriptResources: ["'self'", "'wasm-unsafe-eval'"],
  /** Svelte adds its components' styles as <style> elements and style attributes at run time. */
  styleResources: ["'self'", "'unsafe-inline'"],
} as const;
