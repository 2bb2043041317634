// End-to-end: the embed (/embed?…) shows the same view as the explorer for the same parameters (same nodes, ties and
// positions, fetched as the same cached dataset asset rather than inlined into the page), with date, legend, credit
// line, hover, zoom, pan, click-to-focus with a compact card and a link to the full explorer; it works 300 px wide and
// in a frame.
import { expect, test, type Page } from '@playwright/test';
import { clickNode, graphReady, settledGraph } from './helpers';

// The machine running the suite may be loaded: give the first layout time (this is not a speed assertion).
test.describe.configure({ timeout: 240_000 });
const READY = { timeout: 150_000 };

const VIEW = 'date=2022-01-10&orgs=csto,nato&members=members';

async function drawnView(page: Page) {
  const graph = page.getByTestId('graph');
  await graphReady(page, READY.timeout);
  await settledGraph(page); // a focus view is arranged around its focus after the first draw
  const positions = await page.evaluate(() => window.__entente!.positions());
  return {
    nodes: await graph.getAttribute('data-nodes'),
    edges: await graph.getAttribute('data-edges'),
    neighbours: await graph.getAttribute('data-neighbors'),
    positions: Object.fromEntries(
      Object.entries(positions)
        .map(([k, p]) => [k, [Math.round(p.x), Math.round(p.y)]])
        .sort(([a], [b]) => (a! < b! ? -1 : 1)),
    ),
  };
}

test('the embed is a small page that draws the explorer’s view: same nodes, ties, positions and focus', async ({ page, request }) => {
  // The dataset is not inlined: the page is a few kilobytes, and the dataset asset is the explorer's.
  const html = await (await request.get(`/embed?${VIEW}`)).text();
  expect(html.length).toBeLessThan(60_000);
  const asset = /\/bundled\/[0-9a-f]{16}\.json/.exec(html)?.[0];
  expect(asset).toBeTruthy();
  expect(await (await request.get(`/?${VIEW}`)).text()).toContain(asset!);

  for (const view of [VIEW, `${VIEW}&focus=ARM&depth=2`]) {
    await page.goto(`/?${view}`);
    const expected = await drawnView(page);
    await page.goto(`/embed?${view}`);
    expect(await drawnView(page)).toEqual(expected);
  }
  // The compact card of the focus (1440 × 900) covers none of the nodes and labels of the focus view.
  await expect(page.getByTestId('node-card')).toContainText('Armenia');
  expect(await cardCovers(page)).toEqual([]);
  await expect(page.getByText('as of 2022-01-10')).toBeVisible();
  await expect(page.locator('.legend')).toBeVisible();
  await expect(page.locator('.embed-credit')).toContainText('Made with Entente');
  // The graph fills the frame below the bar.
  const box = (await page.getByTestId('graph').boundingBox())!;
  expect(box.height).toBeGreaterThan(0.6 * 900);
  expect(box.width).toBeGreaterThan(0.95 * 1440);
  // No side panels, no editing, no import.
  await expect(page.getByRole('complementary')).toHaveCount(0);
  await expect(page.getByRole('button', { name: /Import|Export|Filters/ })).toHaveCount(0);
});

/** The nodes and labels drawn in full (the focus view) that the node card covers, by key. */
async function cardCovers(page: Page) {
  const card = (await page.getByTestId('node-card').boundingBox())!;
  const graph = (await page.getByTestId('graph').boundingBox())!;
  const boxes = await page.evaluate(() => [...window.__entente!.nodeBoxes(), ...window.__entente!.labelBoxes()]);
  return boxes
    .filter((b) => b.x1 + graph.x < card.x + card.width && card.x < b.x2 + graph.x && b.y1 + graph.y < card.y + card.height && card.y < b.y2 + graph.y)
    .map((b) => b.key);
}

test.describe.serial('the embed in use', () => {
  let page: Page;
  test.beforeAll(async ({ browser }) => {
    test.setTimeout(240_000);
    page = await browser.newPage({ viewport: { width: 1000, height: 700 } });
    await page.goto(`/embed?${VIEW}`);
    await graphReady(page, READY.timeout);
  });
  test.afterAll(() => page.close());

  test('hover names a node; the wheel zooms; a drag pans', async () => {
    const graph = page.getByTestId('graph');
    await settledGraph(page); // the first fit's animation is over
    const start = await page.evaluate(() => window.__entente!.viewport());
    const box = (await graph.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    for (let i = 0; i < 3; i += 1) await page.mouse.wheel(0, -400);
    await expect.poll(async () => (await page.evaluate(() => window.__entente!.viewport())).zoom).toBeGreaterThan(start.zoom * 1.1);
    const empty = (await page.evaluate(() => window.__entente!.emptyPoint()))!;
    const before = await page.evaluate(() => window.__entente!.viewport());
    await page.mouse.move(box.x + empty.x, box.y + empty.y);
    await page.mouse.down();
    await page.mouse.move(box.x + empty.x + 60, box.y + empty.y + 40, { steps: 5 });
    await page.mouse.up();
    const after = await page.evaluate(() => window.__entente!.viewport());
    expect(Math.round(after.pan.x - before.pan.x)).toBe(60);
    expect(Math.round(after.pan.y - before.pan.y)).toBe(40);
    await page.evaluate(() => window.__entente!.zoomTo('RUS'));
    const russia = (await page.evaluate(() => window.__entente!.renderedPosition('RUS')))!;
    await page.mouse.move(box.x + russia.x, box.y + russia.y);
    await expect(page.getByRole('tooltip')).toContainText(/Russia · \d+ ties shown/);
  });

  test('a click on a node focuses it and opens the compact card; the background click closes it', async () => {
    const graph = page.getByTestId('graph');
    await clickNode(page, 'ARM');
    await expect(graph).toHaveAttribute('data-focus', 'ARM');
    const card = page.getByTestId('node-card');
    await expect(card.getByRole('heading')).toContainText('Armenia');
    // Its ties on the date, by kind with counts: Armenia was in the CSTO (a membership) and in the OSCE and the CIS.
    await expect(card.locator('li[data-kind="membership"]')).toHaveText(/Membership: \d+/);
    // The view is fitted clear of the card: it covers none of the nodes and labels of the focus view.
    await settledGraph(page);
    expect(await cardCovers(page)).toEqual([]);
    const open = card.getByRole('link', { name: 'Open Armenia in Entente ↗' });
    const href = (await open.getAttribute('href'))!;
    expect(href.startsWith('/?')).toBe(true);
    const params = new URLSearchParams(href.slice(2));
    expect(params.get('focus')).toBe('ARM');
    expect(params.get('orgs')).toBe('csto,nato');
    expect(params.get('date')).toBe('2022-01-10');
    expect(new URLSearchParams((await page.getByRole('link', { name: 'Open in Entente ↗' }).getAttribute('href'))!.slice(2)).get('focus')).toBe('ARM');
    // Another node: the focus moves to it.
    await clickNode(page, 'RUS');
    await expect(graph).toHaveAttribute('data-focus', 'RUS');
    await expect(card.getByRole('heading')).toContainText('Russia');
    await settledGraph(page);
    expect(await cardCovers(page)).toEqual([]);
    const empty = (await page.evaluate(() => window.__entente!.emptyPoint()))!;
    const box = (await graph.boundingBox())!;
    await page.mouse.click(box.x + empty.x, box.y + empty.y);
    await expect(graph).toHaveAttribute('data-focus', '');
    await expect(card).toHaveCount(0);
  });

  test('390 and 300 px wide it still fills the frame without sideways scrolling, the card covers no node, and another site may frame it', async () => {
    for (const [size, key] of [
      [{ width: 390, height: 844 }, 'RUS'],
      [{ width: 300, height: 420 }, 'ARM'],
    ] as const) {
      await page.setViewportSize(size);
      await expect.poll(async () => (await page.getByTestId('graph').boundingBox())!.width).toBeGreaterThanOrEqual(size.width - 10);
      expect((await page.getByTestId('graph').boundingBox())!.height).toBeGreaterThan(200);
      // The card of the last node clicked is closed by its button; then another node is clicked.
      const card = page.getByTestId('node-card');
      if ((await card.count()) > 0) await card.getByRole('button', { name: 'Close' }).click();
      await expect(page.getByTestId('graph')).toHaveAttribute('data-focus', '');
      await clickNode(page, key);
      await expect(page.getByTestId('graph')).toHaveAttribute('data-focus', key);
      await expect(page.getByTestId('node-card')).toBeInViewport({ ratio: 1 });
      await settledGraph(page);
      expect(await cardCovers(page)).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    }
    await page.setViewportSize({ width: 900, height: 700 });
    await page.setContent(`<iframe src="${new URL(`/embed?${VIEW}&focus=ARM`, page.url()).href}" width="640" height="420" title="Entente"></iframe>`);
    const frame = page.frameLocator('iframe');
    await expect(frame.getByTestId('graph')).toHaveAttribute('data-ready', 'true', READY);
    await expect(frame.getByTestId('graph')).toHaveAttribute('data-focus', 'ARM');
    await expect(frame.getByTestId('node-card')).toContainText('Armenia');
  });
});
