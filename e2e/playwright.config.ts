// Playwright configuration: the production build (scripts/serve.mjs, Next's handler) in the system's Chromium, no browser download.
// Spec files run in parallel workers (E2E_WORKERS, default 2); tests inside a file run in order, and a
// `test.describe.serial` block can share one loaded page (see sharedExplorer in helpers.ts).
// Tests tagged @screenshot (they rewrite tracked files) run only with E2E_SCREENSHOT=1 (npm run screenshot).
import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS } from '../scripts/chromium';

const port = Number(process.env.E2E_PORT ?? 3100);
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const screenshots = process.env.E2E_SCREENSHOT === '1';

export default defineConfig({
  testDir: '.',
  testMatch: '*.spec.ts',
  fullyParallel: false,
  workers: Number(process.env.E2E_WORKERS ?? 2),
  retries: 0,
  timeout: 90_000,
  expect: { timeout: 20_000 },
  ...(screenshots ? { grep: /@screenshot/ } : { grepInvert: /@screenshot/ }),
  outputDir: '../test-results',
  reporter: [['list'], ['json', { outputFile: '../.tmp/playwright.json' }]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    viewport: { width: 1440, height: 900 },
    // The canvas jumps to each final picture (prefers-reduced-motion, lib/view/motion.ts): no frames spent on glides.
    // A test of the animations themselves sets reducedMotion: 'no-preference' on its page.
    reducedMotion: 'reduce',
    launchOptions: {
      executablePath: chromiumPath,
      // The tests' pages live a few seconds: V8's top optimizing tier (Turbofan) compiles code they hardly run again, so it
      // stops at Maglev here, about 14 % less CPU per load of the full graph. npm run bench keeps the default tiers.
      args: [...CHROMIUM_ARGS, '--js-flags=--max-opt=2'],
    },
  },
  projects: [{ name: 'chromium', use: { browserName: 'chromium' } }],
  webServer: {
    command: `node scripts/serve.mjs -p ${port} -H 127.0.0.1`,
    cwd: '..',
    url: `http://127.0.0.1:${port}/api/graph`,
    reuseExistingServer: false,
    timeout: 90_000,
    env: { NEXT_TELEMETRY_DISABLED: '1', NODE_ENV: 'production' },
  },
});
