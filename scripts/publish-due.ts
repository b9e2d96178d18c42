/**
 * `node scripts/publish-due.ts --since <ISO date-time>`: is a new build of the site due?
 * It is when a topic or news item has reached its publishDate, a round has changed phase
 * or a chat has started or ended since the last successful deploy began (`--since`; leave
 * it empty when there has been none), or when the commit to build (`--commit`) is not the
 * one last deployed (`--deployed-commit`). Prints the decision; on GitHub Actions it also
 * writes `due=true` or `due=false` to $GITHUB_OUTPUT and the list to the job summary.
 * The hourly workflow .github/workflows/publish-due.yml runs it; docs/deploy.md explains it.
 */
import { appendFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { buildTime } from '../src/data/now.ts';
import { formatProblem } from '../src/lib/content/problems.ts';
import { readContent, readPages } from '../src/loaders/read-content.ts';
import { parseDateTime } from '../src/lib/time/dates.ts';
import { changesTable, decidePublish, dueInstants, formatChanges, formatInstant } from '../src/lib/time/schedule.ts';
import { validateContent } from '../src/lib/content/validate-content.ts';
import { escapeData, escapeTableCell } from '../src/lib/workflows/workflow-commands.ts';
import { site } from '../src/site.config.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const { values } = parseArgs({
  options: {
    since: { type: 'string', default: '' },
    commit: { type: 'string', default: '' },
    'deployed-commit': { type: 'string', default: '' },
  },
});

/** Every line printed starts with our own text, and content in it is escaped: no line can start a workflow command. */
const say = (lines: readonly string[]) => console.log(lines.map(escapeWorkflowLine).join('\n'));
const escapeWorkflowLine = (line: string) => (line.startsWith('::') ? ` ${line}` : line);

// With its offset, as GitHub writes it: without one, JavaScript would read it in the machine's zone.
const since = values.since.trim() ? (parseDateTime(values.since.trim())?.instant ?? new Date(NaN)) : undefined;
if (since && Number.isNaN(since.getTime())) {
  console.error(
    '--since: expected an ISO date-time with its offset, such as 2026-09-27T23:07:00Z, or nothing when the site has never been deployed.',
  );
  process.exit(2);
}
const now = buildTime;

const files = await readContent(root, site.contentDir);
const { problems, entries } = validateContent(files, await readPages(root, resolve(root, 'src/pages')));
if (problems.length > 0) {
  // The build would stop on these too; say so now rather than build a site that fails.
  say([
    'The content has problems, so no build can be decided; fix them first (npm run check:content):',
    ...problems.map((problem) => `  ${escapeData(formatProblem(problem))}`),
  ]);
  process.exit(1);
}

const decision = decidePublish(dueInstants(entries, site.timeZone), since, now);
const commit = values.commit.trim();
const deployedCommit = values['deployed-commit'].trim();
const newCommit = !decision.firstDeploy && commit !== '' && deployedCommit !== '' && commit !== deployedCommit;
const due = decision.due || newCommit;
const short = (sha: string) => escapeData(sha.slice(0, 12));

const lines: string[] = [];
if (decision.firstDeploy) lines.push('No successful deploy was found, so the site is built now.');
else lines.push(`The last successful deploy started ${formatInstant(since!, site.timeZone)}.`);
if (newCommit) lines.push(`The repository has changed since then (commit ${short(deployedCommit)} was deployed, ${short(commit)} is the newest).`);
if (!decision.firstDeploy && decision.changes.length === 0) lines.push('Nothing has become due since then.');
const next = dueInstants(entries, site.timeZone).find(({ at }) => at.getTime() > now.getTime());
const nextLine = next ? `Next: ${formatChanges([next], site.timeZone)[0]!.slice(2)}` : 'Nothing else is scheduled.';
const verdict = due ? 'Decision: build and deploy the site.' : 'Decision: no deploy needed.';
const dueHeading = `Due since then (${decision.changes.length}):`;

say([...lines, ...(decision.changes.length > 0 ? [dueHeading, ...formatChanges(decision.changes, site.timeZone)] : []), nextLine, verdict]);

if (process.env.GITHUB_OUTPUT) await appendFile(process.env.GITHUB_OUTPUT, `due=${due}\n`);
if (process.env.GITHUB_STEP_SUMMARY) {
  const table = decision.changes.length > 0 ? [dueHeading, '', changesTable(decision.changes, site.timeZone), ''] : [];
  const summary = [
    '### Publish on the day',
    '',
    ...lines.flatMap((line) => [line, '']),
    ...table,
    next ? `Next: ${formatInstant(next.at, site.timeZone)}: ${next.what} (${escapeTableCell(escapeData(next.file))})` : nextLine,
    '',
    `**${verdict}**`,
    '',
  ];
  await appendFile(process.env.GITHUB_STEP_SUMMARY, summary.join('\n'));
}
