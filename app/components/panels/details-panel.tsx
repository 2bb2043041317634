'use client';
// The details panel: the selected node's facts and its ties grouped by kind, each with status, dates and sources.
import { useMemo } from 'react';
import type { SearchEntry } from '@/lib/graph/search';
import { tiesOf, type TieSummary } from '@/lib/graph/ties-of';
import type { EntenteGraph, NodeAttributes } from '@/lib/graph/types';
import { formatCompact, formatPeriod, formatStatus, formatSubtype, formatWeight } from '@/lib/view/format';
import { TIE_STYLES } from '@/lib/view/tie-styles';
import { SearchBox } from '../controls/search-box';
import { BalanceFigures } from './balance-figures';
import { SourceList } from './source-list';

/** `graph` is what is shown (date and filters); `dayView` is the whole view of the date, to count what filters hide. */
type Props = {
  graph: EntenteGraph;
  dayView: EntenteGraph;
  selected: string | null;
  onSelect: (key: string) => void;
  /** The "Ties with…" picker: opens the pair view of the selected node and the one picked. */
  entries?: readonly SearchEntry[];
  onPair?: (key: string) => void;
};

export function DetailsPanel({ graph, dayView, selected, onSelect, entries, onPair }: Props) {
  const groups = useMemo(() => (selected ? tiesOf(graph, selected) : []), [graph, selected]);
  const node = selected && graph.hasNode(selected) ? graph.getNodeAttributes(selected) : null;

  return (
    <div className="details-body" data-testid="details">
      {!node || !selected ? (
        <Overview graph={graph} dayView={dayView} />
      ) : (
        <>
          <NodeHeader nodeKey={selected} node={node} />
          {entries && onPair && <SearchBox entries={entries.filter((e) => e.key !== selected)} onPick={onPair} label="Ties with…" />}
          {node.kind === 'state' && <BalanceFigures graph={graph} state={selected} />}
          {groups.length === 0 && <p className="muted">No ties shown on this date.</p>}
          {dayView.hasNode(selected) && dayView.degree(selected) > graph.degree(selected) && (
            <p className="muted" data-testid="hidden-ties">
              {dayView.degree(selected) - graph.degree(selected)} more ties on this date are hidden by the filters.
            </p>
          )}
          {groups.map((group) => (
            <section key={group.kind} className="tie-group" data-kind={group.kind}>
              <h3>
                <span className="swatch" style={{ background: TIE_STYLES[group.kind].color }} aria-hidden="true" />
                {TIE_STYLES[group.kind].label} <span className="muted">({group.ties.length})</span>
              </h3>
              <ul>
                {group.ties.map((tie) => (
                  <TieItem key={tie.key} tie={tie} onSelect={onSelect} />
                ))}
              </ul>
            </section>
          ))}
        </>
      )}
    </div>
  );
}

function Overview({ graph, dayView }: { graph: EntenteGraph; dayView: EntenteGraph }) {
  return (
    <div>
      <h2>Explore the ties between states</h2>
      <p>
        {graph.order} of {dayView.order} states and organizations and {graph.size} of {dayView.size} ties shown as of {graph.getAttribute('asOf')}.
        Click a node or search for a country to see its ties, each dated and sourced.
      </p>
      {graph.getAttribute('datasetAsOf') && <p className="muted">Data as of {graph.getAttribute('datasetAsOf')}.</p>}
    </div>
  );
}

function NodeHeader({ nodeKey, node }: { nodeKey: string; node: NodeAttributes }) {
  if (node.kind === 'state') {
    return (
      <header className="node-header">
        <h2>
          {node.name} <span className="code">{nodeKey}</span>
        </h2>
        <p className="muted">
          {node.subregion || node.region}
          {node.recognition === 'partial' && ' · partially recognized'}
          {node.recognition === 'un-observer' && ' · UN observer state'}
        </p>
        <StateFigures node={node} />
      </header>
    );
  }
  return (
    <header className="node-header">
      <h2>
        {node.label} <span className="code">{nodeKey}</span>
      </h2>
      <p>{node.name}</p>
      <p className="muted">
        {node.orgKind.replace(/-/g, ' ')} · founded {node.founded}
        {node.dissolved && ` · dissolved ${node.dissolved}`}
        {node.headquarters && ` · headquarters ${node.headquarters}`}
      </p>
      {node.formerNames.length > 1 && (
        <p className="muted">Names: {node.formerNames.map((n) => `${n.acronym} ${formatPeriod(n.start, n.end)}`).join('; ')}</p>
      )}
      <p>{node.description}</p>
      <SourceList sources={node.sources} />
    </header>
  );
}

function StateFigures({ node }: { node: Extract<NodeAttributes, { kind: 'state' }> }) {
  const years = node.indicatorYears;
  const figures = [
    node.population !== null && `population ${formatCompact(node.population)} (${years.population})`,
    node.gdp !== null && `GDP ${formatCompact(node.gdp, '$')} (${years.gdp})`,
    node.milexPctGdp !== null && `military spending ${node.milexPctGdp}% of GDP (${years.milexPctGdp})`,
    node.personnel !== null && node.personnel !== undefined && `about ${formatCompact(node.personnel)} active military personnel (${years.personnel})`,
  ].filter(Boolean);
  if (figures.length === 0) return null;
  return (
    <>
      <p className="figures">{figures.join(' · ')}</p>
      <SourceList sources={node.indicatorSources} />
    </>
  );
}

function TieItem({ tie, onSelect }: { tie: TieSummary; onSelect: (key: string) => void }) {
  const arrow = tie.direction === 'out' ? '→' : tie.direction === 'in' ? '←' : '↔';
  const weight = formatWeight(tie.weight);
  return (
    <li className="tie" data-tie={tie.key} data-other={tie.other}>
      <div className="tie-line">
        <span aria-hidden="true">{arrow}</span>{' '}
        <button type="button" className="link-button" onClick={() => onSelect(tie.other)}>
          {tie.otherLabel}
        </button>{' '}
        {formatSubtype(tie.subtype) && <span className="badge">{formatSubtype(tie.subtype)}</span>}{' '}
        <span className={`badge status status-${tie.status}`}>{formatStatus(tie.status, tie.intensity)}</span>{' '}
        <span className="muted">{formatPeriod(tie.start, tie.end)}</span>
        {weight && <span className="weight"> · {weight}</span>}
      </div>
      {tie.label && <p className="tie-label">{tie.label}</p>}
      {tie.periodNote && <p className="note">{tie.periodNote}</p>}
      {tie.note && <p className="note">{tie.note}</p>}
      {tie.periods.length > 1 && (
        <details>
          <summary>History ({tie.periods.length} periods)</summary>
          <ol className="history">
            {tie.periods.map((p) => (
              <li key={p.start}>
                {formatStatus(p.status, 'intensity' in p ? p.intensity : null)}: {formatPeriod(p.start, p.end)}
                {p.note && <span className="muted"> · {p.note}</span>}
              </li>
            ))}
          </ol>
        </details>
      )}
      <SourceList sources={tie.sources} />
    </li>
  );
}
