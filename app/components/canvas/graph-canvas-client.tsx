'use client';
// The Cytoscape canvas: keeps the drawn elements in step with the filtered graph, runs layouts, applies focus, and
// reports readiness and visible counts as data attributes for tests and scripts.
import type { Core, EdgeSingular, EventObject, NodeSingular, Position } from 'cytoscape';
import { useEffect, useRef, useState } from 'react';
import type { Ego } from '@/lib/graph/ego';
import type { EntenteGraph } from '@/lib/graph/types';
import { NO_ENCODING, edgeTooltipOf, type NodeEncoding } from '@/lib/view/elements';
import { applyFocus } from '@/lib/view/focus';
import { applyLabelPlacement, currentView, fitNodes, fittedView, fitNow, showFittedView } from '@/lib/view/apply-labels';
import { arrangeFocus, leaveArrangement, type FocusArrangementKind, type Home } from '@/lib/view/apply-focus-layout';
import { animatePreset, hasFilePositions, isLargeGraph, placeStartingPositions, runLayout } from '@/lib/view/layout';
import { syncElements } from '@/lib/view/sync-elements';
import { isForceLayoutLoaded, loadForceLayout, registerExtensions } from '@/lib/view/register';
import { stylesheetFor } from '@/lib/view/stylesheet';
import { chooseRenderer } from '@/lib/view/renderer-choice';
import type { LayoutName } from '@/lib/view/view-state';
import type { LayoutJob, LayoutReply } from './layout.worker';
import { installTestHook } from './test-hook';
import { WorldOutline } from './world-outline';
import { GuideLabels, LayoutGuides } from './layout-guides';
import { elementOf, keyOf, renderId } from '@/lib/view/render-id';
import { setClassesOf } from '@/lib/view/class-diff';

const BLOC_CLASSES = ['bloc-a', 'bloc-b'] as const;

export type GraphCanvasProps = {
  graph: EntenteGraph;
  /** Precomputed force-directed positions by node key (the bundled dataset's): drawn as they are, no layout run. */
  presetPositions?: Readonly<Record<string, Position>>;
  encoding: NodeEncoding;
  layout: LayoutName;
  layoutValues: Record<string, number>;
  /** The measure's human name, for the concentric rings' labels. */
  layoutValuesLabel?: string;
  ego: Ego | null;
  focusOnly: boolean;
  /** How the force-directed layout arranges a focus view: rings around the focus, or a pair side by side (null: as laid out). */
  arrangement?: FocusArrangementKind | null;
  /** Opens what ties the two ends of a clicked tie (the pair view). */
  onSelectTie?: (source: string, target: string) => void;
  /** Members of two compared blocs, ringed in two colours. */
  blocs: { a: string[]; b: string[] } | null;
  /** Classes to put on elements by id (the Changes mode's new/gone/changed ties, a story step's highlights). */
  marks?: ReadonlyMap<string, string> | null;
  onSelect: (key: string | null) => void;
  /** Hands the Cytoscape instance to the explorer (for image export), and null when it goes. */
  onCy?: (cy: Core | null) => void;
};

/** `syncs` counts how often the drawn elements were brought in step with the graph (read by npm run bench). */
type Drawn = { nodes: number; edges: number; version: number; syncs: number };
type LayoutProgress = { status: 'idle' } | { status: 'running'; started: number } | { status: 'done' | 'stopped' | 'failed'; message: string };

type Tooltip = { x: number; y: number; text: string } | null;

function visibleCounts(cy: Core) {
  return { nodes: cy.nodes().not('.hidden').length, edges: cy.edges().not('.hidden').length };
}

export function GraphCanvasClient({
  graph,
  presetPositions,
  encoding,
  layout,
  layoutValues,
  layoutValuesLabel,
  ego,
  focusOnly,
  arrangement = null,
  onSelectTie,
  blocs,
  marks = null,
  onSelect,
  onCy,
}: GraphCanvasProps) {
  const onSelectTieRef = useRef(onSelectTie);
  onSelectTieRef.current = onSelectTie;
  // Where the layout had each node before a focus arrangement moved it (apply-focus-layout.ts).
  const home = useRef<Home>(new Map());
  // Whether the canvas shows a focus view, and each node's steps from the focus: what labels are placed by.
  const labelling = useRef<{ focusView: boolean; distances?: Readonly<Record<string, number>> }>({ focusView: false });
  const onCyRef = useRef(onCy);
  onCyRef.current = onCy;
  // Cytoscape's container, inside the element that carries the canvas's data attributes: Cytoscape redraws everything
  // 100 ms after any attribute of its container changes, and those attributes change with every interaction.
  const containerRef = useRef<HTMLDivElement>(null);
  const frameRef = useRef<HTMLDivElement>(null);
  const cyRef = useRef<Core | null>(null);
  const onSelectRef = useRef(onSelect);
  onSelectRef.current = onSelect;
  const graphRef = useRef(graph);
  graphRef.current = graph;
  const last = useRef<{ graph: EntenteGraph | null; layout: LayoutName | null; values: Record<string, number> | null }>({
    graph: null,
    layout: null,
    values: null,
  });
  const [drawn, setDrawn] = useState<Drawn | null>(null);
  const [neighbours, setNeighbours] = useState<string[]>([]);
  const [tooltip, setTooltip] = useState<Tooltip>(null);
  const [progress, setProgress] = useState<LayoutProgress>({ status: 'idle' });
  const [, tick] = useState(0);
  const layoutWorker = useRef<Worker | null>(null);
  const layoutJob = useRef(0);
  const fitted = useRef(false);
  const fitGeneration = useRef(0);
  // fcose loads on first use; a force layout asked for before it arrives runs when it does (from scratch if it was the first draw).
  const [forceReady, setForceReady] = useState(isForceLayoutLoaded);
  const deferredFromScratch = useRef(false);
  // Chosen once, when the canvas is made (a new graph remounts the canvas).
  const [large] = useState(() => isLargeGraph(graph.order, graph.size));

  useEffect(() => {
    const cytoscape = registerExtensions();
    const choice = chooseRenderer(large);
    const webgl = choice.renderer === 'webgl';
    const darkScheme = window.matchMedia('(prefers-color-scheme: dark)');
    const cy = cytoscape({
      container: containerRef.current,
      style: stylesheetFor(darkScheme.matches ? 'dark' : 'light', large),
      minZoom: 0.02,
      maxZoom: 2.5,
      boxSelectionEnabled: false,
      ...choice.options,
    } as cytoscape.CytoscapeOptions);
    frameRef.current?.setAttribute('data-renderer', webgl ? 'webgl' : 'canvas');
    // Once a WebGL canvas was made on this page, Cytoscape gives every later canvas renderer an unused WebGL layer too.
    if (!webgl) containerRef.current?.querySelectorAll('canvas[data-id="layer3"]').forEach((layer) => layer.remove());
    cy.on('tap', 'node', (event: EventObject) => onSelectRef.current(keyOf(event.target as NodeSingular)));
    cy.on('tap', 'edge', (event: EventObject) =>
      onSelectTieRef.current?.(keyOf((event.target as EdgeSingular).source()), keyOf((event.target as EdgeSingular).target())),
    );
    cy.on('tap', (event: EventObject) => {
      if (event.target === cy) onSelectRef.current(null);
    });
    cy.on('mouseover', 'node', (event: EventObject) => {
      const node = event.target;
      const p = node.renderedPosition();
      setTooltip({ x: p.x, y: p.y, text: `${node.data('name') as string} · ${node.degree(false)} ties shown` });
    });
    cy.on('mouseover', 'edge', (event: EventObject) => {
      const p = event.target.renderedMidpoint();
      const text = edgeTooltipOf(keyOf(event.target as EdgeSingular), graphRef.current);
      if (text) setTooltip({ x: p.x, y: p.y, text });
    });
    cy.on('mouseout', 'node, edge', () => setTooltip(null));
    cy.on('pan zoom', () => setTooltip(null));
    // A focus view's labels follow the zoom: hidden ones come back as the user zooms in (apply-labels.ts).
    let relabel: ReturnType<typeof setTimeout> | undefined;
    const relabelSoon = () => {
      clearTimeout(relabel);
      relabel = setTimeout(() => {
        if (cy.destroyed() || !labelling.current.focusView) return;
        if (cy.nodes(':animated').nonempty()) return relabelSoon();
        applyLabelPlacement(cy, true, { view: currentView(cy, containerRef.current), distances: labelling.current.distances });
      }, 200);
    };
    cy.on('viewport', relabelSoon);
    const onScheme = () => cy.style(stylesheetFor(darkScheme.matches ? 'dark' : 'light', large));
    darkScheme.addEventListener('change', onScheme);
    cyRef.current = cy;
    onCyRef.current?.(cy);
    const removeHook = installTestHook(cy);
    return () => {
      layoutWorker.current?.terminate();
      layoutWorker.current = null;
      removeHook();
      darkScheme.removeEventListener('change', onScheme);
      clearTimeout(relabel);
      onCyRef.current?.(null);
      cyRef.current = null;
      last.current = { graph: null, layout: null, values: null };
      cy.destroy();
    };
  }, [large]);

  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    const previous = last.current;
    const firstDraw = previous.graph === null;
    const layoutChanged = firstDraw || previous.layout !== layout || (layout === 'concentric' && previous.values !== layoutValues);
    const preset = layout === 'force' ? presetPositions : undefined;
    const presetCovers = preset !== undefined && graph.everyNode((key) => Object.hasOwn(preset, key));
    const placed = firstDraw ? null : new Set(cy.nodes().map((n) => n.id()));
    // Force-directed positions stay put when only the date or the filters change: new nodes come in at their
    // precomputed place or next to their neighbours, nothing is laid out again (a stable picture, no frozen page).
    const keepPositions = layout === 'force' && !layoutChanged;
    let relaidOut = false;
    if (keepPositions || (layoutChanged && presetCovers)) {
      const { added } = syncElements(cy, graph, encoding, (key) => (preset && Object.hasOwn(preset, key) ? preset[key] : undefined));
      const unplaced = added.nodes().filter((n) => !preset || !Object.hasOwn(preset, keyOf(n)));
      if (unplaced.nonempty())
        placeStartingPositions(
          cy,
          new Set(
            cy
              .nodes()
              .difference(unplaced)
              .map((n) => n.id()),
          ),
        );
      if (layoutChanged && preset) {
        if (!firstDraw) animatePreset(cy, preset); // the first draw is fitted once, by the focus effect below
        relaidOut = true;
      }
    } else {
      const needsLayout = layoutChanged || previous.graph !== graph;
      // Layouts see every node at its plain size, so that the picture does not depend on when a measure's sizes arrive.
      syncElements(cy, graph, needsLayout ? NO_ENCODING : encoding);
      if (needsLayout && !large && layout === 'force' && !forceReady && !(firstDraw && hasFilePositions(cy))) {
        placeStartingPositions(cy, placed);
        deferredFromScratch.current ||= firstDraw;
        void loadForceLayout().then(() => setForceReady(true));
        last.current = { graph, layout: null, values: layoutValues };
        setDrawn((d) => ({ ...visibleCounts(cy), version: (d?.version ?? 0) + 1, syncs: (d?.syncs ?? 0) + 1 }));
        return;
      }
      const fromScratch = firstDraw || deferredFromScratch.current;
      deferredFromScratch.current = false;
      if (needsLayout && large && layout === 'force' && !(firstDraw && hasFilePositions(cy))) {
        placeStartingPositions(cy, placed);
        if (firstDraw) fitNow(cy, 24);
        runInWorker(cy);
      } else if (needsLayout) {
        runLayout(cy, {
          name: layout,
          graph,
          values: layoutValues,
          valuesLabel: layoutValuesLabel,
          placed: fromScratch ? null : placed,
          animate: !fromScratch,
        });
      }
      if (needsLayout) syncElements(cy, graph, encoding);
      relaidOut = needsLayout;
    }
    last.current = { graph, layout, values: layoutValues };
    if (relaidOut) home.current.clear(); // the layout placed every node anew
    // `version` counts layouts: focus refits the view after a layout, not after a mere restyle or a date step.
    setDrawn((d) => ({ ...visibleCounts(cy), version: (d?.version ?? 0) + (relaidOut ? 1 : 0), syncs: (d?.syncs ?? 0) + 1 }));
  }, [graph, encoding, layout, layoutValues, layoutValuesLabel, large, forceReady, presetPositions]);

  useEffect(() => {
    const cy = cyRef.current;
    if (!cy || !drawn) return;
    // Only the nodes whose rings change are restyled (this runs after every date step and filter change).
    const rings = new Map<string, string[]>();
    for (const [group, keys] of [
      ['bloc-a', blocs?.a ?? []],
      ['bloc-b', blocs?.b ?? []],
    ] as const) {
      for (const key of keys) rings.set(renderId(key), [...(rings.get(renderId(key)) ?? []), group]);
    }
    cy.batch(() => cy.nodes().forEach((node) => void setClassesOf(node, BLOC_CLASSES, rings.get(node.id()) ?? [])));
  }, [blocs, drawn]);

  const marked = useRef(new Map<string, string>());
  useEffect(() => {
    const cy = cyRef.current;
    if (!cy || !drawn) return;
    cy.batch(() => {
      for (const [id, classes] of marked.current) elementOf(cy, id).removeClass(classes);
      for (const [id, classes] of marks ?? []) elementOf(cy, id).addClass(classes);
    });
    marked.current = new Map(marks ?? []);
  }, [marks, drawn]);

  useEffect(() => {
    const cy = cyRef.current;
    if (!cy || !drawn) return;
    setNeighbours(applyFocus(cy, ego, focusOnly));
    const counts = visibleCounts(cy);
    setDrawn((d) => (d && (d.nodes !== counts.nodes || d.edges !== counts.edges) ? { ...d, ...counts } : d));
    const center = ego ? elementOf(cy, ego.center) : null;
    const focusView = Boolean(center && center.nonempty());
    const target = () => (focusView ? cy.nodes('.focus, .neighbor') : cy.elements().not('.hidden'));
    // data-fitted names the focus ('' for none) once its view has been fitted and every node has arrived: scripts and
    // tests wait for it instead of guessing how long the animations take.
    const container = containerRef.current;
    const frame = frameRef.current;
    const generation = ++fitGeneration.current;
    frame?.setAttribute('data-fitted', 'pending');
    const settled = () => {
      if (generation !== fitGeneration.current || cyRef.current !== cy) return;
      if (cy.nodes().some((n) => (n as NodeSingular).animated())) return void requestAnimationFrame(settled);
      frame?.setAttribute('data-fitted', ego?.center ?? '');
    };
    cy.stop(true, true);
    // Cytoscape notices a resized canvas 100 ms after the container's last change: a fit right after the window was
    // resized would be made for the old size.
    const box = container?.getBoundingClientRect();
    if (box && (Math.abs(box.width - cy.width()) > 1 || Math.abs(box.height - cy.height()) > 1)) cy.resize();
    const finish = () => {
      const distances = ego?.distances;
      labelling.current = { focusView, distances };
      // Labels at their own size first (the fit makes room for them), then at a size readable at the fitted zoom.
      applyLabelPlacement(cy, focusView, { distances });
      const view = target().nonempty() ? fittedView(cy, containerRef.current, 40, target()) : null;
      if (!view) return settled();
      applyLabelPlacement(cy, focusView, { view, distances });
      // The first view is shown fitted at once: zooming in from Cytoscape's default view would redraw it several times.
      if (animate) showFittedView(cy, view, settled);
      else {
        cy.viewport({ zoom: view.zoom, pan: view.pan });
        settled();
      }
    };
    const animate = fitted.current;
    fitted.current = true;
    const layoutPosition = (key: string) => (layout === 'force' && presetPositions && Object.hasOwn(presetPositions, key) ? presetPositions[key] : undefined);
    if (ego && focusView && arrangement && layout === 'force' && !large) arrangeFocus(cy, ego, arrangement, home.current, layoutPosition, animate, finish);
    else leaveArrangement(cy, home.current, layoutPosition, animate, finish);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- refit on focus changes and redraws, not on every count update
  }, [ego, focusOnly, arrangement, drawn?.version]);

  // Node sizes follow the measure, which may arrive after the focus was drawn: place the labels again.
  useEffect(() => {
    const cy = cyRef.current;
    if (cy && drawn && ego)
      applyLabelPlacement(cy, elementOf(cy, ego.center).nonempty(), { view: currentView(cy, containerRef.current), distances: ego.distances });
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only when the sizes change
  }, [encoding]);

  /** Lays out a large graph off the main thread; the user sees the starting positions meanwhile and can stop it. */
  function runInWorker(cy: Core) {
    layoutWorker.current ??= new Worker(new URL('./layout.worker.ts', import.meta.url));
    const worker = layoutWorker.current;
    const id = ++layoutJob.current;
    setProgress({ status: 'running', started: performance.now() });
    worker.onmessage = (event: MessageEvent<LayoutReply>) => {
      const reply = event.data;
      if (reply.id !== layoutJob.current || cyRef.current !== cy) return;
      if (!reply.ok) {
        setProgress({ status: 'failed', message: `The layout failed: ${reply.message}` });
        return;
      }
      cy.batch(() => cy.nodes().forEach((n) => void (Object.hasOwn(reply.positions, n.id()) && n.position(reply.positions[n.id()]!))));
      fitNow(cy, 24);
      setProgress({ status: 'done', message: `Laid out ${cy.nodes().length} nodes in ${(reply.ms / 1000).toFixed(1)} s.` });
    };
    const job: LayoutJob = {
      id,
      elements: cy.elements().map((el) => ({
        group: el.isNode() ? 'nodes' : 'edges',
        data: { id: el.id(), ...(el.isNode() ? {} : { source: el.data('source'), target: el.data('target') }) },
      })),
    };
    worker.postMessage(job);
  }

  function stopLayout() {
    layoutWorker.current?.terminate();
    layoutWorker.current = null;
    layoutJob.current += 1;
    setProgress({ status: 'stopped', message: 'Layout stopped: nodes keep their starting positions.' });
  }

  useEffect(() => {
    if (progress.status !== 'running') return;
    const timer = setInterval(() => tick((t) => t + 1), 500);
    return () => clearInterval(timer);
  }, [progress.status]);

  const zoomBy = (factor: number) => {
    const cy = cyRef.current;
    if (!cy) return;
    cy.zoom({ level: cy.zoom() * factor, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
  };

  return (
    <>
      {layout === 'geographic' && cyRef.current && <WorldOutline cy={cyRef.current} />}
      {(layout === 'grouped' || layout === 'concentric') && cyRef.current && <LayoutGuides cy={cyRef.current} />}
      <div
        ref={frameRef}
        className="graph-canvas"
        data-testid="graph"
        data-ready={drawn ? 'true' : 'false'}
        data-nodes={drawn?.nodes ?? 0}
        data-edges={drawn?.edges ?? 0}
        data-version={drawn?.version ?? 0}
        data-syncs={drawn?.syncs ?? 0}
        data-focus={ego?.center ?? ''}
        data-neighbors={neighbours.join(',')}
        data-layout={layout}
        data-large={large ? 'true' : 'false'}
        role="img"
        aria-label={
          drawn ? `Network of ${drawn.nodes} states and organizations and ${drawn.edges} ties${ego ? `, focused on ${ego.center}` : ''}` : 'Drawing the graph'
        }
      >
        <div ref={containerRef} className="graph-surface" />
      </div>
      {(layout === 'grouped' || layout === 'concentric') && cyRef.current && <GuideLabels cy={cyRef.current} />}
      {progress.status !== 'idle' && (
        <div className="layout-progress" role="status" data-testid="layout-progress" data-status={progress.status}>
          {progress.status === 'running' ? (
            <>
              Laying out {drawn?.nodes ?? ''} nodes off the main thread… {((performance.now() - progress.started) / 1000).toFixed(0)} s{' '}
              <progress aria-label="Layout in progress" />{' '}
              <button type="button" onClick={stopLayout}>
                Stop
              </button>
            </>
          ) : (
            <>
              {progress.message}{' '}
              <button type="button" onClick={() => setProgress({ status: 'idle' })} aria-label="Dismiss">
                ×
              </button>
            </>
          )}
        </div>
      )}
      {tooltip && (
        <div className="tooltip" role="tooltip" style={{ left: tooltip.x, top: tooltip.y }}>
          {tooltip.text}
        </div>
      )}
      <div className="canvas-tools" role="toolbar" aria-label="Zoom">
        <button type="button" onClick={() => zoomBy(1.25)} aria-label="Zoom in" title="Zoom in (+)" data-shortcut="zoom-in">
          +
        </button>
        <button type="button" onClick={() => zoomBy(0.8)} aria-label="Zoom out" title="Zoom out (−)" data-shortcut="zoom-out">
          −
        </button>
        <button
          type="button"
          onClick={() => cyRef.current && fitNodes(cyRef.current, containerRef.current, 24)}
          aria-label="Fit to screen"
          title="Fit to screen (F)"
          data-shortcut="fit"
        >
          ⤢
        </button>
      </div>
    </>
  );
}
