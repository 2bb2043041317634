// Runs the Playwright suite against the production build in the system Chromium; builds first if there is no build.
// Usage: npm run test:e2e [-- <playwright args>]   (set E2E_SKIP_BUILD=1 to reuse an existing .next build)
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { ensureChromium } from './chromium';
import { ensurePoppler } from './poppler';

export function runE2e(args: string[], { build }: { build: boolean }): number {
  let chromium: string;
  try {
    chromium = ensureChromium();
  } catch (error) {
    console.error((error as Error).message);
    return 1;
  }
  const env = { ...process.env, CHROMIUM_PATH: chromium, NEXT_TELEMETRY_DISABLED: '1', POPPLER: ensurePoppler() ? '1' : '0' };
  if (build || !existsSync('.next/BUILD_ID')) {
    const built = spawnSync('npx', ['next', 'build'], { stdio: 'inherit', env });
    if (built.status !== 0) return built.status ?? 1;
  }
  const run = spawnSync('npx', ['playwright', 'test', '-c', 'e2e/playwright.config.ts', ...args], { stdio: 'inherit', env });
  return run.status ?? 1;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  process.exit(runE2e(process.argv.slice(2), { build: process.env.E2E_SKIP_BUILD !== '1' }));
}
