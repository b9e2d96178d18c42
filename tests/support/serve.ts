/**
 * Builds one test site and serves it with `astro preview`: the command Playwright's
 * webServer runs for each site in tests/support/sites.ts.
 *
 *   node tests/support/serve.ts main
 */
import { spawn } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { build, removeDir, ROOT, testEnv } from './build.ts';
import { SITES, type SiteName, type TestSite, outDirOf } from './sites.ts';

const name = process.argv[2] as SiteName;
const site = SITES[name];
if (!site) throw new Error(`unknown test site ${JSON.stringify(name)}; expected one of ${Object.keys(SITES).join(', ')}`);

const outDir = outDirOf(site);
const prepare = (site as TestSite).prepare;
if (prepare) {
  await removeDir(site.contentDir);
  await prepare(site.contentDir);
}
const result = await build({ contentDir: site.contentDir, outDir, env: site.env });
// Kept for tests about what the build says (tests/e2e/comments.spec.ts).
await writeFile(`${outDir}.build.log`, result.output);
if (result.code !== 0) {
  console.error(result.output);
  process.exit(1);
}
const astro = join(ROOT, 'node_modules/astro/bin/astro.mjs');
const preview = spawn(process.execPath, [astro, 'preview', '--outDir', outDir, '--port', String(site.port), '--ignore-lock'], {
  cwd: ROOT,
  env: testEnv({ ILN_CONTENT_DIR: site.contentDir, ...site.env }),
  stdio: 'inherit',
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => preview.kill(signal));
preview.on('exit', (code) => process.exit(code ?? 0));
