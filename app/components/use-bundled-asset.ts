'use client';
// Fetches the bundled dataset (timeless graph + precomputed positions), a content-hashed cacheable JSON asset; a failed
// fetch says why and can be tried again.
import { useEffect, useState } from 'react';
import type { BundledAsset } from '@/lib/view/bundled-asset';

export type BundledState = { status: 'loading' } | { status: 'loaded'; asset: BundledAsset } | { status: 'failed'; message: string };

async function fetchBundled(url: string): Promise<BundledAsset> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`the server answered ${response.status} ${response.statusText} for ${url}`);
  return (await response.json()) as BundledAsset;
}

/** The asset's state, and `retry` to fetch it again after a failure. */
export function useBundledAsset(url: string): { state: BundledState; retry: () => void } {
  const [state, setState] = useState<BundledState>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let current = true;
    setState({ status: 'loading' });
    fetchBundled(url).then(
      (asset) => current && setState({ status: 'loaded', asset }),
      (error: unknown) => current && setState({ status: 'failed', message: `Could not load the bundled dataset: ${(error as Error).message}.` }),
    );
    return () => {
      current = false;
    };
  }, [url, attempt]);
  return { state, retry: () => setAttempt((a) => a + 1) };
}
