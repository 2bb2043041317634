'use client';
// The explorer: one view state (date, filters, focus, layout, measure, view) drives the graph, the table and the panels.
// The model is never written to; every view is derived from the timeless graph.
import { graphFromSerialized } from '@/lib/graph/graph-from-serialized';
import type { Core } from 'cytoscape';
import { useCallback, useDeferredValue, useEffect, useMemo, useRef, useState, type MouseEvent } from 'react';
import { asOf } from '@/lib/graph/as-of';
import { changesView, countChanges } from '@/lib/changes/changes-view';
import { stepFromView } from '@/lib/stories/step-view';
import { STORY_HIGHLIGHT_CLASS } from '@/lib/view/change-styles';
import { changeDates } from '@/lib/graph/change-dates';
import { egoNetwork } from '@/lib/graph/ego';
import { idRecord } from '@/lib/graph/id-record';
import { applyFilters } from '@/lib/graph/filter';
import { membersByOrganization } from '@/lib/graph/membership';
import { pairEgo, pairSummary } from '@/lib/graph/pair';
import { absenceReason, nearestExistingDay } from '@/lib/graph/lifespan';
import { searchEntries } from '@/lib/graph/search';
import type { SerializedEntenteGraph } from '@/lib/graph/types';
import { allShortestPaths } from '@/lib/analysis/paths';
import type { ViewState, ViewStateContext } from '@/lib/view/view-state';
import { viewStateContext } from '@/lib/view/view-state-context';
import { DetailsPanel } from './panels/details-panel';
import { DataExport } from './import-export/data-export';
import { ExportDialog } from './import-export/export-dialog';
import type { DataSource } from './data-source';
import { FilterPanel } from './panels/filter-panel';
import type { StoredGraph } from './import-export/imported-store';
import { fileLinkWaiting, ImportControl } from './import-export/import-control';
import { FocusControls } from './controls/focus-controls';
import { GraphCanvas } from './canvas/graph-canvas';
import { HelpDialog } from './dialogs/help-dialog';
import { ComparePanel } from './panels/compare-panel';
import { LayoutControls } from './controls/layout-controls';
import { MetricsPanel } from './panels/metrics-panel';
import { PairPanel } from './panels/pair-panel';
import { PathPanel } from './panels/path-panel';
import { SidePanel } from './panels/side-panel';
import { Legend } from './canvas/legend';
import { Notices } from './dialogs/notices';
import { SearchBox } from './controls/search-box';
import { TableView } from './panels/table-view';
import { TimeControl } from './controls/time-control';
import { useKeyboardShortcuts } from './controls/use-keyboard-shortcuts';
import { useViewMeasure } from './panels/use-view-measure';
import { useNodeEncoding } from './canvas/use-node-encoding';
import { useViewState } from './use-view-state';
import { isPlainGraph } from '@/lib/view/kind-words';
import { ChangesPanel } from './change-over-time/changes-panel';
import { HistoryPanel } from './change-over-time/history-panel';
import { StoriesPanel } from './change-over-time/stories-panel';
import { StoryPlayer } from './change-over-time/story-player';
import { useStories } from './change-over-time/use-stories';
import { useStoryPlayback } from './change-over-time/use-story-playback';
import { arrangementFor } from '@/lib/view/apply-focus-layout';

/** Below this width the controls and panels become drawers (same value as in globals.css). */
const NARROW_SCREEN = '(max-width: 1100px)';
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

type Props = {
  graph: SerializedEntenteGraph;
  today: string;
  initialState: ViewState;
  initialNotices: string[];
  measures: readonly string[];
  source: DataSource;
  /** Precomputed force-directed positions (the bundled dataset's), so that the first draw needs no layout run. */
  positions?: Readonly<Record<string, { x: number; y: number }>>;
  onImported: (stored: StoredGraph) => Promise<void>;
  onReturnToBundled: () => Promise<void>;
};

export function Explorer({ graph: serialized, today, initialState, initialNotices, measures, source, positions, onImported, onReturnToBundled }: Props) {
  const timeless = useMemo(() => graphFromSerialized(serialized), [serialized]);
  const context: ViewStateContext = useMemo(() => viewStateContext(timeless, measures, today), [timeless, measures, today]);
  const [notices, setNotices] = useState(initialNotices);
  const addNotices = useCallback((more: string[]) => setNotices((n) => [...n, ...more]), []);
  const [state, update] = useViewState(initialState, context, addNotices);
  // A ?file= link opens its graph without drawing the bundled one first; if the link fails, the bundled graph is drawn.
  const [awaitingFileLink, setAwaitingFileLink] = useState(() => fileLinkWaiting(state.file));
  const settleFileLink = useCallback(() => setAwaitingFileLink(false), []);
  const [announcement, setAnnouncement] = useState('');
  const [helpOpen, setHelpOpen] = useState(false);
  const [exportOpen, setExportOpen] = useState(false);
  const [cy, setCy] = useState<Core | null>(null);
  // On narrow screens the controls and the panels are drawers over the graph; on wide screens they are always shown.
  const [drawer, setDrawer] = useState<'controls' | 'panels' | null>(null);
  const [tableFocusPending, setTableFocusPending] = useState(false);

  const day = state.date ?? today;
  const plain = isPlainGraph(timeless);
  const undatedPlain = useMemo(() => plain && !timeless.someEdge((_, a) => (a as { undated?: unknown }).undated !== true), [plain, timeless]);
  const since = state.since !== null && state.since < day ? state.since : null;
  const changed = useMemo(() => (since ? changesView(timeless, since, day) : null), [timeless, since, day]);
  const view = useMemo(() => changed?.graph ?? asOf(timeless, day), [changed, timeless, day]);
  const shown = useMemo(() => applyFilters(view, state.filters), [view, state.filters]);
  const focus = state.focus && shown.hasNode(state.focus) ? state.focus : null;
  const focusEgo = useMemo(
    () => (focus ? egoNetwork(shown, focus, state.depth, state.direction, state.throughOrganizations) : null),
    [shown, focus, state.depth, state.direction, state.throughOrganizations],
  );
  const { request: metricRequest, label: measureLabel, measure, values } = useViewMeasure(shown, state);
  const { communities, encoding } = useNodeEncoding(shown, state, values);
  const paths = useMemo(
    () =>
      state.pathFrom && state.pathTo && shown.hasNode(state.pathFrom) && shown.hasNode(state.pathTo)
        ? allShortestPaths(shown, state.pathFrom, state.pathTo, { friendlyOnly: state.pathFriendly }, 10)
        : null,
    [shown, state.pathFrom, state.pathTo, state.pathFriendly],
  );
  // The path tool highlights every listed path: each node at its step from the start.
  const pathEgo = useMemo(() => {
    if (state.panel !== 'path' || !paths || !state.pathFrom) return null;
    const distances = idRecord<number>();
    distances[state.pathFrom] = 0;
    const edges = new Set<string>();
    for (const path of paths.paths) path.forEach((hop, i) => ((distances[hop.to] ??= i + 1), edges.add(hop.edgeKey)));
    return { center: state.pathFrom, distances, edges: [...edges].sort() };
  }, [state.panel, paths, state.pathFrom]);
  const pairKey = focus && state.pair && state.pair !== focus && timeless.hasNode(state.pair) ? state.pair : null;
  const pair = useMemo(() => (focus && pairKey ? pairSummary(timeless, view, shown, focus, pairKey, day) : null), [timeless, view, shown, focus, pairKey, day]);
  const pairHighlight = useMemo(() => (pair ? pairEgo(shown, pair) : null), [shown, pair]);
  const ego = pathEgo ?? pairHighlight ?? focusEgo;
  const arrangement = arrangementFor(state.layout, { path: Boolean(pathEgo), pair: Boolean(pairHighlight), focus: Boolean(focusEgo) });
  const blocs = useMemo(() => {
    if (state.panel !== 'compare') return null;
    const members = membersByOrganization(view);
    const ringed = (org: string) => (members.has(org) ? [org, ...members.get(org)!] : []);
    return { a: ringed(state.compare[0]), b: ringed(state.compare[1]) };
  }, [state.panel, state.compare, view]);
  // The search list and the filter panel follow a date step in a background render, after the graph's frame.
  const laterView = useDeferredValue(view);
  const laterShown = useDeferredValue(shown);
  const entries = useMemo(() => searchEntries(timeless, laterView), [timeless, laterView]);
  const entriesOnDate = useMemo(() => entries.filter((e) => e.onDate), [entries]);
  const changes = useMemo(() => changeDates(timeless), [timeless]);
  const shownCounts = useMemo(() => (changed ? countChanges(shown, changed.classes) : null), [changed, shown]);
  const stories = useStories(state.story !== null || state.panel === 'stories');
  const playback = useStoryPlayback(stories, state, update, context, addNotices);
  const marks = useMemo(() => {
    if (!changed && playback.highlight.length === 0) return null;
    const classes = new Map(changed?.classes ?? []);
    for (const key of playback.highlight) classes.set(key, `${classes.get(key) ?? ''} ${STORY_HIGHLIGHT_CLASS}`.trim());
    return classes;
  }, [changed, playback.highlight]);

  const subject = focus
    ? shown.getNodeAttribute(focus, 'label')
    : state.panel === 'compare'
      ? state.compare.join('-')
      : source.kind === 'imported'
        ? source.name.replace(/\.[a-z]+$/i, '')
        : 'world';

  const select = useCallback(
    (key: string | null) => {
      update((s) => ({ ...s, focus: key, pair: null, panel: key && s.panel !== 'metrics' ? 'details' : s.panel }));
      if (key && window.matchMedia(NARROW_SCREEN).matches) setDrawer('panels');
    },
    [update],
  );
  // On the graph, a second node clicked while one is focused opens the pair; the focus itself closes it.
  const selectOnGraph = useCallback(
    (key: string | null) =>
      key && focus && key !== focus
        ? update((s) => ({ ...s, pair: key, panel: 'details' }))
        : key && key === focus
          ? update((s) => ({ ...s, pair: null }))
          : select(key),
    [focus, select, update],
  );
  // A tie clicked on the graph opens the pair of its ends: every tie between the two, listed.
  const selectTie = useCallback(
    (source: string, target: string) => {
      const [a, b] = focus === target ? [target, source] : [source, target];
      update((s) => ({ ...s, focus: a, pair: b, panel: 'details' }));
      if (window.matchMedia(NARROW_SCREEN).matches) setDrawer('panels');
    },
    [focus, update],
  );
  const toggleDrawer = (which: 'controls' | 'panels') => setDrawer((d) => (d === which ? null : which));
  /** Skip links: show the target (switching view or opening the drawer), then move the keyboard focus to it. */
  const skipTo = (event: MouseEvent, target: 'graph' | 'panels' | 'table') => {
    event.preventDefault();
    if (target === 'table') {
      update((s) => ({ ...s, view: 'table' }));
      setTableFocusPending(true);
      return;
    }
    if (target === 'graph' && state.view !== 'graph') update((s) => ({ ...s, view: 'graph' }));
    if (target === 'panels') setDrawer('panels');
    requestAnimationFrame(() => document.getElementById(target === 'graph' ? 'graph-area' : 'side-panel')?.focus());
  };
  useEffect(() => {
    if (!tableFocusPending || state.view !== 'table') return;
    document.querySelector<HTMLInputElement>('.table-view input[type="search"]')?.focus();
    setTableFocusPending(false);
  }, [tableFocusPending, state.view]);

  useEffect(() => {
    setAnnouncement(`As of ${day}: showing ${shown.order} of ${view.order} nodes and ${shown.size} of ${view.size} ties.`);
  }, [day, shown, view]);
  useEffect(() => {
    if (ego)
      setAnnouncement(
        `Focused on ${shown.getNodeAttribute(ego.center, 'name')}: ${Object.keys(ego.distances).length - 1} nodes within ${state.depth} step${state.depth > 1 ? 's' : ''}.`,
      );
  }, [ego, shown, state.depth]);

  // A node found by search that did not exist on the date: move the date to the nearest day it existed.
  const pickFromSearch = useCallback(
    (key: string) => {
      if (view.hasNode(key) || !timeless.hasNode(key)) return select(key);
      const moved = nearestExistingDay(timeless.getNodeAttributes(key), day);
      update((s) => ({ ...s, date: moved === today ? null : moved, focus: key, pair: null, panel: s.panel !== 'metrics' ? 'details' : s.panel }));
    },
    [view, timeless, day, today, select, update],
  );
  // Say so when the date leaves the focused node out, instead of dropping the focus silently.
  const toldAbsent = useRef<string | null>(null);
  useEffect(() => {
    const key = state.focus;
    if (!key || !timeless.hasNode(key) || view.hasNode(key)) {
      toldAbsent.current = null;
      return;
    }
    const reason = absenceReason(timeless.getNodeAttributes(key), day);
    if (reason && toldAbsent.current !== key) {
      toldAbsent.current = key;
      addNotices([`${reason} It is not on the graph of ${day}; the focus comes back on a date when it existed.`]);
    }
  }, [state.focus, view, timeless, day, addNotices]);

  useKeyboardShortcuts({
    openHelp: () => setHelpOpen(true),
    clearFocus: () => select(null),
    toggleTable: () => update((s) => ({ ...s, view: s.view === 'graph' ? 'table' : 'graph' })),
  });

  return (
    <div className="explorer">
      <nav className="skip-links" aria-label="Skip links">
        <a href="#graph-area" onClick={(event) => skipTo(event, 'graph')}>
          Skip to the graph
        </a>
        <a href="#side-panel" onClick={(event) => skipTo(event, 'panels')}>
          Skip to the panels
        </a>
        <a href="#graph-area" onClick={(event) => skipTo(event, 'table')}>
          Skip to the table
        </a>
      </nav>
      <header className="topbar">
        <h1 className="brand">Entente</h1>
        {!undatedPlain && (
          <p className="as-of">
            as of <time dateTime={day}>{day}</time>
          </p>
        )}
        <SearchBox entries={entries} onPick={pickFromSearch} />
        <div className="view-switch" role="group" aria-label="View">
          {(['graph', 'table'] as const).map((v) => (
            <button key={v} type="button" aria-pressed={state.view === v} onClick={() => update((s) => ({ ...s, view: v }))}>
              {v === 'graph' ? 'Graph' : 'Table'}
            </button>
          ))}
        </div>
        <button type="button" className="drawer-toggle" aria-expanded={drawer === 'controls'} aria-controls="controls" onClick={() => toggleDrawer('controls')}>
          Filters
        </button>
        <button
          type="button"
          className="drawer-toggle"
          aria-expanded={drawer === 'panels'}
          aria-controls="side-panel-drawer"
          onClick={() => toggleDrawer('panels')}
        >
          Panels
        </button>
        <ImportControl file={state.file} onImported={onImported} onFileLinkSettled={settleFileLink} />
        <button type="button" onClick={() => setExportOpen(true)} aria-haspopup="dialog">
          Export
        </button>
        <button type="button" className="help-button" onClick={() => setHelpOpen(true)} aria-haspopup="dialog">
          Help <kbd>?</kbd>
        </button>
      </header>
      {source.kind === 'imported' && (
        <div className="source-banner" role="region" aria-label="Imported graph">
          Exploring your graph <strong>{source.name}</strong>:{' '}
          <span data-testid="imported-counts">
            {plural(timeless.order, 'node')} and {plural(timeless.size, plain ? 'edge' : 'tie')}
          </span>{' '}
          in the file, kept in this browser since {source.savedAt.slice(0, 10)}.{' '}
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
        <aside className="controls" id="controls" data-open={drawer === 'controls'} aria-label="Date, filters and layout">
          {undatedPlain ? (
            <p className="muted small" data-testid="undated-graph">
              This graph has no dates: it is shown as a whole.
            </p>
          ) : (
            <TimeControl
              day={day}
              today={today}
              changes={changes}
              onChange={(date, replace) => update((s) => ({ ...s, date: date === today ? null : date }), { replace })}
            />
          )}
          <FocusControls state={state} update={update} focusLabel={focus ? shown.getNodeAttribute(focus, 'label') : null} />
          <LayoutControls state={state} update={update} />
          <FilterPanel view={laterView} shown={laterShown} filters={state.filters} onChange={(filters) => update((s) => ({ ...s, filters }))} />
        </aside>
        <section
          className="canvas-area"
          id="graph-area"
          tabIndex={-1}
          aria-label={state.view === 'graph' ? 'Graph of states and organizations' : 'Table of states, organizations and ties'}
        >
          {state.view === 'graph' && awaitingFileLink ? (
            <div className="graph-canvas graph-loading" data-testid="graph" data-ready="false" role="status">
              Opening the linked file…
            </div>
          ) : state.view === 'graph' ? (
            <>
              <GraphCanvas
                graph={shown}
                presetPositions={positions}
                encoding={encoding}
                layout={state.layout}
                layoutValues={values}
                layoutValuesLabel={measureLabel}
                ego={ego}
                focusOnly={state.focusOnly}
                arrangement={arrangement}
                onSelectTie={selectTie}
                blocs={blocs}
                marks={marks}
                onSelect={selectOnGraph}
                onCy={setCy}
              />
              <Legend showEnded={state.filters.showEnded} plain={plain} directed={plain && shown.someEdge((_, a) => a.directed)} />
              {playback.story && (
                <StoryPlayer story={playback.story} step={state.step} onStep={(step) => playback.goTo(playback.story!.id, step)} onClose={playback.close} />
              )}
            </>
          ) : (
            <TableView graph={shown} onSelect={select} />
          )}
        </section>
        <SidePanel
          panel={state.panel}
          onPanel={(panel) => update((s) => ({ ...s, panel }))}
          drawerOpen={drawer === 'panels'}
          onCloseDrawer={() => setDrawer(null)}
        >
          {state.panel === 'details' && pair && (
            <PairPanel labels={view} pair={pair} day={day} onFocus={select} onClose={() => update((s) => ({ ...s, pair: null }))} />
          )}
          {state.panel === 'details' && !pair && (
            <DetailsPanel
              graph={shown}
              dayView={view}
              selected={focus}
              onSelect={select}
              entries={entriesOnDate}
              onPair={(key) => update((s) => ({ ...s, pair: key }))}
            />
          )}
          {state.panel === 'metrics' && (
            <MetricsPanel graph={shown} state={state} update={update} measure={measure} measures={measures} communities={communities} onSelect={select} />
          )}
          {state.panel === 'path' && (
            <PathPanel
              graph={shown}
              entries={entriesOnDate}
              from={state.pathFrom}
              to={state.pathTo}
              paths={paths}
              friendly={state.pathFriendly}
              onFriendly={(pathFriendly) => update((s) => ({ ...s, pathFriendly }))}
              onChange={(pathFrom, pathTo) => update((s) => ({ ...s, pathFrom, pathTo }))}
              onSelect={select}
            />
          )}
          {state.panel === 'changes' && (
            <ChangesPanel
              timeless={timeless}
              shownKinds={state.filters.tieKinds}
              hiddenSubtypes={state.filters.hiddenSubtypes}
              since={state.since}
              day={day}
              focus={focus}
              counts={shownCounts}
              onSince={(value) => update((s) => ({ ...s, since: value }))}
              onSelect={select}
            />
          )}
          {state.panel === 'history' && (
            <HistoryPanel
              timeless={timeless}
              entries={entries}
              focus={focus}
              defaultNodes={state.compare}
              metric={metricRequest}
              today={today}
              onPickDate={(date) => update((s) => ({ ...s, date: date === today ? null : date }))}
            />
          )}
          {state.panel === 'stories' && (
            <StoriesPanel
              stories={stories}
              playing={playback.story?.id ?? null}
              step={state.step}
              onPlay={(id, step) => playback.goTo(id, step)}
              currentStep={() => stepFromView(state, today, '', '')}
            />
          )}
          {state.panel === 'compare' && (
            <ComparePanel graph={view} orgs={state.compare} onChange={(compare) => update((s) => ({ ...s, compare }))} onSelect={select} />
          )}
        </SidePanel>
      </main>
      <HelpDialog open={helpOpen} onClose={() => setHelpOpen(false)} />
      <ExportDialog
        open={exportOpen}
        onClose={() => setExportOpen(false)}
        cy={state.view === 'graph' ? cy : null}
        meta={{
          day,
          subject,
          graph: shown,
          filters: state.filters,
          focusLabel: focus ? shown.getNodeAttribute(focus, 'name') : null,
          blocs:
            blocs && state.panel === 'compare'
              ? {
                  a: view.hasNode(state.compare[0]) ? view.getNodeAttribute(state.compare[0], 'label') : state.compare[0],
                  b: view.hasNode(state.compare[1]) ? view.getNodeAttribute(state.compare[1], 'label') : state.compare[1],
                }
              : null,
          measureLabel,
          values,
          colorBy: state.colorBy,
          communityCount: communities?.count ?? 0,
          geographic: state.layout === 'geographic',
        }}
      >
        <DataExport graph={shown} cy={state.view === 'graph' ? cy : null} subject={subject} day={day} />
      </ExportDialog>
    </div>
  );
}
