'use client';
// The pair view: everything that ties two nodes, current and past, by kind, with the organizations both belong to.
import type { PairSummary, PairTie } from '@/lib/graph/pair';
import type { EntenteGraph } from '@/lib/graph/types';
import { formatPeriod, formatStatus, formatSubtype } from '@/lib/view/format';
import { edgesWord, isPlainGraph } from '@/lib/view/kind-words';
import { PLAIN_EDGE_STYLE, TIE_STYLES } from '@/lib/view/tie-styles';
import { TieRow } from './tie-row';

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
  // An imported graph without Entente's kinds: its edges, no dates, no organizations.
  const plain = isPlainGraph(labels);
  const tieWord = (n: number) => (plain ? (n === 1 ? 'edge' : 'edges') : n === 1 ? 'tie' : 'ties');
  return (
    <div className="pair-panel" data-testid="pair-panel" data-a={pair.a} data-b={pair.b}>
      <header className="node-header">
        <h2>
          {a} and {b}
        </h2>
        <p className="muted">
          {count === 0
            ? `No ${tieWord(1)} in the data links ${a} and ${b}.`
            : plain
              ? `${count} ${tieWord(count)} between them in the file.`
              : `${count} ${tieWord(count)} in the data: ${pair.current} holding on ${day}, ${pair.past} ended or not yet in force.`}
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
            <span className="swatch" style={{ background: plain ? PLAIN_EDGE_STYLE.color : TIE_STYLES[group.kind].color }} aria-hidden="true" />
            {plain ? edgesWord(true).replace(/^e/, 'E') : TIE_STYLES[group.kind].label} <span className="muted">({group.ties.length})</span>
          </h3>
          <ul>
            {group.ties.map((tie) => (
              <PairTieItem key={tie.key} tie={tie} a={a} b={b} plain={plain} />
            ))}
          </ul>
        </section>
      ))}
      {!plain && (
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
      )}
      {!pair.tiedDirectly && (
        <section className="tie-group" data-testid="friendly-path">
          <h3>{plain ? 'Shortest path' : 'Shortest friendly path'}</h3>
          {pair.friendlyPath ? (
            <ol className="hops">
              {pair.friendlyPath.map((hop) => (
                <li key={hop.edgeKey}>
                  {label(hop.from)} {hop.direction === 'backward' ? '←' : hop.direction === 'forward' ? '→' : '↔'} {label(hop.to)}{' '}
                  <span className="badge">{formatSubtype(hop.subtype) ?? (plain ? 'edge' : TIE_STYLES[hop.kind].label)}</span>{' '}
                  {!plain && <span className="muted">{formatStatus(hop.status)}</span>}
                </li>
              ))}
            </ol>
          ) : (
            <p className="muted">
              {plain ? 'No chain of edges shown links them.' : 'No chain of friendly ties shown links them (conflicts and invasions do not count).'}
            </p>
          )}
        </section>
      )}
    </div>
  );
}

function PairTieItem({ tie, a, b, plain }: { tie: PairTie; a: string; b: string; plain: boolean }) {
  const ends = <span>{tie.direction === 'a-to-b' ? `${a} → ${b}` : tie.direction === 'b-to-a' ? `${b} → ${a}` : `${a} ↔ ${b}`}</span>;
  const when = <span className="muted">{plain ? WHEN_WORDS[tie.when] : `${formatPeriod(tie.start, tie.end)} · ${WHEN_WORDS[tie.when]}`}</span>;
  return <TieRow tie={tie} ends={ends} when={when} showStatus={!plain} className={`tie tie-${tie.when}`} data={{ 'data-when': tie.when }} />;
}
