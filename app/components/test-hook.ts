// A read-only window hook that lets end-to-end tests and scripts read the drawn graph (positions) and click nodes.
import type { Core } from 'cytoscape';

export type EntenteHook = {
  /** Model positions of every node, by key. */
  positions: () => Record<string, { x: number; y: number }>;
  /** Where a node is drawn, in CSS pixels relative to the graph container; null if it is not drawn. */
  renderedPosition: (key: string) => { x: number; y: number } | null;
};

declare global {
  interface Window {
    __entente?: EntenteHook;
  }
}

export function installTestHook(cy: Core): () => void {
  window.__entente = {
    positions: () => Object.fromEntries(cy.nodes().map((n) => [n.id(), { ...n.position() }])),
    renderedPosition: (key) => {
      const node = cy.getElementById(key);
      return node.nonempty() && node.visible() ? { ...node.renderedPosition() } : null;
    },
  };
  return () => {
    delete window.__entente;
  };
}
