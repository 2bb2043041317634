'use client';
// The details panel: the selected node's facts and its ties grouped by kind, each with status, dates and sources.
import { useMemo } from 'react';
import { edgeHolds } from '@/lib/graph/holds';
import { MEMBERSHIP_GROUPS, MEMBERSHIP_GROUP_NAMES } from '@/lib/graph/membership';
import type { SearchEntry } from '@/lib/graph/search';
import { tiesOf, type TieGroup, type TieSummary } from '@/lib/graph/ties-of';
import { ownKindOf } from '@/lib/graph/own-kinds';
import type { EntenteGraph, NodeAttributes } from '@/lib/graph/types';
import { formatCompact, formatPeriod } from '@/lib/view/format';
import { isPlainGraph, nodeKindWord } from '@/lib/view/kind-words';
import { PLAIN_EDGE_STYLE, TIE_STYLES } from '@/lib/view/tie-styles';
import { SearchBox } from '../controls/search-box';
import { BalanceFigures } from './balance-figures';
import { SourceList } from './source-list';
import { TieRow } from './tie-row';

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
  const plain = isPlainGraph(graph);

  return (
    <div className="details-body" data-testid="details">
      {!node || !selected ? (
        <Overview graph={graph} dayView={dayView} plain={plain} />
      ) : (
        <>
          {plain ? <PlainNodeHeader nodeKey={selected} node={node} /> : <NodeHeader nodeKey={selected} node={node} />}
          {entries && onPair && <SearchBox entries={entries.filter((e) => e.key !== selected)} onPick={onPair} label="Ties with…" />}
          {node.kind === 'state' && !plain && <BalanceFigures graph={graph} state={selected} />}
          {groups.length === 0 && <p className="muted">No ties shown on this date.</p>}
          <HiddenTies graph={graph} dayView={dayView} node={selected} />
          {groups.map((group) => (
            <section key={group.kind} className="tie-group" data-kind={group.kind}>
              <h3>
                <span className="swatch" style={{ background: plain ? PLAIN_EDGE_STYLE.color : TIE_STYLES[group.kind].color }} aria-hidden="true" />
                {plain ? 'Edges' : TIE_STYLES[group.kind].label} <span className="muted">({group.ties.length})</span>
              </h3>
              {group.kind === 'membership' && node.kind === 'organization' ? (
                <MembershipGroups group={group} onSelect={onSelect} />
              ) : (
                <ul>
                  {group.ties.map((tie) => (
                    <TieItem
                      key={tie.key}
                      tie={tie}
                      onSelect={onSelect}
                      plain={plain}
                      ownKind={plain && graph.hasEdge(tie.key) ? ownKindOf(graph.getEdgeAttributes(tie.key), 'edge') : null}
                    />
                  ))}
                </ul>
              )}
            </section>
          ))}
        </>
      )}
    </div>
  );
}

/** How many of the node's ties on this date the filters hide, and how many are hidden because they have ended. */
function HiddenTies({ graph, dayView, node }: { graph: EntenteGraph; dayView: EntenteGraph; node: string }) {
  if (!dayView.hasNode(node)) return null;
  let ended = 0;
  let filtered = 0;
  dayView.forEachEdge(node, (key, a) => {
    if (graph.hasEdge(key)) return;
    if (edgeHolds(a)) filtered++;
    else ended++;
  });
  if (ended + filtered === 0) return null;
  return (
    <p className="muted" data-testid="hidden-ties">
      {filtered > 0 && `${filtered} more ties on this date are hidden by the filters. `}
      {ended > 0 && `${ended} ended ${ended === 1 ? 'tie is' : 'ties are'} hidden (“Show ended ties” in Filters).`}
    </p>
  );
}

function Overview({ graph, dayView, plain }: { graph: EntenteGraph; dayView: EntenteGraph; plain: boolean }) {
  if (plain) {
    return (
      <div>
        <h2>{graph.getAttribute('title') || 'Your graph'}</h2>
        <p data-testid="overview-counts">
          {graph.order === dayView.order ? `${graph.order} nodes` : `${graph.order} of ${dayView.order} nodes`} and{' '}
          {graph.size === dayView.size ? `${graph.size} edges` : `${graph.size} of ${dayView.size} edges`} shown. Click a node or search for one to see its
          edges and attributes.
        </p>
      </div>
    );
  }
  return (
    <div>
      <h2>Explore the ties between states</h2>
      <p>
        {graph.order} of {dayView.order} states and organizations and {graph.size} of {dayView.size} ties shown as of {graph.getAttribute('asOf')}. Click a node
        or search for a country to see its ties, each dated and sourced.
      </p>
      {graph.getAttribute('datasetAsOf') && <p className="muted">Data as of {graph.getAttribute('datasetAsOf')}.</p>}
    </div>
  );
}

/** A node of a plain imported graph: its label, key, the file's kind and its own attributes. */
function PlainNodeHeader({ nodeKey, node }: { nodeKey: string; node: NodeAttributes }) {
  const own = Object.entries(node as Record<string, unknown>).filter(
    ([name, value]) => !PLAIN_HIDDEN_ATTRIBUTES.has(name) && (typeof value === 'string' || typeof value === 'number') && value !== '',
  );
  return (
    <header className="node-header">
      <h2>
        {node.label} <span className="code">{nodeKey}</span>
      </h2>
      <p className="muted">{nodeKindWord(node, true)}</p>
      {own.length > 0 && (
        <dl className="attributes">
          {own.slice(0, 20).map(([name, value]) => (
            <div key={name}>
              <dt>{name}</dt> <dd>{String(value)}</dd>
            </div>
          ))}
        </dl>
      )}
    </header>
  );
}

/** Attributes Entente gives every imported node (or reads for itself), not the file's own. */
const PLAIN_HIDDEN_ATTRIBUTES = new Set([
  'kind',
  'label',
  'name',
  'officialName',
  'iso2',
  'region',
  'subregion',
  'flag',
  'lat',
  'lng',
  'recognition',
  'originalKind',
  'x',
  'y',
]);

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
      {node.formerNames.length > 1 && <p className="muted">Names: {node.formerNames.map((n) => `${n.acronym} ${formatPeriod(n.start, n.end)}`).join('; ')}</p>}
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

/** An organization's memberships in the four groups every panel uses (members, strained, associates, former), each counted. */
function MembershipGroups({ group, onSelect }: { group: TieGroup; onSelect: (key: string) => void }) {
  return (
    <>
      {MEMBERSHIP_GROUP_NAMES.map((name) => {
        const ties = group.ties.filter((t) => t.group === name).sort((x, y) => x.otherLabel.localeCompare(y.otherLabel));
        if (ties.length === 0) return null;
        return (
          <div key={name} className="membership-group" data-testid={`membership-group-${name}`} data-count={ties.length}>
            <h4>
              {MEMBERSHIP_GROUPS[name].label} <span className="muted">({ties.length})</span>
            </h4>
            <ul>
              {ties.map((tie) => (
                <TieItem key={tie.key} tie={tie} onSelect={onSelect} />
              ))}
            </ul>
          </div>
        );
      })}
      {group.ties.some((t) => t.group === null) && (
        <div className="membership-group" data-testid="membership-group-ended-association">
          <h4>
            Ended partnerships and observer status <span className="muted">(not former members)</span>
          </h4>
          <ul>
            {group.ties
              .filter((t) => t.group === null)
              .map((tie) => (
                <TieItem key={tie.key} tie={tie} onSelect={onSelect} />
              ))}
          </ul>
        </div>
      )}
    </>
  );
}

/** `ownKind`: an imported edge's own kind (its relation, type …), named in the row. */
function TieItem({
  tie,
  onSelect,
  plain = false,
  ownKind = null,
}: {
  tie: TieSummary;
  onSelect: (key: string) => void;
  plain?: boolean;
  ownKind?: string | null;
}) {
  const arrow = tie.direction === 'out' ? '→' : tie.direction === 'in' ? '←' : '↔';
  const ends = (
    <>
      <span aria-hidden="true">{arrow}</span>{' '}
      <button type="button" className="link-button" onClick={() => onSelect(tie.other)}>
        {tie.otherLabel}
      </button>
      {ownKind && <span className="badge">{ownKind}</span>}
    </>
  );
  const when = tie.endedOn ? (
    <span className="badge status status-ended">ended {tie.endedOn}</span>
  ) : (
    !plain && !tie.undated && <span className="muted">{formatPeriod(tie.start, tie.end)}</span>
  );
  return (
    <TieRow
      tie={tie}
      ends={ends}
      when={when}
      showStatus={!plain}
      className={tie.endedOn ? 'tie ended' : 'tie'}
      data={{ 'data-other': tie.other, 'data-ended': tie.endedOn ?? undefined }}
    />
  );
}
