// The OpenAPI 3.1 description of the API (served at /api/openapi.json), generated from the route table, with an example
// request per route (externalValue: a URL that answers it) and the error and caching behaviour every route shares.
import { API_ROUTES, type ApiRoute } from './routes';

const ERROR_SCHEMA = {
  type: 'object',
  required: ['error', 'message'],
  properties: {
    error: { type: 'string', description: 'bad-parameter, not-found, method-not-allowed, not-computable or internal-error' },
    parameter: { type: 'string', description: 'The parameter at fault, for bad-parameter' },
    message: { type: 'string', description: 'What is wrong, and the valid values' },
  },
};

const CACHE_HEADERS = {
  ETag: { description: 'Strong validator of the answer; send it back in If-None-Match to get 304', schema: { type: 'string' } },
  'Cache-Control': { description: 'public, max-age=300 for answers, no-cache for errors', schema: { type: 'string' } },
  'Access-Control-Allow-Origin': { description: 'CORS: any origin may GET', schema: { type: 'string', const: '*' } },
};

const error = (description: string) => ({
  description,
  headers: CACHE_HEADERS,
  content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
});

export const exampleUrl = (route: ApiRoute) => (route.exampleQuery ? `${route.path}?${route.exampleQuery}` : route.path);

function operation(route: ApiRoute) {
  const id = route.path
    .replace(/^\/api\//, '')
    .replace(/\.json$/, '')
    .replace(/[^a-z]+(.)/g, (_, c: string) => c.toUpperCase());
  const content = Object.fromEntries(
    route.produces.map((type, i) => [
      type,
      {
        schema: type === 'application/json' ? { type: 'object' } : { type: 'string' },
        ...(i === 0 ? { examples: { example: { summary: `GET ${exampleUrl(route)}`, externalValue: exampleUrl(route) } } } : {}),
      },
    ]),
  );
  return {
    get: {
      operationId: `get${id.charAt(0).toUpperCase()}${id.slice(1)}`,
      summary: route.summary,
      description: route.description,
      parameters: route.parameters.map((p) => ({
        name: p.name,
        in: 'query',
        required: false,
        description: p.description,
        schema: p.schema,
        example: p.example,
      })),
      responses: {
        '200': { description: route.summary, headers: CACHE_HEADERS, content },
        '304': { description: 'Not modified: the If-None-Match ETag is current', headers: CACHE_HEADERS },
        ...(route.parameters.length > 0 ? { '400': error('A bad, unknown or repeated parameter') } : {}),
        ...(route.path === '/api/metrics' ? { '422': error('The measure cannot be computed on this view (e.g. eigenvector does not converge)') } : {}),
        '405': error('A method other than GET, HEAD or OPTIONS'),
      },
    },
  };
}

/** The whole description; `version` is the package's. */
export function openApiDocument(version: string) {
  return {
    openapi: '3.1.0',
    info: {
      title: 'Entente API',
      version,
      summary: 'Relationships between states (alliances, blocs, conflicts, dependencies) as of any date, every tie dated and sourced.',
      description: 'Read-only. Every answer carries an ETag and Cache-Control; any origin may GET it (CORS). Unknown /api/ paths answer a JSON 404.',
      license: { name: 'MIT', identifier: 'MIT' },
    },
    servers: [{ url: '/', description: 'This server' }],
    paths: Object.fromEntries(API_ROUTES.map((route) => [route.path, operation(route)])),
    components: { schemas: { Error: ERROR_SCHEMA } },
  };
}
