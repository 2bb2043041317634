// The API's routes, one entry each: path, what it answers, its parameters (with their valid values and an example).
// The handlers check queries against it, and the OpenAPI description (/api/openapi.json) is generated from it.
import { MEASURE_IDS } from '@/lib/analysis/measures';
import { BLOC_SERIES_IDS } from '@/lib/analysis/series';
import { TIE_KINDS } from '@/lib/data/schema';
import { EDGE_TYPE_FORMS } from '@/lib/formats/edge-type';
import { FILE_FORMATS } from '@/lib/formats/registry';

export type ApiParameter = {
  name: string;
  description: string;
  schema: { type: 'string'; enum?: readonly string[]; pattern?: string; default?: string };
  example: string;
};

export type ApiRoute = {
  path: string;
  summary: string;
  description: string;
  parameters: readonly ApiParameter[];
  /** Content types of a 200 answer; the first is the default. */
  produces: readonly string[];
  /** A query that answers 200, for the examples and the tests. */
  exampleQuery: string;
};

const AS_OF: ApiParameter = {
  name: 'asOf',
  description: 'The date of the view, YYYY-MM-DD (YYYY and YYYY-MM read as their first day), from 1900-01-01 to today; default today.',
  schema: { type: 'string', pattern: '^\\d{4}(-\\d{2}(-\\d{2})?)?$' },
  example: '2000-01-01',
};

const formatsWith = (has: (parts: readonly string[] | null, edgeTypes: readonly string[]) => boolean) =>
  FILE_FORMATS.filter((f) => has(f.parts, f.edgeTypes))
    .map((f) => f.id)
    .join(', ');

export const GRAPH_ROUTE: ApiRoute = {
  path: '/api/graph',
  summary: 'The graph as of a date',
  description:
    'Every state, organization and tie that holds on the date, with their attributes, periods and sources. Without format: graphology JSON to read. ' +
    'With format: a download (Content-Disposition) in that format; GEXF and GraphML are one directed graph whose ties carry a `directed` attribute (networkx, igraph, Gephi read it), or with edgetype=mixed each tie typed directed or undirected (Gephi).',
  parameters: [
    AS_OF,
    {
      name: 'format',
      description: `The file format: ${FILE_FORMATS.map((f) => `${f.id} (${f.label}: ${f.readBy})`).join('; ')}.`,
      schema: { type: 'string', enum: FILE_FORMATS.map((f) => f.id) },
      example: 'gexf',
    },
    {
      name: 'part',
      description: `Which file of a format made of several (${formatsWith((parts) => parts !== null)}): ${FILE_FORMATS.flatMap((f) => f.parts ?? []).join(' (default) or ')}.`,
      schema: { type: 'string', enum: [...new Set(FILE_FORMATS.flatMap((f) => f.parts ?? []))] },
      example: 'nodes',
    },
    {
      name: 'edgetype',
      description: `How directed and undirected ties are held (${formatsWith((_, edgeTypes) => edgeTypes.length > 0)}): directed (default: one directed graph, a directed attribute per tie) or mixed.`,
      schema: { type: 'string', enum: EDGE_TYPE_FORMS },
      example: 'mixed',
    },
  ],
  produces: ['application/json', ...FILE_FORMATS.filter((f) => f.id !== 'json').map((f) => f.mimeType)],
  exampleQuery: 'asOf=2000-01-01',
};

export const METRICS_ROUTE: ApiRoute = {
  path: '/api/metrics',
  summary: 'A centrality measure on the view of a date',
  description: 'One measure on the analysis graph built from the chosen tie kinds, with a description of that graph and of the options used.',
  parameters: [
    AS_OF,
    { name: 'measure', description: 'The measure.', schema: { type: 'string', enum: MEASURE_IDS, default: 'degree' }, example: 'betweenness' },
    {
      name: 'kinds',
      description: `Comma-separated tie kinds the analysis graph is built from, among ${TIE_KINDS.join(', ')}.`,
      schema: { type: 'string' },
      example: 'membership,alliance',
    },
    {
      name: 'projection',
      description: 'bipartite (organizations are nodes) or co-membership (members of one organization tied to each other).',
      schema: { type: 'string', enum: ['bipartite', 'co-membership'], default: 'bipartite' },
      example: 'co-membership',
    },
    {
      name: 'direction',
      description: 'undirected or directed (measures that need direction default to directed).',
      schema: { type: 'string', enum: ['undirected', 'directed'] },
      example: 'undirected',
    },
  ],
  produces: ['application/json'],
  exampleQuery: 'measure=betweenness&asOf=2020-01-01',
};

export const COMPARE_ROUTE: ApiRoute = {
  path: '/api/compare',
  summary: 'Cohesion of two organizations side by side',
  description: 'Membership counts, internal alliances and conflicts, and shared ties of two organizations on a date.',
  parameters: [
    AS_OF,
    { name: 'orgs', description: 'Two organization ids, comma-separated; default csto,nato.', schema: { type: 'string' }, example: 'csto,nato' },
  ],
  produces: ['application/json'],
  exampleQuery: 'orgs=csto,nato&asOf=2020-01-01',
};

const DATE_PATTERN = '^\\d{4}(-\\d{2}(-\\d{2})?)?$';
const dateParameter = (name: string, description: string, example: string): ApiParameter => ({
  name,
  description,
  schema: { type: 'string', pattern: DATE_PATTERN },
  example,
});

const CSV_OR_JSON: ApiParameter = {
  name: 'format',
  description: 'json (default) or csv (a download).',
  schema: { type: 'string', enum: ['json', 'csv'], default: 'json' },
  example: 'csv',
};

export const CHANGES_ROUTE: ApiRoute = {
  path: '/api/changes',
  summary: 'What changed between two dates',
  description:
    'Every change after `from` up to and including `to`, in date order: ties that began, ended or changed status, and states or organizations that appeared or ceased to exist, each with its sources.',
  parameters: [
    dateParameter('from', 'The earlier date, YYYY-MM-DD; default a year before `to`.', '2021-01-01'),
    dateParameter('to', 'The later date, YYYY-MM-DD; default today.', '2026-01-01'),
    {
      name: 'kinds',
      description: `Comma-separated kinds of change to list: tie kinds (${TIE_KINDS.join(', ')}) and node (states and organizations).`,
      schema: { type: 'string' },
      example: 'membership',
    },
    { name: 'node', description: 'Only changes that involve this node (a state or organization key).', schema: { type: 'string' }, example: 'ARM' },
    CSV_OR_JSON,
  ],
  produces: ['application/json', 'text/csv'],
  exampleQuery: 'from=2021-01-01&to=2026-01-01&kinds=membership',
};

export const SERIES_ROUTE: ApiRoute = {
  path: '/api/series',
  summary: 'A measure’s history',
  description:
    'One value per date (1 January of each year, or each date on which the data changed) for one or more nodes: a centrality measure on each date’s view, or for organizations a bloc figure of the compare view. Null where the node did not exist.',
  parameters: [
    {
      name: 'measure',
      description: `A centrality measure (${MEASURE_IDS.join(', ')}) or a bloc figure (${BLOC_SERIES_IDS.join(', ')}).`,
      schema: { type: 'string', enum: [...MEASURE_IDS, ...BLOC_SERIES_IDS], default: 'degree' },
      example: 'member-count',
    },
    { name: 'node', description: 'One node key or several, comma-separated (at most 12).', schema: { type: 'string' }, example: 'csto,nato' },
    dateParameter('from', 'The first date, YYYY-MM-DD; default 1949-01-01.', '1990-01-01'),
    dateParameter('to', 'The last date, YYYY-MM-DD; default today.', '2026-01-01'),
    { name: 'step', description: 'year (default) or change.', schema: { type: 'string', enum: ['year', 'change'], default: 'year' }, example: 'year' },
    {
      name: 'kinds',
      description: `Comma-separated tie kinds the measure runs on, among ${TIE_KINDS.join(', ')}.`,
      schema: { type: 'string' },
      example: 'membership,alliance',
    },
    {
      name: 'projection',
      description: 'bipartite or co-membership, as for /api/metrics.',
      schema: { type: 'string', enum: ['bipartite', 'co-membership'], default: 'bipartite' },
      example: 'bipartite',
    },
    {
      name: 'direction',
      description: 'undirected or directed, as for /api/metrics.',
      schema: { type: 'string', enum: ['undirected', 'directed'] },
      example: 'undirected',
    },
    CSV_OR_JSON,
  ],
  produces: ['application/json', 'text/csv'],
  exampleQuery: 'measure=member-count&node=csto,nato&from=1990-01-01&to=2026-01-01',
};

export const STORIES_ROUTE: ApiRoute = {
  path: '/api/stories',
  summary: 'The stories shipped with the dataset',
  description: 'Each story with its steps: title, text, sources and the view (date, focus, explorer parameters, highlighted ties) the explorer shows.',
  parameters: [],
  produces: ['application/json'],
  exampleQuery: '',
};

export const OPENAPI_ROUTE: ApiRoute = {
  path: '/api/openapi.json',
  summary: 'This API, described in OpenAPI 3.1',
  description: 'The machine-readable description of every route, its parameters, answers and examples.',
  parameters: [],
  produces: ['application/json'],
  exampleQuery: '',
};

export const API_ROUTES: readonly ApiRoute[] = [GRAPH_ROUTE, METRICS_ROUTE, COMPARE_ROUTE, CHANGES_ROUTE, SERIES_ROUTE, STORIES_ROUTE, OPENAPI_ROUTE];

/** The methods every API route answers. */
export const API_METHODS = ['GET', 'HEAD', 'OPTIONS'] as const;
