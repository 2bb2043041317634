// Brings a Cytoscape instance in step with a graph by diffing: removes what went, adds what came (at a given position),
// and touches the data of an element only where a value changed, so that a date step restyles only what changed.
import type { CollectionReturnValue, Core, ElementDefinition, Position, SingularElementReturnValue } from 'cytoscape';
import type { EntenteGraph } from '@/lib/graph/types';
import { edgeData, nodeData, type NodeEncoding } from './elements';
import { isPlainGraph } from './kind-words';
import { parallelTies } from './parallel-ties';
import { elementOf, keyOf } from './render-id';

/** Data keys that an encoding sets on some nodes only: removed when a node no longer carries them. */
const OPTIONAL_NODE_KEYS = ['size', 'orgWidth', 'orgHeight', 'color', 'x', 'y'] as const;

function updateData(element: SingularElementReturnValue, data: Record<string, unknown>, optional: readonly string[]): boolean {
  const changed: Record<string, unknown> = {};
  let any = false;
  for (const key in data) {
    if (key === 'id' || key === 'source' || key === 'target') continue;
    if (element.data(key) !== data[key]) {
      changed[key] = data[key];
      any = true;
    }
  }
  const stale = optional.filter((key) => !(key in data) && element.data(key) !== undefined);
  if (stale.length > 0) element.removeData(stale.join(' '));
  if (any) element.data(changed);
  return any || stale.length > 0;
}

export type SyncResult = { added: CollectionReturnValue; removed: number; updated: number };

/**
 * Makes `cy` show `graph`. New nodes start at `startAt(key)` when it gives a position (else at the origin, for the
 * caller to place). Returns the added elements.
 */
export function syncElements(
  cy: Core,
  graph: EntenteGraph,
  encoding: NodeEncoding,
  startAt: (key: string) => Position | undefined = () => undefined,
): SyncResult {
  let added = cy.collection();
  let removed = 0;
  let updated = 0;
  cy.batch(() => {
    const gone = cy.elements().filter((el) => (el.isNode() ? !graph.hasNode(keyOf(el)) : !graph.hasEdge(keyOf(el))));
    removed = gone.length;
    if (removed > 0) cy.remove(gone);
    const fresh: ElementDefinition[] = [];
    graph.forEachNode((key) => {
      const data = nodeData(key, graph, encoding);
      const existing = elementOf(cy, key);
      if (existing.empty()) {
        const position = startAt(key);
        fresh.push(position ? { group: 'nodes', data, position: { ...position } } : { group: 'nodes', data });
      } else if (updateData(existing, data, OPTIONAL_NODE_KEYS)) updated += 1;
    });
    const plain = isPlainGraph(graph);
    const parallel = parallelTies(graph);
    graph.forEachEdge((key) => {
      const data = edgeData(key, graph, plain, parallel.has(key));
      const existing = elementOf(cy, key);
      if (existing.empty()) fresh.push({ group: 'edges', data });
      else if (updateData(existing, data, [])) updated += 1;
    });
    if (fresh.length > 0) added = cy.add(fresh);
  });
  return { added, removed, updated };
}
