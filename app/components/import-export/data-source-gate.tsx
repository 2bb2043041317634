'use client';
// Chooses the graph the explorer opens on: the user's imported graph kept in the browser, or the bundled dataset.
// Switching between graphs of different size classes reloads the page, since the renderer is chosen once per load.
import { MultiGraph } from 'graphology';
import { useCallback, useEffect, useState } from 'react';
import type { EntenteGraph, SerializedEntenteGraph } from '@/lib/graph/types';
import { MEASURE_IDS } from '@/lib/analysis/measures';
import { attributeMeasureIds } from '@/lib/graph/numeric-attributes';
import { isLargeGraph } from '@/lib/view/layout';
import type { ViewState } from '@/lib/view/view-state';
import { viewStateContext } from '@/lib/view/view-state-context';
import { readViewStateFromUrl, writeViewStateToUrl } from '../use-view-state';
import { Explorer } from '../explorer';
import { clearImported, loadImported, saveImported, type StoredGraph } from './imported-store';

type Props = { bundled: SerializedEntenteGraph; today: string; initialState: ViewState; initialNotices: string[]; measures: readonly string[] };

const sizeClass = (g: SerializedEntenteGraph) => isLargeGraph(g.nodes.length, g.edges.length);

export function DataSourceGate({ bundled, today, initialState, initialNotices, measures }: Props) {
  const [stored, setStored] = useState<StoredGraph | null | undefined>(undefined);
  // Back on the bundled dataset after an import: the view state the URL had then, without the imported file.
  const [bundledState, setBundledState] = useState<ViewState | null>(null);

  useEffect(() => {
    void loadImported().then((s) => setStored(s ?? null));
  }, []);

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
    const context = viewStateContext(MultiGraph.from(bundled) as EntenteGraph, measures, today);
    const state: ViewState = { ...readViewStateFromUrl(context).state, file: null };
    writeViewStateToUrl(state, 'replace');
    if (stored && sizeClass(stored.graph) !== sizeClass(bundled)) window.location.reload();
    else {
      setBundledState(state);
      setStored(null);
    }
  }, [stored, bundled, measures, today]);

  if (stored === undefined) {
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
    const parsed = readViewStateFromUrl(viewStateContext(imported, importedMeasures, today));
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
  return (
    <Explorer
      key="bundled"
      graph={bundled}
      today={today}
      initialState={bundledState ?? initialState}
      initialNotices={bundledState ? [] : initialNotices}
      measures={measures}
      source={{ kind: 'bundled' }}
      onImported={adoptImported}
      onReturnToBundled={returnToBundled}
    />
  );
}
