// Property-based tests: for any query, the API's parameter readers and the explorer's URL parser answer a value or a
// message saying which parameter is wrong — they never throw.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseMetricRequest } from '@/lib/analysis/metric-request';
import { parseExportRequest } from '@/lib/formats/export-request';
import { parseAsOfParam } from '@/lib/graph/date-param';
import { parseViewState } from '@/lib/view/view-state';
import { readQuery } from './query';
import { API_ROUTES } from './routes';

const RUNS = Number(process.env.FUZZ_RUNS ?? 300);
const NAMES = [...new Set(API_ROUTES.flatMap((r) => r.parameters.map((p) => p.name)))];
const name = fc.oneof(
  fc.constantFrom(...NAMES, 'date', 'focus', 'hide', 'regions', 'subregions', 'cstatus', 'measure', 'toString', '__proto__', 'constructor'),
  fc.string({ maxLength: 8 }),
);
const text = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.constantFrom(
    '2000-01-01',
    '1899-12-31',
    '2023-02-30',
    '9999-99-99',
    'toString',
    '__proto__',
    'gexf',
    'csv',
    'mixed',
    'nodes',
    'betweenness',
    'membership,alliance',
    ',,,',
    '%E0%A4%A',
    '<script>',
  ),
);
const query = fc.array(fc.tuple(name, text), { maxLength: 8 }).map((pairs) => new URLSearchParams(pairs));

const located = (result: { ok: boolean; parameter?: string; message?: string }) => {
  if (result.ok) return;
  expect(typeof result.parameter).toBe('string');
  expect(result.message!.length).toBeGreaterThan(0);
};

describe('API parameter readers never throw', () => {
  it('readQuery, and the graph, metrics and date readers behind it', () => {
    fc.assert(
      fc.property(query, fc.constantFrom(...API_ROUTES), (params, route) => {
        const read = readQuery(
          params,
          route.parameters.map((p) => p.name),
        );
        located(read);
        if (!read.ok) return;
        located(parseExportRequest(read.get));
        located(parseMetricRequest(read.get));
        const date = parseAsOfParam(read.get('asOf'), '2026-11-30');
        if (!date.ok) expect(date.message).toContain('asOf');
      }),
      { numRuns: RUNS },
    );
  });
});

describe('the URL view-state parser never throws', () => {
  it('returns a state and a notice for what it ignores, for any query', () => {
    const context = {
      nodeKeys: new Set(['ARM', 'AZE', 'csto', 'nato', 'toString']),
      measures: ['degree', 'betweenness'],
      today: '2026-11-30',
      regions: new Set(['Asia', 'Europe']),
      subregions: new Set(['Western Asia']),
      subtypes: new Set(['trade-import', 'war']),
      conflictStatuses: new Set(['active']),
      nodeAttributes: new Set(['kind', 'region']),
    };
    fc.assert(
      fc.property(query, (params) => {
        const parsed = parseViewState(params, context);
        expect(parsed.state).toBeTypeOf('object');
        expect(Array.isArray(parsed.notices)).toBe(true);
        for (const notice of parsed.notices) expect(notice).toBeTypeOf('string');
      }),
      { numRuns: RUNS },
    );
  });
});
