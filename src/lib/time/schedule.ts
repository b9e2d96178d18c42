/**
 * When the site must be built again without anyone pushing a change: a topic or news item
 * reaches its publishDate, a round changes phase, a chat starts or ends. The hourly
 * publish-due workflow asks `decidePublish` whether any of these instants has passed since
 * the last successful deploy (scripts/publish-due.ts; docs/deploy.md explains it for people).
 */
import { type ChatStatus, type ChatTime, chatPhases } from './chats.ts';
import { type RoundDates, type RoundStatus, roundPhases } from '../content/rounds.ts';
import type { Phase } from './timeline.ts';
import { escapeData, escapeTableCell } from '../workflows/workflow-commands.ts';

/** An entry as the content check returns it (CheckedEntry), reduced to what changes the site over time. */
export type ScheduledEntry = { file: string } & (
  | { collection: 'topics'; data: { draft?: boolean; publishDate: Date; chat?: ChatTime | undefined } }
  | { collection: 'news'; data: { draft?: boolean; publishDate: Date } }
  | { collection: 'rounds'; data: RoundDates }
  | { collection: 'postcards' | 'people'; data: unknown }
);

/** An instant at which the built site must change, and why. */
export interface DueInstant {
  /** The content file the change comes from. */
  file: string;
  /** What happens, in words: `topic published`, `applications close`, … */
  what: string;
  at: Date;
}

export interface PublishDecision {
  /** True when the site must be built and deployed again. */
  due: boolean;
  /** The changes that became due since the last deploy, oldest first; empty when there was no deploy to compare with. */
  changes: DueInstant[];
  /** True when no successful deploy is known, so the site must be built whatever the content says. */
  firstDeploy: boolean;
}

const ROUND_CHANGE: Record<RoundStatus, string> = {
  upcoming: 'round announced',
  open: 'applications open',
  matching: 'applications close',
  running: 'partnerships start',
  finished: 'round finished',
};

const CHAT_CHANGE: Record<ChatStatus, string> = {
  upcoming: 'chat announced',
  live: 'chat starts',
  past: 'chat ends',
};

/** The instants at which a list of phases changes: every phase but the first starts at one. */
function changesOf<T extends string>(file: string, phases: readonly Phase<T>[], words: Record<T, string>): DueInstant[] {
  return phases.flatMap(({ from, state }) => (from ? [{ file, what: words[state], at: from }] : []));
}

/**
 * Every instant at which the content changes what the built site says. Drafts never count:
 * they are never published, and neither is the chat of a draft topic. Postcards have no
 * publish date, so they appear with the build that adds them. A round's partnership days
 * are counted in `timeZone`, the programme's.
 */
export function dueInstants(entries: readonly ScheduledEntry[], timeZone: string): DueInstant[] {
  const instants = entries.flatMap((entry): DueInstant[] => {
    switch (entry.collection) {
      case 'topics': {
        if (entry.data.draft) return [];
        const { chat, publishDate } = entry.data;
        // The topic page's no-JavaScript text says whether its chat is to come, live or over.
        const chatChanges = chat ? changesOf(entry.file, chatPhases(chat), CHAT_CHANGE) : [];
        return [{ file: entry.file, what: 'topic published', at: publishDate }, ...chatChanges];
      }
      case 'news':
        return entry.data.draft ? [] : [{ file: entry.file, what: 'news published', at: entry.data.publishDate }];
      case 'rounds':
        // The same phases the round pages and the join page show, so the two never disagree.
        return changesOf(entry.file, roundPhases(entry.data, timeZone), ROUND_CHANGE);
      // Postcards and people have no dates of their own that change the site.
      case 'postcards':
      case 'people':
        return [];
    }
  });
  return instants.sort((a, b) => a.at.getTime() - b.at.getTime() || a.file.localeCompare(b.file) || a.what.localeCompare(b.what));
}

/**
 * Whether the site must be built again at `now`: when any instant lies after `lastDeploy`
 * and at or before `now` (a topic due at 09:00 is published by the first run at or after
 * 09:00). `lastDeploy` should be when the last successful deploy *started*, not finished, so
 * that nothing which became due while it was building is missed. Without a last deploy the
 * site is always built.
 */
export function decidePublish(instants: readonly DueInstant[], lastDeploy: Date | undefined, now: Date): PublishDecision {
  if (!lastDeploy) return { due: true, changes: [], firstDeploy: true };
  const after = lastDeploy.getTime();
  const until = now.getTime();
  const changes = instants.filter(({ at }) => at.getTime() > after && at.getTime() <= until);
  return { due: changes.length > 0, changes, firstDeploy: false };
}

/** When a change happens, for people: `28 September 2026 at 09:00 GMT+10`. */
export function formatInstant(instant: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-GB', {
    timeZone,
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZoneName: 'short',
  }).format(instant);
}

/**
 * One line per change for the log, each starting with `- ` and with the file name escaped
 * (escapeData), so that no crafted name can start a line with `::`:
 * `- 28 September 2026 at 09:00 GMT+10: topic published (content/topics/2/02-….md)`.
 */
export function formatChanges(changes: readonly DueInstant[], timeZone: string): string[] {
  return changes.map(({ file, what, at }) => `- ${formatInstant(at, timeZone)}: ${what} (${escapeData(file)})`);
}

/** The changes as a Markdown table for the job summary; the file name, which content controls, is escaped (escapeTableCell). */
export function changesTable(changes: readonly DueInstant[], timeZone: string): string {
  const rows = changes.map(({ file, what, at }) => `| ${formatInstant(at, timeZone)} | ${what} | ${escapeTableCell(escapeData(file))} |`);
  return ['| When | What | File |', '| --- | --- | --- |', ...rows].join('\n');
}
