// Vitest configuration: unit tests sit beside the code they test (lib/**/*.test.ts, scripts/**/*.test.ts).
import path from 'node:path';
import { defineConfig } from 'vitest/config';

const root = path.resolve(import.meta.dirname, '..');

export default defineConfig({
  root,
  resolve: { alias: { '@': root } },
  test: {
    include: ['lib/**/*.test.ts', 'scripts/**/*.test.ts'],
    environment: 'node',
    // Test files share their workers' module cache (no per-file isolation): half the CPU time of isolated forks, and
    // no test here depends on a fresh module state.
    pool: 'threads',
    isolate: false,
    // a few tests load the whole bundled dataset: seconds on a busy 2-core machine
    testTimeout: 20_000,
  },
});
