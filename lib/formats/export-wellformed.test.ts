// Every data export is well-formed for any input: ids, labels, attribute names and values with markup, namespace
// declarations, control characters and lone surrogates give GEXF and GraphML a strict XML parser accepts, JSON that
// parses back to the same text, and CSV that imports again with the same nodes.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { importCsv, importGexf, importGraphml, importJson, toCsv, toGexf, toGraphml, toJson } from './index';
import { NODE_FIELDS } from './fields';
import { parseXmlInNode } from './node-xml';

const HOSTILE = [
  'xmlns="http://www.w3.org/2000/svg"',
  'xmlns:viz="x"',
  '<script>alert(1)</script>',
  ']]> <!-- -->',
  '"\'<>&amp;',
  '\u0001\u0008 bell \uffff',
  '\ud800 lone',
  'tail \udc00',
  "=cmd|' /C calc'!A0",
  '\t\n\r',
];
const text = fc.oneof(fc.constantFrom(...HOSTILE), fc.string({ unit: 'binary', maxLength: 12 }), fc.string({ maxLength: 8 }));
const id = text.filter((s) => s.trim() !== '' && s.length <= 1000);
const attributeName = fc.oneof(
  fc.constantFrom('xmlns', 'xmlns:viz', 'viz:color', 'a b', 'label2', 'ünïcode', '1st'),
  fc.string({ minLength: 1, maxLength: 6 }).filter((s) => s.trim() !== '' && !['__proto__', 'constructor', 'prototype'].includes(s.trim())),
);

const file = fc
  .record({
    ids: fc.uniqueArray(id, { minLength: 1, maxLength: 5 }),
    labels: fc.array(text, { minLength: 5, maxLength: 5 }),
    extra: fc.array(fc.tuple(attributeName, text), { maxLength: 3 }),
    edges: fc.array(fc.tuple(fc.nat(), fc.nat(), text), { maxLength: 5 }),
  })
  .map(({ ids, labels, extra, edges }) => ({
    nodes: ids.map((key, i) => ({ key, attributes: { label: labels[i] || key, ...Object.fromEntries(extra) } })),
    edges: edges
      .map(([a, b, note]) => ({ source: ids[a % ids.length]!, target: ids[b % ids.length]!, attributes: { note } }))
      .filter((e) => e.source !== e.target),
  }));

describe('exports are well-formed for any input', { timeout: 120_000 }, () => {
  it('GEXF (both edge forms) and GraphML parse strictly, JSON and CSV read back', () => {
    fc.assert(
      fc.property(file, (data) => {
        const imported = importJson(JSON.stringify(data));
        if (!imported.ok) return; // refused with a located message: what the importer fuzz tests check
        const graph = imported.graph;
        for (const xml of [toGexf(graph), toGexf(graph, { edgeType: 'mixed' }), toGraphml(graph)]) expect(() => parseXmlInNode(xml)).not.toThrow();
        const gexf = importGexf(toGexf(graph), { parseXml: parseXmlInNode });
        const graphml = importGraphml(toGraphml(graph), { parseXml: parseXmlInNode });
        for (const back of [gexf, graphml]) expect(back.ok && [back.graph.order, back.graph.size]).toEqual([graph.order, graph.size]);
        const json = importJson(toJson(graph));
        expect(json.ok && json.graph.mapNodes((key, a) => [key, a.label])).toEqual(graph.mapNodes((key, a) => [key, a.label]));
        if (graph.size === 0) return; // a CSV edge list without rows is refused on import, by design
        const { nodes, edges } = toCsv(graph);
        const csv = importCsv(edges, nodes);
        // The CSV importer trims cells (stray spaces are common in hand-made tables), so ids are compared trimmed.
        if (new Set(graph.nodes().map((key) => key.trim())).size < graph.order) return;
        // CSV headers are read without regard to case (X is x, Population is population), so a free attribute whose
        // name is a known field's in another case is read as that field on the way back: not a round trip CSV can make.
        const known = new Set([...Object.keys(NODE_FIELDS), 'x', 'y', 'latitude', 'longitude', 'lon', 'long'].map((name) => name.toLowerCase()));
        if (data.nodes.some((node) => Object.keys(node.attributes).some((name) => name !== 'label' && known.has(name.toLowerCase())))) return;
        expect(csv.ok && [...csv.graph.nodes()].sort()).toEqual(
          graph
            .nodes()
            .map((key) => key.trim())
            .sort(),
        );
      }),
      { numRuns: 80 },
    );
  });

  it('keeps the text XML can hold, and says nothing breaks for the hostile labels', () => {
    const result = importJson(JSON.stringify({ nodes: HOSTILE.map((label, i) => ({ key: `n${i}`, attributes: { label, xmlns: label } })), edges: [] }));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const doc = parseXmlInNode(toGexf(result.graph));
    const labels = [...(doc.getElementsByTagName('node') as unknown as Iterable<Element>)].map((n) => n.getAttribute('label'));
    expect(labels[0]).toBe('xmlns="http://www.w3.org/2000/svg"');
    expect(labels[2]).toBe('<script>alert(1)</script>');
    // a lone surrogate cannot be written in XML: coded as U+FFFD{code} (Entente reads it back), never dropped silently into malformed output
    expect(labels[6]).toBe('\ufffd{D800} lone');
    expect(doc.documentElement!.getAttribute('xmlns')).toBe('http://gexf.net/1.3');
  });
});
