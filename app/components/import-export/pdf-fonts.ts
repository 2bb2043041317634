// The Unicode font a PDF export embeds (lib/view/pdf-fonts): fetched from this site on the first PDF export only, made
// known to the page (to measure text for the PDF's layout) and to each jsPDF document (which subsets it).
import type { jsPDF } from 'jspdf';
import { PDF_FONT_FAMILY, PDF_FONT_FILES, PDF_FONT_ROUTE } from '@/lib/view/pdf-fonts';

type Faces = { normal: string; bold: string };

let loading: Promise<Faces> | undefined;

async function fetchFont(file: string): Promise<ArrayBuffer> {
  const response = await fetch(`${PDF_FONT_ROUTE}/${file}`);
  if (!response.ok) throw new Error(`the PDF font ${file} could not be loaded (${response.status} ${response.statusText})`);
  return response.arrayBuffer();
}

function toBase64(bytes: ArrayBuffer): string {
  const view = new Uint8Array(bytes);
  let text = '';
  for (let i = 0; i < view.length; i += 0x8000) text += String.fromCharCode(...view.subarray(i, i + 0x8000));
  return btoa(text);
}

/** Loads the regular and bold faces once per page; after it, canvas text in PDF_FONT_FAMILY measures as the PDF draws. */
export function loadPdfFonts(): Promise<Faces> {
  loading ??= (async () => {
    const [normal, bold] = await Promise.all([fetchFont(PDF_FONT_FILES.normal), fetchFont(PDF_FONT_FILES.bold)]);
    const faces = [new FontFace(PDF_FONT_FAMILY, normal.slice(0), { weight: '400' }), new FontFace(PDF_FONT_FAMILY, bold.slice(0), { weight: '700' })];
    for (const face of faces) document.fonts.add(await face.load());
    return { normal: toBase64(normal), bold: toBase64(bold) };
  })();
  loading.catch(() => (loading = undefined)); // a failed load may be tried again
  return loading;
}

/** Registers both faces with a jsPDF document under PDF_FONT_FAMILY. */
export function addPdfFonts(doc: jsPDF, faces: Faces): void {
  doc.addFileToVFS(PDF_FONT_FILES.normal, faces.normal);
  doc.addFont(PDF_FONT_FILES.normal, PDF_FONT_FAMILY, 'normal');
  doc.addFileToVFS(PDF_FONT_FILES.bold, faces.bold);
  doc.addFont(PDF_FONT_FILES.bold, PDF_FONT_FAMILY, 'bold');
  doc.setFont(PDF_FONT_FAMILY, 'normal');
}
