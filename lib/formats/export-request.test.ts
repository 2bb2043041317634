import { describe, expect, it } from 'vitest';
import { exportFile, parseExportRequest } from './export-request';
import { formatById } from './registry';
import { FIXTURE_GRAPHS } from './test-graphs.fixtures';

const parse = (params: Record<string, string>) => parseExportRequest((name) => params[name] ?? null);
const view = FIXTURE_GRAPHS[1]![1]; // as of 2000-01-01

describe('parseExportRequest', () => {
  it('defaults to json, and csv to its edges file', () => {
    expect(parse({})).toEqual({ ok: true, format: formatById('json'), part: null, edgeType: null, explicit: false });
    expect(parse({ format: 'csv' })).toEqual({ ok: true, format: formatById('csv'), part: 'edges', edgeType: null, explicit: true });
    expect(parse({ format: 'csv', part: 'nodes' })).toMatchObject({ ok: true, part: 'nodes' });
    expect(parse({ format: 'gexf' })).toMatchObject({ ok: true, edgeType: 'directed' });
    expect(parse({ format: 'graphml', edgetype: 'mixed' })).toMatchObject({ ok: true, edgeType: 'mixed' });
  });

  it('lists the valid values for an unknown format or part', () => {
    expect(parse({ format: 'xlsx' })).toEqual({ ok: false, parameter: 'format', message: 'format "xlsx" is not one of gexf, graphml, json, csv' });
    expect(parse({ format: 'csv', part: 'all' })).toEqual({ ok: false, parameter: 'part', message: 'part "all" is not one of edges, nodes' });
    expect(parse({ format: 'gexf', part: 'nodes' })).toEqual({ ok: false, parameter: 'part', message: 'part applies to format=csv only' });
    expect(parse({ format: 'csv', edgetype: 'mixed' })).toEqual({
      ok: false,
      parameter: 'edgetype',
      message: 'edgetype applies to format=gexf or format=graphml only',
    });
    expect(parse({ format: 'gexf', edgetype: 'both' })).toEqual({ ok: false, parameter: 'edgetype', message: 'edgetype "both" is not one of directed, mixed' });
    expect(parse({ format: 'toString' })).toMatchObject({ ok: false, parameter: 'format' });
  });
});

describe('exportFile', () => {
  it.each([
    ['json', null, null, 'application/json; charset=utf-8', 'entente-2000-01-01.json'],
    ['gexf', null, 'directed', 'application/gexf+xml; charset=utf-8', 'entente-2000-01-01.gexf'],
    ['gexf', null, 'mixed', 'application/gexf+xml; charset=utf-8', 'entente-2000-01-01-mixed.gexf'],
    ['graphml', null, 'directed', 'application/graphml+xml; charset=utf-8', 'entente-2000-01-01.graphml'],
    ['csv', 'edges', null, 'text/csv; charset=utf-8', 'entente-2000-01-01.edges.csv'],
    ['csv', 'nodes', null, 'text/csv; charset=utf-8', 'entente-2000-01-01.nodes.csv'],
  ] as const)('%s %s %s: content type and file name', (format, part, edgeType, contentType, fileName) => {
    const file = exportFile(view, { format: formatById(format)!, part, edgeType });
    expect([file.contentType, file.fileName]).toEqual([contentType, fileName]);
    expect(file.body.length).toBeGreaterThan(100);
  });

  it('names the timeless graph as such', () => {
    expect(exportFile(FIXTURE_GRAPHS[0]![1], { format: formatById('gexf')!, part: null, edgeType: null }).fileName).toBe('entente-timeless.gexf');
  });
});
