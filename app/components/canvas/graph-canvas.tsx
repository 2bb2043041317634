'use client';
// Loads the Cytoscape canvas in the browser only (Cytoscape needs the DOM), with a loading state meanwhile.
import dynamic from 'next/dynamic';

export const GraphCanvas = dynamic(() => import('./graph-canvas-client').then((m) => m.GraphCanvasClient), {
  ssr: false,
  loading: () => (
    <div className="graph-canvas graph-loading" data-testid="graph" data-ready="false" role="status">
      Drawing the graph…
    </div>
  ),
});
