// Shared steps for the end-to-end tests: open the explorer and wait until the graph is drawn, change the view in place,
// share one loaded page across a serial block, wait for the view to settle, pick or click nodes.
import { test, type APIRequestContext, type Browser, type Page } from '@playwright/test';
import { isEndedStatus } from '../lib/data/tie-kinds';

/** A path ('/?focus=ARM') or URL parameters ({ focus: 'ARM' }). */
export type ExplorerAddress = string | Record<string, string>;

const toPath = (address: ExplorerAddress) => (typeof address === 'string' ? address : `/?${new URLSearchParams(address)}`);

/**
 * How long a full page load of the bundled graph may take: about 5 s on an idle 2-core machine, but several times that
 * when the machine is busy. Only loads wait this long; other steps keep the default expect timeout.
 */
export const PAGE_LOAD_TIMEOUT = 60_000;

/** Opens the explorer and waits until the graph is drawn and the test hook (window.__entente) is installed. */
export async function gotoExplorer(page: Page, address: ExplorerAddress = '/', timeout = PAGE_LOAD_TIMEOUT) {
  await page.goto(toPath(address));
  await graphReady(page, timeout);
  return page.getByTestId('graph');
}

/**
 * Waits until the graph is drawn and the test hook is installed, checking on every frame: Playwright's own expect
 * checks at steps of up to half a second, which adds that much to each of the suite's many page loads.
 */
export async function graphReady(page: Page, timeout = PAGE_LOAD_TIMEOUT) {
  await page.waitForFunction(
    () => document.querySelector('[data-testid="graph"]')?.getAttribute('data-ready') === 'true' && window.__entente !== undefined,
    null,
    { timeout, polling: 'raf' },
  );
}

/** The former name of gotoExplorer. */
export const openExplorer = gotoExplorer;

/**
 * Shows another view on an already loaded page, as back/forward do (the explorer reads the URL on popstate): no page
 * load, no server render. Use it inside a serial block instead of loading the full graph again.
 */
export async function showView(page: Page, address: ExplorerAddress) {
  await page.evaluate((path) => {
    window.history.pushState(null, '', path);
    window.dispatchEvent(new PopStateEvent('popstate'));
  }, toPath(address));
  await graphReady(page, 20_000);
  return page.getByTestId('graph');
}

/**
 * One explorer page for every test of a `test.describe.serial` block, loaded once in beforeAll (with the project's
 * viewport and base URL) and closed in afterAll. Call it at the top of the block; the returned function gives the page.
 */
export function sharedExplorer(address: ExplorerAddress = '/', contextOptions: Parameters<Browser['newContext']>[0] = {}): () => Page {
  let page: Page | undefined;
  test.beforeAll(async ({ browser }) => {
    test.setTimeout(PAGE_LOAD_TIMEOUT * 2);
    const context = await browser.newContext(contextOptions);
    page = await context.newPage();
    await gotoExplorer(page, address);
  });
  test.afterAll(async () => {
    await page?.context().close();
  });
  return () => {
    if (!page) throw new Error('the shared explorer page did not load (see beforeAll)');
    return page;
  };
}

export async function pickFromSearch(page: Page, query: string, optionName: RegExp, box = 'Find a country or organization') {
  const search = page.getByRole('combobox', { name: box });
  await search.fill(query);
  await page.getByRole('option', { name: optionName }).first().click();
}

/**
 * Waits until the canvas has fitted the view to the current focus and no node is still moving (the canvas names the
 * focus it fitted in data-fitted): the condition to wait for before reading rendered positions or clicking.
 */
export async function settledGraph(page: Page) {
  await page.waitForFunction(
    () => {
      const graph = document.querySelector('[data-testid="graph"]');
      return graph !== null && graph.getAttribute('data-fitted') === graph.getAttribute('data-focus') && window.__entente !== undefined;
    },
    null,
    { timeout: 20_000, polling: 'raf' },
  );
}

export async function clickNode(page: Page, key: string) {
  // Once the view has settled (it does not animate under reduced motion, but the canvas fits after React commits),
  // zoom in on the node so that the click cannot land on a neighbour.
  await settledGraph(page);
  await page.evaluate((k) => window.__entente!.zoomTo(k), key);
  const position = await page.evaluate((k) => window.__entente!.renderedPosition(k), key);
  if (!position) throw new Error(`node ${key} is not drawn`);
  const box = await page.getByTestId('graph').boundingBox();
  await page.mouse.click(box!.x + position.x, box!.y + position.y);
}

export function neighbours(value: string | null): string[] {
  return value ? value.split(',') : [];
}

type ApiEdge = { attributes: { kind: string; status: string; subtype: string | null } };

/**
 * Today's graph from the API, and what the explorer's default view shows of it: every node, and every tie but trade
 * partners and ties that ended before the date (both one click away under Ties).
 */
export async function defaultView(request: APIRequestContext) {
  const api = (await (await request.get('/api/graph')).json()) as { nodes: unknown[]; edges: ApiEdge[] };
  const shownEdges = api.edges.filter((e) => !String(e.attributes.subtype).startsWith('trade-') && !isEndedStatus(e.attributes.kind, e.attributes.status));
  return { nodes: api.nodes.length, edges: api.edges.length, shownEdges: shownEdges.length };
}
