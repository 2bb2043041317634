// End-to-end: the metrics panel ranks nodes, the compare view sets the CSTO beside NATO, the path tool links two states;
// and the analysis API answers or explains what is wrong.
import { expect, test } from '@playwright/test';
import { gotoExplorer, neighbours, pickFromSearch, sharedExplorer, showView } from './helpers';

test.describe.serial('one page, loaded once with every tie shown, through metrics, comparison and paths', () => {
  const page = sharedExplorer('/?hide=none'); // every tie shown, as in the API

  test('choosing betweenness computes it off the main thread and shows a ranking that focuses a node on click', async () => {
    await page().getByRole('tab', { name: 'Metrics' }).click();
    await page().getByLabel('Measure').selectOption('betweenness');
    await expect(page()).toHaveURL(/measure=betweenness/);
    await expect(page().getByTestId('metric-status')).toHaveAttribute('data-status', 'done');
    await expect(page().getByTestId('metric-status')).toContainText('Betweenness on');
    const rows = page().getByTestId('ranking').locator('tbody tr');
    await expect(rows).toHaveCount(20);
    const first = await rows.first().getAttribute('data-key');
    await rows.first().getByRole('button').click();
    await expect(page().getByTestId('graph')).toHaveAttribute('data-focus', first!);
    // the same numbers as the API
    const api = await (await page().request.get('/api/metrics?measure=betweenness')).json();
    // the ranking lists states by default
    const top = Object.entries(api.values as Record<string, number>)
      .filter(([key]) => /^[A-Z]{3}$/.test(key))
      .sort((a, b) => b[1] - a[1])[0]![0];
    expect(top).toBe(first);
  });

  test('comparing the CSTO with NATO shows both columns and rings both blocs on the graph', async () => {
    await showView(page(), '/?panel=compare');
    const table = page().getByTestId('compare-table');
    await expect(table.getByRole('columnheader', { name: 'CSTO' })).toBeVisible();
    await expect(table.getByRole('columnheader', { name: 'NATO' })).toBeVisible();
    const inside = table.getByRole('row', { name: /^In the organization/ });
    await expect(inside.getByRole('cell').nth(0)).toHaveText('7');
    await expect(inside.getByRole('cell').nth(1)).toHaveText('32');
    await expect(
      table
        .getByRole('row', { name: /^Members \d/ })
        .getByRole('cell')
        .nth(0),
    ).toHaveText('5: Belarus, Kazakhstan, Kyrgyzstan, Russia, Tajikistan');
    await expect(
      table
        .getByRole('row', { name: /^Frozen or suspended/ })
        .getByRole('cell')
        .nth(0),
    ).toHaveText('2: Armenia, Uzbekistan');
    await expect(
      table
        .getByRole('row', { name: /hegemony index/ })
        .getByRole('cell')
        .nth(0),
    ).toContainText('Russia');
    await expect(
      table
        .getByRole('row', { name: /hegemony index/ })
        .getByRole('cell')
        .nth(1),
    ).toContainText('United States');
    await page()
      .getByRole('combobox', { name: /Second/ })
      .selectOption('sco');
    await expect(table.getByRole('columnheader', { name: 'SCO' })).toBeVisible();
  });

  test('in 2022 the CSTO comparison lists the Kyrgyzstan–Tajikistan conflict between its members', async () => {
    await showView(page(), '/?panel=compare&date=2022-09-16');
    await expect(
      page()
        .getByTestId('compare-table')
        .getByRole('row', { name: /Conflicts between members/ })
        .getByRole('cell')
        .nth(0),
    ).toContainText('Kyrgyzstan–Tajikistan');
  });

  test('the path tool finds how Armenia is connected to Turkey and highlights the hops', async () => {
    const graph = await showView(page(), '/');
    await page().getByRole('tab', { name: 'Path' }).click();
    await pickFromSearch(page(), 'Armenia', /Armenia/, 'From');
    await pickFromSearch(page(), 'Türkiye', /Türkiye/, 'To');
    const result = page().getByTestId('path-result');
    await expect(result).toContainText(/\d+ steps?/);
    const hops = await result.locator('[data-tie]').count();
    expect(hops).toBeGreaterThan(0);
    await expect(graph).toHaveAttribute('data-focus', 'ARM');
    await expect.poll(async () => neighbours(await graph.getAttribute('data-neighbors'))).toContain('TUR');
    await expect(page()).toHaveURL(/from=ARM&to=TUR/);
  });

  test('the balance figures appear in the details of a state', async () => {
    await showView(page(), '/?focus=ARM');
    await expect(page().getByTestId('balance')).toContainText(/balanced and \d+ unbalanced triads/);
  });

  test('nodes can be sized and ranked by a node attribute such as population', async () => {
    await showView(page(), '/?panel=metrics&measure=attr:population');
    await expect(page().getByTestId('metric-status')).toContainText('Population: known for');
    const top = await page().getByTestId('ranking').locator('tbody tr').first().getAttribute('data-key');
    expect(['IND', 'CHN']).toContain(top);
  });

  test('communities: Louvain colours the graph and reports its modularity, the same on every load', async () => {
    await showView(page(), '/?panel=metrics&color=community');
    const section = page().getByTestId('communities');
    await expect(section).toContainText(/\d+ communities, modularity 0\.\d{3}/);
    const first = await section.textContent();
    await gotoExplorer(page(), '/?panel=metrics&color=community');
    await expect(page().getByTestId('communities')).toHaveText(first!);
  });
});

test('the metrics and compare APIs answer, and list valid values when a parameter is wrong', async ({ request }) => {
  const metrics = await (await request.get('/api/metrics?measure=pagerank&kinds=membership,alliance&projection=co-membership&asOf=2020-01-01')).json();
  expect(metrics).toMatchObject({ measure: 'pagerank', asOf: '2020-01-01', kinds: ['membership', 'alliance'], options: { projection: 'co-membership' } });
  expect(Object.values(metrics.values as Record<string, number>).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 6);

  const badMeasure = await request.get('/api/metrics?measure=fame');
  expect(badMeasure.status()).toBe(400);
  expect((await badMeasure.json()).message).toContain('betweenness');
  const badKinds = await request.get('/api/metrics?kinds=friendship');
  expect(badKinds.status()).toBe(400);
  expect((await badKinds.json()).message).toContain('membership, alliance, conflict, dependency, deployment');

  const compare = await (await request.get('/api/compare?orgs=csto,nato&asOf=2026-01-01')).json();
  expect(compare.blocs.map((b: { org: string }) => b.org)).toEqual(['csto', 'nato']);
  const badOrg = await request.get('/api/compare?orgs=csto,atlantis');
  expect(badOrg.status()).toBe(400);
  expect((await badOrg.json()).message).toMatch(/unknown organization.*"atlantis".*valid: .*nato/);
});
