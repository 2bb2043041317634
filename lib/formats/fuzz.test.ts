// Property-based tests: for any input, every importer answers a graph or located messages — it never throws.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ImportResult } from './import-result';
import { importFile } from './index';
import { importFiles } from './import-files';
import { parseXmlInNode } from './node-xml';
import { FILE_FORMATS } from './registry';

const RUNS = Number(process.env.FUZZ_RUNS ?? 150);

/** A graph, or at least one message with its place (`where`) — the contract every importer keeps. */
function expectGraphOrLocatedMessages(result: ImportResult) {
  if (result.ok) {
    expect(result.graph.order).toBeGreaterThan(0);
    return;
  }
  expect(result.errors.length).toBeGreaterThan(0);
  for (const error of result.errors) {
    expect(typeof error.message).toBe('string');
    expect(error.message.length).toBeGreaterThan(0);
    expect(typeof error.where).toBe('string');
  }
}

/** Ids that reach object prototypes when used as plain-object keys, mixed with ordinary ones. */
const id = fc.oneof(
  fc.constantFrom('toString', 'valueOf', '__proto__', 'constructor', 'hasOwnProperty', '__defineGetter__', 'a', 'b', 'c', '1', ' '),
  fc.string({ maxLength: 6 }),
);
const value = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.constantFrom('2020-01-01', '1999', 'alliance', 'membership', 'member', '[]', '{"a":1}'),
);
const attributes = fc.dictionary(fc.oneof(id, fc.constantFrom('kind', 'status', 'start', 'end', 'periods', 'directed', 'weight', 'x', 'y', 'label')), value, {
  maxKeys: 5,
});

const jsonGraph = fc.record(
  {
    attributes: fc.option(attributes),
    options: fc.option(fc.record({ type: fc.constantFrom('mixed', 'directed', 'undirected', 'x') })),
    nodes: fc.array(fc.record({ key: fc.oneof(id, fc.integer()), attributes: fc.option(attributes) }, { requiredKeys: [] }), { maxLength: 6 }),
    edges: fc.array(
      fc.record({ key: fc.option(id), source: id, target: id, undirected: fc.boolean(), attributes: fc.option(attributes) }, { requiredKeys: [] }),
      { maxLength: 8 },
    ),
  },
  { requiredKeys: [] },
);

const xmlText = (s: string) => s.replace(/[<&"]/g, '');
const gexfDocument = fc
  .tuple(
    fc.array(fc.tuple(id, fc.string({ maxLength: 8 })), { maxLength: 5 }),
    fc.array(fc.tuple(id, id, fc.constantFrom('directed', 'undirected', 'mutual', '')), { maxLength: 6 }),
    fc.constantFrom('directed', 'undirected', 'mixed'),
  )
  .map(
    ([nodes, edges, type]) =>
      `<gexf xmlns="http://gexf.net/1.3" version="1.3"><graph defaultedgetype="${type}"><attributes class="edge"><attribute id="0" title="kind" type="string"/></attributes><nodes>` +
      nodes.map(([n, label]) => `<node id="${xmlText(n)}" label="${xmlText(label)}"/>`).join('') +
      '</nodes><edges>' +
      edges
        .map(
          ([s, t, ty], i) =>
            `<edge id="e${i}" source="${xmlText(s)}" target="${xmlText(t)}" type="${ty}"><attvalues><attvalue for="0" value="alliance"/></attvalues></edge>`,
        )
        .join('') +
      '</edges></graph></gexf>',
  );
const graphmlDocument = fc
  .tuple(fc.array(id, { maxLength: 5 }), fc.array(fc.tuple(id, id, fc.constantFrom('true', 'false', 'x')), { maxLength: 6 }))
  .map(
    ([nodes, edges]) =>
      `<graphml xmlns="http://graphml.graphdrawing.org/xmlns"><key id="d0" for="edge" attr.name="directed" attr.type="boolean"/><graph edgedefault="directed">` +
      nodes.map((n) => `<node id="${xmlText(n)}"/>`).join('') +
      edges.map(([s, t, d]) => `<edge source="${xmlText(s)}" target="${xmlText(t)}"><data key="d0">${d}</data></edge>`).join('') +
      '</graph></graphml>',
  );
const csvDocument = fc
  .tuple(
    fc.array(fc.constantFrom('source', 'target', 'kind', 'start', 'end', 'directed', 'weight', 'id', 'label', 'toString', '__proto__', '"q"', ''), {
      minLength: 1,
      maxLength: 6,
    }),
    fc.array(fc.array(fc.oneof(id, fc.string({ maxLength: 8 })), { maxLength: 7 }), { maxLength: 6 }),
    fc.constantFrom(',', ';', '\t'),
  )
  .map(([header, rows, sep]) => [header, ...rows].map((r) => r.join(sep)).join('\n'));

const parseXml = parseXmlInNode;

describe('importers never throw', { timeout: 60_000 }, () => {
  it('on any text, in every format of the registry', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), fc.constantFrom(...FILE_FORMATS), (text, format) => {
        expectGraphOrLocatedMessages(format.read(text, { parseXml }));
      }),
      { numRuns: RUNS },
    );
  });

  it('on graphology JSON with any keys, ends and attributes (prototype names included)', () => {
    fc.assert(
      fc.property(jsonGraph, (graph) => expectGraphOrLocatedMessages(FILE_FORMATS.find((f) => f.id === 'json')!.read(JSON.stringify(graph), {}))),
      { numRuns: RUNS },
    );
  });

  it('on GEXF and GraphML documents with any ids, ends and edge types', () => {
    fc.assert(
      fc.property(gexfDocument, (text) => expectGraphOrLocatedMessages(FILE_FORMATS.find((f) => f.id === 'gexf')!.read(text, { parseXml }))),
      { numRuns: RUNS },
    );
    fc.assert(
      fc.property(graphmlDocument, (text) => expectGraphOrLocatedMessages(FILE_FORMATS.find((f) => f.id === 'graphml')!.read(text, { parseXml }))),
      { numRuns: RUNS },
    );
  });

  it('on CSV edge lists with any header and cells, with or without a node list', () => {
    fc.assert(
      fc.property(csvDocument, fc.option(csvDocument), (edges, nodes) => {
        expectGraphOrLocatedMessages(FILE_FORMATS.find((f) => f.id === 'csv')!.read(edges, { companionText: nodes ?? undefined }));
      }),
      { numRuns: RUNS },
    );
  });

  it('on any file name and bytes, one file or two', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            name: fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom('a.csv', 'b.csv', 'g.gexf', 'g.json', 'x.graphml', 'toString.csv')),
            bytes: fc.uint8Array({ maxLength: 200 }),
          }),
          { maxLength: 3 },
        ),
        (files) => {
          const outcome = importFiles(files);
          expect(['ok', 'failed', 'mapping']).toContain(outcome.status);
          if (outcome.status === 'failed') for (const e of outcome.errors) expect(e.message.length).toBeGreaterThan(0);
          if (files[0]) expectGraphOrLocatedMessages(importFile(files[0].name, files[0].bytes, { parseXml }));
        },
      ),
      { numRuns: RUNS },
    );
  });
});
