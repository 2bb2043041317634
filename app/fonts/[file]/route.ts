// The Unicode font that PDF exports embed (DejaVu Sans, from the dejavu-fonts-ttf package: Latin, Greek, Cyrillic,
// Arabic and more, where the PDF's built-in Helvetica has Latin-1 only). Served from this site, fetched on PDF export.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { PDF_FONT_FILES } from '@/lib/view/pdf-fonts';

export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return Object.values(PDF_FONT_FILES).map((file) => ({ file }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  if (!Object.values(PDF_FONT_FILES).includes(file as never)) return new Response('Not found', { status: 404 });
  const bytes = await readFile(join(process.cwd(), 'node_modules', 'dejavu-fonts-ttf', 'ttf', file));
  return new Response(new Uint8Array(bytes), { headers: { 'content-type': 'font/ttf', 'cache-control': 'public, max-age=604800' } });
}
