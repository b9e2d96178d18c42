/**
 * The code keeps one format and passes the linter: Prettier (prettier.config.mjs, with
 * .prettierignore keeping editors' content as written) and ESLint with the TypeScript and
 * Astro rules (eslint.config.mjs). `npx prettier --write .` and `npx eslint --fix .` mend
 * most of what these report.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ESLint } from 'eslint';
import * as prettier from 'prettier';
import { expect, test } from 'vitest';
import { ROOT } from '../support/build.ts';

const tracked = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard'], { cwd: ROOT, encoding: 'utf8' })
  .split('\n')
  .filter((file) => /\.(ts|mts|mjs|js|astro|css|json)$/.test(file));

test('every source file is formatted as Prettier writes it', async () => {
  const unformatted: string[] = [];
  for (const file of tracked) {
    const path = join(ROOT, file);
    const info = await prettier.getFileInfo(path, { ignorePath: join(ROOT, '.prettierignore') });
    if (info.ignored || !info.inferredParser) continue;
    const options = await prettier.resolveConfig(path);
    if (!(await prettier.check(readFileSync(path, 'utf8'), { ...options, filepath: path }))) unformatted.push(file);
  }
  expect(unformatted, 'run npx prettier --write on these').toEqual([]);
}, 120_000);

test('ESLint finds no problem', async () => {
  const results = await new ESLint({ cwd: ROOT }).lintFiles(['.']);
  const problems = results.flatMap((result) =>
    result.messages.map(
      (message) => `${result.filePath.slice(ROOT.length + 1)}:${message.line}:${message.column} ${message.message} (${message.ruleId})`,
    ),
  );
  expect(problems).toEqual([]);
}, 180_000);
