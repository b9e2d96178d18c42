/**
 * The content contract (CONTRIBUTING.md, which describes every field) as Zod schemas: one per collection,
 * used by Astro's content layer and by the content check alike. Every error message is
 * the *expectation* in an editor's words; the reporter adds the file, the field and
 * what was found.
 *
 * The schemas receive frontmatter parsed without YAML's timestamp type, so dates arrive
 * as the text the editor wrote: that is how a date-time without an offset, or a chat
 * announced with the wrong offset, can be caught.
 */
import { z } from 'astro/zod';
import { roundName } from './rounds.ts';
import { canonicalTimeZone, isTimeZone, offsetAt, parseBareDate, parseDateOrDateTime, parseDateTime, skippedWallTime } from '../time/dates.ts';
import { canonicalLanguageTag, isLanguageTag, languageTagExpected } from './languages.ts';
import { isCountryCode } from './countries.ts';
import { isLicenseId } from './licenses.ts';
import { LIBRARY_TYPES } from './library-types.ts';

const DATE_EXAMPLE = 'a date such as 2024-03-12';
const DATE_TIME_EXAMPLE = 'a date-time with an offset such as 2024-03-12T08:00:00+11:00';

/**
 * A character a reader can see: not a space, nor one of the characters that show nothing
 * (zero-width spaces and joiners, the Hangul filler, the blank Braille pattern), with which
 * a required name or photo description could be left empty in all but name.
 */
const VISIBLE = /[^\p{White_Space}\p{Default_Ignorable_Code_Point}\u{2800}]/u;
const visible = (value: string) => VISIBLE.test(value);

/** Text of `min` to `max` characters, surrounding spaces ignored. */
const text = (min: number, max: number) => {
  const expected = min > 0 ? `text of ${min} to ${max} characters` : `text of at most ${max} characters`;
  const checked = z.string({ error: expected }).trim().min(min, { error: expected, abort: true }).max(max, { error: expected });
  return min > 0 ? checked.refine(visible, { error: `${expected}, some of them visible` }) : checked;
};

/** Non-empty text of any length, where the contract sets no limit. */
const label = () =>
  z.string({ error: 'text, not empty' }).trim().min(1, { error: 'text, not empty', abort: true }).refine(visible, { error: 'text, not empty: some of it visible' });

/** A whole number of at least `min`. */
const wholeNumber = (min = 1) => {
  const expected = `a whole number of ${min} or more`;
  return z.int({ error: expected }).min(min, { error: expected });
};

/** An `https://` address. */
const httpsUrl = () => z.url({ protocol: /^https$/, error: 'an address starting with https://' });

/** A bare ISO date, as midnight UTC of that day. */
const bareDate = () =>
  z.string({ error: DATE_EXAMPLE }).transform((value, ctx) => {
    const date = parseBareDate(value);
    if (date) return date;
    ctx.addIssue({ code: 'custom', message: DATE_EXAMPLE });
    return z.NEVER;
  });

/** An ISO date-time that carries its offset. */
const dateTime = () =>
  z.string({ error: DATE_TIME_EXAMPLE }).transform((value, ctx) => {
    const parsed = parseDateTime(value);
    if (parsed) return parsed.instant;
    ctx.addIssue({ code: 'custom', message: DATE_TIME_EXAMPLE });
    return z.NEVER;
  });

/** Either of the above: "not shown before this instant". */
const dateOrDateTime = () => {
  const expected = `${DATE_EXAMPLE}, or ${DATE_TIME_EXAMPLE}`;
  return z.string({ error: expected }).transform((value, ctx) => {
    const date = parseDateOrDateTime(value);
    if (date) return date;
    ctx.addIssue({ code: 'custom', message: expected });
    return z.NEVER;
  });
};

/** A plain site path: `/`, then lowercase segments of `a-z 0-9 . _ ~ -`, no `.` or `..` segment. */
export function isRedirectPath(path: string): boolean {
  if (!path.startsWith('/')) return false;
  const segments = path.slice(1).replace(/\/$/, '').split('/');
  return segments.every((segment) => /^[a-z0-9._~-]+$/.test(segment) && segment !== '.' && segment !== '..');
}

/** At most this many old addresses per entry: more is almost always a paste gone wrong. */
export const MAX_REDIRECTS = 10;

/** Old addresses that must lead to the entry. */
const redirectFrom = () =>
  z
    .array(
      z.string({ error: 'a site path starting with /' }).refine(isRedirectPath, {
        error:
          'a site path: / then lowercase letters, digits, . _ ~ - in parts separated by /, with no . or .. part, no %, ? or #, such as /2013/03/library-spaces/',
      }),
      { error: 'a list of site paths starting with /' },
    )
    .refine((list) => Array.isArray(list) && list.length <= MAX_REDIRECTS, { error: `at most ${MAX_REDIRECTS} old addresses` })
    .optional();

// A tag names a folder of the built site (/tags/<tag>/), and file systems cap a name at 255 bytes.
const tags = () => z.array(label().max(60, { error: 'a tag of at most 60 characters' }), { error: 'a list of tags, such as [advocacy, social media]' }).optional();

const draft = () => z.boolean({ error: 'true or false' }).default(false);

/** The comment thread under the page: `false` leaves it out for this entry. */
const comments = () => z.boolean({ error: 'true or false' }).default(true);

/**
 * Pins the entry's comment thread to a term (see discussionTerm() in comments.ts), so that
 * a renamed file keeps its thread: the term it had before, e.g. `postcard:anna-debrecen`.
 */
const discussionTerm = () => text(1, 100).optional();

const roundFields = {
  /** Round number; equal to the file name. */
  number: wholeNumber(),
  /** Display name; defaults to "Round <number>". */
  title: label().optional(),
  /** When the signup form opens. */
  applicationsOpen: dateTime(),
  /** When the signup form closes; after `applicationsOpen`. */
  applicationsClose: dateTime(),
  /** Partnerships begin: matches are sent out. */
  partnershipsStart: bareDate(),
  /** The supported partnership ends; after `partnershipsStart`. */
  partnershipsEnd: bareDate(),
  /** The external application form. */
  signupUrl: httpsUrl(),
  /** Participants matched, filled in after matching. */
  participants: wholeNumber(0).optional(),
  /** Countries represented. */
  countries: wholeNumber(0).optional(),
  /** One paragraph about the round. */
  summary: text(0, 300).optional(),
};

/**
 * Runs an order check only when both of its fields parsed, so it is reported alongside other
 * problems; never when the data is not a group of fields at all (an empty file, a list).
 */
const whenValid =
  (...fields: string[]) =>
  (payload: { value: unknown; issues: readonly { path?: readonly PropertyKey[] }[] }) =>
    typeof payload.value === 'object' &&
    payload.value !== null &&
    !Array.isArray(payload.value) &&
    !payload.issues.some((issue) => fields.includes(String(issue.path?.[0])));

/** `content/rounds/<number>.yaml` */
export const roundSchema = z
  .strictObject(roundFields, { error: unknownFieldMessage })
  .refine((round) => round.applicationsClose > round.applicationsOpen, {
    path: ['applicationsClose'],
    error: 'a date-time after applicationsOpen',
    when: whenValid('applicationsOpen', 'applicationsClose'),
  })
  .refine((round) => round.partnershipsEnd > round.partnershipsStart, {
    path: ['partnershipsEnd'],
    error: 'a date after partnershipsStart',
    when: whenValid('partnershipsStart', 'partnershipsEnd'),
  })
  .transform((round) => ({ ...round, title: roundName(round) }));

/** A live chat about a topic, announced in the organisers' zone. */
const chatFields = {
      /** Start, with the offset `timeZone` has at that instant. */
      start: z.string({ error: DATE_TIME_EXAMPLE }),
      /** IANA zone the chat is announced in, e.g. Australia/Sydney. */
      timeZone: z
        .string({ error: 'a time zone name such as Australia/Sydney' })
        .refine(isTimeZone, { error: 'a time zone name such as Australia/Sydney' })
        // Zone names are matched without regard to case; pages show the city as the zone spells it.
        .transform(canonicalTimeZone),
      /** Length of the chat. */
      durationMinutes: wholeNumber().default(60),
      /** Where it happens, e.g. Mastodon. */
      platform: label(),
      /** The hashtag to follow, e.g. #ILNchat. */
      // An unquoted `hashtag: #ILNchat` is a comment to YAML, so the field is empty.
      hashtag: z.string({ error: 'a hashtag in quotes, such as "#ILNchat": without quotes, YAML reads a # as the start of a comment' }).regex(/^#/, { error: 'a hashtag such as #ILNchat' }),
      /** Link to the chat or its hashtag. */
      url: httpsUrl().optional(),
};

/**
 * What to write instead of a wall-clock time `timeZone` skips: asked for the right offset,
 * such a time has none (each offset gives the other hour), so the editor must move the hour.
 */
export function skippedMessage(text: string, timeZone: string, skipped: NonNullable<ReturnType<typeof skippedWallTime>>): string {
  const [day = '', time = ''] = text.split('T');
  return `a time that happens in ${timeZone}: on ${day} its clocks go from ${skipped.from} (${skipped.before}) straight to ${skipped.to} (${skipped.after}), so ${time.slice(0, 5)} never shows there; choose an hour before or after the change`;
}

export const chatSchema = z
  .strictObject(chatFields, { error: unknownFieldMessage })
  .transform((chat, ctx) => {
    const parsed = parseDateTime(chat.start);
    if (!parsed) {
      ctx.addIssue({ code: 'custom', path: ['start'], message: DATE_TIME_EXAMPLE });
      return z.NEVER;
    }
    const skipped = isTimeZone(chat.timeZone) ? skippedWallTime(chat.start, chat.timeZone) : undefined;
    if (skipped) {
      ctx.addIssue({ code: 'custom', path: ['start'], message: skippedMessage(chat.start, chat.timeZone, skipped) });
    } else if (isTimeZone(chat.timeZone)) {
      const expected = offsetAt(chat.timeZone, parsed.instant);
      if (expected !== parsed.offset) {
        ctx.addIssue({
          code: 'custom',
          path: ['start'],
          message: `the offset ${chat.timeZone} has at that time (${expected}, not ${parsed.offset}); check the hour and the offset`,
        });
      }
    }
    return { ...chat, start: parsed.instant };
  });

const seriesFields = { name: label(), part: wholeNumber() };

const topicFields = {
    title: text(1, 120),
    /** An existing round; equal to the folder name. */
    round: wholeNumber(),
    /** "Discussion topic N": unique within the round, equal to the file name's number. */
    number: wholeNumber(),
    /** Not shown before this instant. */
    publishDate: dateOrDateTime(),
    /** For lists, feeds and the meta description. */
    summary: text(1, 300),
    tags: tags(),
    /** "Technology and libraries, part 2". */
    series: z.strictObject(seriesFields, { error: unknownFieldMessage }).optional(),
    chat: chatSchema.optional(),
    /** Drafts are never published. */
    draft: draft(),
    redirectFrom: redirectFrom(),
    comments: comments(),
    discussionTerm: discussionTerm(),
};

/** `content/topics/<round>/<NN>-<slug>.md` */
export const topicSchema = z.strictObject(topicFields, { error: unknownFieldMessage });


/** An ISO 3166-1 alpha-2 code, shown as the country's name. */
const countryCode = () =>
  z.string({ error: 'a two-letter ISO 3166-1 country code such as HU' }).refine(isCountryCode, {
    error: 'a two-letter ISO 3166-1 country code in capitals, such as HU, AR or BR',
  });

const LICENSE_EXAMPLE = 'an SPDX licence id such as CC-BY-4.0, CC-BY-SA-4.0 or CC0-1.0';

/** An SPDX licence id (licenses.ts). */
const licenseId = () => z.string({ error: LICENSE_EXAMPLE }).trim().refine(isLicenseId, { error: LICENSE_EXAMPLE });

/**
 * `content/postcards/<slug>/index.md`. `photo` is Astro's `image()` in the site build
 * and a plain path in the content check, which inspects the file itself.
 */
export const postcardSchema = <Photo extends z.ZodType>(photo: Photo) =>
  z.strictObject(
    {
      /** The participant's name as they want it shown. */
      name: text(1, 80),
      library: text(1, 120),
      city: label().optional(),
      /** ISO 3166-1 alpha-2, shown as the country's name. */
      country: countryCode(),
      libraryType: z.enum(LIBRARY_TYPES, { error: `one of ${LIBRARY_TYPES.join(', ')}` }),
      /** The round the participant took part in. */
      round: wholeNumber().optional(),
      date: bareDate(),
      /** JPEG, PNG or WebP beside the file; at most 5 MB, at least 800 px wide. */
      image: photo,
      /** Describes the photo for people who cannot see it. */
      imageAlt: text(5, 250),
      /** Language of the body; right-to-left scripts are shown right to left. */
      lang: z
        .string({ error: 'a language tag such as hu, ar or pt-BR' })
        .refine(isLanguageTag, { error: (issue) => languageTagExpected(issue.input) })
        // As BCP 47 spells it (`PL-pl` → `pl-PL`), for the page's lang and the search index.
        .transform((tag) => canonicalLanguageTag(tag) ?? tag)
        .default('en'),
      /** Who took the photo, if not the participant: shown under it as "Photo: …". */
      imageCredit: text(1, 120).optional(),
      /** Licence of the photo and story; the site's content licence (site.config.ts) when not given. */
      license: licenseId().optional(),
      // No redirectFrom: postcards never had older addresses.
      comments: comments(),
      discussionTerm: discussionTerm(),
    },
    { error: unknownFieldMessage },
  );

/** What a person does for ILN, as the Volunteers page names it. */
export const PERSON_ROLES = ['coordinator', 'ambassador', 'organiser'] as const;

/** The fields of a link a person lists: `{ label, url }`. */
const personLinkFields = {
  /** What the link is, such as Mastodon or Library website. */
  label: label(),
  url: httpsUrl(),
};

const personFields = <Photo extends z.ZodType>(photo: Photo) => ({
  name: text(1, 80),
  /** Country coordinator, ambassador or organiser. */
  role: z.enum(PERSON_ROLES, { error: `one of ${PERSON_ROLES.join(', ')}` }),
  /** The countries they look after or come from, as ISO 3166-1 alpha-2 codes; at least one. */
  countries: z
    .array(countryCode(), { error: 'a list of two-letter country codes, such as [GH] or [AU, NZ]' })
    .min(1, { error: 'at least one two-letter country code, such as [GH]' }),
  /** JPEG, PNG or WebP beside the file. */
  photo: photo.optional(),
  /** Describes the photo; required with `photo`. */
  photoAlt: text(5, 250).optional(),
  /** Their pages elsewhere. */
  links: z
    .array(z.strictObject(personLinkFields, { error: unknownFieldMessage }), {
      error: 'a list of links, each with a label and a url',
    })
    .optional(),
  /** Shown to readers who need a contact in their country. */
  email: z.email({ error: 'an e-mail address such as name@example.org' }).optional(),
});

/** `content/people/<slug>.md`: a coordinator, ambassador or organiser, with a short bio as the body. */
export const personSchema = <Photo extends z.ZodType>(photo: Photo) =>
  z.strictObject(personFields(photo), { error: unknownFieldMessage }).refine((person) => person.photo === undefined || person.photoAlt !== undefined, {
    path: ['photoAlt'],
    error: 'a description of the photo in 5 to 250 characters, required with photo',
    when: whenValid('photo', 'photoAlt'),
  });

const newsFields = {
  title: text(1, 120),
  publishDate: dateOrDateTime(),
  summary: text(1, 300),
  tags: tags(),
  draft: draft(),
  redirectFrom: redirectFrom(),
  comments: comments(),
  discussionTerm: discussionTerm(),
};

/** `content/news/<yyyy>-<mm>-<slug>.md` */
export const newsSchema = z.strictObject(newsFields, { error: unknownFieldMessage });

/** The fields the contract allows at each level, for "did you mean" hints. */
export const CONTRACT_FIELDS: Record<string, readonly string[]> = {
  rounds: Object.keys(roundFields),
  topics: Object.keys(topicFields),
  'topics.chat': Object.keys(chatFields),
  'topics.series': Object.keys(seriesFields),
  postcards: Object.keys(postcardSchema(z.string()).shape),
  news: Object.keys(newsFields),
  people: Object.keys(personFields(z.string())),
  'people.links': Object.keys(personLinkFields),
};

/** Frontmatter that is not an object at all, or a field the contract does not know. */
function unknownFieldMessage(issue: { code: string }): string | undefined {
  if (issue.code === 'unrecognized_keys') return 'only the fields the content contract lists';
  if (issue.code === 'invalid_type') return 'field: value lines, such as title: Library spaces';
  return undefined;
}
