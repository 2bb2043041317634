// Ids named like Object.prototype members ("toString", "__proto__", …) survive the whole path from file to screen.
import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { importJson } from '@/lib/formats';
import { egoNetwork } from '@/lib/graph/ego';
import { idRecord, valueOf } from '@/lib/graph/id-record';
import { asOf } from '@/lib/graph/as-of';
import { computeMeasure } from '@/lib/analysis/measures';
import { prepareAnalysisGraph } from '@/lib/analysis/analysis-graph';
import { detectCommunities } from '@/lib/analysis/communities';
import { NO_ENCODING, nodeData, toElements } from './elements';
import { runLayout } from './layout';
import { loadForceLayout } from './register';
import { colorsFor, sizesFor } from './scales';

const NAMES = ['toString', 'valueOf', 'hasOwnProperty', 'isPrototypeOf', 'toLocaleString', '__defineGetter__', '__proto__', 'constructor'];

/** Every name as a node, tied to "b" both ways (graphology breaks on an edge *to* such a key, not from it). */
function hostileGraph() {
  const nodes = [...NAMES, 'b'].map((key) => ({ key }));
  const edges = NAMES.flatMap((name) => [{ source: name, target: 'b' }, { source: 'b', target: name }]);
  const result = importJson(JSON.stringify({ nodes, edges }));
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return { graph: result.graph, warnings: result.warnings };
}

describe('ids named like object members', () => {
  it('import with their names as labels and original ids, and say so', () => {
    const { graph, warnings } = hostileGraph();
    expect(graph.order).toBe(NAMES.length + 1);
    expect(graph.size).toBe(NAMES.length * 2);
    expect(graph.mapNodes((_, a) => a.label).sort()).toEqual([...NAMES, 'b'].sort());
    expect(graph.getNodeAttribute('toString_', 'originalId' as never)).toBe('toString');
    expect(graph.neighbors('b').sort()).toEqual(NAMES.map((n) => `${n}_`).sort());
    expect(warnings.join(' ')).toMatch(/8 node ids are names JavaScript reserves/);
    expect(typeof (Object.prototype.toString as unknown as { previous?: unknown }).previous).toBe('undefined');
  });

  it('measure, style and focus', () => {
    const { graph } = hostileGraph();
    const view = asOf(graph, '2024-01-01');
    const analysis = prepareAnalysisGraph(view, { kinds: ['dependency'], projection: 'bipartite', direction: 'undirected' });
    const degree = computeMeasure('degree', analysis);
    expect(Object.keys(degree)).toHaveLength(NAMES.length + 1);
    expect(typeof valueOf(sizesFor(degree), '__proto___')).toBe('number');
    expect(Object.keys(colorsFor(degree))).toHaveLength(NAMES.length + 1);
    expect(Object.keys(detectCommunities(analysis).communities)).toHaveLength(NAMES.length + 1);
    expect(nodeData('b', graph, NO_ENCODING)).not.toHaveProperty('size');
    expect(Object.keys(egoNetwork(view, 'b', 1, 'both').distances)).toHaveLength(NAMES.length + 1);
  });

  it('lay out with fcose on distinct positions', async () => {
    await loadForceLayout();
    const { graph } = hostileGraph();
    const cy = cytoscape({ headless: true, styleEnabled: true, elements: toElements(graph) });
    runLayout(cy, { name: 'force', graph, values: {}, placed: null, animate: false });
    const positions = cy.nodes().map((n) => n.position());
    expect(positions.every((p) => Number.isFinite(p.x) && Number.isFinite(p.y))).toBe(true);
    expect(new Set(positions.map((p) => `${Math.round(p.x)},${Math.round(p.y)}`)).size).toBe(graph.order);
    cy.destroy();
  });

  it('prototype-free records hold any id and inherit nothing', () => {
    const record = idRecord<number>();
    record['__proto__'] = 1;
    record.toString = 2 as never;
    expect(Object.keys(record)).toEqual(['__proto__', 'toString']);
    expect(valueOf(idRecord<number>(), 'constructor')).toBeUndefined();
    expect(valueOf({} as Record<string, number>, 'constructor')).toBeUndefined();
  });
});
