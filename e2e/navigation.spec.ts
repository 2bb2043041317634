// End-to-end: finding one's way — the pair view, search by any name, depth, rankings, paths, readable labels.
import { expect, test, type Page } from '@playwright/test';
import { clickNode, gotoExplorer, graphReady, neighbours, pickFromSearch, showView } from './helpers';
import { TYPED_NAMES } from '../lib/graph/search-terms.fixtures';

// The machine these run on may be shared and slow: generous timeouts, no timed assertions.
test.describe.configure({ timeout: 240_000 });

const openExplorer = (page: Page, path = '/') => gotoExplorer(page, path, 120_000);

test('what ties Armenia to Russia: a second click opens the pair, with every tie, the shared blocs, kept in the URL', async ({ page }) => {
  const graph = await openExplorer(page);
  await pickFromSearch(page, 'Armenia', /Armenia/);
  await expect(graph).toHaveAttribute('data-focus', 'ARM');
  await clickNode(page, 'RUS');
  const pair = page.getByTestId('pair-panel');
  await expect(pair).toHaveAttribute('data-b', 'RUS');
  await expect(page).toHaveURL(/focus=ARM/);
  await expect(page).toHaveURL(/pair=RUS/);
  await expect(pair.getByRole('heading', { name: 'Armenia and Russia' })).toBeVisible();
  await expect(pair.locator('[data-kind="alliance"]')).toContainText('Treaty of Friendship, Cooperation and Mutual Assistance (1997)');
  await expect(pair.locator('[data-kind="dependency"]')).toContainText('Gyumri');
  await expect(pair.locator('[data-tie="dependency/energy:ARM>RUS"]')).toContainText('gas');
  await expect(pair.locator('[data-tie="dependency/arms:ARM>RUS"]')).toBeVisible();
  expect(await pair.locator('[data-kind="dependency"] .sources a').count()).toBeGreaterThan(3);
  const shared = pair.getByTestId('shared-organizations');
  for (const org of ['csto', 'cis', 'eaeu']) await expect(shared.locator(`[data-org="${org}"]`)).toBeVisible();
  await expect(shared.locator('[data-org="csto"]')).toContainText('frozen');
  // The graph highlights the pair and the organizations both belong to.
  expect(neighbours(await graph.getAttribute('data-neighbors'))).toEqual(expect.arrayContaining(['csto', 'cis', 'eaeu']));
  // Their parallel ties (treaty, gas, arms, base...) are drawn side by side as separate curves, which the legend explains.
  await expect
    .poll(
      async () => {
        const ties = await page.evaluate(() => window.__entente!.tiesBetween('ARM', 'RUS'));
        const gaps = ties.flatMap((t, i) => ties.slice(i + 1).map((u) => Math.hypot(t.x - u.x, t.y - u.y)));
        return { ties: ties.length >= 3, apart: gaps.every((gap) => gap >= 8) };
      },
      { timeout: 20_000 },
    )
    .toEqual({ ties: true, apart: true });
  await expect(page.locator('.legend li[data-kind="parallel"]')).toContainText('Several ties between two nodes');

  // The link reproduces the pair; the "Ties with…" picker in the details opens another one.
  await page.reload();
  await graphReady(page, 120_000);
  await expect(page.getByTestId('pair-panel')).toHaveAttribute('data-b', 'RUS');
  await page.getByRole('button', { name: 'Back to Armenia' }).click();
  await expect(page.getByTestId('pair-panel')).toHaveCount(0);
  // A click on a tie opens the list of every tie between its two ends.
  await page.waitForTimeout(500); // the focus arrangement and the fit settle
  const tie = (await page.evaluate(() => window.__entente!.tiesBetween('ARM', 'AZE')))[0]!;
  const canvas = (await graph.boundingBox())!;
  await page.mouse.click(canvas.x + tie.x, canvas.y + tie.y);
  await expect(page.getByTestId('pair-panel')).toHaveAttribute('data-b', 'AZE');
  await expect(page.getByTestId('pair-panel').locator('[data-kind="conflict"]')).toBeVisible();
  await expect(page).toHaveURL(/pair=AZE/);
  await page.getByRole('button', { name: 'Back to Armenia' }).click();
  await pickFromSearch(page, 'Georgia', /Georgia/, 'Ties with…');
  await expect(page.getByTestId('pair-panel')).toHaveAttribute('data-b', 'GEO');
});

/**
 * The labels of a focus view, read from Cytoscape's rendered boxes: whether at least 85% of the nodes drawn in full
 * are named, and the labels that overlap another, leave the canvas or lie under the legend.
 */
async function labelCheck(page: Page) {
  const graph = page.getByTestId('graph');
  const canvas = (await graph.boundingBox())!;
  const legend = (await page.locator('details.legend').boundingBox())!;
  const drawn = neighbours(await graph.getAttribute('data-neighbors')).length + 1;
  const boxes = await page.evaluate(() => window.__entente!.labelBoxes());
  const overlaps = boxes.flatMap((a, i) =>
    boxes
      .slice(i + 1)
      .filter((b) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2)
      .map((b) => `${a.key}/${b.key}`),
  );
  const cut = boxes.filter((b) => b.x1 < 0 || b.y1 < 0 || b.x2 > canvas.width || b.y2 > canvas.height).map((b) => b.key);
  const underLegend = boxes.filter((b) => b.x1 < legend.x - canvas.x + legend.width && b.y2 > legend.y - canvas.y).map((b) => b.key);
  return { named: boxes.length >= 0.85 * drawn, overlaps, cut, underLegend };
}

test.describe.serial('one loaded page: depth, labels, rankings, paths', () => {
  let page: Page;
  test.beforeAll(async ({ browser }) => {
    page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  });
  test.afterAll(async () => {
    await page.close();
  });

  test('Armenia at depth 2 does not flood through organizations; labels of the focus view never overlap or leave the canvas', async () => {
    const graph = await openExplorer(page, '/?focus=ARM&depth=2');
    // the neighbours are written once the focus is drawn, which can be just after the graph is ready
    await expect.poll(async () => neighbours(await graph.getAttribute('data-neighbors'))).toEqual(expect.arrayContaining(['RUS', 'AZE', 'csto', 'cis']));
    const around = neighbours(await graph.getAttribute('data-neighbors'));
    expect(around.length).toBeLessThan(100);
    // A readable picture as it opens: rings around Armenia, nearly every node named, no two labels overlapping.
    await expect.poll(() => labelCheck(page), { timeout: 30_000 }).toEqual({ named: true, overlaps: [], cut: [], underLegend: [] });
    // Through organizations (one click) the CIS, NAM and the OSCE bring in most of the world.
    await page.getByLabel(/Go on through organizations/).check();
    await expect(page).toHaveURL(/through=orgs/);
    await expect.poll(async () => neighbours(await graph.getAttribute('data-neighbors')).length).toBeGreaterThan(150);
    await page.getByLabel(/Go on through organizations/).uncheck();
    await page.getByLabel('Hide everything else').check();
    await expect(graph).toHaveAttribute('data-nodes', String(around.length + 1));

    // "Hide everything else" re-fits the same readable picture.
    await expect.poll(() => labelCheck(page), { timeout: 30_000 }).toEqual({ named: true, overlaps: [], cut: [], underLegend: [] });

    // On a phone (390 × 844, legend collapsed as a phone shows it) the fitted picture is still read without zooming:
    // the focus and its first ring are named at a readable size, and no label overlaps another or leaves the screen.
    await page.setViewportSize({ width: 390, height: 844 });
    await showView(page, '/');
    const legend = page.locator('details.legend');
    if (await legend.evaluate((d) => (d as HTMLDetailsElement).open)) await legend.locator('summary').click();
    await showView(page, '/?focus=ARM&depth=2');
    const phone = async () => {
      const { overlaps, cut, underLegend } = await labelCheck(page);
      const boxes = await page.evaluate(() => window.__entente!.labelBoxes());
      const named = ['ARM', 'RUS', 'AZE', 'csto', 'cis', 'eaeu'].filter((key) => boxes.some((b) => b.key === key));
      const armenia = boxes.find((b) => b.key === 'ARM');
      return { overlaps, cut, underLegend, named, readable: boxes.length >= 30 && armenia !== undefined && armenia.y2 - armenia.y1 >= 10 };
    };
    await expect
      .poll(phone, { timeout: 30_000 })
      .toEqual({ overlaps: [], cut: [], underLegend: [], named: ['ARM', 'RUS', 'AZE', 'csto', 'cis', 'eaeu'], readable: true });
    await page.setViewportSize({ width: 1440, height: 900 });
  });

  test('rankings: states by default, organizations on request; PageRank with trade ties; human names', async () => {
    await showView(page, '/?panel=metrics&measure=pagerank&hide=none');
    const status = page.getByTestId('metric-status');
    await expect(status).toHaveAttribute('data-status', 'done', { timeout: 60_000 });
    await expect(status).toContainText('PageRank on');
    const rows = page.getByTestId('ranking').locator('tbody tr');
    await expect(rows.first()).toHaveAttribute('data-key', /^[A-Z]{3}$/);
    await page.getByRole('radio', { name: 'Organizations', exact: true }).check();
    await expect(rows.first()).toHaveAttribute('data-key', /^[a-z]/);
    await expect(page).toHaveURL(/rank=organizations/);
    await expect(page.getByLabel('Measure').locator('option', { hasText: 'Military spending (% of GDP)' })).toHaveCount(1);
    const api = await page.request.get('/api/metrics?measure=pagerank');
    expect(api.status()).toBe(200);
    const weighted = await page.request.get('/api/metrics?measure=eigenvector&kinds=membership&direction=directed');
    if (weighted.status() !== 200) expect((await weighted.json()).message).not.toMatch(/lib\/|weighted:|pass /);
  });

  test('paths: Azerbaijan to Ukraine lists the route via GUAM and the one via Russia, each hop saying what it is', async () => {
    await showView(page, '/?panel=path&from=AZE&to=UKR');
    const result = page.getByTestId('path-result');
    const routes = result.locator('[data-via]');
    await expect(routes.first()).toBeVisible();
    const via = await routes.evaluateAll((items) => items.map((i) => i.getAttribute('data-via')));
    expect(via).toContain('guam');
    expect(via).toContain('RUS');
    await expect(result).toContainText(/\d+ shortest paths of 2 steps/);
    await expect(result.locator('[data-via="guam"]')).toContainText('membership');
    await page.getByLabel(/Friendly ties only/).check();
    await expect(page).toHaveURL(/friendly=1/);
    await expect(result.locator('[data-via="guam"]')).toBeVisible();
    await expect(result.locator('[data-tie^="conflict"]')).toHaveCount(0);
  });

  test('search finds every common, former and short name, and moves the date to a node that no longer exists', async () => {
    const graph = await showView(page, '/');
    const search = page.getByRole('combobox', { name: 'Find a country or organization' });
    for (const [term, key] of TYPED_NAMES) {
      await search.fill(term);
      await expect(page.getByRole('option').first(), term).toContainText(key);
    }
    await search.fill('UK');
    await expect(page.getByRole('option').nth(1)).toContainText('Ukraine');
    // A node absent today says when it existed; picking it moves the date into its lifespan.
    await search.fill('USSR');
    await expect(page.getByRole('option').first()).toContainText('Soviet Union, 1922–1991');
    await page.getByRole('option').first().click();
    await expect(graph).toHaveAttribute('data-focus', 'SUN');
    await expect(page.locator('.as-of time')).toHaveText('1991-12-25');
    await expect(page.getByTestId('details').getByRole('heading', { name: /Soviet Union/ })).toBeVisible();

    // A date change that removes the focused node says so.
    await pickFromSearch(page, 'Warsaw Pact', /WTO/);
    await expect(graph).toHaveAttribute('data-focus', 'warsaw-pact');
    await page.getByRole('textbox', { name: 'Exact date' }).fill('1995-01-01');
    await expect(page.getByTestId('notices')).toContainText('was dissolved on 1991-07-01');
    await expect(graph).toHaveAttribute('data-focus', '');
  });
});
