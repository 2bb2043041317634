// Words for an exported image: the publishers its ties cite (for the credit line) and the view's filters in plain
// words (for the caption block).
import { TIE_KINDS } from '@/lib/data/schema';
import { DEFAULT_FILTERS, type Filters } from '@/lib/graph/filter';
import type { EntenteGraph } from '@/lib/graph/types';
import { formatStatus } from './format';
import { TIE_STYLES } from './tie-styles';

/** Publishers cited by the given ties (tie and period sources), most cited first, each once. */
export function publishersOf(graph: EntenteGraph, edgeKeys: Iterable<string>): string[] {
  const counts = new Map<string, number>();
  for (const key of edgeKeys) {
    if (!graph.hasEdge(key)) continue;
    const a = graph.getEdgeAttributes(key);
    const names = new Set([...(a.sources ?? []), ...(a.periodSources ?? [])].map((s) => s.publisher.trim()).filter(Boolean));
    for (const name of names) counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  return [...counts].sort(([a, x], [b, y]) => y - x || a.localeCompare(b)).map(([name]) => name);
}

const SUBTYPE_WORDS = new Map([
  ['trade-import', 'trade'],
  ['trade-export', 'trade'],
]);
const sentenceList = (items: readonly string[]) => (items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`);
const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** "Trade ties hidden", "Conflict ties hidden", "Only members of CSTO", …: every filter that hides something. */
export function filtersInWords(f: Filters, labelOf: (key: string) => string = (k) => k): string[] {
  const words: string[] = [];
  const hiddenKinds = TIE_KINDS.filter((k) => !f.tieKinds.includes(k));
  if (hiddenKinds.length > 0) words.push(`${capitalise(sentenceList(hiddenKinds.map((k) => TIE_STYLES[k].label.split(' ')[0]!.toLowerCase())))} ties hidden`);
  const subtypes = [...new Set(f.hiddenSubtypes.map((s) => SUBTYPE_WORDS.get(s) ?? s.replace(/-/g, ' ')))];
  if (subtypes.length > 0) words.push(`${capitalise(sentenceList(subtypes))} ties hidden`);
  if (!f.nodeKinds.includes('organization')) words.push('Organizations hidden');
  if (!f.nodeKinds.includes('state')) words.push('States hidden');
  if (f.regions.length > 0) words.push(`Only ${sentenceList(f.regions)}`);
  if (f.subregions.length > 0) words.push(`Only ${sentenceList(f.subregions)}`);
  if (f.orgs.length > 0) words.push(`Only ${sentenceList(f.orgs.map(labelOf))} and ${f.orgs.length === 1 ? 'its' : 'their'} members`);
  if (f.conflictIntensity === 'war') words.push('Only conflicts at war intensity');
  if (f.conflictStatuses.length > 0) words.push(`Only ${sentenceList(f.conflictStatuses)} conflicts`);
  if (f.allianceStatuses.length > 0) words.push(`Only alliances ${sentenceList(f.allianceStatuses.map((s) => formatStatus(s)))}`);
  if (f.minWeight > DEFAULT_FILTERS.minWeight) words.push(`Dependencies below ${f.minWeight} hidden`);
  if (f.membership === 'members') words.push('Observers, partners and former members hidden');
  if (f.membership === 'associates') words.push('Former members hidden');
  if (f.hideIsolated) words.push('States without ties hidden');
  if (f.attribute) words.push(`Only nodes whose ${f.attribute.name} is ${sentenceList(f.attribute.values)}`);
  return words;
}
