'use client';
// A light world outline drawn under the graph in the geographic layout, following Cytoscape's pan and zoom.
import type { Core } from 'cytoscape';
import { useEffect, useState } from 'react';
import type { Topology } from 'topojson-specification';

let outline: Promise<string> | undefined;

/** Loaded on first use only: the land shapes are needed by the geographic layout alone. */
function loadOutline(): Promise<string> {
  outline ??= Promise.all([import('world-atlas/land-110m.json'), import('@/lib/view/world-outline')]).then(([land, { worldOutlinePath }]) =>
    worldOutlinePath((land.default ?? land) as unknown as Topology),
  );
  return outline;
}

export function WorldOutline({ cy }: { cy: Core }) {
  const [path, setPath] = useState('');
  const [viewport, setViewport] = useState(() => ({ pan: cy.pan(), zoom: cy.zoom() }));
  useEffect(() => {
    let live = true;
    void loadOutline().then((d) => live && setPath(d));
    const update = () => setViewport({ pan: { ...cy.pan() }, zoom: cy.zoom() });
    cy.on('viewport', update);
    update();
    return () => {
      live = false;
      cy.off('viewport', update);
    };
  }, [cy]);
  return (
    <svg className="world-outline" aria-hidden="true" data-testid="world-outline">
      <g transform={`translate(${viewport.pan.x} ${viewport.pan.y}) scale(${viewport.zoom})`}>
        <path d={path} vectorEffect="non-scaling-stroke" />
      </g>
    </svg>
  );
}
