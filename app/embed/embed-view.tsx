'use client';
// The embedded view: the explorer's canvas for one view state (the same dataset asset, positions, focus, filters,
// measure and colours), with the date, legend, credit line, hover, pan, zoom, click-to-focus with a compact card and a
// link to the full explorer; a story named in the URL plays here too. No side panels, editing or import.
import { MultiGraph } from '@/lib/graph/graphology';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { MEASURE_IDS } from '@/lib/analysis/measures';
import { changesView } from '@/lib/changes/changes-view';
import { stepViewState } from '@/lib/stories/step-view';
import { STORY_HIGHLIGHT_CLASS } from '@/lib/view/change-styles';
import { asOf } from '@/lib/graph/as-of';
import { egoNetwork } from '@/lib/graph/ego';
import { applyFilters } from '@/lib/graph/filter';
import { attributeMeasureIds } from '@/lib/graph/numeric-attributes';
import { pairEgo, pairSummary } from '@/lib/graph/pair';
import type { EntenteGraph } from '@/lib/graph/types';
import { tiesOf } from '@/lib/graph/ties-of';
import type { BundledAsset } from '@/lib/view/bundled-asset';
import { explorerPath } from '@/lib/view/embed';
import { creditLine } from '@/lib/view/export-image';
import { publishersOf } from '@/lib/view/image-captions';
import { TIE_STYLES } from '@/lib/view/tie-styles';
import type { ViewState } from '@/lib/view/view-state';
import { viewStateContext } from '@/lib/view/view-state-context';
import { GraphCanvas } from '../components/canvas/graph-canvas';
import { Legend } from '../components/canvas/legend';
import { useNodeEncoding } from '../components/canvas/use-node-encoding';
import { useViewMeasure } from '../components/panels/use-view-measure';
import { StoryPlayer } from '../components/change-over-time/story-player';
import { useStories } from '../components/change-over-time/use-stories';
import { useBundledAsset } from '../components/use-bundled-asset';
import { arrangementFor } from '@/lib/view/apply-focus-layout';

type Props = { today: string; initialState: ViewState; notices: string[]; query: string };

/** Fetches the bundled dataset asset (the explorer's, cached by the browser), then shows the view. */
export function EmbedGate({ bundledUrl, ...props }: Props & { bundledUrl: string }) {
  const { state, retry } = useBundledAsset(bundledUrl);
  if (state.status === 'loaded') return <EmbedView asset={state.asset} {...props} />;
  return (
    <div className="embed">
      <EmbedBar day={props.initialState.date ?? props.today} href={explorerPath(props.query)} />
      <main className="canvas-area embed-canvas" aria-label="Graph of states and organizations">
        <div className="graph-canvas graph-loading" data-testid="graph" data-ready="false" role={state.status === 'failed' ? 'alert' : 'status'}>
          {state.status === 'failed' ? (
            <>
              {state.message}{' '}
              <button type="button" onClick={retry}>
                Try again
              </button>
            </>
          ) : (
            'Loading the graph…'
          )}
        </div>
      </main>
      <footer className="embed-credit small" />
    </div>
  );
}

function EmbedBar({ day, href }: { day: string; href: string }) {
  return (
    <header className="embed-bar">
      <strong>Entente</strong>
      <span className="muted">
        as of <time dateTime={day}>{day}</time>
      </span>
      <a href={href} target="_blank" rel="noopener" className="embed-open">
        Open in Entente ↗
      </a>
    </header>
  );
}

export function EmbedView({ asset, today, initialState, notices, query }: Props & { asset: BundledAsset }) {
  const timeless = useMemo(() => MultiGraph.from(asset.graph) as EntenteGraph, [asset]);
  const [state, setState] = useState(initialState);
  const [focus, setFocus] = useState<string | null>(state.focus);
  const [pair, setPair] = useState<string | null>(state.pair);
  const stories = useStories(initialState.story !== null);
  const story = state.story ? stories.find(state.story) : undefined;
  const context = useMemo(() => viewStateContext(timeless, [...MEASURE_IDS, ...attributeMeasureIds(timeless)], today), [timeless, today]);
  const goTo = useCallback(
    (step: number) => {
      if (!story) return;
      const index = Math.min(Math.max(step, 1), story.steps.length);
      const next = stepViewState(story.steps[index - 1]!, story.id, index, context).state;
      setState(next);
      setFocus(next.focus);
      setPair(null);
    },
    [story, context],
  );
  const started = useRef(false);
  useEffect(() => {
    if (!story || started.current) return;
    started.current = true;
    goTo(initialState.step);
  }, [story, goTo, initialState.step]);
  const day = state.date ?? today;
  // The same derivation as the explorer's: the date (or the Changes mode), the filters, the focus or the pair.
  const since = state.since !== null && state.since < day ? state.since : null;
  const changed = useMemo(() => (since ? changesView(timeless, since, day) : null), [timeless, since, day]);
  const view = useMemo(() => changed?.graph ?? asOf(timeless, day), [changed, timeless, day]);
  const shown = useMemo(() => applyFilters(view, state.filters), [view, state.filters]);
  const center = focus && shown.hasNode(focus) ? focus : null;
  const focusEgo = useMemo(
    () => (center ? egoNetwork(shown, center, state.depth, state.direction, state.throughOrganizations) : null),
    [shown, center, state.depth, state.direction, state.throughOrganizations],
  );
  const pairKey = center && pair && pair !== center && timeless.hasNode(pair) ? pair : null;
  const pairEgoNet = useMemo(
    () => (center && pairKey ? pairEgo(shown, pairSummary(timeless, view, shown, center, pairKey, day)) : null),
    [timeless, view, shown, center, pairKey, day],
  );
  const ego = pairEgoNet ?? focusEgo;
  const arrangement = arrangementFor(state.layout, { pair: Boolean(pairEgoNet), focus: Boolean(focusEgo) });
  const { label: measureLabel, values } = useViewMeasure(shown, state);
  const { encoding } = useNodeEncoding(shown, state, values);
  const highlight = story?.steps[state.step - 1]?.view.highlight;
  const marks = useMemo(() => {
    if (!changed && !highlight) return null;
    const classes = new Map(changed?.classes ?? []);
    for (const key of highlight ?? []) classes.set(key, `${classes.get(key) ?? ''} ${STORY_HIGHLIGHT_CLASS}`.trim());
    return classes;
  }, [changed, highlight]);
  const credit = useMemo(() => creditLine(publishersOf(shown, shown.edges())), [shown]);
  const select = useCallback((key: string | null) => {
    setFocus(key);
    setPair(null);
  }, []);

  const params = new URLSearchParams(query);
  if (story) {
    params.set('story', story.id);
    params.set('step', String(state.step));
  }
  if (center) params.set('focus', center);
  else params.delete('focus');
  if (pairKey) params.set('pair', pairKey);
  else params.delete('pair');
  const explorerLink = explorerPath(params.toString());

  return (
    <div className="embed">
      <EmbedBar day={day} href={explorerLink} />
      {notices.length > 0 && (
        <p className="embed-notice small" role="status">
          {notices.join(' ')}
        </p>
      )}
      <main className="canvas-area embed-canvas" aria-label="Graph of states and organizations">
        <GraphCanvas
          graph={shown}
          presetPositions={asset.positions}
          encoding={encoding}
          layout={state.layout}
          layoutValues={values}
          layoutValuesLabel={measureLabel}
          ego={ego}
          focusOnly={state.focusOnly}
          arrangement={arrangement}
          blocs={null}
          marks={marks}
          onSelect={select}
        />
        <Legend showEnded={state.filters.showEnded} />
        {story && <StoryPlayer story={story} step={state.step} onStep={goTo} onClose={() => setState((s) => ({ ...s, story: null }))} />}
        {center && <NodeCard graph={shown} nodeKey={center} onClose={() => select(null)} href={explorerLink} />}
      </main>
      <footer className="embed-credit small">{credit}</footer>
    </div>
  );
}

/** The clicked node: its name, where it is, its ties on the date by kind with counts, and the way to the full view. */
function NodeCard({ graph, nodeKey, onClose, href }: { graph: EntenteGraph; nodeKey: string; onClose: () => void; href: string }) {
  const node = graph.getNodeAttributes(nodeKey);
  const groups = tiesOf(graph, nodeKey);
  const total = groups.reduce((n, g) => n + g.ties.length, 0);
  return (
    <section className="node-card" aria-label={`About ${node.name}`} data-testid="node-card" data-keep-clear>
      <button type="button" className="node-card-close" onClick={onClose} aria-label="Close">
        ×
      </button>
      <h2>
        {/* No emoji flag: not every system has the font (they would show as boxes), as in the explorer. */}
        {node.name}
      </h2>
      <p className="small muted">{node.kind === 'state' ? `${node.region}${node.subregion ? ` · ${node.subregion}` : ''}` : node.label}</p>
      <p className="small">{total === 0 ? 'No ties shown on this date.' : `${total} tie${total === 1 ? '' : 's'} shown on this date:`}</p>
      {total > 0 && (
        <ul className="small">
          {groups.map((g) => (
            <li key={g.kind} data-kind={g.kind}>
              <span className="swatch" style={{ background: TIE_STYLES[g.kind].color }} aria-hidden="true" /> {TIE_STYLES[g.kind].label}: {g.ties.length}
            </li>
          ))}
        </ul>
      )}
      <a href={href} target="_blank" rel="noopener" className="small">
        Open {node.name} in Entente ↗
      </a>
    </section>
  );
}
