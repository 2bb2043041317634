// Runs the Playwright suite against the production build in the system Chromium; builds first if there is no build.
// Usage: npm run test:e2e [-- <playwright args>]   (set E2E_SKIP_BUILD=1 to reuse an existing .next build)
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { ensureChromium } from './chromium';
import { ensurePoppler } from './poppler';

/** Runs a command with the terminal's streams and resolves with its exit code (async, so other lanes keep running). */
function run(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: 'inherit', env });
    child.on('close', (code) => resolve(code ?? 1));
  });
}

export async function runE2e(args: string[], { build }: { build: boolean }): Promise<number> {
  let chromium: string;
  try {
    chromium = ensureChromium();
  } catch (error) {
    console.error((error as Error).message);
    return 1;
  }
  const env = { ...process.env, CHROMIUM_PATH: chromium, NEXT_TELEMETRY_DISABLED: '1', POPPLER: ensurePoppler() ? '1' : '0' };
  if (build || !existsSync('.next/BUILD_ID')) {
    const built = await run('npx', ['next', 'build'], env);
    if (built !== 0) return built;
  }
  return run('npx', ['playwright', 'test', '-c', 'e2e/playwright.config.ts', ...args], env);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  process.exit(await runE2e(process.argv.slice(2), { build: process.env.E2E_SKIP_BUILD !== '1' }));
}
