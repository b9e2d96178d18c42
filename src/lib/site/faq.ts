/**
 * The FAQ is one list of questions and answers (the `faq` field of src/pages/faq.mdx): the
 * page shows it and its structured data is made from it, so the two cannot disagree.
 * Answers are plain text in paragraphs (a blank line between them) with `[links](/contact/)`.
 */

export interface FaqItem {
  /** The answer's anchor, `/faq/#<id>`: lowercase words joined by hyphens. Keep it once published. */
  id: string;
  question: string;
  answer: string;
}

export type AnswerPart = { text: string } | { text: string; href: string };

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const LINK = /\[([^\]]+)\]\(([^)\s]+)\)/g;

/**
 * Checks the list an editor wrote, naming each problem in their words: every item has an
 * id, a question and an answer, and no two ids are the same. Throws one error listing all.
 */
export function checkFaq(items: unknown, file = 'src/pages/faq.mdx'): FaqItem[] {
  if (!Array.isArray(items)) throw new Error(`${file} → faq: expected a list of questions, each with id, question and answer`);
  const problems: string[] = [];
  const seen = new Set<string>();
  items.forEach((item: Partial<Record<keyof FaqItem, unknown>>, index) => {
    const where = `${file} → faq[${index}]`;
    if (typeof item?.id !== 'string' || !ID.test(item.id))
      problems.push(`${where}.id: expected lowercase words joined by hyphens, such as who-can-apply`);
    else if (seen.has(item.id)) problems.push(`${where}.id: "${item.id}" is used twice; each answer needs its own anchor`);
    else seen.add(item.id);
    for (const field of ['question', 'answer'] as const) {
      if (typeof item?.[field] !== 'string' || !item[field].trim()) problems.push(`${where}.${field}: expected text`);
    }
  });
  if (problems.length > 0) throw new Error(problems.join('\n'));
  return items as FaqItem[];
}

/**
 * An answer as paragraphs of text and links; a site path such as `/contact/` is passed to
 * `siteHref` for the base path.
 * `answerParagraphs('See [Contact](/contact/).', href)` → `[[{ text: 'See ' }, { text: 'Contact', href: '/contact/' }, { text: '.' }]]`.
 */
export function answerParagraphs(answer: string, siteHref: (path: string) => string = (path) => path): AnswerPart[][] {
  return answer
    .trim()
    .split(/\n\s*\n/)
    .map((paragraph) => {
      const text = paragraph.replace(/\s+/g, ' ').trim();
      const parts: AnswerPart[] = [];
      let last = 0;
      for (const match of text.matchAll(LINK)) {
        if (match.index > last) parts.push({ text: text.slice(last, match.index) });
        const target = match[2]!;
        parts.push({ text: match[1]!, href: target.startsWith('/') ? siteHref(target) : target });
        last = match.index + match[0].length;
      }
      if (last < text.length) parts.push({ text: text.slice(last) });
      return parts;
    });
}

/** An answer as plain text, links reduced to their words, paragraphs kept apart by a blank line. */
export function answerText(answer: string): string {
  return answerParagraphs(answer)
    .map((parts) => parts.map((part) => part.text).join(''))
    .join('\n\n');
}
