import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { builtFiles } from '../support/build.ts';
import { outDirOf, SITES } from '../support/sites.ts';

/**
 * Every page of every test site, redirect pages and /admin/ included, passes the Nu Html
 * Checker (the W3C's validator, from the vnu-jar package) with no error. The checker is a
 * Java program: one run checks a batch of files, so a few JVMs check the lot.
 */
const vnuJar: string = createRequire(import.meta.url)('vnu-jar');
/** Files per run of the checker: well under any command-line limit. */
const BATCH = 400;

interface VnuMessage {
  type: string;
  url: string;
  lastLine?: number;
  message: string;
}

/** Java's version line, or a failure that says how to get Java: the check never skips. */
function requireJava(): void {
  const java = spawnSync('java', ['-version'], { encoding: 'utf8' });
  if (java.error || java.status !== 0) {
    throw new Error(
      'The HTML check needs Java 17 or later and `java` was not found on PATH. Install a JRE (Debian: `apt-get install -y default-jre-headless`; .ci/run does this on CI) and run the test again.',
    );
  }
}

/** The checker's errors for some files, each as the file it is in, its line and its message. */
function check(files: string[]): VnuMessage[] {
  const run = spawnSync('java', ['-jar', vnuJar, '--errors-only', '--format', 'json', ...files], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (run.error) throw run.error;
  // The report goes to stderr; a run that could not check prints something else there.
  const report = run.stderr.trim() || run.stdout.trim();
  try {
    return (JSON.parse(report) as { messages: VnuMessage[] }).messages;
  } catch {
    throw new Error(`the Nu Html Checker did not report (exit ${run.status}):\n${report.slice(0, 2000)}`);
  }
}

test('every built page is valid HTML', async () => {
  test.setTimeout(300_000);
  requireJava();
  const files = Object.values(SITES).flatMap((site) => builtFiles(outDirOf(site)).map((file) => join(outDirOf(site), file)));
  expect(files.length).toBeGreaterThan(200);
  const messages: VnuMessage[] = [];
  for (let start = 0; start < files.length; start += BATCH) messages.push(...check(files.slice(start, start + BATCH)));
  const root = join(outDirOf(SITES.main), '..');
  const errors = messages
    .filter((message) => message.type === 'error' || message.type === 'non-document-error')
    .map((message) => {
      const file = message.url.startsWith('file:') ? fileURLToPath(message.url) : message.url;
      return `${relative(root, file).split(sep).join('/')} line ${message.lastLine ?? '?'}: ${message.message}`;
    });
  expect(errors, 'Nu Html Checker errors (site/page line: message)').toEqual([]);
});
