// Shared types for `npm run bench` scenario modules (scripts/bench/*.ts), per the benchmark contract.
export type BenchContext = { baseUrl: string; browser: import('@playwright/test').Browser; runs: number; gephiLiteUrl?: string; tmpDir: string };
export type BenchRow = { group: string; name: string; unit: 'ms' | 'MB' | 'kB' | 'fps'; median: number; min: number; max: number;
  longestTaskMs?: number; budget?: number; gephiLiteMedian?: number; ratio?: number; note?: string };
export type BenchScenario = { run(ctx: BenchContext): Promise<BenchRow[]> };
