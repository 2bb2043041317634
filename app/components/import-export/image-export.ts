// Renders the graph as a publication image in the browser: Cytoscape's PNG/JPG or SVG of the graph, framed with the
// title, date, legend and credit line from lib/view/export-image.
import type { Core } from 'cytoscape';
import type { TieKind } from '@/lib/data/schema';
import { registerSvgExtension } from '@/lib/view/register';
import { CREDIT_LINE, frameLayout, framedSvg, legendEntries, type ImageOptions } from '@/lib/view/export-image';

export type ImageMeta = { day: string; subject: string; kinds: readonly TieKind[] };


/** The scale that gives the requested pixel width, or the chosen scale. */
function scaleFor(cy: Core, options: ImageOptions): number {
  if (!options.width) return options.scale;
  const width = options.area === 'full' ? cy.elements().boundingBox({}).w : cy.width();
  return Math.max(0.1, options.width / Math.max(1, width));
}

export async function renderSvg(cy: Core, options: ImageOptions, meta: ImageMeta): Promise<Blob> {
  await registerSvgExtension();
  const scale = scaleFor(cy, options);
  const graphSvg = cy.svg({ full: options.area === 'full', scale, bg: options.background === 'white' ? '#ffffff' : undefined });
  const size = /width="([\d.]+)(?:px)?" height="([\d.]+)(?:px)?"/.exec(graphSvg);
  const width = size ? Math.round(Number(size[1])) : cy.width();
  const height = size ? Math.round(Number(size[2])) : cy.height();
  return new Blob([framedSvg(graphSvg, width, height, options, meta)], { type: 'image/svg+xml' });
}

export async function renderRaster(cy: Core, options: ImageOptions, meta: ImageMeta): Promise<Blob> {
  const solid = options.format === 'jpg' || options.background === 'white';
  const size = options.width ? { maxWidth: options.width } : { scale: options.scale };
  const graph = await cy.png({ output: 'blob-promise', full: options.area === 'full', ...size, bg: solid ? '#ffffff' : 'rgba(0,0,0,0)' });
  const bitmap = await createImageBitmap(graph);
  const entries = legendEntries(meta.kinds);
  const f = frameLayout(bitmap.width, bitmap.height, options, entries.length);
  const canvas = document.createElement('canvas');
  canvas.width = f.width;
  canvas.height = f.height;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('This browser cannot draw on a canvas.');
  if (solid) {
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, f.width, f.height);
  }
  const font = (size: number, weight = '400') => `${weight} ${size}px system-ui, sans-serif`;
  let y = f.pad + f.titleSize;
  if (options.title) {
    ctx.fillStyle = '#1d232b';
    ctx.font = font(f.titleSize, '600');
    ctx.fillText(options.title, f.pad, y);
    y += f.textSize + f.pad / 2;
  }
  if (options.date) {
    ctx.fillStyle = '#495057';
    ctx.font = font(f.textSize);
    ctx.fillText(`As of ${meta.day}`, f.pad, options.title ? y : f.pad + f.titleSize);
  }
  ctx.drawImage(bitmap, 0, f.graphTop);
  if (options.legend) {
    const top = f.graphTop + bitmap.height;
    ctx.font = font(f.textSize);
    entries.forEach((entry, i) => {
      const x = f.pad + (i % f.legendColumns) * Math.round(210 * f.unit);
      const ly = top + Math.floor(i / f.legendColumns) * f.legendRow + f.legendRow / 2;
      const sw = Math.round(28 * f.unit);
      ctx.fillStyle = entry.color;
      ctx.strokeStyle = entry.color;
      if (entry.line === 'node-state') {
        ctx.beginPath();
        ctx.arc(x + sw / 2, ly, 5 * f.unit, 0, 2 * Math.PI);
        ctx.fill();
      } else if (entry.line === 'node-organization') {
        ctx.fillRect(x, ly - 5 * f.unit, sw, 10 * f.unit);
      } else {
        ctx.lineWidth = 2.5 * f.unit;
        ctx.setLineDash(entry.line === 'dashed' ? [6 * f.unit, 4 * f.unit] : entry.line === 'dotted' ? [1.5 * f.unit, 3 * f.unit] : []);
        ctx.beginPath();
        ctx.moveTo(x, ly);
        ctx.lineTo(x + sw, ly);
        ctx.stroke();
        ctx.setLineDash([]);
      }
      ctx.fillStyle = '#1d232b';
      ctx.fillText(entry.label, x + sw + 6 * f.unit, ly + f.textSize / 3);
    });
  }
  if (options.credit) {
    ctx.fillStyle = '#495057';
    ctx.font = font(f.textSize * 0.85);
    ctx.fillText(CREDIT_LINE, f.pad, f.height - f.pad);
  }
  const type = options.format === 'jpg' ? 'image/jpeg' : 'image/png';
  return new Promise((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('The image could not be encoded.'))), type, 0.92));
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
