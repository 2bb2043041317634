// The one test command (npm test): data validation, type check, lint and unit tests in one lane, while the other
// builds for production and runs the end-to-end tests on that build (two lanes on two cores); then the five slowest tests, the
// duration, a check that no tracked file changed, and one summary line "tests: N passed, M failed". Exits non-zero on
// any failure.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { runE2e } from './run-e2e';

type Tally = { passed: number; failed: number };
const tally: Tally = { passed: 0, failed: 0 };
const failures: string[] = [];

/**
 * Runs a command with its output held back and printed whole when it ends, so that two lanes do not interleave. A
 * `background` step runs at a lower CPU priority (nice 10): the build and the end-to-end tests are the longer lane, and
 * the checks fill the time their browsers and server leave idle.
 */
function step(name: string, command: string, args: string[], env: Record<string, string> = {}, background = false): Promise<boolean> {
  const started = performance.now();
  return new Promise((resolve) => {
    const [program, argv] = background && process.platform !== 'win32' ? ['nice', ['-n', '10', command, ...args]] : [command, args];
    const child = spawn(program, argv, { env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0', ...env } });
    const output: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => output.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => output.push(chunk));
    child.on('close', (code) => {
      const ok = code === 0;
      console.log(
        `\n▶ ${name} (${((performance.now() - started) / 1000).toFixed(0)} s${ok ? '' : ', FAILED'})\n${Buffer.concat(output).toString('utf8').trimEnd()}`,
      );
      if (!ok) failures.push(name);
      resolve(ok);
    });
  });
}

/** A check that is not a test suite counts as one test. */
async function check(name: string, command: string, args: string[]): Promise<boolean> {
  const ok = await step(name, command, args, {}, true);
  tally[ok ? 'passed' : 'failed'] += 1;
  return ok;
}

function readJson(path: string): Record<string, unknown> | undefined {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
  } catch {
    return undefined;
  }
}

/** Adds a suite's counts from its JSON report; a suite that crashed without a report counts as one failure. */
function addSuite(name: string, ok: boolean, passed: number | undefined, failed: number | undefined) {
  if (passed === undefined || failed === undefined) {
    tally.failed += 1;
    if (ok) failures.push(`${name} (no report)`);
    return;
  }
  tally.passed += passed;
  tally.failed += failed;
}

type Timed = { title: string; seconds: number };

/** Every test's duration from the Playwright and Vitest JSON reports. */
function durations(): Timed[] {
  const timed: Timed[] = [];
  type Suite = { title?: string; file?: string; specs?: { title: string; tests: { results: { duration: number }[] }[] }[]; suites?: Suite[] };
  const walk = (suite: Suite, file: string) => {
    for (const spec of suite.specs ?? []) {
      const ms = spec.tests.flatMap((t) => t.results).reduce((sum, r) => sum + r.duration, 0);
      timed.push({ title: `e2e ${file} › ${spec.title}`, seconds: ms / 1000 });
    }
    for (const child of suite.suites ?? []) walk(child, suite.file ?? file);
  };
  for (const suite of (readJson('.tmp/playwright.json')?.suites as Suite[] | undefined) ?? []) walk(suite, suite.file ?? '');
  type UnitFile = { name: string; assertionResults?: { fullName: string; duration?: number | null }[] };
  for (const file of (readJson('.tmp/vitest.json')?.testResults as UnitFile[] | undefined) ?? []) {
    for (const t of file.assertionResults ?? [])
      timed.push({ title: `unit ${path.relative(process.cwd(), file.name)} › ${t.fullName}`, seconds: (t.duration ?? 0) / 1000 });
  }
  return timed.sort((a, b) => b.seconds - a.seconds);
}

const gitStatus = () => spawnSync('git', ['status', '--porcelain'], { encoding: 'utf8' }).stdout ?? '';
const started = performance.now();
const statusBefore = gitStatus();

rmSync('.tmp/vitest.json', { force: true });
rmSync('.tmp/playwright.json', { force: true });
mkdirSync('.tmp', { recursive: true });

async function checksLane() {
  await check('validate:data', 'npx', ['tsx', 'scripts/validate-data.ts']);
  await check('typecheck', 'npm', ['run', '-s', 'typecheck']);
  // ESLint lists each problem as file, line:column, message and rule; any warning fails the check.
  await check('lint', 'npm', ['run', '-s', 'lint']);
  // Prettier names each file whose layout differs from `npm run format`'s.
  await check('format', 'npm', ['run', '-s', 'format:check']);
  const unitOk = await step(
    'unit tests (vitest)',
    'npx',
    ['vitest', 'run', '--config', 'scripts/vitest.config.ts', '--reporter=dot', '--reporter=json', '--outputFile.json=.tmp/vitest.json'],
    {},
    true,
  );
  const unit = readJson('.tmp/vitest.json');
  addSuite('unit tests', unitOk, unit?.numPassedTests as number | undefined, unit?.numFailedTests as number | undefined);
}

/** The production build, then the end-to-end tests on it, while the checks lane runs on the other core. */
async function browserLane(): Promise<boolean> {
  // The build skips its own type check (ENTENTE_TYPECHECKED, read by next.config.mjs): the checks lane runs tsc.
  if (!(await step('production build', 'npx', ['next', 'build'], { ENTENTE_TYPECHECKED: '1' }))) return false;
  console.log('\n▶ end-to-end tests (production build, Chromium), beside the rest of the checks');
  return (await runE2e([], { build: false })) === 0;
}

console.log('▶ data, types, lint and unit tests, beside the production build and then the end-to-end tests…');
const [e2eOk] = await Promise.all([browserLane(), checksLane()]);
if (!e2eOk) failures.push('end-to-end tests');
const stats = readJson('.tmp/playwright.json')?.stats as { expected?: number; unexpected?: number; flaky?: number } | undefined;
addSuite('end-to-end tests', e2eOk, stats?.expected, stats === undefined ? undefined : (stats.unexpected ?? 0) + (stats.flaky ?? 0));

console.log('\nslowest tests:');
for (const t of durations().slice(0, 5)) console.log(`  ${t.seconds.toFixed(1).padStart(6)} s  ${t.title}`);
console.log(`npm test took ${((performance.now() - started) / 60_000).toFixed(1)} min`);

// npm test must not rewrite tracked files (the README screenshot has its own command, npm run screenshot).
const statusAfter = gitStatus();
if (statusAfter !== statusBefore) {
  failures.push('git status changed during the run');
  tally.failed += 1;
  console.log(`\ngit status changed during the run:\n${statusAfter}`);
}

if (failures.length > 0) console.log(`\nfailed: ${failures.join(', ')}`);
console.log(`tests: ${tally.passed} passed, ${tally.failed} failed`);
process.exit(failures.length > 0 || tally.failed > 0 ? 1 : 0);
