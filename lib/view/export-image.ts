// Publication images: options and size presets, file names, and the composition of the frame around the graph (title,
// date, legend, caption, credit line) as positioned text that wraps instead of being cut; then the SVG of that frame.
// Pure: text is measured by a function the caller passes (a canvas in the browser, an estimate in tests).
import type { LegendItem } from './image-legend';
import type { Guide } from './guided-layouts';
import type { PlacedGuideLabel } from './guide-labels';

export const IMAGE_FORMATS = ['png', 'jpg', 'svg', 'pdf'] as const;
export type ImageFormat = (typeof IMAGE_FORMATS)[number];
export const FORMAT_LABELS: Record<ImageFormat, string> = { png: 'PNG', jpg: 'JPG', svg: 'SVG (vector)', pdf: 'PDF (vector, for print)' };

/** Sizes people ask for: a fixed width (the height follows the graph), or a fixed width and height. */
export const SIZE_PRESETS = {
  column: { label: 'Newspaper column (600 px wide)', width: 600, height: null },
  article: { label: 'Full-width web article (1600 px wide)', width: 1600, height: null },
  social: { label: 'Social card (1200 × 675)', width: 1200, height: 675 },
  square: { label: 'Square (1080 × 1080)', width: 1080, height: 1080 },
} as const;
export type SizePreset = keyof typeof SIZE_PRESETS;
export const SIZE_PRESET_IDS = Object.keys(SIZE_PRESETS) as SizePreset[];

export type ImageOptions = {
  format: ImageFormat;
  /** 1×–4× the on-screen size, unless `width` or `preset` is set. */
  scale: number;
  /** Width in pixels of the whole image, or null. */
  width: number | null;
  preset: SizePreset | null;
  /** PNG, SVG and PDF may be transparent; JPG is always solid. */
  background: 'transparent' | 'white';
  /** The whole graph, or what the view shows now. */
  area: 'full' | 'view';
  title: string;
  legend: boolean;
  date: boolean;
  credit: boolean;
  /** A caption block: the date, the filters in words and the view's URL. */
  caption: boolean;
};

export const DEFAULT_IMAGE_OPTIONS: ImageOptions = {
  format: 'png',
  scale: 2,
  width: null,
  preset: null,
  background: 'white',
  area: 'full',
  title: '',
  legend: true,
  date: true,
  credit: true,
  caption: false,
};

export const CREDIT_PREFIX = 'Made with Entente. Data: world-countries (ODbL), CIA World Factbook, UCDP/PRIO';
/** Publishers named in the credit line before "and N more". */
export const CREDIT_PUBLISHERS_SHOWN = 8;

/** The credit line: the base datasets, then every publisher the image's ties cite (most cited first, then "and N more"). */
export function creditLine(publishers: readonly string[]): string {
  if (publishers.length === 0) return `${CREDIT_PREFIX}.`;
  const shown = publishers.slice(0, CREDIT_PUBLISHERS_SHOWN);
  const more = publishers.length - shown.length;
  return `${CREDIT_PREFIX}. Ties cite ${shown.join(', ')}${more > 0 ? ` and ${more} more` : ''}.`;
}

const slug = (text: string) =>
  text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '') || 'graph';

/** `entente-csto-2026-11-29.png`: what and when. */
export function exportFileName(subject: string, day: string, extension: string): string {
  return `entente-${slug(subject)}-${day}.${extension}`;
}

/** Measures the width in pixels of `text` at `size` px (weight 400 or 600). */
export type MeasureText = (text: string, size: number, bold: boolean) => number;

/** A rough measure for tests and servers: system-ui averages about 0.56 em per character (0.6 in bold). */
export const estimateText: MeasureText = (text, size, bold) => [...text].length * size * (bold ? 0.6 : 0.56);

/** Breaks `text` into lines no wider than `width`; a word longer than a line is broken inside. */
export function wrapText(text: string, width: number, size: number, bold: boolean, measure: MeasureText): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (measure(candidate, size, bold) <= width) {
      line = candidate;
      continue;
    }
    if (line) lines.push(line);
    line = '';
    let rest = word;
    while (measure(rest, size, bold) > width && rest.length > 1) {
      let cut = rest.length - 1;
      while (cut > 1 && measure(rest.slice(0, cut), size, bold) > width) cut -= 1;
      // A link breaks after a separator (/ ? & = , or an escaped comma) when one is in the second half of the line.
      const at = Math.max(
        ...['/', '?', '&', '=', ',', '%2C'].map((sep) => {
          const i = rest.lastIndexOf(sep, cut - sep.length);
          return i < 0 ? -1 : i + sep.length;
        }),
      );
      if (at > cut / 2) cut = at;
      lines.push(rest.slice(0, cut));
      rest = rest.slice(cut);
    }
    line = rest;
  }
  if (line) lines.push(line);
  return lines;
}

export type PlacedText = {
  role: 'title' | 'date' | 'caption' | 'credit' | 'legend';
  text: string;
  x: number;
  y: number;
  size: number;
  bold: boolean;
  color: string;
  width: number;
};
export type PlacedLegendItem = { item: LegendItem; x: number; y: number; sampleWidth: number; rowHeight: number };

export type Composition = {
  width: number;
  height: number;
  /** Where the graph image goes (already fitted to its aspect ratio). */
  graph: { x: number; y: number; width: number; height: number };
  texts: PlacedText[];
  legend: PlacedLegendItem[];
  unit: number;
};

export type FrameText = { title: string; date: string; caption: string[]; credit: string };

export const INK = '#1d232b';
export const MUTED_INK = '#495057';

/** The image's width in pixels for a graph `natural` pixels wide on screen (before any frame). */
export function outputWidth(options: ImageOptions, natural: { width: number; height: number }, framed: boolean, unit: number): number {
  if (options.preset) return SIZE_PRESETS[options.preset].width;
  if (options.width) return Math.round(options.width);
  return Math.round(natural.width * options.scale + (framed ? 2 * Math.round(12 * unit) : 0));
}

/** Text scale: 1 at 1000 px wide and below, larger for larger images; the chosen scale for scale-based sizes. */
export function textUnit(options: ImageOptions): number {
  if (options.preset) return Math.max(1, SIZE_PRESETS[options.preset].width / 1000);
  if (options.width) return Math.max(1, options.width / 1000);
  return Math.max(1, options.scale);
}

/**
 * Lays out the frame for a graph of aspect ratio `natural`: title and date on top, then the graph, the legend, the
 * caption and the credit line, every text wrapped to the image's width; fixed-height presets shrink the graph to fit.
 */
export function compose(
  options: ImageOptions,
  natural: { width: number; height: number },
  text: FrameText,
  legendItems: readonly LegendItem[],
  measure: MeasureText,
): Composition {
  const unit = textUnit(options);
  const framed = Boolean(text.title || text.date || text.caption.length || text.credit || legendItems.length);
  const width = outputWidth(options, natural, framed, unit);
  const pad = framed ? Math.round(12 * unit) : 0;
  const inner = Math.max(1, width - 2 * pad);
  const titleSize = Math.round(22 * unit);
  const textSize = Math.round(13 * unit);
  const smallSize = Math.round(11 * unit);
  const texts: PlacedText[] = [];
  let y = pad;
  const addLines = (role: PlacedText['role'], content: string, size: number, bold: boolean, color: string, lineGap = 1.25) => {
    for (const line of wrapText(content, inner, size, bold, measure)) {
      y += Math.round(size * lineGap);
      texts.push({ role, text: line, x: pad, y: y - Math.round(size * 0.25), size, bold, color, width: measure(line, size, bold) });
    }
  };
  if (text.title) addLines('title', text.title, titleSize, true, INK);
  if (text.date) addLines('date', text.date, textSize, false, MUTED_INK);
  if (y > pad) y += Math.round(pad / 2);
  const graphTop = y;

  // Everything below the graph, laid out from y = 0 and shifted once the graph's height is known.
  const below: PlacedText[] = [];
  const legend: PlacedLegendItem[] = [];
  let by = 0;
  if (legendItems.length > 0) {
    by += Math.round(pad / 2);
    const sampleWidth = Math.round(30 * unit);
    const gap = Math.round(6 * unit);
    const itemGap = Math.round(18 * unit);
    const rowHeight = Math.round(20 * unit);
    let x = pad;
    let rowTop = by;
    let rowBottom = by + rowHeight;
    for (const item of legendItems) {
      const room = inner - sampleWidth - gap;
      const lines = wrapText(item.label, room, textSize, false, measure);
      const itemWidth = sampleWidth + gap + Math.max(...lines.map((l) => measure(l, textSize, false)));
      if (x > pad && x + itemWidth > pad + inner) {
        x = pad;
        rowTop = rowBottom;
      }
      const height = rowHeight * Math.max(1, lines.length);
      legend.push({ item, x, y: rowTop + rowHeight / 2, sampleWidth, rowHeight });
      lines.forEach((line, i) =>
        below.push({
          role: 'legend',
          text: line,
          x: x + sampleWidth + gap,
          y: rowTop + rowHeight / 2 + Math.round(textSize * 0.35) + i * rowHeight,
          size: textSize,
          bold: false,
          color: INK,
          width: measure(line, textSize, false),
        }),
      );
      rowBottom = Math.max(rowBottom, rowTop + height);
      x += itemWidth + itemGap;
    }
    by = rowBottom;
  }
  const addBelow = (role: PlacedText['role'], content: string, size: number, color: string) => {
    for (const line of wrapText(content, inner, size, false, measure)) {
      by += Math.round(size * 1.3);
      below.push({ role, text: line, x: pad, y: by - Math.round(size * 0.25), size, bold: false, color, width: measure(line, size, false) });
    }
  };
  if (text.caption.length > 0) {
    by += Math.round(pad / 2);
    for (const line of text.caption) addBelow('caption', line, textSize, INK);
  }
  if (text.credit) {
    by += Math.round(pad / 2);
    addBelow('credit', text.credit, smallSize, MUTED_INK);
  }
  if (by > 0) by += pad;

  const preset = options.preset ? SIZE_PRESETS[options.preset] : null;
  const aspect = natural.width / Math.max(1, natural.height);
  let graphWidth = inner;
  let graphHeight = Math.round(inner / aspect);
  let height = graphTop + graphHeight + by;
  if (preset?.height) {
    const room = Math.max(40, preset.height - graphTop - by);
    if (graphHeight > room) {
      graphHeight = room;
      graphWidth = Math.round(room * aspect);
    }
    height = Math.max(preset.height, graphTop + room + by);
  }
  const graph = {
    x: pad + Math.round((inner - graphWidth) / 2),
    y: graphTop + Math.round(((preset?.height ? height - by - graphTop : graphHeight) - graphHeight) / 2),
    width: graphWidth,
    height: graphHeight,
  };
  const shift = height - by;
  for (const t of below) texts.push({ ...t, y: t.y + shift });
  return { width, height, graph, texts, legend: legend.map((l) => ({ ...l, y: l.y + shift })), unit };
}

/** Characters XML 1.0 forbids even when escaped (control characters, lone surrogates, U+FFFE/FFFF). */
// eslint-disable-next-line no-control-regex -- these are exactly the control characters XML forbids
const INVALID_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

export const stripInvalidXml = (text: string) => text.replace(INVALID_XML, '');

export const escapeXml = (text: string) =>
  stripInvalidXml(text).replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!);

/**
 * Undoes a flaw of cytoscape-svg's serializer: when any text contains `xmlns="http://www.w3.org/2000/svg"` it renames
 * the root's namespace declaration to a second `xmlns:xlink`, which is malformed XML. Also drops characters XML forbids.
 */
export function repairGraphSvg(svg: string): string {
  const clean = stripInvalidXml(svg);
  const rootEnd = clean.indexOf('>');
  const root = clean.slice(0, rootEnd);
  if (root.includes('xmlns="http://www.w3.org/2000/svg"')) return clean;
  const broken = 'xmlns:xlink="http://www.w3.org/1999/xlink';
  const at = clean.indexOf(broken);
  if (at < 0 || at > rootEnd) return clean;
  return `${clean.slice(0, at)}xmlns="http://www.w3.org/2000/svg${clean.slice(at + broken.length)}`;
}

const DASH: Record<string, string> = { solid: '', dashed: '6 4', dotted: '1.5 3' };

/** One legend sample as SVG, `w` wide, centred on y. */
function legendSampleSvg(item: LegendItem, x: number, y: number, w: number, u: number): string {
  const attrs = `data-legend="${escapeXml(item.id)}"`;
  switch (item.sample.kind) {
    case 'node':
      return item.sample.shape === 'ellipse'
        ? `<circle ${attrs} cx="${x + w / 2}" cy="${y}" r="${6 * u}" fill="${item.sample.fill}" stroke="${item.sample.stroke}" stroke-width="${item.sample.strokeWidth * u}"/>`
        : `<rect ${attrs} x="${x}" y="${y - 6 * u}" width="${w}" height="${12 * u}" rx="${3 * u}" fill="${item.sample.fill}" stroke="${item.sample.stroke}" stroke-width="${item.sample.strokeWidth * u}"/>`;
    case 'line': {
      const s = item.sample;
      return `<line ${attrs} x1="${x}" y1="${y}" x2="${x + w}" y2="${y}" stroke="${s.color}" stroke-width="${Math.max(1, s.width) * u}" stroke-dasharray="${(DASH[s.lineStyle] ?? '').replace(/[\d.]+/g, (n) => String(Number(n) * u))}"/>`;
    }
    case 'ramp': {
      const step = w / item.sample.colors.length;
      return `<g ${attrs}>${item.sample.colors.map((c, i) => `<rect x="${x + i * step}" y="${y - 5 * u}" width="${step + 0.5}" height="${10 * u}" fill="${c}"/>`).join('')}</g>`;
    }
    case 'sizes':
      return `<g ${attrs} fill="#dee2e6" stroke="#495057" stroke-width="${u}"><circle cx="${x + 4 * u}" cy="${y}" r="${3 * u}"/><circle cx="${x + w - 8 * u}" cy="${y}" r="${8 * u}"/></g>`;
  }
}

export type Backdrop = {
  /** World outline path in model coordinates (geographic layout). */
  outline: string | null;
  guides: Guide[];
  /** The guides' labels, drawn on plates above the graph. */
  guideLabels: PlacedGuideLabel[];
  /** Model → graph-image pixels: x' = (x + tx) * k, y' = (y + ty) * k. */
  transform: { k: number; tx: number; ty: number };
  dark: boolean;
};

/** The backdrop (world outline, layout guides) as SVG in graph-image pixels. */
function backdropSvg(b: Backdrop): string {
  const { k, tx, ty } = b.transform;
  const parts: string[] = [];
  if (b.outline)
    parts.push(
      `<path data-role="world-outline" transform="scale(${k}) translate(${tx} ${ty})" d="${escapeXml(b.outline)}" fill="#eef1f4" stroke="#c9d0d7" stroke-width="${0.6 / k}"/>`,
    );
  for (const g of b.guides) {
    const cx = (g.cx + tx) * k;
    const cy = (g.cy + ty) * k;
    parts.push(`<circle data-role="guide" cx="${cx}" cy="${cy}" r="${g.r * k}" fill="#1864ab" fill-opacity="0.04" stroke="#d0d7de"/>`);
  }
  return parts.length ? `<g data-role="backdrop">${parts.join('')}</g>` : '';
}

/** The guide labels' plate and text colours in images (the light theme's canvas, line and muted text). */
export const GUIDE_PLATE = { fill: '#ffffff', opacity: 0.92, stroke: '#d0d7de', text: '#59636e' } as const;

/** The guides' labels on their plates, in graph-image pixels: drawn above the graph so that no tie or box hides them. */
function guideLabelsSvg(b: Backdrop): string {
  const { k, tx, ty } = b.transform;
  const parts = b.guideLabels.map((l) => {
    const x = (l.plate.x1 + tx) * k;
    const y = (l.plate.y1 + ty) * k;
    return (
      `<rect data-role="guide-plate" x="${x}" y="${y}" width="${(l.plate.x2 - l.plate.x1) * k}" height="${(l.plate.y2 - l.plate.y1) * k}" rx="${l.size * 0.3 * k}" fill="${GUIDE_PLATE.fill}" fill-opacity="${GUIDE_PLATE.opacity}" stroke="${GUIDE_PLATE.stroke}"/>` +
      `<text data-role="guide-label" x="${(l.x + tx) * k}" y="${(l.y + ty) * k}" text-anchor="middle" font-size="${l.size * k}" font-weight="600" fill="${GUIDE_PLATE.text}">${escapeXml(l.text)}</text>`
    );
  });
  return parts.length ? `<g data-role="guide-labels">${parts.join('')}</g>` : '';
}

/** Cytoscape's SVG with its root replaced: placed at the graph's box, scaled from its own size by a viewBox. */
function nestedGraphSvg(svg: string, width: number, height: number): string {
  const rootEnd = svg.indexOf('>');
  const root = svg.slice(0, rootEnd);
  const ownWidth = Number(/\swidth="([\d.]+)/.exec(root)?.[1] ?? width);
  const ownHeight = Number(/\sheight="([\d.]+)/.exec(root)?.[1] ?? height);
  const body = root.endsWith('/') ? '</svg>' : svg.slice(rootEnd + 1);
  return `<svg xmlns:xlink="http://www.w3.org/1999/xlink" data-role="graph-svg" x="0" y="0" width="${width}" height="${height}" viewBox="0 0 ${ownWidth} ${ownHeight}" preserveAspectRatio="xMidYMid meet">${body}`;
}

/** Where the graph image sits inside the graph box (it may be smaller when the backdrop's guides reach further). */
export type Inset = { x: number; y: number; width: number; height: number };

/** The framed image as one SVG document: text as text, the graph (Cytoscape's SVG) nested at its place. */
export function composedSvg(c: Composition, graphSvg: string, background: 'white' | 'transparent', backdrop: Backdrop | null, inset?: Inset): string {
  const inner = repairGraphSvg(graphSvg.replace(/^<\?xml[^>]*>\s*/, '').replace(/^<!DOCTYPE[^>]*>\s*/, ''));
  const u = c.unit;
  const parts: string[] = [];
  parts.push(
    `<svg xmlns="http://www.w3.org/2000/svg" version="1.1" width="${c.width}" height="${c.height}" viewBox="0 0 ${c.width} ${c.height}" font-family="system-ui, -apple-system, 'Segoe UI', Roboto, Helvetica, Arial, sans-serif">`,
  );
  if (background === 'white') parts.push(`<rect width="${c.width}" height="${c.height}" fill="#ffffff"/>`);
  const box = inset ?? { x: 0, y: 0, width: c.graph.width, height: c.graph.height };
  parts.push(`<defs><clipPath id="entente-graph-area"><rect width="${c.graph.width}" height="${c.graph.height}"/></clipPath></defs>`);
  parts.push(`<g data-role="graph" transform="translate(${c.graph.x} ${c.graph.y})" clip-path="url(#entente-graph-area)">`);
  if (backdrop) parts.push(backdropSvg(backdrop));
  parts.push(`<g transform="translate(${box.x} ${box.y})">${nestedGraphSvg(inner, box.width, box.height)}</g>`);
  if (backdrop) parts.push(guideLabelsSvg(backdrop));
  parts.push('</g>');
  for (const t of c.texts) {
    parts.push(
      `<text data-role="${t.role}" x="${t.x}" y="${t.y}" font-size="${t.size}"${t.bold ? ' font-weight="600"' : ''} fill="${t.color}">${escapeXml(t.text)}</text>`,
    );
  }
  for (const l of c.legend) parts.push(legendSampleSvg(l.item, l.x, l.y, l.sampleWidth, u));
  parts.push('</svg>');
  return parts.join('');
}
