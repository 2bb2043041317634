// End-to-end: URL parameters the explorer cannot apply are ignored with a notice naming each one, never applied
// silently (which would show an empty graph) and never injected into the page.
import { expect, test } from '@playwright/test';
import { defaultView, openExplorer } from './helpers';

test('regions=<script>, subregions=toString, cstatus=x and a long hide= get a notice each; the view is the default one', async ({ page, request }) => {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => void (dialogs.push(dialog.message()), dialog.dismiss()));
  const plain = await defaultView(request);
  const long = Array.from({ length: 200 }, (_, i) => `subtype-${i}`).join(',');
  const params = new URLSearchParams({ regions: '<script>alert(1)</script>', subregions: 'toString', cstatus: 'x', hide: long });
  const graph = await openExplorer(page, `/?${params}`);
  const notice = page.getByTestId('notices');
  await expect(notice).toContainText('Ignored regions=<script>alert(1)</script>');
  await expect(notice).toContainText('Ignored subregions=toString');
  await expect(notice).toContainText('Ignored cstatus=x');
  await expect(notice).toContainText('Ignored hide=subtype-0');
  await expect(graph).toHaveAttribute('data-nodes', String(plain.nodes));
  await expect(graph).toHaveAttribute('data-edges', String(plain.shownEdges));
  // the parameter's text is in Next's page data (a JSON string); it never becomes an element of its own
  expect(await page.locator('script').evaluateAll((scripts) => scripts.filter((s) => s.textContent?.trim() === 'alert(1)').length)).toBe(0);
  expect(dialogs).toEqual([]);
});
