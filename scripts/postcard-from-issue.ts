/**
 * Turns a postcard sent through the issue form into a postcard folder, for
 * `.github/workflows/postcard-from-issue.yml`. The issue arrives only through the
 * environment, never through the command line or the workflow's script:
 *
 *   ISSUE_BODY        the issue's text, as GitHub wrote the form
 *   ISSUE_NUMBER      its number
 *   ISSUE_CREATED_AT  when it was opened (the postcard's date)
 *   POSTCARD_OUT      a folder for the comment or the pull request's title and body
 *
 * A folder already on main, or in another open postcard's branch (`origin/postcard/*`,
 * which the workflow fetches), is taken: the issue number is added to this one's.
 *
 * With no problems it writes `content/postcards/<slug>/index.md` and the photo, and sets
 * the step outputs `result=ok` and `folder=…`; otherwise it writes `comment.md`, which
 * says what to change in the form's words, and sets `result=problems`. It prints nothing
 * of the sender's text, so none of it can be read as a workflow command.
 */
import { execFileSync } from 'node:child_process';
import { appendFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  checkFormPostcard,
  chooseSlug,
  parseIssueForm,
  postcardFile,
  postcardFromAnswers,
  problemsComment,
} from '../src/lib/postcards/issue-postcard.ts';
import { downloadPhoto, photoAddress, photoFileName, preparePhoto } from '../src/lib/postcards/issue-photo.ts';
import { readContent } from '../src/loaders/read-content.ts';
import { entryId } from '../src/lib/site/urls.ts';
import type { PhotoFacts } from '../src/lib/content/validate-content.ts';
import { site } from '../src/site.config.ts';

const env = process.env;
const issue = Number(env.ISSUE_NUMBER);
const out = env.POSTCARD_OUT;
if (!Number.isInteger(issue) || issue < 1 || !out || env.ISSUE_BODY === undefined) {
  console.error('Set ISSUE_BODY, ISSUE_NUMBER, ISSUE_CREATED_AT and POSTCARD_OUT (see the top of this script).');
  process.exit(2);
}
const createdAt = new Date(env.ISSUE_CREATED_AT ?? '');
const date = (Number.isNaN(createdAt.getTime()) ? new Date() : createdAt).toISOString().slice(0, 10);

const root = fileURLToPath(new URL('..', import.meta.url));
const contentDir = resolve(root, site.contentDir);
await mkdir(out, { recursive: true });

const form = parseIssueForm(env.ISSUE_BODY);
const postcard = postcardFromAnswers(form.answers, date);
const problems = [...form.problems, ...postcard.problems];

const others = await readContent(root, site.contentDir);
const taken = new Set([...others.flatMap((file) => (file.collection === 'postcards' ? [entryId(file.entry)] : [])), ...foldersInOtherBranches()]);
const slug = chooseSlug(String(postcard.data.name ?? ''), postcard.data.city as string | undefined, issue, taken);

// The photo: only from GitHub's upload hosts, judged by its bytes, and saved anew without
// its metadata (the place it was taken), since the repository is public.
let bytes: Uint8Array | undefined;
let facts: PhotoFacts | undefined;
const address = photoAddress(postcard.photo);
if ('problem' in address) problems.push(address.problem);
else {
  const download = await downloadPhoto(address.url, fetch, { signal: AbortSignal.timeout(60_000) });
  const prepared = 'problem' in download ? download : await preparePhoto(download.bytes);
  if ('problem' in prepared) problems.push(prepared.problem);
  else ({ bytes, facts } = prepared);
}
const photoName = photoFileName(facts?.format);
const check = checkFormPostcard(slug, postcard.data, photoName, facts, others, problems, site.contentDir, postcard.story);
problems.push(...check.problems);

/** Postcard folders in the fetched branches of other issues' postcards, not yet on main. */
function foldersInOtherBranches(): string[] {
  // A list of names, or none where there is nothing to list (no such branch or folder, no Git).
  const git = (...args: string[]) => {
    try {
      return execFileSync('git', args, { cwd: contentDir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] })
        .split('\n')
        .filter(Boolean);
    } catch {
      return [];
    }
  };
  const branches = git('for-each-ref', '--format=%(refname)', 'refs/remotes/origin/postcard/');
  return branches
    .filter((ref) => ref !== `refs/remotes/origin/postcard/issue-${issue}`)
    .flatMap((ref) => git('ls-tree', '--name-only', `${ref}:./postcards`));
}

const setOutput = (name: string, value: string) => {
  if (env.GITHUB_OUTPUT) appendFileSync(env.GITHUB_OUTPUT, `${name}=${value}\n`);
};

if (problems.length > 0 || !bytes) {
  await writeFile(join(out, 'comment.md'), problemsComment(problems));
  setOutput('result', 'problems');
  console.log(`Issue ${issue}: ${problems.length} problem(s); the comment for the sender is in ${join(out, 'comment.md')}.`);
  process.exit(0);
}

const folder = join(contentDir, 'postcards', slug);
await mkdir(folder, { recursive: true });
await writeFile(join(folder, 'index.md'), postcardFile({ ...postcard.data, image: `./${photoName}` }, postcard.story));
await writeFile(join(folder, photoName), bytes);

const relativeFolder = `${site.contentDir}/postcards/${slug}`;
await writeFile(join(out, 'pr-title.txt'), `Postcard from issue #${issue}`);
await writeFile(
  join(out, 'pr-body.md'),
  [
    `A postcard sent with the issue form in #${issue}, made by the "Postcard from an issue" workflow.`,
    '',
    `- Folder: \`${relativeFolder}/\` (\`index.md\` and \`${photoName}\`)`,
    '- The fields passed the content check before this pull request was opened.',
    '',
    'Before merging, a maintainer:',
    '',
    '- [ ] looked at the photo and read the story (the site shows HTML as text and leaves out remote images);',
    '- [ ] checked that `imageAlt` describes the photo, and that `imageCredit` (if any) names whoever took it;',
    '- [ ] ran the checks on this pull request: close and reopen it, because pull requests opened by a workflow start no checks of their own.',
    '',
    `Closes #${issue}`,
    '',
  ].join('\n'),
);
setOutput('result', 'ok');
setOutput('folder', relativeFolder);
console.log(`Issue ${issue}: made ${relativeFolder}/index.md and ${photoName}.`);
