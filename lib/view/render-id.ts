// The boundary between the graph's ids and Cytoscape's element ids: every element is created and looked up through here.
//
// Cytoscape holds its elements in a Map, but keeps ids in plain objects elsewhere: `layoutPositions` (every layout,
// preset included) memoises positions in `{}` by id, `remove()` marks removed ids in `{}`, the canvas renderer queues
// ids in `{}`, and fcose (with cose-base and layout-base) indexes its nodes in others. An id named like an
// Object.prototype member ("toString", "__proto__") then reads a function instead of "not yet": the layout crashes,
// the element is never removed. So an element's id is safeKey(its graph id) — the graph id itself except for those
// names (and ids starting with NUL) — and whatever reads an element's id back into the model goes through graphId.
import type { Core, SingularElementReturnValue } from 'cytoscape';
import { originalKey, safeKey } from '@/lib/graph/safe-key';

/** The Cytoscape element id of a graph node or edge key. */
export const renderId = (key: string): string => safeKey(key);

/** The graph key of a Cytoscape element id. */
export const graphId = (id: string): string => originalKey(id);

/** The graph key of a Cytoscape element. */
export const keyOf = (element: Pick<SingularElementReturnValue, 'id'>): string => originalKey(element.id());

/** The element drawing a graph node or edge (empty when it is not drawn). */
export const elementOf = (cy: Core, key: string) => cy.getElementById(safeKey(key));
