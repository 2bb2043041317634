'use client';
// The path tool: every shortest chain of ties between two nodes over the ties shown (up to ten), hop by hop, each hop
// saying what tie it is; optionally only friendly ties.
import type { Hop, ShortestPaths } from '@/lib/analysis/paths';
import type { EntenteGraph } from '@/lib/graph/types';
import type { SearchEntry } from '@/lib/graph/search';
import { formatStatus, formatSubtype } from '@/lib/view/format';
import { edgeKindWord, isPlainGraph } from '@/lib/view/kind-words';
import { PLAIN_EDGE_STYLE, TIE_STYLES } from '@/lib/view/tie-styles';
import { SearchBox } from '../controls/search-box';

type Props = {
  graph: EntenteGraph;
  entries: readonly SearchEntry[];
  from: string | null;
  to: string | null;
  paths: ShortestPaths | null;
  friendly: boolean;
  onFriendly: (friendly: boolean) => void;
  onChange: (from: string | null, to: string | null) => void;
  onSelect: (key: string) => void;
};

/** What a hop is, in words: "member", "defence treaty (in force)", "war (active)". */
function hopWords(hop: Hop): string {
  const what = hop.kind === 'membership' ? 'membership' : (formatSubtype(hop.subtype) ?? TIE_STYLES[hop.kind].label.toLowerCase());
  return `${what}, ${formatStatus(hop.status)}`;
}

export function PathPanel({ graph, entries, from, to, paths, friendly, onFriendly, onChange, onSelect }: Props) {
  const label = (key: string | null) => (key && graph.hasNode(key) ? graph.getNodeAttribute(key, 'label') : key);
  const steps = paths?.paths[0]?.length ?? 0;
  // An imported graph's edges are named by the file's own kind ("owns"), not by Entente's tie kinds.
  const plain = isPlainGraph(graph);
  const words = (hop: Hop) => (plain ? (graph.hasEdge(hop.edgeKey) ? edgeKindWord(graph.getEdgeAttributes(hop.edgeKey), true) : 'edge') : hopWords(hop));
  return (
    <div className="path-panel" data-testid="path-panel">
      <h2>Paths between two nodes</h2>
      <p className="small muted">Every shortest chain of ties shown on the graph (the filters choose which ties count), up to ten.</p>
      <SearchBox entries={entries} onPick={(key) => onChange(key, to)} label="From" initial={label(from) ?? ''} />
      <SearchBox entries={entries} onPick={(key) => onChange(from, key)} label="To" initial={label(to) ?? ''} />
      <label className="check">
        <input type="checkbox" checked={friendly} onChange={(e) => onFriendly(e.target.checked)} /> Friendly ties only (no conflicts, no invasions)
      </label>
      {from && to && (
        <div role="status" data-testid="path-result" data-paths={paths?.paths.length ?? 0}>
          {paths === null ? (
            <p>
              No chain of {friendly ? 'friendly ' : ''}shown ties links {label(from)} and {label(to)}.
            </p>
          ) : (
            <>
              <p>
                {label(from)} → {label(to)}: {paths.total} shortest path{paths.total === 1 ? '' : 's'} of {steps} step{steps === 1 ? '' : 's'}
                {paths.total > paths.paths.length && ` (the first ${paths.paths.length} listed)`}
              </p>
              <ol className="path-list">
                {paths.paths.map((path) => (
                  <li
                    key={path.map((h) => h.edgeKey).join(' ')}
                    data-via={path
                      .slice(0, -1)
                      .map((h) => h.to)
                      .join(',')}
                  >
                    <ol className="hops">
                      {path.map((hop) => (
                        <li key={hop.edgeKey} data-tie={hop.edgeKey}>
                          <button type="button" className="link-button" onClick={() => onSelect(hop.from)}>
                            {label(hop.from)}
                          </button>{' '}
                          {hop.direction === 'backward' ? '←' : hop.direction === 'forward' ? '→' : '↔'}{' '}
                          <button type="button" className="link-button" onClick={() => onSelect(hop.to)}>
                            {label(hop.to)}
                          </button>{' '}
                          <span className="badge" style={{ borderLeft: `4px solid ${plain ? PLAIN_EDGE_STYLE.color : TIE_STYLES[hop.kind].color}` }}>
                            {words(hop)}
                          </span>
                          {hop.label && <span className="muted small"> · {hop.label}</span>}
                        </li>
                      ))}
                    </ol>
                  </li>
                ))}
              </ol>
            </>
          )}
        </div>
      )}
      {(from || to) && (
        <button type="button" onClick={() => onChange(null, null)}>
          Clear path
        </button>
      )}
    </div>
  );
}
