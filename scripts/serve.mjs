// The production server (npm run serve): Next's request handler behind Node's HTTP server, which first answers the
// methods the Fetch API cannot represent (TRACE, TRACK, CONNECT: Next fails on them with a 500) with a JSON 405, and
// replays pages and API answers already rendered for the same URL and day from a bounded cache (response-cache.mjs).
// Usage: node scripts/serve.mjs [-p PORT] [-H HOSTNAME]   (defaults: $PORT or 3000, all interfaces)
// Env: ENTENTE_RESPONSE_CACHE_MB (64; 0 turns the cache off).
import { createHash } from 'node:crypto';
import { createServer } from 'node:http';
import next from 'next';
import { ResponseCache } from './response-cache.mjs';

const args = process.argv.slice(2);
const option = (short, long) => {
  const i = args.findIndex((a) => a === short || a === long);
  return i >= 0 ? args[i + 1] : undefined;
};
const port = Number(option('-p', '--port') ?? process.env.PORT ?? 3000);
const hostname = option('-H', '--hostname');

/** Kept equal to proxy.ts's 405 (lib/api/routes.ts API_METHODS). */
const ALLOW = 'GET, HEAD, OPTIONS';
const UNREPRESENTABLE = new Set(['TRACE', 'TRACK', 'CONNECT']);

function refuse(method) {
  const body = JSON.stringify({ error: 'method-not-allowed', message: `${method} is not allowed here: the server answers ${ALLOW}` });
  const etag = `"${createHash('sha256').update('405').update(body).digest('base64url').slice(0, 32)}"`;
  return {
    body,
    headers: {
      Allow: ALLOW,
      'Content-Type': 'application/json; charset=utf-8',
      'Content-Length': Buffer.byteLength(body),
      ETag: etag,
      'Cache-Control': 'no-cache',
      'X-Content-Type-Options': 'nosniff',
    },
  };
}

const app = next({ dev: false, hostname, port });
await app.prepare();
const handle = app.getRequestHandler();
const cacheMiB = Number(process.env.ENTENTE_RESPONSE_CACHE_MB ?? 64);
const cache = Number.isFinite(cacheMiB) && cacheMiB > 0 ? new ResponseCache({ maxBytes: cacheMiB * 1024 * 1024 }) : null;

const server = createServer((request, response) => {
  if (UNREPRESENTABLE.has(request.method ?? '')) {
    const { body, headers } = refuse(request.method);
    response.writeHead(405, headers).end(body);
    return;
  }
  if (cache) void cache.handle(request, response, handle);
  else void handle(request, response);
});
server.on('connect', (request, socket) => {
  const { body, headers } = refuse('CONNECT');
  socket.end(
    `HTTP/1.1 405 Method Not Allowed\r\n${Object.entries(headers)
      .map(([k, v]) => `${k}: ${v}`)
      .join('\r\n')}\r\nConnection: close\r\n\r\n${body}`,
  );
});
server.listen(port, hostname, () => console.log(`Entente on http://${hostname ?? 'localhost'}:${port}`));
