// Renders the graph as a publication image in the browser: reads what Cytoscape draws in full (styles, labels, sources;
// faded context adds nothing to the legend or the credit), moves organization boxes off other nodes and places labels
// so that none overlaps a label or a node, renders the graph (PNG/JPG bitmap or SVG) and frames it with the composition
// from lib/view/export-image; PDF is the framed SVG converted to vector PDF (jsPDF and svg2pdf.js, loaded on first use)
// with an embedded Unicode font, so that any name (Türkiye, Şafak, Россия) prints as it reads.
import type { Core, NodeSingular, CollectionReturnValue, Position } from 'cytoscape';
import type { Filters } from '@/lib/graph/filter';
import { isPlainGraph } from '@/lib/view/kind-words';
import type { EntenteGraph } from '@/lib/graph/types';
import {
  compose,
  composedSvg,
  creditLine,
  GUIDE_PLATE,
  type Backdrop,
  type Composition,
  type ImageOptions,
  type Inset,
  type MeasureText,
} from '@/lib/view/export-image';
import { filtersInWords, publishersOf } from '@/lib/view/image-captions';
import { legendItems, toHex, type DrawnSummary, type LegendItem } from '@/lib/view/image-legend';
import { layoutGuides } from '@/lib/view/layout';
import { GUIDE_FONT, type Guide } from '@/lib/view/guided-layouts';
import { placeGuideLabels, type PlacedGuideLabel } from '@/lib/view/guide-labels';
import { BODY_ONLY, LABEL_ONLY } from '@/lib/view/box-options';
import { placeExportLabels, type Obstacle } from '@/lib/view/declutter';
import type { Box, LabelItem } from '@/lib/view/label-placement';
import { PDF_FONT_FAMILY, svgForPdfFonts } from '@/lib/view/pdf-fonts';
import { separateBoxes } from '@/lib/view/separate-boxes';
import { clearLabelScale } from '@/lib/view/apply-labels';
import { keyOf } from '@/lib/view/render-id';
import { addPdfFonts, loadPdfFonts } from './pdf-fonts';

export type ImageMeta = {
  day: string;
  subject: string;
  /** The graph shown (for the ties' sources). */
  graph: EntenteGraph;
  filters: Filters;
  focusLabel: string | null;
  blocs: { a: string; b: string } | null;
  measureLabel: string;
  values: Record<string, number>;
  colorBy: 'measure' | 'community';
  communityCount: number;
  geographic: boolean;
  url: string;
};

const FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, Helvetica, Arial, sans-serif";

let outline: Promise<string> | undefined;
function worldOutline(): Promise<string> {
  outline ??= Promise.all([import('world-atlas/land-110m.json'), import('@/lib/view/world-outline')]).then(([land, { worldOutlinePath }]) =>
    worldOutlinePath((land.default ?? land) as unknown as Parameters<typeof worldOutlinePath>[0]),
  );
  return outline;
}

/** The font the image's text is set in: the page's system fonts, or the PDF's embedded font (bold is its 700 face). */
type TextFont = { family: string; bold: number };
const SCREEN_FONT: TextFont = { family: FONT, bold: 600 };
const PDF_FONT: TextFont = { family: PDF_FONT_FAMILY, bold: 700 };

function textMeasurer(font: TextFont): MeasureText {
  const ctx = document.createElement('canvas').getContext('2d')!;
  return (text, size, bold) => {
    ctx.font = `${bold ? font.bold : 400} ${size}px ${font.family}`;
    return ctx.measureText(text).width;
  };
}

/** What the image will show: visible elements, within the view when only the view is exported. */
function drawnElements(cy: Core, area: ImageOptions['area']): CollectionReturnValue {
  const visible = cy.elements().not('.hidden');
  if (area === 'full') return visible;
  const e = cy.extent();
  return visible.filter((el) => {
    const b = el.boundingBox({});
    return b.x2 >= e.x1 && b.x1 <= e.x2 && b.y2 >= e.y1 && b.y1 <= e.y2;
  });
}

/** What is drawn in full: the faded context around a focus is drawn faintly and adds nothing to the legend or credit. */
const inFull = (drawn: CollectionReturnValue) => drawn.not('.faded');

function summarise(cy: Core, drawn: CollectionReturnValue, meta: ImageMeta): DrawnSummary {
  const full = inFull(drawn);
  const nodes = full.nodes();
  const values = nodes.map((n) => meta.values[keyOf(n)]).filter((v): v is number => typeof v === 'number' && Number.isFinite(v));
  const min = values.length ? Math.min(...values) : 0;
  const max = values.length ? Math.max(...values) : 0;
  const sized = nodes.some((n) => n.data('size') !== undefined) && values.length > 0;
  const coloured = nodes.some((n) => n.data('color') !== undefined);
  const org = nodes.filter('[kind = "organization"]').first();
  return {
    nodeKinds: new Set(nodes.map((n) => n.data('kind') as string)),
    edges: full.edges().map((e) => ({
      kind: String(e.data('kind')),
      status: String(e.data('status') ?? ''),
      color: String(e.style('line-color')),
      lineStyle: String(e.style('line-style')),
      width: parseFloat(String(e.style('width'))) || 1,
    })),
    sized: sized ? { measure: meta.measureLabel, min, max } : null,
    coloured:
      meta.colorBy === 'community'
        ? { by: 'community', count: meta.communityCount }
        : coloured && values.length
          ? { by: 'measure', measure: meta.measureLabel, min, max }
          : null,
    focus: meta.focusLabel,
    blocs: meta.blocs,
    organizationFill: org.nonempty() ? toHex(String(org.style('background-color'))) : undefined,
    plain: isPlainGraph(meta.graph),
  };
}

const LABEL_CLASSES = ['label-top', 'label-right', 'label-left', 'label-hidden', 'export-unlabelled'];
const PLACEMENT_CLASS = { bottom: null, inside: null, top: 'label-top', right: 'label-right', left: 'label-left', hidden: 'export-unlabelled' } as const;

/**
 * For the export only (undone by the returned `restore`): moves organization boxes off the other nodes drawn in full
 * (the focus stays), places the layout guides' labels off the nodes, then places every node label on a free side of
 * its node, or leaves it out, so that no label overlaps another label (guide labels included) or a node and none
 * falls outside the exported view.
 */
function arrangeForExport(
  cy: Core,
  drawn: CollectionReturnValue,
  area: ImageOptions['area'],
  guides: readonly Guide[],
  measure: MeasureText,
): { restore: () => void; guideLabels: PlacedGuideLabel[] } {
  const nodes = inFull(drawn).nodes();
  const positions = new Map<string, Position>(nodes.map((n) => [n.id(), { ...n.position() }]));
  const classes = new Map<string, string[]>(drawn.nodes().map((n) => [n.id(), LABEL_CLASSES.filter((c) => n.hasClass(c))]));
  // The image draws labels at their own size (the canvas may have enlarged them for a zoomed-out view).
  const rescale = clearLabelScale(cy);
  const restore = () =>
    cy.batch(() => {
      for (const [key, p] of positions) cy.getElementById(key).position(p);
      for (const [key, had] of classes) cy.getElementById(key).removeClass(LABEL_CLASSES.join(' ')).addClass(had.join(' '));
      rescale();
    });
  try {
    const moves = separateBoxes(
      nodes.map((n: NodeSingular) => {
        const b = n.boundingBox(BODY_ONLY);
        return {
          key: n.id(),
          x: n.position('x'),
          y: n.position('y'),
          width: b.w,
          height: b.h,
          solid: n.data('kind') === 'organization',
          fixed: n.hasClass('focus'),
        };
      }),
    );
    cy.batch(() => {
      drawn.nodes().removeClass(LABEL_CLASSES.join(' '));
      for (const [key, p] of moves) cy.getElementById(key).position(p);
    });
    const obstacles: Obstacle[] = nodes.map((n: NodeSingular) => {
      const b = n.boundingBox(BODY_ONLY);
      return { key: n.id(), x1: b.x1, y1: b.y1, x2: b.x2, y2: b.y2 };
    });
    const items: LabelItem[] = nodes
      .filter((n: NodeSingular) => Boolean(n.data('label')))
      .map((n: NodeSingular) => {
        const label = n.boundingBox(LABEL_ONLY);
        const rank = n.hasClass('focus') ? 0 : n.hasClass('neighbor') ? 1 : 3;
        const organization = n.data('kind') === 'organization';
        return {
          key: n.id(),
          priority: rank - (organization ? 0.5 : 0) + 1 / (2 + n.width() + n.degree(false)),
          x: n.position('x'),
          y: n.position('y'),
          width: n.outerWidth(),
          height: n.outerHeight(),
          labelWidth: label.w,
          labelHeight: label.h,
          inside: organization,
        };
      });
    const e = cy.extent();
    const frame = area === 'view' ? { x1: e.x1, y1: e.y1, x2: e.x2, y2: e.y2 } : null;
    // Every guide is labelled in an image (on the spot covering the fewest nodes when none is free); node labels then keep clear of them.
    const guideLabels = placeGuideLabels(guides, {
      size: GUIDE_FONT,
      measure: (text, size) => measure(text, size, true),
      obstacles,
      frame,
      hideWhenCrowded: false,
    });
    guideLabels.forEach((l, i) => obstacles.push({ key: `guide-label:${i}`, ...l.plate }));
    const placement = placeExportLabels(items, obstacles, frame);
    cy.batch(() => {
      for (const [key, where] of placement) {
        const cls = PLACEMENT_CLASS[where];
        if (cls) cy.getElementById(key).addClass(cls);
      }
    });
    return { restore, guideLabels };
  } catch (error) {
    restore();
    throw error;
  }
}

function frameText(options: ImageOptions, meta: ImageMeta, drawn: CollectionReturnValue) {
  const caption: string[] = [];
  if (options.caption) {
    const words = filtersInWords(meta.filters, (key) => (meta.graph.hasNode(key) ? meta.graph.getNodeAttribute(key, 'label') : key));
    if (meta.focusLabel) words.unshift(`Focused on ${meta.focusLabel}`);
    caption.push(`As of ${meta.day}${words.length ? `. ${words.join('. ')}` : ''}.`);
    caption.push(`View online: ${meta.url}`);
  }
  return {
    title: options.title.trim(),
    date: options.date ? `As of ${meta.day}` : '',
    caption,
    credit: options.credit
      ? creditLine(
          publishersOf(
            meta.graph,
            inFull(drawn)
              .edges()
              .map((e) => keyOf(e)),
          ),
        )
      : '',
  };
}

type Prepared = {
  composition: Composition;
  legend: LegendItem[];
  backdrop: Backdrop | null;
  natural: { width: number; height: number };
  inset: Inset;
  scale: number;
  restore: () => void;
};

/** The guides' circles and their labels' plates, in model coordinates. */
function guidesBox(guides: readonly Guide[], labels: readonly PlacedGuideLabel[]): Box | null {
  if (guides.length === 0) return null;
  const boxes = [...guides.map((g) => ({ x1: g.cx - g.r, x2: g.cx + g.r, y1: g.cy - g.r, y2: g.cy + g.r })), ...labels.map((l) => l.plate)];
  return {
    x1: Math.min(...boxes.map((b) => b.x1)),
    y1: Math.min(...boxes.map((b) => b.y1)),
    x2: Math.max(...boxes.map((b) => b.x2)),
    y2: Math.max(...boxes.map((b) => b.y2)),
  };
}

async function prepare(cy: Core, options: ImageOptions, meta: ImageMeta, font: TextFont): Promise<Prepared> {
  cy.stop(true, true);
  const drawn = drawnElements(cy, options.area);
  const legend = options.legend ? legendItems(summarise(cy, drawn, meta)) : [];
  const outlinePath = meta.geographic ? await worldOutline() : null; // before anything moves: nothing to undo if it fails
  const measure = textMeasurer(font);
  const guides = layoutGuides(cy);
  const { restore, guideLabels } = arrangeForExport(cy, drawn, options.area, guides, measure);
  try {
    const bb = cy.elements().not('.hidden').boundingBox({});
    const g = guidesBox(guides, guideLabels);
    // The whole graph: the elements and the guides around them. The view: what the screen shows.
    const all = g ? { x1: Math.min(bb.x1, g.x1), y1: Math.min(bb.y1, g.y1), x2: Math.max(bb.x2, g.x2), y2: Math.max(bb.y2, g.y2) } : bb;
    const natural =
      options.area === 'full'
        ? { width: Math.max(1, Math.ceil(all.x2 - all.x1)), height: Math.max(1, Math.ceil(all.y2 - all.y1)) }
        : { width: cy.width(), height: cy.height() };
    const composition = compose(options, natural, frameText(options, meta, drawn), legend, measure);
    const k = composition.graph.width / natural.width;
    const transform = options.area === 'full' ? { k, tx: -all.x1, ty: -all.y1 } : { k: k * cy.zoom(), tx: cy.pan().x / cy.zoom(), ty: cy.pan().y / cy.zoom() };
    const inset =
      options.area === 'full'
        ? { x: (bb.x1 - all.x1) * k, y: (bb.y1 - all.y1) * k, width: Math.ceil(bb.w) * k, height: Math.ceil(bb.h) * k }
        : { x: 0, y: 0, width: composition.graph.width, height: composition.graph.height };
    const backdrop = meta.geographic || guides.length > 0 ? { outline: outlinePath, guides, guideLabels, transform, dark: false } : null;
    return { composition, legend, backdrop, natural, inset, scale: k, restore };
  } catch (error) {
    restore();
    throw error;
  }
}

export async function renderSvgText(cy: Core, options: ImageOptions, meta: ImageMeta, font: TextFont = SCREEN_FONT): Promise<string> {
  // register.ts brings Cytoscape itself: loaded with the first SVG export, not with the explorer's first load
  await (await import('@/lib/view/register')).registerSvgExtension();
  const p = await prepare(cy, options, meta, font);
  try {
    const graphSvg = cy.svg({ full: options.area === 'full', scale: p.scale });
    const svg = composedSvg(p.composition, graphSvg, options.background, p.backdrop, p.inset);
    const parsed = new DOMParser().parseFromString(svg, 'image/svg+xml');
    if (parsed.querySelector('parsererror')) throw new Error('the SVG came out malformed; please report the labels shown');
    return svg;
  } finally {
    p.restore();
  }
}

export async function renderSvg(cy: Core, options: ImageOptions, meta: ImageMeta): Promise<Blob> {
  return new Blob([await renderSvgText(cy, options, meta)], { type: 'image/svg+xml' });
}

/** Vector PDF of the framed SVG, one page of the image's size (1 px = 1 pt), its text in the embedded Unicode font. */
export async function renderPdf(cy: Core, options: ImageOptions, meta: ImageMeta): Promise<Blob> {
  const [faces, { jsPDF }] = await Promise.all([loadPdfFonts(), import('jspdf'), import('svg2pdf.js')]);
  const svgText = await renderSvgText(cy, options, meta, PDF_FONT);
  const element = new DOMParser().parseFromString(svgForPdfFonts(svgText), 'image/svg+xml').documentElement;
  const width = Number(element.getAttribute('width'));
  const height = Number(element.getAttribute('height'));
  const holder = document.createElement('div');
  holder.style.cssText = 'position:fixed;left:-100000px;top:0;';
  holder.append(element);
  document.body.append(holder);
  try {
    const doc = new jsPDF({ unit: 'pt', format: [width, height], orientation: width > height ? 'landscape' : 'portrait', compress: true });
    addPdfFonts(doc, faces);
    doc.setProperties({ title: options.title || `Entente: ${meta.subject}, ${meta.day}`, creator: 'Entente' });
    await doc.svg(element, { x: 0, y: 0, width, height });
    return doc.output('blob');
  } finally {
    holder.remove();
  }
}

function drawLegendSample(ctx: CanvasRenderingContext2D, item: LegendItem, x: number, y: number, w: number, u: number) {
  const s = item.sample;
  ctx.save();
  if (s.kind === 'node') {
    ctx.fillStyle = s.fill;
    ctx.strokeStyle = s.stroke;
    ctx.lineWidth = s.strokeWidth * u;
    ctx.beginPath();
    if (s.shape === 'ellipse') ctx.arc(x + w / 2, y, 6 * u, 0, 2 * Math.PI);
    else ctx.roundRect(x, y - 6 * u, w, 12 * u, 3 * u);
    ctx.fill();
    ctx.stroke();
  } else if (s.kind === 'line') {
    ctx.strokeStyle = s.color;
    const line = (dy: number) => {
      ctx.beginPath();
      ctx.moveTo(x, y + dy);
      ctx.lineTo(x + w, y + dy);
      ctx.stroke();
    };
    ctx.lineWidth = Math.max(1, s.width) * u;
    ctx.setLineDash(s.lineStyle === 'dashed' ? [6 * u, 4 * u] : s.lineStyle === 'dotted' ? [1.5 * u, 3 * u] : []);
    line(0);
  } else if (s.kind === 'ramp') {
    const step = w / s.colors.length;
    s.colors.forEach((c, i) => {
      ctx.fillStyle = c;
      ctx.fillRect(x + i * step, y - 5 * u, step + 0.5, 10 * u);
    });
  } else {
    ctx.fillStyle = '#dee2e6';
    ctx.strokeStyle = '#495057';
    ctx.lineWidth = u;
    for (const [cx, r] of [
      [x + 4 * u, 3 * u],
      [x + w - 8 * u, 8 * u],
    ] as const) {
      ctx.beginPath();
      ctx.arc(cx, y, r, 0, 2 * Math.PI);
      ctx.fill();
      ctx.stroke();
    }
  }
  ctx.restore();
}

/** The guides' labels on their plates, above the graph (as composedSvg draws them). */
function drawGuideLabels(ctx: CanvasRenderingContext2D, backdrop: Backdrop, graph: { x: number; y: number; width: number; height: number }) {
  const { k, tx, ty } = backdrop.transform;
  ctx.save();
  ctx.beginPath();
  ctx.rect(graph.x, graph.y, graph.width, graph.height);
  ctx.clip();
  ctx.translate(graph.x, graph.y);
  for (const l of backdrop.guideLabels) {
    const [x1, y1] = [(l.plate.x1 + tx) * k, (l.plate.y1 + ty) * k];
    ctx.beginPath();
    ctx.roundRect(x1, y1, (l.plate.x2 - l.plate.x1) * k, (l.plate.y2 - l.plate.y1) * k, l.size * 0.3 * k);
    ctx.fillStyle = GUIDE_PLATE.fill;
    ctx.globalAlpha = GUIDE_PLATE.opacity;
    ctx.fill();
    ctx.globalAlpha = 1;
    ctx.strokeStyle = GUIDE_PLATE.stroke;
    ctx.lineWidth = 1;
    ctx.stroke();
    ctx.fillStyle = GUIDE_PLATE.text;
    ctx.font = `600 ${l.size * k}px ${FONT}`;
    ctx.textAlign = 'center';
    ctx.fillText(l.text, (l.x + tx) * k, (l.y + ty) * k);
  }
  ctx.restore();
}

export async function renderRaster(cy: Core, options: ImageOptions, meta: ImageMeta): Promise<Blob> {
  const p = await prepare(cy, options, meta, SCREEN_FONT);
  let graph: Blob;
  try {
    graph = await cy.png({ output: 'blob-promise', full: options.area === 'full', scale: p.scale, bg: 'rgba(0,0,0,0)' });
  } finally {
    p.restore();
  }
  const bitmap = await createImageBitmap(graph);
  const c = p.composition;
  const canvas = document.createElement('canvas');
  canvas.width = c.width;
  canvas.height = c.height;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('This browser cannot draw on a canvas.');
  if (options.format === 'jpg' || options.background === 'white') {
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, c.width, c.height);
  }
  if (p.backdrop) {
    const { k, tx, ty } = p.backdrop.transform;
    ctx.save();
    ctx.beginPath();
    ctx.rect(c.graph.x, c.graph.y, c.graph.width, c.graph.height);
    ctx.clip();
    ctx.translate(c.graph.x, c.graph.y);
    if (p.backdrop.outline) {
      ctx.save();
      ctx.scale(k, k);
      ctx.translate(tx, ty);
      ctx.fillStyle = '#eef1f4';
      ctx.strokeStyle = '#c9d0d7';
      ctx.lineWidth = 0.6 / k;
      const path = new Path2D(p.backdrop.outline);
      ctx.fill(path);
      ctx.stroke(path);
      ctx.restore();
    }
    for (const g of p.backdrop.guides) {
      const gx = (g.cx + tx) * k;
      const gy = (g.cy + ty) * k;
      ctx.beginPath();
      ctx.arc(gx, gy, g.r * k, 0, 2 * Math.PI);
      ctx.fillStyle = 'rgba(24,100,171,0.04)';
      ctx.fill();
      ctx.strokeStyle = '#d0d7de';
      ctx.lineWidth = 1;
      ctx.stroke();
    }
    ctx.restore();
  }
  ctx.drawImage(bitmap, c.graph.x + p.inset.x, c.graph.y + p.inset.y, p.inset.width, p.inset.height);
  if (p.backdrop) drawGuideLabels(ctx, p.backdrop, c.graph);
  for (const t of c.texts) {
    ctx.fillStyle = t.color;
    ctx.font = `${t.bold ? 600 : 400} ${t.size}px ${FONT}`;
    ctx.fillText(t.text, t.x, t.y);
  }
  for (const l of c.legend) drawLegendSample(ctx, l.item, l.x, l.y, l.sampleWidth, c.unit);
  const type = options.format === 'jpg' ? 'image/jpeg' : 'image/png';
  return new Promise((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('The image could not be encoded.'))), type, 0.92));
}

export function renderImage(cy: Core, options: ImageOptions, meta: ImageMeta): Promise<Blob> {
  if (options.format === 'svg') return renderSvg(cy, options, meta);
  if (options.format === 'pdf') return renderPdf(cy, options, meta);
  return renderRaster(cy, options, meta);
}

export function download(blob: Blob, fileName: string) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
