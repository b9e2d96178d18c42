/**
 * `npm run check:content [folder]`: checks the content folder against the contract in a
 * second or two, without building the site, and prints every problem at once (file,
 * field, found, expected). Exits 1 when there are problems, so CI can stop on them; on
 * GitHub Actions each problem is also annotated on its file in the pull request.
 */
import { randomUUID } from 'node:crypto';
import { appendFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatProblem, formatProblems, formatWarnings } from '../src/lib/content/problems.ts';
import { readContent, readPages, readPublicFiles } from '../src/loaders/read-content.ts';
import { validateContent } from '../src/lib/content/validate-content.ts';
import { problemAnnotation, problemsSummary, withoutCommands } from '../src/lib/workflows/workflow-commands.ts';
import { buildTime } from '../src/data/now.ts';
import { site } from '../src/site.config.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const contentDir = process.argv[2] ?? site.contentDir;

const files = await readContent(root, contentDir);
// The same addresses the build checks redirects against: pages, endpoints and public files.
const pages = [...(await readPages(root, resolve(root, 'src/pages'))), ...(await readPublicFiles(root, resolve(root, 'public')))];
const { problems, warnings } = validateContent(files, pages, { timeZone: site.timeZone, now: buildTime });

if (files.length === 0) {
  console.error(`No content found in ${contentDir}: expected the folders rounds/, topics/, postcards/ and news/.`);
  process.exit(1);
}
// On GitHub the job summary lists every problem, and each one is annotated on its file in
// the pull request. Fields and keys come from contributors: they are printed escaped, and the
// plain listing inside stop-commands, so that no line of theirs is read as a command.
const onGitHub = Boolean(process.env.GITHUB_ACTIONS);
// Warnings (a link that will lead nowhere, a value cut at ` #`, a clock change missed) are shown, and annotated on GitHub, but pass.
if (warnings.length > 0) {
  if (!onGitHub) console.error(formatWarnings(warnings));
  else
    console.log(
      [
        withoutCommands(formatWarnings(warnings), randomUUID()),
        ...warnings.map((warning) => problemAnnotation(warning, formatProblem(warning), 'warning')),
      ].join('\n'),
    );
}
if (onGitHub && process.env.GITHUB_STEP_SUMMARY) appendFileSync(process.env.GITHUB_STEP_SUMMARY, problemsSummary(problems, warnings));
if (problems.length > 0) {
  if (!onGitHub) console.error(formatProblems(problems));
  // One stream, in order: the runner must see the end of stop-commands before the annotations.
  else
    console.log(
      [
        withoutCommands(formatProblems(problems), randomUUID()),
        ...problems.map((problem) => problemAnnotation(problem, formatProblem(problem))),
      ].join('\n'),
    );
  process.exit(1);
}
console.log(`${files.length} files in ${contentDir} follow the content contract.`);
