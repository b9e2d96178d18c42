import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';
import { ROOT } from './support/build.ts';
import { SITES, urlOf } from './support/sites.ts';

/**
 * Browser tests run against built sites served by `astro preview`, never `astro dev`.
 * They use Debian's Chromium where it is installed (or CHROMIUM_PATH when set), and
 * Playwright's own browser elsewhere (`npx playwright install chromium`).
 */
const chromiumPath = process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

export default defineConfig({
  testDir: 'e2e',
  outputDir: '.output/playwright',
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  // On CI a test that fails once gets one more try; run.ts names it as flaky rather than hiding it.
  retries: process.env.CI ? 1 : 0,
  workers: 2,
  reporter: [['list']],
  timeout: 30_000,
  use: {
    baseURL: urlOf(SITES.main),
    trace: 'retain-on-failure',
    ...devices['Desktop Chrome'],
    launchOptions: {
      executablePath: chromiumPath,
      // Keeps the browser from calling home: the tests reach nothing outside this machine.
      args: ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
    },
  },
  webServer: Object.values(SITES).map((site) => ({
    command: `node tests/support/serve.ts ${site.name}`,
    cwd: ROOT,
    url: urlOf(site),
    reuseExistingServer: false,
    timeout: 180_000,
    stdout: 'ignore',
    stderr: 'pipe',
  })),
});
