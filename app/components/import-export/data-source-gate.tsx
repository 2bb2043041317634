'use client';
// Chooses the graph the explorer opens on: the user's imported graph kept in the browser, or the bundled dataset.
// Switching between graphs of different size classes reloads the page, since the renderer is chosen once per load.
// The bundled dataset is a cacheable JSON asset fetched in parallel with the look-up of a kept import.
import { MultiGraph } from 'graphology';
import { useCallback, useEffect, useState } from 'react';
import type { EntenteGraph, SerializedEntenteGraph } from '@/lib/graph/types';
import type { BundledAsset } from '@/lib/view/bundled-asset';
import { MEASURE_IDS } from '@/lib/analysis/measures';
import { attributeMeasureIds } from '@/lib/graph/numeric-attributes';
import { isLargeGraph } from '@/lib/view/layout';
import { parseViewState, type ViewState } from '@/lib/view/view-state';
import type { DataSource } from '../data-source';
import { Explorer } from '../explorer';
import { clearImported, loadImported, saveImported, type StoredGraph } from './imported-store';

type Props = { bundledUrl: string; today: string; initialState: ViewState; initialNotices: string[]; measures: readonly string[] };

/** The bundled dataset is small; an unknown graph counts as small too. */
const sizeClass = (g: SerializedEntenteGraph | null) => (g ? isLargeGraph(g.nodes.length, g.edges.length) : false);

type BundledState = { status: 'loading' } | { status: 'loaded'; asset: BundledAsset } | { status: 'failed'; message: string };

async function fetchBundled(url: string): Promise<BundledAsset> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`the server answered ${response.status} ${response.statusText} for ${url}`);
  return (await response.json()) as BundledAsset;
}

export function DataSourceGate({ bundledUrl, today, initialState, initialNotices, measures }: Props) {
  const [stored, setStored] = useState<StoredGraph | null | undefined>(undefined);
  const [bundledState, setBundledState] = useState<BundledState>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const bundled = bundledState.status === 'loaded' ? bundledState.asset.graph : null;

  useEffect(() => {
    void loadImported().then((s) => setStored(s ?? null));
  }, []);

  useEffect(() => {
    let current = true;
    setBundledState({ status: 'loading' });
    fetchBundled(bundledUrl).then(
      (asset) => current && setBundledState({ status: 'loaded', asset }),
      (error: unknown) => current && setBundledState({ status: 'failed', message: `Could not load the bundled dataset: ${(error as Error).message}.` }),
    );
    return () => {
      current = false;
    };
  }, [bundledUrl, attempt]);

  const adoptImported = useCallback(
    async (next: StoredGraph) => {
      await saveImported(next);
      if (sizeClass(next.graph) !== sizeClass(stored?.graph ?? bundled)) window.location.reload();
      else setStored(next);
    },
    [stored, bundled],
  );

  const returnToBundled = useCallback(async () => {
    await clearImported();
    const url = new URL(window.location.href);
    url.searchParams.delete('file');
    window.history.replaceState(null, '', url);
    if (stored && sizeClass(stored.graph) !== sizeClass(bundled)) window.location.reload();
    else setStored(null);
  }, [stored, bundled]);

  if (stored === null && bundledState.status === 'failed') {
    return (
      <div className="gate-loading" role="alert">
        {bundledState.message}{' '}
        <button type="button" onClick={() => setAttempt((a) => a + 1)}>
          Try again
        </button>
      </div>
    );
  }
  if (stored === undefined || (stored === null && bundledState.status !== 'loaded')) {
    return (
      <div className="gate-loading" role="status">
        Loading…
      </div>
    );
  }
  if (stored) {
    // The URL was read on the server against the bundled dataset's keys; read it again against the imported graph's.
    const imported = MultiGraph.from(stored.graph) as EntenteGraph;
    const importedMeasures = [...MEASURE_IDS, ...attributeMeasureIds(imported)];
    const parsed = parseViewState(new URLSearchParams(window.location.search), { nodeKeys: new Set(imported.nodes()), measures: importedMeasures, today });
    return (
      <Explorer
        key={`imported:${stored.savedAt}`}
        graph={stored.graph}
        today={today}
        initialState={parsed.state}
        initialNotices={parsed.notices}
        measures={importedMeasures}
        source={{ kind: 'imported', name: stored.name, savedAt: stored.savedAt }}
        onImported={adoptImported}
        onReturnToBundled={returnToBundled}
      />
    );
  }
  if (bundledState.status !== 'loaded') return null;
  return (
    <Explorer
      key="bundled"
      graph={bundledState.asset.graph}
      positions={bundledState.asset.positions}
      today={today}
      initialState={initialState}
      initialNotices={initialNotices}
      measures={measures}
      source={{ kind: 'bundled' }}
      onImported={adoptImported}
      onReturnToBundled={returnToBundled}
    />
  );
}
