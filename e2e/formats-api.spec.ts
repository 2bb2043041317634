// End-to-end: GET /api/graph?format= serves GEXF, GraphML, JSON and CSV with their content types and a download name;
// the XML parses in the browser's own DOMParser; a bad format or part gets a 400 listing the valid values.
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';

const AS_OF = '2000-01-01';

type Counts = { nodes: number; edges: number };

async function jsonCounts(request: APIRequestContext): Promise<Counts> {
  const body = (await (await request.get(`/api/graph?asOf=${AS_OF}`)).json()) as { nodes: unknown[]; edges: unknown[] };
  return { nodes: body.nodes.length, edges: body.edges.length };
}

async function download(request: APIRequestContext, query: string, contentType: string, fileName: string): Promise<string> {
  const response = await request.get(`/api/graph?asOf=${AS_OF}&${query}`);
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toContain(contentType);
  expect(response.headers()['content-disposition']).toBe(`attachment; filename="${fileName}"`);
  return response.text();
}

/** Parses XML with the browser's DOMParser and reads what the tests check. */
function parseInPage(page: Page, text: string) {
  return page.evaluate((xml) => {
    const doc = new DOMParser().parseFromString(xml, 'application/xml');
    const all = (name: string) => [...doc.getElementsByTagName(name)];
    return {
      parserErrors: all('parsererror').length,
      root: doc.documentElement.localName,
      version: doc.documentElement.getAttribute('version'),
      graph: {
        mode: all('graph')[0]?.getAttribute('mode'),
        timeformat: all('graph')[0]?.getAttribute('timeformat'),
        edgedefault: all('graph')[0]?.getAttribute('edgedefault'),
      },
      nodes: all('node').length,
      edges: all('edge').length,
      spells: all('spell').length,
      edgeTypes: [...new Set(all('edge').map((e) => e.getAttribute('type') ?? e.getAttribute('directed')))].sort(),
      keys: all('key').map((k) => k.getAttribute('attr.name')),
      armenia:
        all('node')
          .find((n) => n.getAttribute('id') === 'ARM')
          ?.getAttribute('label') ?? null,
    };
  }, text);
}

test('format=gexf: GEXF 1.3 with spells and per-edge types that the browser parses', async ({ page, request }) => {
  const counts = await jsonCounts(request);
  const text = await download(request, 'format=gexf', 'application/gexf+xml', `entente-${AS_OF}.gexf`);
  const parsed = await parseInPage(page, text);
  expect(parsed).toMatchObject({ parserErrors: 0, root: 'gexf', version: '1.3', graph: { mode: 'dynamic', timeformat: 'date' }, armenia: 'Armenia' });
  expect([parsed.nodes, parsed.edges]).toEqual([counts.nodes, counts.edges]);
  expect(parsed.spells).toBeGreaterThan(counts.edges);
  expect(parsed.edgeTypes).toEqual([null]); // one directed graph (defaultedgetype): each tie's direction is an attribute
  const mixed = await parseInPage(page, await download(request, 'format=gexf&edgetype=mixed', 'application/gexf+xml', `entente-${AS_OF}-mixed.gexf`));
  expect(mixed.edgeTypes).toEqual(['directed', 'undirected']);
});

test('format=graphml: keys for the attributes, directed per edge', async ({ page, request }) => {
  const counts = await jsonCounts(request);
  const text = await download(request, 'format=graphml', 'application/graphml+xml', `entente-${AS_OF}.graphml`);
  const parsed = await parseInPage(page, text);
  expect(parsed).toMatchObject({ parserErrors: 0, root: 'graphml' });
  expect([parsed.nodes, parsed.edges]).toEqual([counts.nodes, counts.edges]);
  expect(parsed.keys).toEqual(expect.arrayContaining(['kind', 'label', 'lat', 'lng', 'status', 'periods', 'sources']));
  expect(parsed.edgeTypes).toEqual([null]); // edgedefault="directed", each tie's direction a data value
  expect(parsed.keys).toContain('directed');
  const mixed = await parseInPage(page, await download(request, 'format=graphml&edgetype=mixed', 'application/graphml+xml', `entente-${AS_OF}-mixed.graphml`));
  expect(mixed.edgeTypes).toEqual(['false', 'true']);
});

test('format=csv: the edges file by default, the nodes file with part=nodes', async ({ request }) => {
  const counts = await jsonCounts(request);
  const edges = await download(request, 'format=csv', 'text/csv', `entente-${AS_OF}.edges.csv`);
  expect(edges.startsWith('key,source,target,directed,kind,subtype,status,intensity,start,end,weight,unit,year,sources')).toBe(true);
  expect(edges).toContain('membership:ARM>csto,ARM,csto,true,membership,');
  const nodes = await download(request, 'format=csv&part=nodes', 'text/csv', `entente-${AS_OF}.nodes.csv`);
  expect(nodes.startsWith('key,label,kind,name,')).toBe(true);
  expect(nodes).toContain('ARM,Armenia,state,Armenia,');
  // one line per node after the header (no field of the node list holds a line break)
  expect(nodes.trimEnd().split('\r\n')).toHaveLength(counts.nodes + 1);
});

test('format=json: graphology JSON as a download', async ({ request }) => {
  const counts = await jsonCounts(request);
  const body = JSON.parse(await download(request, 'format=json', 'application/json', `entente-${AS_OF}.json`)) as {
    nodes: unknown[];
    edges: unknown[];
    attributes: { asOf: string };
  };
  expect([body.nodes.length, body.edges.length]).toEqual([counts.nodes, counts.edges]);
  expect(body.attributes.asOf).toBe(AS_OF);
});

for (const [query, parameter, expected] of [
  ['format=xlsx', 'format', 'gexf, graphml, json, csv'],
  ['format=csv&part=all', 'part', 'edges, nodes'],
  ['format=gexf&part=nodes', 'part', 'format=csv only'],
] as const) {
  test(`${query} gets HTTP 400 listing the valid values`, async ({ request }) => {
    const response = await request.get(`/api/graph?${query}`);
    expect(response.status()).toBe(400);
    const body = await response.json();
    expect(body).toMatchObject({ error: 'bad-parameter', parameter });
    expect(body.message).toContain(expected);
  });
}
