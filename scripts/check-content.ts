/**
 * `npm run check:content [folder]`: checks the content folder against the contract in a
 * second or two, without building the site, and prints every problem at once (file,
 * field, found, expected). Exits 1 when there are problems, so CI can stop on them; on
 * GitHub Actions each problem is also annotated on its file in the pull request.
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatProblem, formatProblems } from '../src/lib/problems.ts';
import { readContent, readPages } from '../src/lib/read-content.ts';
import { validateContent } from '../src/lib/validate-content.ts';
import { site } from '../src/site.config.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const contentDir = process.argv[2] ?? site.contentDir;

const files = await readContent(root, contentDir);
const pages = await readPages(root, resolve(root, 'src/pages'));
const { problems } = validateContent(files, pages);

if (files.length === 0) {
  console.error(`No content found in ${contentDir}: expected the folders rounds/, topics/, postcards/ and news/.`);
  process.exit(1);
}
if (problems.length > 0) {
  console.error(formatProblems(problems));
  // On GitHub, each problem also becomes an annotation on the file in the pull request.
  if (process.env.GITHUB_ACTIONS) {
    for (const problem of problems) console.log(`::error file=${problem.file},title=${problem.field}::${formatProblem(problem)}`);
  }
  process.exit(1);
}
console.log(`${files.length} files in ${contentDir} follow the content contract.`);
