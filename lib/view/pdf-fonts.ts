// The fonts a PDF export embeds: their files (served under /fonts/) and the family name the PDF's text uses.

/** DejaVu Sans covers Latin, Greek, Cyrillic, Arabic, Hebrew and more; the PDF's built-in Helvetica has Latin-1 only. */
export const PDF_FONT_FILES = { normal: 'DejaVuSans.ttf', bold: 'DejaVuSans-Bold.ttf' } as const;
export const PDF_FONT_ROUTE = '/fonts';
/** The family name under which the PDF (and the text measuring for it) knows the font. */
export const PDF_FONT_FAMILY = 'EntentePdfSans';

/**
 * The framed SVG with every text set in the PDF's font: font families replaced (attributes and style properties), and
 * weights above normal made "bold" (the PDF has a regular and a bold face; svg2pdf looks faces up by these names).
 */
export function svgForPdfFonts(svg: string): string {
  return svg
    .replace(/font-family="[^"]*"/g, `font-family="${PDF_FONT_FAMILY}"`)
    .replace(/font-family:[^;"]*/g, `font-family:${PDF_FONT_FAMILY}`)
    .replace(/font-weight="(\d+|bold|bolder)"/g, (_, w: string) => `font-weight="${/^\d+$/.test(w) && Number(w) < 550 ? 'normal' : 'bold'}"`)
    .replace(/font-weight:\s*(\d+|bold|bolder)/g, (_, w: string) => `font-weight:${/^\d+$/.test(w) && Number(w) < 550 ? 'normal' : 'bold'}`);
}
