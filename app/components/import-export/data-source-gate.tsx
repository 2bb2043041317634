'use client';
// Chooses the graph the explorer opens on: the user's imported graph kept in the browser, or the bundled dataset.
// A saved graph that cannot be opened (or that crashes the explorer) gives way to the bundled dataset with a notice.
// The canvas picks its renderer (WebGL for large graphs) when it mounts; a new graph remounts it, without a reload.
// The bundled dataset is a cacheable JSON asset fetched in parallel with the look-up of a kept import.
import { graphFromSerialized } from '@/lib/graph/graph-from-serialized';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { MEASURE_IDS } from '@/lib/analysis/measures';
import { attributeMeasureIds } from '@/lib/graph/numeric-attributes';
import type { ViewState } from '@/lib/view/view-state';
import { viewStateContext } from '@/lib/view/view-state-context';
import { readViewStateFromUrl, writeViewStateToUrl } from '../use-view-state';
import { Explorer } from '../explorer';
import { ExplorerErrorBoundary } from '../explorer-error-boundary';
import { useBundledAsset } from '../use-bundled-asset';
import { clearImported, loadImported, saveImported, type SavedGraphProblem, type StoredGraph } from './imported-store';
import { reasonToAsk, watchOpening } from './open-watch';
import { SavedGraphNotice } from './saved-graph-notice';
import { takeImportNotices } from './import-notices';

type Props = { bundledUrl: string; today: string; initialState: ViewState; initialNotices: string[]; measures: readonly string[] };

export function DataSourceGate({ bundledUrl, today, initialState, initialNotices, measures }: Props) {
  const [stored, setStored] = useState<StoredGraph | null | undefined>(undefined);
  const [problem, setProblem] = useState<SavedGraphProblem | null>(null);
  const [crash, setCrash] = useState<string | null>(null);
  const [ask, setAsk] = useState<{ stored: StoredGraph; reason: string } | null>(null);
  const { state: bundledState, retry } = useBundledAsset(bundledUrl);
  const bundled = bundledState.status === 'loaded' ? bundledState.asset.graph : null;
  // Back on the bundled dataset after an import: the view state the URL had then, without the imported file.
  const [returnState, setReturnState] = useState<ViewState | null>(null);

  useEffect(() => {
    // The canvas (Cytoscape) loads while the dataset does, instead of after the explorer's first render asks for it.
    void import('../canvas/graph-canvas-client');
    void loadImported().then((loaded) => {
      if (loaded.status === 'invalid') setProblem(loaded);
      const reason = loaded.status === 'ok' ? reasonToAsk(loaded.stored.savedAt) : null;
      if (loaded.status === 'ok' && reason) setAsk({ stored: loaded.stored, reason });
      else setStored(loaded.status === 'ok' ? loaded.stored : null);
    });
  }, []);

  const adoptImported = useCallback(async (next: StoredGraph) => {
    setProblem(null);
    setStored(next);
    await saveImported(next);
  }, []);

  const returnToBundled = useCallback(async () => {
    await clearImported();
    // The URL's view state without the imported file, read against the bundled dataset (or, until it has loaded, the
    // imported graph), written by the one URL writer.
    const against = bundled ?? stored?.graph;
    const state: ViewState | null = against
      ? { ...readViewStateFromUrl(viewStateContext(graphFromSerialized(against), measures, today)).state, file: null }
      : null;
    if (state) writeViewStateToUrl(state, 'replace');
    setReturnState(state);
    setStored(null);
  }, [stored, bundled, measures, today]);

  const onExplorerError = useCallback(
    (error: Error) => {
      if (stored) {
        setProblem({ name: stored.name, problems: [`it could not be shown: ${error.message}`], raw: stored });
        setStored(null);
      } else setCrash(error.message);
    },
    [stored],
  );

  if (ask) {
    const { graph, name } = ask.stored;
    return (
      <div className="gate-loading" role="alertdialog" aria-labelledby="open-saved-title" data-testid="open-saved-prompt">
        <div>
          <h2 id="open-saved-title">Open your saved graph?</h2>
          <p>
            <strong>{name}</strong> ({graph.nodes.length.toLocaleString('en')} nodes, {graph.edges.length.toLocaleString('en')} ties) is saved in this browser,
            but {ask.reason}.
          </p>
          <div className="row">
            <button type="button" onClick={() => (setStored(ask.stored), setAsk(null))}>
              Open it
            </button>
            <button type="button" onClick={() => (setStored(null), setAsk(null))}>
              Start with the bundled dataset
            </button>
          </div>
          <p className="small">Starting with the bundled dataset keeps your graph saved; importing another file replaces it.</p>
        </div>
      </div>
    );
  }
  if (stored === null && bundledState.status === 'failed') {
    return (
      <div className="gate-loading" role="alert">
        {bundledState.message}{' '}
        <button type="button" onClick={retry}>
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
  const crashed = (
    <div className="gate-loading" role="alert" data-testid="explorer-crash">
      <p>
        The explorer stopped on an error{crash ? `: ${crash}` : ''}.{' '}
        <button type="button" onClick={() => window.location.reload()}>
          Reload the page
        </button>
      </p>
    </div>
  );
  const common = { today, onImported: adoptImported, onReturnToBundled: returnToBundled };
  return (
    <>
      {problem && <SavedGraphNotice problem={problem} onDone={() => setProblem(null)} />}
      <ExplorerErrorBoundary key={stored ? `imported:${stored.savedAt}` : 'bundled'} onError={onExplorerError} fallback={stored ? null : crashed}>
        {stored ? (
          <ImportedExplorer stored={stored} {...common} />
        ) : (
          bundledState.status === 'loaded' && (
            <Explorer
              key="bundled"
              graph={bundledState.asset.graph}
              positions={bundledState.asset.positions}
              initialState={returnState ?? initialState}
              initialNotices={returnState ? [] : initialNotices}
              measures={measures}
              source={{ kind: 'bundled' }}
              {...common}
            />
          )
        )}
      </ExplorerErrorBoundary>
    </>
  );
}

type ImportedProps = { stored: StoredGraph; today: string; onImported: (s: StoredGraph) => Promise<void>; onReturnToBundled: () => Promise<void> };

/** The explorer on the imported graph; the URL was read on the server against the bundled dataset's keys, so it is read again. */
function ImportedExplorer({ stored, today, onImported, onReturnToBundled }: ImportedProps) {
  useEffect(() => watchOpening(stored.savedAt), [stored.savedAt]);
  const { importedMeasures, parsed } = useMemo(() => {
    const imported = graphFromSerialized(stored.graph);
    const importedMeasures = [...MEASURE_IDS, ...attributeMeasureIds(imported)];
    const parsed = readViewStateFromUrl(viewStateContext(imported, importedMeasures, today));
    return { importedMeasures, parsed: { ...parsed, notices: [...takeImportNotices(), ...parsed.notices] } };
  }, [stored, today]);
  return (
    <Explorer
      key={`imported:${stored.savedAt}`}
      graph={stored.graph}
      today={today}
      initialState={parsed.state}
      initialNotices={parsed.notices}
      measures={importedMeasures}
      source={{ kind: 'imported', name: stored.name, savedAt: stored.savedAt }}
      onImported={onImported}
      onReturnToBundled={onReturnToBundled}
    />
  );
}
