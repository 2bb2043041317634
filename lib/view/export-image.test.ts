import { describe, expect, it } from 'vitest';
import { DEFAULT_IMAGE_OPTIONS, exportFileName, frameLayout, framedSvg } from './export-image';

describe('image export helpers', () => {
  it('names files by subject and date', () => {
    expect(exportFileName('CSTO', '2026-11-29', 'png')).toBe('entente-csto-2026-11-29.png');
    expect(exportFileName('Côte d’Ivoire', '2001-01-01', 'svg')).toBe('entente-cote-d-ivoire-2001-01-01.svg');
    expect(exportFileName('', '2001-01-01', 'jpg')).toBe('entente-graph-2001-01-01.jpg');
  });

  it('adds room for the header, legend and credit only when asked', () => {
    const bare = frameLayout(800, 600, { ...DEFAULT_IMAGE_OPTIONS, title: '', legend: false, date: false, credit: false }, 7);
    expect(bare.height).toBe(600);
    const framed = frameLayout(800, 600, { ...DEFAULT_IMAGE_OPTIONS, title: 'T' }, 7);
    expect(framed.height).toBeGreaterThan(600);
    expect(framed.graphTop).toBeGreaterThan(0);
  });

  it('frames an SVG with escaped text that stays well-formed', () => {
    const svg = framedSvg('<?xml version="1.0"?><svg width="10" height="10"><circle r="1"/></svg>', 10, 10, { ...DEFAULT_IMAGE_OPTIONS, title: '<script>alert(1)</script> & co' }, {
      day: '2026-11-29',
      subject: 'world',
      kinds: ['membership', 'conflict'],
    });
    expect(svg).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; co');
    expect(svg).not.toContain('<script>');
    expect(svg).not.toContain('<?xml');
    expect(svg).toContain('As of 2026-11-29');
    expect(svg).toContain('Conflict');
  });
});
