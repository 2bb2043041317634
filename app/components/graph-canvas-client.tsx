'use client';
// The Cytoscape canvas: draws the graph with the deterministic layout, reports readiness and counts as data attributes.
import type { Core } from 'cytoscape';
import { useEffect, useRef, useState } from 'react';
import type { EntenteGraph } from '@/lib/graph/types';
import { toElements } from '@/lib/view/elements';
import { applyFocus } from '@/lib/view/focus';
import { runForceLayout } from '@/lib/view/layout';
import { registerExtensions } from '@/lib/view/register';
import { STYLESHEET } from '@/lib/view/stylesheet';
import { installTestHook } from './test-hook';

type Props = { graph: EntenteGraph; selected: string | null; onSelect: (key: string | null) => void };

export function GraphCanvasClient({ graph, selected, onSelect }: Props) {
  const containerRef = useRef<HTMLDivElement>(null);
  const cyRef = useRef<Core | null>(null);
  const onSelectRef = useRef(onSelect);
  onSelectRef.current = onSelect;
  const [drawn, setDrawn] = useState<{ nodes: number; edges: number } | null>(null);
  const [neighbours, setNeighbours] = useState<string[]>([]);

  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    const cytoscape = registerExtensions();
    const cy = cytoscape({ container, elements: toElements(graph), style: STYLESHEET, layout: { name: 'preset' }, minZoom: 0.05, maxZoom: 2.5 });
    runForceLayout(cy);
    cy.on('tap', 'node', (event) => onSelectRef.current(event.target.id() as string));
    cy.on('tap', (event) => {
      if (event.target === cy) onSelectRef.current(null);
    });
    cyRef.current = cy;
    const removeHook = installTestHook(cy);
    setDrawn({ nodes: cy.nodes(':visible').length, edges: cy.edges(':visible').length });
    return () => {
      removeHook();
      cyRef.current = null;
      setDrawn(null);
      cy.destroy();
    };
  }, [graph]);

  useEffect(() => {
    const cy = cyRef.current;
    if (!cy || !drawn) return;
    setNeighbours(applyFocus(cy, selected));
    const focus = selected ? cy.getElementById(selected) : null;
    cy.stop(true, true);
    cy.animate({ fit: { eles: focus && focus.nonempty() ? focus.closedNeighborhood() : cy.elements(), padding: 60 } }, { duration: 250 });
  }, [selected, drawn]);

  return (
    <div
      ref={containerRef}
      className="graph-canvas"
      data-testid="graph"
      data-ready={drawn ? 'true' : 'false'}
      data-nodes={drawn?.nodes ?? 0}
      data-edges={drawn?.edges ?? 0}
      data-focus={selected ?? ''}
      data-neighbors={neighbours.join(',')}
      role="img"
      aria-label={
        drawn ? `Network of ${drawn.nodes} states and organizations and ${drawn.edges} ties${selected ? `, focused on ${selected}` : ''}` : 'Drawing the graph'
      }
    />
  );
}
