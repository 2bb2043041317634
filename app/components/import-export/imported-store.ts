// Keeps the user's imported graph in the browser (IndexedDB via idb-keyval) so that it survives a reload.
import { del, get, set } from 'idb-keyval';
import type { SerializedEntenteGraph } from '@/lib/graph/types';

export type StoredGraph = { name: string; savedAt: string; graph: SerializedEntenteGraph };

const KEY = 'entente:imported-graph';

export async function loadImported(): Promise<StoredGraph | undefined> {
  try {
    return await get<StoredGraph>(KEY);
  } catch {
    return undefined; // private browsing or storage disabled: start from the bundled dataset
  }
}

export async function saveImported(stored: StoredGraph): Promise<void> {
  await set(KEY, stored);
}

export async function clearImported(): Promise<void> {
  await del(KEY);
}
