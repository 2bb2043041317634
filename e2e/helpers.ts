// Shared steps for the end-to-end tests: open the explorer and wait until the graph is drawn, pick or click nodes.
import { expect, type Page } from '@playwright/test';

export async function openExplorer(page: Page, path = '/') {
  await page.goto(path);
  const graph = page.getByTestId('graph');
  await expect(graph).toHaveAttribute('data-ready', 'true');
  return graph;
}

export async function pickFromSearch(page: Page, query: string, optionName: RegExp, box = 'Find a country or organization') {
  const search = page.getByRole('combobox', { name: box });
  await search.fill(query);
  await page.getByRole('option', { name: optionName }).first().click();
}

export async function clickNode(page: Page, key: string) {
  await page.waitForFunction(() => window.__entente !== undefined);
  // Let the fit animation settle, then zoom in on the node so that the click cannot land on a neighbour.
  await page.waitForTimeout(400);
  await page.evaluate((k) => window.__entente!.zoomTo(k), key);
  const position = await page.evaluate((k) => window.__entente!.renderedPosition(k), key);
  if (!position) throw new Error(`node ${key} is not drawn`);
  const box = await page.getByTestId('graph').boundingBox();
  await page.mouse.click(box!.x + position.x, box!.y + position.y);
}

export function neighbours(value: string | null): string[] {
  return value ? value.split(',') : [];
}
