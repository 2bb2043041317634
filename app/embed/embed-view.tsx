'use client';
// The embedded view: the explorer's canvas for one view state, with the date, legend, credit line, a compact card for
// the clicked node and a link to the full explorer; a story named in the URL plays here too. No side panels, editing
// or import.
import { MultiGraph } from '@/lib/graph/graphology';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { MEASURE_IDS, MEASURES, isMeasureId } from '@/lib/analysis/measures';
import { stepViewState } from '@/lib/stories/step-view';
import { STORY_HIGHLIGHT_CLASS } from '@/lib/view/change-styles';
import type { MetricRequest } from '@/lib/analysis/metric-request';
import { asOf } from '@/lib/graph/as-of';
import { egoNetwork } from '@/lib/graph/ego';
import { applyFilters } from '@/lib/graph/filter';
import { ATTRIBUTE_MEASURE_PREFIX, attributeMeasureIds } from '@/lib/graph/numeric-attributes';
import type { EntenteGraph, SerializedEntenteGraph } from '@/lib/graph/types';
import { tiesOf } from '@/lib/graph/ties-of';
import { explorerPath } from '@/lib/view/embed';
import { creditLine } from '@/lib/view/export-image';
import { publishersOf } from '@/lib/view/image-captions';
import { colorsFor, sizesFor } from '@/lib/view/scales';
import { TIE_STYLES } from '@/lib/view/tie-styles';
import type { ViewState } from '@/lib/view/view-state';
import { viewStateContext } from '@/lib/view/view-state-context';
import { GraphCanvas } from '../components/canvas/graph-canvas';
import { Legend } from '../components/canvas/legend';
import { useMeasureValues } from '../components/panels/use-measure-values';
import { StoryPlayer } from '../components/change-over-time/story-player';
import { useStories } from '../components/change-over-time/use-stories';

type Props = { graph: SerializedEntenteGraph; today: string; initialState: ViewState; notices: string[]; query: string };

const NO_VALUES: Record<string, number> = {};

export function EmbedView({ graph: serialized, today, initialState, notices, query }: Props) {
  const timeless = useMemo(() => MultiGraph.from(serialized) as EntenteGraph, [serialized]);
  const [state, setState] = useState(initialState);
  const [focus, setFocus] = useState<string | null>(state.focus);
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
    },
    [story, context],
  );
  const started = useRef(false);
  useEffect(() => {
    if (!story || started.current) return;
    started.current = true;
    goTo(initialState.step);
  }, [story, goTo, initialState.step]);
  const highlight = story?.steps[state.step - 1]?.view.highlight;
  const marks = useMemo(() => (highlight ? new Map(highlight.map((key) => [key, STORY_HIGHLIGHT_CLASS])) : null), [highlight]);
  const day = state.date ?? today;
  const view = useMemo(() => asOf(timeless, day), [timeless, day]);
  const shown = useMemo(() => applyFilters(view, state.filters), [view, state.filters]);
  const center = focus && shown.hasNode(focus) ? focus : null;
  const ego = useMemo(() => (center ? egoNetwork(shown, center, state.depth, state.direction) : null), [shown, center, state.depth, state.direction]);
  const measureId = isMeasureId(state.measure) ? state.measure : 'degree';
  const request: MetricRequest = useMemo(
    () => ({ measure: measureId, kinds: state.metricKinds, projection: state.projection, direction: MEASURES[measureId].needsDirected ? 'directed' : 'undirected' }),
    [measureId, state.metricKinds, state.projection],
  );
  const attribute = state.measure.startsWith(ATTRIBUTE_MEASURE_PREFIX) ? state.measure.slice(ATTRIBUTE_MEASURE_PREFIX.length) : null;
  const measure = useMeasureValues(shown, request, attribute);
  const values = measure.result?.values ?? NO_VALUES;
  const encoding = useMemo(() => ({ sizes: sizesFor(values), colors: colorsFor(values) }), [values]);
  const credit = useMemo(() => creditLine(publishersOf(shown, shown.edges())), [shown]);
  const select = useCallback((key: string | null) => setFocus(key), []);

  const params = new URLSearchParams(query);
  if (story) {
    params.set('story', story.id);
    params.set('step', String(state.step));
  }
  if (center) params.set('focus', center);
  else params.delete('focus');
  const explorerLink = explorerPath(params.toString());

  return (
    <div className="embed">
      <header className="embed-bar">
        <strong>Entente</strong>
        <span className="muted">
          as of <time dateTime={day}>{day}</time>
        </span>
        <a href={explorerLink} target="_blank" rel="noopener" className="embed-open">
          Open in Entente ↗
        </a>
      </header>
      {notices.length > 0 && (
        <p className="embed-notice small" role="status">
          {notices.join(' ')}
        </p>
      )}
      <main className="canvas-area embed-canvas" aria-label="Graph of states and organizations">
        <GraphCanvas graph={shown} encoding={encoding} layout={state.layout} layoutValues={values} layoutValuesLabel={attribute ?? MEASURES[measureId].label} ego={ego} focusOnly={state.focusOnly} blocs={null} marks={marks} onSelect={select} />
        <Legend />
        {story && <StoryPlayer story={story} step={state.step} onStep={goTo} onClose={() => setState((s) => ({ ...s, story: null }))} />}
        {center && <NodeCard graph={shown} nodeKey={center} onClose={() => setFocus(null)} href={explorerLink} />}
      </main>
      <footer className="embed-credit small">{credit}</footer>
    </div>
  );
}

function NodeCard({ graph, nodeKey, onClose, href }: { graph: EntenteGraph; nodeKey: string; onClose: () => void; href: string }) {
  const node = graph.getNodeAttributes(nodeKey);
  const groups = tiesOf(graph, nodeKey);
  return (
    <section className="node-card" aria-label={`About ${node.name}`} data-testid="node-card">
      <button type="button" className="node-card-close" onClick={onClose} aria-label="Close">
        ×
      </button>
      <h2>
        {node.kind === 'state' ? node.flag : '◆'} {node.name}
      </h2>
      <p className="small muted">{node.kind === 'state' ? `${node.region}${node.subregion ? ` · ${node.subregion}` : ''}` : node.label}</p>
      <ul className="small">
        {groups.map((g) => (
          <li key={g.kind}>
            <span className="swatch" style={{ background: TIE_STYLES[g.kind].color }} aria-hidden="true" /> {TIE_STYLES[g.kind].label}: {g.ties.length}
          </li>
        ))}
        {groups.length === 0 && <li>No ties shown on this date.</li>}
      </ul>
      <a href={href} target="_blank" rel="noopener" className="small">
        Ties, dates and sources in Entente ↗
      </a>
    </section>
  );
}
