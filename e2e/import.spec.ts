// End-to-end: bringing your own graph. Good files in every format load with the right counts; each broken or hostile
// file gets its message while the graph on screen stays; drag and drop, ?file= and reloads work; exports re-import.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { openExplorer } from './helpers';

const FIXTURES = path.join(import.meta.dirname, 'fixtures/import');
const read = (folder: string) => JSON.parse(readFileSync(path.join(FIXTURES, folder, 'expected.json'), 'utf8')) as Record<string, unknown>;

/** A fixture and, for an `x.edges.csv`, its `x.nodes.csv` companion. */
function filesFor(folder: string, name: string): string[] {
  const companion = name.replace(/\.edges\.csv$/, '.nodes.csv');
  const all = readdirSync(path.join(FIXTURES, folder));
  return [name, ...(companion !== name && all.includes(companion) ? [companion] : [])].map((f) => path.join(FIXTURES, folder, f));
}

async function importFiles(page: Page, files: string[]) {
  await page.getByTestId('import-input').setInputFiles(files);
}

// A plain graph (no Entente kinds) counts edges, a graph in Entente's model ties.
const counts = (nodes: number, edges: number) => new RegExp(`^${nodes} nodes? and ${edges} (tie|edge)${edges === 1 ? '' : 's'}$`);
const nodesShown = (page: Page) => page.getByTestId('graph').getAttribute('data-nodes');

test.afterEach(async ({ page }) => {
  // leave the browser's store empty for the next test
  await page.evaluate(() => new Promise((resolve) => { const r = indexedDB.deleteDatabase('keyval-store'); r.onsuccess = r.onerror = r.onblocked = () => resolve(null); }));
});

test('good files in every format load with the right counts, and survive a reload until the user returns', async ({ page }) => {
  test.setTimeout(120_000);
  const graph = await openExplorer(page);
  const bundled = await nodesShown(page);
  for (const [name, expected] of Object.entries(read('good') as Record<string, { nodes: number; edges: number }>)) {
    await importFiles(page, filesFor('good', name));
    await expect(page.locator('.source-banner'), name).toContainText(name);
    await expect(page.getByTestId('imported-counts'), name).toHaveText(counts(expected.nodes, expected.edges));
    expect(Number(await graph.getAttribute('data-nodes')), name).toBeGreaterThan(0);
  }
  await page.reload();
  // a graph whose drawing had not been recorded as finished is reopened only when the user says so
  await expect(page.locator('.source-banner, [data-testid="open-saved-prompt"]').first()).toBeVisible({ timeout: 60_000 });
  if (await page.getByTestId('open-saved-prompt').isVisible()) await page.getByRole('button', { name: 'Open it' }).click();
  await expect(page.locator('.source-banner')).toContainText('Exploring your graph');
  await page.getByRole('button', { name: 'Return to the bundled dataset' }).click();
  await expect(graph).toHaveAttribute('data-nodes', bundled!);
});

test('each of the broken files gets a message naming the problem, and the graph on screen stays', async ({ page }) => {
  test.setTimeout(240_000);
  const graph = await openExplorer(page);
  const before = await nodesShown(page);
  const corpus = Object.entries(read('bad') as Record<string, string>).filter(([name]) => name !== 'ambiguous-source.csv' && !name.endsWith('.nodes.csv'));
  expect(corpus.length).toBeGreaterThanOrEqual(30);
  const errors = page.getByTestId('import-errors');
  const mapping = page.getByTestId('mapping-dialog');
  for (const [name, message] of corpus) {
    await importFiles(page, filesFor('bad', name));
    // a CSV without a source or target column opens the column mapping, which names what is missing
    const shown = errors.or(mapping);
    await expect(shown, name).toContainText(message);
    await expect(graph).toHaveAttribute('data-nodes', before!);
    if (await mapping.isVisible()) await mapping.getByRole('button', { name: 'Cancel' }).click();
    else await errors.getByRole('button', { name: 'Dismiss' }).click();
  }
  await expect(page.locator('.source-banner')).toHaveCount(0);
});

test('hostile but valid files import with their labels as plain text, and nothing in them runs', async ({ page }) => {
  let dialogs = 0;
  page.on('dialog', async (d) => {
    dialogs += 1;
    await d.dismiss();
  });
  const graph = await openExplorer(page);
  for (const [name, expected] of Object.entries(read('hostile-valid') as Record<string, { nodes: number; edges: number }>)) {
    await importFiles(page, filesFor('hostile-valid', name));
    await expect(page.locator('.source-banner'), name).toContainText(name); // this file's, not the previous one's
    await expect(page.getByTestId('imported-counts'), name).toHaveText(counts(expected.nodes, expected.edges));
    await expect(graph).toHaveAttribute('data-ready', 'true');
  }
  await importFiles(page, filesFor('hostile-valid', 'script-label.gexf'));
  await page.getByRole('button', { name: 'Table' }).click();
  await expect(page.getByTestId('nodes-table')).toContainText('<script>alert("pwned")</script>');
  await expect(page.locator('script:text("pwned")')).toHaveCount(0);
  expect(dialogs).toBe(0);
});

test('an ambiguous CSV header gets a mapping preview, and the chosen mapping imports', async ({ page }) => {
  const graph = await openExplorer(page);
  await importFiles(page, filesFor('bad', 'ambiguous-source.csv'));
  const dialog = page.getByTestId('mapping-dialog');
  await expect(dialog).toContainText('several columns could be the source');
  await expect(dialog.getByRole('table')).toBeVisible();
  await dialog.getByRole('button', { name: 'Import with this mapping' }).click();
  await expect(page.getByTestId('imported-counts')).toHaveText(/^2 nodes and 1 (tie|edge)$/); // a plain graph says edge
  await expect(graph).toHaveAttribute('data-nodes', '2');
});

test('a file dropped onto the page is imported', async ({ page }) => {
  const graph = await openExplorer(page);
  const text = readFileSync(path.join(FIXTURES, 'good', 'graphology.json'), 'utf8');
  const transfer = await page.evaluateHandle((content) => {
    const dt = new DataTransfer();
    dt.items.add(new File([content], 'dropped.json', { type: 'application/json' }));
    return dt;
  }, text);
  for (const type of ['dragenter', 'dragover', 'drop']) await page.dispatchEvent('body', type, { dataTransfer: transfer });
  await expect(page.locator('.source-banner')).toContainText('dropped.json');
  await expect(graph).toHaveAttribute('data-nodes', '3');
});

test('?file= imports a same-origin URL (the API’s own GEXF export) with the API’s counts, kept in the URL', async ({ page, request }) => {
  const api = await (await request.get('/api/graph?asOf=1999-06-01')).json();
  const file = encodeURIComponent('/api/graph?format=gexf&asOf=1999-06-01');
  const graph = await openExplorer(page, `/?file=${file}&hide=none`);
  await expect(page.locator('.source-banner')).toContainText('Exploring your graph');
  await expect(page.getByTestId('imported-counts')).toHaveText(counts(api.nodes.length, api.edges.length));
  await expect(graph).toHaveAttribute('data-ready', 'true');
  await expect(page).toHaveURL(/file=/);
});

test('what the explorer exports as data imports back with the same nodes and ties', async ({ page }) => {
  test.setTimeout(120_000);
  await openExplorer(page, '/?date=2010-01-01&regions=Asia');
  const shownNodes = await nodesShown(page);
  const shownEdges = await page.getByTestId('graph').getAttribute('data-edges');
  for (const label of ['GEXF', 'GraphML, mixed ties (Gephi)', 'graphology JSON', 'CSV (edges + nodes)']) {
    await page.getByRole('button', { name: 'Return to the bundled dataset' }).click({ timeout: 1000 }).catch(() => undefined);
    await page.goto('/?date=2010-01-01&regions=Asia');
    await expect(page.getByTestId('graph')).toHaveAttribute('data-ready', 'true');
    await page.getByRole('button', { name: 'Export', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Export' });
    const downloads: string[] = [];
    const expected = label.startsWith('CSV') ? 2 : 1;
    const done = new Promise<void>((resolve) => {
      page.on('download', async (d) => {
        const target = path.join(test.info().outputDir, d.suggestedFilename());
        await d.saveAs(target);
        downloads.push(target);
        if (downloads.length === expected) resolve();
      });
    });
    await dialog.getByRole('button', { name: label, exact: true }).click();
    await done;
    page.removeAllListeners('download');
    await dialog.getByRole('button', { name: 'Close' }).click();
    await importFiles(page, downloads.sort((a, b) => (a.includes('-edges') ? -1 : b.includes('-edges') ? 1 : 0)));
    await expect(page.locator('.source-banner'), label).toContainText('Exploring your graph');
    // the import keeps the file's dates; show the same date and every tie kind
    await expect(page.getByTestId('graph'), label).toHaveAttribute('data-nodes', shownNodes!);
    await expect(page.getByTestId('filter-counts'), label).toContainText(`of ${shownEdges} ties`);
  }
});

test('a graph of several thousand nodes switches to the large-graph renderer and lays out off the main thread, with a stop button', async ({ page }) => {
  test.setTimeout(120_000);
  // a random graph (fixed seed) of 8,000 nodes and 12,000 edges
  let seed = 7;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) % 8000;
  const lines = ['source,target'];
  for (let i = 0; i < 12000; i++) {
    const a = i < 8000 ? i : next();
    let b = next();
    if (b === a) b = (b + 1) % 8000;
    lines.push(`n${a},n${b}`);
  }
  const file = path.join(test.info().outputDir, 'large.csv');
  const { mkdirSync, writeFileSync } = await import('node:fs');
  mkdirSync(test.info().outputDir, { recursive: true });
  writeFileSync(file, lines.join('\n'));
  await openExplorer(page);
  await importFiles(page, [file]);
  const graph = page.getByTestId('graph');
  await expect(graph).toHaveAttribute('data-large', 'true', { timeout: 30_000 });
  await expect(graph).toHaveAttribute('data-ready', 'true');
  await expect(graph).toHaveAttribute('data-renderer', /^(webgl|canvas)$/);
  const progress = page.getByTestId('layout-progress');
  await expect(progress).toBeVisible();
  // Stop it if it is still running (this machine draws WebGL in software, so the page is slow to answer meanwhile);
  // either way the layout ends, stopped or done, with every node drawn.
  if ((await progress.getAttribute('data-status')) === 'running') {
    await progress.getByRole('button', { name: 'Stop' }).click({ timeout: 30_000 }).catch(() => undefined);
  }
  await expect(progress).toHaveAttribute('data-status', /^(stopped|done)$/, { timeout: 60_000 });
  await expect(graph).toHaveAttribute('data-nodes', '8000');
  // the page stayed responsive: the search still answers
  await page.getByRole('combobox', { name: 'Find a country or organization' }).fill('n42');
  await expect(page.getByRole('option').first()).toBeVisible();
});
