// The whole bundled dataset (hundreds of nodes, thousands of ties, real titles and publishers) survives every format.
import { describe, it } from 'vitest';
import { loadDataset } from '@/lib/data/load';
import { buildGraph } from '@/lib/graph/build';
import { importCsv, toCsv } from './csv';
import { importGexf, toGexf } from './gexf';
import { importGraphml, toGraphml } from './graphml';
import { roundTripJson } from './json';
import { parseXmlInNode } from './node-xml';
import { expectSameGraph, imported } from './test-graphs.fixtures';

describe('the bundled dataset, timeless', async () => {
  const graph = buildGraph((await loadDataset()).dataset);
  it.each([
    ['GEXF', () => importGexf(toGexf(graph), { parseXml: parseXmlInNode })],
    ['GraphML', () => importGraphml(toGraphml(graph), { parseXml: parseXmlInNode })],
    ['JSON', () => roundTripJson(graph)],
    ['CSV', () => importCsv(toCsv(graph).edges, toCsv(graph).nodes)],
  ])(
    'round-trips through %s',
    (_, roundTrip) => {
      expectSameGraph(imported(roundTrip()), graph);
    },
    120_000,
  ); // the full dataset on a loaded 2-core machine can take 45 s
});
