'use client';
// The pair view: everything that ties two nodes, current and past, by kind, with the organizations both belong to.
import type { PairSummary, PairTie } from '@/lib/graph/pair';
import type { EntenteGraph } from '@/lib/graph/types';
import { formatPeriod, formatStatus, formatSubtype, formatWeight } from '@/lib/view/format';
import { TIE_STYLES } from '@/lib/view/tie-styles';
import { SourceList } from './source-list';

type Props = {
  /** Labels come from the timeless graph, so that a node absent on the date still has a name. */
  labels: EntenteGraph;
  pair: PairSummary;
  day: string;
  onFocus: (key: string) => void;
  onClose: () => void;
};

const WHEN_WORDS: Record<PairTie['when'], string> = { current: 'holds on this date', ended: 'ended', future: 'not yet in force' };

export function PairPanel({ labels, pair, day, onFocus, onClose }: Props) {
  const label = (key: string) => (labels.hasNode(key) ? labels.getNodeAttribute(key, 'label') : key);
  const a = label(pair.a);
  const b = label(pair.b);
  const count = pair.current + pair.past;
  return (
    <div className="pair-panel" data-testid="pair-panel" data-a={pair.a} data-b={pair.b}>
      <header className="node-header">
        <h2>
          {a} and {b}
        </h2>
        <p className="muted">
          {count === 0
            ? `No tie in the data links ${a} and ${b}.`
            : `${count} tie${count === 1 ? '' : 's'} in the data: ${pair.current} holding on ${day}, ${pair.past} ended or not yet in force.`}
        </p>
        <div className="row">
          <button type="button" onClick={() => onFocus(pair.b)}>
            Focus on {b}
          </button>
          <button type="button" onClick={onClose}>
            Back to {a}
          </button>
        </div>
      </header>
      {pair.groups.map((group) => (
        <section key={group.kind} className="tie-group" data-kind={group.kind}>
          <h3>
            <span className="swatch" style={{ background: TIE_STYLES[group.kind].color }} aria-hidden="true" />
            {TIE_STYLES[group.kind].label} <span className="muted">({group.ties.length})</span>
          </h3>
          <ul>
            {group.ties.map((tie) => (
              <PairTieItem key={tie.key} tie={tie} a={a} b={b} />
            ))}
          </ul>
        </section>
      ))}
      <section className="tie-group" data-testid="shared-organizations">
        <h3>Organizations both belong to on {day}</h3>
        {pair.shared.length === 0 ? (
          <p className="muted">None.</p>
        ) : (
          <ul className="shared-orgs">
            {pair.shared.map((org) => (
              <li key={org.key} data-org={org.key}>
                <button type="button" className="link-button" onClick={() => onFocus(org.key)}>
                  {org.label}
                </button>{' '}
                {(org.statusA !== 'member' || org.statusB !== 'member') && (
                  <span className="muted">
                    ({a} {formatStatus(org.statusA)}, {b} {formatStatus(org.statusB)})
                  </span>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>
      {!pair.tiedDirectly && (
        <section className="tie-group" data-testid="friendly-path">
          <h3>Shortest friendly path</h3>
          {pair.friendlyPath ? (
            <ol className="hops">
              {pair.friendlyPath.map((hop) => (
                <li key={hop.edgeKey}>
                  {label(hop.from)} {hop.direction === 'backward' ? '←' : hop.direction === 'forward' ? '→' : '↔'} {label(hop.to)}{' '}
                  <span className="badge">{formatSubtype(hop.subtype) ?? TIE_STYLES[hop.kind].label}</span> <span className="muted">{formatStatus(hop.status)}</span>
                </li>
              ))}
            </ol>
          ) : (
            <p className="muted">No chain of friendly ties shown links them (conflicts and invasions do not count).</p>
          )}
        </section>
      )}
    </div>
  );
}

function PairTieItem({ tie, a, b }: { tie: PairTie; a: string; b: string }) {
  const direction = tie.direction === 'a-to-b' ? `${a} → ${b}` : tie.direction === 'b-to-a' ? `${b} → ${a}` : `${a} ↔ ${b}`;
  const weight = formatWeight(tie.weight);
  return (
    <li className={`tie tie-${tie.when}`} data-tie={tie.key} data-when={tie.when}>
      <div className="tie-line">
        <span>{direction}</span> {formatSubtype(tie.subtype) && <span className="badge">{formatSubtype(tie.subtype)}</span>}{' '}
        <span className={`badge status status-${tie.status}`}>{formatStatus(tie.status, tie.intensity)}</span>{' '}
        <span className="muted">
          {formatPeriod(tie.start, tie.end)} · {WHEN_WORDS[tie.when]}
        </span>
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
