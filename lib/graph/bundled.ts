// The one door to the bundled dataset on the server: loads data/ once, fails loudly if it is invalid, caches the graph.
import { loadDataset } from '@/lib/data/load';
import { formatProblem } from '@/lib/data/problems';
import { buildGraph } from './build';
import type { EntenteGraph } from './types';

let cached: Promise<EntenteGraph> | undefined;

async function load(): Promise<EntenteGraph> {
  const { dataset, problems } = await loadDataset();
  if (problems.length > 0) {
    throw new Error(`data/ is invalid (run npm run validate:data):\n${problems.slice(0, 20).map(formatProblem).join('\n')}`);
  }
  return buildGraph(dataset);
}

/** The timeless graph of the bundled dataset (every tie with all its periods). Do not mutate it. */
export function getBundledGraph(): Promise<EntenteGraph> {
  cached ??= load().catch((error: unknown) => {
    cached = undefined;
    throw error;
  });
  return cached;
}
