/**
 * "Email this topic to your partner": a `mailto:` link with no recipient, so that the
 * reader's own mail app opens a message they address themselves, with the topic in it.
 */

/** Longest link we write: some mail apps and browsers drop or cut longer `mailto:` links. */
export const MAILTO_LIMIT = 1800;

export interface TopicMail {
  title: string;
  summary: string;
  /** The topic's prompts: its `##` headings, in order. */
  prompts: readonly string[];
  /** Absolute address of the topic's page. */
  url: string;
}

/** Mail bodies break lines with CRLF (RFC 6068 §5). */
const CRLF = '\r\n';

/** `mailto:?subject=…&body=…`, every character outside the unreserved set percent-encoded. */
export function mailtoLink(subject: string, body: string): string {
  return `mailto:?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
}

/** The body with the first `count` prompts, and a pointer to the page for the rest when some are left out. */
function body({ summary, prompts, url }: TopicMail, count: number, shortSummary = summary): string {
  const lines = [shortSummary, ''];
  if (count > 0) lines.push('Prompts to discuss:', ...prompts.slice(0, count).map((prompt, index) => `${index + 1}. ${prompt}`), '');
  lines.push(count < prompts.length ? `… read the rest at ${url}` : `Read the whole topic at ${url}`);
  return lines.join(CRLF);
}

/** `text` cut at a word to at most `length` characters, ending in an ellipsis when cut. */
function shorten(text: string, length: number): string {
  if (text.length <= length) return text;
  const cut = text.slice(0, Math.max(0, length - 1));
  return `${cut.replace(/\s+\S*$/, '') || cut}…`;
}

/**
 * The link for a topic: the title as subject; the summary, the prompts and the page's
 * address as body. When the whole link would pass `limit` characters, prompts are left out
 * from the end (never cut in the middle) and the body ends "… read the rest at <address>";
 * a summary too long even alone is shortened at a word.
 *
 * `topicMailto({ title: 'Library spaces', summary: 'S', prompts: ['A'], url: 'https://x/' })`
 * → `mailto:?subject=Library%20spaces&body=S%0D%0A%0D%0APrompts%20to%20discuss%3A%0D%0A1.%20A%0D%0A%0D%0ARead…`
 */
export function topicMailto(topic: TopicMail, limit: number = MAILTO_LIMIT): string {
  const subject = shorten(topic.title, 120);
  for (let count = topic.prompts.length; count >= 0; count -= 1) {
    const link = mailtoLink(subject, body(topic, count));
    if (link.length <= limit) return link;
  }
  // Not even the summary fits: shorten it until the link does.
  for (let length = topic.summary.length - 1; length > 0; length -= 10) {
    const link = mailtoLink(subject, body(topic, 0, shorten(topic.summary, length)));
    if (link.length <= limit) return link;
  }
  return mailtoLink(subject, body(topic, 0, ''));
}
