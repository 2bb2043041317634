// Shared types for `npm run bench` scenario modules (scripts/bench/*.ts), per the benchmark contract.
import type { Browser } from '@playwright/test';

export type BenchContext = { baseUrl: string; browser: Browser; runs: number; gephiLiteUrl?: string; tmpDir: string };
export type BenchRow = {
  group: string;
  name: string;
  unit: 'ms' | 'MB' | 'kB' | 'fps';
  median: number;
  min: number;
  max: number;
  longestTaskMs?: number;
  budget?: number;
  gephiLiteMedian?: number;
  ratio?: number;
  note?: string;
};
export type BenchScenario = { run(ctx: BenchContext): Promise<BenchRow[]> };
