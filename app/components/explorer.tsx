'use client';
// The explorer: one view state (date, filters, focus, layout, measure, view) drives the graph, the table and the panels.
// The model is never written to; every view is derived from the timeless graph.
import { MultiGraph } from 'graphology';
import type { Core } from 'cytoscape';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { asOf } from '@/lib/graph/as-of';
import { changeDates } from '@/lib/graph/change-dates';
import { egoNetwork } from '@/lib/graph/ego';
import { applyFilters } from '@/lib/graph/filter';
import { membersByOrganization } from '@/lib/graph/membership';
import { searchEntries } from '@/lib/graph/search';
import type { EntenteGraph, SerializedEntenteGraph } from '@/lib/graph/types';
import { MEASURES, isMeasureId } from '@/lib/analysis/measures';
import type { MetricRequest } from '@/lib/analysis/metric-request';
import { shortestPath } from '@/lib/analysis/paths';
import { ATTRIBUTE_MEASURE_PREFIX } from '@/lib/graph/numeric-attributes';
import { categoryColors, colorsFor, sizesFor } from '@/lib/view/scales';
import { prepareAnalysisGraph } from '@/lib/analysis/analysis-graph';
import { detectCommunities, type CommunityResult } from '@/lib/analysis/communities';
import type { ViewState, ViewStateContext } from '@/lib/view/view-state';
import { viewStateContext } from '@/lib/view/view-state-context';
import { DetailsPanel } from './panels/details-panel';
import { DataExport } from './import-export/data-export';
import { ExportDialog } from './import-export/export-dialog';
import type { DataSource } from './data-source';
import { FilterPanel } from './panels/filter-panel';
import type { StoredGraph } from './import-export/imported-store';
import { ImportControl } from './import-export/import-control';
import { FocusControls } from './controls/focus-controls';
import { GraphCanvas } from './canvas/graph-canvas';
import { HelpDialog } from './dialogs/help-dialog';
import { ComparePanel } from './panels/compare-panel';
import { LayoutControls } from './controls/layout-controls';
import { MetricsPanel } from './panels/metrics-panel';
import { PathPanel } from './panels/path-panel';
import { SidePanel } from './panels/side-panel';
import { Legend } from './canvas/legend';
import { Notices } from './dialogs/notices';
import { SearchBox } from './controls/search-box';
import { TableView } from './panels/table-view';
import { TimeControl } from './controls/time-control';
import { useKeyboardShortcuts } from './controls/use-keyboard-shortcuts';
import { useMeasureValues } from './panels/use-measure-values';
import { useViewState } from './use-view-state';
import { isPlainGraph } from '@/lib/view/kind-words';

const NO_VALUES: Record<string, number> = {};
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

type Props = {
  graph: SerializedEntenteGraph;
  today: string;
  initialState: ViewState;
  initialNotices: string[];
  measures: readonly string[];
  source: DataSource;
  onImported: (stored: StoredGraph) => Promise<void>;
  onReturnToBundled: () => Promise<void>;
};

export function Explorer({ graph: serialized, today, initialState, initialNotices, measures, source, onImported, onReturnToBundled }: Props) {
  const timeless = useMemo(() => MultiGraph.from(serialized) as EntenteGraph, [serialized]);
  const context: ViewStateContext = useMemo(() => viewStateContext(timeless, measures, today), [timeless, measures, today]);
  const [notices, setNotices] = useState(initialNotices);
  const addNotices = useCallback((more: string[]) => setNotices((n) => [...n, ...more]), []);
  const [state, update] = useViewState(initialState, context, addNotices);
  const [announcement, setAnnouncement] = useState('');
  const [helpOpen, setHelpOpen] = useState(false);
  const [exportOpen, setExportOpen] = useState(false);
  const [cy, setCy] = useState<Core | null>(null);

  const day = state.date ?? today;
  const plain = isPlainGraph(timeless);
  const view = useMemo(() => asOf(timeless, day), [timeless, day]);
  const shown = useMemo(() => applyFilters(view, state.filters), [view, state.filters]);
  const focus = state.focus && shown.hasNode(state.focus) ? state.focus : null;
  const focusEgo = useMemo(() => (focus ? egoNetwork(shown, focus, state.depth, state.direction) : null), [shown, focus, state.depth, state.direction]);
  const measureId = isMeasureId(state.measure) ? state.measure : 'degree';
  const metricRequest: MetricRequest = useMemo(
    () => ({ measure: measureId, kinds: state.metricKinds, projection: state.projection, direction: MEASURES[measureId].needsDirected ? 'directed' : 'undirected' }),
    [measureId, state.metricKinds, state.projection],
  );
  const attribute = state.measure.startsWith(ATTRIBUTE_MEASURE_PREFIX) ? state.measure.slice(ATTRIBUTE_MEASURE_PREFIX.length) : null;
  const measure = useMeasureValues(shown, metricRequest, attribute);
  const values = measure.result?.values ?? NO_VALUES;
  const communities = useMemo((): CommunityResult | null => {
    if (state.colorBy !== 'community') return null;
    const analysis = prepareAnalysisGraph(shown, { kinds: state.metricKinds, projection: state.projection, direction: 'undirected' });
    return analysis.size > 0 ? detectCommunities(analysis) : { communities: {}, count: 0, modularity: null };
  }, [state.colorBy, shown, state.metricKinds, state.projection]);
  const encoding = useMemo(
    () => ({ sizes: sizesFor(values), colors: communities ? categoryColors(communities.communities) : colorsFor(values) }),
    [values, communities],
  );
  const path = useMemo(
    () => (state.pathFrom && state.pathTo && shown.hasNode(state.pathFrom) && shown.hasNode(state.pathTo) ? shortestPath(shown, state.pathFrom, state.pathTo) : null),
    [shown, state.pathFrom, state.pathTo],
  );
  const pathEgo = useMemo(
    () => (state.panel === 'path' && path && state.pathFrom ? { center: state.pathFrom, distances: Object.fromEntries([state.pathFrom, ...path.map((h) => h.to)].map((k, i) => [k, i])), edges: path.map((h) => h.edgeKey) } : null),
    [state.panel, path, state.pathFrom],
  );
  const ego = pathEgo ?? focusEgo;
  const blocs = useMemo(() => {
    if (state.panel !== 'compare') return null;
    const members = membersByOrganization(view);
    const ringed = (org: string) => (members.has(org) ? [org, ...members.get(org)!] : []);
    return { a: ringed(state.compare[0]), b: ringed(state.compare[1]) };
  }, [state.panel, state.compare, view]);
  const entries = useMemo(() => searchEntries(view), [view]);
  const changes = useMemo(() => changeDates(timeless), [timeless]);

  const subject = focus ? shown.getNodeAttribute(focus, 'label') : state.panel === 'compare' ? state.compare.join('-') : source.kind === 'imported' ? source.name.replace(/\.[a-z]+$/i, '') : 'world';

  const select = useCallback((key: string | null) => update((s) => ({ ...s, focus: key, panel: key && s.panel !== 'metrics' ? 'details' : s.panel })), [update]);

  useEffect(() => {
    setAnnouncement(`As of ${day}: showing ${shown.order} of ${view.order} nodes and ${shown.size} of ${view.size} ties.`);
  }, [day, shown, view]);
  useEffect(() => {
    if (ego) setAnnouncement(`Focused on ${shown.getNodeAttribute(ego.center, 'name')}: ${Object.keys(ego.distances).length - 1} nodes within ${state.depth} step${state.depth > 1 ? 's' : ''}.`);
  }, [ego, shown, state.depth]);

  useKeyboardShortcuts({
    openHelp: () => setHelpOpen(true),
    clearFocus: () => select(null),
    toggleTable: () => update((s) => ({ ...s, view: s.view === 'graph' ? 'table' : 'graph' })),
  });

  return (
    <div className="explorer">
      <header className="topbar">
        <h1 className="brand">Entente</h1>
        <p className="as-of">
          as of <time dateTime={day}>{day}</time>
        </p>
        <SearchBox entries={entries} onPick={select} />
        <div className="view-switch" role="group" aria-label="View">
          {(['graph', 'table'] as const).map((v) => (
            <button key={v} type="button" aria-pressed={state.view === v} onClick={() => update((s) => ({ ...s, view: v }))}>
              {v === 'graph' ? 'Graph' : 'Table'}
            </button>
          ))}
        </div>
        <ImportControl file={state.file} onImported={onImported} />
        <button type="button" onClick={() => setExportOpen(true)} aria-haspopup="dialog">
          Export
        </button>
        <button type="button" className="help-button" onClick={() => setHelpOpen(true)} aria-haspopup="dialog">
          Help <kbd>?</kbd>
        </button>
      </header>
      {source.kind === 'imported' && (
        <div className="source-banner" role="region" aria-label="Imported graph">
          Exploring your graph <strong>{source.name}</strong>: <span data-testid="imported-counts">{plural(timeless.order, 'node')} and {plural(timeless.size, plain ? 'edge' : 'tie')}</span> in the file, kept in
          this browser since {source.savedAt.slice(0, 10)}.{' '}
          <button type="button" onClick={() => void onReturnToBundled()}>
            Return to the bundled dataset
          </button>
        </div>
      )}
      <Notices notices={notices} onDismiss={() => setNotices([])} />
      <p className="visually-hidden" role="status" aria-live="polite" data-testid="announcement">
        {announcement}
      </p>
      <main className="workspace">
        <aside className="controls" aria-label="Date, filters and layout">
          {plain && !timeless.someEdge((_, a) => (a as { undated?: unknown }).undated !== true) ? (
            <p className="muted small" data-testid="undated-graph">This graph has no dates: it is shown as a whole.</p>
          ) : (
            <TimeControl day={day} today={today} changes={changes} onChange={(date, replace) => update((s) => ({ ...s, date: date === today ? null : date }), { replace })} />
          )}
          <FocusControls state={state} update={update} focusLabel={focus ? shown.getNodeAttribute(focus, 'label') : null} />
          <LayoutControls state={state} update={update} />
          <FilterPanel view={view} shown={shown} filters={state.filters} onChange={(filters) => update((s) => ({ ...s, filters }))} />
        </aside>
        <section className="canvas-area" aria-label={state.view === 'graph' ? 'Graph of states and organizations' : 'Table of states, organizations and ties'}>
          {state.view === 'graph' ? (
            <>
              <GraphCanvas graph={shown} encoding={encoding} layout={state.layout} layoutValues={values} ego={ego} focusOnly={state.focusOnly} blocs={blocs} onSelect={select} onCy={setCy} />
              <Legend showEnded={state.filters.showEnded} plain={plain} directed={plain && shown.someEdge((_, a) => a.directed)} />
            </>
          ) : (
            <TableView graph={shown} onSelect={select} />
          )}
        </section>
        <SidePanel panel={state.panel} onPanel={(panel) => update((s) => ({ ...s, panel }))}>
          {state.panel === 'details' && <DetailsPanel graph={shown} dayView={view} selected={focus} onSelect={select} />}
          {state.panel === 'metrics' && <MetricsPanel graph={shown} state={state} update={update} measure={measure} measures={measures} communities={communities} onSelect={select} />}
          {state.panel === 'path' && (
            <PathPanel
              graph={shown}
              entries={entries}
              from={state.pathFrom}
              to={state.pathTo}
              path={path}
              onChange={(pathFrom, pathTo) => update((s) => ({ ...s, pathFrom, pathTo }))}
              onSelect={select}
            />
          )}
          {state.panel === 'compare' && <ComparePanel graph={view} orgs={state.compare} onChange={(compare) => update((s) => ({ ...s, compare }))} onSelect={select} />}
        </SidePanel>
      </main>
      <HelpDialog open={helpOpen} onClose={() => setHelpOpen(false)} />
      <ExportDialog open={exportOpen} onClose={() => setExportOpen(false)} cy={state.view === 'graph' ? cy : null} meta={{ day, subject, kinds: state.filters.tieKinds }}>
        <DataExport graph={shown} cy={state.view === 'graph' ? cy : null} subject={subject} day={day} />
      </ExportDialog>
    </div>
  );
}
