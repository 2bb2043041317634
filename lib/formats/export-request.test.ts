import { describe, expect, it } from 'vitest';
import { exportFile, parseExportRequest } from './export-request';
import { FIXTURE_GRAPHS } from './test-graphs';

const parse = (params: Record<string, string>) => parseExportRequest((name) => params[name] ?? null);
const view = FIXTURE_GRAPHS[1]![1]; // as of 2000-01-01

describe('parseExportRequest', () => {
  it('defaults to json, and csv to its edges file', () => {
    expect(parse({})).toEqual({ ok: true, format: 'json', part: null, explicit: false });
    expect(parse({ format: 'csv' })).toEqual({ ok: true, format: 'csv', part: 'edges', explicit: true });
    expect(parse({ format: 'csv', part: 'nodes' })).toMatchObject({ ok: true, part: 'nodes' });
  });

  it('lists the valid values for an unknown format or part', () => {
    expect(parse({ format: 'xlsx' })).toEqual({ ok: false, parameter: 'format', message: 'format "xlsx" is not one of json, gexf, graphml, csv' });
    expect(parse({ format: 'csv', part: 'all' })).toEqual({ ok: false, parameter: 'part', message: 'part "all" is not one of edges, nodes' });
    expect(parse({ format: 'gexf', part: 'nodes' })).toMatchObject({ ok: false, parameter: 'part' });
  });
});

describe('exportFile', () => {
  it.each([
    ['json', null, 'application/json; charset=utf-8', 'entente-2000-01-01.json'],
    ['gexf', null, 'application/gexf+xml; charset=utf-8', 'entente-2000-01-01.gexf'],
    ['graphml', null, 'application/graphml+xml; charset=utf-8', 'entente-2000-01-01.graphml'],
    ['csv', 'edges', 'text/csv; charset=utf-8; header=present', 'entente-2000-01-01.edges.csv'],
    ['csv', 'nodes', 'text/csv; charset=utf-8; header=present', 'entente-2000-01-01.nodes.csv'],
  ] as const)('%s %s: content type and file name', (format, part, contentType, fileName) => {
    const file = exportFile(view, { format, part, explicit: true });
    expect([file.contentType, file.fileName]).toEqual([contentType, fileName]);
    expect(file.body.length).toBeGreaterThan(100);
  });

  it('names the timeless graph as such', () => {
    expect(exportFile(FIXTURE_GRAPHS[0]![1], { format: 'gexf', part: null, explicit: true }).fileName).toBe('entente-timeless.gexf');
  });
});
