// Finds nodes by name, ISO code, acronym or any other name they go by (former, short, common), including nodes that
// do not exist on the chosen date: exact matches first, then prefixes, then substrings; nodes of the date first.
import { lifespanLabel } from './lifespan';
import type { EntenteGraph } from './types';

export type SearchEntry = {
  key: string;
  label: string;
  name: string;
  iso2: string | null;
  kind: 'state' | 'organization';
  /** Other names: aliases, the official name, an organization's former names and acronyms. */
  aliases?: readonly string[];
  /** False for a node that did not exist on the view's date. */
  onDate?: boolean;
  /** When the node existed ("1922–1991"), for nodes absent on the date. */
  lifespan?: string | null;
};

/** Lower case without diacritics or typographic apostrophes: "Türkiye" and "turkiye", "Côte d’Ivoire" and "cote d'ivoire" meet. */
export function normalizeName(value: string): string {
  return value
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’‘`]/g, "'")
    .toLowerCase()
    .trim();
}

/**
 * Search entries for every node of `graph` (the timeless graph), labelled as on `view`'s date where the node exists
 * then. Without `view`, every node counts as on the date.
 */
export function searchEntries(graph: EntenteGraph, view?: EntenteGraph): SearchEntry[] {
  return graph
    .mapNodes((key, timeless): SearchEntry => {
      const onDate = !view || view.hasNode(key);
      const a = onDate && view ? view.getNodeAttributes(key) : timeless;
      const own = Array.isArray(a.aliases) ? a.aliases : [];
      const extra = a.kind === 'state' ? [a.officialName] : Array.isArray(a.formerNames) ? a.formerNames.flatMap((n) => [n.acronym, n.name]) : [];
      const aliases = [...new Set([...own, ...extra].filter((n) => typeof n === 'string' && n && n !== a.label && n !== a.name))];
      return {
        key,
        label: a.label,
        name: a.name,
        iso2: a.kind === 'state' && a.iso2 ? a.iso2 : null,
        kind: a.kind,
        aliases,
        onDate,
        lifespan: onDate ? null : lifespanLabel(a),
      };
    })
    .sort((x, y) => x.label.localeCompare(y.label));
}

const words = (name: string) => name.split(/[\s\-(),/]+/).filter(Boolean);

/**
 * Lower rank = better: 0 an exact code, label, name or alias; 1 a label or name prefix; 2 an alias prefix; 3 a word
 * prefix; 4 a substring; undefined = no match.
 */
function rank(entry: SearchEntry, q: string): number | undefined {
  const codes = [entry.key, entry.iso2 ?? ''].map(normalizeName);
  const names = [entry.label, entry.name].map(normalizeName);
  const aliases = (entry.aliases ?? []).map(normalizeName);
  if (codes.includes(q) || names.includes(q) || aliases.includes(q)) return 0;
  if (names.some((n) => n.startsWith(q))) return 1;
  if (aliases.some((n) => n.startsWith(q))) return 2;
  if ([...names, ...aliases].some((n) => words(n).some((word) => word.startsWith(q)))) return 3;
  if ([...names, ...aliases].some((n) => n.includes(q))) return 4;
  return undefined;
}

export function searchNodes(entries: readonly SearchEntry[], query: string, limit = 8): SearchEntry[] {
  const q = normalizeName(query);
  if (!q) return [];
  return entries
    .map((entry) => ({ entry, rank: rank(entry, q) }))
    .filter((x): x is { entry: SearchEntry; rank: number } => x.rank !== undefined)
    .sort((a, b) => a.rank - b.rank || Number(b.entry.onDate !== false) - Number(a.entry.onDate !== false) || a.entry.label.localeCompare(b.entry.label))
    .slice(0, limit)
    .map((x) => x.entry);
}
