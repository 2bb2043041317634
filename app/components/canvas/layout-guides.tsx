'use client';
// The grouped and concentric layouts' labelled circles (bloc names, value bands), drawn under the graph and following
// Cytoscape's pan and zoom.
import type { Core } from 'cytoscape';
import { useEffect, useState } from 'react';
import { GUIDE_FONT, GUIDE_LABEL_LIFT, type Guide } from '@/lib/view/guided-layouts';
import { layoutGuides } from '@/lib/view/layout';

export function LayoutGuides({ cy }: { cy: Core }) {
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
  return (
    <svg className="layout-guides" aria-hidden="true" data-testid="layout-guides" data-count={guides.length}>
      <g transform={`translate(${viewport.pan.x} ${viewport.pan.y}) scale(${viewport.zoom})`}>
        {guides.map((g, i) => (
          <g key={i}>
            <circle cx={g.cx} cy={g.cy} r={g.r} vectorEffect="non-scaling-stroke" />
            <text x={g.cx} y={g.cy - g.r - GUIDE_LABEL_LIFT} textAnchor="middle" fontSize={GUIDE_FONT}>
              {g.label}
            </text>
          </g>
        ))}
      </g>
    </svg>
  );
}
