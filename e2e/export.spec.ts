// End-to-end: images of what is on screen download as PNG, JPG and SVG with the requested size, background and frame.
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { sharedExplorer, showView } from './helpers';

async function exportImage(page: Page, choose: (dialog: ReturnType<Page['getByRole']>) => Promise<void>) {
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Export' });
  await choose(dialog);
  const downloading = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Export image' }).click();
  const file = await downloading;
  await expect(dialog.getByTestId('export-status')).toContainText('Saved');
  await dialog.getByRole('button', { name: 'Close' }).click();
  return { name: file.suggestedFilename(), bytes: readFileSync((await file.path())!) };
}

/** Decodes an image in the page and returns its size and the alpha of its top-left pixel. */
async function decode(page: Page, bytes: Buffer, type: string) {
  return page.evaluate(
    async ({ b64, type }) => {
      const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0)); // not fetch(data:): the CSP forbids it
      const bitmap = await createImageBitmap(new Blob([bytes], { type }));
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const ctx = canvas.getContext('2d')!;
      ctx.drawImage(bitmap, 0, 0);
      return { width: bitmap.width, height: bitmap.height, alpha: ctx.getImageData(0, 0, 1, 1).data[3] };
    },
    { b64: bytes.toString('base64'), type },
  );
}

test.describe.serial('one page, loaded once, exporting three images', () => {
  const page = sharedExplorer('/?focus=csto&date=2022-01-10');

  test('PNG at a pixel width, with a transparent background, named after the focus and the date', async () => {
    const { name, bytes } = await exportImage(page(), async (d) => {
      await d.getByLabel('Size').selectOption('width');
      await d.getByRole('region', { name: 'Image of what is on screen' }).getByLabel('Width (px)').fill('1600');
      await d.getByLabel('Background').selectOption('transparent');
    });
    expect(name).toBe('entente-csto-2022-01-10.png');
    const image = await decode(page(), bytes, 'image/png');
    expect(Math.abs(image.width - 1600)).toBeLessThanOrEqual(2);
    expect(image.alpha).toBe(0);
  });

  test('JPG of the current view at 2× is solid and twice the canvas size', async () => {
    await showView(page(), '/');
    const canvas = (await page().getByTestId('graph').boundingBox())!;
    const { name, bytes } = await exportImage(page(), async (d) => {
      await d.getByLabel('Background').selectOption('white');
      await d.getByLabel('Format').selectOption('jpg');
      await d.getByLabel('Area').selectOption('view');
      await d.getByLabel('Size').selectOption('2');
      await d.getByLabel('Legend').uncheck();
      await d.getByLabel('Date', { exact: true }).uncheck();
      await d.getByLabel('Source credit line').uncheck();
    });
    expect(name).toMatch(/^entente-world-\d{4}-\d{2}-\d{2}\.jpg$/);
    const image = await decode(page(), bytes, 'image/jpeg');
    expect(Math.abs(image.width - canvas.width * 2)).toBeLessThanOrEqual(2);
    expect(Math.abs(image.height - canvas.height * 2)).toBeLessThanOrEqual(2);
    expect(image.alpha).toBe(255);
  });

  test('SVG is true vector output with the nodes’ labels, the title and the credit line as text', async () => {
    await showView(page(), '/?orgs=csto&members=members');
    const { name, bytes } = await exportImage(page(), async (d) => {
      await d.getByLabel('Format').selectOption('svg');
      // the dialog keeps the previous test's choices (same page): whole graph, with the credit line
      await d.getByLabel('Area').selectOption('full');
      await d.getByLabel('Size').selectOption('1');
      await d.getByLabel('Source credit line').check();
      await d.getByLabel('Title').fill('The CSTO <today>');
    });
    expect(name).toMatch(/\.svg$/);
    const text = bytes.toString('utf8');
    const parsed = await page().evaluate((svg) => {
      const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
      return { error: doc.querySelector('parsererror')?.textContent ?? null, root: doc.documentElement.nodeName, text: doc.documentElement.textContent };
    }, text);
    expect(parsed.error).toBeNull();
    expect(parsed.root).toBe('svg');
    // labels that would overlap are left out of images (declutter), so check a few that stand apart
    // (a title may wrap onto two lines, each its own text element)
    for (const label of ['CSTO', 'Armenia', 'Russia', 'The CSTO', '<today>', 'UCDP']) expect(parsed.text).toContain(label);
    expect(text).not.toContain('<image'); // vector, not an embedded bitmap
  });
});
