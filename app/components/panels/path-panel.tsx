'use client';
// The path tool: the shortest chain of ties between two nodes over the ties shown, hop by hop.
import type { Hop } from '@/lib/analysis/paths';
import type { EntenteGraph } from '@/lib/graph/types';
import type { SearchEntry } from '@/lib/graph/search';
import { formatStatus, formatSubtype } from '@/lib/view/format';
import { TIE_STYLES } from '@/lib/view/tie-styles';
import { SearchBox } from '../controls/search-box';

type Props = {
  graph: EntenteGraph;
  entries: readonly SearchEntry[];
  from: string | null;
  to: string | null;
  path: Hop[] | null;
  onChange: (from: string | null, to: string | null) => void;
  onSelect: (key: string) => void;
};

export function PathPanel({ graph, entries, from, to, path, onChange, onSelect }: Props) {
  const label = (key: string | null) => (key && graph.hasNode(key) ? graph.getNodeAttribute(key, 'label') : key);
  return (
    <div className="path-panel" data-testid="path-panel">
      <h2>Path between two nodes</h2>
      <p className="small muted">The shortest chain of ties shown on the graph (the filters choose which ties count).</p>
      <SearchBox entries={entries} onPick={(key) => onChange(key, to)} label="From" initial={label(from) ?? ''} />
      <SearchBox entries={entries} onPick={(key) => onChange(from, key)} label="To" initial={label(to) ?? ''} />
      {from && to && (
        <div role="status" data-testid="path-result">
          {path === null ? (
            <p>No chain of shown ties links {label(from)} and {label(to)}.</p>
          ) : (
            <>
              <p>
                {label(from)} → {label(to)}: {path.length} step{path.length === 1 ? '' : 's'}
              </p>
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
                    <span className="badge" style={{ borderLeft: `4px solid ${TIE_STYLES[hop.kind].color}` }}>
                      {formatSubtype(hop.subtype) ?? TIE_STYLES[hop.kind].label}
                    </span>{' '}
                    <span className="muted">{formatStatus(hop.status)}</span>
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
