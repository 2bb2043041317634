// End-to-end: bringing your own graph. Good files in every format load with the right counts; each broken or hostile
// file gets its message while the graph on screen stays; drag and drop, ?file= and reloads work; exports re-import.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { gotoExplorer, graphReady, PAGE_LOAD_TIMEOUT, sharedExplorer } from './helpers';

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

test.describe.serial('one page, loaded once, importing good, broken and hostile files in turn', () => {
  const page = sharedExplorer('/');

  test('good files in every format load with the right counts, and survive a reload until the user returns', async () => {
    test.setTimeout(120_000);
    const graph = page().getByTestId('graph');
    const bundled = await nodesShown(page());
    for (const [name, expected] of Object.entries(read('good') as Record<string, { nodes: number; edges: number }>)) {
      await importFiles(page(), filesFor('good', name));
      await expect(page().locator('.source-banner'), name).toContainText(name);
      await expect(page().getByTestId('imported-counts'), name).toHaveText(counts(expected.nodes, expected.edges));
      expect(Number(await graph.getAttribute('data-nodes')), name).toBeGreaterThan(0);
    }
    await page().reload();
    // a graph whose drawing had not been recorded as finished is reopened only when the user says so
    await expect(page().locator('.source-banner, [data-testid="open-saved-prompt"]').first()).toBeVisible({ timeout: PAGE_LOAD_TIMEOUT });
    if (await page().getByTestId('open-saved-prompt').isVisible()) await page().getByRole('button', { name: 'Open it' }).click();
    await expect(page().locator('.source-banner')).toContainText('Exploring your graph', { timeout: PAGE_LOAD_TIMEOUT });
    await page().getByRole('button', { name: 'Return to the bundled dataset' }).click();
    await expect(graph).toHaveAttribute('data-nodes', bundled!, { timeout: PAGE_LOAD_TIMEOUT });
  });

  test('each of the broken files gets a message naming the problem, and the graph on screen stays', async () => {
    test.setTimeout(240_000);
    const graph = page().getByTestId('graph');
    const before = await nodesShown(page());
    // Every file of the corpus gets its message in lib/formats/corpus.test.ts; here, in the browser (its XML parser, the
    // import worker, the page), the hostile ones and one of each kind of breakage per format.
    const inBrowser = [
      'billion-laughs.gexf',
      'external-entity.graphml',
      'malformed.gexf',
      'nul-bytes.gexf',
      'edge-to-unknown.graphml',
      'truncated.json',
      'proto.json',
      'invalid-utf8.csv',
      'binary-png.csv',
      'missing-target-column.csv',
      'spreadsheet.xlsx',
    ];
    const all = read('bad') as Record<string, string>;
    const corpus = inBrowser.map((name) => [name, all[name]!] as const);
    expect(corpus.every(([, message]) => typeof message === 'string')).toBe(true);
    const errors = page().getByTestId('import-errors');
    const mapping = page().getByTestId('mapping-dialog');
    for (const [name, message] of corpus) {
      await importFiles(page(), filesFor('bad', name));
      // a CSV without a source or target column opens the column mapping, which names what is missing
      const shown = errors.or(mapping);
      await expect(shown, name).toContainText(message);
      await expect(graph).toHaveAttribute('data-nodes', before!);
      if (await mapping.isVisible()) await mapping.getByRole('button', { name: 'Cancel' }).click();
      else await errors.getByRole('button', { name: 'Dismiss' }).click();
    }
    await expect(page().locator('.source-banner')).toHaveCount(0);
  });

  test('hostile but valid files import with their labels as plain text, and nothing in them runs', async () => {
    let dialogs = 0;
    page().on('dialog', async (d) => {
      dialogs += 1;
      await d.dismiss();
    });
    for (const [name, expected] of Object.entries(read('hostile-valid') as Record<string, { nodes: number; edges: number }>)) {
      await importFiles(page(), filesFor('hostile-valid', name));
      await expect(page().locator('.source-banner'), name).toContainText(name); // this file's, not the previous one's
      await expect(page().getByTestId('imported-counts'), name).toHaveText(counts(expected.nodes, expected.edges));
      await graphReady(page(), PAGE_LOAD_TIMEOUT);
    }
    await importFiles(page(), filesFor('hostile-valid', 'script-label.gexf'));
    await page().getByRole('button', { name: 'Table' }).click();
    await expect(page().getByTestId('nodes-table')).toContainText('<script>alert("pwned")</script>');
    await expect(page().locator('script:text("pwned")')).toHaveCount(0);
    expect(dialogs).toBe(0);
    await page().getByRole('button', { name: 'Graph' }).click(); // the next test reads the graph
  });

  test('an ambiguous CSV header gets a mapping preview, and the chosen mapping imports', async () => {
    const graph = page().getByTestId('graph');
    await importFiles(page(), filesFor('bad', 'ambiguous-source.csv'));
    const dialog = page().getByTestId('mapping-dialog');
    await expect(dialog).toContainText('several columns could be the source');
    await expect(dialog.getByRole('table')).toBeVisible();
    await dialog.getByRole('button', { name: 'Import with this mapping' }).click();
    await expect(page().getByTestId('imported-counts')).toHaveText(/^2 nodes and 1 (tie|edge)$/); // a plain graph says edge;
    await expect(graph).toHaveAttribute('data-nodes', '2');
  });

  test('a file dropped onto the page is imported', async () => {
    const graph = page().getByTestId('graph');
    const text = readFileSync(path.join(FIXTURES, 'good', 'graphology.json'), 'utf8');
    const transfer = await page().evaluateHandle((content) => {
      const dt = new DataTransfer();
      dt.items.add(new File([content], 'dropped.json', { type: 'application/json' }));
      return dt;
    }, text);
    for (const type of ['dragenter', 'dragover', 'drop']) await page().dispatchEvent('body', type, { dataTransfer: transfer });
    await expect(page().locator('.source-banner')).toContainText('dropped.json');
    await expect(graph).toHaveAttribute('data-nodes', '3');
  });
});

test('?file= imports a same-origin URL (the API’s own GEXF export) with the API’s counts, kept in the URL', async ({ page, request }) => {
  const api = await (await request.get('/api/graph?asOf=1999-06-01')).json();
  const file = encodeURIComponent('/api/graph?format=gexf&asOf=1999-06-01');
  await gotoExplorer(page, `/?file=${file}&hide=none`);
  await expect(page.locator('.source-banner')).toContainText('Exploring your graph', { timeout: PAGE_LOAD_TIMEOUT });
  await expect(page.getByTestId('imported-counts')).toHaveText(counts(api.nodes.length, api.edges.length));
  await graphReady(page, PAGE_LOAD_TIMEOUT);
  await expect(page).toHaveURL(/file=/);
});

test('what the explorer exports as data imports back with the same nodes and ties', async ({ page }) => {
  test.setTimeout(120_000);
  await gotoExplorer(page, '/?date=2010-01-01&regions=Asia');
  const shownNodes = await nodesShown(page);
  const shownEdges = await page.getByTestId('graph').getAttribute('data-edges');
  // Every format is exported from the one drawn view first, then each file is imported in turn (each import replaces the last).
  const files = new Map<string, string[]>();
  for (const label of ['GEXF', 'GraphML, mixed ties (Gephi)', 'graphology JSON', 'CSV (edges + nodes)']) {
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
    files.set(
      label,
      downloads.sort((a, b) => (a.includes('-edges') ? -1 : b.includes('-edges') ? 1 : 0)),
    );
  }
  for (const [label, downloads] of files) {
    await importFiles(page, downloads);
    // the banner names this file, so what follows is read from this import, not the last one
    await expect(page.locator('.source-banner'), label).toContainText('Exploring your graph');
    await expect(page.locator('.source-banner'), label).toContainText(path.basename(downloads[0]!));
    // the import keeps the file's dates; show the same date and every tie kind
    await expect(page.getByTestId('graph'), label).toHaveAttribute('data-nodes', shownNodes!);
    await expect(page.getByTestId('filter-counts'), label).toContainText(`of ${shownEdges} ties`);
  }
});

test('a graph of a few thousand nodes switches to the large-graph renderer and lays out off the main thread; Stop stops it', async ({ page }) => {
  // A random graph (fixed seed) just over the large-graph threshold (LARGE_GRAPH in lib/view/layout.ts: 2,000 nodes):
  // what is tested is the switch, the worker and Stop; the speed on 8,000 nodes is npm run bench's business.
  const N = 2400;
  let seed = 7;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) % N;
  const lines = ['source,target'];
  for (let i = 0; i < N * 1.5; i++) {
    const a = i < N ? i : next();
    let b = next();
    if (b === a) b = (b + 1) % N;
    lines.push(`n${a},n${b}`);
  }
  const file = path.join(test.info().outputDir, 'large.csv');
  mkdirSync(test.info().outputDir, { recursive: true });
  writeFileSync(file, lines.join('\n'));
  // No need to wait for the bundled graph's layout: the import reloads the page into the large-graph renderer.
  await page.goto('/');
  await importFiles(page, [file]);
  const graph = page.getByTestId('graph');
  await expect(graph).toHaveAttribute('data-large', 'true', { timeout: PAGE_LOAD_TIMEOUT });
  await graphReady(page, PAGE_LOAD_TIMEOUT);
  await expect(graph).toHaveAttribute('data-nodes', String(N));
  await expect(graph).toHaveAttribute('data-renderer', /^(webgl|canvas)$/);
  const progress = page.getByTestId('layout-progress');
  await expect(progress).toBeVisible();

  // Stop the layout if it is still running; then it must say "stopped" and the nodes must not move any more. If it
  // finished first, it must say so with the number of nodes laid out. The outcome is recorded in the report.
  let outcome: string;
  const stop = progress.getByRole('button', { name: 'Stop' });
  const clicked =
    (await progress.getAttribute('data-status')) === 'running' &&
    // A short wait: the button goes away when the layout finishes, and then the click has nothing to wait for.
    (await stop.click({ timeout: 2_000 }).then(
      () => true,
      () => false,
    ));
  if (clicked) {
    await expect(progress).toHaveAttribute('data-status', 'stopped');
    await expect(progress).toContainText('Layout stopped');
    const before = await page.evaluate(() => window.__entente!.positions());
    await page.waitForTimeout(1500);
    expect(await page.evaluate(() => window.__entente!.positions())).toEqual(before);
    outcome = 'stopped by the Stop button';
  } else {
    await expect(progress).toHaveAttribute('data-status', 'done', { timeout: 60_000 });
    await expect(progress).toContainText(`Laid out ${N} nodes`);
    outcome = 'finished before Stop could be clicked';
  }
  test.info().annotations.push({ type: 'large-graph layout', description: outcome });
  console.log(`large-graph layout: ${outcome}`);
  // the page stayed responsive: the search still answers
  await page.getByRole('combobox', { name: 'Find a country or organization' }).fill('n42');
  await expect(page.getByRole('option').first()).toBeVisible();
});
