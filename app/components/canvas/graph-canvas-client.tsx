'use client';
// The Cytoscape canvas: keeps the drawn elements in step with the filtered graph, runs layouts, applies focus, and
// reports readiness and visible counts as data attributes for tests and scripts.
import type { Core, EventObject } from 'cytoscape';
import { useEffect, useRef, useState } from 'react';
import type { Ego } from '@/lib/graph/ego';
import type { EntenteGraph } from '@/lib/graph/types';
import { NO_ENCODING, nodeData, toElements, type NodeEncoding } from '@/lib/view/elements';
import { applyFocus } from '@/lib/view/focus';
import { hasFilePositions, isLargeGraph, placeStartingPositions, runLayout } from '@/lib/view/layout';
import { registerExtensions } from '@/lib/view/register';
import { LARGE_GRAPH_STYLESHEET, STYLESHEET } from '@/lib/view/stylesheet';
import type { LayoutName } from '@/lib/view/view-state';
import type { LayoutJob, LayoutReply } from './layout.worker';
import { installTestHook } from './test-hook';
import { WorldOutline } from './world-outline';

export type GraphCanvasProps = {
  graph: EntenteGraph;
  encoding: NodeEncoding;
  layout: LayoutName;
  layoutValues: Record<string, number>;
  ego: Ego | null;
  focusOnly: boolean;
  /** Members of two compared blocs, ringed in two colours. */
  blocs: { a: string[]; b: string[] } | null;
  onSelect: (key: string | null) => void;
  /** Hands the Cytoscape instance to the explorer (for image export), and null when it goes. */
  onCy?: (cy: Core | null) => void;
};

type Drawn = { nodes: number; edges: number; version: number };
type LayoutProgress = { status: 'idle' } | { status: 'running'; started: number } | { status: 'done' | 'stopped' | 'failed'; message: string };

/** WebGL2 is what Cytoscape's WebGL renderer needs; its constructor throws without it. */
function webgl2Available(): boolean {
  try {
    return document.createElement('canvas').getContext('webgl2') !== null;
  } catch {
    return false;
  }
}
type Tooltip = { x: number; y: number; text: string } | null;

/** Adds, removes and updates elements so that `cy` shows `graph`. */
function syncElements(cy: Core, graph: EntenteGraph, encoding: NodeEncoding): void {
  cy.batch(() => {
    cy.remove(cy.elements().filter((el) => (el.isNode() ? !graph.hasNode(el.id()) : !graph.hasEdge(el.id()))));
    const fresh = toElements(graph, encoding).filter((el) => {
      const existing = cy.getElementById(el.data.id!);
      if (existing.empty()) return true;
      const data = existing.isNode() ? nodeData(el.data.id!, graph, encoding) : el.data;
      if (existing.isNode()) existing.removeData('size orgWidth orgHeight color');
      existing.data(data);
      return false;
    });
    cy.add(fresh);
  });
}

function visibleCounts(cy: Core) {
  return { nodes: cy.nodes().not('.hidden').length, edges: cy.edges().not('.hidden').length };
}

export function GraphCanvasClient({ graph, encoding, layout, layoutValues, ego, focusOnly, blocs, onSelect, onCy }: GraphCanvasProps) {
  const onCyRef = useRef(onCy);
  onCyRef.current = onCy;
  const containerRef = useRef<HTMLDivElement>(null);
  const cyRef = useRef<Core | null>(null);
  const onSelectRef = useRef(onSelect);
  onSelectRef.current = onSelect;
  const last = useRef<{ graph: EntenteGraph | null; layout: LayoutName | null; values: Record<string, number> | null }>({ graph: null, layout: null, values: null });
  const [drawn, setDrawn] = useState<Drawn | null>(null);
  const [neighbours, setNeighbours] = useState<string[]>([]);
  const [tooltip, setTooltip] = useState<Tooltip>(null);
  const [progress, setProgress] = useState<LayoutProgress>({ status: 'idle' });
  const [, tick] = useState(0);
  const layoutWorker = useRef<Worker | null>(null);
  const layoutJob = useRef(0);
  // Chosen once, when the canvas is made: the renderer sets a page-wide canvas count and cannot change afterwards.
  const [large] = useState(() => isLargeGraph(graph.order, graph.size));

  useEffect(() => {
    const cytoscape = registerExtensions();
    const webgl = large && webgl2Available();
    const cy = cytoscape({
      container: containerRef.current,
      style: large ? [...STYLESHEET, ...LARGE_GRAPH_STYLESHEET] : STYLESHEET,
      minZoom: 0.02,
      maxZoom: 2.5,
      boxSelectionEnabled: false,
      ...(webgl ? { webgl: true } : {}),
    } as cytoscape.CytoscapeOptions);
    containerRef.current?.setAttribute('data-renderer', webgl ? 'webgl' : 'canvas');
    cy.on('tap', 'node', (event: EventObject) => onSelectRef.current(event.target.id() as string));
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
      setTooltip({ x: p.x, y: p.y, text: event.target.data('tooltip') as string });
    });
    cy.on('mouseout', 'node, edge', () => setTooltip(null));
    cy.on('pan zoom', () => setTooltip(null));
    cyRef.current = cy;
    onCyRef.current?.(cy);
    const removeHook = installTestHook(cy);
    return () => {
      layoutWorker.current?.terminate();
      layoutWorker.current = null;
      removeHook();
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
    const placed = firstDraw ? null : new Set(cy.nodes().map((n) => n.id()));
    const needsLayout =
      firstDraw || previous.graph !== graph || previous.layout !== layout || (layout === 'concentric' && previous.values !== layoutValues);
    // Layouts see every node at its plain size, so that the picture does not depend on when a measure's sizes arrive.
    syncElements(cy, graph, needsLayout ? NO_ENCODING : encoding);
    if (needsLayout && large && layout === 'force' && !(firstDraw && hasFilePositions(cy))) {
      placeStartingPositions(cy, placed);
      if (firstDraw) cy.fit(undefined, 24);
      runInWorker(cy);
    } else if (needsLayout) {
      runLayout(cy, { name: layout, graph, values: layoutValues, placed, animate: !firstDraw });
    }
    if (needsLayout) syncElements(cy, graph, encoding);
    last.current = { graph, layout, values: layoutValues };
    // `version` counts layouts: focus refits the view after a layout, not after a mere restyle (new sizes or colours).
    setDrawn((d) => ({ ...visibleCounts(cy), version: (d?.version ?? 0) + (needsLayout ? 1 : 0) }));
  }, [graph, encoding, layout, layoutValues, large]);

  useEffect(() => {
    const cy = cyRef.current;
    if (!cy || !drawn) return;
    cy.batch(() => {
      cy.nodes().removeClass('bloc-a bloc-b');
      for (const [group, keys] of [['bloc-a', blocs?.a ?? []], ['bloc-b', blocs?.b ?? []]] as const) {
        for (const key of keys) cy.getElementById(key).addClass(group);
      }
    });
  }, [blocs, drawn]);

  useEffect(() => {
    const cy = cyRef.current;
    if (!cy || !drawn) return;
    setNeighbours(applyFocus(cy, ego, focusOnly));
    const counts = visibleCounts(cy);
    setDrawn((d) => (d && (d.nodes !== counts.nodes || d.edges !== counts.edges) ? { ...d, ...counts } : d));
    const center = ego ? cy.getElementById(ego.center) : null;
    const target = center && center.nonempty() ? cy.nodes('.focus, .neighbor') : cy.elements().not('.hidden');
    cy.stop(true, true);
    if (target.nonempty()) cy.animate({ fit: { eles: target, padding: 60 } }, { duration: 250 });
    // eslint-disable-next-line react-hooks/exhaustive-deps -- refit on focus changes and redraws, not on every count update
  }, [ego, focusOnly, drawn?.version]);

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
      cy.batch(() => cy.nodes().forEach((n) => void (reply.positions[n.id()] && n.position(reply.positions[n.id()]!))));
      cy.fit(undefined, 24);
      setProgress({ status: 'done', message: `Laid out ${cy.nodes().length} nodes in ${(reply.ms / 1000).toFixed(1)} s.` });
    };
    const job: LayoutJob = { id, elements: cy.elements().map((el) => ({ group: el.isNode() ? 'nodes' : 'edges', data: { id: el.id(), ...(el.isNode() ? {} : { source: el.data('source'), target: el.data('target') }) } })) };
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
      <div
        ref={containerRef}
        className="graph-canvas"
        data-testid="graph"
        data-ready={drawn ? 'true' : 'false'}
        data-nodes={drawn?.nodes ?? 0}
        data-edges={drawn?.edges ?? 0}
        data-version={drawn?.version ?? 0}
        data-focus={ego?.center ?? ''}
        data-neighbors={neighbours.join(',')}
        data-layout={layout}
        data-large={large ? 'true' : 'false'}
        role="img"
        aria-label={drawn ? `Network of ${drawn.nodes} states and organizations and ${drawn.edges} ties${ego ? `, focused on ${ego.center}` : ''}` : 'Drawing the graph'}
      />
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
        <button type="button" onClick={() => cyRef.current?.animate({ fit: { eles: cyRef.current.elements().not('.hidden'), padding: 24 } }, { duration: 250 })} aria-label="Fit to screen" title="Fit to screen (F)" data-shortcut="fit">
          ⤢
        </button>
      </div>
    </>
  );
}
