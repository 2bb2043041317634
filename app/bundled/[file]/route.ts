// The bundled dataset as a static, immutable JSON asset (see lib/view/bundled-asset.ts); the explorer fetches it.
import { bundledAssetBody, bundledAssetFile } from '@/lib/view/bundled-asset';

export const dynamic = 'force-static';
export const dynamicParams = false;

export async function generateStaticParams() {
  return [{ file: await bundledAssetFile() }];
}

export async function GET() {
  return new Response(await bundledAssetBody(), {
    headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'public, max-age=31536000, immutable' },
  });
}
