// Publication images: file names, the frame around the graph (title, date, legend, credit line) as data, and the SVG
// version of that frame. Pure; the browser-side rendering lives in app/components/image-export.ts.
import type { TieKind } from '@/lib/data/schema';
import { NODE_STYLES, TIE_STYLES, type LineStyle } from './tie-styles';

export const IMAGE_FORMATS = ['png', 'jpg', 'svg'] as const;
export type ImageFormat = (typeof IMAGE_FORMATS)[number];

export type ImageOptions = {
  format: ImageFormat;
  /** 1×–4× the on-screen size, unless `width` is set. */
  scale: number;
  /** Target width in pixels of the graph image, or null to use `scale`. */
  width: number | null;
  /** PNG and SVG may be transparent; JPG is always solid. */
  background: 'transparent' | 'white';
  /** The whole graph, or what the view shows now. */
  area: 'full' | 'view';
  title: string;
  legend: boolean;
  date: boolean;
  credit: boolean;
};

export const DEFAULT_IMAGE_OPTIONS: ImageOptions = {
  format: 'png',
  scale: 2,
  width: null,
  background: 'white',
  area: 'full',
  title: '',
  legend: true,
  date: true,
  credit: true,
};

export const CREDIT_LINE = 'Entente · data: world-countries (ODbL), CIA World Factbook, UCDP/PRIO ACD 25.1 and the sources cited per tie';

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

export type LegendEntry = { label: string; color: string; line: LineStyle | 'node-state' | 'node-organization' };

export function legendEntries(kinds: readonly TieKind[]): LegendEntry[] {
  return [
    { label: NODE_STYLES.state.label, color: NODE_STYLES.state.color, line: 'node-state' },
    { label: NODE_STYLES.organization.label, color: NODE_STYLES.organization.color, line: 'node-organization' },
    ...kinds.map((kind) => ({ label: TIE_STYLES[kind].label, color: TIE_STYLES[kind].color, line: TIE_STYLES[kind].lineStyle })),
  ];
}

/** Where the frame's parts go around a graph image of `width` × `height` pixels, at `scale` (for text sizes). */
export function frameLayout(width: number, height: number, options: ImageOptions, legendCount: number) {
  const unit = Math.max(1, options.width ? options.width / 1000 : options.scale);
  const pad = Math.round(12 * unit);
  const titleSize = Math.round(20 * unit);
  const textSize = Math.round(12 * unit);
  const header = options.title || options.date ? pad + titleSize + (options.title && options.date ? textSize + pad / 2 : 0) + pad : 0;
  const legendRow = Math.round(18 * unit);
  const legendColumns = Math.max(1, Math.floor(width / Math.round(210 * unit)));
  const legend = options.legend ? Math.ceil(legendCount / legendColumns) * legendRow + pad : 0;
  const footer = options.credit ? textSize + pad * 2 : 0;
  return { unit, pad, titleSize, textSize, header, legend, legendRow, legendColumns, footer, width, height: header + height + legend + footer, graphTop: header };
}

const escapeXml = (text: string) => text.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!);

const DASH: Record<LineStyle, string> = { solid: '', dashed: '6 4', dotted: '1.5 3' };

/** Wraps Cytoscape's SVG of the graph in a framed SVG with the title, date, legend and credit line as real text. */
export function framedSvg(graphSvg: string, graphWidth: number, graphHeight: number, options: ImageOptions, meta: { day: string; subject: string; kinds: readonly TieKind[] }): string {
  const entries = legendEntries(meta.kinds);
  const f = frameLayout(graphWidth, graphHeight, options, entries.length);
  const inner = graphSvg.replace(/^<\?xml[^>]*>\s*/, '').replace(/^<!DOCTYPE[^>]*>\s*/, '');
  const parts: string[] = [];
  parts.push(`<svg xmlns="http://www.w3.org/2000/svg" width="${f.width}" height="${f.height}" viewBox="0 0 ${f.width} ${f.height}" font-family="system-ui, sans-serif">`);
  if (options.background === 'white') parts.push(`<rect width="100%" height="100%" fill="#ffffff"/>`);
  let y = f.pad + f.titleSize;
  if (options.title) {
    parts.push(`<text x="${f.pad}" y="${y}" font-size="${f.titleSize}" font-weight="600" fill="#1d232b">${escapeXml(options.title)}</text>`);
    y += f.textSize + f.pad / 2;
  }
  if (options.date) parts.push(`<text x="${f.pad}" y="${options.title ? y : f.pad + f.titleSize}" font-size="${f.textSize}" fill="#495057">As of ${escapeXml(meta.day)}</text>`);
  parts.push(`<svg x="0" y="${f.graphTop}" width="${graphWidth}" height="${graphHeight}">${inner.replace(/^<svg/, '<svg x="0" y="0"')}</svg>`);
  if (options.legend) {
    const top = f.graphTop + graphHeight;
    entries.forEach((entry, i) => {
      const x = f.pad + (i % f.legendColumns) * Math.round(210 * f.unit);
      const ly = top + Math.floor(i / f.legendColumns) * f.legendRow + f.legendRow / 2;
      const sw = Math.round(28 * f.unit);
      if (entry.line === 'node-state') parts.push(`<circle cx="${x + sw / 2}" cy="${ly}" r="${5 * f.unit}" fill="${entry.color}" stroke="#495057"/>`);
      else if (entry.line === 'node-organization') parts.push(`<rect x="${x}" y="${ly - 5 * f.unit}" width="${sw}" height="${10 * f.unit}" rx="${2 * f.unit}" fill="${entry.color}"/>`);
      else parts.push(`<line x1="${x}" y1="${ly}" x2="${x + sw}" y2="${ly}" stroke="${entry.color}" stroke-width="${2.5 * f.unit}" stroke-dasharray="${DASH[entry.line]}"/>`);
      parts.push(`<text x="${x + sw + 6 * f.unit}" y="${ly + f.textSize / 3}" font-size="${f.textSize}" fill="#1d232b">${escapeXml(entry.label)}</text>`);
    });
  }
  if (options.credit) parts.push(`<text x="${f.pad}" y="${f.height - f.pad}" font-size="${f.textSize * 0.85}" fill="#495057">${escapeXml(CREDIT_LINE)}</text>`);
  parts.push('</svg>');
  return parts.join('');
}
