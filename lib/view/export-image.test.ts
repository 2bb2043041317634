import { DOMParser } from '@xmldom/xmldom';
import { describe, expect, it } from 'vitest';
import {
  compose,
  composedSvg,
  DEFAULT_IMAGE_OPTIONS,
  estimateText,
  exportFileName,
  repairGraphSvg,
  SIZE_PRESETS,
  wrapText,
  type ImageOptions,
} from './export-image';
import type { LegendItem } from './image-legend';

const legend: LegendItem[] = [
  { id: 'node:state', label: 'State', sample: { kind: 'node', shape: 'ellipse', fill: '#dee2e6', stroke: '#495057', strokeWidth: 1 } },
  { id: 'tie:m', label: 'Membership', sample: { kind: 'line', color: '#3b5bdb', lineStyle: 'solid', width: 2 } },
];
const text = {
  title: "Armenia's ties to Russia and the world, as of 2026, with every bloc and every conflict it was part of",
  date: 'As of 2026-11-29',
  caption: ['As of 2026-11-29. Trade ties hidden.', 'View online: https://example.org/?focus=ARM'],
  credit: 'Made with Entente. Data: a, b, c. Ties cite NATO, CSTO, UCDP, and 20 more.',
};

/** Parses as XML (throws on malformed input, as a strict parser should). */
function parse(xml: string) {
  const errors: string[] = [];
  const doc = new DOMParser({ onError: (level, message) => void (level !== 'warning' && errors.push(message)) }).parseFromString(xml, 'image/svg+xml');
  if (errors.length) throw new Error(errors.join('; '));
  return doc;
}

describe('image composition', () => {
  it('names files by subject and date', () => {
    expect(exportFileName('CSTO', '2026-11-29', 'png')).toBe('entente-csto-2026-11-29.png');
    expect(exportFileName('Côte d’Ivoire', '2001-01-01', 'pdf')).toBe('entente-cote-d-ivoire-2001-01-01.pdf');
    expect(exportFileName('', '2001-01-01', 'jpg')).toBe('entente-graph-2001-01-01.jpg');
  });

  it('wraps long text instead of cutting it; every line fits', () => {
    const lines = wrapText(text.title, 300, 20, true, estimateText);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(' ')).toBe(text.title);
    for (const line of lines) expect(estimateText(line, 20, true)).toBeLessThanOrEqual(300);
    expect(wrapText('x'.repeat(100), 100, 10, false, estimateText).every((l) => estimateText(l, 10, false) <= 100)).toBe(true);
  });

  it('breaks a long link after a separator, keeping every character', () => {
    const url = 'https://entente.example/?date=2026-01-01&focus=ARM&orgs=csto%2Ccis%2Ceaeu%2Cnato%2Cosce';
    const lines = wrapText(url, 200, 10, false, estimateText);
    expect(lines.join('')).toBe(url);
    for (const line of lines.slice(0, -1)) expect(line).toMatch(/(\/|\?|&|=|,|%2C)$/);
  });

  it('keeps every text inside the image at each size preset, the graph between the header and the legend', () => {
    for (const preset of Object.keys(SIZE_PRESETS) as (keyof typeof SIZE_PRESETS)[]) {
      const options: ImageOptions = { ...DEFAULT_IMAGE_OPTIONS, preset, caption: true };
      const c = compose(options, { width: 900, height: 700 }, text, legend, estimateText);
      expect(c.width).toBe(SIZE_PRESETS[preset].width);
      if (SIZE_PRESETS[preset].height) expect(c.height).toBe(SIZE_PRESETS[preset].height);
      for (const t of c.texts) {
        expect(t.x).toBeGreaterThanOrEqual(0);
        expect(t.x + t.width).toBeLessThanOrEqual(c.width);
        expect(t.y).toBeLessThanOrEqual(c.height);
        expect(t.y - t.size).toBeGreaterThanOrEqual(0);
      }
      const title = c.texts.filter((t) => t.role === 'title');
      const credit = c.texts.filter((t) => t.role === 'credit');
      expect(title.map((t) => t.text).join(' ')).toBe(text.title);
      expect(credit.map((t) => t.text).join(' ')).toBe(text.credit);
      expect(c.graph.y).toBeGreaterThan(title.at(-1)!.y);
      expect(c.graph.y + c.graph.height).toBeLessThanOrEqual(Math.min(...c.legend.map((l) => l.y)));
      expect(c.graph.x + c.graph.width).toBeLessThanOrEqual(c.width);
    }
  });

  it('adds no frame when nothing is asked, so a 2× image is twice the screen', () => {
    const c = compose(
      { ...DEFAULT_IMAGE_OPTIONS, legend: false, date: false, credit: false },
      { width: 800, height: 600 },
      { title: '', date: '', caption: [], credit: '' },
      [],
      estimateText,
    );
    expect([c.width, c.height]).toEqual([1600, 1200]);
  });

  it('makes well-formed SVG for any label or title, including the one that broke cytoscape-svg', () => {
    const hostile = [
      'xmlns="http://www.w3.org/2000/svg"',
      '<script>alert(1)</script> & co',
      '\u0001\u0008 bell \uffff',
      ']]> <!-- -->',
      '"\'<>&amp;',
      '\ud800 lone surrogate',
    ];
    // What cytoscape-svg emits when a label contains the namespace declaration (its serializer renames the root's).
    const broken = `<svg xmlns:xlink="http://www.w3.org/1999/xlink" version="1.1" xmlns:xlink="http://www.w3.org/1999/xlink" width="10" height="10"><text>xmlns="http://www.w3.org/2000/svg"</text></svg>`;
    expect(() => parse(broken)).toThrow();
    expect(() => parse(repairGraphSvg(broken))).not.toThrow();
    for (const label of hostile) {
      const c = compose(
        { ...DEFAULT_IMAGE_OPTIONS, title: label, caption: true },
        { width: 400, height: 300 },
        { ...text, title: label, caption: [label] },
        [{ ...legend[0]!, label }],
        estimateText,
      );
      const svg = composedSvg(c, broken.replace('</text>', `${label.replace(/[<&]/g, '')}</text>`), 'white', {
        outline: 'M0 0L10 10Z',
        guides: [{ cx: 0, cy: 0, r: 5, label }],
        guideLabels: [{ guide: 0, text: label, x: 0, y: 0, size: 14, plate: { x1: -5, y1: -5, x2: 5, y2: 5 } }],
        transform: { k: 1, tx: 0, ty: 0 },
        dark: false,
      });
      const doc = parse(svg);
      expect(doc.documentElement!.nodeName).toBe('svg');
      // eslint-disable-next-line no-control-regex -- the characters the export must strip
      expect(doc.documentElement!.textContent).toContain(label.replace(/[\u0000-\u0008\uffff]|\ud800/g, ''));
    }
  });
});
