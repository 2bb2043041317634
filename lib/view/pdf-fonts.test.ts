import { describe, expect, it } from 'vitest';
import { PDF_FONT_FAMILY, svgForPdfFonts } from './pdf-fonts';

describe('svgForPdfFonts', () => {
  it('sets every text in the PDF font, weights above normal in its bold face', () => {
    const svg = `<svg font-family="system-ui, sans-serif"><text font-family="system-ui, -apple-system, 'Segoe UI'" font-weight="600">Türkiye</text><text font-weight="normal" style="font-family: Arial; font-weight: 700">Россия</text><text font-weight="400">a</text></svg>`;
    const out = svgForPdfFonts(svg);
    expect(out).not.toMatch(/system-ui|Arial/);
    expect(out.match(new RegExp(PDF_FONT_FAMILY, 'g'))).toHaveLength(3);
    expect(out).toContain('font-weight="bold">Türkiye');
    expect(out).toContain('font-weight="normal" style');
    expect(out).toContain('font-weight:bold');
    expect(out).toContain('font-weight="normal">a');
  });
});
