// End-to-end: finding one's way — the pair view, search by any name, depth, rankings, paths, readable labels.
import { expect, test, type Page } from '@playwright/test';
import { clickNode, neighbours, pickFromSearch } from './helpers';

// The machine these run on may be shared and slow: generous timeouts, no timed assertions.
test.describe.configure({ timeout: 240_000 });

async function openExplorer(page: Page, path = '/') {
  await page.goto(path);
  const graph = page.getByTestId('graph');
  await expect(graph).toHaveAttribute('data-ready', 'true', { timeout: 120_000 });
  return graph;
}

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

  // The link reproduces the pair; the "Ties with…" picker in the details opens another one.
  await page.reload();
  await expect(page.getByTestId('graph')).toHaveAttribute('data-ready', 'true', { timeout: 120_000 });
  await expect(page.getByTestId('pair-panel')).toHaveAttribute('data-b', 'RUS');
  await page.getByRole('button', { name: 'Back to Armenia' }).click();
  await pickFromSearch(page, 'Azerb', /Azerbaijan/, 'Ties with…');
  await expect(page.getByTestId('pair-panel')).toHaveAttribute('data-b', 'AZE');
  await expect(page.getByTestId('pair-panel').locator('[data-kind="conflict"]')).toBeVisible();
  await expect(page).toHaveURL(/pair=AZE/);
});

test('search finds every common, former and short name, and moves the date to a node that no longer exists', async ({ page }) => {
  const graph = await openExplorer(page);
  const search = page.getByRole('combobox', { name: 'Find a country or organization' });
  const terms: [string, string][] = [
    ['USSR', 'SUN'], ['Soviet Union', 'SUN'], ['Warsaw Pact', 'warsaw-pact'], ['Turkey', 'TUR'], ['Britain', 'GBR'], ['Great Britain', 'GBR'],
    ['UK', 'GBR'], ['Czech Republic', 'CZE'], ['DPRK', 'PRK'], ['North Korea', 'PRK'], ['GDR', 'DDR'], ['East Germany', 'DDR'],
    ['West Germany', 'DEU'], ['Burma', 'MMR'], ['Swaziland', 'SWZ'], ['Ivory Coast', 'CIV'], ['Macedonia', 'MKD'], ['Holland', 'NLD'],
  ];
  for (const [term, key] of terms) {
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
