// Keeps the user's imported graph in the browser (IndexedDB via idb-keyval) so that it survives a reload; what is read
// back is checked like a file before the explorer sees it.
import { del, get, set } from 'idb-keyval';
import { checkStoredGraph, type StoredGraph } from '@/lib/import/stored-graph';

export type { StoredGraph } from '@/lib/import/stored-graph';

/** A saved graph that could not be opened: what was wrong, and the saved value as it is (to download). */
export type SavedGraphProblem = { name: string | null; problems: string[]; raw: unknown };

export type LoadedGraph = { status: 'none' } | { status: 'ok'; stored: StoredGraph } | ({ status: 'invalid' } & SavedGraphProblem);

const KEY = 'entente:imported-graph';

export async function loadImported(): Promise<LoadedGraph> {
  let raw: unknown;
  try {
    raw = await get<unknown>(KEY);
  } catch {
    return { status: 'none' }; // private browsing or storage disabled: start from the bundled dataset
  }
  if (raw === undefined) return { status: 'none' };
  try {
    const check = checkStoredGraph(raw);
    return check.ok ? { status: 'ok', stored: check.stored } : { status: 'invalid', name: check.name, problems: check.problems, raw };
  } catch (error) {
    return { status: 'invalid', name: null, problems: [`it could not be checked: ${(error as Error).message}`], raw };
  }
}

export async function saveImported(stored: StoredGraph): Promise<void> {
  await set(KEY, stored);
}

export async function clearImported(): Promise<void> {
  await del(KEY);
}

/** The saved value as a JSON file to download, whatever it holds. */
export function savedCopyFile(problem: SavedGraphProblem): { name: string; blob: Blob } {
  let text: string;
  try {
    text = JSON.stringify(problem.raw, null, 1) ?? String(problem.raw);
  } catch {
    text = String(problem.raw);
  }
  const base = (problem.name ?? 'saved-graph').replace(/\.[a-z0-9]+$/i, '').replace(/[^\w.-]+/g, '-') || 'saved-graph';
  return { name: `${base}.saved.json`, blob: new Blob([text], { type: 'application/json' }) };
}
