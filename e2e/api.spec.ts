// End-to-end: GET /api/graph answers with graphology JSON as of a date, and rejects bad dates with a clear 400.
import { expect, test, type APIRequestContext } from '@playwright/test';

type Exported = {
  attributes: { asOf: string };
  nodes: { key: string; attributes: Record<string, unknown> }[];
  edges: { key: string; source: string; target: string; attributes: Record<string, unknown> }[];
};

async function graphAsOf(request: APIRequestContext, asOf?: string): Promise<Exported> {
  const response = await request.get(asOf ? `/api/graph?asOf=${asOf}` : '/api/graph');
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toContain('application/json');
  return response.json();
}

const edge = (g: Exported, key: string) => g.edges.find((e) => e.key === key);

test('today: nodes and edges carry the documented attributes', async ({ request }) => {
  const g = await graphAsOf(request);
  expect(g.attributes.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  expect(g.nodes.find((n) => n.key === 'ARM')?.attributes).toMatchObject({ kind: 'state', label: 'Armenia' });
  expect(g.nodes.find((n) => n.key === 'csto')?.attributes).toMatchObject({ kind: 'organization', label: 'CSTO' });
  const armenia = edge(g, 'membership:ARM>csto');
  expect(armenia).toMatchObject({ source: 'ARM', target: 'csto', attributes: { kind: 'membership', status: 'frozen', end: null } });
  const sources = armenia!.attributes.sources as { title: string; publisher: string; url: string; date: string }[];
  expect(sources[0]).toEqual({ title: expect.any(String), publisher: expect.any(String), url: expect.stringMatching(/^https?:/), date: expect.any(String) });
  expect(edge(g, 'membership:FIN>nato')?.attributes.status).toBe('member');
  expect(edge(g, 'membership:SWE>nato')?.attributes.status).toBe('member');
});

test('as of 2000: the CST after the 1999 split, before Finland and Sweden joined NATO', async ({ request }) => {
  const g = await graphAsOf(request, '2000-01-01');
  expect(g.attributes.asOf).toBe('2000-01-01');
  expect(g.nodes.find((n) => n.key === 'csto')?.attributes.label).toBe('CST');
  expect(edge(g, 'membership:ARM>csto')?.attributes.status).toBe('founder');
  for (const left of ['AZE', 'GEO', 'UZB']) expect(edge(g, `membership:${left}>csto`)?.attributes.status).toBe('withdrawn');
  // Finland and Sweden were Partnership for Peace partners, not members
  expect(edge(g, 'membership:FIN>nato')?.attributes.status).toBe('partner');
  expect(edge(g, 'membership:SWE>nato')?.attributes.status).toBe('partner');
});

test('as of 2010 Uzbekistan is back in the CSTO; as of 2022-01-10 the CSTO is deployed in Kazakhstan', async ({ request }) => {
  expect(edge(await graphAsOf(request, '2010-06-01'), 'membership:UZB>csto')?.attributes.status).toBe('member');
  const deployment = (await graphAsOf(request, '2022-01-10')).edges.find((e) => e.source === 'csto' && e.target === 'KAZ');
  expect(deployment?.attributes).toMatchObject({ kind: 'deployment', status: 'active' });
});

for (const [value, expected] of [
  ['2023-02-30', 'not a real calendar date'],
  ['29-11-2026', 'is not a date'],
  ['2999-01-01', 'in the future'],
] as const) {
  test(`a bad asOf (${value}) gets HTTP 400 with a message`, async ({ request }) => {
    const response = await request.get(`/api/graph?asOf=${value}`);
    expect(response.status()).toBe(400);
    const body = await response.json();
    expect(body).toMatchObject({ error: 'bad-parameter', parameter: 'asOf' });
    expect(body.message).toContain(expected);
  });
}
