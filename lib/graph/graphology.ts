// graphology's graph classes, made to accept any string as a node key: import graphs from here, not from 'graphology'.
//
// graphology 0.26 indexes each node's neighbours in plain objects (`this.in = {}`, `this.out = {}`,
// `this.undirected = {}` in its NodeData classes) and asks them `adj.hasOwnProperty(target)`. A neighbour keyed
// "toString", "constructor" or "__proto__" then reads Object.prototype's member instead of "no edge yet": adding an
// edge to it throws or refuses, it sets `Object.prototype.toString.previous` (shared by every object of the page), and
// a key "__proto__" replaces the index's prototype. Upstream has kept plain objects on purpose (graphology#188), so
// the fix lives here: the indices become prototype-free objects, read with the same syntax (`[key]`, `in`,
// `for…in`, `Object.keys`), and the three methods that called `.hasOwnProperty` on them call it from
// Object.prototype instead. Every graph created after this module is evaluated, including copies made by graphology
// itself and by its libraries (`nullCopy`, `copy`, `from`), shares the patched classes.
import Graph, { DirectedGraph, MultiDirectedGraph, MultiGraph, MultiUndirectedGraph, UndirectedGraph } from 'graphology';

type Adjacency = Record<string, unknown>;
type NodeData = { in?: Adjacency; out?: Adjacency; undirected?: Adjacency };
type NodeDataClass = { prototype: { clear(this: NodeData): void } };
type Internals = { type: string; _nodes: Map<string, NodeData>; NodeDataClass: NodeDataClass };

const hasOwn = (object: Adjacency | undefined, key: string): boolean => object !== undefined && Object.prototype.hasOwnProperty.call(object, key);
const PATCHED = Symbol.for('entente.graphology.prototypeFreeAdjacency');

function patch(): void {
  const graphPrototype = Graph.prototype as unknown as Record<string | symbol, unknown>;
  if (graphPrototype[PATCHED]) return;
  for (const type of ['mixed', 'directed', 'undirected'] as const) {
    const prototype = (new Graph({ type }) as unknown as Internals).NodeDataClass.prototype;
    const clear = prototype.clear;
    prototype.clear = function clearWithoutPrototypes(this: NodeData) {
      clear.call(this);
      if (this.in) this.in = Object.create(null) as Adjacency;
      if (this.out) this.out = Object.create(null) as Adjacency;
      if (this.undirected) this.undirected = Object.create(null) as Adjacency;
    };
  }
  // The arity-2 forms (source, target) read the indices; the arity-1 form (an edge key) reads a Map and is kept.
  const wrap = (name: 'hasEdge' | 'hasDirectedEdge' | 'hasUndirectedEdge', test: (graph: Internals, data: NodeData, target: string) => boolean) => {
    const original = graphPrototype[name] as (this: Graph, ...args: unknown[]) => boolean;
    graphPrototype[name] = function (this: Graph, ...args: unknown[]): boolean {
      if (args.length !== 2) return original.apply(this, args);
      const internals = this as unknown as Internals;
      const data = internals._nodes.get(String(args[0]));
      return data !== undefined && test(internals, data, String(args[1]));
    };
  };
  wrap('hasDirectedEdge', (graph, data, target) => graph.type !== 'undirected' && hasOwn(data.out, target));
  wrap('hasUndirectedEdge', (graph, data, target) => graph.type !== 'directed' && hasOwn(data.undirected, target));
  wrap('hasEdge', (_, data, target) => hasOwn(data.out, target) || hasOwn(data.undirected, target));
  graphPrototype[PATCHED] = true;
}

patch();

export default Graph;
export { DirectedGraph, MultiDirectedGraph, MultiGraph, MultiUndirectedGraph, UndirectedGraph };
