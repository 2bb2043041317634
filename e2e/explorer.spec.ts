// End-to-end: the explorer draws today's graph, focuses a country from search or a click, and lists its sourced ties;
// the layout is the same on every load. One page is loaded once and shared by the tests of the block.
import { expect, test } from '@playwright/test';
import { clickNode, defaultView, gotoExplorer, neighbours, pickFromSearch, sharedExplorer, showView } from './helpers';

type Positions = Record<string, { x: number; y: number }>;

test.describe.serial('today’s graph, loaded once', () => {
  const page = sharedExplorer('/');
  let firstPositions: Positions = {};

  test('the explorer draws today’s graph with the same counts as the API', async ({ request }) => {
    const graph = page().getByTestId('graph');
    firstPositions = await page().evaluate(() => window.__entente!.positions());
    const api = await defaultView(request);
    await expect(graph).toHaveAttribute('data-nodes', String(api.nodes));
    // trade partners and ties that ended before the date are hidden by default (one click away under Ties)
    await expect(graph).toHaveAttribute('data-edges', String(api.shownEdges));
    await expect(page().getByTestId('filter-counts')).toContainText(`${api.shownEdges} of ${api.edges} ties`);
    expect(api.nodes).toBeGreaterThan(190);
    await expect(page().locator('details.legend')).toContainText('Conflict');
  });

  test('picking Armenia in the search highlights the CSTO, Russia and Azerbaijan and lists sourced ties', async () => {
    const graph = page().getByTestId('graph');
    await pickFromSearch(page(), 'Armen', /Armenia/);
    await expect(graph).toHaveAttribute('data-focus', 'ARM');
    const around = neighbours(await graph.getAttribute('data-neighbors'));
    expect(around).toEqual(expect.arrayContaining(['csto', 'RUS', 'AZE']));

    const details = page().getByTestId('details');
    await expect(details.getByRole('heading', { name: /Armenia/ })).toBeVisible();
    const csto = details.locator('[data-tie="membership:ARM>csto"]');
    await expect(csto).toContainText('CSTO');
    await expect(csto).toContainText('frozen');
    await expect(details.locator('[data-tie="conflict/war:ARM-AZE"], [data-tie^="conflict"][data-other="AZE"]').first()).toBeVisible();
    const links = details.locator('[data-other="RUS"] .sources a');
    expect(await links.count()).toBeGreaterThan(0);
    await expect(links.first()).toHaveAttribute('href', /^https?:\/\//);
  });

  test('searching by ISO code works with the keyboard alone', async () => {
    const graph = page().getByTestId('graph');
    const search = page().getByRole('combobox', { name: 'Find a country or organization' });
    await search.fill('KGZ');
    await search.press('Enter');
    await expect(graph).toHaveAttribute('data-focus', 'KGZ');
    expect(neighbours(await graph.getAttribute('data-neighbors'))).toEqual(expect.arrayContaining(['csto', 'RUS']));
  });

  test('clicking a node focuses it, clicking a neighbour in the panel moves the focus, clicking the background clears it', async () => {
    const graph = await showView(page(), '/'); // no focus, no open search list
    await clickNode(page(), 'csto');
    await expect(graph).toHaveAttribute('data-focus', 'csto');
    const members = neighbours(await graph.getAttribute('data-neighbors'));
    expect(members).toEqual(expect.arrayContaining(['ARM', 'BLR', 'KAZ', 'KGZ', 'RUS', 'TJK']));

    await page().getByTestId('details').getByRole('button', { name: 'Kazakhstan' }).first().click();
    await expect(graph).toHaveAttribute('data-focus', 'KAZ');

    const box = (await graph.boundingBox())!;
    const empty = (await page().evaluate(() => window.__entente!.emptyPoint()))!;
    await page().mouse.click(box.x + empty.x, box.y + empty.y);
    await expect(graph).toHaveAttribute('data-focus', '');
  });

  test('with reduced motion asked for, a focus is drawn at once in its final arrangement: nothing glides afterwards', async () => {
    // the whole suite runs with prefers-reduced-motion: reduce (playwright.config.ts), as a user who asked for it
    const graph = await showView(page(), '/?focus=ARM');
    await expect(graph).toHaveAttribute('data-focus', 'ARM');
    const settled = () =>
      page().evaluate(
        () =>
          new Promise<Record<string, { x: number; y: number }>>((resolve) =>
            requestAnimationFrame(() => requestAnimationFrame(() => resolve(window.__entente!.positions()))),
          ),
      );
    const drawn = await settled();
    expect(drawn).not.toEqual(firstPositions); // arranged around the focus, not where the layout had them
    await page().waitForTimeout(600); // longer than a glide (250 ms)
    expect(await settled()).toEqual(drawn);
  });

  test('the layout is deterministic: a second load gives the same positions, and they are spread out', async () => {
    const keys = Object.keys(firstPositions);
    expect(keys.length).toBeGreaterThan(190);
    // spread: not all on one point or one line, and nodes on distinct spots
    const xs = keys.map((k) => firstPositions[k]!.x);
    const ys = keys.map((k) => firstPositions[k]!.y);
    expect(Math.max(...xs) - Math.min(...xs)).toBeGreaterThan(200);
    expect(Math.max(...ys) - Math.min(...ys)).toBeGreaterThan(200);
    expect(new Set(keys.map((k) => `${Math.round(firstPositions[k]!.x)},${Math.round(firstPositions[k]!.y)}`)).size).toBeGreaterThan(keys.length * 0.9);
    await gotoExplorer(page(), '/');
    expect(await page().evaluate(() => window.__entente!.positions())).toEqual(firstPositions);
  });
});

// Rewrites a tracked file, so it runs only under `npm run screenshot` (E2E_SCREENSHOT=1), never in `npm test`.
test('@screenshot the README screenshot: Armenia in focus', async ({ page }) => {
  test.skip(process.env.E2E_SCREENSHOT !== '1', 'the README screenshot is made by npm run screenshot');
  await gotoExplorer(page);
  await pickFromSearch(page, 'Armenia', /Armenia/);
  await page.waitForTimeout(500);
  await page.screenshot({ path: 'e2e/screenshots/explorer.png' });
});
