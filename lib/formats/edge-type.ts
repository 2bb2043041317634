// The two ways an export can hold Entente's mix of directed ties (a base, a supply) and undirected ones (an alliance).
/**
 * "directed": one directed graph, each tie from its source to its target with a `directed` attribute saying whether
 * the tie itself has a direction. Every tool reads it (networkx, igraph, Gephi, graphology), and Entente reads the
 * attribute back. "mixed": each edge typed directed or undirected, which Gephi and graphology read, networkx not.
 */
export const EDGE_TYPE_FORMS = ['directed', 'mixed'] as const;
export type EdgeTypeForm = (typeof EDGE_TYPE_FORMS)[number];
export const DEFAULT_EDGE_TYPE_FORM: EdgeTypeForm = 'directed';
