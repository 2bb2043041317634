// End-to-end: the picture tells what holds on the date. Ended ties are hidden until asked for, then drawn grey and
// labelled with their end date; CSTO and NATO are counted the same in every panel and the API; an imported networkx
// graph is shown as a plain graph; the legend draws what the graph draws and the console stays free of warnings.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { gotoExplorer, pickFromSearch, showView } from './helpers';

// Each test loads the full graph more than once; on a loaded 2-core machine a load can take most of a minute.
test.describe.configure({ timeout: 240_000 });

const openExplorer = (page: Page, url = '/') => gotoExplorer(page, url, 90_000);

const GREY = 'rgb(173,181,189)';
const look = (page: Page, key: string) => page.evaluate((k) => window.__entente!.edgeLook(k), key);
const compact = (color: string | undefined) => color?.replace(/\s/g, '');

// One page for the whole file: it is loaded once (the first test watches the console during that load), then each
// journey changes the view in place (showView) or imports a file over it.
test.describe.serial('one page: ended ties, membership counts, imported graphs', () => {
  let page: Page;
  test.beforeAll(async ({ browser }) => {
    page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  });
  test.afterAll(async () => {
    await page.close();
  });

  test('ended ties: hidden on the date by default, shown grey and labelled with their end date by the toggle', async () => {
    const warnings: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'warning' || message.type() === 'error') warnings.push(message.text());
    });
    await openExplorer(page, '/?date=1985-06-01&focus=SUN');
    expect(warnings, 'the page loads without console warnings').toEqual([]);
    // The alliance sample in the legend is one line, as the graph draws it.
    await expect(page.locator('.legend li[data-kind="alliance"] svg line')).toHaveCount(1);

    // 1985: the USSR–China treaty (terminated 1980) and the 1956 war with Hungary are history, not live ties.
    expect(await look(page, 'alliance/defence-treaty:CHN-SUN')).toBeNull();
    expect(await look(page, 'conflict/war:HUN-SUN')).toBeNull();
    const details = page.getByTestId('details');
    await expect(details.getByTestId('hidden-ties')).toContainText('ended ties are hidden');
    await expect(details.locator('[data-tie="alliance/defence-treaty:CHN-SUN"]')).toHaveCount(0);

    await page.getByTestId('show-ended').check();
    await expect(page).toHaveURL(/ended=show/);
    await expect.poll(() => look(page, 'alliance/defence-treaty:CHN-SUN').then((l) => compact(l?.color))).toBe(GREY);
    const treaty = await look(page, 'alliance/defence-treaty:CHN-SUN');
    expect(treaty).toMatchObject({ arrow: 'none', width: '1px' });
    expect(compact((await look(page, 'conflict/war:HUN-SUN'))?.color)).toBe(GREY);
    await expect(details.locator('[data-tie="alliance/defence-treaty:CHN-SUN"]')).toHaveAttribute('data-ended', '1980-04-11');
    await expect(details.locator('[data-tie="alliance/defence-treaty:CHN-SUN"]')).toContainText('ended 1980-04-11');
    await expect(page.locator('.legend li[data-kind="ended"]')).toContainText('Ended tie');
    // The pointer on the treaty's line names it as ended, with the date.
    const canvas = (await page.getByTestId('graph').boundingBox())!;
    await expect
      .poll(async () => {
        const ties = await page.evaluate(() => window.__entente!.tiesBetween('CHN', 'SUN'));
        const mid = ties.find((t) => t.key === 'alliance/defence-treaty:CHN-SUN');
        if (!mid) return '';
        await page.mouse.move(canvas.x + mid.x, canvas.y + mid.y);
        return (
          (await page
            .getByRole('tooltip')
            .textContent({ timeout: 1000 })
            .catch(() => '')) ?? ''
        );
      })
      .toMatch(/Alliance.*China.*Soviet Union.*ended 1980-04-11/);
    await page.mouse.move(0, 0);

    await page.getByRole('button', { name: 'Table' }).click();
    const row = page.getByTestId('ties-table').locator('tr[data-key="alliance/defence-treaty:CHN-SUN"]');
    await expect(row).toContainText('terminated · ended');
    await expect(row).toContainText('ended 1980-04-11');

    // Today: Kuwait and Iraq are not at war (the 1990–91 war ended); a live conflict keeps its red line.
    await showView(page, '/?focus=KWT');
    expect(await look(page, 'conflict/war:IRQ-KWT')).toBeNull();
    await page.getByTestId('show-ended').check();
    await expect.poll(() => look(page, 'conflict/war:IRQ-KWT').then((l) => compact(l?.color))).toBe(GREY);
    await expect(page.getByTestId('details').locator('[data-tie="conflict/war:IRQ-KWT"]')).toHaveAttribute('data-ended', '1991-03-01');
    expect(warnings).toEqual([]);
  });

  test('CSTO and NATO memberships are counted the same in the details panel, the compare view, the table and the API', async ({ request }) => {
    const api = (await (await request.get('/api/compare?orgs=csto,nato')).json()) as {
      blocs: { org: string; counts: Record<'members' | 'strained' | 'associates' | 'former' | 'in', number>; former: string[]; associates: string[] }[];
    };
    const [csto, nato] = api.blocs;
    expect(csto!.counts).toMatchObject({ members: 5, strained: 2, in: 7 });
    // Belarus and Russia were NATO partners whose partnership ended: not former members.
    expect(nato!.former).not.toContain('BLR');
    expect(nato!.former).not.toContain('RUS');

    await showView(page, '/?panel=compare&ended=show');
    const table = page.getByTestId('compare-table');
    const cell = (figure: RegExp, column: number) => table.getByRole('row', { name: figure }).getByRole('cell').nth(column);
    for (const [column, bloc] of [csto!, nato!].entries()) {
      await expect(cell(/^In the organization/, column)).toHaveText(String(bloc.counts.in));
      await expect(cell(/^Members \d/, column)).toHaveText(new RegExp(`^${bloc.counts.members}\\b`));
      await expect(cell(/^Frozen or suspended/, column)).toHaveText(new RegExp(`^${bloc.counts.strained}\\b`));
      await expect(cell(/^Observers and partners/, column)).toHaveText(new RegExp(`^${bloc.counts.associates}\\b`));
      await expect(cell(/^Former members/, column)).toHaveText(new RegExp(`^${bloc.counts.former}\\b`));
    }
    await expect(cell(/^Former members/, 1)).not.toContainText('Belarus');

    for (const bloc of [csto!, nato!]) {
      await pickFromSearch(page, bloc.org.toUpperCase(), new RegExp(`^${bloc.org.toUpperCase()}`, 'i'));
      const details = page.getByTestId('details');
      for (const group of ['members', 'strained', 'associates', 'former'] as const) {
        const count = bloc.counts[group];
        const section = details.getByTestId(`membership-group-${group}`);
        if (count === 0) await expect(section).toHaveCount(0);
        else await expect(section, `${bloc.org} ${group}`).toHaveAttribute('data-count', String(count));
      }
    }

    await page.getByRole('button', { name: 'Table' }).click();
    await page.getByLabel('Search the tables').fill('CSTO');
    const rows = page.getByTestId('ties-table').locator('tbody tr');
    await expect(rows.filter({ hasText: '· Members' })).toHaveCount(csto!.counts.members);
    await expect(rows.filter({ hasText: '· Frozen or suspended' })).toHaveCount(csto!.counts.strained);
    await expect(rows.filter({ hasText: '· Former members' })).toHaveCount(csto!.counts.former);
  });

  test('an imported networkx GEXF is a plain graph: its own words, undirected edges without arrows, no invented dates', async () => {
    await showView(page, '/');
    await page.getByTestId('import-input').setInputFiles(path.join(import.meta.dirname, 'fixtures/import/good/les-miserables.gexf'));
    await expect(page.getByTestId('imported-counts')).toHaveText('77 nodes and 254 edges');
    // Nothing to warn about: no "states", "dependency ties" or dates from 1900 (lib/formats/graph-builder.ts).
    await expect(page.getByTestId('import-warnings')).toHaveCount(0);
    await expect(page.getByTestId('graph')).toHaveAttribute('data-nodes', '77');
    await expect(page.getByTestId('details')).toContainText('77 nodes and 254 edges shown');
    await expect(page.getByTestId('details')).not.toContainText('states and organizations');
    await expect(page.getByTestId('undated-graph')).toBeVisible();
    await expect(page.locator('.legend li[data-kind="edge"]')).toBeVisible();
    await expect(page.locator('.legend li[data-kind="alliance"]')).toHaveCount(0);
    expect(await look(page, '0')).toMatchObject({ arrow: 'none' });

    await pickFromSearch(page, 'Valjean', /Valjean/);
    const details = page.getByTestId('details');
    await expect(details.locator('.tie').first()).toBeVisible();
    await expect(details).not.toContainText('1900');
    await expect(details).not.toContainText('Dependency');
    await expect(details.getByTestId('balance')).toHaveCount(0);

    await page.getByRole('tab', { name: 'Compare' }).click();
    await expect(page.getByTestId('compare-unavailable')).toContainText('no organizations');
    await page.getByRole('tab', { name: 'Metrics' }).click();
    await expect(page.getByTestId('ranking').locator('tbody tr').first()).toHaveAttribute('data-key', 'Valjean');

    await page.getByRole('button', { name: 'Table' }).click();
    await expect(page.getByTestId('nodes-table').locator('caption')).toHaveText('Nodes (77)');
    await expect(page.getByTestId('ties-table').locator('caption')).toHaveText('Edges (254)');
    await expect(page.getByTestId('ties-table')).not.toContainText('1900');
  });

  test('an imported networkx GEXF with its own kinds: filters list them with counts and hide them; measures, search, path, table and export follow', async () => {
    // Imported over the Les Misérables graph of the test before.
    await page.getByRole('button', { name: 'Graph' }).click();
    await page.getByRole('tab', { name: 'Details' }).click();
    // e2e/fixtures/own-kinds/suppliers.gexf: nodes typed person, company or agency; undirected edges whose relation is owns, supplies, regulates or knows.
    await page.getByTestId('import-input').setInputFiles(path.join(import.meta.dirname, 'fixtures/own-kinds/suppliers.gexf'));
    const graph = page.getByTestId('graph');
    await expect(page.getByTestId('imported-counts')).toHaveText('9 nodes and 14 edges');
    // The edges' relation is their kind: no warning that they have none or are shown as dependency ties.
    await expect(page.getByTestId('import-warnings')).toHaveCount(0);
    const nodeKinds = page.getByTestId('own-node-kinds');
    const edgeKinds = page.getByTestId('own-edge-kinds');
    await expect(nodeKinds.locator('label')).toHaveText([/^\s*company \(4\)/, /^\s*person \(3\)/, /^\s*agency \(2\)/]);
    await expect(edgeKinds.locator('label')).toHaveText([/^\s*supplies \(5\)/, /^\s*owns \(4\)/, /^\s*regulates \(3\)/, /^\s*knows \(2\)/]);
    await expect(page.locator('.legend li[data-kind="edge"]')).not.toContainText('→');
    expect(await look(page, '0')).toMatchObject({ arrow: 'none' }); // undirected: no arrowhead

    await nodeKinds.locator('label[data-own-kind="agency"] input').uncheck();
    await expect(graph).toHaveAttribute('data-nodes', '7');
    await expect(graph).toHaveAttribute('data-edges', '11');
    await edgeKinds.locator('label[data-own-kind="owns"] input').uncheck();
    await expect(graph).toHaveAttribute('data-edges', '7');
    await expect(page).toHaveURL(/hideown=node%3Aagency%7Cedge%3Aowns|hideown=node:agency\|edge:owns/);

    // Search, the details and the path tool speak of the file's kinds.
    await pickFromSearch(page, 'Acme', /Acme/);
    await expect(page.getByTestId('details')).toContainText('company');
    await expect(page.getByTestId('details')).toContainText('supplies');
    await page.getByRole('tab', { name: 'Path' }).click();
    await pickFromSearch(page, 'Ada', /Ada/, 'From');
    await pickFromSearch(page, 'Cy', /^Cy/, 'To');
    const route = page.getByTestId('path-result');
    await expect(route).toContainText('knows');
    await expect(route).not.toContainText('dependency');

    // Measures rank the shown nodes; the table and the data export hold what is shown.
    await page.getByRole('tab', { name: 'Metrics' }).click();
    await expect(page.getByTestId('ranking').locator('tbody tr')).toHaveCount(7);
    await page.getByRole('button', { name: 'Table' }).click();
    await expect(page.getByTestId('ties-table').locator('caption')).toHaveText('Edges (7)');
    await expect(page.getByTestId('ties-table')).not.toContainText('owns');
    await page.getByRole('button', { name: 'Graph' }).click();
    await page.getByRole('button', { name: 'Export', exact: true }).click();
    const download = page.waitForEvent('download');
    await page.getByRole('dialog', { name: 'Export' }).getByRole('button', { name: 'GEXF', exact: true }).click();
    const gexf = readFileSync((await (await download).path())!, 'utf8');
    expect(gexf.match(/<node /g)).toHaveLength(7);
    expect(gexf.match(/<edge /g)).toHaveLength(7);
    expect(gexf).not.toContain('Customs');
    await page.evaluate(
      () =>
        new Promise((resolve) => {
          const r = indexedDB.deleteDatabase('keyval-store');
          r.onsuccess = r.onerror = r.onblocked = () => resolve(null);
        }),
    );
  });
});
