/**
 * `npm test`: every test, unit and build tests with Vitest, then browser tests with
 * Playwright, and a last line `N passed, N failed` for people and CI alike.
 * Both suites always run; the exit code is non-zero if either fails.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { OUTPUT, ROOT, testEnv } from './support/build.ts';

rmSync(OUTPUT, { recursive: true, force: true });
mkdirSync(OUTPUT, { recursive: true });
const vitestReport = join(OUTPUT, 'vitest.json');
const playwrightReport = join(OUTPUT, 'playwright.json');

function run(bin: string, args: string[], env: Record<string, string> = {}): number {
  const result = spawnSync(process.execPath, [join(ROOT, 'node_modules', bin), ...args], {
    cwd: ROOT,
    stdio: 'inherit',
    env: testEnv(env),
  });
  return result.status ?? 1;
}

const vitestCode = run('vitest/vitest.mjs', [
  'run',
  '--config',
  join(ROOT, 'tests', 'vitest.config.ts'),
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${vitestReport}`,
]);
// Without Debian's Chromium (or CHROMIUM_PATH), the browser tests use Playwright's own
// browser: fetched once here, so that `npm install && npm test` works on a fresh machine.
if (!process.env.CHROMIUM_PATH && !existsSync('/usr/bin/chromium')) {
  const { chromium } = await import('@playwright/test');
  if (!existsSync(chromium.executablePath())) {
    console.log("Fetching Playwright's Chromium for the browser tests (once): npx playwright install chromium");
    run('@playwright/test/cli.js', ['install', 'chromium']);
  }
}

const playwrightCode = run('@playwright/test/cli.js', ['test', '--config', join(ROOT, 'tests', 'playwright.config.ts'), '--reporter=list,json'], {
  PLAYWRIGHT_JSON_OUTPUT_NAME: playwrightReport,
});

const readJson = (file: string) => (existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : undefined);
const vitest = readJson(vitestReport);
const playwright = readJson(playwrightReport);

const passed = (vitest?.numPassedTests ?? 0) + (playwright?.stats?.expected ?? 0) + (playwright?.stats?.flaky ?? 0);
let failed = (vitest?.numFailedTests ?? 0) + (playwright?.stats?.unexpected ?? 0);
const skipped = (vitest?.numPendingTests ?? 0) + (vitest?.numTodoTests ?? 0) + (playwright?.stats?.skipped ?? 0);
// A runner that crashed before reporting counts as a failure, never as silence.
if (vitestCode !== 0 && !vitest?.numFailedTests) failed += 1;
if (playwrightCode !== 0 && !playwright?.stats?.unexpected) failed += 1;

const flaky = playwright?.stats?.flaky ?? 0;
if (flaky > 0)
  console.log(`\n${flaky} browser test${flaky === 1 ? '' : 's'} passed only on a second try (marked flaky above): fix before relying on them.`);
console.log(`\n${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed > 0 ? 1 : 0);
