// End-to-end: the dataset's as-of views of 1985, 1999, 2013 and today show the right states and memberships,
// in the API and in the explorer.
import { expect, test, type APIRequestContext } from '@playwright/test';
import { openExplorer } from './helpers';

type Exported = { nodes: { key: string; attributes: { label: string } }[]; edges: { key: string; attributes: { status: string } }[] };

async function view(request: APIRequestContext, asOf: string) {
  const g = (await (await request.get(`/api/graph?asOf=${asOf}`)).json()) as Exported;
  const nodes = new Map(g.nodes.map((n) => [n.key, n.attributes.label]));
  const status = (key: string) => g.edges.find((e) => e.key === key)?.attributes.status;
  return { g, nodes, status };
}

test('1985: the Soviet Union, both Germanys and the Warsaw Pact; no Russia, Ukraine or CSTO', async ({ request }) => {
  const { nodes, status } = await view(request, '1985-06-01');
  for (const key of ['SUN', 'DDR', 'DEU', 'CSK', 'YUG', 'warsaw-pact', 'nato']) expect(nodes.has(key)).toBe(true);
  for (const key of ['RUS', 'UKR', 'KAZ', 'CZE', 'csto', 'cis', 'eaeu', 'sco']) expect(nodes.has(key)).toBe(false);
  expect(nodes.get('eu')).toBe('EC');
  expect(status('membership:DDR>warsaw-pact')).toBe('founder');
  expect(status('membership:DEU>nato')).toBe('member');
  expect(status('membership:SUN>osce')).toBe('founder');
});

test('1999: the CST after the split, NATO’s first enlargement to the east, no Warsaw Pact', async ({ request }) => {
  const { nodes, status } = await view(request, '1999-06-01');
  expect(nodes.get('csto')).toBe('CST');
  expect(nodes.has('warsaw-pact')).toBe(false);
  for (const left of ['AZE', 'GEO', 'UZB']) expect(status(`membership:${left}>csto`)).toBe('withdrawn');
  for (const joined of ['CZE', 'HUN', 'POL']) expect(status(`membership:${joined}>nato`)).toBe('member');
  expect(nodes.has('SUN')).toBe(false);
  expect(nodes.has('RUS')).toBe(true);
});

test('2013: Uzbekistan suspended from the CSTO, Russia in the G8, Syria suspended from the Arab League', async ({ request }) => {
  const { nodes, status } = await view(request, '2013-06-01');
  expect(status('membership:UZB>csto')).toBe('suspended');
  expect(status('membership:RUS>g7')).toBe('member');
  expect(nodes.get('g7')).toBe('G8');
  expect(status('membership:SYR>arab-league')).toBe('suspended');
  expect(status('conflict/war:RUS-UKR')).toBeUndefined();
});

test('today: Armenia frozen in the CSTO, Russia out of the G7 and the Council of Europe, Finland and Sweden in NATO', async ({ request }) => {
  const { status } = await view(request, new Date().toISOString().slice(0, 10));
  expect(status('membership:ARM>csto')).toBe('frozen');
  expect(status('membership:RUS>g7')).toBe('withdrawn');
  expect(status('membership:RUS>coe')).toBe('withdrawn');
  expect(status('membership:FIN>nato')).toBe('member');
  expect(status('membership:SWE>nato')).toBe('member');
});

test('the explorer shows the states of 1985 and counts them like the API', async ({ page, request }) => {
  const { g } = await view(request, '1985-06-01');
  const graph = await openExplorer(page, '/?date=1985-06-01');
  await expect(graph).toHaveAttribute('data-nodes', String(g.nodes.length));
  await page.getByRole('button', { name: 'Table' }).click();
  await expect(page.locator('tr[data-key="SUN"]')).toHaveCount(1);
  await expect(page.locator('tr[data-key="DDR"]')).toHaveCount(1);
  await expect(page.locator('tr[data-key="RUS"]')).toHaveCount(0);
});
