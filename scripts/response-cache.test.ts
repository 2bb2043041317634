import { Agent, createServer, request as httpRequest, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gunzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { acceptsGzip, cacheKey, ResponseCache } from './response-cache.mjs';

const agent = new Agent({ keepAlive: true });

type Reply = { status: number; headers: IncomingMessage['headers']; body: Buffer };

/** One raw HTTP request (no automatic decompression, unlike fetch). */
function get(port: number, path: string, headers: Record<string, string> = {}, method = 'GET'): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port, path, method, headers, agent }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

const servers: Server[] = [];
afterEach(async () => {
  agent.destroy();
  await Promise.all(servers.splice(0).map((s) => new Promise((resolve) => s.close(resolve))));
});

/** A server whose "Next" handler is `next`, behind a ResponseCache; counts the requests that reached `next`. */
async function serve(next: (req: IncomingMessage, res: ServerResponse) => unknown, options: ConstructorParameters<typeof ResponseCache>[0] = {}) {
  const cache = new ResponseCache(options);
  const seen: IncomingMessage[] = [];
  const server = createServer((req, res) => {
    void cache.handle(req, res, (r, s) => {
      seen.push(r);
      return next(r, s);
    });
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { port: (server.address() as AddressInfo).port, cache, seen };
}

/** Like Next's page: a CSP nonce in a header, in a Link header and three times in a body streamed in two writes. */
function page(req: IncomingMessage, res: ServerResponse) {
  const nonce = Math.random().toString(36).slice(2).padEnd(22, 'x') + '==';
  res.setHeader('Content-Security-Policy', `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'; frame-ancestors 'none'`);
  res.setHeader('Link', `</a.css>; rel=preload; nonce="${nonce}"`);
  res.setHeader('Content-Type', 'text/html; charset=utf-8');
  res.setHeader('Cache-Control', 'private, no-cache, no-store');
  res.write(`<html><script nonce="${nonce}" src="/a.js"></script>${'<p>filler</p>'.repeat(200)}`);
  res.end(`<script nonce="${nonce}">self.x=1</script>{"nonce":"${nonce}","url":${JSON.stringify(req.url)}}</html>`);
}

/** Like an API route: JSON with a strong ETag, written with writeHead. */
function api(req: IncomingMessage, res: ServerResponse) {
  const body = JSON.stringify({ url: req.url, padding: 'x'.repeat(5000) });
  res.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8', ETag: `"${req.url?.length}"`, 'Cache-Control': 'public, max-age=300' });
  res.end(body);
}

const nonceOf = (reply: Reply) => /'nonce-([^']+)'/.exec(String(reply.headers['content-security-policy']))![1]!;

describe('cacheKey', () => {
  it('keeps GET and HEAD of pages, API routes and the dataset asset, per host, URL and day', () => {
    const h = { host: 'a:1' };
    expect(cacheKey('GET', '/bundled/4b8d075d22df7b04.json', h, 'd')).toBe('a:1 /bundled/4b8d075d22df7b04.json d');
    expect(cacheKey('GET', '/', h, '2026-11-30')).toBe('a:1 / 2026-11-30');
    expect(cacheKey('HEAD', '/embed?asOf=2000', h, 'd')).toBe('a:1 /embed?asOf=2000 d');
    expect(cacheKey('GET', '/api/graph?asOf=2000-01-01', h, 'd')).toBe('a:1 /api/graph?asOf=2000-01-01 d');
    expect(cacheKey('GET', '/?asOf=2000', h, 'd')).not.toBe(cacheKey('GET', '/?asOf=2000', h, 'e'));
  });

  it('leaves alone other methods, other paths and what Next answers differently (RSC payloads, ranges)', () => {
    const h = { host: 'a' };
    expect(cacheKey('POST', '/api/graph', h, 'd')).toBeNull();
    expect(cacheKey('OPTIONS', '/api/graph', h, 'd')).toBeNull();
    expect(cacheKey('GET', '/_next/static/chunks/a.js', h, 'd')).toBeNull();
    expect(cacheKey('GET', '/bundled/x.json?v=1', h, 'd')).toBeNull();
    expect(cacheKey('GET', '/embedded', h, 'd')).toBeNull();
    expect(cacheKey('GET', '/', { ...h, rsc: '1' }, 'd')).toBeNull();
    expect(cacheKey('GET', '/', { ...h, 'next-router-prefetch': '1' }, 'd')).toBeNull();
    expect(cacheKey('GET', '/?_rsc=abc', h, 'd')).toBeNull();
    expect(cacheKey('GET', '/api/graph', { ...h, range: 'bytes=0-9' }, 'd')).toBeNull();
  });
});

describe('acceptsGzip', () => {
  it('reads Accept-Encoding with q values', () => {
    expect(['gzip, deflate, br', 'br;q=1, gzip;q=0.5', '*', 'gzip;q=0', 'br', 'identity', undefined].map((h) => acceptsGzip(h))).toEqual([
      true,
      true,
      true,
      false,
      false,
      false,
      false,
    ]);
  });
});

describe('ResponseCache', () => {
  it('replays a page without rendering it again, with a fresh nonce in the CSP, the Link header and the body', async () => {
    const { port, seen } = await serve(page);
    const first = await get(port, '/?asOf=2000');
    const second = await get(port, '/?asOf=2000');
    const third = await get(port, '/?asOf=2000');
    expect(seen).toHaveLength(1);
    const [n1, n2, n3] = [first, second, third].map(nonceOf);
    expect(new Set([n1, n2, n3]).size).toBe(3);
    expect(second.body.toString().split(n2!)).toHaveLength(4); // three places in the body
    expect(second.body.toString().replaceAll(n2!, 'N')).toBe(first.body.toString().replaceAll(n1!, 'N'));
    expect(second.headers.link).toBe(`</a.css>; rel=preload; nonce="${n2}"`);
    expect([second.headers['cache-control'], second.headers['content-type'], second.headers['content-length']]).toEqual([
      'private, no-cache, no-store',
      'text/html; charset=utf-8',
      String(second.body.length),
    ]);
    // another URL is another page
    await get(port, '/?asOf=2001');
    expect(seen).toHaveLength(2);
  });

  it('asks Next for the identity encoding and gzips replays for clients that accept it', async () => {
    const { port, seen } = await serve(api);
    const first = await get(port, '/api/graph?asOf=2000', { 'Accept-Encoding': 'gzip' });
    expect(seen[0]!.headers['accept-encoding']).toBeUndefined();
    const zipped = await get(port, '/api/graph?asOf=2000', { 'Accept-Encoding': 'gzip, br' });
    const plain = await get(port, '/api/graph?asOf=2000');
    expect(seen).toHaveLength(1);
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(zipped.body).equals(first.body)).toBe(true);
    expect([plain.headers['content-encoding'], plain.body.equals(first.body)]).toEqual([undefined, true]);
  });

  it('answers a matching If-None-Match with 304 and keeps ETag, Cache-Control; HEAD gets the headers only', async () => {
    const { port } = await serve(api);
    const first = await get(port, '/api/graph?asOf=2000');
    const etag = String(first.headers.etag);
    const again = await get(port, '/api/graph?asOf=2000', { 'If-None-Match': `"other", W/${etag}` });
    expect([again.status, again.body.length, again.headers.etag, again.headers['cache-control'], again.headers['content-type']]).toEqual([
      304,
      0,
      etag,
      'public, max-age=300',
      undefined,
    ]);
    expect((await get(port, '/api/graph?asOf=2000', { 'If-None-Match': '"other"' })).status).toBe(200);
    const head = await get(port, '/api/graph?asOf=2000', {}, 'HEAD');
    expect([head.status, head.body.length, head.headers['content-length']]).toEqual([200, 0, String(first.body.length)]);
  });

  it('renders once for many simultaneous requests of the same URL', async () => {
    const { port, seen } = await serve((req, res) => setTimeout(() => api(req, res), 50));
    const replies = await Promise.all(Array.from({ length: 20 }, () => get(port, '/api/metrics?measure=betweenness')));
    expect(seen).toHaveLength(1);
    expect(new Set(replies.map((r) => r.body.toString())).size).toBe(1);
  });

  it('does not keep errors, cookies, RSC requests or answers over the size bound', async () => {
    let status = 400;
    const { port, seen, cache } = await serve(
      (req, res) => {
        if (req.url?.includes('cookie')) res.setHeader('Set-Cookie', 'a=1');
        res.statusCode = req.url?.includes('big') ? 200 : req.url?.includes('cookie') ? 200 : status;
        res.end(req.url?.includes('big') ? 'x'.repeat(2000) : 'body');
      },
      { maxEntryBytes: 1000 },
    );
    for (const path of ['/api/x', '/api/x', '/?cookie', '/?cookie', '/api/big', '/api/big']) await get(port, path);
    await get(port, '/', { RSC: '1' });
    await get(port, '/', { RSC: '1' });
    expect([seen.length, cache.size]).toEqual([8, 0]);
    status = 200;
    await get(port, '/api/x');
    await get(port, '/api/x');
    expect([seen.length, cache.size]).toEqual([9, 1]);
  });

  it('stays bounded over 2,000 distinct URLs and renders again on another day', async () => {
    let day = '2026-11-30';
    const { port, seen, cache } = await serve(api, { maxBytes: 100_000, day: () => day });
    for (let i = 0; i < 2000; i++) await get(port, `/api/graph?asOf=${i}`);
    expect(cache.bytes).toBeLessThanOrEqual(100_000);
    expect(cache.size).toBeGreaterThan(5);
    expect(cache.size).toBeLessThan(20);
    await get(port, '/api/graph?asOf=1999');
    expect(seen).toHaveLength(2000);
    day = '2026-12-01';
    await get(port, '/api/graph?asOf=1999');
    expect(seen).toHaveLength(2001);
  });
});
