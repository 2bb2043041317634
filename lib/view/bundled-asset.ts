// The bundled dataset as one cacheable JSON asset (timeless graph + precomputed force positions), named by a content
// hash so that browsers keep it until the data changes; built once per server (at build time for the static route).
import { createHash } from 'node:crypto';
import type { Position } from 'cytoscape';
import { getBundledGraph } from '@/lib/graph/bundled';
import type { SerializedEntenteGraph } from '@/lib/graph/types';
import { FORCE_LAYOUT, LAYOUT_SEED } from './layout';
import { precomputeForcePositions } from './precomputed-layout';

export type BundledAsset = { graph: SerializedEntenteGraph; positions: Record<string, Position> };

/** Where the asset is served: /bundled/<file>. */
export const BUNDLED_ASSET_ROUTE = '/bundled';

let file: Promise<string> | undefined;
let body: Promise<string> | undefined;

/** The asset's file name, `<hash>.json`: a hash of the data and of the layout settings that place it. */
export function bundledAssetFile(): Promise<string> {
  file ??= getBundledGraph().then((graph) => {
    const hash = createHash('sha256').update(JSON.stringify(graph.export())).update(JSON.stringify({ LAYOUT_SEED, FORCE_LAYOUT }));
    return `${hash.digest('hex').slice(0, 16)}.json`;
  });
  return file;
}

export async function bundledAssetUrl(): Promise<string> {
  return `${BUNDLED_ASSET_ROUTE}/${await bundledAssetFile()}`;
}

/** The asset's JSON text. Laying out takes seconds, so it is computed once (at build time when served statically). */
export function bundledAssetBody(): Promise<string> {
  body ??= getBundledGraph().then((graph) => {
    const asset: BundledAsset = {
      graph: graph.export() as SerializedEntenteGraph,
      positions: precomputeForcePositions(graph, graph.getAttribute('datasetAsOf')),
    };
    return JSON.stringify(asset);
  });
  return body;
}
