import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { importGexf, toGexf } from './gexf';
import { importGraphml, toGraphml } from './graphml';
import { parseXmlInNode } from './node-xml';
import { CLASHING_IDS, graphWithClashingIds } from './clashing-ids.fixtures';
import { expectSameGraph, imported } from './test-graphs.fixtures';
import { decodeXmlText, encodeXmlText } from './xml';

// Characters XML 1.0 cannot hold (C0 controls but tab, LF, CR; U+FFFE, U+FFFF; lone surrogates).
// eslint-disable-next-line no-control-regex -- control characters are what this expression finds
const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

describe('XML text coding', () => {
  it('writes any string as valid XML text and reads it back exactly (so distinct strings stay distinct)', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: 'binary' }),
          fc.array(fc.constantFrom('a', '\u0001', '\uFFFD', '{', '}', '0', 'F', '\uD800', '\uDC00')).map((a) => a.join('')),
        ),
        (text) => {
          const coded = encodeXmlText(text);
          expect(INVALID_XML.test(coded)).toBe(false);
          expect(decodeXmlText(coded)).toBe(text);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('shows a replacement character followed by the code, and leaves valid text alone', () => {
    expect(encodeXmlText('a\u0001b')).toBe('a\uFFFD{0001}b');
    expect(encodeXmlText('Côte d’Ivoire \uFFFD 🌍')).toBe('Côte d’Ivoire \uFFFD 🌍');
    expect(new Set(CLASHING_IDS.map(encodeXmlText)).size).toBe(CLASHING_IDS.length);
  });
});

describe.each([
  ['GEXF', toGexf, (text: string) => importGexf(text, { parseXml: parseXmlInNode })],
  ['GraphML', toGraphml, (text: string) => importGraphml(text, { parseXml: parseXmlInNode })],
] as const)('%s export of ids that differ only in characters XML cannot hold', (_, write, read) => {
  const graph = graphWithClashingIds();
  const text = write(graph);

  it('writes well-formed XML in which every node and tie keeps its own id', () => {
    const doc = parseXmlInNode(text);
    const ids = (tag: string) => [...(doc.getElementsByTagName(tag) as unknown as Element[])].map((e) => e.getAttribute('id'));
    expect(new Set(ids('node')).size).toBe(graph.order);
    expect(new Set(ids('edge')).size).toBe(graph.size);
    expect(ids('node')).toContain('a\uFFFD{0001}');
  });

  it('reads back as the same graph, ids, labels and ties included', () => {
    expectSameGraph(imported(read(text)), graph);
  });
});
