// Runs every file in e2e/fixtures/import through importFile (chosen by extension, as the explorer does): broken and
// hostile files must fail with the expected message, hostile-but-valid and good files must import as recorded.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importFile } from './index';
import { parseXmlInNode } from './node-xml';

const ROOT = 'e2e/fixtures/import';

type Expected = {
  nodes: number;
  edges: number;
  positions?: boolean;
  warning?: string;
  labels?: Record<string, string>;
  attributes?: Record<string, Record<string, unknown>>;
};

/** The files of a folder to import: node lists (X.nodes.csv) go with their edge list (X.edges.csv), not alone. */
function corpus(folder: string): string[] {
  return readdirSync(path.join(ROOT, folder))
    .filter((name) => name !== 'expected.json' && !name.endsWith('.nodes.csv'))
    .sort();
}

function run(folder: string, name: string) {
  const dir = path.join(ROOT, folder);
  const nodesName = name.replace(/\.edges\.csv$/, '.nodes.csv');
  const nodes = nodesName !== name ? { name: nodesName, bytes: readFileSync(path.join(dir, nodesName)) } : undefined;
  return importFile(name, readFileSync(path.join(dir, name)), { parseXml: parseXmlInNode, nodes });
}

const expectations = <T>(folder: string) => JSON.parse(readFileSync(path.join(ROOT, folder, 'expected.json'), 'utf8')) as Record<string, T>;

describe('bad files', () => {
  const expected = expectations<string>('bad');
  const files = corpus('bad');

  it('has at least 30 files, each with an expected message', () => {
    expect(files.length).toBeGreaterThanOrEqual(30);
    expect(Object.keys(expected).sort()).toEqual(files);
  });

  it.each(files)('%s is refused with a message saying why and where', (name) => {
    let result: ReturnType<typeof run> | undefined;
    expect(() => (result = run('bad', name))).not.toThrow();
    if (result!.ok) throw new Error(`${name} was imported`);
    const [first] = result!.errors;
    expect(first!.message).toContain(expected[name]);
    expect(first!.where).not.toBe('');
  });
});

describe.each(['good', 'hostile-valid'])('%s files', (folder) => {
  const expected = expectations<Expected>(folder);
  const files = corpus(folder);

  it('each has a record of what it holds', () => {
    expect(Object.keys(expected).sort()).toEqual(files);
  });

  it.each(files)('%s imports as recorded', (name) => {
    const result = run(folder, name);
    if (!result.ok) throw new Error(result.errors.map((e) => `${e.where}: ${e.message}`).join('\n'));
    const want = expected[name]!;
    expect([result.graph.order, result.graph.size]).toEqual([want.nodes, want.edges]);
    if (want.positions !== undefined) expect(result.positions).toBe(want.positions);
    if (want.warning) expect(result.warnings.join('\n')).toContain(want.warning);
    const attributesOf = (key: string): Record<string, unknown> =>
      result.graph.hasNode(key) ? result.graph.getNodeAttributes(key) : result.graph.getEdgeAttributes(key);
    // Labels come back as the text the file holds: nothing is unescaped twice, stripped or evaluated.
    for (const [key, label] of Object.entries(want.labels ?? {})) expect(attributesOf(key).label).toBe(label);
    for (const [key, attributes] of Object.entries(want.attributes ?? {})) expect(attributesOf(key)).toMatchObject(attributes);
    // What the explorer reads is always there.
    result.graph.forEachNode((_, a) => expect(['state', 'organization']).toContain(a.kind));
    result.graph.forEachEdge((_, a) => {
      expect(a.periods.length).toBeGreaterThan(0);
      expect(typeof a.start).toBe('string');
    });
  });
});
