// End-to-end: every screen. On a phone and a tablet (touch, portrait and landscape) and a desktop the graph fills the
// screen, taps focus nodes, search, drawers, export and the table work, and nothing overflows sideways; skip links.
import { expect, test, type Page } from '@playwright/test';
import { gotoExplorer, graphReady, settledGraph } from './helpers';

// The machine running the suite may be loaded: give the first layout time (this is not a speed assertion).
test.describe.configure({ timeout: 240_000 });
const READY = { timeout: 150_000 };
const openExplorer = (page: Page, path = '/') => gotoExplorer(page, path, READY.timeout);

const overflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

async function tapNode(page: Page, key: string) {
  await settledGraph(page);
  await page.evaluate((k) => window.__entente!.zoomTo(k), key);
  const position = await page.evaluate((k) => window.__entente!.renderedPosition(k), key);
  const box = (await page.getByTestId('graph').boundingBox())!;
  await page.touchscreen.tap(box.x + position!.x, box.y + position!.y);
}

/** The focus's label is drawn, no node is drawn over it, and it is at least as large on screen as any neighbour's. */
async function expectFocusLabelOnTop(page: Page, key: string) {
  await settledGraph(page);
  const seen = await page.evaluate((k) => {
    const hook = window.__entente!;
    const neighbours = (document.querySelector('[data-testid="graph"]')!.getAttribute('data-neighbors') ?? '').split(',').filter(Boolean);
    return { focus: hook.labelCover(k), largest: Math.max(0, ...neighbours.map((n) => hook.labelCover(n)?.fontPx ?? 0)) };
  }, key);
  expect(seen.focus, `${key}'s label is drawn`).not.toBeNull();
  expect(seen.focus!.coveredBy, `nodes drawn over ${key}'s label`).toEqual([]);
  expect(seen.focus!.fontPx).toBeGreaterThanOrEqual(seen.largest);
}

const SCREENS = [
  { name: 'phone', width: 390, height: 844, landscape: { width: 844, height: 390 }, touch: true },
  { name: 'tablet', width: 768, height: 1024, landscape: { width: 1024, height: 768 }, touch: true },
  { name: 'desktop', width: 1440, height: 900, landscape: null, touch: false },
] as const;

for (const screen of SCREENS) {
  test.describe(`${screen.name} ${screen.width}×${screen.height}`, () => {
    test.use({ viewport: { width: screen.width, height: screen.height }, hasTouch: screen.touch, isMobile: screen.touch });

    test('the graph fills the screen; tap, search, drawers, export and the table work without sideways scrolling', async ({ page }) => {
      const graph = await openExplorer(page);
      const canvas = (await graph.boundingBox())!;
      if (screen.touch) expect(canvas.width).toBeGreaterThanOrEqual(0.9 * screen.width);
      expect(canvas.height).toBeGreaterThan(0.5 * screen.height);
      expect(await overflow(page)).toBeLessThanOrEqual(0);

      // Tap (or click) a node: it becomes the focus; on touch screens the details open as a bottom sheet.
      if (screen.touch) await tapNode(page, 'ARM');
      else {
        await page.evaluate(() => window.__entente!.zoomTo('ARM'));
        const p = (await page.evaluate(() => window.__entente!.renderedPosition('ARM')))!;
        await page.mouse.click(canvas.x + p.x, canvas.y + p.y);
      }
      await expect(graph).toHaveAttribute('data-focus', 'ARM');
      await expectFocusLabelOnTop(page, 'ARM');
      const details = page.getByRole('complementary', { name: 'Details and analysis' });
      await expect(details.getByRole('heading', { name: /Armenia/ }).first()).toBeInViewport();
      if (screen.touch) await details.getByRole('button', { name: 'Close the panels' }).click();

      // Search is full width on narrow screens and finds a node.
      const search = page.getByRole('combobox', { name: 'Find a country or organization' });
      if (screen.touch) expect((await search.boundingBox())!.width).toBeGreaterThan(0.85 * screen.width);
      await search.fill('Russia');
      await page
        .getByRole('option', { name: /Russia.*\bRUS\b/ })
        .first()
        .click();
      await expect(graph).toHaveAttribute('data-focus', 'RUS');
      await expectFocusLabelOnTop(page, 'RUS');

      // The filters open as a drawer inside the screen.
      if (screen.touch) {
        await page.getByRole('button', { name: 'Panels', exact: true }).click(); // close the details sheet the pick opened
        await page.getByRole('button', { name: 'Filters', exact: true }).click();
        const controls = page.getByRole('complementary', { name: 'Date, filters and layout' });
        // the drawer slides in (a 0.2 s transition): wait until it has arrived
        await expect.poll(async () => (await controls.boundingBox())?.x ?? -1).toBeGreaterThanOrEqual(0);
        const box = (await controls.boundingBox())!;
        expect(box.x + box.width).toBeLessThanOrEqual(screen.width);
        await expect(controls.getByRole('combobox', { name: 'Arrange nodes' })).toBeInViewport();
        await page.getByRole('button', { name: 'Filters', exact: true }).click();
        await expect(controls).toBeHidden();
      }

      // Export: the dialog fits the screen and a PNG downloads.
      await page.getByRole('button', { name: 'Export', exact: true }).click();
      const dialog = page.getByRole('dialog', { name: 'Export' });
      const dbox = (await dialog.boundingBox())!;
      expect(dbox.x).toBeGreaterThanOrEqual(0);
      expect(dbox.x + dbox.width).toBeLessThanOrEqual(screen.width);
      const downloading = page.waitForEvent('download');
      await dialog.getByRole('button', { name: 'Export image' }).click();
      expect((await downloading).suggestedFilename()).toMatch(/\.png$/);
      await dialog.getByRole('button', { name: 'Close' }).click();

      // Turned to landscape: the graph still fills the screen, a tap still focuses, nothing overflows.
      if (screen.landscape) {
        const turnedTo = screen.landscape;
        await page.setViewportSize(turnedTo);
        await expect.poll(async () => (await graph.boundingBox())?.width ?? 0).toBeGreaterThanOrEqual(0.9 * turnedTo.width);
        expect((await graph.boundingBox())!.height).toBeGreaterThan(0.4 * turnedTo.height);
        // A turned phone is short: the legend folds so that it does not cover the graph (one tap opens it).
        if (turnedTo.height <= 500) await expect.poll(() => page.locator('details.legend').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
        expect(await overflow(page)).toBeLessThanOrEqual(0);
        // The search above left Russia in focus, its details in a sheet over the graph: closed first, as a user would.
        await page.keyboard.press('Escape');
        await expect(graph).toHaveAttribute('data-focus', '');
        await tapNode(page, 'BRA');
        await expect(graph).toHaveAttribute('data-focus', 'BRA');
        expect(await overflow(page)).toBeLessThanOrEqual(0);
        await page.setViewportSize({ width: screen.width, height: screen.height });
      }

      // The table (last: it takes the graph's place): rows, and no sideways scrolling of the page.
      await page.getByRole('button', { name: 'Table', exact: true }).click();
      await expect(page.getByTestId('nodes-table').locator('tbody tr').first()).toBeVisible();
      expect(await overflow(page)).toBeLessThanOrEqual(0);
    });
  });
}

test('keyboard: skip links reach the graph, the panels and the table search in a few presses', async ({ page }) => {
  await openExplorer(page);
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to the graph' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to the panels' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to the table' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Search the tables')).toBeFocused();
  await page.getByRole('link', { name: 'Skip to the graph' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('#graph-area')).toBeFocused();
  await graphReady(page, READY.timeout);
  await page.getByRole('link', { name: 'Skip to the panels' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('#side-panel')).toBeFocused();
});
