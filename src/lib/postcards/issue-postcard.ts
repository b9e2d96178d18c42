/**
 * A postcard sent through the issue form (`.github/ISSUE_TEMPLATE/postcard.yml`), turned
 * into a postcard folder. Pure: the issue body arrives as text, the photo as facts, and the
 * result is the frontmatter, the story and the problems, in the same words as the content
 * check (validateContent), with the form's labels in place of field names.
 *
 * GitHub writes a submitted form as one `### <label>` section per field, `_No response_`
 * for an empty one and `- [X] <option>` for a ticked box. Everything in it is the sender's
 * text: it is parsed, never evaluated, and the frontmatter is written with a YAML library.
 */
import { dump } from 'js-yaml';
import { forbiddenCharacter } from '../content/characters.ts';
import { languageTagFor } from '../content/languages.ts';
import type { Problem } from '../content/problems.ts';
import { LIBRARY_TYPES } from '../content/library-types.ts';
import { countryCodeOf } from '../content/countries.ts';
import { slugify } from '../site/urls.ts';
import { type ContentFile, type PhotoFacts, validateContent } from '../content/validate-content.ts';
import { RESERVED_POSTCARD_NAMES } from '../content/validate-content.ts';

/** The label of each form field, as the form shows it and the issue body repeats it. */
export const FORM_LABELS = {
  name: 'Your name',
  library: 'Your library',
  city: 'City',
  country: 'Country',
  libraryType: 'Kind of library',
  round: 'Round',
  lang: 'Language of your story',
  story: 'Your story',
  photo: 'Photo',
  imageAlt: 'What the photo shows',
  imageCredit: 'Who took the photo',
  consent: 'Consent',
} as const;

export type FormField = keyof typeof FORM_LABELS;
export type FormAnswers = Partial<Record<FormField, string>>;

const REQUIRED: readonly FormField[] = ['name', 'library', 'country', 'libraryType', 'story', 'photo', 'imageAlt', 'consent'];
/** The consent checkboxes: both must be ticked. */
const CONSENTS = 2;
const NO_RESPONSE = '_No response_';
/** The boxes that take more than one line. */
const MULTILINE: readonly FormField[] = ['story', 'photo', 'consent'];

/** What is wrong with a form answer, for the comment on the issue. */
export interface FormProblem {
  /** The form's label, such as "Country". */
  label: string;
  found: string;
  expected: string;
}

/**
 * The answers in an issue body, by field. Only the form's own labels start a section, so a
 * `### heading` in the story stays part of the story; a label that appears twice is a problem.
 */
export function parseIssueForm(body: string): { answers: FormAnswers; problems: FormProblem[] } {
  const fields = Object.entries(FORM_LABELS) as [FormField, string][];
  const byLabel = new Map(fields.map(([field, label]) => [label, field]));
  const sections = new Map<FormField, string[]>();
  const problems: FormProblem[] = [];
  let current: string[] | undefined;
  for (const line of body.replace(/\r\n?/g, '\n').split('\n')) {
    const field = /^###[ \t]+(.+?)[ \t]*$/.exec(line)?.[1];
    const known = field === undefined ? undefined : byLabel.get(field);
    if (known) {
      if (sections.has(known)) {
        problems.push({
          label: FORM_LABELS[known],
          found: `the heading "### ${FORM_LABELS[known]}" more than once`,
          expected: 'the form as GitHub made it, without lines that start with ### followed by a field name',
        });
      }
      current = [];
      sections.set(known, current);
    } else current?.push(line);
  }
  const answers: FormAnswers = {};
  for (const [field, lines] of sections) {
    const text = lines.join('\n').trim();
    if (!text || text === NO_RESPONSE) continue;
    // The form's one-line boxes stay one line, however the body was edited.
    answers[field] = MULTILINE.includes(field) ? text : text.replace(/\s+/g, ' ');
  }
  return { answers, problems };
}

/** How many of the form's checkboxes are ticked, and how many are not. */
function tickedBoxes(text: string): { ticked: number; unticked: number } {
  const lines = text.split('\n');
  return {
    ticked: lines.filter((line) => /^\s*- \[[xX]\] /.test(line)).length,
    unticked: lines.filter((line) => /^\s*- \[ \] /.test(line)).length,
  };
}

/** `HU`, `hu` or `Hungary` → `HU`; undefined for a name no English country has. */
export function countryCode(text: string): string | undefined {
  const trimmed = text.trim();
  if (/^[a-z]{2}$/i.test(trimmed)) return trimmed.toUpperCase();
  return countryCodeOf(trimmed);
}

/** The postcard's fields before the photo is known, and what is wrong with the form itself. */
export interface FormPostcard {
  /** Frontmatter without `image`; values as written, for validateContent to judge. */
  data: Record<string, unknown>;
  story: string;
  /** The photo box's text: where the photo was uploaded. */
  photo: string | undefined;
  problems: FormProblem[];
}

/** Reads the answers into frontmatter fields; `date` is the day the issue was opened (YYYY-MM-DD). */
export function postcardFromAnswers(answers: FormAnswers, date: string): FormPostcard {
  const problems: FormProblem[] = [];
  for (const field of REQUIRED) {
    if (answers[field] === undefined)
      problems.push({
        label: FORM_LABELS[field],
        found: 'nothing',
        expected: field === 'photo' ? 'a photo dropped into the Photo box' : 'an answer: this field is required',
      });
  }
  if (answers.consent !== undefined) {
    const { ticked, unticked } = tickedBoxes(answers.consent);
    if (ticked < CONSENTS || unticked > 0)
      problems.push({
        label: FORM_LABELS.consent,
        found: `${ticked} of ${CONSENTS} boxes ticked`,
        expected: 'both boxes ticked: we publish only photos and stories we may share',
      });
  }
  let country: string | undefined = answers.country?.trim();
  if (country !== undefined) {
    const code = countryCode(country);
    if (code) country = code;
    // A two-letter answer goes to the contract check, which names the code it expects.
    else
      problems.push({
        label: FORM_LABELS.country,
        found: JSON.stringify(country),
        expected: "a two-letter country code such as HU, JO or BR, or the country's name in English such as Hungary",
      });
  }
  const roundText = answers.round?.trim();
  const lowerType = answers.libraryType?.trim().toLowerCase();
  const data: Record<string, unknown> = {
    name: answers.name,
    library: answers.library,
    city: answers.city,
    country,
    libraryType: LIBRARY_TYPES.find((type) => type === lowerType) ?? answers.libraryType,
    // Digits become a number; anything else stays text, for the check to describe.
    round: roundText === undefined ? undefined : /^\d{1,6}$/.test(roundText) ? Number(roundText) : roundText,
    date,
    imageAlt: answers.imageAlt,
    imageCredit: answers.imageCredit,
    // A language given by its English name ("Arabic") becomes its tag, as a country's name becomes its code.
    lang: answers.lang === undefined ? undefined : (languageTagFor(answers.lang) ?? answers.lang.trim()),
  };
  return {
    data: Object.fromEntries(Object.entries(data).filter(([, value]) => value !== undefined)),
    story: answers.story ?? '',
    photo: answers.photo,
    problems,
  };
}

/** Names the gallery's own pages use under /postcards/. */
const GALLERY_NAMES = new Set(RESERVED_POSTCARD_NAMES);

/**
 * The postcard's folder name: the name and city as slugify makes them (at most 60
 * characters), the issue number added when that name is taken or is one of the gallery's,
 * `postcard-<issue>` when nothing is left of them. Only letters, digits and hyphens.
 */
export function chooseSlug(name: string, city: string | undefined, issue: number, taken: ReadonlySet<string>): string {
  const base = slugify([name, city].filter(Boolean).join(' ')).slice(0, 60).replace(/-+$/, '');
  if (!base) return `postcard-${issue}`;
  return taken.has(base) || GALLERY_NAMES.has(base) ? `${base}-${issue}` : base;
}

/** The words a sender sees for each contract field: the form's label. */
const LABEL_OF_FIELD: Record<string, string> = {
  ...FORM_LABELS,
  image: FORM_LABELS.photo,
  body: FORM_LABELS.story,
  'file name': 'Your name',
  date: 'Date',
};

/**
 * Checks the postcard as the content check would, with the other content files (for its
 * round and its address): the same rules and the same words, the form's labels as fields.
 * `photo` is undefined when there is no photo to check yet; `reported` are the problems
 * already found in the form.
 */
export function checkFormPostcard(
  slug: string,
  data: Record<string, unknown>,
  photoName: string,
  photo: PhotoFacts | undefined,
  others: readonly ContentFile[],
  reported: readonly FormProblem[] = [],
  contentDir = 'content',
  story = '',
): { file: string; problems: FormProblem[] } {
  const file = `${contentDir}/postcards/${slug}/index.md`;
  const entry: ContentFile = {
    file,
    collection: 'postcards',
    entry: `${slug}/index.md`,
    data: { ...data, image: `./${photoName}` },
    photo: photo ?? null,
    bodyCharacter: forbiddenCharacter(story),
  };
  const { problems } = validateContent([...others.filter((other) => other.file !== file), entry]);
  const own = problems.filter((problem) => problem.file === file && (photo !== undefined || problem.field !== 'image'));
  // A field the form already explained (a missing answer, a country name) is not explained twice.
  return { file, problems: own.map(toFormProblem).filter((problem) => !reported.some((earlier) => earlier.label === problem.label)) };
}

function toFormProblem({ field, found, expected }: Problem): FormProblem {
  return { label: LABEL_OF_FIELD[field] ?? field, found, expected };
}

/** The index.md of the postcard: frontmatter written by the YAML library, then the story. */
export function postcardFile(data: Record<string, unknown>, story: string): string {
  // The dumper's own schema (DUMP_SCHEMA) quotes any text that a YAML 1.1 or 1.2 reader could
  // take for a date, a number or a boolean, so every value reads back as the text it was.
  const yaml = dump(data, { lineWidth: 100, noRefs: true });
  return `---\n${yaml}---\n\n${story.replace(/\r\n?/g, '\n').trim()}\n`;
}

/** U+2060 WORD JOINER: invisible, and no letter, so that `@name` or `www.` around it is no longer one. */
const WORD_JOINER = '\u2060';

/**
 * Text from the sender, safe inside a Markdown comment: no HTML, no links, images or
 * emphasis, on one line. GitHub turns `@name`, `www.host` and `scheme://` into mentions
 * and links after reading the Markdown, character references decoded, so an invisible
 * word joiner is put inside each instead of escaping it.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\r\n|\r|\n/g, ' ')
    .replace(/[\\`*_{}[\]()#+!|~>-]/g, (character) => `\\${character}`)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/@/g, `@${WORD_JOINER}`)
    .replace(/\b(www)\./gi, `$1${WORD_JOINER}.`)
    .replace(/:\/\//g, `:${WORD_JOINER}//`);
}

/** The comment that tells the sender exactly what to change. */
export function problemsComment(problems: readonly FormProblem[]): string {
  return [
    'Thank you for your postcard! Before we can publish it, please change these answers: open the **···** menu at the top of this issue, choose **Edit**, correct them and save.',
    '',
    ...problems.map(
      ({ label, found, expected }) => `- **${escapeMarkdown(label)}**: we found ${escapeMarkdown(found)}; we need ${escapeMarkdown(expected)}.`,
    ),
    '',
    'When you have saved your changes, a volunteer will try again. Reply here if anything is unclear.',
    '',
  ].join('\n');
}
