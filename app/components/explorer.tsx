'use client';
// The explorer: one view state (date, filters, focus, layout, measure, view) drives the graph, the table and the panels.
// The model is never written to; every view is derived from the timeless graph.
import { MultiGraph } from 'graphology';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { asOf } from '@/lib/graph/as-of';
import { changeDates } from '@/lib/graph/change-dates';
import { egoNetwork } from '@/lib/graph/ego';
import { applyFilters } from '@/lib/graph/filter';
import { searchEntries } from '@/lib/graph/search';
import type { EntenteGraph, SerializedEntenteGraph } from '@/lib/graph/types';
import { sizesFor } from '@/lib/view/elements';
import type { ViewState, ViewStateContext } from '@/lib/view/view-state';
import { DetailsPanel } from './details-panel';
import { FilterPanel } from './filter-panel';
import { FocusControls } from './focus-controls';
import { GraphCanvas } from './graph-canvas';
import { HelpDialog } from './help-dialog';
import { LayoutControls } from './layout-controls';
import { Legend } from './legend';
import { Notices } from './notices';
import { SearchBox } from './search-box';
import { TableView } from './table-view';
import { TimeControl } from './time-control';
import { useKeyboardShortcuts } from './use-keyboard-shortcuts';
import { useMeasureValues } from './use-measure-values';
import { useViewState } from './use-view-state';

type Props = { graph: SerializedEntenteGraph; today: string; initialState: ViewState; initialNotices: string[]; measures: readonly string[] };

export function Explorer({ graph: serialized, today, initialState, initialNotices, measures }: Props) {
  const timeless = useMemo(() => MultiGraph.from(serialized) as EntenteGraph, [serialized]);
  const context: ViewStateContext = useMemo(() => ({ nodeKeys: new Set(timeless.nodes()), measures, today }), [timeless, measures, today]);
  const [notices, setNotices] = useState(initialNotices);
  const addNotices = useCallback((more: string[]) => setNotices((n) => [...n, ...more]), []);
  const [state, update] = useViewState(initialState, context, addNotices);
  const [announcement, setAnnouncement] = useState('');
  const [helpOpen, setHelpOpen] = useState(false);

  const day = state.date ?? today;
  const view = useMemo(() => asOf(timeless, day), [timeless, day]);
  const shown = useMemo(() => applyFilters(view, state.filters), [view, state.filters]);
  const focus = state.focus && shown.hasNode(state.focus) ? state.focus : null;
  const ego = useMemo(() => (focus ? egoNetwork(shown, focus, state.depth, state.direction) : null), [shown, focus, state.depth, state.direction]);
  const values = useMeasureValues(shown, state.measure);
  const sizes = useMemo(() => sizesFor(values.values), [values.values]);
  const entries = useMemo(() => searchEntries(view), [view]);
  const changes = useMemo(() => changeDates(timeless), [timeless]);

  const select = useCallback((key: string | null) => update((s) => ({ ...s, focus: key })), [update]);

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
        <button type="button" className="help-button" onClick={() => setHelpOpen(true)} aria-haspopup="dialog">
          Help <kbd>?</kbd>
        </button>
      </header>
      <Notices notices={notices} onDismiss={() => setNotices([])} />
      <p className="visually-hidden" role="status" aria-live="polite" data-testid="announcement">
        {announcement}
      </p>
      <main className="workspace">
        <aside className="controls" aria-label="Date, filters and layout">
          <TimeControl day={day} today={today} changes={changes} onChange={(date, replace) => update((s) => ({ ...s, date: date === today ? null : date }), { replace })} />
          <FocusControls state={state} update={update} focusLabel={focus ? shown.getNodeAttribute(focus, 'label') : null} />
          <LayoutControls state={state} update={update} measures={measures} measureStatus={values.status} />
          <FilterPanel view={view} shown={shown} filters={state.filters} onChange={(filters) => update((s) => ({ ...s, filters }))} />
        </aside>
        <section className="canvas-area" aria-label={state.view === 'graph' ? 'Graph of states and organizations' : 'Table of states, organizations and ties'}>
          {state.view === 'graph' ? (
            <>
              <GraphCanvas graph={shown} sizes={sizes} layout={state.layout} layoutValues={values.values} ego={ego} focusOnly={state.focusOnly} onSelect={select} />
              <Legend />
            </>
          ) : (
            <TableView graph={shown} onSelect={select} />
          )}
        </section>
        <DetailsPanel graph={shown} dayView={view} selected={focus} onSelect={select} />
      </main>
      <HelpDialog open={helpOpen} onClose={() => setHelpOpen(false)} />
    </div>
  );
}
