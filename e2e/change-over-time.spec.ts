// End-to-end: what changed between two dates (graph and list), a measure's history and its CSV, the CSTO story played
// by mouse and keyboard, and a recorded story that survives export and import.
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { PAGE_LOAD_TIMEOUT, sharedExplorer, showView } from './helpers';

const classes = (page: Page, id: string) => page.evaluate((key) => window.__entente?.classes(key) ?? null, id);

test.describe.serial('one page, loaded once: changes, a measure’s history and stories', () => {
  const shared = sharedExplorer('/?date=2026-01-01&since=2021-01-01&panel=changes');

  test('Changes mode between 2021 and 2026 shows Armenia’s CSTO freeze and the Nordic accessions in graph and list', async () => {
    const page = shared();
    await expect.poll(() => classes(page, 'membership:ARM>csto')).toContain('change-status');
    expect(await classes(page, 'membership:FIN>nato')).toContain('change-status');
    expect(await classes(page, 'membership:SWE>nato')).toContain('change-status');
    expect(await classes(page, 'membership:KAZ>csto')).toContain('change-same');
    const counts = page.getByTestId('change-counts');
    await expect(counts.locator('[data-change="changed"] strong')).not.toHaveText('0');

    const list = page.getByTestId('change-list');
    await expect(list.locator('[data-key="membership:ARM>csto"][data-type="status-changed"]')).toContainText('founder → frozen');
    await expect(list.locator('[data-key="membership:ARM>csto"] time')).toHaveText('2024-02-22');
    await expect(list.locator('[data-key="membership:FIN>nato"]')).toContainText('partner → member');
    await expect(list.locator('[data-key="membership:SWE>nato"] time')).toHaveText('2024-03-07');

    // focusing a node narrows the list to its changes
    await showView(page, '/?date=2026-01-01&since=2021-01-01&panel=changes&focus=ARM');
    await expect(page.getByTestId('changes-count')).toContainText('involving Armenia');
    const keys = await page
      .getByTestId('change-list')
      .locator(':scope > li')
      .evaluateAll((items) => items.map((li) => li.getAttribute('data-key') ?? ''));
    expect(keys.length).toBeGreaterThan(0);
    expect(keys.every((k) => /\bARM\b/.test(k))).toBe(true);
  });

  test('the changes API answers the same list as JSON and CSV, and names bad parameters', async ({ request }) => {
    const json = await (await request.get('/api/changes?from=2021-01-01&to=2026-01-01&kinds=membership')).json();
    const arm = json.changes.find((c: { key: string }) => c.key === 'membership:ARM>csto');
    expect(arm).toMatchObject({ date: '2024-02-22', type: 'status-changed', from: 'founder', to: 'frozen' });
    expect(arm.sources.length).toBeGreaterThan(0);
    const csv = await request.get('/api/changes?from=2021-01-01&to=2026-01-01&kinds=membership&format=csv');
    expect(csv.headers()['content-type']).toContain('text/csv');
    expect(await csv.text()).toContain('2024-02-22,status-changed,membership:ARM>csto,ARM,csto,membership,,founder,frozen,');
    const bad = await request.get('/api/changes?from=2026-01-01&to=2021-01-01');
    expect(bad.status()).toBe(400);
    expect(await bad.json()).toMatchObject({ parameter: 'from' });
  });

  async function historyCsv(page: Page, measure: string): Promise<Map<string, string[]>> {
    await page.getByTestId('history-measure').selectOption(measure);
    await expect(page.getByTestId('series-chart')).toBeVisible({ timeout: 30_000 });
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('history-csv').click()]);
    const text = readFileSync((await download.path())!, 'utf8');
    const [header, ...rows] = text.trim().split('\n');
    expect(header).toBe('date,csto,nato');
    return new Map(rows.map((r) => [r.split(',')[0]!, r.split(',').slice(1)]));
  }

  test('a measure history for the CSTO and NATO draws and exports figures equal to the single-date API', async ({ request }) => {
    const page = shared();
    await showView(page, '/?panel=history');
    const members = await historyCsv(page, 'member-count');
    const degree = await historyCsv(page, 'degree');
    await expect(page.getByTestId('series-chart').locator('path[data-node="nato"]')).toHaveAttribute('d', /^M/);
    for (const date of ['1995-01-01', '2010-01-01', '2025-01-01']) {
      const compare = await (await request.get(`/api/compare?orgs=csto,nato&asOf=${date}`)).json();
      expect(members.get(date)).toEqual([String(compare.blocs[0].memberCount), String(compare.blocs[1].memberCount)]);
      const metrics = await (await request.get(`/api/metrics?measure=degree&asOf=${date}`)).json();
      expect(Number(degree.get(date)![0])).toBeCloseTo(metrics.values.csto, 12);
      expect(Number(degree.get(date)![1])).toBeCloseTo(metrics.values.nato, 12);
    }
    // the chart itself exports as SVG (text as text) and PNG
    const exports = page.getByRole('group', { name: 'Export the chart' });
    const [svg] = await Promise.all([page.waitForEvent('download'), exports.getByRole('button', { name: 'SVG' }).click()]);
    const svgText = readFileSync((await svg.path())!, 'utf8');
    expect(svg.suggestedFilename()).toMatch(/^entente-degree-csto-nato\.svg$/);
    expect(svgText).toContain('<svg');
    expect(svgText).toContain('data-node="nato"');
    const [png] = await Promise.all([page.waitForEvent('download'), exports.getByRole('button', { name: 'PNG' }).click()]);
    expect(
      readFileSync((await png.path())!)
        .subarray(1, 4)
        .toString('latin1'),
    ).toBe('PNG');
    // hovering reads a year; clicking moves the explorer there
    const chart = page.getByTestId('series-chart');
    const box = (await chart.boundingBox())!;
    await page.mouse.move(box.x + box.width * 0.5, box.y + box.height / 2);
    await expect(page.getByTestId('series-value-nato')).toBeVisible();
    await page.mouse.click(box.x + box.width * 0.5, box.y + box.height / 2);
    await expect(page).toHaveURL(/date=19[89]\d-01-01/);
  });

  test('the CSTO story plays from first to last step by mouse and keyboard, moving the graph', async () => {
    const page = shared();
    await showView(page, '/?story=csto');
    const player = page.getByTestId('story-player');
    await expect(player).toHaveAttribute('data-step', '1');
    await expect(page.getByTestId('story-title')).toHaveText('A treaty signed in Tashkent');
    await expect(page).toHaveURL(/date=1992-05-16/);
    const total = 9;
    const titles = new Set<string>();
    for (let step = 2; step <= total; step++) {
      if (step % 2 === 0) await player.getByRole('button', { name: /Next/ }).click();
      else {
        // the shortcut is pressed again only if the step did not move (a press can land while the page is busy)
        await expect(async () => {
          if (Number(await player.getAttribute('data-step')) < step) await page.keyboard.press(']');
          await expect(player).toHaveAttribute('data-step', String(step), { timeout: 5_000 });
        }).toPass({ timeout: 30_000 });
      }
      await expect(player).toHaveAttribute('data-step', String(step));
      titles.add((await page.getByTestId('story-title').textContent()) ?? '');
    }
    expect(titles.size).toBe(total - 1);
    await expect(player.getByRole('button', { name: /Next/ })).toBeDisabled();
    await expect(page).toHaveURL(/panel=compare/);
    await page.keyboard.press('[');
    await expect(player).toHaveAttribute('data-step', String(total - 1));
    // the Kazakhstan step (6) is shareable by URL and highlights the deployment
    await showView(page, '/?story=csto&step=6');
    await expect(page.getByTestId('graph')).toHaveAttribute('data-focus', 'KAZ');
    await expect.poll(() => classes(page, 'deployment/peacekeeping:csto>KAZ')).toContain('story-highlight');
  });

  test('a recorded story survives export and import', async () => {
    const page = shared();
    await showView(page, '/?date=2024-03-01&focus=ARM&panel=stories');
    await page.getByTestId('story-new').click();
    const editor = page.getByTestId('story-editor');
    await editor.getByLabel('Title', { exact: true }).fill('Armenia in 2024');
    await editor.getByLabel('Step 1 text').fill('Armenia froze its CSTO participation.');
    await editor.getByTestId('story-add-step').click();
    await editor.getByLabel('Step 2 title').fill('The same view again');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('user-stories').getByRole('button', { name: 'Export' }).click()]);
    const file = (await download.path())!;
    const exported = JSON.parse(readFileSync(file, 'utf8'));
    expect(exported).toMatchObject({ title: 'Armenia in 2024', steps: [{ view: { date: '2024-03-01', focus: 'ARM' } }, { title: 'The same view again' }] });
    await page.getByRole('button', { name: 'Delete Armenia in 2024' }).click();
    await expect(page.getByTestId('user-stories').locator('li')).toHaveCount(0);
    await page.getByTestId('story-import').setInputFiles(file);
    await expect(page.getByTestId('story-messages')).toContainText('Imported “Armenia in 2024” (2 steps)');
    await page.reload(); // kept in this browser (IndexedDB), not in the page
    await expect(page.getByTestId('user-stories')).toContainText('Armenia in 2024', { timeout: PAGE_LOAD_TIMEOUT });
    // a broken story file gets a located message and changes nothing
    await page.getByTestId('story-import').setInputFiles({
      name: 'bad.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"id":"x","title":"T","summary":"","steps":[{"title":"","text":"","sources":[],"view":{"date":"2024-13-01"}}]}'),
    });
    await expect(page.getByTestId('story-messages')).toContainText('bad.json steps[0].title');
    await expect(page.getByTestId('user-stories').locator('li')).toHaveCount(1);
  });
});

test('a story plays in the embed view too', async ({ page }) => {
  await page.goto('/embed?story=csto&step=6');
  const player = page.getByTestId('story-player');
  await expect(player).toHaveAttribute('data-step', '6', { timeout: 60_000 });
  await expect(page.getByTestId('story-title')).toContainText('Kazakhstan');
  await player.getByRole('button', { name: /Next/ }).click();
  await expect(player).toHaveAttribute('data-step', '7');
  await expect(page.getByRole('link', { name: /Open in Entente/ })).toHaveAttribute('href', /story=csto&step=7|step=7.*story=csto/);
});
