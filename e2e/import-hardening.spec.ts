// End-to-end: what a file, a link or a saved copy must never break. Ids named like object members import and lay out
// and survive a reload; a saved graph that cannot be opened gives way to the bundled dataset with a message, a download
// of the saved copy and a way to discard it.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { defaultView, gotoExplorer, graphReady } from './helpers';

/** The explorer, drawn: the bundled graph can take long on a loaded machine, hence the wider wait. */
const openExplorer = (page: Page, path = '/') => gotoExplorer(page, path, 90_000);

/** Writes a value where the explorer keeps the imported graph (idb-keyval's default store). */
async function setSaved(page: Page, value: unknown) {
  await page.evaluate(
    (v) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('keyval-store');
        open.onupgradeneeded = () => open.result.createObjectStore('keyval');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction('keyval', 'readwrite');
          tx.objectStore('keyval').put(v, 'entente:imported-graph');
          tx.oncomplete = () => (open.result.close(), resolve());
          tx.onerror = () => reject(tx.error);
        };
      }),
    value,
  );
}

async function hasSaved(page: Page): Promise<boolean> {
  return page.evaluate(
    () =>
      new Promise<boolean>((resolve) => {
        const open = indexedDB.open('keyval-store');
        open.onupgradeneeded = () => open.result.createObjectStore('keyval');
        open.onsuccess = () => {
          const request = open.result.transaction('keyval').objectStore('keyval').get('entente:imported-graph');
          request.onsuccess = () => (open.result.close(), resolve(request.result !== undefined));
        };
      }),
  );
}

test.describe.configure({ timeout: 600_000 });

test.afterEach(async ({ page }) => {
  await page.evaluate(
    () =>
      new Promise((resolve) => {
        const r = indexedDB.deleteDatabase('keyval-store');
        r.onsuccess = r.onerror = r.onblocked = () => resolve(null);
      }),
  );
});

test('a ?file= link whose ids are named like object members opens, lays out, and opens again after a reload', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const body = JSON.stringify({
    nodes: ['toString', 'valueOf', 'hasOwnProperty', '__proto__', 'constructor', 'b'].map((key) => ({ key })),
    edges: [
      { source: 'toString', target: 'b' },
      { source: 'b', target: 'valueOf' },
      { source: 'hasOwnProperty', target: '__proto__' },
      { source: 'b', target: 'constructor' },
    ],
  });
  await page.route('**/hostile/ids.json', (route) => route.fulfill({ body, contentType: 'application/json' }));
  const graph = await openExplorer(page, `/?file=${encodeURIComponent('/hostile/ids.json')}&layout=force`);
  await expect(page.locator('.source-banner')).toContainText('ids.json');
  await expect(graph).toHaveAttribute('data-nodes', '6');
  await expect(graph).toHaveAttribute('data-edges', '4');
  await page.waitForFunction(() => window.__entente !== undefined);
  // as entries: Playwright would turn an own "__proto__" key of a returned object into the object's prototype
  const positions = await page.evaluate(() => Object.entries(window.__entente!.positions()));
  const ids = ['__proto__', 'b', 'constructor', 'hasOwnProperty', 'toString', 'valueOf'];
  expect(positions.map(([key]) => key).sort()).toEqual(ids);
  expect(new Set(positions.map(([, p]) => `${Math.round(p.x)},${Math.round(p.y)}`)).size).toBe(6);
  // search finds the node by its own id
  await page.getByRole('combobox', { name: 'Find a country or organization' }).fill('toString');
  await expect(page.getByRole('option').first()).toContainText('toString');
  // a reload opens the saved graph (without the link too), focused on "toString" and sized by betweenness, no error
  await page.goto('/?layout=grouped&focus=toString&measure=betweenness');
  await expect(page.locator('.source-banner')).toContainText('ids.json');
  await expect(graph).toHaveAttribute('data-nodes', '6');
  await graphReady(page, 20_000);
  await expect.poll(() => page.evaluate(() => window.__entente!.classes('toString'))).toContain('focus');
  expect(await page.evaluate(() => window.__entente!.classes('b'))).toContain('neighbor');
  // every data export carries the file's ids as they are
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Export' });
  const saved = async (name: string) => {
    const [file] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name, exact: true }).click()]);
    return readFileSync((await file.path())!, 'utf8');
  };
  const json = JSON.parse(await saved('graphology JSON')) as { nodes: { key: string }[] };
  expect(json.nodes.map((n) => n.key).sort()).toEqual(ids);
  for (const text of [await saved('GEXF'), await saved('GraphML')]) {
    for (const id of ids) expect(text).toContain(`<node id="${id}"`);
  }
  expect(errors).toEqual([]);
});

test('a ?file= link with nodes at ±1e308 shows all three nodes on screen and says their positions were rescaled', async ({ page }) => {
  const body =
    '{"nodes":[{"key":"far","attributes":{"x":1e308,"y":1e308}},{"key":"near","attributes":{"x":-1e308,"y":-1e308}},{"key":"mid","attributes":{"x":0,"y":0}}],"edges":[{"source":"far","target":"mid"}]}';
  await page.route('**/hostile/far.json', (route) => route.fulfill({ body, contentType: 'application/json' }));
  const graph = await openExplorer(page, `/?file=${encodeURIComponent('/hostile/far.json')}`);
  await expect(graph).toHaveAttribute('data-nodes', '3');
  await expect(page.getByTestId('notices')).toContainText(
    "far.json: the file's node positions spread over more than 1.8e308 units, too far apart to show at once: rescaled into a 400-unit square, keeping their arrangement",
  );
  await page.waitForFunction(() => window.__entente !== undefined);
  const box = (await graph.boundingBox())!;
  for (const key of ['far', 'near', 'mid']) {
    const p = (await page.evaluate((k) => window.__entente!.renderedPosition(k), key))!;
    expect(p, key).not.toBeNull();
    expect(p.x, key).toBeGreaterThanOrEqual(0);
    expect(p.y, key).toBeGreaterThanOrEqual(0);
    expect(p.x, key).toBeLessThanOrEqual(box.width);
    expect(p.y, key).toBeLessThanOrEqual(box.height);
  }
});

test('a saved graph that cannot be opened gives way to the bundled dataset, with what was wrong, a download and a discard', async ({ page, request }) => {
  const good = {
    name: 'mine.json',
    savedAt: '2026-01-01T00:00:00.000Z',
    graph: { nodes: [{ key: 'a' }, { key: 'b' }], edges: [{ source: 'a', target: 'b' }] },
  };
  // Two kinds of corruption in the browser (not a graph at all; a graph whose parts do not fit); every other kind is
  // checked against the same validation by lib/import/stored-graph.test.ts, without a page load each.
  const corruptions: [string, unknown, RegExp][] = [
    ['garbage', 'garbage', /the text "garbage", not a saved graph/],
    ['edge to a missing node', { ...good, graph: { ...good.graph, edges: [{ source: 'a', target: 'zz' }] } }, /target "zz" is not a node/],
  ];
  // the saved copy is written from a light page of the same origin, so that the first explorer load already meets it
  await page.goto('/api/openapi.json');
  const graph = page.getByTestId('graph');
  const counts: string[] = [];
  for (const [what, value, message] of corruptions) {
    await setSaved(page, value);
    await page.goto('/');
    const notice = page.getByTestId('saved-graph-problem');
    await expect(notice, what).toContainText(message, { timeout: 60_000 });
    await expect(notice, what).toContainText('the bundled dataset is shown');
    await expect(graph, what).toHaveAttribute('data-ready', 'true', { timeout: 90_000 });
    counts.push((await graph.getAttribute('data-nodes'))!);
  }
  // the last one: download the saved copy as it is, then discard it; a reload then opens quietly
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download the saved copy' }).click()]);
  expect(download.suggestedFilename()).toBe('mine.saved.json');
  expect(JSON.parse(readFileSync((await download.path())!, 'utf8'))).toEqual(corruptions.at(-1)![1]);
  await page.getByRole('button', { name: 'Discard it' }).click();
  await expect(page.getByTestId('saved-graph-problem')).toContainText('discarded');
  expect(await hasSaved(page)).toBe(false);
  // what was shown beside each message is the bundled dataset, as the API counts it
  const bundled = String((await defaultView(request)).nodes);
  expect(counts).toEqual(corruptions.map(() => bundled));
  // a good saved graph in place of the discarded one opens quietly
  await setSaved(page, good);
  await page.reload();
  await expect(page.locator('.source-banner')).toContainText('mine.json');
  await expect(graph).toHaveAttribute('data-nodes', '2');
  await expect(page.getByTestId('saved-graph-problem')).toHaveCount(0);
});

test('big files: refused by size before reading, imported off the main thread with progress, and a Cancel that works', async ({ page }) => {
  const graph = await openExplorer(page);
  const bundled = await graph.getAttribute('data-nodes');
  // over the 20 MB limit: refused at once, by its size
  // Big files are handed over by path, as a user's would be: a buffer would travel through the test protocol first.
  const dir = test.info().outputDir;
  mkdirSync(dir, { recursive: true });
  const huge = path.join(dir, 'huge.csv');
  writeFileSync(huge, Buffer.alloc(21 * 1024 * 1024, 'a'));
  await page.getByTestId('import-input').setInputFiles(huge);
  await expect(page.getByTestId('import-errors')).toContainText('huge.csv is 21 MB, larger than the 20 MB import limit');
  await page.getByTestId('import-errors').getByRole('button', { name: 'Dismiss' }).click();
  // 50,000 nodes and 150,000 edges (13 MB): the import worker reports its stage; Cancel stops it and nothing changes
  const lines = ['<?xml version="1.0" encoding="UTF-8"?>', '<gexf xmlns="http://gexf.net/1.3" version="1.3"><graph defaultedgetype="undirected"><nodes>'];
  for (let i = 0; i < 50_000; i++) lines.push(`<node id="n${i}" label="Node ${i}"/>`);
  lines.push('</nodes><edges>');
  for (let i = 0; i < 150_000; i++) lines.push(`<edge id="e${i}" source="n${i % 50_000}" target="n${(i * 7 + 1 + Math.floor(i / 50_000)) % 50_000}"/>`);
  lines.push('</edges></graph></gexf>');
  const big = path.join(dir, 'big.gexf');
  writeFileSync(big, lines.join('\n'));
  await page.getByTestId('import-input').setInputFiles(big);
  const progress = page.getByTestId('import-progress');
  await expect(progress).toContainText('big.gexf');
  await progress.getByRole('button', { name: 'Cancel' }).click();
  await expect(progress).toHaveCount(0);
  await expect(page.getByTestId('import-errors')).toContainText('the import was cancelled');
  await expect(graph).toHaveAttribute('data-nodes', bundled!);
  await expect(page.locator('.source-banner')).toHaveCount(0);
});

test('?file= links: redirects are followed (named after the final URL); a malformed escape or a missing file gets a message', async ({ page }) => {
  const body = JSON.stringify({ nodes: [{ key: 'a' }, { key: 'b' }, { key: 'c' }], edges: [{ source: 'a', target: 'b' }] });
  // the redirect's target is fetched from the server itself (a routed response's redirect is not routed again)
  await page.route('**/links/redirect', (route) => route.fulfill({ status: 302, headers: { location: '/api/graph?format=gexf&asOf=1999-06-01' } }));
  await page.route('**/links/odd/**', (route) => route.fulfill({ body, contentType: 'application/json' }));
  await openExplorer(page, `/?file=${encodeURIComponent('/links/redirect')}`);
  await expect(page.locator('.source-banner')).toContainText('graph', { timeout: 90_000 });
  await expect(page.locator('.source-banner')).not.toContainText('redirect');
  await graphReady(page, 90_000);
  // Each link is opened as in a fresh browser (what the last one saved is not what is tested here), without returning to
  // the bundled dataset, and drawing it, in between.
  const freshBrowser = () => page.evaluate(() => localStorage.clear());
  await freshBrowser();
  await page.goto(`/?file=${encodeURIComponent('/links/odd/%E0%A4%A')}`);
  await expect(page.locator('.source-banner')).toContainText('%E0%A4%A.json', { timeout: 90_000 });
  await freshBrowser();
  await page.goto(`/?file=${encodeURIComponent('/links/none.json')}`);
  await expect(page.getByTestId('import-errors')).toContainText('failed with HTTP 404', { timeout: 90_000 });
  await expect(page.getByTestId('import-progress')).toHaveCount(0);
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test('a slow ?file= link shows its progress and a Cancel within the screen; Cancel stops it', async ({ page }) => {
    // the linked file never arrives: the fetch stays under way until it is cancelled
    await page.route('**/links/slow.json?*', () => undefined);
    await page.goto(`/?file=${encodeURIComponent('/links/slow.json?from=a-long-address-that-must-wrap-on-a-phone')}`);
    const progress = page.getByTestId('import-progress');
    await expect(progress).toContainText('Fetching');
    // nothing is drawn while the link is opened, and the way out is on the screen
    await expect(page.getByTestId('graph')).toContainText('Opening the linked file');
    const cancel = progress.getByRole('button', { name: 'Cancel' });
    await expect(cancel).toBeInViewport({ ratio: 1 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    await cancel.tap();
    await expect(progress).toHaveCount(0);
    await expect(page.getByTestId('import-errors')).toContainText('cancelled');
    // the bundled graph is drawn in its place
    await graphReady(page);
  });
});
