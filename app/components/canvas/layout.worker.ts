// A Web Worker that runs the force-directed layout on headless Cytoscape, so that large graphs never freeze the page.
import cytoscape, { type ElementDefinition, type LayoutOptions } from 'cytoscape';
import { withSeededRandom } from '@/lib/graph/seeded-random';
import { LAYOUT_SEED, workerForceOptions } from '@/lib/view/layout';
import { loadForceLayout } from '@/lib/view/register';

export type LayoutJob = { id: number; elements: ElementDefinition[] };
export type LayoutReply = { id: number; ms: number } & ({ ok: true; positions: Record<string, { x: number; y: number }> } | { ok: false; message: string });

self.onmessage = async (event: MessageEvent<LayoutJob>) => {
  const { id, elements } = event.data;
  const started = performance.now();
  try {
    await loadForceLayout();
    const cy = cytoscape({ headless: true, styleEnabled: true, elements, style: [{ selector: 'node', style: { width: 16, height: 16 } }] });
    withSeededRandom(LAYOUT_SEED, () => cy.layout(workerForceOptions(cy.nodes().length) as unknown as LayoutOptions).run());
    const positions = Object.fromEntries(cy.nodes().map((n) => [n.id(), { ...n.position() }]));
    cy.destroy();
    self.postMessage({ id, ok: true, positions, ms: performance.now() - started } satisfies LayoutReply);
  } catch (error) {
    self.postMessage({ id, ok: false, message: (error as Error).message, ms: performance.now() - started } satisfies LayoutReply);
  }
};
