// Checks a graph kept in the browser exactly as a file is checked: a saved copy that cannot be opened yields messages
// saying what is wrong, never a graph that would crash the explorer.
import { importJson } from '@/lib/formats';
import type { SerializedEntenteGraph } from '@/lib/graph/types';

/** What is kept in the browser: the graph, its name, when it was saved, and how long it took to open last time. */
export type StoredGraph = { name: string; savedAt: string; graph: SerializedEntenteGraph; openMs?: number };

export type StoredGraphCheck = { ok: true; stored: StoredGraph } | { ok: false; name: string | null; problems: string[] };

const MAX_PROBLEMS = 5;

const isObject = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value);

function describe(value: unknown): string {
  if (value === null) return 'empty (null)';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return `the text "${value.length > 40 ? `${value.slice(0, 40)}…` : value}"`;
  return `a ${typeof value}`;
}

/** The saved value, checked: its name and date, then its graph through the JSON importer (ids, ends, periods, limits). */
export function checkStoredGraph(value: unknown): StoredGraphCheck {
  if (!isObject(value)) return { ok: false, name: null, problems: [`the saved value is ${describe(value)}, not a saved graph`] };
  const name = typeof value.name === 'string' && value.name.trim() !== '' ? value.name : null;
  const problems: string[] = [];
  if (name === null) problems.push('it has no name');
  if (typeof value.savedAt !== 'string' || Number.isNaN(Date.parse(value.savedAt))) problems.push('it has no date of saving');
  if (!isObject(value.graph)) problems.push(value.graph === undefined ? 'it holds no graph' : `its graph is ${describe(value.graph)}`);
  if (problems.length > 0) return { ok: false, name, problems };
  let text: string;
  try {
    text = JSON.stringify(value.graph);
  } catch (error) {
    return { ok: false, name, problems: [`its graph cannot be read: ${(error as Error).message}`] };
  }
  const result = importJson(text);
  if (!result.ok) {
    const shown = result.errors.slice(0, MAX_PROBLEMS).map((e) => `${e.where.replace(/^\$/, 'graph')}: ${e.message}`);
    if (result.errors.length > MAX_PROBLEMS) shown.push(`… and ${result.errors.length - MAX_PROBLEMS} more`);
    return { ok: false, name, problems: shown };
  }
  const openMs = typeof value.openMs === 'number' && Number.isFinite(value.openMs) ? value.openMs : undefined;
  return { ok: true, stored: { name: name!, savedAt: value.savedAt as string, graph: result.graph.export(), ...(openMs === undefined ? {} : { openMs }) } };
}
