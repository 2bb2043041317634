// Finds nodes by name, ISO code or acronym for the search box: best matches first.
import type { EntenteGraph } from './types';

export type SearchEntry = { key: string; label: string; name: string; iso2: string | null; kind: 'state' | 'organization' };

export function searchEntries(graph: EntenteGraph): SearchEntry[] {
  return graph
    .mapNodes((key, a) => ({
      key,
      label: a.label,
      name: a.name,
      iso2: a.kind === 'state' ? a.iso2 : null,
      kind: a.kind,
    }))
    .sort((x, y) => x.label.localeCompare(y.label));
}

/** Lower rank = better: exact code, then name prefix, then word prefix, then substring; undefined = no match. */
function rank(entry: SearchEntry, query: string): number | undefined {
  const q = query.toLowerCase();
  const codes = [entry.key, entry.iso2 ?? ''].map((c) => c.toLowerCase());
  if (codes.includes(q)) return 0;
  const names = [entry.label, entry.name].map((n) => n.toLowerCase());
  if (names.some((n) => n.startsWith(q))) return 1;
  if (names.some((n) => n.split(/[\s\-(),]+/).some((word) => word.startsWith(q)))) return 2;
  if (names.some((n) => n.includes(q))) return 3;
  return undefined;
}

export function searchNodes(entries: readonly SearchEntry[], query: string, limit = 8): SearchEntry[] {
  const q = query.trim();
  if (!q) return [];
  return entries
    .map((entry) => ({ entry, rank: rank(entry, q) }))
    .filter((x): x is { entry: SearchEntry; rank: number } => x.rank !== undefined)
    .sort((a, b) => a.rank - b.rank || a.entry.label.localeCompare(b.entry.label))
    .slice(0, limit)
    .map((x) => x.entry);
}
