// The one way every API route answers: strict query reading, an LRU of computed answers (bounded memory over any number
// of dates), ETag and Cache-Control on every answer, 304 for a conditional request, CORS GET, errors as JSON.
import type { NextRequest } from 'next/server';
import { todayIso } from '@/lib/data/dates';
import { errorAnswer, matchesEtag, type Answer } from '@/lib/api/answer';
import { LruCache } from '@/lib/api/lru';
import { publicMessage } from '@/lib/api/public-message';
import { readQuery } from '@/lib/api/query';
import { API_METHODS, type ApiRoute } from '@/lib/api/routes';
import { asOf } from '@/lib/graph/as-of';
import { getBundledGraph } from '@/lib/graph/bundled';
import { parseAsOfParam } from '@/lib/graph/date-param';
import type { EntenteGraph } from '@/lib/graph/types';

/** Answers by route and canonical query: at most 256 of them and 96 MB (a full GEXF is about 2.5 MB). */
const answers = new LruCache<Promise<Answer>>(256, 96 * 1024 * 1024);

export const CORS_HEADERS: Record<string, string> = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Methods': API_METHODS.join(', '),
  'Access-Control-Allow-Headers': 'If-None-Match',
  'Access-Control-Expose-Headers': 'ETag, Content-Disposition',
};

const CACHE_OK = 'public, max-age=300';
const CACHE_ERROR = 'no-cache';

export function badParameter(parameter: string, message: string): Answer {
  return errorAnswer(400, 'bad-parameter', message, parameter);
}

/** The view as of the query's `asOf` (default today), or the 400 answer to send instead. */
export async function viewFor(get: (name: string) => string | null): Promise<{ view: EntenteGraph } | { answer: Answer }> {
  const date = parseAsOfParam(get('asOf'));
  if (!date.ok) return { answer: badParameter('asOf', date.message) };
  return { view: asOf(await getBundledGraph(), date.day) };
}

/** Sends an answer, or 304 when the request's If-None-Match names its ETag. */
export function send(request: Request, answer: Answer): Response {
  const headers = new Headers({
    ...CORS_HEADERS,
    ETag: answer.etag,
    'Cache-Control': answer.status < 400 ? CACHE_OK : CACHE_ERROR,
    'X-Content-Type-Options': 'nosniff',
    ...answer.headers,
  });
  if (answer.status === 200 && matchesEtag(request.headers.get('if-none-match'), answer.etag)) return new Response(null, { status: 304, headers });
  headers.set('Content-Type', answer.contentType);
  return new Response(request.method === 'HEAD' ? null : (answer.body as Uint8Array<ArrayBuffer>), { status: answer.status, headers });
}

/** The GET (and HEAD) handler of a route: `compute` runs once per distinct query and day, its answer is kept. */
export function apiRoute(route: ApiRoute, compute: (get: (name: string) => string | null) => Promise<Answer> | Answer) {
  return async function GET(request: NextRequest): Promise<Response> {
    const query = readQuery(
      request.nextUrl.searchParams,
      route.parameters.map((p) => p.name),
    );
    if (!query.ok) return send(request, badParameter(query.parameter, query.message));
    // "today" is part of the key: a query without asOf means another date tomorrow
    const key = `${route.path}?${query.canonical}#${todayIso()}`;
    let pending = answers.get(key);
    if (!pending) {
      const computing = Promise.resolve().then(() => compute(query.get));
      pending = computing;
      answers.set(key, computing);
      computing.then(
        (done) => answers.get(key) === computing && answers.set(key, computing, done.body.byteLength),
        () => answers.delete(key),
      );
    }
    try {
      return send(request, await pending);
    } catch (error) {
      console.error(`${route.path}: ${(error as Error).stack ?? error}`);
      return send(request, errorAnswer(500, 'internal-error', `the answer could not be computed: ${publicMessage((error as Error).message ?? String(error))}`));
    }
  };
}
