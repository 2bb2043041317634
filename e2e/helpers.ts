// Shared steps for the end-to-end tests: open the explorer and wait until the graph is drawn, change the view in place,
// share one loaded page across a serial block, pick or click nodes.
import { expect, test, type Browser, type Page } from '@playwright/test';

/** A path ('/?focus=ARM') or URL parameters ({ focus: 'ARM' }). */
export type ExplorerAddress = string | Record<string, string>;

const toPath = (address: ExplorerAddress) => (typeof address === 'string' ? address : `/?${new URLSearchParams(address)}`);

/**
 * How long a full page load of the bundled graph may take: about 5 s on an idle 2-core machine, but several times that
 * when the machine is busy. Only loads wait this long; other steps keep the default expect timeout.
 */
export const PAGE_LOAD_TIMEOUT = 60_000;

/** Opens the explorer and waits until the graph is drawn and the test hook (window.__entente) is installed. */
export async function gotoExplorer(page: Page, address: ExplorerAddress = '/') {
  await page.goto(toPath(address));
  const graph = page.getByTestId('graph');
  await expect(graph).toHaveAttribute('data-ready', 'true', { timeout: PAGE_LOAD_TIMEOUT });
  await page.waitForFunction(() => window.__entente !== undefined);
  return graph;
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
  const graph = page.getByTestId('graph');
  await expect(graph).toHaveAttribute('data-ready', 'true');
  return graph;
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

export async function clickNode(page: Page, key: string) {
  await page.waitForFunction(() => window.__entente !== undefined);
  // Zoom in on the node so that the click cannot land on a neighbour (the view does not animate: reduced motion).
  await page.evaluate((k) => window.__entente!.zoomTo(k), key);
  const position = await page.evaluate((k) => window.__entente!.renderedPosition(k), key);
  if (!position) throw new Error(`node ${key} is not drawn`);
  const box = await page.getByTestId('graph').boundingBox();
  await page.mouse.click(box!.x + position.x, box!.y + position.y);
}

export function neighbours(value: string | null): string[] {
  return value ? value.split(',') : [];
}
