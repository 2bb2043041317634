// End-to-end: the server's HTTP behaviour. API answers carry ETag, Cache-Control and CORS and answer 304 to a
// conditional request; bad methods, paths and parameters get JSON errors; pages carry a nonce CSP and security headers
// under which the explorer works with no violation; the OpenAPI description is valid and its examples answer; the
// README's Python snippet runs against this server.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import SwaggerParser from '@apidevtools/swagger-parser';
import { expect, test } from '@playwright/test';
import { graphReady } from './helpers';

const ROOT = path.resolve(import.meta.dirname, '..');

test('API answers carry ETag, Cache-Control and CORS, and a conditional request gets 304', async ({ request }) => {
  for (const url of [
    '/api/graph?asOf=2000-01-01',
    '/api/graph?asOf=2000-01-01&format=gexf',
    '/api/metrics?measure=degree&asOf=2010-01-01',
    '/api/compare?asOf=2020-01-01',
    '/api/openapi.json',
  ]) {
    const first = await request.get(url);
    expect(first.status(), url).toBe(200);
    const headers = first.headers();
    expect(headers.etag, url).toMatch(/^"[\w-]+"$/);
    expect(headers['cache-control'], url).toBe('public, max-age=300');
    expect(headers['access-control-allow-origin'], url).toBe('*');
    expect(headers['x-content-type-options'], url).toBe('nosniff');
    const again = await request.get(url, { headers: { 'If-None-Match': headers.etag! } });
    expect(again.status(), url).toBe(304);
    expect(again.headers().etag, url).toBe(headers.etag);
    expect(await again.body(), url).toHaveLength(0);
  }
  const other = await request.get('/api/graph?asOf=2010-01-01');
  expect(other.headers().etag).not.toBe((await request.get('/api/graph?asOf=2000-01-01')).headers().etag);
  const head = await request.head('/api/graph?asOf=2000-01-01');
  expect([head.status(), head.headers()['content-type']]).toEqual([200, 'application/json; charset=utf-8']);
  const preflight = await request.fetch('/api/graph', {
    method: 'OPTIONS',
    headers: { Origin: 'https://notebook.example', 'Access-Control-Request-Method': 'GET' },
  });
  expect(preflight.status()).toBe(204);
  expect(preflight.headers()['access-control-allow-methods']).toBe('GET, HEAD, OPTIONS');
});

test('bad methods, paths and parameters get JSON errors that say what is wrong and name no internal module', async ({ request }) => {
  for (const method of ['TRACE', 'POST', 'PUT', 'DELETE', 'PATCH']) {
    const response = await request.fetch('/api/graph', { method });
    expect(response.status(), method).toBe(405);
    expect(response.headers().allow, method).toBe('GET, HEAD, OPTIONS');
    expect(await response.json(), method).toMatchObject({ error: 'method-not-allowed' });
  }
  const page = await request.fetch('/', { method: 'TRACE' });
  expect([page.status(), page.headers().allow]).toEqual([405, 'GET, HEAD, OPTIONS']);
  const missing = await request.get('/api/nothing/here');
  expect(missing.status()).toBe(404);
  expect(missing.headers()['content-type']).toContain('application/json');
  expect(await missing.json()).toMatchObject({ error: 'not-found', message: expect.stringContaining('/api/graph') });
  expect(missing.headers().etag).toBeTruthy();

  const cases: [string, number, Record<string, unknown>][] = [
    [
      '/api/graph?asOf=2000-01-01&asOf=2010-01-01',
      400,
      { error: 'bad-parameter', parameter: 'asOf', message: 'parameter "asOf" is given 2 times: give it once' },
    ],
    ['/api/graph?asof=2000-01-01', 400, { error: 'bad-parameter', parameter: 'asof' }],
    ['/api/metrics?measure=toString', 400, { error: 'bad-parameter', parameter: 'measure' }],
    ['/api/graph?format=gexf&edgetype=both', 400, { error: 'bad-parameter', parameter: 'edgetype' }],
    ['/api/metrics?measure=eigenvector&direction=directed&kinds=membership', 422, { error: 'not-computable' }],
  ];
  for (const [url, status, body] of cases) {
    const response = await request.get(url);
    expect(response.status(), url).toBe(status);
    expect(response.headers()['cache-control'], url).toBe('no-cache');
    const text = await response.text();
    expect(JSON.parse(text), url).toMatchObject(body);
    expect(text, url).not.toMatch(/lib\/|node_modules|\.ts\b|at [\w.]+ \(/);
  }
});

test('pages carry a nonce Content-Security-Policy and security headers; the explorer runs under them with no violation', async ({ page, request }) => {
  const response = await request.get('/');
  const headers = response.headers();
  const policy = headers['content-security-policy']!;
  const scripts = policy.split('; ').find((d) => d.startsWith('script-src'))!;
  expect(scripts).toMatch(/^script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'$/);
  expect(policy).not.toContain('unsafe-eval');
  expect(policy).toContain("frame-ancestors 'none'");
  expect(headers['x-frame-options']).toBe('DENY');
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
  expect(headers['permissions-policy']).toContain('camera=()');
  const nonce = /'nonce-([^']+)'/.exec(scripts)![1]!;
  const html = await response.text();
  // every script tag of the page carries this response's nonce
  const tags = html.match(/<script\b[^>]*>/g) ?? [];
  expect(tags.length).toBeGreaterThan(0);
  for (const tag of tags) expect(tag).toContain(`nonce="${nonce}"`);
  expect((await request.get('/')).headers()['content-security-policy']).not.toBe(policy); // a fresh nonce per request

  // the production bundles never evaluate strings as code (lodash's and core-js's unreachable Function("return this")
  // fallbacks aside: the violation listener below shows that nothing evaluates code at run time)
  const chunks = path.join(ROOT, '.next/static/chunks');
  const files = readdirSync(chunks, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.js'));
  for (const file of files) {
    const code = readFileSync(path.join(chunks, file), 'utf8');
    expect(code, file).not.toMatch(/\beval\(|new Function\(/);
  }

  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => console.error(`Refused to: CSP ${e.violatedDirective} ${e.blockedURI}`));
  });
  // the graph drawn (Cytoscape, layout worker), a measure computed (analysis worker), the export dialog open
  test.setTimeout(180_000); // the full graph, on a machine shared with other builds
  await page.goto('/?measure=betweenness');
  await graphReady(page, 150_000);
  await expect(page.getByTestId('graph')).toHaveAttribute('data-nodes', /^[1-9]\d*$/);
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  await expect(page.getByRole('dialog', { name: 'Export' }).getByRole('button', { name: 'GEXF', exact: true })).toBeVisible();
  expect(violations).toEqual([]);
});

test('the OpenAPI description is valid OpenAPI 3.1 and every route’s example answers', async ({ request }) => {
  const document = await (await request.get('/api/openapi.json')).json();
  await SwaggerParser.validate(structuredClone(document));
  const paths = Object.keys(document.paths);
  expect(paths).toEqual(['/api/graph', '/api/metrics', '/api/compare', '/api/changes', '/api/series', '/api/stories', '/api/openapi.json']);
  for (const route of paths) {
    const content = Object.values(document.paths[route].get.responses['200'].content) as { examples?: { example: { externalValue: string } } }[];
    const example = content[0]!.examples!.example.externalValue;
    expect((await request.get(example)).status(), example).toBe(200);
  }
});

test('the README’s Python snippet runs against this server', async ({ baseURL }) => {
  const check = spawnSync('python3', ['-c', 'import requests, networkx'], { encoding: 'utf8' });
  test.skip(check.status !== 0, `python3 with requests and networkx is not available: ${check.stderr.trim().split('\n').pop()}`);
  const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
  const snippet = /## API[\s\S]*?```python\n([\s\S]*?)```/.exec(readme)?.[1];
  expect(snippet, 'a python block in the README API section').toBeTruthy();
  const run = spawnSync('python3', ['-c', snippet!], { encoding: 'utf8', env: { ...process.env, ENTENTE_URL: baseURL! }, timeout: 60_000 });
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
  expect(run.stdout).toMatch(/^\d+ nodes, \d+ ties, [1-9]\d* undirected\nArmenia \[.*'csto'.*\]\nmost between: \[/);
});
