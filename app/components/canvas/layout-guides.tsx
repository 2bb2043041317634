'use client';
// The grouped and concentric layouts' guides, following Cytoscape's pan and zoom: their circles drawn under the graph
// (LayoutGuides), their labels (bloc names, value bands) on plates above it (GuideLabels), placed off the nodes.
import type { Core } from 'cytoscape';
import { useEffect, useState } from 'react';
import type { Guide } from '@/lib/view/guided-layouts';
import { guideLabelsOnScreen, type ScreenGuideLabel } from '@/lib/view/guide-labels-on-screen';
import { layoutGuides } from '@/lib/view/layout';
import { canvasAreaOf } from '@/lib/view/apply-labels';

/** Cytoscape's pan and zoom, and the guides of its last layout, kept in React state. */
function useGuidesViewport(cy: Core) {
  const [guides, setGuides] = useState<Guide[]>(() => layoutGuides(cy));
  const [viewport, setViewport] = useState(() => ({ pan: cy.pan(), zoom: cy.zoom() }));
  useEffect(() => {
    const update = () => setViewport({ pan: { ...cy.pan() }, zoom: cy.zoom() });
    const reread = () => setGuides(layoutGuides(cy));
    cy.on('viewport', update);
    cy.on('layoutstop', reread);
    update();
    reread();
    return () => {
      cy.off('viewport', update);
      cy.off('layoutstop', reread);
    };
  }, [cy]);
  return { guides, viewport, transform: `translate(${viewport.pan.x} ${viewport.pan.y}) scale(${viewport.zoom})` };
}

export function LayoutGuides({ cy }: { cy: Core }) {
  const { guides, transform } = useGuidesViewport(cy);
  return (
    <svg className="layout-guides" aria-hidden="true" data-testid="layout-guides" data-count={guides.length}>
      <g transform={transform}>
        {guides.map((g, i) => (
          <circle key={i} cx={g.cx} cy={g.cy} r={g.r} vectorEffect="non-scaling-stroke" />
        ))}
      </g>
    </svg>
  );
}

/** How long the view must rest before the labels are placed again for the new zoom (they scale with it meanwhile). */
const SETTLE_MS = 120;

export function GuideLabels({ cy }: { cy: Core }) {
  const { guides, transform } = useGuidesViewport(cy);
  // The labels with the zoom they were placed for (end-to-end tests wait until it is the canvas's zoom).
  const [{ labels, zoom }, setPlaced] = useState<{ labels: ScreenGuideLabel[]; zoom: number | null }>({ labels: [], zoom: null });
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const place = () => setPlaced({ labels: guideLabelsOnScreen(cy, guides), zoom: cy.zoom() });
    const later = () => {
      clearTimeout(timer);
      timer = setTimeout(place, SETTLE_MS);
    };
    place();
    cy.on('viewport layoutstop dragfree', later);
    cy.on('class', 'node', later);
    // Opening or folding the legend frees or covers part of the canvas (toggle does not bubble: listen while capturing).
    const area = canvasAreaOf(cy.container());
    area?.addEventListener('toggle', later, true);
    return () => {
      area?.removeEventListener('toggle', later, true);
      clearTimeout(timer);
      cy.off('viewport layoutstop dragfree', later);
      cy.off('class', 'node', later);
    };
  }, [cy, guides]);
  return (
    <svg className="guide-labels" aria-hidden="true" data-testid="guide-labels" data-count={labels.length} data-zoom={zoom ?? ''}>
      <g transform={transform}>
        {labels.map((l) => (
          <g key={l.guide} data-guide={l.guide} data-full={l.full ? 'true' : 'false'}>
            <rect
              x={l.plate.x1}
              y={l.plate.y1}
              width={l.plate.x2 - l.plate.x1}
              height={l.plate.y2 - l.plate.y1}
              rx={l.size * 0.3}
              vectorEffect="non-scaling-stroke"
            />
            <text x={l.x} y={l.y} textAnchor="middle" fontSize={l.size}>
              {l.text}
            </text>
          </g>
        ))}
      </g>
    </svg>
  );
}
