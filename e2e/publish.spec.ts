// End-to-end: publication images. Each format decoded and checked: size presets, title and credit inside the image,
// legend entries equal to the tie styles drawn, no intersecting text in the SVG, the world outline in geographic
// exports, a PDF that poppler opens and reads; and the explorer refuses to be framed while /embed allows it.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { PDF_FONT_FAMILY } from '../lib/view/pdf-fonts';
import { MEMBERSHIP_STATUS_STYLES, TIE_STYLES } from '../lib/view/tie-styles';
import { gotoExplorer, graphReady } from './helpers';

// The machine running the suite may be loaded: give the first layout time (this is not a speed assertion).
test.describe.configure({ timeout: 240_000 });
const READY = { timeout: 150_000 };
const openExplorer = (page: Page, path = '/') => gotoExplorer(page, path, READY.timeout);

type Rect = { x1: number; y1: number; x2: number; y2: number };
/** Whether two boxes overlap by more than a pixel (the slack is for anti-aliasing). */
const meet = (a: Rect, b: Rect, tol = 1) => a.x1 < b.x2 - tol && b.x1 < a.x2 - tol && a.y1 < b.y2 - tol && b.y1 < a.y2 - tol;
/** Every pair of texts that overlap, in words (one assertion for the whole image). */
function textsMeeting(texts: readonly (Rect & { text: string })[]): string[] {
  const found: string[] = [];
  for (const [i, a] of texts.entries()) for (const b of texts.slice(i + 1)) if (meet(a, b)) found.push(`${a.text} × ${b.text}`);
  return found;
}

const PDF_TITLE = 'Armenia and its blocs: Türkiye, Côte d’Ivoire, São Tomé, Россия, Yeni Şafak';
const TITLE = "Armenia's ties to Russia and the world, as of 2026, with every bloc and every conflict it was part of";

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

/** Draws the SVG in the page and reads back what a reader sees: texts with their boxes, legend entries, edge strokes. */
async function inspectSvg(page: Page, svg: string) {
  return page.evaluate((source) => {
    const doc = new DOMParser().parseFromString(source, 'image/svg+xml');
    if (doc.querySelector('parsererror')) return { error: doc.querySelector('parsererror')!.textContent };
    const holder = document.createElement('div');
    holder.style.cssText = 'position:absolute;left:0;top:0;';
    holder.append(document.importNode(doc.documentElement, true));
    document.body.append(holder);
    const root = holder.querySelector('svg')!;
    const frame = root.getBoundingClientRect();
    const texts = [...root.querySelectorAll('text')]
      .filter((t) => (t.textContent ?? '').trim() && getComputedStyle(t).display !== 'none' && t.getAttribute('fill') !== 'none') // halos are outlines of the same text
      .map((t) => {
        const r = t.getBoundingClientRect();
        return {
          text: t.textContent!,
          role: t.getAttribute('data-role') ?? 'graph',
          x1: r.left - frame.left,
          y1: r.top - frame.top,
          x2: r.right - frame.left,
          y2: r.bottom - frame.top,
        };
      });
    // Ties drawn in full (the faded context around a focus is drawn at 10 % opacity): colour, line style and width.
    const strokes = [...root.querySelectorAll('[data-role="graph-svg"] path')]
      .filter((p) => Number(p.getAttribute('stroke-opacity') ?? 1) > 0.5 && (p.getAttribute('stroke') ?? 'none') !== 'none')
      .map((p) => {
        const dash = p.getAttribute('stroke-dasharray');
        const style = !dash || dash === 'none' ? 'solid' : Number(dash.split(/[ ,]+/)[0]) <= 1.5 ? 'dotted' : 'dashed';
        return { color: p.getAttribute('stroke')!, style, width: Number(p.getAttribute('stroke-width') ?? 1) };
      });
    // Organization boxes drawn in full (their fill is the organization colour).
    const boxes = [...root.querySelectorAll('[data-role="graph-svg"] path[fill="rgb(28,43,74)"]')]
      .filter((p) => Number(p.getAttribute('fill-opacity') ?? 1) > 0.5)
      .map((p) => {
        const r = p.getBoundingClientRect();
        return { x1: r.left - frame.left, y1: r.top - frame.top, x2: r.right - frame.left, y2: r.bottom - frame.top };
      });
    const legend = [...root.querySelectorAll('[data-legend]')].map((el) => el.getAttribute('data-legend')!);
    const outline = root.querySelector('[data-role="world-outline"]')?.getAttribute('d')?.length ?? 0;
    holder.remove();
    return { error: null, width: frame.width, height: frame.height, texts, strokes, boxes, legend, outline };
  }, svg);
}

const hex = (c: string) => {
  const m = /rgba?\((\d+),\s*(\d+),\s*(\d+)/.exec(c);
  return m
    ? `#${m
        .slice(1, 4)
        .map((n) => Number(n).toString(16).padStart(2, '0'))
        .join('')}`
    : c.toLowerCase();
};
const TIE_PALETTE = new Set([...Object.values(TIE_STYLES), ...Object.values(MEMBERSHIP_STATUS_STYLES)].map((s) => s.color.toLowerCase()));

test.describe.serial('publication images', () => {
  let page: Page;
  test.beforeAll(async ({ browser }) => {
    test.setTimeout(240_000);
    page = await browser.newPage();
    await openExplorer(page, '/?focus=ARM&date=2026-01-01&orgs=csto,cis,eaeu,nato,osce');
  });
  test.afterAll(() => page.close());

  test('SVG: well-formed, text as text, title and credit wrapped inside, no two texts intersect, legend = styles drawn', async () => {
    const { name, bytes } = await exportImage(page, async (d) => {
      await d.getByLabel('Format').selectOption('svg');
      await d.getByLabel('Title').fill(TITLE);
      await d.getByLabel('Caption (date, filters, link)').check();
    });
    expect(name).toBe('entente-armenia-2026-01-01.svg');
    const svg = bytes.toString('utf8');
    expect(svg).not.toContain('<image');
    const r = await inspectSvg(page, svg);
    expect(r.error).toBeNull();
    const texts = r.texts!;
    const tol = 1;
    for (const t of texts) {
      expect(t.x1, t.text).toBeGreaterThanOrEqual(-tol);
      expect(t.y1, t.text).toBeGreaterThanOrEqual(-tol);
      expect(t.x2, t.text).toBeLessThanOrEqual(r.width! + tol);
      expect(t.y2, t.text).toBeLessThanOrEqual(r.height! + tol);
    }
    expect(
      texts
        .filter((t) => t.role === 'title')
        .map((t) => t.text)
        .join(' '),
    ).toBe(TITLE);
    const credit = texts
      .filter((t) => t.role === 'credit')
      .map((t) => t.text)
      .join(' ');
    expect(credit).toMatch(/Ties cite .+\.$/);
    expect(texts.some((t) => t.role === 'caption' && /Trade ties hidden/.test(t.text))).toBe(true);
    expect(texts.some((t) => t.role === 'caption' && /focus=ARM/.test(t.text))).toBe(true);
    for (const label of ['Armenia', 'CSTO']) expect(texts.some((t) => t.text === label)).toBe(true);
    // No two texts intersect (a pixel of slack for anti-aliasing).
    expect(textsMeeting(texts)).toEqual([]);
    // No two organization boxes overlap, and no text lies under a box unless it is that box's own label, inside it.
    const boxes = r.boxes!;
    expect(boxes.length).toBeGreaterThanOrEqual(3);
    const within = (a: { x1: number; y1: number; x2: number; y2: number }, b: typeof a) =>
      a.x1 >= b.x1 - tol && a.x2 <= b.x2 + tol && a.y1 >= b.y1 - tol && a.y2 <= b.y2 + tol;
    for (let i = 0; i < boxes.length; i += 1)
      for (let j = i + 1; j < boxes.length; j += 1) expect(meet(boxes[i]!, boxes[j]!, tol), `boxes ${i} and ${j}`).toBe(false);
    for (const t of texts.filter((t) => t.role === 'graph'))
      for (const b of boxes) if (meet(t, b, tol)) expect(within(t, b), `${t.text} under an organization box`).toBe(true);
    // The legend lists exactly the tie looks drawn in full (colour, line style, width): each one listed is drawn, each
    // one drawn is listed.
    const legendLooks = new Set(r.legend!.filter((id) => id.startsWith('tie:')).map((id) => id.split('|').slice(1).join('|')));
    const drawnLooks = new Set(
      r
        .strokes!.map((s) => ({ ...s, color: hex(s.color) }))
        .filter((s) => TIE_PALETTE.has(s.color))
        .map((s) => `${s.color}|${s.style}|${s.width}`),
    );
    expect([...legendLooks].sort()).toEqual([...drawnLooks].sort());
    expect(legendLooks.size).toBeGreaterThanOrEqual(5);
    expect(r.legend).toContain('node:state');
    expect(r.legend).toContain('ring:focus');
  });

  test('PNG social card is exactly 1200×675, square is 1080×1080, JPG column is 600 wide and solid', async () => {
    const decode = (bytes: Buffer, type: string) =>
      page.evaluate(
        async ({ b64, type }) => {
          const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0)); // not fetch(data:): the CSP forbids it
          const bitmap = await createImageBitmap(new Blob([bytes], { type }));
          return { width: bitmap.width, height: bitmap.height };
        },
        { b64: bytes.toString('base64'), type },
      );
    const social = await exportImage(page, async (d) => {
      await d.getByLabel('Format').selectOption('png');
      await d.getByLabel('Size').selectOption({ label: 'Social card (1200 × 675)' });
    });
    expect(await decode(social.bytes, 'image/png')).toEqual({ width: 1200, height: 675 });
    const square = await exportImage(page, async (d) => void (await d.getByLabel('Size').selectOption({ label: 'Square (1080 × 1080)' })));
    expect(await decode(square.bytes, 'image/png')).toEqual({ width: 1080, height: 1080 });
    const column = await exportImage(page, async (d) => {
      await d.getByLabel('Format').selectOption('jpg');
      await d.getByLabel('Size').selectOption({ label: 'Newspaper column (600 px wide)' });
    });
    expect((await decode(column.bytes, 'image/jpeg')).width).toBe(600);
  });

  test('PDF: a vector page of the image’s size whose text poppler reads', async () => {
    const { name, bytes } = await exportImage(page, async (d) => {
      await d.getByLabel('Format').selectOption('pdf');
      await d.getByLabel('Size').selectOption({ label: 'Social card (1200 × 675)' });
      await d.getByLabel('Title').fill(PDF_TITLE);
    });
    expect(name).toMatch(/\.pdf$/);
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    if (process.env.POPPLER !== '1') {
      console.log('PDF checked by its header only: pdfinfo (poppler-utils) is not available.');
      return;
    }
    const path = test.info().outputPath('export.pdf');
    writeFileSync(path, bytes);
    const info = execFileSync('pdfinfo', [path], { encoding: 'utf8' });
    expect(info).toMatch(/Pages:\s+1/);
    expect(info).toMatch(/Page size:\s+1200 x 675 pts/);
    const text = execFileSync('pdftotext', [path, '-'], { encoding: 'utf8' });
    // Every character prints as it reads, Latin-1 or not: the PDF embeds a Unicode font.
    expect(text.replace(/\s+/g, ' ')).toContain(PDF_TITLE);
    expect(text).toContain('Made with Entente');
    expect(text).toContain('Armenia');
    // Nothing is cut: every word poppler finds lies inside the page.
    const boxes = execFileSync('pdftotext', ['-bbox', path, '-'], { encoding: 'utf8' });
    const pageSize = /<page width="([\d.]+)" height="([\d.]+)"/.exec(boxes)!.slice(1).map(Number);
    const words = [...boxes.matchAll(/<word xMin="([\d.-]+)" yMin="([\d.-]+)" xMax="([\d.-]+)" yMax="([\d.-]+)">([^<]*)</g)];
    expect(words.length).toBeGreaterThan(20);
    const outside = words.filter((w) => Number(w[1]) < 0 || Number(w[2]) < 0 || Number(w[3]) > pageSize[0]! || Number(w[4]) > pageSize[1]!).map((w) => w[5]);
    expect(outside).toEqual([]);
    const fonts = execFileSync('pdffonts', [path], { encoding: 'utf8' });
    expect(fonts).toMatch(new RegExp(`${PDF_FONT_FAMILY}\\s+CID TrueType\\s+Identity-H\\s+yes`));
  });

  test('geographic SVG and PNG carry the world outline', async () => {
    await page.goto('/?layout=geographic&orgs=csto&members=members');
    await graphReady(page, READY.timeout);
    const { bytes } = await exportImage(page, async (d) => void (await d.getByLabel('Format').selectOption('svg')));
    const r = await inspectSvg(page, bytes.toString('utf8'));
    expect(r.error).toBeNull();
    expect(r.outline).toBeGreaterThan(1000);
    // In the PNG, land is painted in its own colour (#eef1f4) over a good part of the image.
    const png = await exportImage(page, async (d) => void (await d.getByLabel('Format').selectOption('png')));
    const land = await page.evaluate(async (b64) => {
      const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
      const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const context = canvas.getContext('2d')!;
      context.drawImage(bitmap, 0, 0);
      const data = context.getImageData(0, 0, bitmap.width, bitmap.height).data;
      let count = 0;
      for (let i = 0; i < data.length; i += 4) if (data[i] === 0xee && data[i + 1] === 0xf1 && data[i + 2] === 0xf4) count += 1;
      return count / (bitmap.width * bitmap.height);
    }, png.bytes.toString('base64'));
    expect(land).toBeGreaterThan(0.05);
  });
});

/** Rendered boxes (CSS pixels from the canvas corner) of the guide labels' plates and texts, the nodes and the node labels drawn. */
async function guideLabelsOnScreen(page: Page) {
  // Once the labels are placed for the zoom shown (they are placed again shortly after each zoom).
  await expect
    .poll(() =>
      page.evaluate(() => document.querySelector('[data-testid="guide-labels"]')?.getAttribute('data-zoom') === String(window.__entente!.viewport().zoom)),
    )
    .toBe(true);
  return page.evaluate(() => {
    const graph = document.querySelector('[data-testid="graph"]')!;
    const frame = graph.getBoundingClientRect();
    const layer = document.querySelector('[data-testid="guide-labels"]');
    const rel = (r: DOMRect) => ({ x1: r.left - frame.left, y1: r.top - frame.top, x2: r.right - frame.left, y2: r.bottom - frame.top });
    const labels = [...(layer?.querySelectorAll('g[data-guide]') ?? [])].map((g) => ({
      guide: Number(g.getAttribute('data-guide')),
      text: g.querySelector('text')!.textContent ?? '',
      textPx: g.querySelector('text')!.getBoundingClientRect().height,
      plate: rel(g.querySelector('rect')!.getBoundingClientRect()),
    }));
    return {
      // Drawn after (above) the graph's canvas, in the same stacking context.
      above: layer !== null && Boolean(graph.compareDocumentPosition(layer) & Node.DOCUMENT_POSITION_FOLLOWING),
      guides: Number(document.querySelector('[data-testid="layout-guides"]')?.getAttribute('data-count') ?? 0),
      labels,
      nodes: window.__entente!.nodeBoxes(),
      nodeLabels: window.__entente!.labelBoxes(),
      // What is drawn over the canvas: the legend and the zoom buttons.
      overlays: [...document.querySelectorAll('details.legend, .canvas-tools')].map((el) => ({ key: el.className, ...rel(el.getBoundingClientRect()) })),
    };
  });
}

/** Each guide label's plate that meets a node, a node label or an overlay, or another plate, in words (one assertion, not thousands). */
function platesMeeting(screen: Awaited<ReturnType<typeof guideLabelsOnScreen>>): string[] {
  const found: string[] = [];
  for (const [i, l] of screen.labels.entries()) {
    for (const n of [...screen.nodes, ...screen.nodeLabels, ...screen.overlays]) if (meet(l.plate, n)) found.push(`${l.text} covers ${n.key}`);
    for (const other of screen.labels.slice(i + 1)) if (meet(l.plate, other.plate)) found.push(`${l.text} meets ${other.text}`);
  }
  return found;
}

test.describe.serial('grouped and concentric layouts', () => {
  let page: Page;
  test.beforeAll(async ({ browser }) => {
    test.setTimeout(240_000);
    page = await browser.newPage();
    await openExplorer(page, '/?layout=concentric');
  });
  test.afterAll(() => page.close());

  test('concentric: every ring labelled with the measure’s values above the graph, on no node, and so in the SVG, PNG and PDF', async () => {
    const guideLayer = page.getByTestId('guide-labels');
    await expect(guideLayer).toHaveAttribute('data-count', /[1-9]/);
    const screen = await guideLabelsOnScreen(page);
    expect(screen.above).toBe(true);
    expect(screen.guides).toBeGreaterThan(2);
    // Every ring is labelled, the innermost too, in readable type, with the measure's name and values.
    expect(screen.labels.map((l) => l.guide)).toEqual([...Array(screen.guides).keys()]);
    for (const l of screen.labels) {
      expect(l.text).toMatch(/^(Degree )?(≥ )?[\d.]+/);
      expect(l.textPx).toBeGreaterThanOrEqual(12);
    }
    expect(platesMeeting(screen)).toEqual([]);

    const { bytes } = await exportImage(page, async (d) => void (await d.getByLabel('Format').selectOption('svg')));
    const svg = bytes.toString('utf8');
    const r = await inspectSvg(page, svg);
    expect(r.error).toBeNull();
    const texts = r.texts!;
    const rings = texts.filter((t) => t.role === 'guide-label');
    expect(rings).toHaveLength(screen.guides);
    for (const t of rings) expect(t.text).toMatch(/^Degree (≥ )?[\d.]+/);
    // The labels' plates are drawn after (above) the graph, and no text meets another or the image's edge.
    expect(svg.indexOf('data-role="guide-labels"')).toBeGreaterThan(svg.indexOf('data-role="graph-svg"'));
    expect(texts.filter((t) => t.x1 < -1 || t.y1 < -1 || t.x2 > r.width! + 1 || t.y2 > r.height! + 1).map((t) => t.text)).toEqual([]);
    expect(textsMeeting(texts)).toEqual([]);

    const png = await exportImage(page, async (d) => void (await d.getByLabel('Format').selectOption('png')));
    expect(png.bytes.subarray(1, 4).toString()).toBe('PNG');
    const pdf = await exportImage(page, async (d) => void (await d.getByLabel('Format').selectOption('pdf')));
    if (process.env.POPPLER === '1') {
      const path = test.info().outputPath('concentric.pdf');
      writeFileSync(path, pdf.bytes);
      const text = execFileSync('pdftotext', [path, '-'], { encoding: 'utf8' });
      for (const t of rings) expect(text).toContain(t.text);
    }
  });

  test('grouped: blocs labelled above the graph off the nodes (larger blocs first), every bloc labelled in the SVG', async () => {
    await page.goto('/?layout=grouped');
    await graphReady(page, READY.timeout);
    await expect(page.getByTestId('guide-labels')).toHaveAttribute('data-count', /[1-9]/);
    const screen = await guideLabelsOnScreen(page);
    expect(screen.above).toBe(true);
    expect(screen.guides).toBeGreaterThan(10);
    // The largest bloc (drawn first) is named; crowded small blocs wait for a closer zoom rather than overlap.
    expect(screen.labels.map((l) => l.guide)).toContain(0);
    for (const l of screen.labels) expect(l.textPx).toBeGreaterThanOrEqual(12);
    expect(platesMeeting(screen)).toEqual([]);
    // Zoomed in, the labels stay readable and off the nodes, and the blocs in view are named in full.
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await expect.poll(async () => (await guideLabelsOnScreen(page)).labels.some((l) => l.text.includes(' · '))).toBe(true);
    const zoomed = await guideLabelsOnScreen(page);
    for (const l of zoomed.labels) expect(l.textPx).toBeGreaterThanOrEqual(12);
    expect(platesMeeting(zoomed).filter((m) => m.includes(' covers '))).toEqual([]);

    const { bytes } = await exportImage(page, async (d) => void (await d.getByLabel('Format').selectOption('svg')));
    const r = await inspectSvg(page, bytes.toString('utf8'));
    expect(r.error).toBeNull();
    const texts = r.texts!;
    expect(texts.filter((t) => t.role === 'guide-label')).toHaveLength(screen.guides);
    expect(textsMeeting(texts)).toEqual([]);
  });
});

test('the explorer refuses to be framed; the embed may be', async ({ request }) => {
  const explorer = await request.get('/');
  expect(explorer.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
  expect(explorer.headers()['x-frame-options']).toBe('DENY');
  const embed = await request.get('/embed?focus=ARM');
  expect(embed.headers()['content-security-policy'] ?? '').not.toContain("frame-ancestors 'none'");
  expect(embed.headers()['x-frame-options']).toBeUndefined();
});
