import { describe, expect, it } from 'vitest';
import { fileNameOf, importFiles } from './import-files';

const file = (name: string, text: string) => ({ name, bytes: new TextEncoder().encode(text) });

describe('importFiles', () => {
  it('imports one file, or a CSV edge list with its node list in either order', () => {
    expect(importFiles([file('g.json', '{"nodes":[{"key":"a"},{"key":"b"}],"edges":[{"source":"a","target":"b"}]}')])).toMatchObject({
      status: 'ok',
      name: 'g.json',
    });
    const nodes = file('n.csv', 'id,label\na,Alpha\nb,Beta\n');
    const edges = file('e.csv', 'source,target\na,b\n');
    const outcome = importFiles([nodes, edges]);
    expect(outcome).toMatchObject({ status: 'ok', name: 'e.csv + n.csv' });
    if (outcome.status === 'ok') expect(outcome.graph.nodes.find((n) => n.key === 'a')?.attributes?.label).toBe('Alpha');
  });

  it('says what is wrong with the files given', () => {
    expect(importFiles([])).toMatchObject({ status: 'failed', errors: [{ where: 'file' }] });
    expect(importFiles([file('a.gexf', ''), file('b.gexf', '')])).toMatchObject({
      status: 'failed',
      errors: [{ message: 'import one file, or two CSV files (an edge list and a node list)' }],
    });
    expect(importFiles([file('a.csv', 'x'), file('b.json', '{}')])).toMatchObject({ status: 'failed', errors: [{ where: 'files' }] });
  });

  it('asks which columns are which when a CSV header is ambiguous', () => {
    expect(importFiles([file('e.csv', 'from,to,source\na,b,c\n')])).toMatchObject({ status: 'mapping', headers: ['from', 'to', 'source'] });
  });
});

describe('fileNameOf', () => {
  const headers = (init: Record<string, string>) => new Headers(init);
  it('takes Content-Disposition, else the last segment, adding an extension from the content type', () => {
    expect(fileNameOf(new URL('https://x.org/api/graph?format=gexf'), headers({ 'content-disposition': 'attachment; filename="entente-2000.gexf"' }))).toBe(
      'entente-2000.gexf',
    );
    expect(fileNameOf(new URL('https://x.org/data/net.graphml'), headers({}))).toBe('net.graphml');
    expect(fileNameOf(new URL('https://x.org/data/net'), headers({ 'content-type': 'text/csv' }))).toBe('net.csv');
    expect(fileNameOf(new URL('https://x.org/'), headers({ 'content-type': 'application/json' }))).toBe('graph.json');
    expect(fileNameOf(new URL('https://x.org/a%E0%A4%A.csv'), headers({}))).toBe('a%E0%A4%A.csv');
  });
});
